use crate::i18n::t;
use leptos::prelude::*;

/// A banner for news the person needs to know. Props: `text`, `success`.
/// Accessibility: only a success banner after a POST has `role="alert"`
/// (it reports what just happened, so it should be announced); an
/// information banner is a labelled `region`, read in the normal flow, so
/// screen readers do not interrupt people with standing notices.
#[component]
pub fn NotificationBanner(#[prop(into)] text: String, #[prop(optional)] success: bool) -> impl IntoView {
    let (class, role, title) = if success {
        ("cw-notification-banner cw-notification-banner--success", "alert", t("core-banner-success"))
    } else {
        ("cw-notification-banner", "region", t("core-banner-important"))
    };
    view! {
        <div class=class role=role aria-labelledby="notification-banner-title">
            <div class="cw-notification-banner__header">
                <h2 class="cw-notification-banner__title" id="notification-banner-title">{title}</h2>
            </div>
            <div class="cw-notification-banner__content">
                <p class="cw-notification-banner__heading">{text}</p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn success_after_a_post_is_an_alert() {
        let html = render(|| view! { <NotificationBanner text="Saved" success=true/> });
        assert!(html.contains(r#"role="alert""#), "{html}");
        assert!(html.contains(r#"aria-labelledby="notification-banner-title""#) && html.contains(r#"id="notification-banner-title""#), "{html}");
    }

    #[test]
    fn a_standing_notice_is_a_region_not_an_alert() {
        let html = render(|| view! { <NotificationBanner text="Office closed on Friday"/> });
        assert!(html.contains(r#"role="region""#) && !html.contains("alert"), "{html}");
    }
}
