//! `/people/{id}/plan`: the plan summary (type, agreed date, next review).
//! The full structured plan arrives with the plan issue; this page already
//! runs the whole access path: authorise `ViewPlan`, audit `viewed_plan`.

use super::{person_crumbs, person_param};
use crate::authz::Action;
use crate::components::{SummaryList, SummaryRow};
use crate::dates::format_date;
use crate::error::AppError;
use crate::i18n::{current, t};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct PlanData {
    pub person_id: i64,
    pub person_name: String,
    /// (plan type code, agreed on, next review due), if there is a plan.
    pub plan: Option<(String, Option<String>, Option<String>)>,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<PlanData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewPlan).await?;
    let plan: Option<(i64, String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT id, plan_type, agreed_on, next_review_due FROM care_plan WHERE person_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(person_id)
            .fetch_optional(ctx.state.db.reader())
            .await?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_plan",
        "care_plan",
        plan.as_ref().map(|p| p.0.to_string()),
    )
    .await?;
    Ok(PlanData {
        person_id,
        person_name: access.person_name,
        plan: plan.map(|(_, a, b, c)| (a, b, c)),
    })
}

#[component]
pub fn PlanPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <PlanView data/> },
    )
}

#[component]
pub fn PlanView(data: PlanData) -> impl IntoView {
    let title = t("plan-title");
    let locale = current();
    let none = || t("plan-not-set");
    view! {
        <Page title=title.clone() crumbs=person_crumbs(data.person_id, &data.person_name, Some(title.clone()))>
            <h1 class="cw-heading-l">{title}</h1>
            {match data.plan {
                None => view! { <p class="cw-body">{t("plan-none")}</p> }.into_any(),
                Some((kind, agreed, review)) => {
                    let kind_label = if kind == "reablement" { t("plan-type-reablement") } else { t("plan-type-long-term") };
                    let rows = vec![
                        SummaryRow::new(t("plan-type"), kind_label),
                        SummaryRow::new(t("plan-agreed-on"), agreed.map(|d| format_date(locale, &d)).unwrap_or_else(none)),
                        SummaryRow::new(t("plan-next-review"), review.map(|d| format_date(locale, &d)).unwrap_or_else(none)),
                    ];
                    view! { <SummaryList rows=rows/> }.into_any()
                }
            }}
        </Page>
    }
}
