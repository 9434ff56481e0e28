use crate::i18n::t;
use leptos::prelude::*;

/// One step in the breadcrumb trail: a label, and an address unless it is
/// the current page.
#[derive(Clone, Debug)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

impl Crumb {
    pub fn link(label: impl Into<String>, href: impl Into<String>) -> Self {
        Crumb { label: label.into(), href: Some(href.into()) }
    }
    pub fn here(label: impl Into<String>) -> Self {
        Crumb { label: label.into(), href: None }
    }
}

/// Where this page sits (WCAG 2.4.8). Props: `crumbs`, home first and the
/// current page last. Accessibility: a `<nav>` landmark labelled
/// "Breadcrumb" with an ordered list; the current page is text with
/// `aria-current="page"`, not a link to itself.
#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>) -> impl IntoView {
    view! {
        <nav class="cw-breadcrumbs" aria-label=t("core-breadcrumbs-label")>
            <ol class="cw-breadcrumbs__list">
                {crumbs
                    .into_iter()
                    .map(|c| match c.href {
                        Some(href) => view! { <li class="cw-breadcrumbs__item"><a class="cw-breadcrumbs__link" href=href>{c.label}</a></li> }.into_any(),
                        None => view! { <li class="cw-breadcrumbs__item" aria-current="page">{c.label}</li> }.into_any(),
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn it_is_a_labelled_nav_with_the_current_page_marked() {
        let html = render(|| view! { <Breadcrumbs crumbs=vec![Crumb::link("Home", "/"), Crumb::here("Display settings")]/> });
        assert!(tag_with(&html, "nav", &[r#"class="cw-breadcrumbs""#, r#"aria-label="Breadcrumb""#]), "{html}");
        assert!(html.contains("<ol"), "{html}");
        assert!(tag_with(&html, "li", &[r#"aria-current="page""#]) && html.contains(">Display settings</li>"), "{html}");
        assert_eq!(count(&html, "<a "), 1, "{html}");
    }
}
