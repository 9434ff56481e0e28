use super::{described_by, group_class, ErrorMessage};
use leptos::prelude::*;

/// A single-line text field. Props: `name` (also the id, so the error
/// summary can link to it), `label`, `value` (kept after a failed POST),
/// `hint`, `error` (translated text), `input_type` (text, email, tel…),
/// `autocomplete`, `width` (a character-count class such as "10"),
/// `inputmode`, `spellcheck`.
/// Accessibility: a visible `<label for>`; the hint and the error are tied
/// to the input by `aria-describedby`; `aria-invalid` marks an error; paste
/// is never blocked and `autocomplete` lets browsers fill it in (1.3.5).
#[component]
pub fn TextInput(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
    #[prop(optional, into)] input_type: Option<String>,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional, into)] width: Option<String>,
    #[prop(optional, into)] inputmode: Option<String>,
    #[prop(optional)] label_is_heading: bool,
) -> impl IntoView {
    let id = name.clone();
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let has_err = error.is_some();
    let class = match &width {
        Some(w) => format!("cw-input cw-input--width-{w}"),
        None => "cw-input".to_string(),
    };
    let class = if error.is_some() { format!("{class} cw-input--error") } else { class };
    let label_view = view! { <label class="cw-label" for=id.clone()>{label}</label> };
    view! {
        <div class=group_class(has_err)>
            {if label_is_heading {
                view! { <h1 class="cw-label-wrapper">{label_view}</h1> }.into_any()
            } else {
                label_view.into_any()
            }}
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="cw-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
            <input
                class=class
                id=id.clone()
                name=name
                type=input_type.unwrap_or_else(|| "text".into())
                value=value.unwrap_or_default()
                aria-describedby=describedby.clone()
                aria-invalid=describedby.as_ref().filter(|d| d.contains("-error")).map(|_| "true")
                autocomplete=autocomplete
                inputmode=inputmode
            />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_label_names_the_input_and_the_value_is_kept() {
        let html = render(|| view! { <TextInput name="email" label="Email address" value="a@b.c" autocomplete="username" input_type="email"/> });
        assert!(tag_with(&html, "label", &[r#"for="email""#]) && html.contains(">Email address</label>"), "{html}");
        assert!(html.contains(r#"id="email""#) && html.contains(r#"name="email""#), "{html}");
        assert!(html.contains(r#"value="a@b.c""#), "{html}");
        assert!(html.contains(r#"autocomplete="username""#) && html.contains(r#"type="email""#), "{html}");
        assert!(!html.contains("aria-describedby"), "{html}");
    }

    #[test]
    fn hint_and_error_are_described_and_marked_invalid() {
        let html = render(|| view! { <TextInput name="postcode" label="Postcode" hint="For example, SW1A 1AA" error="Enter a real postcode".to_string()/> });
        assert!(html.contains(r#"aria-describedby="postcode-hint postcode-error""#), "{html}");
        assert!(html.contains(r#"id="postcode-hint""#) && html.contains(r#"id="postcode-error""#), "{html}");
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(html.contains("cw-form-group--error"), "{html}");
    }

    #[test]
    fn hostile_values_are_escaped() {
        let html = render(|| view! { <TextInput name="n" label="Name" value=r#""><script>alert(1)</script>"#/> });
        assert!(!html.contains("<script>"), "{html}");
    }
}
