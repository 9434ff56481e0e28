//! `/practices`: find a Social Work Practice. A GET form filters by council,
//! who they support, language, BSL-fluent staff and "accepting new
//! people", and sorts by name or by wait; the results say how many were
//! found as text (in a heading, read after the form is sent). Ticking 2 to
//! 4 results and pressing "Compare" opens the comparison, with no JS.

use super::{accepting_text, group_label, joined, language_label};
use crate::components::{Button, Checkboxes, Choice, Radios, Select};
use crate::error::AppError;
use crate::i18n::{t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use crate::practices::{self, Filters, Profile, Sort, GROUPS, LANGUAGES};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct DirectoryData {
    pub results: Vec<Profile>,
    pub filters: Filters,
    pub councils: Vec<(i64, String)>,
    pub versions: crate::components::Versions,
}

pub fn query_pairs(path_and_query: &str) -> Vec<(String, String)> {
    let q = path_and_query.split_once('?').map(|(_, q)| q).unwrap_or("");
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(q).unwrap_or_default();
    pairs.truncate(50);
    pairs
}

async fn load(ctx: PageCtx) -> Result<DirectoryData, AppError> {
    let filters = Filters::from_query(&query_pairs(&ctx.ui.path_and_query));
    let db = &ctx.state.db;
    Ok(DirectoryData {
        results: practices::search(db, &filters).await?,
        councils: practices::councils(db).await?,
        versions: ctx.versions("find_practice").await?,
        filters,
    })
}

#[component]
pub fn DirectoryPage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <DirectoryView data/> })
}

#[component]
pub fn DirectoryView(data: DirectoryData) -> impl IntoView {
    let title = t("practices-find-title");
    let f = data.filters.clone();
    let mut councils = vec![Choice::new("", t("practices-any-council"))];
    councils.extend(data.councils.iter().map(|(id, name)| Choice::new(id.to_string(), name.clone())));
    let mut groups = vec![Choice::new("", t("practices-anyone"))];
    groups.extend(GROUPS.iter().map(|g| Choice::new(*g, group_label(g))));
    let mut languages = vec![Choice::new("", t("practices-any-language"))];
    languages.extend(LANGUAGES.iter().map(|l| Choice::new(*l, language_label(l))));
    let only = vec![Choice::new("bsl", t("practices-only-bsl")), Choice::new("accepting", t("practices-only-accepting"))];
    let mut only_selected = vec![];
    if f.bsl {
        only_selected.push("bsl".to_string());
    }
    if f.accepting {
        only_selected.push("accepting".to_string());
    }
    let sorts = vec![Choice::new("name", t("practices-sort-name")), Choice::new("wait", t("practices-sort-wait"))];
    let n = data.results.len();
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            <crate::components::PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <crate::components::PageVersions versions=data.versions/>
            <p class="cw-body-l">{t("practices-find-lead")}</p>
            <crate::components::EasyReadPoints key="find_practice"/>
            <form method="get" action="/practices" class="cw-filter">
                <Select name="council" label=t("practices-filter-council") choices=councils selected=f.council.map(|c| c.to_string()).unwrap_or_default()/>
                <Select name="group" label=t("practices-filter-group") choices=groups selected=f.group.clone().unwrap_or_default()/>
                <Select name="language" label=t("practices-filter-language") choices=languages selected=f.language.clone().unwrap_or_default()/>
                <Checkboxes name="only" legend=t("practices-filter-only") choices=only selected=only_selected/>
                <Radios name="sort" legend=t("practices-sort-legend") choices=sorts selected=if f.sort == Sort::Wait { "wait" } else { "name" } inline=true/>
                <Button text=t("practices-filter-button") secondary=true/>
            </form>
            <h2 class="cw-heading-m" id="results">{t_args("practices-found", &[("count", n.into())])}</h2>
            {if data.results.is_empty() {
                view! {
                    <p class="cw-body">{t("practices-none-found")}</p>
                    <ul class="cw-list">
                        <li>{t("practices-none-advice-filters")}</li>
                        <li>{t("practices-none-advice-council")}</li>
                    </ul>
                    <p class="cw-body"><a href="/practices">{t("practices-show-all")}</a></p>
                }.into_any()
            } else {
                view! {
                    <form method="get" action="/practices/compare">
                        <p class="cw-hint" id="compare-hint">{t("practices-compare-hint")}</p>
                        <ul class="cw-practice-list">
                            {data.results.iter().map(|p| view! { <PracticeCard p=p.clone()/> }).collect_view()}
                        </ul>
                        <Button text=t("practices-compare-button")/>
                    </form>
                }.into_any()
            }}
        </Page>
    }
}

/// One result: its name (a link to the profile), what it is, and a box to
/// tick for the comparison.
/// Accessibility: each result is a list item with an `h3`, so results can
/// be read and skipped by heading; the comparison box is named "Compare
/// (practice)", so its purpose is clear out of context.
#[component]
pub fn PracticeCard(p: Profile) -> impl IntoView {
    let id = format!("compare-{}", p.id);
    view! {
        <li class="cw-card cw-practice">
            <h3 class="cw-heading-s cw-card__title"><a href=format!("/practices/{}", p.id)>{p.name.clone()}</a></h3>
            <p class="cw-body">{p.summary.clone()}</p>
            <dl class="cw-practice__facts">
                <dt>{t("practices-councils")}</dt><dd>{joined(p.councils.iter().map(|(_, n)| n.clone()).collect())}</dd>
                <dt>{t("practices-supports")}</dt><dd>{joined(p.groups.iter().map(|g| group_label(g)).collect())}</dd>
                <dt>{t("practices-first-visit")}</dt><dd>{accepting_text(&p)}</dd>
                <dt>{t("practices-languages")}</dt><dd>{joined(p.languages.iter().map(|l| language_label(l)).collect())}</dd>
            </dl>
            <div class="cw-choice">
                <input class="cw-choice__input" type="checkbox" name="id" value=p.id.to_string() id=id.clone() aria-describedby="compare-hint"/>
                <label class="cw-label cw-choice__label" for=id>{t_args("practices-compare-this", &[("name", p.name.clone().into())])}</label>
            </div>
        </li>
    }
}
