//! The information pages every service needs, linked from the footer:
//! help, contact (with the "not for emergencies" notice), the
//! accessibility statement and the privacy notice. Their words are in
//! `locales/<lang>/info.ftl`.

use super::{loaded, PageCtx};
use crate::error::{AppError, Msg};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use leptos::prelude::*;

/// A section of an information page: a heading and paragraphs.
pub struct Section {
    pub heading: Msg,
    pub paragraphs: &'static [Msg],
}

/// One information page's content, by message id.
pub struct InfoContent {
    pub title: Msg,
    pub lead: Msg,
    pub sections: &'static [Section],
    pub emergency_notice: bool,
}

pub const HELP: InfoContent = InfoContent {
    title: Msg("info-help-title"),
    lead: Msg("info-help-lead"),
    sections: &[
        Section { heading: Msg("info-help-using-heading"), paragraphs: &[Msg("info-help-using-keyboard"), Msg("info-help-using-settings")] },
        Section { heading: Msg("info-help-language-heading"), paragraphs: &[Msg("info-help-language-body")] },
        Section { heading: Msg("info-help-more-heading"), paragraphs: &[Msg("info-help-more-body")] },
    ],
    emergency_notice: false,
};

pub const CONTACT: InfoContent = InfoContent {
    title: Msg("info-contact-title"),
    lead: Msg("info-contact-lead"),
    sections: &[
        Section { heading: Msg("info-contact-ways-heading"), paragraphs: &[Msg("info-contact-ways-message"), Msg("info-contact-ways-bsl")] },
        Section { heading: Msg("info-contact-hours-heading"), paragraphs: &[Msg("info-contact-hours-body")] },
    ],
    emergency_notice: true,
};

pub const ACCESSIBILITY: InfoContent = InfoContent {
    title: Msg("info-accessibility-title"),
    lead: Msg("info-accessibility-lead"),
    sections: &[
        Section { heading: Msg("info-accessibility-how-heading"), paragraphs: &[Msg("info-accessibility-how-body"), Msg("info-accessibility-how-nojs")] },
        Section { heading: Msg("info-accessibility-status-heading"), paragraphs: &[Msg("info-accessibility-status-body")] },
        Section { heading: Msg("info-accessibility-testing-heading"), paragraphs: &[Msg("info-accessibility-testing-body")] },
        Section { heading: Msg("info-accessibility-report-heading"), paragraphs: &[Msg("info-accessibility-report-body")] },
    ],
    emergency_notice: false,
};

pub const PRIVACY: InfoContent = InfoContent {
    title: Msg("info-privacy-title"),
    lead: Msg("info-privacy-lead"),
    sections: &[
        Section { heading: Msg("info-privacy-what-heading"), paragraphs: &[Msg("info-privacy-what-body")] },
        Section { heading: Msg("info-privacy-who-heading"), paragraphs: &[Msg("info-privacy-who-body")] },
        Section { heading: Msg("info-privacy-cookies-heading"), paragraphs: &[Msg("info-privacy-cookies-body")] },
        Section { heading: Msg("info-privacy-rights-heading"), paragraphs: &[Msg("info-privacy-rights-body")] },
    ],
    emergency_notice: false,
};

async fn load_info(_ctx: PageCtx, content: &'static InfoContent) -> Result<&'static InfoContent, AppError> {
    Ok(content)
}

macro_rules! info_page {
    ($name:ident, $content:ident) => {
        #[component]
        pub fn $name() -> impl IntoView {
            loaded(load_info(PageCtx::current(), &$content), |c| view! { <InfoView content=c/> })
        }
    };
}

info_page!(HelpPage, HELP);
info_page!(ContactPage, CONTACT);
info_page!(AccessibilityPage, ACCESSIBILITY);
info_page!(PrivacyPage, PRIVACY);

/// The pure view of an information page.
#[component]
pub fn InfoView(content: &'static InfoContent) -> impl IntoView {
    let title = t(content.title.0);
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body-l">{t(content.lead.0)}</p>
            {content.emergency_notice.then(|| view! {
                <div class="cw-inset-text cw-inset-text--warning">
                    <h2 class="cw-heading-s">{t("core-emergency-title")}</h2>
                    <p class="cw-body">{t("core-emergency-body")}</p>
                </div>
            })}
            {content
                .sections
                .iter()
                .map(|s| view! {
                    <h2 class="cw-heading-m">{t(s.heading.0)}</h2>
                    {s.paragraphs.iter().map(|p| view! { <p class="cw-body">{t(p.0)}</p> }).collect_view()}
                })
                .collect_view()}
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn contact_warns_it_is_not_for_emergencies() {
        let html = render(|| view! { <InfoView content=&CONTACT/> });
        assert!(html.contains("999"), "{html}");
        assert_eq!(count(&html, "<h1"), 1, "{html}");
        assert!(html.contains(r#"aria-label="Breadcrumb""#), "{html}");
    }

    #[test]
    fn every_info_page_has_a_heading_per_section() {
        for c in [&HELP, &CONTACT, &ACCESSIBILITY, &PRIVACY] {
            let html = render(|| view! { <InfoView content=c/> });
            let extra = if c.emergency_notice { 1 } else { 0 };
            assert_eq!(count(&html, "<h2"), c.sections.len() + extra, "{html}");
        }
    }
}
