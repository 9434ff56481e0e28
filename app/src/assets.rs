//! The stylesheet: every file in `style/`, in order, compiled into the
//! binary and served under a content-hashed name, so it can be cached for a
//! year and a new release is fetched at once.

use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

/// The CSS files, tokens first. A test checks that no file in `style/` is
/// missing from this list.
pub const STYLE_FILES: &[(&str, &str)] = &[
    ("tokens.css", include_str!("../../style/tokens.css")),
    ("base.css", include_str!("../../style/base.css")),
    ("layout.css", include_str!("../../style/layout.css")),
    ("typography.css", include_str!("../../style/typography.css")),
    ("header.css", include_str!("../../style/header.css")),
    ("footer.css", include_str!("../../style/footer.css")),
    ("skip-link.css", include_str!("../../style/skip-link.css")),
    ("button.css", include_str!("../../style/button.css")),
    ("form.css", include_str!("../../style/form.css")),
    ("choices.css", include_str!("../../style/choices.css")),
    ("error-summary.css", include_str!("../../style/error-summary.css")),
    ("notification-banner.css", include_str!("../../style/notification-banner.css")),
    ("summary-list.css", include_str!("../../style/summary-list.css")),
    ("table.css", include_str!("../../style/table.css")),
    ("details.css", include_str!("../../style/details.css")),
    ("tag.css", include_str!("../../style/tag.css")),
    ("panel.css", include_str!("../../style/panel.css")),
    ("navigation.css", include_str!("../../style/navigation.css")),
    ("account.css", include_str!("../../style/account.css")),
    ("plan.css", include_str!("../../style/plan.css")),
    ("budget.css", include_str!("../../style/budget.css")),
    ("messages.css", include_str!("../../style/messages.css")),
    ("practices.css", include_str!("../../style/practices.css")),
    ("access.css", include_str!("../../style/access.css")),
    ("print.css", include_str!("../../style/print.css")),
];

pub struct Css {
    pub body: String,
    pub hash: String,
}

pub static CSS: LazyLock<Css> = LazyLock::new(|| {
    let mut body = String::new();
    for (name, text) in STYLE_FILES {
        body.push_str(&format!("/* {name} */\n{text}\n"));
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    Css { hash: format!("{:016x}", h.finish()), body }
});

/// The stylesheet's address, with its content hash in the name.
pub fn css_href() -> String {
    format!("/assets/careway.{}.css", CSS.hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_file_is_bundled() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../style");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".css") {
                assert!(STYLE_FILES.iter().any(|(n, _)| *n == name), "style/{name} is not in assets::STYLE_FILES");
            }
        }
    }

    #[test]
    fn the_css_name_changes_with_its_content() {
        assert!(css_href().starts_with("/assets/careway.") && css_href().ends_with(".css"));
        assert_eq!(CSS.hash.len(), 16);
    }
}
