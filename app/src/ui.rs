//! What the page shell needs to know about the request: language, display
//! settings and where we are. Built once per request from the headers, and
//! provided to every view through the reactive context.

use crate::i18n::Locale;
use axum::http::{header, HeaderMap};

pub const LANG_COOKIE: &str = "careway_lang";
pub const PREFS_COOKIE: &str = "careway_display";

/// Text size, in three steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

/// Colour theme. The two high-contrast themes reach 7:1 (WCAG 1.4.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Default,
    HighContrastDark,
    HighContrastLight,
}

/// Display settings, kept in a cookie and applied as classes on `<html>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DisplayPrefs {
    pub text_size: TextSize,
    pub theme: Theme,
    pub spacing: bool,
    pub reduced_motion: bool,
    /// Easy Read: key pages show their Easy Read version (short sentences,
    /// one idea a line, a picture for each), and words with an Easy Read
    /// twin in Fluent use it.
    pub easy_read: bool,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];
    pub fn code(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }
    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Default, Theme::HighContrastDark, Theme::HighContrastLight];
    pub fn code(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrastDark => "contrast-dark",
            Theme::HighContrastLight => "contrast-light",
        }
    }
    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }
}

impl DisplayPrefs {
    /// Cookie form: `size.theme.spacing.motion.easy`, e.g.
    /// `large.contrast-dark.1.0.0` (a cookie from before Easy Read, with
    /// four parts, still reads).
    pub fn to_cookie_value(self) -> String {
        format!(
            "{}.{}.{}.{}.{}",
            self.text_size.code(),
            self.theme.code(),
            self.spacing as u8,
            self.reduced_motion as u8,
            self.easy_read as u8
        )
    }

    /// Reads the cookie form; anything unrecognised falls back to the default
    /// for that part, so a tampered cookie can never break a page.
    pub fn from_cookie_value(s: &str) -> Self {
        let mut parts = s.split('.');
        let mut p = DisplayPrefs::default();
        if let Some(v) = parts.next().and_then(TextSize::from_code) {
            p.text_size = v;
        }
        if let Some(v) = parts.next().and_then(Theme::from_code) {
            p.theme = v;
        }
        p.spacing = parts.next() == Some("1");
        p.reduced_motion = parts.next() == Some("1");
        p.easy_read = parts.next() == Some("1");
        p
    }

    /// Classes for `<html>`. Themes and sizes only swap CSS custom properties.
    pub fn html_classes(self) -> String {
        let mut c = format!("cw-size-{} cw-theme-{}", self.text_size.code(), self.theme.code());
        if self.spacing {
            c.push_str(" cw-spacing");
        }
        if self.reduced_motion {
            c.push_str(" cw-reduced-motion");
        }
        if self.easy_read {
            c.push_str(" cw-easy-read-mode");
        }
        c
    }
}

/// Per-request facts for the shell and every view.
#[derive(Clone, Debug, Default)]
pub struct Ui {
    pub locale: Locale,
    pub prefs: DisplayPrefs,
    /// The request path, for `aria-current` and the language switcher's return.
    pub path: String,
    /// The path plus query, so switching language keeps filters.
    pub path_and_query: String,
}

/// Reads one cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    cookie_in(headers.get_all(header::COOKIE), name)
}

/// Reads one cookie's value from `Cookie` header values.
pub fn cookie_in<'a>(values: impl IntoIterator<Item = &'a axum::http::HeaderValue>, name: &str) -> Option<&'a str> {
    values
        .into_iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}

impl Ui {
    pub fn from_request(headers: &HeaderMap, uri: &axum::http::Uri) -> Ui {
        let locale = Locale::negotiate(
            cookie(headers, LANG_COOKIE),
            headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
        );
        let prefs = cookie(headers, PREFS_COOKIE)
            .map(DisplayPrefs::from_cookie_value)
            .unwrap_or_default();
        Ui {
            locale,
            prefs,
            path: uri.path().to_string(),
            path_and_query: uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
        }
    }
}

/// Only same-site, absolute paths are allowed as a place to go back to, so
/// that `?return=` can never send someone to another site.
pub fn safe_return_path(candidate: Option<&str>) -> String {
    match candidate {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.starts_with("/\\")
                && p.len() <= 2048
                && !p.chars().any(|c| c.is_control()) =>
        {
            p.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefs_round_trip_through_the_cookie() {
        let p = DisplayPrefs {
            text_size: TextSize::Largest,
            theme: Theme::HighContrastLight,
            spacing: true,
            reduced_motion: false,
            easy_read: true,
        };
        assert_eq!(DisplayPrefs::from_cookie_value(&p.to_cookie_value()), p);
        // A four-part cookie from before Easy Read still reads.
        assert_eq!(DisplayPrefs::from_cookie_value("large.default.1.1").easy_read, false);
        assert!(DisplayPrefs::from_cookie_value("large.default.1.1").reduced_motion);
    }

    #[test]
    fn a_tampered_prefs_cookie_falls_back_to_defaults() {
        let p = DisplayPrefs::from_cookie_value("huge.<script>.yes");
        assert_eq!(p, DisplayPrefs::default());
        assert!(!p.html_classes().contains('<'));
    }

    #[test]
    fn return_paths_must_stay_on_this_site() {
        assert_eq!(safe_return_path(Some("/settings?x=1")), "/settings?x=1");
        assert_eq!(safe_return_path(Some("//evil.example")), "/");
        assert_eq!(safe_return_path(Some("https://evil.example")), "/");
        assert_eq!(safe_return_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_return_path(None), "/");
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, "a=1; careway_lang=cy; b=2".parse().unwrap());
        assert_eq!(cookie(&h, LANG_COOKIE), Some("cy"));
        assert_eq!(cookie(&h, "zzz"), None);
    }
}
