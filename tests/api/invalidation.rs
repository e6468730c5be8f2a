use crate::helpers::{Backend, SEOUL, SLUG, TORONTO, sign_form, spawn_app, spawn_app_with, with};
use crate::on_both_backends;

on_both_backends!(
    a_bulk_invalidation_by_domain_leaves_counts_and_packets_and_is_undone_exactly,
    invalidation_needs_a_criterion_and_a_reason_and_is_for_managers_only,
    the_activity_view_shows_floods_by_domain_and_network_but_never_a_lone_signer,
);

async fn a_bulk_invalidation_by_domain_leaves_counts_and_packets_and_is_undone_exactly(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("a@spam.test")).await;
    app.sign_and_confirm(with(
        with(sign_form("b@spam.test"), "country", "CA"),
        "delivery_point",
        TORONTO,
    ))
    .await;
    app.sign(sign_form("c@spam.test")).await;
    app.sign_and_confirm(sign_form("real@example.org")).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let path = format!("/organizer/petitions/{SLUG}/invalidations");
    let before = app.exact();
    assert_eq!(before["signature_count"], 3);

    let preview = coord
        .post(
            &path,
            &[("email_domain", "spam.test"), ("action", "preview")],
        )
        .await;
    assert_eq!(preview.status().as_u16(), 200);
    assert!(preview.text().await.unwrap().contains("3 signatures match"));
    assert_eq!(
        app.exact()["signature_count"],
        3,
        "a preview changed counts"
    );
    let applied = coord
        .post(
            &path,
            &[
                ("email_domain", "spam.test"),
                ("reason", "disposable domain"),
                ("action", "apply"),
            ],
        )
        .await;

    assert_eq!(applied.status().as_u16(), 303);
    let after = app.exact();
    assert_eq!(after["signature_count"], 1);
    assert_eq!(after["signatures_by_country"]["KR"], 1);
    assert!(after["signatures_by_country"]["CA"].is_null(), "{after}");
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let manifest = admin.manifest(SEOUL).await;
    assert_eq!(manifest["signature_count"], 1);
    let (_, dashboard) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}"))
        .await;
    assert!(
        dashboard.contains("<strong>3</strong> invalidated"),
        "{dashboard}"
    );
    let pending_link = app.smtp.mails_to("c@spam.test")[0].verify_link();
    let (status, page) = app.confirm(&pending_link).await;
    assert_eq!(status, 200);
    assert!(page.contains("This signature does not count"), "{page}");
    assert_eq!(
        app.exact()["signature_count"],
        1,
        "an invalidated signature was confirmed"
    );

    let id = app
        .count("SELECT MAX(id) AS n FROM invalidations")
        .to_string();
    let undone = coord.post(&format!("{path}/{id}/undo"), &[]).await;
    assert_eq!(undone.status().as_u16(), 303);
    assert_eq!(
        app.exact(),
        before,
        "undo did not restore the counts exactly"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE state = 'pending'"),
        1
    );
    let (_, audit) = admin.get_text("/organizer/audit").await;
    assert!(audit.contains("invalidated 3 signatures (email domain spam.test): disposable domain"));
    assert!(audit.contains("invalidation_undone"));
    assert_eq!(
        coord
            .post(&format!("{path}/{id}/undo"), &[])
            .await
            .status()
            .as_u16(),
        404,
        "undone twice"
    );
}

async fn invalidation_needs_a_criterion_and_a_reason_and_is_for_managers_only(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("x@spam.test")).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let local = app
        .organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let path = format!("/organizer/petitions/{SLUG}/invalidations");

    let nothing = coord
        .post(&path, &[("reason", "all of them"), ("action", "apply")])
        .await;
    let no_reason = coord
        .post(&path, &[("email_domain", "spam.test"), ("action", "apply")])
        .await;
    let by_local = local
        .post(
            &path,
            &[
                ("email_domain", "spam.test"),
                ("reason", "r"),
                ("action", "apply"),
            ],
        )
        .await;

    assert_eq!(nothing.status().as_u16(), 422);
    assert!(
        nothing
            .text()
            .await
            .unwrap()
            .contains("at least one criterion")
    );
    assert_eq!(no_reason.status().as_u16(), 422);
    assert_eq!(by_local.status().as_u16(), 404);
    assert_eq!(local.get(&path).await.status().as_u16(), 404);
    assert_eq!(app.exact()["signature_count"], 1);
}

async fn the_activity_view_shows_floods_by_domain_and_network_but_never_a_lone_signer(
    backend: Backend,
) {
    let app = spawn_app_with(backend, |s| {
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    for (i, ip) in ["203.0.113.5", "203.0.113.6", "::ffff:203.0.113.7"]
        .iter()
        .enumerate()
    {
        let r = app
            .sign_forwarded_for(ip, sign_form(&format!("bot{i}@flood.test")))
            .await;
        assert_eq!(r.status().as_u16(), 303);
    }
    let r = app
        .sign_forwarded_for("198.51.100.1", sign_form("person@lonely.test"))
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let local = app
        .organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;

    let (status, page) = coord
        .get_text(&format!("/organizer/petitions/{SLUG}/activity"))
        .await;

    assert_eq!(status, 200, "{page}");
    assert!(page.contains("4 signatures submitted"), "{page}");
    assert!(
        page.contains("<td>flood.test</td><td>3</td><td>3</td>"),
        "{page}"
    );
    assert!(
        !page.contains("lonely.test"),
        "a lone signer's domain is listed"
    );
    assert!(!page.contains("203.0.113"), "an address is shown");
    let marker = "invalidations?ip_range=";
    let at = page.find(marker).expect("no network listed") + marker.len();
    let range = &page[at..at + 64];
    assert_eq!(
        page.matches(marker).count(),
        1,
        "one network of three or more"
    );
    let (_, form) = coord
        .get_text(&format!(
            "/organizer/petitions/{SLUG}/invalidations?ip_range={range}"
        ))
        .await;
    assert!(form.contains(&format!("value=\"{range}\"")), "{form}");
    let preview = coord
        .post(
            &format!("/organizer/petitions/{SLUG}/invalidations"),
            &[("ip_range", range), ("action", "preview")],
        )
        .await;
    assert!(preview.text().await.unwrap().contains("3 signatures match"));
    let typed = coord
        .post(
            &format!("/organizer/petitions/{SLUG}/invalidations"),
            &[("ip", "203.0.113.0/24"), ("action", "preview")],
        )
        .await;
    assert!(typed.text().await.unwrap().contains("3 signatures match"));
    let (forbidden, _) = local
        .get_text(&format!("/organizer/petitions/{SLUG}/activity"))
        .await;
    assert!(
        forbidden == 403 || forbidden == 404,
        "local organizers see no activity: {forbidden}"
    );
}
