use super::{described_by, group_class, Choice, ErrorMessage};
use leptos::prelude::*;

/// A set of radios. Props: `name` (the first radio's id is `name`, so the
/// error summary can link to it; later ones are `name-2`, `name-3`…),
/// `legend`, `choices`, `selected`, `hint`, `error`, `legend_is_heading`
/// (for a one-question page, where the legend is the `<h1>`), `inline`.
/// Accessibility: grouped in a `<fieldset>` with a `<legend>`, so each
/// radio is read with its question; each radio has its own `<label for>`;
/// option hints are tied by `aria-describedby`.
#[component]
pub fn Radios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    choices: Vec<Choice>,
    #[prop(optional, into)] selected: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
    #[prop(optional)] legend_is_heading: bool,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    choice_group("radio", name, legend, choices, selected.into_iter().collect(), hint, error, legend_is_heading, inline)
}

/// Shared by radios and checkboxes: the same fieldset, legend, hint, error
/// and per-option label markup, differing only in the input type.
#[allow(clippy::too_many_arguments)]
pub(crate) fn choice_group(
    kind: &'static str,
    name: String,
    legend: String,
    choices: Vec<Choice>,
    selected: Vec<String>,
    hint: Option<String>,
    error: Option<String>,
    legend_is_heading: bool,
    inline: bool,
) -> AnyView {
    let id = name.clone();
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let has_err = error.is_some();
    let list_class = match (kind, inline) {
        ("radio", true) => "cw-radios cw-radios--inline",
        ("radio", false) => "cw-radios",
        (_, _) => "cw-checkboxes",
    };
    let legend_view = if legend_is_heading {
        view! { <legend class="cw-fieldset__legend cw-fieldset__legend--l"><h1 class="cw-fieldset__heading">{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="cw-fieldset__legend">{legend}</legend> }.into_any()
    };
    view! {
        <div class=group_class(has_err)>
            <fieldset class="cw-fieldset" aria-describedby=describedby>
                {legend_view}
                {hint.map(|h| view! { <div id=format!("{id}-hint") class="cw-hint">{h}</div> })}
                {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
                <div class=list_class>
                    {choices
                        .into_iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let item_id = if i == 0 { id.clone() } else { format!("{id}-{}", i + 1) };
                            let checked = selected.iter().any(|s| *s == c.value);
                            let hint_id = format!("{item_id}-item-hint");
                            let item_described = c.hint.as_ref().map(|_| hint_id.clone());
                            view! {
                                <div class="cw-choice">
                                    <input
                                        class="cw-choice__input"
                                        id=item_id.clone()
                                        name=name.clone()
                                        type=kind
                                        value=c.value
                                        checked=checked
                                        aria-describedby=item_described
                                    />
                                    <label class="cw-label cw-choice__label" for=item_id>{c.label}</label>
                                    {c.hint.map(|h| view! { <div id=hint_id class="cw-hint cw-choice__hint">{h}</div> })}
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn choices() -> Vec<Choice> {
        vec![Choice::new("a", "Apple"), Choice::new("b", "Banana").with_hint("Yellow")]
    }

    #[test]
    fn radios_are_grouped_with_a_legend_and_each_is_labelled() {
        let html = render(|| view! { <Radios name="fruit" legend="Pick a fruit" choices=choices() selected="b"/> });
        assert!(html.contains("<fieldset") && html.contains("Pick a fruit</legend>"), "{html}");
        assert_eq!(count(&html, r#"type="radio""#), 2, "{html}");
        assert!(html.contains(r#"id="fruit""#) && html.contains(r#"for="fruit""#), "{html}");
        assert!(html.contains(r#"id="fruit-2""#) && html.contains(r#"for="fruit-2""#), "{html}");
        assert!(html.contains(r#"aria-describedby="fruit-2-item-hint""#), "{html}");
        assert_eq!(count(&html, "checked"), 1, "{html}");
    }

    #[test]
    fn the_legend_can_be_the_page_heading_and_errors_describe_the_group() {
        let html = render(|| view! { <Radios name="f" legend="Q" choices=choices() error="Select one".to_string() legend_is_heading=true/> });
        assert!(html.contains(r#"<h1 class="cw-fieldset__heading">Q</h1>"#), "{html}");
        assert!(tag_with(&html, "fieldset", &[r#"aria-describedby="f-error""#]), "{html}");
    }
}
