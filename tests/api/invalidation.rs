use crate::helpers::{Backend, SEOUL, SLUG, TORONTO, sign_form, spawn_app, with};
use crate::on_both_backends;

on_both_backends!(
    a_bulk_invalidation_by_domain_leaves_counts_and_packets_and_is_undone_exactly,
    invalidation_needs_a_criterion_and_a_reason_and_is_for_managers_only,
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
    let before = app.json().await;
    assert_eq!(before["signature_count"], 3);

    let preview = coord
        .post(
            &path,
            &[("email_domain", "spam.test"), ("action", "preview")],
        )
        .await;
    assert_eq!(preview.status().as_u16(), 200);
    assert!(
        preview
            .text()
            .await
            .unwrap()
            .contains("<strong>3</strong> signatures match")
    );
    assert_eq!(
        app.json().await["signature_count"],
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
    let after = app.json().await;
    assert_eq!(after["signature_count"], 1);
    assert_eq!(after["signatures_by_country"]["KR"], 1);
    assert!(after["signatures_by_country"]["CA"].is_null(), "{after}");
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let zip = admin.packet(SEOUL).await;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_reader(archive.by_name("manifest.json").unwrap()).unwrap();
    assert_eq!(manifest["signature_count"], 1);
    let (_, dashboard) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}"))
        .await;
    assert!(
        dashboard.contains("<strong>3</strong> invalidated"),
        "{dashboard}"
    );

    let id = app
        .count("SELECT MAX(id) AS n FROM invalidations")
        .to_string();
    let undone = coord.post(&format!("{path}/{id}/undo"), &[]).await;
    assert_eq!(undone.status().as_u16(), 303);
    assert_eq!(
        app.json().await,
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
    assert_eq!(app.json().await["signature_count"], 1);
}
