use crate::i18n::{t, t_args};
use crate::needs::{BannerItem, Needs};
use leptos::prelude::*;

/// The banner that tells staff how this person communicates (Accessible
/// Information Standard: flag the need where it is acted on). Shown on the
/// person's plan, messages and overview, for staff only. Props: `needs`,
/// `person_id` (for the link to change them). Renders nothing when no
/// need is recorded. Accessibility: a labelled region near the top, read
/// before the content; each need is words, never only an icon or colour;
/// the person's own words are quoted as they wrote them (as text).
#[component]
pub fn NeedsBanner(needs: Needs, person_id: i64) -> impl IntoView {
    if needs.is_empty() {
        return ().into_any();
    }
    let items: Vec<String> = needs
        .banner_items()
        .into_iter()
        .map(|i| match i {
            BannerItem::Id(id) => t(&id),
            BannerItem::LargePrint(size) => t_args("messages-need-large-print-size", &[("size", size.into())]),
        })
        .collect();
    let bsl = needs.prefers_bsl();
    let notes = needs.notes.trim().to_string();
    view! {
        <div class="cw-needs-banner" role="region" aria-labelledby="needs-banner-title">
            <h2 class="cw-heading-s cw-needs-banner__title" id="needs-banner-title">{t("messages-needs-title")}</h2>
            <ul class="cw-list cw-list--bullet">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            {(!notes.is_empty()).then(|| view! {
                <p class="cw-body">{t("needs-banner-in-their-words")}" "<q class="cw-needs-banner__words">{notes}</q></p>
            })}
            {bsl.then(|| view! { <p class="cw-body">{t("messages-needs-bsl-reminder")}</p> })}
            <p class="cw-body"><a href=format!("/people/{person_id}/communication")>{t("needs-banner-change-link")}</a></p>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_needs_banner_names_each_need_in_words() {
        let needs = Needs {
            contact: vec!["video".into()],
            formats: vec!["bsl_video".into(), "large_print".into()],
            large_print_size: "24 point".into(),
            meeting_support: vec!["interpreter".into()],
            notes: "<b>No phone calls</b>".into(),
            ..Default::default()
        };
        let html = render(move || view! { <NeedsBanner needs person_id=3/> });
        assert!(html.contains(r#"role="region""#) && html.contains("24 point"), "{html}");
        assert!(html.contains("BSL video") && html.contains("interpreter"), "{html}");
        assert!(html.contains("&lt;b&gt;No phone calls"), "the person's words are text: {html}");
        assert!(html.contains("/people/3/communication"), "{html}");
        let none = render(|| view! { <NeedsBanner needs=Needs::default() person_id=3/> });
        assert!(!none.contains("region"), "{none}");
    }
}
