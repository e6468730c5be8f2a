use std::time::Duration;

use crate::helpers::{Backend, SEOUL, SLUG, sign_form, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    an_admin_creates_a_petition_with_a_delivery_point_and_it_takes_signatures,
    a_closed_petition_refuses_signatures_and_reopens,
    only_admins_and_its_coordinators_edit_a_petition,
    bad_petition_fields_are_422_with_messages_and_nothing_changes,
    a_delivery_point_with_signatures_cannot_be_removed,
    an_admin_invites_by_email_and_changes_roles_with_an_audit_trail,
);

async fn an_admin_creates_a_petition_with_a_delivery_point_and_it_takes_signatures(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;

    let created = admin
        .post(
            "/organizer/petitions",
            &[
                ("slug", "oslo-vigil"),
                ("title", "Vigil in Oslo"),
                ("body", "One.\n\nTwo."),
                ("recipient", "The Embassy"),
                ("goal", "500"),
            ],
        )
        .await;
    let added = admin
        .post(
            "/organizer/petitions/oslo-vigil/points",
            &[
                ("slug", "oslo"),
                ("name", "Embassy in Oslo"),
                ("country", "NO"),
                ("city", "Oslo"),
                ("address", "Tuengen allé 2B"),
            ],
        )
        .await;

    assert_eq!(created.status().as_u16(), 303);
    assert_eq!(
        created.headers()["location"],
        "/organizer/petitions/oslo-vigil/edit"
    );
    assert_eq!(added.status().as_u16(), 303);
    let json: serde_json::Value = app.get("/p/oslo-vigil.json").await.json().await.unwrap();
    assert_eq!(json["title"], "Vigil in Oslo");
    assert_eq!(json["state"], "open");
    assert_eq!(json["delivery_points"][0]["slug"], "oslo");
    let (status, page) = app.get_text("/p/oslo-vigil").await;
    assert_eq!(status, 200);
    assert!(page.contains("Embassy in Oslo"));
}

async fn a_closed_petition_refuses_signatures_and_reopens(backend: Backend) {
    let app = spawn_app(backend).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;

    let closed = coord
        .post(
            &format!("/organizer/petitions/{SLUG}/state"),
            &[("open", "no")],
        )
        .await;
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    // The closed page has no form, so no CSRF token: the refusal comes first anyway.
    let refused = app
        .post_form(&format!("/p/{SLUG}/sign"), &sign_form("late@example.org"))
        .await;

    assert_eq!(closed.status().as_u16(), 303);
    assert_eq!(app.json().await["state"], "closed");
    assert!(page.contains("This petition is closed"));
    assert_eq!(refused.status().as_u16(), 403);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("no longer takes signatures")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 0);

    coord
        .post(
            &format!("/organizer/petitions/{SLUG}/state"),
            &[("open", "yes")],
        )
        .await;
    assert_eq!(app.json().await["state"], "open");
    assert_eq!(
        app.sign(sign_form("again@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
}

async fn only_admins_and_its_coordinators_edit_a_petition(backend: Backend) {
    let app = spawn_app(backend).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let local = app
        .organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let edit = format!("/organizer/petitions/{SLUG}/edit");
    let fields = [
        ("title", "Changed title"),
        ("body", "New text."),
        ("recipient", "Someone"),
        ("goal", "10"),
    ];

    assert_eq!(coord.get(&edit).await.status().as_u16(), 200);
    assert_eq!(local.get(&edit).await.status().as_u16(), 404);
    assert_eq!(local.post(&edit, &fields).await.status().as_u16(), 404);
    assert_eq!(
        local
            .get("/organizer/petitions/new")
            .await
            .status()
            .as_u16(),
        403
    );
    assert_eq!(
        coord
            .post(
                "/organizer/petitions",
                &[
                    ("slug", "x"),
                    ("title", "x"),
                    ("body", "x"),
                    ("recipient", "x"),
                    ("goal", "1")
                ]
            )
            .await
            .status()
            .as_u16(),
        403
    );
    assert_ne!(app.json().await["title"], "Changed title");

    assert_eq!(coord.post(&edit, &fields).await.status().as_u16(), 303);
    assert_eq!(app.json().await["title"], "Changed title");
}

async fn bad_petition_fields_are_422_with_messages_and_nothing_changes(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;

    let r = admin
        .post(
            &format!("/organizer/petitions/{SLUG}/edit"),
            &[
                ("title", ""),
                ("body", "x"),
                ("recipient", "y"),
                ("goal", "many"),
                ("opens_at", "2026-12-05T10:00"),
                ("closes_at", "2026-12-01T10:00"),
            ],
        )
        .await;
    let taken = admin
        .post(
            "/organizer/petitions",
            &[
                ("slug", SLUG),
                ("title", "T"),
                ("body", "B"),
                ("recipient", "R"),
                ("goal", "5"),
            ],
        )
        .await;

    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("<a href=\"#title\">Please fill in this field.</a>"));
    assert!(page.contains("The goal must be a whole number"));
    assert!(page.contains("closing time must be after the opening time"));
    assert_eq!(taken.status().as_u16(), 422);
    assert!(
        taken
            .text()
            .await
            .unwrap()
            .contains("Another petition already has this address")
    );
    assert_eq!(app.json().await["state"], "open");
}

async fn a_delivery_point_with_signatures_cannot_be_removed(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign(sign_form("s@example.org")).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let point = |p: &str| format!("/organizer/petitions/{SLUG}/points/{p}?delete=yes");

    let refused = admin.post(&point(SEOUL), &[]).await;
    let removed = admin.post(&point("oslo-embassy"), &[]).await;

    assert_eq!(refused.status().as_u16(), 403);
    assert_eq!(removed.status().as_u16(), 303);
    let json = app.json().await;
    let slugs: Vec<_> = json["delivery_points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap().to_owned())
        .collect();
    assert!(slugs.contains(&SEOUL.to_owned()));
    assert!(!slugs.contains(&"oslo-embassy".to_owned()));
}

async fn an_admin_invites_by_email_and_changes_roles_with_an_audit_trail(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;

    let invited = admin
        .post(
            "/organizer/organizers",
            &[
                ("email", "new@example.org"),
                ("name", "New Local"),
                ("role", "local"),
                ("petition", SLUG),
                ("delivery_points", SEOUL),
            ],
        )
        .await;
    let bad = admin
        .post(
            "/organizer/organizers",
            &[
                ("email", "x@example.org"),
                ("name", "X"),
                ("role", "local"),
                ("petition", SLUG),
                ("delivery_points", "atlantis"),
            ],
        )
        .await;
    let demote_self = admin
        .post(
            "/organizer/organizers/1/role",
            &[
                ("role", "local"),
                ("petition", SLUG),
                ("delivery_points", SEOUL),
            ],
        )
        .await;

    assert_eq!(invited.status().as_u16(), 200);
    assert!(
        invited
            .text()
            .await
            .unwrap()
            .contains("Invitation sent to new@example.org")
    );
    assert_eq!(bad.status().as_u16(), 422);
    assert!(
        bad.text()
            .await
            .unwrap()
            .contains("has no delivery point “atlantis”")
    );
    assert_eq!(demote_self.status().as_u16(), 422);
    let mail = app
        .smtp
        .wait_for("new@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);
    let text = mail.text();
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/organizer/invite/"))
        .unwrap()
        .to_owned();
    let path = link.strip_prefix(&app.address).unwrap();
    let (status, _) = app.get_text(path).await;
    assert_eq!(status, 200);

    let id = app
        .count("SELECT id AS n FROM organizers WHERE email = 'new@example.org'")
        .to_string();
    let changed = admin
        .post(
            &format!("/organizer/organizers/{id}/role"),
            &[("role", "coordinator"), ("petition", SLUG)],
        )
        .await;
    assert_eq!(changed.status().as_u16(), 303);
    let (_, audit) = admin.get_text("/organizer/audit").await;
    assert!(audit.contains("role_change"));
    assert!(audit.contains("new@example.org: local → coordinator"));
    assert!(audit.contains("organizer_added"));
}
