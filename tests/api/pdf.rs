//! The packet's PDFs: every script a signer types prints with real glyphs
//! and in the right order, signer text prints literally, the cover letter
//! says what an official needs, and a character no font has is reported.
//!
//! Text is read back with poppler's `pdftotext` and the first pages are
//! rasterised with `pdftoppm` into `tests/screenshots/` (the README shows
//! them); without poppler (`apt-get install poppler-utils`) these tests say
//! so and pass, except in CI.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use crate::helpers::{Backend, SEOUL, SLUG, TestApp, sign_form, spawn_app, unzip, with};
use crate::on_both_backends;

on_both_backends!(
    every_script_prints_with_real_glyphs_in_order,
    the_cover_letter_says_where_when_and_how_many,
    a_character_no_font_has_is_printed_as_its_code_point_and_reported,
);

const PARIS: &str = "paris-embassy";

/// Names in the scripts a signer may type, with what must be read back.
const SEOUL_NAMES: &[&str] = &[
    "김민준",
    "山田 花子",
    "王小明",
    "Nguyễn Thị Minh Khai",
    "Ελένη Παπαδοπούλου",
    "Анна Кузнецова",
    "Zoë Ångström-Łukasiewicz",
    "#set page(width: 1cm)",
    "</td><script>alert(1)</script>",
    "] #import \"x\": * [",
    "🌸 Mina 🙏",
];
const PARIS_NAMES: &[&str] = &[
    "تضامن 100%",
    "فاطمة الزهراء",
    "דוד כהן",
    "अनिल कुमार",
    "সুমিতা দাস",
    "สมชาย ใจดี",
    "தமிழ்செல்வி",
];

/// Whether poppler is here; in CI it must be.
pub fn poppler() -> bool {
    let here = Command::new("pdftotext").arg("-v").output().is_ok();
    if !here {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is missing (apt-get install poppler-utils)"
        );
        eprintln!("skipped: pdftotext is missing (apt-get install poppler-utils)");
    }
    here
}

/// The PDF's text as poppler reads it, page by page in reading order.
pub fn pdf_text(pdf: &[u8]) -> String {
    let out = poppler_on(
        pdf,
        "pdftotext",
        &["-enc", "UTF-8"],
        std::path::Path::new("-"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Whether a name mixes right-to-left letters with left-to-right runs.
fn mixed_direction(name: &str) -> bool {
    let info = unicode_bidi::BidiInfo::new(name, None);
    info.has_rtl() && name.chars().any(|c| c.is_ascii_alphanumeric())
}

/// A name's words in the order the bidi algorithm shows them, left to right
/// (in a cell whose direction its first strong character sets, as the
/// packet does), each right-to-left word read in logical order.
fn visual_words(name: &str) -> Vec<String> {
    let info = unicode_bidi::BidiInfo::new(name, None);
    let para = &info.paragraphs[0];
    let visual = info.reorder_line(para, para.range.clone());
    visual
        .split_whitespace()
        .map(|w| {
            if unicode_bidi::BidiInfo::new(w, None).has_rtl()
                && !w.chars().any(|c| c.is_ascii_digit())
            {
                w.chars().rev().collect()
            } else {
                w.to_owned()
            }
        })
        .collect()
}

/// Runs a poppler tool on the PDF (written to a temporary file): `tool
/// ARGS FILE TARGET`.
pub fn poppler_on(
    pdf: &[u8],
    tool: &str,
    args: &[&str],
    target: &std::path::Path,
) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    Command::new(tool)
        .args(args)
        .arg(&path)
        .arg(target)
        .output()
        .unwrap()
}

/// Rasterises page 1 into `tests/screenshots/{name}.png` (pdftoppm adds the `.png`).
fn screenshot(pdf: &[u8], name: &str) {
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/screenshots")
        .join(name);
    let args = ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"];
    let out = poppler_on(pdf, "pdftoppm", &args, &target);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The fonts a PDF embeds, by name, and every glyph id each one maps to
/// text (its ToUnicode CMap): a `.notdef` (glyph 0) drawn for a character
/// would show up as a mapping from `<0000>`.
fn embedded_fonts(pdf: &[u8]) -> BTreeMap<String, BTreeSet<String>> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut fonts = BTreeMap::new();
    for (_, object) in doc.objects.iter() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"Font".as_slice()) {
            continue;
        }
        let Ok(name) = dict.get(b"BaseFont").and_then(|n| n.as_name()) else {
            continue;
        };
        let name = String::from_utf8_lossy(name).into_owned();
        let mut cids = BTreeSet::new();
        if let Ok(reference) = dict.get(b"ToUnicode").and_then(|r| r.as_reference()) {
            let stream = doc.get_object(reference).unwrap().as_stream().unwrap();
            let data = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            let text = String::from_utf8_lossy(&data);
            // Glyph ids are the first field of the bfchar and bfrange lines.
            let mut mapping = false;
            for line in text.lines().map(str::trim) {
                if line.ends_with("beginbfchar") || line.ends_with("beginbfrange") {
                    mapping = true;
                } else if line.starts_with("endbf") {
                    mapping = false;
                } else if mapping
                    && let Some(cid) = line.strip_prefix('<').and_then(|l| l.split('>').next())
                {
                    cids.insert(cid.to_ascii_uppercase());
                }
            }
        }
        fonts.insert(name, cids);
    }
    fonts
}

async fn sign_as(app: &TestApp, n: usize, point: &str, name: &str, comment: &str) {
    let form = with(
        with(
            with(
                with(sign_form(&format!("s{n}@example.org")), "name", name),
                "name_in_packet",
                "full",
            ),
            "delivery_point",
            point,
        ),
        "comment",
        comment,
    );
    let form = if point == PARIS {
        with(with(form, "country", "FR"), "city", "Paris")
    } else if name == "山田 花子" {
        // A signer from Japan: her Han characters take Japanese forms.
        with(with(form, "country", "JP"), "city", "東京")
    } else {
        form
    };
    app.sign_and_confirm(form).await;
}

async fn every_script_prints_with_real_glyphs_in_order(backend: Backend) {
    if !poppler() {
        return;
    }
    let app = spawn_app(backend).await;
    for (n, name) in SEOUL_NAMES.iter().enumerate() {
        sign_as(&app, n, SEOUL, name, "").await;
    }
    for (n, name) in PARIS_NAMES.iter().enumerate() {
        let comment = if n == 0 {
            "سطر أول\nsecond line"
        } else {
            ""
        };
        sign_as(&app, 100 + n, PARIS, name, comment).await;
    }
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;

    for (point, names, shot) in [
        (SEOUL, SEOUL_NAMES, "packet-seoul"),
        (PARIS, PARIS_NAMES, "packet-paris"),
    ] {
        let files = unzip(&admin.packet(point).await);
        let pdf = &files["signatures.pdf"];
        assert!(pdf.starts_with(b"%PDF-"), "{point}: not a PDF");
        let text = pdf_text(pdf);
        for name in names {
            if mixed_direction(name) {
                // Laid out as the Unicode bidi algorithm orders it in a
                // right-to-left cell: its words left to right on one line
                // (poppler marks the right-to-left ones, read logically).
                let expected = visual_words(name);
                let found = text.lines().any(|line| {
                    let line = line.replace(['\u{202b}', '\u{202c}'], "");
                    let mut rest = line.as_str();
                    expected.iter().all(|word| match rest.find(word.as_str()) {
                        Some(at) => {
                            rest = &rest[at + word.len()..];
                            true
                        }
                        None => false,
                    })
                });
                assert!(
                    found,
                    "{point}: {name:?} not laid out as {expected:?} in:\n{text}"
                );
            } else {
                // Every character, in order; poppler may split a word where
                // a combining vowel sign (Devanagari's ु) moves the pen back.
                let squash = |s: &str| s.split_whitespace().collect::<String>();
                assert!(
                    squash(&text).contains(&squash(name)),
                    "{point}: {name:?} not found in:\n{text}"
                );
            }
        }
        assert!(
            !text.contains("[U+"),
            "{point}: a code point was printed:\n{text}"
        );
        // Every glyph drawn is a real one: no font maps glyph 0 to text.
        let fonts = embedded_fonts(pdf);
        assert!(!fonts.is_empty(), "{point}: no embedded fonts");
        for (font, cids) in &fonts {
            assert!(!cids.contains("0000"), "{point}: {font} draws .notdef");
        }
        // Regional CJK forms: Korean at the Korean point, Japanese for the
        // signer from Japan there.
        if point == SEOUL {
            assert!(fonts.keys().any(|f| f.contains("CJKkr")), "{fonts:?}");
            assert!(fonts.keys().any(|f| f.contains("CJKjp")), "{fonts:?}");
        }
        // Fonts are subset (Typst names them ABCDEF+Family).
        assert!(
            fonts.keys().all(|f| f.as_bytes().get(6) == Some(&b'+')),
            "{fonts:?}"
        );
        // The header repeats the point; the footer counts pages.
        assert!(text.contains("Page 1 of 1"), "{point}: {text}");
        screenshot(pdf, shot);
        // The manifest lists the PDFs and finds nothing unprintable.
        let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
        let listed: Vec<&str> = manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert!(listed.contains(&"signatures.pdf") && listed.contains(&"cover-letter.pdf"));
        assert!(manifest.get("missing_fonts").is_none(), "{manifest}");
    }

    // The HTML list: each person's text in its own direction, dates kept on
    // one line, a comment's line break kept.
    let files = unzip(&admin.packet(PARIS).await);
    let html = String::from_utf8(files["signatures.html"].clone()).unwrap();
    assert!(html.contains("<td dir=\"auto\">تضامن 100%</td>"), "{html}");
    assert!(html.contains("td.date { white-space: nowrap; }"));
    assert!(html.contains("<td dir=\"auto\" class=\"comment\">سطر أول\nsecond line</td>"));
    // The PDF keeps it as two lines.
    let text = pdf_text(&files["signatures.pdf"]).replace(['\u{202b}', '\u{202c}'], "");
    assert!(text.contains("سطر أول\nsecond line"), "{text}");

    // Literal, not markup, in the HTML too.
    let files = unzip(&admin.packet(SEOUL).await);
    let html = String::from_utf8(files["signatures.html"].clone()).unwrap();
    assert!(
        html.contains("&#60;/td&#62;&#60;script&#62;alert(1)&#60;/script&#62;"),
        "{html}"
    );
}

async fn the_cover_letter_says_where_when_and_how_many(backend: Backend) {
    if !poppler() {
        return;
    }
    let app = spawn_app(backend).await;
    for n in 0..3 {
        sign_as(&app, n, SEOUL, &format!("Signer {n}"), "").await;
    }
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    // The contact and the local group, from the petition file.
    let demo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/petition.toml"))
        .unwrap()
        .replacen(
            "organizer = ",
            "contact = \"delivery@example.org · +82 10 0000 0000\"\norganizer = ",
            1,
        )
        .replacen(
            "address = \"27 Myeongdong",
            "local_group = \"Seoul Freedom Volunteers\"\naddress = \"27 Myeongdong",
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("petition.toml");
    std::fs::write(&file, demo).unwrap();
    let imported = app.cli(&["petition", "import", file.to_str().unwrap()]);
    assert!(imported.status.success(), "{imported:?}");
    let (_, edit) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}/edit"))
        .await;
    assert!(
        edit.contains("value=\"delivery@example.org · +82 10 0000 0000\""),
        "{edit}"
    );
    assert!(
        edit.contains("value=\"Seoul Freedom Volunteers\""),
        "{edit}"
    );

    let files = unzip(&admin.packet(SEOUL).await);
    let text = pdf_text(&files["cover-letter.pdf"]);
    let once = |needle: &str| {
        assert_eq!(
            text.matches(needle).count(),
            1,
            "{needle:?} should appear once in:\n{text}"
        );
    };
    once("Embassy of the People's Republic of China in the Republic of Korea");
    once("27 Myeongdong 2-gil");
    assert!(text.contains("3 (three)"), "{text}");
    assert!(text.contains("Seoul, "), "{text}");
    assert!(text.contains("KST (UTC+09:00)"), "{text}");
    assert!(text.contains("Seoul Freedom Volunteers"), "{text}");
    assert!(text.contains("delivery@example.org"), "{text}");
    assert!(
        text.contains("North Korea Freedom Coalition (demo)"),
        "{text}"
    );
    // The petition in English, and in Korean for a Korean point.
    assert!(text.contains("Stop the forced return of North Korean refugees"));
    assert!(
        text.contains("탈북 난민 강제 북송을 중단하십시오"),
        "{text}"
    );
    let digest = serde_json::from_slice::<serde_json::Value>(&files["manifest.json"]).unwrap()
        ["packet_digest"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        text.replace(['\n', ' ', '\u{200b}'], "").contains(&digest),
        "{text}"
    );
    let html = String::from_utf8(files["cover-letter.html"].clone()).unwrap();
    assert!(html.contains("3 (three)") && html.contains("Seoul Freedom Volunteers"));

    // A point nobody signed for says so, in words.
    let files = unzip(&admin.packet(PARIS).await);
    let text = pdf_text(&files["cover-letter.pdf"]);
    assert!(
        text.contains("No verified signatures were collected for this delivery point."),
        "{text}"
    );
    assert!(!text.contains(" – to –"), "{text}");
}

async fn a_character_no_font_has_is_printed_as_its_code_point_and_reported(backend: Backend) {
    if !poppler() {
        return;
    }
    let app = spawn_app(backend).await;
    sign_as(&app, 0, SEOUL, "Ana", "").await;
    // Garay (Unicode 16): no font on these machines covers it.
    sign_as(&app, 1, SEOUL, "Ana \u{10D50}\u{10D51}", "").await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let files = unzip(&admin.packet(SEOUL).await);
    let text = pdf_text(&files["signatures.pdf"]);
    assert!(text.contains("[U+10D50][U+10D51]"), "{text}");
    let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(
        manifest["missing_fonts"]["rows"],
        serde_json::json!([2]),
        "{manifest}"
    );
    assert_eq!(
        manifest["missing_fonts"]["scripts"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seoul.zip");
    let out = out.to_str().unwrap();
    let args = |strict: bool| {
        let mut a = vec![
            "export",
            "--petition",
            SLUG,
            "--delivery-point",
            SEOUL,
            "--out",
            out,
        ];
        if strict {
            a.push("--strict");
        }
        a
    };
    let lenient = app.cli(&args(false));
    assert!(lenient.status.success(), "{lenient:?}");
    let strict = app.cli(&args(true));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(!strict.status.success(), "--strict passed: {stderr}");
    assert!(stderr.contains("rows 2"), "{stderr}");
}
