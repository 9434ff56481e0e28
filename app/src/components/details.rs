use leptos::prelude::*;

/// Extra information a person can open. Props: `summary`, `children`.
/// Accessibility: native `<details>`/`<summary>`, so it opens with Enter or
/// Space and its state is announced, with no JS.
#[component]
pub fn Details(#[prop(into)] summary: String, children: Children) -> impl IntoView {
    view! {
        <details class="cw-details">
            <summary class="cw-details__summary"><span class="cw-details__summary-text">{summary}</span></summary>
            <div class="cw-details__text">{children()}</div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn it_is_a_native_disclosure() {
        let html = render(|| view! { <Details summary="Help with this">"Body"</Details> });
        assert!(html.contains("<details") && html.contains("<summary"), "{html}");
        assert!(html.contains("Help with this") && html.contains("Body"), "{html}");
    }
}
