use leptos::prelude::*;

/// The confirmation panel at the end of a transaction ("Request sent",
/// with a reference). Props: `title`, `children`. Accessibility: its title
/// is the page's only `<h1>`, so use it instead of a page heading; the
/// contrast of its text against its fill meets 4.5:1 in every theme.
#[component]
pub fn Panel(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <div class="cw-panel">
            <h1 class="cw-panel__title">{title}</h1>
            <div class="cw-panel__body">{children()}</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_panel_title_is_the_page_heading() {
        let html = render(|| view! { <Panel title="Request sent">"Your reference is "<strong>"HDJ2123F"</strong></Panel> });
        assert!(html.contains(r#"<h1 class="cw-panel__title">Request sent</h1>"#), "{html}");
        assert!(html.contains("HDJ2123F"), "{html}");
    }
}
