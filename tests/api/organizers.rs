use crate::helpers::{
    Backend, PASSWORD, SEOUL, SLUG, TORONTO, csrf_in, set_cookie, sign_form, spawn_app, with,
};
use crate::on_both_backends;

on_both_backends!(
    an_invited_organizer_sets_a_password_and_reaches_the_dashboard,
    login_answers_alike_for_an_unknown_address_and_a_wrong_password,
    logout_ends_the_session_on_the_server,
    state_changing_organizer_forms_refuse_a_missing_csrf_token,
    repeated_failed_logins_are_slowed_down,
    parallel_guesses_get_no_more_tries_than_one_after_another,
    over_https_the_session_lives_in_a_host_only_cookie,
    every_organizer_route_is_scoped_to_the_role,
    the_audit_log_records_logins_failures_and_downloads,
    the_first_admin_setup_link_creates_an_admin_once,
);

async fn an_invited_organizer_sets_a_password_and_reaches_the_dashboard(backend: Backend) {
    let app = spawn_app(backend).await;

    let org = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let (status, page) = org.get_text("/organizer").await;
    let login = app.login("coord@example.org", PASSWORD).await;

    assert_eq!(status, 200);
    assert!(page.contains("North Korean"), "{page}");
    assert_eq!(login.status().as_u16(), 303);
    assert_eq!(login.headers()["location"], "/organizer");
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("handover_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

async fn login_answers_alike_for_an_unknown_address_and_a_wrong_password(backend: Backend) {
    let app = spawn_app(backend).await;
    app.organizer("known@example.org", "admin", None, &[]).await;

    let wrong = app
        .login("known@example.org", "not the right password")
        .await;
    let unknown = app
        .login("nobody@example.org", "not the right password")
        .await;

    assert_eq!(wrong.status().as_u16(), 401);
    assert_eq!(unknown.status().as_u16(), 401);
    let strip = |s: String, email: &str| s.replace(email, "EMAIL");
    let (a, b) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    let (a, b) = (
        strip(a, "known@example.org"),
        strip(b, "nobody@example.org"),
    );
    // Pages differ only in their CSRF token.
    assert_eq!(a.replace(&csrf_in(&a), ""), b.replace(&csrf_in(&b), ""));
}

async fn logout_ends_the_session_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = app.organizer("out@example.org", "admin", None, &[]).await;
    assert_eq!(org.get("/organizer").await.status().as_u16(), 200);

    let r = org.logout().await;
    // The same cookie, replayed after logout:
    let after = org.get("/organizer").await;

    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(set_cookie(&r, "handover_session").as_deref(), Some(""));
    assert_eq!(after.status().as_u16(), 303);
    assert_eq!(after.headers()["location"], "/organizer/login");
}

async fn state_changing_organizer_forms_refuse_a_missing_csrf_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let org = app
        .organizer("csrf-org@example.org", "admin", None, &[])
        .await;

    let login = app
        .post_form(
            "/organizer/login",
            &[
                ("email", "csrf-org@example.org".into()),
                ("password", PASSWORD.into()),
            ],
        )
        .await;
    let logout = reqwest::Client::new()
        .post(format!("{}/organizer/logout", app.address))
        .header("cookie", format!("handover_session={}", org.session))
        .form(&[("csrf", "00")])
        .send()
        .await
        .unwrap();

    assert_eq!(login.status().as_u16(), 403);
    assert_eq!(logout.status().as_u16(), 403);
    assert_eq!(
        org.get("/organizer").await.status().as_u16(),
        200,
        "refused logout still ended the session"
    );
}

/// Over HTTPS the session cookie is `__Host-`: a cookie of the plain name,
/// as a sibling subdomain could plant it, logs nobody in.
async fn over_https_the_session_lives_in_a_host_only_cookie(backend: Backend) {
    let app = crate::helpers::spawn_app_with(backend, |s| {
        s.base_url = Some("https://petition.example.org".into())
    })
    .await;
    let org = app.organizer("tls@example.org", "admin", None, &[]).await;
    let with_plain_cookie = reqwest::Client::new()
        .get(format!("{}/organizer", app.address))
        .header("cookie", format!("handover_session={}", org.session))
        .send();

    let own = org.get("/organizer").await.status().as_u16();
    let tossed = with_plain_cookie.await.unwrap();
    let logout = org.logout().await;
    let cleared = logout
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| actix_web::cookie::Cookie::parse(v.to_str().ok()?.to_owned()).ok())
        .find(|c| c.name() == "__Host-handover_session")
        .expect("logout did not clear the __Host- session cookie");
    let after = org.get("/organizer").await.status().as_u16();

    assert_eq!(own, 200);
    assert_eq!(
        tossed.url().path(),
        "/organizer/login",
        "a plain-named cookie logged in over https"
    );
    assert_eq!(logout.status().as_u16(), 303);
    assert_eq!(cleared.value(), "");
    assert_eq!(cleared.secure(), Some(true));
    assert_eq!(cleared.path(), Some("/"));
    assert_eq!(after, 303, "the session outlived logout");
}

async fn parallel_guesses_get_no_more_tries_than_one_after_another(backend: Backend) {
    let app = spawn_app(backend).await;
    app.organizer("burst@example.org", "admin", None, &[]).await;

    let passwords: Vec<String> = (0..20).map(|i| format!("wrong guess {i}")).collect();
    let guesses = passwords.iter().map(|p| app.login("burst@example.org", p));
    let answers: Vec<u16> = futures::future::join_all(guesses)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();

    let tried = answers.iter().filter(|s| **s == 401).count();
    let refused = answers.iter().filter(|s| **s == 429).count();
    assert_eq!((tried, refused), (5, 15), "{answers:?}");
}

async fn repeated_failed_logins_are_slowed_down(backend: Backend) {
    let app = spawn_app(backend).await;
    app.organizer("guess@example.org", "admin", None, &[]).await;

    for _ in 0..5 {
        assert_eq!(
            app.login("guess@example.org", "wrong password 123")
                .await
                .status()
                .as_u16(),
            401
        );
    }
    let blocked = app.login("guess@example.org", PASSWORD).await;

    assert_eq!(blocked.status().as_u16(), 429);
    let wait: i64 = blocked.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 15 * 60, "{wait}");
    assert!(
        blocked
            .text()
            .await
            .unwrap()
            .contains("Too many failed logins")
    );
}

async fn every_organizer_route_is_scoped_to_the_role(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("s@example.org")).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let seoul = app
        .organizer("seoul@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let toronto = app
        .organizer("toronto@example.org", "local", Some(SLUG), &[TORONTO])
        .await;
    {
        let other = "slug = \"other\"\ntitle = \"Other\"\nbody = \"B\"\nrecipient = \"R\"\ngoal = 5\n[[delivery_points]]\nslug = \"oslo\"\nname = \"N\"\ncountry = \"NO\"\ncity = \"Oslo\"\naddress = \"A\"\n";
        let mut conn = app.pool.get().unwrap();
        handover::petitions::import::store(
            &mut conn,
            &handover::petitions::import::parse(other).unwrap(),
        )
        .unwrap();
    }
    let stranger = app
        .organizer("other@example.org", "coordinator", Some("other"), &[])
        .await;
    let petition = format!("/organizer/petitions/{SLUG}");
    let seoul_zip = format!("/organizer/petitions/{SLUG}/packets/{SEOUL}.zip");
    let toronto_zip = format!("/organizer/petitions/{SLUG}/packets/{TORONTO}.zip");
    let edit = format!("/organizer/petitions/{SLUG}/edit");
    let routes = [
        "/organizer",
        petition.as_str(),
        seoul_zip.as_str(),
        toronto_zip.as_str(),
        "/organizer/audit",
        edit.as_str(),
        "/organizer/petitions/new",
        "/organizer/organizers",
    ];
    let expected: [(&crate::helpers::Organizer, [u16; 8]); 5] = [
        (&admin, [200, 200, 200, 200, 200, 200, 200, 200]),
        (&coord, [200, 200, 200, 200, 403, 200, 403, 403]),
        (&seoul, [200, 200, 200, 404, 403, 404, 403, 403]),
        (&toronto, [200, 200, 404, 200, 403, 404, 403, 403]),
        (&stranger, [200, 404, 404, 404, 403, 404, 403, 403]),
    ];

    for (org, statuses) in expected {
        for (route, want) in routes.iter().zip(statuses) {
            let got = org.get(route).await.status().as_u16();
            assert_eq!(got, want, "{} GET {route}", org.email);
        }
    }
    for route in routes {
        let r = app
            .client
            .get(format!("{}{route}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "anonymous GET {route}");
    }
    let (_, toronto_page) = toronto.get_text(&petition).await;
    assert!(
        !toronto_page.contains(SEOUL),
        "Toronto's organizer sees Seoul"
    );
}

async fn the_audit_log_records_logins_failures_and_downloads(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("boss@example.org", "admin", None, &[]).await;
    let seoul = app
        .organizer("seoul-audit@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    app.login("boss@example.org", "wrong password 456").await;
    app.login("boss@example.org", PASSWORD).await;
    seoul.packet(SEOUL).await;

    let (status, page) = admin.get_text("/organizer/audit").await;

    assert_eq!(status, 200);
    for needle in [
        "login_failed",
        ">login<",
        "packet_download",
        "seoul-audit@example.org",
        &format!("{SLUG}/{SEOUL}"),
        "password_set",
    ] {
        assert!(page.contains(needle), "audit log lacks {needle}");
    }
}

async fn the_first_admin_setup_link_creates_an_admin_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = {
        let mut conn = app.pool.get().unwrap();
        handover::organizers::invites::create_first_admin_token(&mut conn).unwrap()
    };
    let path = format!("/organizer/setup/{}", token.expose());
    let (status, page) = app.get_text(&path).await;
    assert_eq!(status, 200);
    let form = with(
        with(
            with(
                with(vec![("csrf", csrf_in(&page))], "email", "first@example.org"),
                "name",
                "First Admin",
            ),
            "password",
            PASSWORD,
        ),
        "confirm",
        PASSWORD,
    );

    let r = app.post_form(&path, &form).await;
    let again = app.get_text(&path).await.0;

    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.login("first@example.org", PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(again, 404, "the setup link works twice");
}
