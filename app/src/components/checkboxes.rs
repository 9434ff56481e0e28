use super::radios::choice_group;
use super::Choice;
use leptos::prelude::*;

/// A set of checkboxes ("select all that apply"). Props as
/// [`super::Radios`], with `selected` holding every ticked value.
/// Accessibility: a `<fieldset>` and `<legend>` name the group; each box
/// has its own `<label for>`.
#[component]
pub fn Checkboxes(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    choices: Vec<Choice>,
    #[prop(optional)] selected: Vec<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
    #[prop(optional)] legend_is_heading: bool,
) -> impl IntoView {
    choice_group("checkbox", name, legend, choices, selected, hint, error, legend_is_heading, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn every_ticked_value_is_checked_and_each_box_is_labelled() {
        let choices = vec![Choice::new("a", "A"), Choice::new("b", "B"), Choice::new("c", "C")];
        let html = render(move || view! { <Checkboxes name="opts" legend="Options" choices=choices selected=vec!["a".into(), "c".into()]/> });
        assert_eq!(count(&html, r#"type="checkbox""#), 3, "{html}");
        assert_eq!(count(&html, " checked"), 2, "{html}");
        assert_eq!(count(&html, "<label"), 3, "{html}");
        assert!(html.contains("Options</legend>"), "{html}");
    }
}
