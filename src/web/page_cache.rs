//! The public petition pages, cached: a rally reads the petition page and its
//! JSON far more often than anything changes.
//!
//! Per petition, the cache keeps its row, its delivery points, its counts, the
//! JSON body, and the page rendered once per language and preselected country with holes
//! where each visitor's form token and form time go. An entry is used while
//!
//! - it is younger than [`TTL`] (changes made by *other* processes, and a
//!   petition opening or closing by the clock, show within that time), and
//! - nothing was changed through *this* process since it was loaded: every
//!   state-changing request except signing (which changes no count) bumps a
//!   generation number, so a signer who confirms sees the new count at once.
//!
//! The generation is read before loading, so an entry loaded while a change
//! committed is never kept as fresh.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use serde::Serialize;

use super::AppState;
use crate::domain::PublicCount;
use crate::i18n::Lang;
use crate::petitions::PetitionWithPoints;
use crate::signatures::counts::{self, Counts};
use crate::web::error::AppError;

/// Longest an entry is used; how stale a count or a petition change made
/// by another process can look.
pub const TTL: Duration = Duration::from_secs(1);

/// Where a visitor's form token goes in a cached page.
pub const CSRF_HOLE: &str = "__handover_csrf__";
/// Where a visitor's form time goes in a cached page.
pub const STARTED_HOLE: &str = "__handover_started__";
/// Where a visitor's `?src=` code goes in a cached page (letters, digits
/// and hyphens only, see [`crate::domain::Source`]: nothing to escape).
pub const SOURCE_HOLE: &str = "__handover_src__";
/// Where a poster's rally token goes (checked to be digits, hex and hyphens:
/// nothing to escape).
pub const RALLY_HOLE: &str = "__handover_rally__";

/// One visitor's values for the holes of a cached page.
pub struct Visitor<'a> {
    pub csrf: &'a str,
    pub started: &'a str,
    pub source: &'a str,
    pub rally: &'a str,
}

/// What is cached of one petition.
pub struct Cached {
    pub data: PetitionWithPoints,
    pub counts: Counts,
    /// `GET /p/{slug}.json`, serialised.
    pub json: String,
    /// The rendered page per language and preselection (a country, or a
    /// point from a poster's `?point=`; "" for none).
    pages: Mutex<HashMap<(Lang, String), Arc<PagePieces>>>,
    loaded: Instant,
    generation: u64,
}

/// A page cut at its holes: `text[0]`, a hole, `text[1]`, a hole, …
pub struct PagePieces {
    text: Vec<String>,
    holes: Vec<Hole>,
}

#[derive(Clone, Copy)]
enum Hole {
    Csrf,
    Started,
    Source,
    Rally,
}

impl PagePieces {
    /// Cuts a page rendered with [`CSRF_HOLE`], [`STARTED_HOLE`],
    /// [`SOURCE_HOLE`] and [`RALLY_HOLE`] in it.
    pub fn cut(page: &str) -> Self {
        let mut text = Vec::new();
        let mut holes = Vec::new();
        let mut rest = page;
        loop {
            let next = [
                (CSRF_HOLE, Hole::Csrf),
                (STARTED_HOLE, Hole::Started),
                (SOURCE_HOLE, Hole::Source),
                (RALLY_HOLE, Hole::Rally),
            ]
            .into_iter()
            .filter_map(|(marker, hole)| rest.find(marker).map(|at| (at, marker, hole)))
            .min_by_key(|(at, _, _)| *at);
            match next {
                Some((at, marker, hole)) => {
                    text.push(rest[..at].to_owned());
                    holes.push(hole);
                    rest = &rest[at + marker.len()..];
                }
                None => {
                    text.push(rest.to_owned());
                    return PagePieces { text, holes };
                }
            }
        }
    }

    /// The page with this visitor's values in the holes.
    pub fn fill(&self, v: &Visitor<'_>) -> String {
        let widest = [v.csrf, v.started, v.source, v.rally].map(str::len);
        let len = self.text.iter().map(String::len).sum::<usize>()
            + self.holes.len() * widest.into_iter().max().unwrap_or(0);
        let mut out = String::with_capacity(len);
        for (i, piece) in self.text.iter().enumerate() {
            out.push_str(piece);
            match self.holes.get(i) {
                Some(Hole::Csrf) => out.push_str(v.csrf),
                Some(Hole::Started) => out.push_str(v.started),
                Some(Hole::Source) => out.push_str(v.source),
                Some(Hole::Rally) => out.push_str(v.rally),
                None => {}
            }
        }
        out
    }
}

impl Cached {
    /// The page for `country` in `lang`, rendering it with `render` the first time.
    pub fn page(
        &self,
        preselect: &str,
        lang: Lang,
        render: impl FnOnce() -> Result<String, AppError>,
    ) -> Result<Arc<PagePieces>, AppError> {
        let key = (lang, preselect.to_owned());
        if let Some(p) = self.pages.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(p);
        }
        let pieces = Arc::new(PagePieces::cut(&render()?));
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(key, pieces.clone());
        }
        Ok(pieces)
    }
}

/// The cache of every petition this process served.
#[derive(Default)]
pub struct PetitionCache {
    generation: AtomicU64,
    entries: RwLock<HashMap<String, Arc<Cached>>>,
    /// When loading last failed because the database was away.
    down_since: Mutex<Option<Instant>>,
}

/// After a load failed for an outage, how long stale entries are served
/// without asking the database again.
pub const OUTAGE_RETRY: Duration = Duration::from_secs(2);

impl PetitionCache {
    /// Something changed through this process: no entry loaded before is used again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    fn fresh(&self, slug: &str) -> Option<Arc<Cached>> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(slug)?;
        (entry.generation == self.generation.load(Ordering::Acquire)
            && entry.loaded.elapsed() < TTL)
            .then(|| entry.clone())
    }

    /// The entry for `slug`, however old.
    fn stale(&self, slug: &str) -> Option<Arc<Cached>> {
        self.entries.read().ok()?.get(slug).cloned()
    }

    /// The petition `slug` with its points and counts, from the cache or the
    /// database; 404 if there is no such petition. While the database is
    /// away, the last entry loaded is served as it is (the page and its JSON
    /// stay up through an outage), and for [`OUTAGE_RETRY`] after a failed
    /// load the database is not asked again, so no reader waits for it.
    pub async fn get(state: &Arc<AppState>, slug: &str) -> Result<Arc<Cached>, AppError> {
        if let Some(hit) = state.petitions.fresh(slug) {
            return Ok(hit);
        }
        let failed_recently = state
            .petitions
            .down_since
            .lock()
            .ok()
            .and_then(|t| *t)
            .is_some_and(|t| t.elapsed() < OUTAGE_RETRY);
        if failed_recently && let Some(stale) = state.petitions.stale(slug) {
            return Ok(stale);
        }
        match Self::load(state, slug).await {
            Err(AppError::Internal(e)) if crate::db::is_unavailable(&e) => {
                if let Ok(mut down) = state.petitions.down_since.lock() {
                    *down = Some(Instant::now());
                }
                state.petitions.stale(slug).ok_or(AppError::Internal(e))
            }
            loaded => {
                if loaded.is_ok()
                    && let Ok(mut down) = state.petitions.down_since.lock()
                {
                    *down = None;
                }
                loaded
            }
        }
    }

    async fn load(state: &Arc<AppState>, slug: &str) -> Result<Arc<Cached>, AppError> {
        let generation = state.petitions.generation.load(Ordering::Acquire);
        let key = slug.to_owned();
        let (data, counts) = state
            .db(move |conn| {
                let data = PetitionWithPoints::load(conn, &key)?.ok_or(AppError::NotFound)?;
                let counts = counts::load(conn, data.petition.id)
                    .with_context(|| format!("loading counts of petition {}", data.petition.id))?;
                Ok((data, counts))
            })
            .await?;
        let json = PetitionJson::new(&data, &counts, None).to_string()?;
        let entry = Arc::new(Cached {
            data,
            counts,
            json,
            pages: Mutex::default(),
            loaded: Instant::now(),
            generation,
        });
        if let Ok(mut entries) = state.petitions.entries.write() {
            entries.insert(slug.to_owned(), entry.clone());
        }
        Ok(entry)
    }
}

/// `GET /p/{slug}.json`: verified counts only. The README's "The JSON"
/// documents every field; keep the two in step.
#[derive(Serialize)]
pub struct PetitionJson<'a> {
    slug: &'a str,
    /// The language of `title` and `recipient`.
    lang: &'static str,
    /// Every language the petition's texts exist in, its own first.
    languages: Vec<&'static str>,
    title: String,
    recipient: String,
    goal: i64,
    state: &'static str,
    /// Every count is a number, or `"<3"` below three (see [`PublicCount`]).
    signature_count: PublicCount,
    delivery_points: Vec<PointJson<'a>>,
    signatures_by_country: std::collections::BTreeMap<String, PublicCount>,
}

#[derive(Serialize)]
struct PointJson<'a> {
    slug: &'a str,
    name: &'a str,
    country: &'a str,
    city: &'a str,
    signature_count: PublicCount,
}

impl<'a> PetitionJson<'a> {
    /// The figures, with the texts in `lang` where the petition has them.
    pub fn new(data: &'a PetitionWithPoints, counts: &'a Counts, lang: Option<Lang>) -> Self {
        let p = &data.petition;
        let reader = lang.unwrap_or(p.default_lang());
        let text = p.text(reader);
        let languages = std::iter::once(p.default_lang())
            .chain(p.translations().keys().copied())
            .map(Lang::code)
            .collect();
        PetitionJson {
            slug: &p.slug,
            lang: text.lang.code(),
            languages,
            title: text.title,
            recipient: text.recipient,
            goal: p.goal,
            state: p.state(Utc::now().naive_utc()).as_str(),
            signature_count: counts.public_total(),
            delivery_points: data
                .delivery_points
                .iter()
                .map(|d| PointJson {
                    slug: &d.slug,
                    // A point's names are translated on their own: Korean
                    // ones show even where the petition text is not Korean.
                    name: d.name_in(reader),
                    country: &d.country,
                    city: d.city_in(reader),
                    signature_count: counts.public_for_delivery_point(d.id),
                })
                .collect(),
            signatures_by_country: counts.public_by_country(),
        }
    }

    /// Serialised.
    pub fn to_string(&self) -> Result<String, AppError> {
        Ok(serde_json::to_string(self).context("serialising a petition")?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_page_filled_equals_the_page_rendered_with_the_values() {
        let page = format!(
            "<a>{CSRF_HOLE}</a><b>{STARTED_HOLE}</b>{CSRF_HOLE}.{SOURCE_HOLE}|{RALLY_HOLE}"
        );
        let pieces = PagePieces::cut(&page);
        let v = Visitor {
            csrf: "tok",
            started: "123.ab",
            source: "share-x",
            rally: "7-1-2-ab",
        };
        assert_eq!(
            pieces.fill(&v),
            "<a>tok</a><b>123.ab</b>tok.share-x|7-1-2-ab"
        );
        assert_eq!(PagePieces::cut("plain").fill(&v), "plain");
    }
}
