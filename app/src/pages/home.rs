//! The home page: what Careway is and where to start.

use super::{loaded, PageCtx};
use crate::components::{EasyReadPoints, PageVersions, Versions};
use crate::error::AppError;
use crate::i18n::{easy_read, t};
use crate::layout::Page;
use leptos::prelude::*;

/// What the home page shows.
#[derive(Clone, Debug)]
pub struct HomeData {
    pub organisation_name: String,
    pub versions: Versions,
}

pub async fn load_home(ctx: PageCtx) -> Result<HomeData, AppError> {
    Ok(HomeData {
        organisation_name: ctx.state.config.organisation_name.clone(),
        versions: ctx.versions("home").await?,
    })
}

#[component]
pub fn HomePage() -> impl IntoView {
    loaded(load_home(PageCtx::current()), |data| view! { <HomeView data/> })
}

#[component]
pub fn HomeView(data: HomeData) -> impl IntoView {
    view! {
        <Page title=t("home-title")>
            <PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-xl">{t("home-heading")}</h1>
            <PageVersions versions=data.versions/>
            <p class="cw-body-l">{t("home-lead")}</p>
            <p class="cw-body">{crate::i18n::t_args("home-run-by", &[("organisation", data.organisation_name.into())])}</p>
            <EasyReadPoints key="home"/>
            {(!easy_read()).then(|| view! {
                <h2 class="cw-heading-m">{t("home-what-heading")}</h2>
                <ul class="cw-list cw-list--bullet">
                    <li>{t("home-what-plan")}</li>
                    <li>{t("home-what-budget")}</li>
                    <li>{t("home-what-message")}</li>
                    <li>{t("home-what-carers")}</li>
                    <li>{t("home-what-compare")}</li>
                </ul>
            })}
            <p class="cw-body"><a href="/practices">{t("home-find-practice-link")}</a></p>
            <h2 class="cw-heading-m">{t("home-access-heading")}</h2>
            <p class="cw-body">{t("home-access-body")}</p>
            <p class="cw-body"><a href="/settings/display">{t("home-access-settings-link")}</a></p>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;
    use crate::i18n::Locale;

    #[test]
    fn the_home_page_has_one_main_one_h1_and_names_the_organisation() {
        let data = HomeData { organisation_name: "Test <Practice>".into(), versions: Versions::default() };
        let html = render(move || view! { <HomeView data/> });
        assert_eq!(count(&html, "<main"), 1, "{html}");
        assert_eq!(count(&html, "<h1"), 1, "{html}");
        assert!(html.contains("Test &lt;Practice&gt;"), "{html}");
    }

    #[test]
    fn the_home_page_speaks_welsh() {
        let data = HomeData { organisation_name: "X".into(), versions: Versions::default() };
        let html = render_in(Locale::Cy, move || view! { <HomeView data/> });
        assert!(html.contains(&crate::i18n::tr(Locale::Cy, "home-heading")), "{html}");
    }

    #[test]
    fn the_easy_read_home_page_is_the_same_page_in_easy_read_words() {
        for l in Locale::ALL {
            let data = HomeData { organisation_name: "X".into(), versions: Versions { key: "home", bsl: true, bsl_first: false } };
            let html = render_easy(l, move || view! { <HomeView data/> });
            assert!(html.contains(&crate::i18n::tr(l, "easy-home-lead")), "{html}");
            assert!(html.contains("cw-easy-points"), "{html}");
            assert!(html.contains("/bsl/home"), "{html}");
            assert_eq!(count(&html, "<h1"), 1, "{html}");
        }
    }
}
