use crate::forms::FieldError;
use crate::i18n::t;
use leptos::prelude::*;

/// The GOV.UK error summary, shown at the top of a form page after a failed
/// POST. Props: `errors` (field id and Fluent message id). Renders nothing
/// when there are none.
/// Accessibility: it takes focus when the page loads, without JS, through
/// `autofocus` on a `tabindex="-1"` container, so the screen reader reads it
/// first (3.3.1); it is labelled by its heading; each error is a link to its
/// field by id, so the person can jump straight there.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    if errors.is_empty() {
        return ().into_any();
    }
    view! {
        <div class="cw-error-summary" tabindex="-1" autofocus=true aria-labelledby="error-summary-title">
            <h2 class="cw-error-summary__title" id="error-summary-title">{t("core-error-summary-title")}</h2>
            <ul class="cw-error-summary__list">
                {errors
                    .into_iter()
                    .map(|e| view! { <li><a href=format!("#{}", e.field)>{e.text()}</a></li> })
                    .collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;
    use crate::error::Msg;

    #[test]
    fn each_error_links_to_its_field_and_the_summary_takes_focus() {
        let errors = vec![FieldError::new("text-size", Msg("settings-error-text-size"))];
        let html = render(move || view! { <ErrorSummary errors=errors/> });
        assert!(html.contains(r##"href="#text-size""##), "{html}");
        assert!(html.contains("autofocus"), "{html}");
        assert!(html.contains(r#"tabindex="-1""#), "{html}");
        assert!(html.contains(r#"aria-labelledby="error-summary-title""#) && html.contains(r#"id="error-summary-title""#), "{html}");
        assert!(html.contains("There is a problem"), "{html}");
    }

    #[test]
    fn no_errors_render_nothing() {
        let html = render(|| view! { <ErrorSummary errors=vec![]/> });
        assert!(!html.contains("cw-error-summary"), "{html}");
    }
}
