use leptos::prelude::*;

/// A short status label ("Agreed", "Draft"). Props: `text`, `colour`
/// (grey, green, blue, red, yellow). Accessibility: the status is in the
/// text, never in the colour alone (1.4.1); it is not interactive.
#[component]
pub fn Tag(#[prop(into)] text: String, #[prop(optional, into)] colour: Option<String>) -> impl IntoView {
    let class = match colour {
        Some(c) => format!("cw-tag cw-tag--{c}"),
        None => "cw-tag".to_string(),
    };
    view! { <strong class=class>{text}</strong> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_status_is_text() {
        let html = render(|| view! { <Tag text="Agreed" colour="green"/> });
        assert!(tag_with(&html, "strong", &[r#"class="cw-tag cw-tag--green""#]) && html.contains(">Agreed</strong>"), "{html}");
    }
}
