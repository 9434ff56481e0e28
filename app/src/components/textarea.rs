use super::{described_by, group_class, ErrorMessage};
use crate::i18n::t_args;
use leptos::prelude::*;

/// A multi-line text field. Props as [`super::TextInput`], plus `rows` and
/// `max_chars`. With `max_chars`, the server writes the character count
/// ("You have 120 characters remaining" / "… too many") under the field.
/// Accessibility: the count is plain text tied to the field by
/// `aria-describedby`, so it works without JS; there is no `maxlength`, so
/// a person can paste in full and then trim (as GOV.UK advises).
#[component]
pub fn Textarea(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] max_chars: Option<usize>,
) -> impl IntoView {
    let id = name.clone();
    let value = value.unwrap_or_default();
    let count_text = max_chars.map(|max| {
        let used = value.chars().count();
        if used > max {
            t_args("core-character-count-over", &[("count", (used - max).into())])
        } else {
            t_args("core-character-count-remaining", &[("count", (max - used).into())])
        }
    });
    let has_err = error.is_some();
    let mut describedby = described_by(&id, hint.is_some(), error.is_some()).unwrap_or_default();
    if count_text.is_some() {
        if !describedby.is_empty() {
            describedby.push(' ');
        }
        describedby.push_str(&format!("{id}-info"));
    }
    let describedby = (!describedby.is_empty()).then_some(describedby);
    let invalid = error.is_some().then_some("true");
    view! {
        <div class=group_class(has_err)>
            <label class="cw-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="cw-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
            <textarea
                class="cw-textarea"
                id=id.clone()
                name=name
                rows=rows.unwrap_or(5).to_string()
                aria-describedby=describedby
                aria-invalid=invalid
                // tachys writes a textarea's text child without escaping it,
                // so "</textarea><script>" would break out. Escape here, and
                // hand over exactly that markup.
                inner_html=escape_text(&value)
            ></textarea>
            {count_text.map(|c| view! { <div id=format!("{id}-info") class="cw-hint cw-character-count__message">{c}</div> })}
        </div>
    }
}

/// Escapes text for an HTML text context.
fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_character_count_comes_from_the_server_and_is_described() {
        let html = render(|| view! { <Textarea name="details" label="Details" value="hello" max_chars=10/> });
        assert!(html.contains("You have 5 characters remaining"), "{html}");
        assert!(html.contains(r#"aria-describedby="details-info""#), "{html}");
        assert!(!html.contains("maxlength"), "{html}");
    }

    #[test]
    fn over_the_limit_says_by_how_much() {
        let html = render(|| view! { <Textarea name="d" label="D" value="abcdef" max_chars=5/> });
        assert!(html.contains("You have 1 character too many"), "{html}");
    }

    #[test]
    fn text_is_kept_exactly_and_escaped() {
        let html = render(|| view! { <Textarea name="d" label="D" value="line one\n</textarea><b>x</b>"/> });
        assert!(html.contains("&lt;/textarea&gt;"), "{html}");
        assert!(tag_with(&html, "label", &[r#"for="d""#]), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }
}
