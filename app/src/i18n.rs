//! Fluent glue: which language a request gets, and looking words up.
//!
//! Every user-facing word comes from `locales/<lang>/<area>.ftl`. Views call
//! [`t`] or [`t_args`] with a message id; the id must exist in every locale
//! (the `every_id_used_in_code_is_defined_in_every_locale` test enforces it).

use fluent_templates::{fluent_bundle::FluentValue, Loader};
use std::{borrow::Cow, collections::HashMap};
use unic_langid::{langid, LanguageIdentifier};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en-GB",
        // Unicode isolation marks around arguments confuse some screen
        // readers when they read numbers and names aloud, and every
        // argument Careway passes is left-to-right anyway.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN_GB: LanguageIdentifier = langid!("en-GB");
static CY: LanguageIdentifier = langid!("cy");

/// A language Careway is complete in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Locale {
    #[default]
    EnGb,
    Cy,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::EnGb, Locale::Cy];

    /// The BCP 47 tag, used for `<html lang>`, `hreflang` and the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::Cy => "cy",
        }
    }

    /// Both languages Careway speaks are written left to right.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::EnGb),
            "cy" => Some(Locale::Cy),
            _ => None,
        }
    }

    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::EnGb => &EN_GB,
            Locale::Cy => &CY,
        }
    }

    /// Picks a locale: an explicit choice (the `lang` cookie) wins, then the
    /// best `Accept-Language` match by q-value, then English.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(l) = cookie.and_then(Locale::from_tag) {
            return l;
        }
        let Some(header) = accept_language else {
            return Locale::default();
        };
        let mut best: Option<(f32, usize, Locale)> = None;
        for (pos, part) in header.split(',').enumerate().take(32) {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or("").trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(l) = Locale::from_tag(tag) {
                let better = match best {
                    None => true,
                    Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
                };
                if better {
                    best = Some((q, pos, l));
                }
            }
        }
        best.map(|b| b.2).unwrap_or_default()
    }
}

/// Looks up a message with no arguments.
pub fn tr(locale: Locale, id: &str) -> String {
    LOCALES.lookup(locale.langid(), id)
}

/// Looks up a message with arguments. Numbers go in as numbers so that
/// Fluent's plural selectors work (Welsh has six plural forms).
pub fn tr_args(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
    let map = fluent_args(args);
    LOCALES.lookup_with_args(locale.langid(), id, &map)
}

/// The arguments as Fluent values, keyed by name.
fn fluent_args(args: &[(&'static str, Arg)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| {
            let v = match v {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*k), v)
        })
        .collect()
}

/// An argument to a Fluent message.
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

/// Easy Read is a variant of the messages, not a copy of the pages: a
/// message `x` may have an Easy Read twin `easy-x` (in
/// `locales/<lang>/easy-read.ftl`). A reader who chose Easy Read gets the
/// twin where there is one, and the standard words where there is not.
pub fn tr_easy(locale: Locale, id: &str) -> String {
    LOCALES
        .try_lookup(locale.langid(), &format!("easy-{id}"))
        .unwrap_or_else(|| tr(locale, id))
}

/// [`tr_easy`] with arguments.
pub fn tr_easy_args(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
    let map = fluent_args(args);
    LOCALES
        .try_lookup_with_args(locale.langid(), &format!("easy-{id}"), &map)
        .unwrap_or_else(|| tr_args(locale, id, args))
}

/// The current request's locale, from the reactive context the page shell
/// provides. Views call this through [`t`].
pub fn current() -> Locale {
    reading().0
}

/// The current request's locale and whether its reader chose Easy Read,
/// read in place: `use_context` would clone the whole `Ui` (two Strings)
/// for every message a page translates.
fn reading() -> (Locale, bool) {
    leptos::prelude::with_context::<crate::ui::Ui, _>(|ui| (ui.locale, ui.prefs.easy_read)).unwrap_or_default()
}

/// Whether the current reader chose Easy Read.
pub fn easy_read() -> bool {
    reading().1
}

/// Translates `id` in the current request's locale (its Easy Read twin,
/// when the reader chose Easy Read and there is one).
pub fn t(id: &str) -> String {
    match reading() {
        (locale, true) => tr_easy(locale, id),
        (locale, false) => tr(locale, id),
    }
}

/// Translates `id` with arguments in the current request's locale.
pub fn t_args(id: &str, args: &[(&'static str, Arg)]) -> String {
    match reading() {
        (locale, true) => tr_easy_args(locale, id, args),
        (locale, false) => tr_args(locale, id, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    fn workspace() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
    }

    /// Message and term ids defined in one locale folder, by file.
    fn ids_in(locale_dir: &Path) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(locale_dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                // An entry starts at column 0 with an identifier and `=`;
                // continuation lines are indented and comments start with #.
                let Some((head, _)) = line.split_once('=') else { continue };
                let head = head.trim_end();
                if head.is_empty() || line.starts_with([' ', '\t', '#', '.', '[', '*', '}']) {
                    continue;
                }
                let ok = head
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                assert!(ok, "{}: odd entry name {head:?}", path.display());
                assert!(ids.insert(head.to_string()), "{}: {head} defined twice", path.display());
            }
        }
        ids
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
                out.push(path);
            }
        }
    }

    /// Ids that code asks for: the first string literal passed to `t(`,
    /// `t_args(`, or wrapped in a `Msg` (a message id held in data).
    fn ids_used_in_code() -> BTreeSet<(String, String)> {
        let mut files = vec![];
        rust_files(&workspace().join("app/src"), &mut files);
        rust_files(&workspace().join("server/src"), &mut files);
        let mut used = BTreeSet::new();
        let openers = ["t(\"", "t_args(\"", "Msg(\""];
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for opener in openers {
                let mut rest = text.as_str();
                while let Some(i) = rest.find(opener) {
                    // skip identifiers that merely end in t, e.g. `let content(`
                    let before = rest[..i].chars().last();
                    let ok_start = opener != "t(\""
                        || !matches!(before, Some(c) if c.is_alphanumeric() || c == '_');
                    rest = &rest[i + opener.len()..];
                    let end = rest.find('"').unwrap();
                    let id = &rest[..end];
                    if ok_start && !id.contains('{') && !id.is_empty() {
                        used.insert((id.to_string(), f.display().to_string()));
                    }
                }
            }
        }
        used
    }

    #[test]
    fn every_locale_defines_the_same_message_ids() {
        let en = ids_in(&workspace().join("locales/en-GB"));
        let cy = ids_in(&workspace().join("locales/cy"));
        assert!(en.len() > 50, "en-GB looks empty");
        let missing_cy: Vec<_> = en.difference(&cy).collect();
        let missing_en: Vec<_> = cy.difference(&en).collect();
        assert!(missing_cy.is_empty(), "missing from cy: {missing_cy:?}");
        assert!(missing_en.is_empty(), "missing from en-GB: {missing_en:?}");
    }

    #[test]
    fn every_id_used_in_code_is_defined_in_every_locale() {
        let used = ids_used_in_code();
        assert!(used.len() > 30, "the scan found too few ids: {}", used.len());
        for locale in ["en-GB", "cy"] {
            let defined = ids_in(&workspace().join("locales").join(locale));
            let missing: Vec<_> = used.iter().filter(|(id, _)| !defined.contains(id)).collect();
            assert!(missing.is_empty(), "{locale} lacks ids used in code: {missing:?}");
        }
    }

    #[test]
    fn an_unknown_id_is_reported_not_silently_blank() {
        // Proves the lookups above are real: fluent-templates returns an
        // "Unknown localization" marker for ids that no file defines.
        let s = tr(Locale::EnGb, "no-such-message-id");
        assert!(s.contains("no-such-message-id"), "{s}");
    }

    #[test]
    fn easy_read_uses_the_twin_where_there_is_one_and_falls_back_where_not() {
        for l in Locale::ALL {
            assert_ne!(tr_easy(l, "home-lead"), tr(l, "home-lead"), "{l:?} has an Easy Read home lead");
            assert_eq!(tr(l, "easy-home-lead"), tr_easy(l, "home-lead"));
            assert_eq!(tr_easy(l, "core-skip-link"), tr(l, "core-skip-link"), "no twin: the standard words");
        }
    }

    #[test]
    fn every_easy_read_twin_has_a_standard_message() {
        // A twin with no standard message would never be used.
        for l in ["en-GB", "cy"] {
            let ids = ids_in(&workspace().join("locales").join(l));
            for id in ids.iter().filter_map(|i| i.strip_prefix("easy-")) {
                if id.starts_with("points-") || id.starts_with("page-") {
                    continue; // the Easy Read points themselves
                }
                assert!(ids.contains(id), "{l}: easy-{id} twins nothing");
            }
        }
    }

    #[test]
    fn welsh_is_served_in_welsh() {
        assert_ne!(tr(Locale::Cy, "core-skip-link"), tr(Locale::EnGb, "core-skip-link"));
    }

    #[test]
    fn plurals_follow_the_language_rules() {
        let one = tr_args(Locale::EnGb, "core-results-count", &[("count", 1i64.into())]);
        let many = tr_args(Locale::EnGb, "core-results-count", &[("count", 3i64.into())]);
        assert_ne!(one, many);
        assert!(many.contains('3'));
    }

    #[test]
    fn the_cookie_beats_accept_language_and_q_values_are_respected() {
        assert_eq!(Locale::negotiate(Some("cy"), Some("en-GB")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, Some("fr, cy;q=0.8, en;q=0.5")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, Some("en;q=0.9, cy;q=0.95")), Locale::Cy);
        assert_eq!(Locale::negotiate(None, Some("de, fr")), Locale::EnGb);
        assert_eq!(Locale::negotiate(Some("<script>"), None), Locale::EnGb);
        assert_eq!(Locale::negotiate(None, Some("cy;q=0")), Locale::EnGb);
        assert_eq!(Locale::negotiate(None, None), Locale::EnGb);
    }
}
