//! Easy Read versions of key pages: short sentences, one idea a line, and
//! a simple picture for each point with its own alt text. The words are
//! Fluent messages (`easy-points-<page>-<n>` and `…-alt`, in
//! `locales/<lang>/easy-read.ftl`); the pictures are SVG icons that ship
//! with Careway (`style/icons/`), served from `/assets/icons/<name>.svg`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// Each key page's Easy Read points, as the icon for each, in order.
pub const POINTS: [(&str, &[&str]); 7] = [
    ("home", &["home", "plan", "money", "message", "compare", "help"]),
    ("plan", &["plan", "tick", "money", "message", "calendar"]),
    ("budget_options", &["money", "people", "plan", "change", "message"]),
    ("messages", &["message", "video", "sign", "tick", "people"]),
    ("find_practice", &["search", "people", "sign", "compare", "change"]),
    ("complain", &["complain", "safe", "people", "calendar", "help"]),
    ("communication", &["ear", "sign", "plan", "people", "tick"]),
];

pub fn points(key: &str) -> &'static [&'static str] {
    POINTS.iter().find(|(k, _)| *k == key).map(|(_, p)| *p).unwrap_or(&[])
}

/// The Fluent ids of point `n` (from 1) of a page: (words, picture's alt).
pub fn point_ids(key: &str, n: usize) -> (String, String) {
    let k = key.replace('_', "-");
    (format!("easy-points-{k}-{n}"), format!("easy-points-{k}-{n}-alt"))
}

macro_rules! icons {
    ($($name:literal),* $(,)?) => {
        /// The icons that ship with Careway.
        pub const ICONS: &[(&str, &str)] = &[$(($name, include_str!(concat!("../../style/icons/", $name, ".svg")))),*];
    };
}
icons!(
    "calendar", "change", "compare", "complain", "ear", "help", "home", "message", "money", "people", "plan", "safe",
    "search", "sign", "tick", "video",
);

pub fn icon_href(name: &str) -> String {
    format!("/assets/icons/{name}.svg")
}

/// `GET /assets/icons/{name}.svg`.
pub async fn icon(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let Some(svg) = file
        .strip_suffix(".svg")
        .and_then(|n| ICONS.iter().find(|(name, _)| *name == n))
        .map(|(_, svg)| *svg)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            // An SVG opened on its own runs nothing.
            (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"),
        ],
        svg,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_point_has_an_icon_and_words_and_alt_text_in_both_languages() {
        for (key, icons) in POINTS {
            assert!(icons.len() >= 3, "{key}");
            for (i, icon) in icons.iter().enumerate() {
                assert!(ICONS.iter().any(|(n, _)| n == icon), "{key}: no icon {icon}");
                let (words, alt) = point_ids(key, i + 1);
                for l in crate::i18n::Locale::ALL {
                    for id in [&words, &alt] {
                        let s = crate::i18n::tr(l, id);
                        assert!(!s.contains("Unknown localization"), "{l:?} lacks {id}");
                        assert!(s.len() < 160, "{id} is not short: {s}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_icon_is_a_plain_svg_with_no_script() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../style/icons");
        let on_disk = std::fs::read_dir(dir).unwrap().count();
        assert_eq!(on_disk, ICONS.len(), "every file in style/icons is served");
        for (name, svg) in ICONS {
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{name}");
            assert!(!svg.contains("<script") && !svg.contains("href"), "{name}");
        }
    }
}
