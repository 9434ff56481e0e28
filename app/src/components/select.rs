use super::{described_by, group_class, Choice, ErrorMessage};
use leptos::prelude::*;

/// A drop-down list. Prefer radios for fewer than about eight options.
/// Props: `name` (also the id), `label`, `choices`, `selected`, `hint`,
/// `error`. Accessibility: a visible `<label for>`; hint and error tied by
/// `aria-describedby`.
#[component]
pub fn Select(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    choices: Vec<Choice>,
    #[prop(optional, into)] selected: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
) -> impl IntoView {
    let id = name.clone();
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let has_err = error.is_some();
    view! {
        <div class=group_class(has_err)>
            <label class="cw-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div id=format!("{id}-hint") class="cw-hint">{h}</div> })}
            {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
            <select class="cw-select" id=id.clone() name=name aria-describedby=describedby>
                {choices
                    .into_iter()
                    .map(|c| {
                        let is = selected.as_deref() == Some(c.value.as_str());
                        view! { <option value=c.value selected=is>{c.label}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_select_is_labelled_and_keeps_the_choice() {
        let choices = vec![Choice::new("x", "Ex"), Choice::new("y", "Why")];
        let html = render(move || view! { <Select name="pick" label="Pick" choices=choices selected="y" hint="One only"/> });
        assert!(tag_with(&html, "label", &[r#"for="pick""#]) && html.contains(">Pick</label>"), "{html}");
        assert!(html.contains(r#"aria-describedby="pick-hint""#), "{html}");
        assert_eq!(count(&html, "selected"), 1, "{html}");
        assert!(html.contains(r#"<option value="y" selected"#), "{html}");
    }
}
