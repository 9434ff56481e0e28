use crate::i18n::t;
use leptos::prelude::*;

/// A link back to the previous step of a form. Props: `href`, optional
/// `text` (defaults to "Back"). Accessibility: a real link with a real
/// address, not `history.back()`, so it works without JS and from the
/// keyboard.
#[component]
pub fn BackLink(#[prop(into)] href: String, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    view! { <a href=href class="cw-back-link">{text.unwrap_or_else(|| t("core-back"))}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;
    use crate::i18n::Locale;

    #[test]
    fn it_is_a_real_link_with_translated_text() {
        let html = render(|| view! { <BackLink href="/step-1"/> });
        assert!(html.contains(r#"<a href="/step-1" class="cw-back-link">Back</a>"#), "{html}");
        let cy = render_in(Locale::Cy, || view! { <BackLink href="/"/> });
        assert!(cy.contains("Yn ôl"), "{cy}");
    }
}
