use leptos::prelude::*;

/// A submit button. Props: `text`; `secondary`, `warning` for the variants;
/// `name`/`value` when a form has more than one action.
/// Accessibility: a real `<button type="submit">`, so it works from the
/// keyboard and without JS, with its visible text as its name.
#[component]
pub fn Button(
    #[prop(into)] text: String,
    #[prop(optional)] secondary: bool,
    #[prop(optional)] warning: bool,
    #[prop(optional, into)] name: Option<String>,
    #[prop(optional, into)] value: Option<String>,
) -> impl IntoView {
    let class = if warning {
        "cw-button cw-button--warning"
    } else if secondary {
        "cw-button cw-button--secondary"
    } else {
        "cw-button"
    };
    view! { <button type="submit" class=class name=name value=value>{text}</button> }
}

/// A link that looks like a button, for a "start" or "continue" that only
/// navigates. Accessibility: it stays a link (role link), because it goes
/// somewhere rather than doing something.
#[component]
pub fn LinkButton(#[prop(into)] text: String, #[prop(into)] href: String, #[prop(optional)] secondary: bool) -> impl IntoView {
    let class = if secondary { "cw-button cw-button--secondary" } else { "cw-button" };
    view! { <a href=href class=class draggable="false">{text}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn a_button_is_a_submit_button_named_by_its_text() {
        let html = render(|| view! { <Button text="Save"/> });
        assert!(tag_with(&html, "button", &[r#"type="submit""#, r#"class="cw-button""#]), "{html}");
        assert!(html.contains(">Save</button>"), "{html}");
        assert!(!html.contains("name="), "{html}");
    }

    #[test]
    fn variants_and_names_are_rendered() {
        let html = render(|| view! { <Button text="Delete" warning=true name="action" value="delete"/> });
        assert!(html.contains("cw-button--warning") && html.contains(r#"name="action""#) && html.contains(r#"value="delete""#), "{html}");
    }

    #[test]
    fn a_link_button_stays_a_link() {
        let html = render(|| view! { <LinkButton text="Start" href="/start"/> });
        assert!(tag_with(&html, "a", &[r#"href="/start""#, r#"class="cw-button""#]), "{html}");
        assert!(!html.contains("role="), "{html}");
    }
}
