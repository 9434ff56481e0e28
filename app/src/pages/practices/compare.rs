//! `/practices/compare?id=…&id=…`: 2 to 4 practices side by side. On a
//! wide screen, one table with a column per practice and a row header for
//! each attribute and figure; on a narrow one (below 40em, so at 320 px)
//! the same information as one table per practice. Only one of the two is
//! displayed at a time (the other is `display: none`, so a screen reader
//! meets one, not both).

use super::{accepting_text, figure_rows, group_label, joined, language_label, organisation_label, regulator_label, yes_no};
use crate::components::Crumb;
use crate::error::AppError;
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::practices::{self, figures, figures::PracticeFigures, Profile};
use leptos::prelude::*;

pub const MIN: usize = 2;
pub const MAX: usize = 4;

#[derive(Clone, Debug, Default)]
pub struct CompareData {
    pub practices: Vec<(Profile, PracticeFigures)>,
    /// How many were asked for, when it is not 2 to 4.
    pub wrong_count: Option<usize>,
}

async fn load(ctx: PageCtx) -> Result<CompareData, AppError> {
    let pairs = super::directory::query_pairs(&ctx.ui.path_and_query);
    let mut ids: Vec<i64> = vec![];
    for (k, v) in &pairs {
        if k == "id" {
            if let Ok(n) = v.trim().parse::<i64>() {
                if n > 0 && !ids.contains(&n) {
                    ids.push(n);
                }
            }
        }
    }
    if !(MIN..=MAX).contains(&ids.len()) {
        return Ok(CompareData { practices: vec![], wrong_count: Some(ids.len()) });
    }
    let all = practices::all(&ctx.state.db).await?;
    let now = ctx.state.clock.now();
    let mut out = vec![];
    for id in &ids {
        // An id that is no practice is simply not shown.
        if let Some(p) = all.iter().find(|p| p.id == *id) {
            out.push((p.clone(), figures::for_practice(&ctx.state.db, p.id, now).await?));
        }
    }
    if out.len() < MIN {
        return Ok(CompareData { practices: vec![], wrong_count: Some(out.len()) });
    }
    Ok(CompareData { practices: out, wrong_count: None })
}

#[component]
pub fn ComparePage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <CompareView data/> })
}

/// The rows of the comparison: (attribute, value for each practice).
pub fn rows(list: &[(Profile, PracticeFigures)]) -> Vec<(String, Vec<String>)> {
    let each = |f: &dyn Fn(&Profile, &PracticeFigures) -> String| list.iter().map(|(p, fig)| f(p, fig)).collect::<Vec<_>>();
    let mut rows = vec![
        (t("practices-run-by"), each(&|p, _| organisation_label(&p.organisation_type))),
        (t("practices-councils"), each(&|p, _| joined(p.councils.iter().map(|(_, n)| n.clone()).collect()))),
        (t("practices-supports"), each(&|p, _| joined(p.groups.iter().map(|g| group_label(g)).collect()))),
        (t("practices-first-visit"), each(&|p, _| accepting_text(p))),
        (t("practices-languages"), each(&|p, _| joined(p.languages.iter().map(|l| language_label(l)).collect()))),
        (t("practices-bsl-staff"), each(&|p, _| yes_no(p.bsl_staff))),
        (t("practices-deafblind"), each(&|p, _| yes_no(p.deafblind))),
        (t("practices-home-visits"), each(&|p, _| yes_no(p.home_visits))),
        (t("practices-premises"), each(&|p, _| if p.premises.is_empty() { t("practices-none-given") } else { p.premises.replace('\n', "; ") })),
        (
            t("practices-regulators"),
            each(&|p, _| joined(p.registrations.iter().map(|r| format!("{} {}", regulator_label(&r.regulator), r.reference)).collect())),
        ),
    ];
    let figs: Vec<Vec<(String, String, String)>> = list.iter().map(|(_, f)| figure_rows(f)).collect();
    for i in 0..figs.first().map(|f| f.len()).unwrap_or(0) {
        rows.push((figs[0][i].0.clone(), figs.iter().map(|f| f[i].1.clone()).collect()));
    }
    rows
}

#[component]
pub fn CompareView(data: CompareData) -> impl IntoView {
    let title = t("practices-compare-title");
    let crumbs = vec![
        Crumb::link(t("core-nav-home"), "/"),
        Crumb::link(t("practices-find-title"), "/practices"),
        Crumb::here(title.clone()),
    ];
    if let Some(n) = data.wrong_count {
        return view! {
            <Page title=title.clone() crumbs=crumbs has_errors=true>
                <div class="cw-error-summary" tabindex="-1" autofocus=true aria-labelledby="error-summary-title">
                    <h2 class="cw-error-summary__title" id="error-summary-title">{t("core-error-summary-title")}</h2>
                    <ul class="cw-error-summary__list">
                        <li><a href="/practices#results">{t_args("practices-compare-wrong", &[("count", n.into()), ("min", (MIN as i64).into()), ("max", (MAX as i64).into())])}</a></li>
                    </ul>
                </div>
                <h1 class="cw-heading-l">{title}</h1>
                <p class="cw-body"><a href="/practices">{t("practices-back-to-find")}</a></p>
            </Page>
        }
        .into_any();
    }
    let rows = rows(&data.practices);
    let names: Vec<(i64, String)> = data.practices.iter().map(|(p, _)| (p.id, p.name.clone())).collect();
    let caption = t_args("practices-compare-caption", &[("count", names.len().into())]);
    view! {
        <Page title=title.clone() crumbs=crumbs>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("practices-compare-lead")}</p>
            <div class="cw-compare cw-compare--wide">
                <table class="cw-table cw-compare__table">
                    <caption class="cw-table__caption">{caption}</caption>
                    <thead class="cw-table__head"><tr class="cw-table__row">
                        <td class="cw-table__cell"></td>
                        {names.iter().map(|(id, n)| view! { <th scope="col" class="cw-table__header"><a href=format!("/practices/{id}")>{n.clone()}</a></th> }).collect_view()}
                    </tr></thead>
                    <tbody class="cw-table__body">
                        {rows.iter().map(|(k, vs)| view! {
                            <tr class="cw-table__row">
                                <th scope="row" class="cw-table__header">{k.clone()}</th>
                                {vs.iter().map(|v| view! { <td class="cw-table__cell">{v.clone()}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="cw-compare cw-compare--stacked">
                {names.iter().enumerate().map(|(i, (id, n))| view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption"><a href=format!("/practices/{id}")>{n.clone()}</a></caption>
                        <tbody class="cw-table__body">
                            {rows.iter().map(|(k, vs)| view! {
                                <tr class="cw-table__row">
                                    <th scope="row" class="cw-table__header">{k.clone()}</th>
                                    <td class="cw-table__cell">{vs[i].clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }).collect_view()}
            </div>
            <p class="cw-body"><a href="/practices">{t("practices-back-to-find")}</a></p>
        </Page>
    }
    .into_any()
}
