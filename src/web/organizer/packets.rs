//! `GET /organizer/petitions/{slug}/packets/{point}.zip`: one delivery point's packet.

use std::io::{Seek, SeekFrom};

use actix_web::{HttpResponse, web};
use anyhow::Context;

use super::Session;
use crate::web::State;
use crate::web::error::AppError;

/// Reads and audits the packet on a pooled connection, builds it into a
/// temporary file after giving the connection back (typesetting the PDFs
/// takes seconds), then streams the file. A delivery point outside the
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
    let (keys, scope) = (state.keys.clone(), session.scope);
    let (prepared, petition, point) = state
        .db(move |conn| {
            let (data, visible) = scope
                .visible_petition(conn, &slug)?
                .ok_or(AppError::NotFound)?;
            let point = data
                .point(&point_slug)
                .filter(|p| visible.contains(&p.id))
                .ok_or(AppError::NotFound)?;
            let by = scope.organizer.actor();
            let prepared =
                crate::delivery::export::download(conn, &keys, &data.petition, point, by)?;
            Ok((prepared, data.petition.clone(), point.clone()))
        })
        .await?;
    let name = format!("{}-{}.zip", petition.slug, point.slug);
    let file = web::block(move || -> anyhow::Result<std::fs::File> {
        let mut file = tempfile::tempfile().context("creating a temporary file")?;
        prepared.write(&petition, &point, &mut file)?;
        file.seek(SeekFrom::Start(0))
            .context("rewinding the packet")?;
        Ok(file)
    })
    .await
    .map_err(|e| AppError::from(anyhow::anyhow!("building the packet: {e}")))??;
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
