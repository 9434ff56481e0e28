use crate::i18n::{t, t_args};
use leptos::prelude::*;

/// Links between pages of a long list. Props: `current` (1-based),
/// `total` pages, `href` (builds a page's address from its number).
/// Renders nothing for a single page.
/// Accessibility: a `<nav>` landmark labelled "Pagination"; the current page
/// has `aria-current="page"`; every number link has a full name ("Page 3").
#[component]
pub fn Pagination(current: usize, total: usize, href: fn(usize) -> String) -> impl IntoView {
    if total <= 1 {
        return ().into_any();
    }
    let current = current.clamp(1, total);
    view! {
        <nav class="cw-pagination" aria-label=t("core-pagination-label")>
            {(current > 1).then(|| view! {
                <div class="cw-pagination__prev"><a class="cw-link" href=href(current - 1) rel="prev">{t("core-pagination-previous")}</a></div>
            })}
            <ul class="cw-pagination__list">
                {(1..=total)
                    .map(|n| {
                        let label = t_args("core-pagination-page", &[("number", n.into())]);
                        if n == current {
                            view! { <li class="cw-pagination__item cw-pagination__item--current"><a class="cw-link" href=href(n) aria-label=label aria-current="page">{n}</a></li> }.into_any()
                        } else {
                            view! { <li class="cw-pagination__item"><a class="cw-link" href=href(n) aria-label=label>{n}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
            {(current < total).then(|| view! {
                <div class="cw-pagination__next"><a class="cw-link" href=href(current + 1) rel="next">{t("core-pagination-next")}</a></div>
            })}
        </nav>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn page(n: usize) -> String {
        format!("/list?page={n}")
    }

    #[test]
    fn the_current_page_is_marked_and_the_nav_is_labelled() {
        let html = render(|| view! { <Pagination current=2 total=3 href=page/> });
        assert!(html.contains(r#"aria-label="Pagination""#), "{html}");
        assert_eq!(count(&html, r#"aria-current="page""#), 1, "{html}");
        assert!(html.contains(r#"aria-label="Page 2""#), "{html}");
        assert!(html.contains(r#"rel="prev""#) && html.contains(r#"rel="next""#), "{html}");
    }

    #[test]
    fn one_page_needs_no_pagination() {
        let html = render(|| view! { <Pagination current=1 total=1 href=page/> });
        assert!(!html.contains("<nav"), "{html}");
    }
}
