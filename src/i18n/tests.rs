//! The catalogs: complete, parseable, and formatting as each language does.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::*;

/// Message and term ids of a catalog, with `.attribute`s.
fn keys(lang: Lang) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}.ftl does not parse: {errors:?}"),
    };
    let mut keys = BTreeSet::new();
    let mut seen = 0;
    for entry in resource.entries() {
        let (id, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), &t.attributes),
            _ => continue,
        };
        for a in attributes {
            keys.insert(format!("{id}.{}", a.id.name));
        }
        assert!(keys.insert(id.clone()), "{lang}.ftl defines {id} twice");
        seen += 1;
    }
    assert!(seen > 0, "{lang}.ftl has no messages");
    keys
}

#[test]
fn every_catalog_has_exactly_the_keys_of_english() {
    let english = keys(Lang::En);
    assert!(
        english.len() > 100,
        "English has only {} keys",
        english.len()
    );
    for lang in Lang::ALL {
        let theirs = keys(lang);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}.ftl lacks {missing:?} and has keys English lacks: {extra:?}"
        );
    }
}

/// The variables a message uses, selectors and nested placeables included.
fn variables(lang: Lang, id: &str) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn in_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                in_expression(expression, out);
            }
        }
    }
    fn in_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(inline) => in_inline(inline, out),
            Expression::Select { selector, variants } => {
                in_inline(selector, out);
                for v in variants {
                    in_pattern(&v.value, out);
                }
            }
        }
    }
    fn in_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => in_expression(expression, out),
            _ => {}
        }
    }
    let bundle = &CATALOGS.bundles[&lang];
    let mut out = BTreeSet::new();
    if let Some(p) = bundle.get_message(id).and_then(|m| m.value()) {
        in_pattern(p, &mut out);
    }
    out
}

#[test]
fn every_message_uses_only_the_variables_english_passes_and_formats_cleanly() {
    for lang in Lang::ALL {
        let bundle = &CATALOGS.bundles[&lang];
        for key in keys(Lang::En)
            .iter()
            .filter(|k| !k.contains('.') && !k.starts_with('-'))
        {
            let english = variables(Lang::En, key);
            let theirs = variables(lang, key);
            let unknown: Vec<_> = theirs.difference(&english).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: {key} uses {unknown:?}, which English does not pass"
            );
            let message = bundle
                .get_message(key)
                .unwrap_or_else(|| panic!("{lang}: {key}"));
            let pattern = message
                .value()
                .unwrap_or_else(|| panic!("{lang}: {key} has no value"));
            let mut args = FluentArgs::new();
            for name in &english {
                if name == "n" {
                    args.set(name.as_str(), FluentValue::from(2));
                } else {
                    args.set(name.as_str(), FluentValue::from("x"));
                }
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang}: {key}: {errors:?}");
            assert!(!text.trim().is_empty(), "{lang}: {key} is empty");
        }
    }
}

#[test]
fn counts_follow_each_languages_plural_rules_and_grouping() {
    let en = Tr::new(Lang::En);
    assert_eq!(en.tn("petition-count-label", 1), "verified signature");
    assert_eq!(en.tn("petition-count-label", 2), "verified signatures");
    assert_eq!(en.number(12345), "12,345");
    assert_eq!(Tr::new(Lang::De).number(12345), "12.345");
    assert_eq!(Tr::new(Lang::Fr).number(12345), "12\u{202f}345");
    assert_eq!(Tr::new(Lang::Nb).number(12345), "12\u{a0}345");
    assert_eq!(Tr::new(Lang::Ko).number(12345), "12,345");
    let fr = Tr::new(Lang::Fr);
    // French puts 0 and 1 in the singular.
    assert_ne!(
        fr.tn("petition-count-label", 1),
        fr.tn("petition-count-label", 2)
    );
    assert_eq!(
        fr.tn("petition-count-label", 0),
        fr.tn("petition-count-label", 1)
    );
}

#[test]
fn a_message_missing_from_every_catalog_shows_its_id_and_country_names_are_translated() {
    let ko = Tr::new(Lang::Ko);
    assert_eq!(ko.t("no-such-message"), "no-such-message");
    assert_eq!(ko.country("KR"), "대한민국");
    assert_eq!(Tr::new(Lang::De).country("KR"), "Südkorea");
    assert_eq!(ko.country("ZZ"), "ZZ");
    let de = Tr::new(Lang::De);
    let t = chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
        .and_then(|d| d.and_hms_opt(14, 30, 0))
        .expect("a valid time");
    assert_eq!(de.date_time(t), "5. Dezember 2026 14:30 UTC");
    assert_eq!(Tr::new(Lang::Ko).date_time(t), "2026년 12월 5일 14:30 UTC");
    assert_eq!(Tr::new(Lang::En).date_time(t), "5 December 2026 14:30 UTC");
    // A count passed to a message as `n` is shown formatted for the language.
    let wait = Msg::new("error-rate-limited").num("n", 1234);
    for lang in Lang::ALL {
        let text = Tr::new(lang).msg(&wait);
        assert!(text.contains(&Tr::new(lang).number(1234)), "{lang}: {text}");
    }
    // Countries sort as readers expect, accents aside.
    let fr = Tr::new(Lang::Fr).countries();
    let pos = |code| {
        fr.iter()
            .position(|(c, _)| *c == code)
            .unwrap_or(usize::MAX)
    };
    assert!(
        pos("US") < pos("FR"),
        "États-Unis sorts among the E, before France"
    );
}
