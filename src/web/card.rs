//! `/p/{slug}/card.png`: a petition's link-preview image (1200 × 630), drawn
//! by the server with the title and the verified count in the reader's
//! language and script. Each drawing is kept per petition and language and
//! drawn again only when what it shows changed (the count, or an edited
//! title), and then at most once per `card_refresh` (a minute by default):
//! typesetting costs tens of milliseconds, and a link shared widely is
//! fetched by every network's crawler.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;

use super::petition::load;
use super::templates::goal_percent;
use super::{State, lang};
use crate::i18n::{Lang, Tr};
use crate::web::error::AppError;

/// The drawings this process made.
#[derive(Default)]
pub struct CardCache(Mutex<HashMap<(String, Lang), Drawn>>);

#[derive(Clone)]
struct Drawn {
    at: Instant,
    /// What it shows (see [`shows`]).
    shows: String,
    png: Arc<Vec<u8>>,
}

impl CardCache {
    /// The kept drawing, if it shows `shows` or is too young to redraw.
    fn kept(&self, key: &(String, Lang), shows: &str, refresh: Duration) -> Option<Arc<Vec<u8>>> {
        let cards = self.0.lock().ok()?;
        let d = cards.get(key)?;
        (d.shows == shows || d.at.elapsed() < refresh).then(|| d.png.clone())
    }

    fn keep(&self, key: (String, Lang), shows: String, png: Arc<Vec<u8>>) {
        if let Ok(mut cards) = self.0.lock() {
            let at = Instant::now();
            cards.insert(key, Drawn { at, shows, png });
        }
    }
}

/// Everything a card says, as one string to compare drawings by.
fn shows(card: &crate::packets::Card) -> String {
    format!(
        "{}\0{}\0{}\0{}\0{}",
        card.title, card.count, card.label, card.percent, card.site
    )
}

/// `GET /p/{slug}/card.png` (`?lang=`: the language; else the petition's).
pub async fn png(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let cached = load(&state, &path.into_inner()).await?;
    let petition = &cached.data.petition;
    let lang = lang::chosen(&req).unwrap_or(petition.default_lang());
    let l = Tr::new(lang);
    let total = cached.counts.public_total();
    let card = crate::packets::Card {
        title: petition.title(lang),
        count: l.public_count(total),
        label: l.tn_public("petition-count-label", total),
        percent: goal_percent(total, petition.goal),
        site: state
            .base_url
            .split("://")
            .nth(1)
            .unwrap_or(&state.base_url)
            .to_owned(),
    };
    let key = (petition.slug.clone(), lang);
    let shown = shows(&card);
    let png = match state.cards.kept(&key, &shown, state.card_refresh) {
        Some(png) => png,
        None => {
            let petition = petition.clone();
            let png = web::block(move || crate::packets::card_png(&petition, lang, &card))
                .await?
                .context("drawing a link preview")?;
            let png = Arc::new(png);
            state.cards.keep(key, shown, png.clone());
            png
        }
    };
    Ok(HttpResponse::Ok()
        .content_type("image/png")
        .insert_header(("Cache-Control", "public, max-age=60"))
        .body(png.as_ref().clone()))
}
