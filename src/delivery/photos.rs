//! Photos of the handover, stored only as cleaned by [`super::photo::clean`]
//! (re-encoded: no EXIF, no GPS, no maker notes), at most [`MAX_PER_POINT`]
//! a point. Adding and removing are audited.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Action, Actor};
use crate::db::schema::delivery_photos;
use crate::db::{DbConnection, lock_keys, write_transaction};

/// Most photos per point.
pub const MAX_PER_POINT: i64 = 5;

/// What an upload came to.
#[derive(Debug)]
pub enum Upload {
    /// Cleaned and stored.
    Stored,
    /// Not stored: why.
    Refused(super::photo::PhotoError),
    /// Not stored: the point has [`MAX_PER_POINT`] already.
    Full,
}

/// Cleans an uploaded photo (see [`super::photo::clean`]) and stores the
/// clean copy; nothing of the upload itself is ever stored.
pub fn upload(
    conn: &mut DbConnection,
    point_id: i64,
    bytes: &[u8],
    place: &str,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> QueryResult<Upload> {
    let photo = match super::photo::clean(bytes) {
        Ok(photo) => photo,
        Err(e) => return Ok(Upload::Refused(e)),
    };
    Ok(if add(conn, point_id, &photo, place, by, now)? {
        Upload::Stored
    } else {
        Upload::Full
    })
}

/// Stores a cleaned photo; `false` (and nothing stored) if the point has
/// [`MAX_PER_POINT`] already.
pub fn add(
    conn: &mut DbConnection,
    point_id: i64,
    photo: &super::photo::CleanPhoto,
    place: &str,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    write_transaction(conn, |conn| {
        lock_keys(conn, &[&format!("photos:{point_id}")])?;
        let stored: i64 = delivery_photos::table
            .filter(delivery_photos::delivery_point_id.eq(point_id))
            .count()
            .get_result(conn)?;
        if stored >= MAX_PER_POINT {
            return Ok(false);
        }
        diesel::insert_into(delivery_photos::table)
            .values((
                delivery_photos::delivery_point_id.eq(point_id),
                delivery_photos::jpeg.eq(&photo.jpeg),
                delivery_photos::width.eq(i32::try_from(photo.width).unwrap_or(i32::MAX)),
                delivery_photos::height.eq(i32::try_from(photo.height).unwrap_or(i32::MAX)),
                delivery_photos::created_at.eq(now),
            ))
            .execute(conn)?;
        let detail = format!("{place}: {} × {} px", photo.width, photo.height);
        audit::record(conn, by, Action::PhotoAdded, &detail, now)?;
        Ok(true)
    })
}

/// Removes a photo of the point; `false` if it has no such photo.
pub fn remove(
    conn: &mut DbConnection,
    point_id: i64,
    photo_id: i64,
    place: &str,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    write_transaction(conn, |conn| {
        let removed = diesel::delete(
            delivery_photos::table
                .filter(delivery_photos::id.eq(photo_id))
                .filter(delivery_photos::delivery_point_id.eq(point_id)),
        )
        .execute(conn)?;
        if removed > 0 {
            let detail = format!("{place}: photo {photo_id}");
            audit::record(conn, by, Action::PhotoRemoved, &detail, now)?;
        }
        Ok(removed > 0)
    })
}

/// The ids of the photos of each of `points`, oldest first: `(point, photo)`.
pub fn ids(conn: &mut DbConnection, points: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    delivery_photos::table
        .filter(delivery_photos::delivery_point_id.eq_any(points))
        .order((delivery_photos::delivery_point_id, delivery_photos::id))
        .select((delivery_photos::delivery_point_id, delivery_photos::id))
        .load(conn)
}

/// A photo's JPEG, if it belongs to one of `points`.
pub fn jpeg(
    conn: &mut DbConnection,
    points: &[i64],
    photo_id: i64,
) -> QueryResult<Option<Vec<u8>>> {
    delivery_photos::table
        .filter(delivery_photos::id.eq(photo_id))
        .filter(delivery_photos::delivery_point_id.eq_any(points))
        .select(delivery_photos::jpeg)
        .first(conn)
        .optional()
}
