//! `/people/{id}/history`: "Who has looked at my information". The person
//! sees, in plain words, every time someone else opened or changed their
//! record: who, in what role, acting for whom, when, and from where.

use super::{person_crumbs, person_param};
use crate::audit::{self, TrailRow, PAGE_SIZE};
use crate::authz::Action;
use crate::dates::format_instant;
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct HistoryData {
    pub person_id: i64,
    pub person_name: String,
    pub rows: Vec<TrailRow>,
    pub page: i64,
    pub total: i64,
}

/// `?page=N` from the query, at least 1.
pub fn page_param(path_and_query: &str) -> i64 {
    let q = path_and_query.split_once('?').map(|(_, q)| q).unwrap_or("");
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(q).unwrap_or_default();
    pairs
        .iter()
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| v.parse::<i64>().ok())
        .filter(|n| *n >= 1 && *n < 1_000_000)
        .unwrap_or(1)
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<HistoryData, AppError> {
    let (_, access) = ctx.authorise(person_id, Action::ViewOwnTrail).await?;
    let page = page_param(&ctx.ui.path_and_query);
    let (rows, total) = audit::for_person(&ctx.state.db, person_id, page).await?;
    Ok(HistoryData {
        person_id,
        person_name: access.person_name,
        rows,
        page,
        total,
    })
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <HistoryView data/> },
    )
}

/// The sentence for one event, from the person's point of view.
pub fn sentence(row: &TrailRow) -> String {
    let who = if row.actor_name.is_empty() {
        t("history-someone")
    } else {
        t_args(
            "history-who",
            &[
                ("name", row.actor_name.clone().into()),
                ("role", t(role_label(&row.actor_role)).into()),
            ],
        )
    };
    t_args(
        &format!("audit-{}", row.action.replace('_', "-")),
        &[("who", who.into())],
    )
}

pub fn role_label(code: &str) -> &'static str {
    crate::auth::Role::from_code(code)
        .map(|r| r.label_id())
        .unwrap_or("role-person")
}

#[component]
pub fn HistoryView(data: HistoryData) -> impl IntoView {
    let title = t("history-title");
    let locale = current();
    let pages = ((data.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let p = data.person_id;
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone()))>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("history-lead")}</p>
            {if data.rows.is_empty() {
                view! { <p class="cw-body">{t("history-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("history-caption", &[("page", data.page.into()), ("pages", pages.into())])}</caption>
                        <thead class="cw-table__head">
                            <tr class="cw-table__row">
                                <th scope="col" class="cw-table__header">{t("history-when")}</th>
                                <th scope="col" class="cw-table__header">{t("history-what")}</th>
                                <th scope="col" class="cw-table__header">{t("history-where")}</th>
                            </tr>
                        </thead>
                        <tbody class="cw-table__body">
                            {data.rows.iter().map(|r| view! {
                                <tr class="cw-table__row">
                                    <td class="cw-table__cell">{format_instant(locale, r.at)}</td>
                                    <td class="cw-table__cell">{sentence(r)}</td>
                                    <td class="cw-table__cell">{r.origin.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <PageLinks base=format!("/people/{p}/history") page=data.page pages=pages/>
            <p class="cw-body">{t("history-concern")}</p>
        </Page>
    }
}

/// Previous and next page links (no JS), labelled with page numbers.
#[component]
pub fn PageLinks(base: String, page: i64, pages: i64) -> impl IntoView {
    // Filters already in the address are kept (`?show=…&page=2`).
    let sep = if base.contains('?') { '&' } else { '?' };
    (pages > 1).then(|| {
        view! {
            <nav class="cw-pagination" aria-label=t("core-pagination-label")>
                <ul class="cw-pagination__list">
                    {(page > 1).then(|| view! {
                        <li class="cw-pagination__prev"><a rel="prev" href=format!("{base}{sep}page={}", page - 1)>{t("core-previous")}</a></li>
                    })}
                    <li class="cw-pagination__item">{t_args("core-page-of", &[("page", page.into()), ("pages", pages.into())])}</li>
                    {(page < pages).then(|| view! {
                        <li class="cw-pagination__next"><a rel="next" href=format!("{base}{sep}page={}", page + 1)>{t("core-next")}</a></li>
                    })}
                </ul>
            </nav>
        }
    })
}
