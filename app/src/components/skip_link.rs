use crate::i18n::t;
use leptos::prelude::*;

/// The first focusable element on every page: jumps to `#main-content`.
/// Visually hidden until focused, then shown with the focus style (2.4.1).
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a href="#main-content" class="cw-skip-link">{t("core-skip-link")}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn it_targets_the_main_content_and_has_text() {
        let html = render(|| view! { <SkipLink/> });
        assert!(html.contains(r##"href="#main-content""##), "{html}");
        assert!(html.contains("Skip to main content"), "{html}");
    }
}
