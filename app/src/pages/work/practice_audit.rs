//! `/practice/audit`: the practice's audit trail for its manager: every
//! read and change of the records of people with the practice, and staff
//! sign-ins, newest first.

use crate::audit::{self, TrailRow, PAGE_SIZE};
use crate::auth::Role;
use crate::dates::format_instant;
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::pages::people::history::{page_param, role_label, PageLinks};
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct PracticeAuditData {
    pub rows: Vec<TrailRow>,
    pub page: i64,
    pub total: i64,
}

pub async fn load(ctx: PageCtx) -> Result<PracticeAuditData, AppError> {
    let v = ctx.viewer()?;
    let practice = match (v.role, v.practice_id) {
        (Role::PracticeManager, Some(p)) => p,
        _ => return Err(AppError::Forbidden),
    };
    let page = page_param(&ctx.ui.path_and_query);
    let (rows, total) = audit::for_practice(&ctx.state.db, practice, page).await?;
    Ok(PracticeAuditData { rows, page, total })
}

#[component]
pub fn PracticeAuditPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <PracticeAuditView data/> },
    )
}

#[component]
pub fn PracticeAuditView(data: PracticeAuditData) -> impl IntoView {
    let title = t("practice-audit-title");
    let locale = current();
    let pages = ((data.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("practice-audit-lead")}</p>
            {if data.rows.is_empty() {
                view! { <p class="cw-body">{t("history-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("history-caption", &[("page", data.page.into()), ("pages", pages.into())])}</caption>
                        <thead class="cw-table__head">
                            <tr class="cw-table__row">
                                <th scope="col" class="cw-table__header">{t("history-when")}</th>
                                <th scope="col" class="cw-table__header">{t("practice-audit-who")}</th>
                                <th scope="col" class="cw-table__header">{t("practice-audit-action")}</th>
                                <th scope="col" class="cw-table__header">{t("practice-audit-record")}</th>
                                <th scope="col" class="cw-table__header">{t("history-where")}</th>
                            </tr>
                        </thead>
                        <tbody class="cw-table__body">
                            {data.rows.iter().map(|r| view! {
                                <tr class="cw-table__row">
                                    <td class="cw-table__cell">{format_instant(locale, r.at)}</td>
                                    <td class="cw-table__cell">{format!("{} ({})", r.actor_name, t(role_label(&r.actor_role)))}</td>
                                    <td class="cw-table__cell">{t(&format!("audit-code-{}", r.action.replace('_', "-")))}</td>
                                    <td class="cw-table__cell">{r.person_name.clone().unwrap_or_default()}</td>
                                    <td class="cw-table__cell">{r.origin.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <PageLinks base="/practice/audit".to_string() page=data.page pages=pages/>
        </Page>
    }
}
