use crate::i18n::t;
use leptos::prelude::*;

/// The inline error under a field's label. Props: `id` (the field id; the
/// message gets `{id}-error`, which the field's `aria-describedby` points
/// at) and `text`. Accessibility: a visually hidden "Error:" prefix so that
/// screen readers announce it as an error, not only by colour (1.4.1).
#[component]
pub fn ErrorMessage(#[prop(into)] id: String, #[prop(into)] text: String) -> impl IntoView {
    view! {
        <p id=format!("{id}-error") class="cw-error-message">
            <span class="cw-visually-hidden">{t("core-error-prefix")}</span>
            " "
            {text}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn it_has_the_field_error_id_and_a_hidden_prefix() {
        let html = render(|| view! { <ErrorMessage id="email" text="Enter an email address"/> });
        assert!(html.contains(r#"id="email-error""#), "{html}");
        assert!(html.contains(r#"<span class="cw-visually-hidden">Error:</span>"#), "{html}");
        assert!(html.contains("Enter an email address"), "{html}");
    }
}
