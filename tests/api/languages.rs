use std::time::Duration;

use handover::i18n::{Lang, Tr};

use crate::helpers::{Backend, SLUG, sign_form, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    a_browser_asking_for_korean_gets_the_page_and_the_petition_in_korean,
    a_language_chosen_in_the_menu_is_remembered_over_the_browsers,
    the_confirmation_mail_goes_out_in_the_language_the_signer_used,
    translations_typed_in_the_editor_are_shown_and_a_half_translation_is_refused,
    a_translation_in_the_petitions_own_language_is_refused_not_dropped,
    the_language_menu_after_a_form_leads_back_to_its_page_in_that_language,
);

async fn a_browser_asking_for_korean_gets_the_page_and_the_petition_in_korean(backend: Backend) {
    let app = spawn_app(backend).await;
    let ko = Tr::new(Lang::Ko);

    let page = app
        .client
        .get(format!("{}/p/{SLUG}", app.address))
        .header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    assert!(page.contains("<html lang=\"ko\">"), "{page}");
    assert!(
        page.contains("탈북 난민 강제 북송을 중단하십시오"),
        "the Korean title"
    );
    assert!(page.contains(&ko.t("sign-heading")));
    assert!(page.contains(&format!(
        "<label for=\"name\">{}</label>",
        ko.t("field-name")
    )));
    assert!(page.contains("대한민국"), "country names in Korean");
    assert!(
        !page.contains(">Sign the petition<"),
        "no English left on the form"
    );
}

async fn a_language_chosen_in_the_menu_is_remembered_over_the_browsers(backend: Backend) {
    let app = spawn_app(backend).await;
    let get = |path: String| {
        app.client
            .get(format!("{}{path}", app.address))
            .header("Accept-Language", "de-DE,de")
            .send()
    };

    let german = get("/privacy".to_owned())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let chosen = get("/privacy?lang=ja".to_owned()).await.unwrap();
    let cookie = crate::helpers::set_cookie(&chosen, "lang");
    let after = get(format!("/p/{SLUG}"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    assert!(german.contains(&Tr::new(Lang::De).t("privacy-lead")));
    assert_eq!(cookie.as_deref(), Some("ja"));
    assert!(after.contains("<html lang=\"ja\">"));
    assert!(after.contains("脱北難民の強制送還をやめてください"));
    assert!(after.contains(&Tr::new(Lang::Ja).t("sign-button")));
}

async fn the_confirmation_mail_goes_out_in_the_language_the_signer_used(backend: Backend) {
    let app = spawn_app(backend).await;
    let ja = Tr::new(Lang::Ja);
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=ja")).await;
    let (csrf, started) = (
        crate::helpers::csrf_in(&page),
        crate::helpers::started_in(&page),
    );
    let form = crate::helpers::with(sign_form("hanako@example.org"), "csrf", &csrf);
    let form = crate::helpers::with(form, "started", &started);

    let r = app
        .client
        .post(format!("{}/p/{SLUG}/sign", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();

    assert_eq!(r.status().as_u16(), 303);
    let mail = app
        .smtp
        .wait_for("hanako@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);
    assert_eq!(
        mail.subject(),
        ja.t1(
            "mail-verify-subject",
            "title",
            "脱北難民の強制送還をやめてください"
        )
    );
    assert!(mail.text().contains(&ja.t("mail-verify-not-you")));
    assert!(mail.verify_link().ends_with("?lang=ja"));
    assert!(mail.html().contains("<html lang=\"ja\">"));
}

async fn translations_typed_in_the_editor_are_shown_and_a_half_translation_is_refused(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let edit = format!("/organizer/petitions/{SLUG}/edit");
    let base = [
        ("title", "Stop forced returns"),
        ("body", "Text."),
        ("recipient", "The Government"),
        ("goal", "1000"),
        ("lang", "en"),
    ];

    let mut half = base.to_vec();
    half.push(("tr-nl-title", "Stop gedwongen terugkeer"));
    let refused = admin.post(&edit, &half).await;
    let mut full = half.clone();
    full.push(("tr-nl-recipient", "De regering"));
    full.push(("tr-nl-body", "Tekst."));
    let saved = admin.post(&edit, &full).await;
    let (_, dutch) = app.get_text(&format!("/p/{SLUG}?lang=nl")).await;
    let (_, spanish) = app.get_text(&format!("/p/{SLUG}?lang=es")).await;

    assert_eq!(refused.status().as_u16(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("id=\"tr-nl-recipient\""),
        "the field is shown again"
    );
    assert!(
        page.contains("Stop gedwongen terugkeer"),
        "what was typed is kept"
    );
    assert_eq!(saved.status().as_u16(), 303);
    assert!(dutch.contains("Stop gedwongen terugkeer"), "{dutch}");
    assert!(dutch.contains("De regering"));
    assert!(
        spanish.contains("Stop forced returns"),
        "no Spanish: the default text"
    );
    assert!(spanish.contains("<h1 lang=\"en\">Stop forced returns</h1>"));
}

async fn a_translation_in_the_petitions_own_language_is_refused_not_dropped(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let edit = format!("/organizer/petitions/{SLUG}/edit");
    let fields = [
        ("title", "Stop forced returns"),
        ("body", "Text."),
        ("recipient", "The Government"),
        ("goal", "1000"),
        ("lang", "ko"),
        ("tr-ko-title", "탈북 난민"),
        ("tr-ko-recipient", "정부"),
        ("tr-ko-body", "본문"),
    ];

    let r = admin.post(&edit, &fields).await;

    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("own language: its texts go in the main fields"),
        "{page}"
    );
    assert!(page.contains("탈북 난민"), "what was typed is kept");
    assert_ne!(
        app.json().await["title"],
        "Stop forced returns",
        "nothing saved"
    );
}

async fn the_language_menu_after_a_form_leads_back_to_its_page_in_that_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;

    let signer = app.get(&format!("/p/{SLUG}/sign?lang=ko")).await;
    let organizer = admin
        .get(&format!("/organizer/petitions/{SLUG}/points?lang=fr"))
        .await;
    let hostile = app.get("/p/%0d%0aX-Evil:%201/sign?lang=ko%0d%0a").await;

    assert_eq!(signer.status().as_u16(), 303);
    assert_eq!(signer.headers()["location"], format!("/p/{SLUG}?lang=ko"));
    assert_eq!(organizer.status().as_u16(), 303);
    assert_eq!(
        organizer.headers()["location"],
        format!("/organizer/petitions/{SLUG}/edit?lang=fr")
    );
    assert_eq!(hostile.status().as_u16(), 303);
    assert_eq!(hostile.headers()["location"], "/");
    assert!(hostile.headers().get("x-evil").is_none());
}
