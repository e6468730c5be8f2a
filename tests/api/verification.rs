use std::time::Duration;

use crate::helpers::{Backend, TORONTO, csrf_in, sign_form, spawn_app, spawn_app_with, with};
use crate::on_both_backends;

on_both_backends!(
    after_signing_and_after_confirming_share_links_carry_their_source,
    an_unconfirmed_signature_gets_one_reminder_with_a_new_link,
    opening_the_link_shows_a_button_and_changes_nothing,
    confirming_counts_the_signature_everywhere_and_says_so,
    confirming_twice_says_already_confirmed_and_counts_once,
    many_presses_at_once_confirm_each_signature_once_and_count_it_once,
    an_unknown_link_gets_a_clear_page,
    an_expired_link_offers_a_way_to_get_a_new_one,
    a_confirmation_without_its_csrf_token_changes_nothing,
    unconfirmed_signatures_are_deleted_once_their_links_expire,
    an_expiry_storm_is_purged_in_batches_with_its_mail_and_links,
    a_link_mailed_before_dated_tokens_still_confirms,
    a_confirmation_link_lives_exactly_as_long_as_its_unconfirmed_signature,
);

async fn opening_the_link_shows_a_button_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign(sign_form("look@example.org")).await;
    let link = app
        .smtp
        .wait_for("look@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();

    let (status, page) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    let (again, _) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;

    assert_eq!((status, again), (200, 200));
    assert!(page.contains("Confirm my signature"));
    assert!(page.contains("method=\"post\""));
    assert_eq!(app.exact()["signature_count"], 0);
}

async fn confirming_counts_the_signature_everywhere_and_says_so(backend: Backend) {
    let app = spawn_app(backend).await;
    let form = with(
        with(sign_form("ca@example.org"), "country", "CA"),
        "delivery_point",
        TORONTO,
    );
    app.sign(form).await;
    let link = app
        .smtp
        .wait_for("ca@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();

    let (status, page) = app.confirm(&link).await;

    assert_eq!(status, 200);
    assert!(page.contains("your signature counts"), "{page}");
    assert!(page.contains("&#60;3 verified signatures so far"), "{page}");
    let json = app.exact();
    assert_eq!(json["signature_count"], 1);
    assert_eq!(json["signatures_by_country"]["CA"], 1);
    let toronto = json["delivery_points"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == TORONTO)
        .unwrap()
        .clone();
    assert_eq!(toronto["signature_count"], 1);
    let (_, petition_page) = app.get_text(&format!("/p/{}", crate::helpers::SLUG)).await;
    assert!(petition_page.contains("<strong>&#60;3</strong> verified signatures "));
}

async fn confirming_twice_says_already_confirmed_and_counts_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign(sign_form("twice@example.org")).await;
    let link = app
        .smtp
        .wait_for("twice@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();
    app.confirm(&link).await;

    let (status, page) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    let r = app
        .post_form(
            link.strip_prefix(&app.address).unwrap(),
            &[(
                "csrf",
                csrf_in(
                    &app.get_text(&format!("/p/{}", crate::helpers::SLUG))
                        .await
                        .1,
                ),
            )],
        )
        .await;

    assert_eq!(status, 200);
    assert!(page.contains("Already confirmed"));
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Already confirmed"));
    assert_eq!(app.exact()["signature_count"], 1);
}

/// Presses arriving together are confirmed in one group commit: the same
/// signature pressed several times in one batch is counted once.
async fn many_presses_at_once_confirm_each_signature_once_and_count_it_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut paths = Vec::new();
    for i in 0..5 {
        let email = format!("press{i}@example.org");
        app.sign(sign_form(&email)).await;
        let link = app.smtp.wait_for(&email, 1, Duration::from_secs(10)).await[0].verify_link();
        paths.push(link.strip_prefix(&app.address).unwrap().to_owned());
    }
    let csrf = csrf_in(&app.get_text(&paths[0]).await.1);

    let presses = paths.iter().cycle().take(40).map(|path| async {
        let r = app.post_form(path, &[("csrf", csrf.clone())]).await;
        (r.status().as_u16(), r.text().await.unwrap())
    });
    let answers = futures::future::join_all(presses).await;

    assert!(
        answers.iter().all(|(status, _)| *status == 200),
        "{answers:?}"
    );
    let counted = answers
        .iter()
        .filter(|(_, page)| page.contains("Thank you: your signature counts"))
        .count();
    let already = answers
        .iter()
        .filter(|(_, page)| page.contains("Already confirmed"))
        .count();
    assert_eq!((counted, already), (5, 35));
    assert_eq!(app.exact()["signature_count"], 5);
}

async fn an_unknown_link_gets_a_clear_page(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, page) = app
        .get_text("/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .await;

    assert_eq!(status, 404);
    assert!(page.contains("This link is not valid"));
    assert!(page.contains("sign again"));
}

async fn an_expired_link_offers_a_way_to_get_a_new_one(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.token_ttl_hours = 0).await;
    app.sign(sign_form("late@example.org")).await;
    let link = app
        .smtp
        .wait_for("late@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();
    let path = link.strip_prefix(&app.address).unwrap();

    let (status, page) = app.get_text(path).await;
    let r = app
        .post_form(
            path,
            &[(
                "csrf",
                csrf_in(
                    &app.get_text(&format!("/p/{}", crate::helpers::SLUG))
                        .await
                        .1,
                ),
            )],
        )
        .await;

    assert_eq!(status, 410);
    assert!(page.contains("This link has expired"));
    assert!(page.contains("Get a new link"));
    assert_eq!(r.status().as_u16(), 410);
    assert_eq!(app.exact()["signature_count"], 0);
}

async fn a_confirmation_without_its_csrf_token_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign(sign_form("forged@example.org")).await;
    let link = app
        .smtp
        .wait_for("forged@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();

    let r = app
        .post_form(
            link.strip_prefix(&app.address).unwrap(),
            &[("csrf", "00".repeat(32))],
        )
        .await;

    assert_eq!(r.status().as_u16(), 403);
    assert!(r.text().await.unwrap().contains("Confirm my signature"));
    assert_eq!(app.exact()["signature_count"], 0);
}

async fn unconfirmed_signatures_are_deleted_once_their_links_expire(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("kept@example.org")).await;
    app.sign(sign_form("gone@example.org")).await;
    let link = app
        .smtp
        .wait_for("gone@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();
    // A worker for which every link has expired by now.
    let mut expired = app.settings.clone();
    expired.token_ttl_hours = 0;
    let worker = app.worker_with(&expired);

    let deleted = worker.purge().unwrap();

    assert_eq!(deleted, 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signature_tokens WHERE signature_id NOT IN (SELECT id FROM signatures)"), 0);
    let (status, _) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    assert_eq!(status, 404);
    assert_eq!(app.exact()["signature_count"], 1);
}

/// Share links on the thanks and the verified page: plain links (no
/// script, image or frame from another host), each with its `?src=`.
async fn after_signing_and_after_confirming_share_links_carry_their_source(backend: Backend) {
    let app = crate::helpers::spawn_app(backend).await;
    let r = app
        .sign(crate::helpers::sign_form("sharer@example.org"))
        .await;
    let thanks = r.headers()["location"].to_str().unwrap().to_owned();
    let (status, page) = app.get_text(&thanks).await;
    assert_eq!(status, 200);
    let decoded = percent_decode(&page);
    for code in ["whatsapp", "line", "kakaostory", "telegram", "email"] {
        assert!(
            decoded.contains(&format!("/p/{}?src=share-{code}", crate::helpers::SLUG)),
            "no {code} link:\n{decoded}"
        );
    }
    // Nothing loads from elsewhere: other hosts appear only as links.
    for tag in ["<script src=\"http", "<img", "<iframe", "<link href=\"http"] {
        assert!(!page.contains(tag), "{tag} in the page");
    }

    let mail = app
        .smtp
        .wait_for("sharer@example.org", 1, std::time::Duration::from_secs(10))
        .await;
    let (status, verified) = app.confirm(&mail[0].verify_link()).await;
    assert_eq!(status, 200);
    assert!(verified.contains("Pass it on"), "{verified}");
    assert!(percent_decode(&verified).contains("?src=share-whatsapp"));
    assert!(verified.contains("/static/share.js"));
    let (status, _) = app.get_text("/static/share.js").await;
    assert_eq!(status, 200);
}

/// `%XX` decoded (links are percent-encoded inside the share URLs).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A day after signing, still unconfirmed: one reminder with a new link,
/// never a second; the first link still works; a signer who asked for the
/// link again gets none.
async fn an_unconfirmed_signature_gets_one_reminder_with_a_new_link(backend: Backend) {
    use diesel::prelude::*;
    use handover::db::schema::signatures;
    let app = crate::helpers::spawn_app_with(backend, |s| s.resend_interval_secs = 0).await;
    let wait = std::time::Duration::from_secs(10);
    app.sign(crate::helpers::sign_form("late@example.org"))
        .await;
    let old_link = app.smtp.wait_for("late@example.org", 1, wait).await[0].verify_link();
    app.sign(crate::helpers::sign_form("again@example.org"))
        .await;
    app.smtp.wait_for("again@example.org", 1, wait).await;
    app.sign(crate::helpers::sign_form("again@example.org"))
        .await;
    app.smtp.wait_for("again@example.org", 2, wait).await;

    // 25 hours pass.
    let day_ago = (chrono::Utc::now() - chrono::Duration::hours(25)).naive_utc();
    diesel::update(signatures::table)
        .set(signatures::created_at.eq(day_ago))
        .execute(&mut app.pool.get().unwrap())
        .unwrap();
    let worker = app.worker();
    worker.purge().unwrap();
    let mails = app.smtp.wait_for("late@example.org", 2, wait).await;
    let new_link = mails[1].verify_link();
    assert_ne!(new_link, old_link);
    assert!(
        mails[1]
            .subject()
            .starts_with("Reminder: confirm your signature")
    );
    assert!(
        mails[1]
            .text()
            .contains("This is the only reminder you will get.")
    );

    // Never a second one, and none for who asked again.
    worker.purge().unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to("late@example.org").len(), 2);
    assert_eq!(app.smtp.mails_to("again@example.org").len(), 2);

    // The first link still confirms.
    let (status, _) = app.confirm(&old_link).await;
    assert_eq!(status, 200);
    assert_eq!(app.exact()["signature_count"], 1);
}

/// A surge's unconfirmed signatures expire together: more than one batch of
/// them ([`handover::signatures::PURGE_BATCH`]) all go, with their queued
/// mail and links, and the confirmed signature stays.
async fn an_expiry_storm_is_purged_in_batches_with_its_mail_and_links(backend: Backend) {
    use diesel::RunQueryDsl;
    let sqlite = matches!(backend, Backend::Sqlite);
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("kept@example.org")).await;
    app.sign(sign_form("template@example.org")).await;
    app.smtp
        .wait_for("template@example.org", 1, Duration::from_secs(10))
        .await;
    let storm = 2 * handover::signatures::PURGE_BATCH + 50;
    // Copies of the pending signature (with its mail, sent, and a link),
    // written straight into the database as a surge would have left them.
    let copies = format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {storm}) \
         INSERT INTO signatures (petition_id, delivery_point_id, email_hash, country, name_in_packet, \
         state, created_at, last_mailed_at, lang, notify_delivery, reminder_done, keep_informed) \
         SELECT s.petition_id, s.delivery_point_id, 'storm:' || n.i, s.country, s.name_in_packet, \
         s.state, s.created_at, s.last_mailed_at, s.lang, s.notify_delivery, s.reminder_done, s.keep_informed \
         FROM n, signatures s WHERE s.state = 'pending'"
    );
    let mail = "INSERT INTO outbox (kind, signature_id, created_at, next_attempt_at, attempts, sent_at, lang) \
                SELECT 'verify', id, created_at, created_at, 1, created_at, lang FROM signatures \
                WHERE email_hash LIKE 'storm:%'";
    let links = "INSERT INTO signature_tokens (token_hash, signature_id, purpose, created_at, expires_at) \
                 SELECT CAST(email_hash AS BYTEA), id, 'verify', created_at, created_at FROM signatures \
                 WHERE email_hash LIKE 'storm:%'";
    let links = if sqlite {
        links.replace("BYTEA", "BLOB")
    } else {
        links.replace(
            "CAST(email_hash AS BYTEA)",
            "convert_to(email_hash, 'UTF8')",
        )
    };
    {
        let mut conn = app.pool.get().unwrap();
        for sql in [copies.as_str(), mail, links.as_str()] {
            diesel::sql_query(sql).execute(&mut conn).unwrap();
        }
    }
    let stormed = storm;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'pending'"),
        stormed + 1
    );
    let mut expired = app.settings.clone();
    expired.token_ttl_hours = 0;
    let worker = app.worker_with(&expired);

    let deleted = worker.purge().unwrap();

    assert_eq!(deleted, usize::try_from(stormed + 1).unwrap());
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM outbox WHERE signature_id IS NOT NULL AND signature_id NOT IN (SELECT id FROM signatures)"), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signature_tokens WHERE signature_id NOT IN (SELECT id FROM signatures)"), 0);
    assert_eq!(app.exact()["signature_count"], 1);
}

/// Links are now dated (their stored key begins with the millisecond they were
/// made, so the index grows at its end); a link mailed by an earlier
/// version, stored under its plain SHA-256, must still confirm.
async fn a_link_mailed_before_dated_tokens_still_confirms(backend: Backend) {
    use diesel::prelude::*;
    use handover::db::schema::signature_tokens as t;
    use handover::domain::{RawToken, hash_token, link_token_key};
    let app = spawn_app(backend).await;
    app.sign(sign_form("old-link@example.org")).await;
    let link = app
        .smtp
        .wait_for("old-link@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();
    let (base, rest) = link.rsplit_once('/').unwrap();
    let (dated, query) = rest.split_once('?').unwrap_or((rest, ""));
    assert_eq!(dated.len(), 44, "a dated token: {link}");
    // Store the link as an earlier version did: a 43-character token, its
    // plain hash as the key.
    let old = RawToken::generate().unwrap();
    let changed = diesel::update(t::table.filter(t::token_hash.eq(link_token_key(dated))))
        .set(t::token_hash.eq(hash_token(old.expose())))
        .execute(&mut app.pool.get().unwrap())
        .unwrap();
    assert_eq!(changed, 1);

    let (status, page) = app
        .confirm(&format!("{base}/{}?{query}", old.expose()))
        .await;

    assert_eq!(status, 200);
    assert!(page.contains("your signature counts"), "{page}");
    assert_eq!(app.exact()["signature_count"], 1);
    let (gone, _) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    assert_eq!(gone, 404, "the dated key was replaced");
}

/// A pending signature is kept exactly as long as its confirmation link
/// works (the purge goes by `last_mailed_at`): a mail made at once is dated
/// from the signing, and the signature is not written again; one made ten
/// minutes late dates the signature anew, and its link lives that much
/// longer.
async fn a_confirmation_link_lives_exactly_as_long_as_its_unconfirmed_signature(backend: Backend) {
    use diesel::prelude::*;
    use handover::db::schema::{signature_tokens as t, signatures as s};
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    app.sign(sign_form("prompt@example.org")).await;
    app.sign(sign_form("late@example.org")).await;
    let mut conn = app.pool.get().unwrap();
    let ids: Vec<i64> = s::table.order(s::id).select(s::id).load(&mut conn).unwrap();
    let (prompt, late) = (ids[0], ids[1]);
    // The second one's mail waited ten minutes (its relay was down, say).
    let ten_ago = (chrono::Utc::now() - chrono::Duration::minutes(10)).naive_utc();
    diesel::update(s::table.find(late))
        .set((s::created_at.eq(ten_ago), s::last_mailed_at.eq(ten_ago)))
        .execute(&mut conn)
        .unwrap();

    app.worker().drain().unwrap();
    let wait = Duration::from_secs(10);
    app.smtp.wait_for("prompt@example.org", 1, wait).await;
    app.smtp.wait_for("late@example.org", 1, wait).await;

    let ttl = chrono::Duration::hours(i64::from(app.settings.token_ttl_hours));
    let row = |conn: &mut handover::db::DbConnection, id: i64| {
        let (created, mailed): (chrono::NaiveDateTime, chrono::NaiveDateTime) = s::table
            .find(id)
            .select((s::created_at, s::last_mailed_at))
            .first(conn)
            .unwrap();
        let expires: chrono::NaiveDateTime = t::table
            .filter(t::signature_id.eq(id))
            .filter(t::purpose.eq("verify"))
            .select(t::expires_at)
            .first(conn)
            .unwrap();
        (created, mailed, expires)
    };
    let (created, mailed, expires) = row(&mut conn, prompt);
    assert_eq!(mailed, created, "a prompt mail rewrote its signature");
    assert_eq!(expires, mailed + ttl);
    let (_, mailed, expires) = row(&mut conn, late);
    assert!(
        mailed > ten_ago + chrono::Duration::minutes(9),
        "a late mail left its signature dated {mailed}, to be purged before its link expires"
    );
    assert_eq!(expires, mailed + ttl);
}
