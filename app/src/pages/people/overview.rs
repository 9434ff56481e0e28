//! `/people/{id}`: the person's name and the parts of their record the
//! viewer may open. Audited as `viewed_summary`.

use super::{may, person_crumbs, person_param};
use crate::auth::Role;
use crate::authz::{Action, Relationship};
use crate::error::AppError;
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct OverviewData {
    pub person_id: i64,
    pub person_name: String,
    pub role: Role,
    pub relationship: Relationship,
    /// Whether the person has an account yet (staff may invite them).
    pub has_account: bool,
    pub notice: Option<String>,
    /// For staff: how the person communicates (the banner).
    pub needs: crate::needs::Needs,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<OverviewData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewSummary).await?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_summary",
        "person",
        Some(person_id.to_string()),
    )
    .await?;
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE person_id = $1")
        .bind(person_id)
        .fetch_one(ctx.state.db.reader())
        .await?;
    Ok(OverviewData {
        person_id,
        person_name: access.person_name,
        role: viewer.role,
        relationship: access.relationship,
        has_account: accounts > 0,
        notice: ctx.take_notice().await?,
        needs: if viewer.role.is_staff() { crate::needs::load(&ctx.state.db, person_id).await? } else { Default::default() },
    })
}

#[component]
pub fn PersonPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <PersonView data/> },
    )
}

#[component]
pub fn PersonView(data: OverviewData) -> impl IntoView {
    let p = data.person_id;
    let own = data.relationship == Relationship::Own;
    let title = if own {
        t("person-own-title")
    } else {
        data.person_name.clone()
    };
    let links: Vec<(String, String, String)> = [
        (
            Action::ViewPlan,
            format!("/people/{p}/plan"),
            "person-link-plan",
            "person-link-plan-hint",
        ),
        (
            Action::ViewBudget,
            format!("/people/{p}/budget"),
            "person-link-budget",
            "person-link-budget-hint",
        ),
        (
            Action::ReadMessages,
            format!("/people/{p}/messages"),
            "person-link-messages",
            "person-link-messages-hint",
        ),
        (
            Action::ManageNeeds,
            format!("/people/{p}/communication"),
            "person-link-needs",
            "person-link-needs-hint",
        ),
        (
            Action::ManageNeeds,
            format!("/people/{p}/support"),
            "person-link-support",
            "person-link-support-hint",
        ),
        (
            Action::Complain,
            format!("/people/{p}/complaints"),
            "person-link-complaints",
            "person-link-complaints-hint",
        ),
        (
            Action::RequestSwitch,
            format!("/people/{p}/switch"),
            "person-link-switch",
            "person-link-switch-hint",
        ),
        (
            Action::ViewCarers,
            format!("/people/{p}/carers"),
            "person-link-carers",
            "person-link-carers-hint",
        ),
        (
            Action::ViewOwnTrail,
            format!("/people/{p}/history"),
            "person-link-history",
            "person-link-history-hint",
        ),
    ]
    .into_iter()
    .filter(|(a, ..)| may(data.role, &data.relationship, *a))
    .map(|(_, href, label, hint)| (href, t(label), t(hint)))
    .collect();
    let invite = (!data.has_account && may(data.role, &data.relationship, Action::InvitePerson)).then(|| {
        view! {
            <h2 class="cw-heading-m">{t("person-no-account-heading")}</h2>
            <p class="cw-body">{t("person-no-account-body")}</p>
            <p class="cw-body"><a href=format!("/people/{p}/invite")>{t("person-invite-link")}</a></p>
        }
    });
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, None)>
            {data.notice.map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {(!own).then(|| view! { <p class="cw-body-l">{t_args("person-lead", &[("name", data.person_name.clone().into())])}</p> })}
            <crate::components::NeedsBanner needs=data.needs.clone() person_id=p/>
            {if links.is_empty() {
                view! { <p class="cw-body">{t("person-nothing-granted")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cw-card-list">
                        {links.into_iter().map(|(href, label, hint)| view! {
                            <li class="cw-card">
                                <h2 class="cw-heading-s cw-card__title"><a href=href>{label}</a></h2>
                                <p class="cw-body cw-card__hint">{hint}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {invite}
        </Page>
    }
}
