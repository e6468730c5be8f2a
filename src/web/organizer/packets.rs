//! `GET /organizer/petitions/{slug}/packets/{point}.zip`: one delivery point's packet.

use std::io::{Seek, SeekFrom};

use actix_web::{HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::Session;
use crate::error::AppError;
use crate::organizers::audit::{self, Actor, action};
use crate::packets::write_packet;
use crate::petitions::PetitionWithPoints;
use crate::web::{State, blocking};

/// Builds the packet into a temporary file (memory stays flat at any size),
/// audits the download, then streams the file. A delivery point outside the
/// organizer's scope is a 404, the same as one that does not exist.
pub async fn download(
    session: Session,
    path: web::Path<(String, String)>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let point_slug = file
        .strip_suffix(".zip")
        .ok_or(AppError::NotFound)?
        .to_owned();
    let db = state.clone();
    let scope = session.scope;
    let (file, name) = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        let data = PetitionWithPoints::load(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
        let point = data
            .delivery_points
            .iter()
            .find(|p| p.slug == point_slug && scope.sees_point(p))
            .ok_or(AppError::NotFound)?;
        let mut file = tempfile::tempfile().context("creating a temporary file")?;
        let summary = write_packet(&mut conn, &db.keys, &data.petition, point, &mut file)?;
        let detail = format!(
            "{slug}/{point_slug}: {} signatures",
            summary.signature_count
        );
        audit::record(
            &mut conn,
            Actor::Organizer(&scope.organizer),
            action::PACKET_DOWNLOAD,
            &detail,
            Utc::now().naive_utc(),
        )
        .context("auditing a packet download")?;
        file.seek(SeekFrom::Start(0))
            .context("rewinding the packet")?;
        Ok((file, format!("{slug}-{point_slug}.zip")))
    })
    .await?;
    let stream = tokio_util::io::ReaderStream::new(tokio::fs::File::from_std(file));
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header(("Cache-Control", "no-store"))
        .streaming(stream))
}
