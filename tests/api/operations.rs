//! What an operator's tools see: HEAD on every GET route, `/ready`, and
//! `handover healthcheck` for container health checks.

use crate::helpers::{Backend, SLUG, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    head_answers_like_get_without_a_body,
    ready_and_the_healthcheck_say_the_server_can_serve,
);

async fn head_answers_like_get_without_a_body(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/health".to_owned(),
        "/privacy".to_owned(),
        "/static/style.css".to_owned(),
        format!("/p/{SLUG}"),
        format!("/p/{SLUG}/delivery.json"),
    ] {
        let url = format!("{}{path}", app.address);
        let get = app.client.get(&url).send().await.unwrap();
        let (get_status, get_type) = (get.status(), get.headers()["content-type"].clone());
        let get_len = get.bytes().await.unwrap().len();
        let head = app.client.head(&url).send().await.unwrap();
        assert_eq!(head.status(), get_status, "{path}");
        assert_eq!(get_status.as_u16(), 200, "{path}");
        assert_eq!(head.headers()["content-type"], get_type, "{path}");
        let length: usize = head.headers()["content-length"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(length, get_len, "{path}: HEAD's Content-Length");
        assert!(
            head.bytes().await.unwrap().is_empty(),
            "{path}: HEAD sent a body"
        );
    }
    // A route that does not exist is still a 404 to HEAD.
    let missing = app
        .client
        .head(format!("{}/nowhere", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);
}

async fn ready_and_the_healthcheck_say_the_server_can_serve(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_text("/ready").await;
    assert_eq!((status, body.as_str()), (200, "ready"));

    let up = app.cli(&["healthcheck", "--url", &app.address]);
    assert!(up.status.success(), "{up:?}");
    // Nothing listens on a port just freed: exit 1, with the reason.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let down = app.cli(&["healthcheck", "--url", &format!("http://127.0.0.1:{port}")]);
    assert_eq!(down.status.code(), Some(1), "{down:?}");
    assert!(String::from_utf8_lossy(&down.stderr).contains("not ready"));
}
