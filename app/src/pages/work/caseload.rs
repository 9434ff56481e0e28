//! `/caseload`: a social worker's people (or, for a practice manager,
//! everyone with the practice), with their next review date, so a worker
//! with forty people sees who needs attention first.

use crate::auth::Role;
use crate::dates::format_date;
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;
use sqlx::Row;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRow {
    pub person_id: i64,
    pub name: String,
    pub next_review: Option<String>,
    pub worker: Option<String>,
    /// Comments on the plan waiting for an answer.
    pub comments_waiting: i64,
    /// Early review requests not yet done.
    pub reviews_open: i64,
    /// The person's communication formats (codes), flagged on their row.
    pub formats: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct CaseloadData {
    pub rows: Vec<CaseRow>,
    pub manager: bool,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx) -> Result<CaseloadData, AppError> {
    let v = ctx.viewer()?;
    let db = ctx.state.db.reader();
    let review = "(SELECT MAX(next_review_due) FROM care_plan c WHERE c.person_id = p.id)";
    let worker = "(SELECT MIN(a.display_name) FROM caseload k JOIN account a ON a.id = k.worker_id WHERE k.person_id = p.id AND k.ended_at IS NULL)";
    let to_do = "(SELECT COUNT(*) FROM plan_comment m WHERE m.person_id = p.id AND m.answer IS NULL) AS comments_waiting, \
                 (SELECT COUNT(*) FROM review_request q WHERE q.person_id = p.id AND q.status <> 'done') AS reviews_open, \
                 (SELECT n.formats FROM communication_need n WHERE n.person_id = p.id) AS formats";
    let rows = match v.role {
        Role::SocialWorker => {
            sqlx::query(&format!(
                "SELECT p.id, p.display_name, {review} AS next_review, {worker} AS worker, {to_do} FROM person p \
                 WHERE EXISTS (SELECT 1 FROM caseload k WHERE k.person_id = p.id AND k.worker_id = $1 AND k.ended_at IS NULL) \
                 ORDER BY next_review, p.display_name"
            ))
            .bind(v.account_id)
            .fetch_all(db)
            .await?
        }
        Role::PracticeManager => {
            sqlx::query(&format!(
                "SELECT p.id, p.display_name, {review} AS next_review, {worker} AS worker, {to_do} FROM person p \
                 WHERE p.practice_id = $1 ORDER BY next_review, p.display_name"
            ))
            .bind(v.practice_id.unwrap_or(0))
            .fetch_all(db)
            .await?
        }
        _ => return Err(AppError::Forbidden),
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            Ok(CaseRow {
                person_id: r.try_get("id")?,
                name: r.try_get("display_name")?,
                next_review: r.try_get("next_review")?,
                worker: r.try_get("worker")?,
                comments_waiting: r.try_get("comments_waiting")?,
                reviews_open: r.try_get("reviews_open")?,
                formats: crate::needs::codes(&r.try_get::<Option<String>, _>("formats")?.unwrap_or_default(), &crate::needs::FORMATS),
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    Ok(CaseloadData {
        rows,
        manager: v.role == Role::PracticeManager,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn CaseloadPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <CaseloadView data/> },
    )
}

#[component]
pub fn CaseloadView(data: CaseloadData) -> impl IntoView {
    let title = if data.manager {
        t("caseload-practice-title")
    } else {
        t("caseload-title")
    };
    let locale = current();
    let manager = data.manager;
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            {data.notice.map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {if data.rows.is_empty() {
                view! { <p class="cw-body">{t("caseload-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("caseload-caption", &[("count", data.rows.len().into())])}</caption>
                        <thead class="cw-table__head">
                            <tr class="cw-table__row">
                                <th scope="col" class="cw-table__header">{t("caseload-person")}</th>
                                <th scope="col" class="cw-table__header">{t("caseload-review")}</th>
                                <th scope="col" class="cw-table__header">{t("caseload-to-do")}</th>
                                {manager.then(|| view! {
                                    <th scope="col" class="cw-table__header">{t("caseload-worker")}</th>
                                    <th scope="col" class="cw-table__header">{t("caseload-action")}</th>
                                })}
                            </tr>
                        </thead>
                        <tbody class="cw-table__body">
                            {data.rows.into_iter().map(|r| view! {
                                <tr class="cw-table__row">
                                    <th scope="row" class="cw-table__header">
                                        <a href=format!("/people/{}", r.person_id)>{r.name.clone()}</a>
                                        {(!r.formats.is_empty()).then(|| {
                                            let words: Vec<String> = r.formats.iter().map(|f| t(&format!("messages-need-short-{}", f.replace('_', "-")))).collect();
                                            view! { <span class="cw-caseload__needs">{t_args("messages-needs-short", &[("needs", words.join(", ").into())])}</span> }
                                        })}
                                    </th>
                                    <td class="cw-table__cell">{r.next_review.as_deref().map(|d| format_date(locale, d)).unwrap_or_else(|| t("plan-not-set"))}</td>
                                    <td class="cw-table__cell">{if r.comments_waiting + r.reviews_open == 0 {
                                        view! { {t("caseload-to-do-none")} }.into_any()
                                    } else {
                                        view! { <a href=format!("/people/{}/plan", r.person_id)>{t_args("caseload-to-do-some", &[("comments", r.comments_waiting.into()), ("reviews", r.reviews_open.into())])}<span class="cw-visually-hidden">{format!(" ({})", r.name)}</span></a> }.into_any()
                                    }}</td>
                                    {manager.then(|| view! {
                                        <td class="cw-table__cell">{r.worker.clone().unwrap_or_else(|| t("caseload-unallocated"))}</td>
                                        <td class="cw-table__cell">
                                            <a href=format!("/people/{}/allocate", r.person_id)>
                                                {t("caseload-change")}<span class="cw-visually-hidden">{format!(" ({})", r.name)}</span>
                                            </a>
                                        </td>
                                    })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </Page>
    }
}
