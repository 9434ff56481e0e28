//! The personal budget: the overview, "How your budget can be paid" (the
//! options in an accessible comparison table, and in Easy Read), the
//! social worker's answer to the person's choice, and the record of the
//! discussion. Showing the options, and every choice, adds a row to the
//! record of the discussion as well as the audit trail.

use super::{param, person_crumbs, person_param};
use crate::auth::{Client, SignedIn, Viewer};
use crate::authz::{Access, Action, Relationship};
use crate::budget::{self, Discussion, NewDiscussion, Request, OPTIONS};
use crate::components::{
    Button, Choice, Crumb, ErrorSummary, LinkButton, NotificationBanner, Radios, SummaryList,
    SummaryRow, Tag, Textarea,
};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::money::format_pence;
use crate::pages::{loaded, PageCtx};
use crate::plan::{self, PlanVersion};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

/// The rows of the comparison: (code, Fluent id of the row heading).
const ASPECTS: [(&str, &str); 5] = [
    ("means", "budget-aspect-means"),
    ("you-do", "budget-aspect-you-do"),
    ("support", "budget-aspect-support"),
    ("pros", "budget-aspect-pros"),
    ("cons", "budget-aspect-cons"),
];

/// The BSL content key for the options page (the media library fills it).
pub const BSL_KEY: &str = "budget-options";

pub fn option_label(code: &str) -> String {
    t(&format!("budget-option-{}", code.replace('_', "-")))
}

fn budget_crumbs(p: i64, name: &str, own: bool, here: Option<String>) -> Vec<Crumb> {
    let title = budget_title(own);
    match here {
        None => person_crumbs(p, name, Some(title)),
        Some(h) => {
            let mut c = person_crumbs(p, name, Some(h.clone()));
            c.pop();
            c.pop();
            c.push(Crumb::link(name.to_string(), format!("/people/{p}")));
            c.push(Crumb::link(title, format!("/people/{p}/budget")));
            c.push(Crumb::here(h));
            c
        }
    }
}

fn budget_title(own: bool) -> String {
    if own {
        t("budget-title-own")
    } else {
        t("budget-title")
    }
}

#[derive(Clone, Debug, Default)]
pub struct BudgetData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub version: Option<PlanVersion>,
    pub current_option: Option<String>,
    pub requests: Vec<Request>,
    pub can_choose: bool,
    pub can_decide: bool,
    pub notice: Option<String>,
}

async fn load_budget(
    ctx: &PageCtx,
    person_id: i64,
) -> Result<(Viewer, Access, BudgetData), AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewBudget).await?;
    let db = &ctx.state.db;
    let data = BudgetData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name.clone(),
        version: plan::current_agreed(db, person_id).await?,
        current_option: budget::current_option(db, person_id).await?,
        requests: budget::requests(db, person_id).await?,
        can_choose: super::may(viewer.role, &access.relationship, Action::ChooseBudget),
        can_decide: super::may(viewer.role, &access.relationship, Action::DecideBudget),
        notice: ctx.take_notice().await?,
    };
    Ok((viewer, access, data))
}

async fn load_overview(ctx: PageCtx, person_id: i64) -> Result<BudgetData, AppError> {
    let (viewer, access, data) = load_budget(&ctx, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_budget", "budget", None)
        .await?;
    Ok(data)
}

#[component]
pub fn BudgetPage() -> impl IntoView {
    loaded(
        load_overview(PageCtx::current(), person_param()),
        |data| view! { <BudgetView data/> },
    )
}

fn per_week(pence: i64) -> String {
    t_args("plan-per-week", &[("amount", format_pence(pence).into())])
}

fn status_label(code: &str) -> String {
    t(&format!("budget-request-status-{code}"))
}

/// One request, as a summary list: what was chosen, and the answer.
fn request_rows(r: &Request) -> Vec<SummaryRow> {
    let locale = current();
    let mut rows = vec![
        SummaryRow::new(t("budget-choice-option"), option_label(&r.option)),
        SummaryRow::new(
            t("budget-choice-manager"),
            if r.manager_name.is_empty() {
                t(&format!("budget-manager-{}", r.manager))
            } else {
                format!(
                    "{} ({})",
                    t(&format!("budget-manager-{}", r.manager)),
                    r.manager_name
                )
            },
        ),
        SummaryRow::new(
            t("budget-choice-checks"),
            if r.checks.is_empty() {
                t("budget-checks-none")
            } else {
                r.checks
                    .iter()
                    .map(|c| t(&format!("budget-check-{}", c.replace('_', "-"))))
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        ),
        SummaryRow::new(
            t("budget-choice-questions"),
            if r.questions.is_empty() {
                t("budget-none-given")
            } else {
                r.questions.clone()
            },
        ),
        SummaryRow::new(
            t("budget-choice-talk"),
            t(&format!("budget-talk-{}", r.talk)),
        ),
        SummaryRow::new(t("budget-request-status"), status_label(&r.status)),
    ];
    if let (Some(name), Some(at)) = (&r.decided_by_name, r.decided_at) {
        rows.push(SummaryRow::new(
            t("budget-request-answer"),
            t_args(
                "budget-request-answer-by",
                &[
                    ("name", name.clone().into()),
                    ("date", crate::dates::format_instant(locale, at).into()),
                    ("note", r.worker_note.clone().into()),
                ],
            ),
        ));
    }
    rows
}

#[component]
pub fn BudgetView(data: BudgetData) -> impl IntoView {
    let p = data.person_id;
    let title = budget_title(data.own);
    let locale = current();
    let summary = match &data.version {
        None => view! { <p class="cw-body">{t("budget-no-plan")}</p> }.into_any(),
        Some(v) => {
            let rows = vec![
                SummaryRow::new(t("plan-budget-total"), per_week(v.budget_total_pence)),
                SummaryRow::new(t("plan-contribution"), per_week(v.contribution_pence)),
                SummaryRow::new(
                    t("plan-council-pays"),
                    per_week((v.budget_total_pence - v.contribution_pence).max(0)),
                ),
                SummaryRow::new(
                    t("budget-paid-how"),
                    data.current_option
                        .as_deref()
                        .map(option_label)
                        .unwrap_or_else(|| t("budget-not-chosen")),
                ),
            ];
            view! { <SummaryList rows=rows/> }.into_any()
        }
    };
    view! {
        <Page title=title.clone() crumbs=budget_crumbs(p, &data.person_name, data.own, None)>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {summary}
            {data.version.as_ref().and_then(crate::budget::spend::terms).map(|_| view! {
                <p class="cw-body"><a href=format!("/people/{p}/budget/account")>{t("dp-account-link")}</a></p>
            })}
            <h2 class="cw-heading-m">{t("budget-options-title")}</h2>
            <p class="cw-body">{t("budget-options-intro")}</p>
            <ul class="cw-list cw-list--bullet">
                <li><a href=format!("/people/{p}/budget/options")>{t("budget-options-link")}</a></li>
                <li><a href=format!("/people/{p}/budget/options/easy-read")>{t("budget-easy-read-link")}</a></li>
            </ul>
            {data.can_choose.then(|| view! { <LinkButton text=t("budget-choose-start") href=format!("/people/{p}/budget/choose")/> })}
            <h2 class="cw-heading-m">{t("budget-requests-heading")}</h2>
            {if data.requests.is_empty() {
                view! { <p class="cw-body">{t("budget-requests-none")}</p> }.into_any()
            } else {
                data.requests.iter().map(|r| {
                    let id = format!("request-{}", r.id);
                    let respond = (data.can_decide && r.status == "sent").then(|| view! {
                        <p class="cw-body"><a href=format!("/people/{p}/budget/requests/{}", r.id)>{t("budget-respond-link")}<span class="cw-visually-hidden">" " {option_label(&r.option)}</span></a></p>
                    });
                    view! {
                        <section class="cw-summary-card" aria-labelledby=id.clone()>
                            <h3 class="cw-heading-s" id=id.clone()>
                                {t_args("budget-request-heading", &[("name", r.requested_by_name.clone().into()), ("date", crate::dates::format_instant(locale, r.created_at).into())])}
                                <Tag text=status_label(&r.status)/>
                            </h3>
                            <SummaryList rows=request_rows(r)/>
                            {respond}
                        </section>
                    }
                }).collect_view().into_any()
            }}
            {data.can_decide.then(|| view! {
                <p class="cw-body"><a href=format!("/people/{p}/budget/discussions")>{t("budget-discussions-link")}</a></p>
            })}
        </Page>
    }
}

// ---------------------------------------------------------------- options

#[derive(Clone, Debug, Default)]
pub struct OptionsData {
    pub budget: BudgetData,
    pub easy_read: bool,
    pub versions: crate::components::Versions,
}

/// What the page showed, in words, for the record of the discussion.
fn shown_summary(v: Option<&PlanVersion>, easy_read: bool, locale: &str) -> String {
    let needs = v
        .map(|v| {
            v.needs
                .iter()
                .filter(|n| n.eligible)
                .map(|n| n.description.clone())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default();
    format!(
        "{}; format {}; language {locale}; options {}; budget {} a week; needs: {}",
        budget::CONTENT_VERSION,
        if easy_read { "easy read" } else { "standard" },
        OPTIONS.join(", "),
        format_pence(v.map(|v| v.budget_total_pence).unwrap_or(0)),
        if needs.is_empty() {
            "none recorded".to_string()
        } else {
            needs
        },
    )
}

async fn load_options(
    ctx: PageCtx,
    person_id: i64,
    easy_read: bool,
) -> Result<OptionsData, AppError> {
    let (viewer, access, budget) = load_budget(&ctx, person_id).await?;
    let shown = shown_summary(budget.version.as_ref(), easy_read, ctx.ui.locale.tag());
    budget::record_discussion(
        &ctx.state.db,
        NewDiscussion {
            person_id,
            account_id: viewer.account_id,
            role: viewer.role.code(),
            event: if easy_read {
                "shown_easy_read"
            } else {
                "shown"
            },
            shown: &shown,
            budget_pence: budget
                .version
                .as_ref()
                .map(|v| v.budget_total_pence)
                .unwrap_or(0),
            plan_version_id: budget.version.as_ref().map(|v| v.id),
            locale: ctx.ui.locale.tag(),
            request_id: None,
            now: ctx.state.clock.now(),
        },
    )
    .await?;
    ctx.audit(&viewer, &access, "viewed_budget_options", "budget", None)
        .await?;
    Ok(OptionsData { budget, easy_read, versions: ctx.versions("budget_options").await? })
}

#[component]
pub fn BudgetOptionsPage() -> impl IntoView {
    // A reader who chose Easy Read gets this page's Easy Read version.
    let ctx = PageCtx::current();
    let easy = ctx.ui.prefs.easy_read;
    loaded(load_options(ctx, person_param(), easy), move |data| {
        if easy {
            view! { <BudgetEasyReadView data/> }.into_any()
        } else {
            view! { <BudgetOptionsView data/> }.into_any()
        }
    })
}

#[component]
pub fn BudgetEasyReadPage() -> impl IntoView {
    loaded(
        load_options(PageCtx::current(), person_param(), true),
        |data| view! { <BudgetEasyReadView data/> },
    )
}

/// The budget and the needs it pays for, shown above the options.
fn budget_lead(v: Option<&PlanVersion>) -> AnyView {
    match v {
        None => view! { <p class="cw-body">{t("budget-no-plan")}</p> }.into_any(),
        Some(v) => {
            let needs: Vec<String> = v
                .needs
                .iter()
                .filter(|n| n.eligible)
                .map(|n| n.description.clone())
                .collect();
            view! {
                <p class="cw-body">{t_args("budget-options-amount", &[("amount", format_pence(v.budget_total_pence).into())])}</p>
                <p class="cw-body">{t("budget-options-needs")}</p>
                <ul class="cw-list cw-list--bullet">{needs.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    }
}

#[component]
pub fn BudgetOptionsView(data: OptionsData) -> impl IntoView {
    let p = data.budget.person_id;
    let title = t("budget-options-title");
    let crumbs = budget_crumbs(
        p,
        &data.budget.person_name,
        data.budget.own,
        Some(title.clone()),
    );
    view! {
        <Page title=title.clone() crumbs=crumbs>
            <crate::components::PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <crate::components::PageVersions versions=data.versions/>
            <p class="cw-body">{t("budget-options-lead")}</p>
            {budget_lead(data.budget.version.as_ref())}
            <p class="cw-body"><a href=format!("/people/{p}/budget/options/easy-read")>{t("budget-easy-read-link")}</a></p>
            <div class="cw-scroll" role="region" aria-labelledby="comparison-caption" tabindex="0">
            <table class="cw-table cw-comparison">
                <caption class="cw-table__caption" id="comparison-caption">{t("budget-comparison-caption")}</caption>
                <thead class="cw-table__head">
                    <tr class="cw-table__row">
                        <td class="cw-table__cell"></td>
                        {OPTIONS.iter().map(|o| view! { <th scope="col" class="cw-table__header">{option_label(o)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody class="cw-table__body">
                    {ASPECTS.iter().map(|(aspect, heading)| view! {
                        <tr class="cw-table__row">
                            <th scope="row" class="cw-table__header">{t(heading)}</th>
                            {OPTIONS.iter().map(|o| view! {
                                <td class="cw-table__cell">{t(&format!("budget-{}-{aspect}", o.replace('_', "-")))}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                    <tr class="cw-table__row">
                        <th scope="row" class="cw-table__header">{t("budget-aspect-covers")}</th>
                        {OPTIONS.iter().map(|o| view! {
                            <td class="cw-table__cell">{if *o == "mixed" { t("budget-covers-mixed") } else { t("budget-covers-all") }}</td>
                        }).collect_view()}
                    </tr>
                </tbody>
            </table>
            </div>
            <p class="cw-body">{t("budget-options-change")}</p>
            {data.budget.can_choose.then(|| view! { <LinkButton text=t("budget-choose-start") href=format!("/people/{p}/budget/choose")/> })}
        </Page>
    }
}

#[component]
pub fn BudgetEasyReadView(data: OptionsData) -> impl IntoView {
    let p = data.budget.person_id;
    let title = t("budget-easy-title");
    let crumbs = budget_crumbs(
        p,
        &data.budget.person_name,
        data.budget.own,
        Some(title.clone()),
    );
    let amount = data
        .budget
        .version
        .as_ref()
        .map(|v| format_pence(v.budget_total_pence));
    view! {
        <Page title=title.clone() crumbs=crumbs>
            <crate::components::PageVersions versions=data.versions placement_first=true/>
            <div class="cw-easy-read">
                <h1 class="cw-heading-l">{title}</h1>
                <crate::components::PageVersions versions=data.versions/>
                <crate::components::EasyReadPoints key="budget_options"/>
                <p>{t("budget-easy-lead")}</p>
                {amount.map(|a| view! { <p>{t_args("budget-easy-amount", &[("amount", a.into())])}</p> })}
                <p>{t("budget-easy-choose")}</p>
                {OPTIONS.iter().map(|o| {
                    let code = o.replace('_', "-");
                    view! {
                        <h2 class="cw-heading-m">{option_label(o)}</h2>
                        <p>{t(&format!("budget-easy-{code}-means"))}</p>
                        <p><strong>{t("budget-easy-good")}</strong>" "{t(&format!("budget-easy-{code}-good"))}</p>
                        <p><strong>{t("budget-easy-hard")}</strong>" "{t(&format!("budget-easy-{code}-hard"))}</p>
                    }
                }).collect_view()}
                <h2 class="cw-heading-m">{t("budget-easy-help-heading")}</h2>
                <p>{t("budget-easy-help")}</p>
                <p><a href=format!("/people/{p}/budget/options")>{t("budget-easy-standard-link")}</a></p>
            </div>
            {data.budget.can_choose.then(|| view! { <LinkButton text=t("budget-choose-start") href=format!("/people/{p}/budget/choose")/> })}
        </Page>
    }
}

// ---------------------------------------------------------------- the worker's answer

#[derive(Clone, Debug, Default)]
pub struct DecideData {
    pub person_id: i64,
    pub person_name: String,
    pub request: Request,
    pub form: Option<FormState>,
}

fn decide_form(id: i64) -> String {
    format!("budget-decide-{id}")
}

async fn load_decide(ctx: PageCtx, person_id: i64, rid: i64) -> Result<DecideData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::DecideBudget).await?;
    let request = budget::request(&ctx.state.db, person_id, rid)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_budget",
        "budget_request",
        Some(rid.to_string()),
    )
    .await?;
    Ok(DecideData {
        person_id,
        person_name: access.person_name,
        form: ctx.take_form(&decide_form(rid)).await?,
        request,
    })
}

#[component]
pub fn BudgetDecidePage() -> impl IntoView {
    loaded(
        load_decide(PageCtx::current(), person_param(), param("rid")),
        |data| view! { <BudgetDecideView data/> },
    )
}

#[component]
pub fn BudgetDecideView(data: DecideData) -> impl IntoView {
    let p = data.person_id;
    let r = data.request.clone();
    let title = t("budget-decide-title");
    let form = data.form.unwrap_or_default();
    let choices = vec![
        Choice::new("agreed", t("budget-decide-agreed")).with_hint(t("budget-decide-agreed-hint")),
        Choice::new("discuss", t("budget-decide-discuss"))
            .with_hint(t("budget-decide-discuss-hint")),
    ];
    view! {
        <Page title=title.clone() crumbs=budget_crumbs(p, &data.person_name, false, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <SummaryList rows=request_rows(&r)/>
            <form method="post" action=format!("/people/{p}/budget/requests/{}", r.id) novalidate=true>
                <Radios name="decision" legend=t("budget-decide-legend") choices=choices selected=form.v("decision") error=form.error_text("decision")/>
                <Textarea name="note" label=t("budget-decide-note") hint=t("budget-decide-note-hint") value=form.v("note") error=form.error_text("note") max_chars=2000 rows=4/>
                <Button text=t("budget-decide-send")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/budget/requests/{rid}`.
pub async fn decide_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, rid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let rid = rid.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::DecideBudget).await?;
        let back = format!("/people/{person_id}/budget/requests/{rid}");
        let f = Fields(fields);
        let mut form = FormState::new(&decide_form(rid));
        let decision = form.choice(
            &f,
            "decision",
            &["agreed", "discuss"],
            Msg("budget-decide-error"),
        );
        let empty = (decision == "discuss").then_some(Msg("budget-decide-note-empty"));
        let note = form.text(&f, "note", 2000, empty);
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        if !budget::decide(
            &state.db,
            person_id,
            rid,
            &decision,
            &note,
            v.account_id,
            state.clock.now(),
        )
        .await?
        {
            return Err(AppError::NotFound);
        }
        state
            .audit(
                &v,
                &access,
                "decided_budget_choice",
                "budget_request",
                Some(rid.to_string()),
                &meta,
            )
            .await?;
        Ok(forms::done(
            &session,
            Msg("budget-decided"),
            &format!("/people/{person_id}/budget"),
        )
        .await)
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

// ---------------------------------------------------------------- the record of the discussion

#[derive(Clone, Debug, Default)]
pub struct DiscussionsData {
    pub person_id: i64,
    pub person_name: String,
    pub rows: Vec<Discussion>,
}

async fn load_discussions(ctx: PageCtx, person_id: i64) -> Result<DiscussionsData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::DecideBudget).await?;
    let rows = budget::discussions(&ctx.state.db, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_budget", "budget_discussion", None)
        .await?;
    Ok(DiscussionsData {
        person_id,
        person_name: access.person_name,
        rows,
    })
}

#[component]
pub fn BudgetDiscussionsPage() -> impl IntoView {
    loaded(
        load_discussions(PageCtx::current(), person_param()),
        |data| view! { <BudgetDiscussionsView data/> },
    )
}

#[component]
pub fn BudgetDiscussionsView(data: DiscussionsData) -> impl IntoView {
    let p = data.person_id;
    let title = t("budget-discussions-title");
    let locale = current();
    view! {
        <Page title=title.clone() crumbs=budget_crumbs(p, &data.person_name, false, Some(title.clone()))>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("budget-discussions-lead")}</p>
            {if data.rows.is_empty() {
                view! { <p class="cw-body">{t("budget-discussions-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("budget-discussions-caption", &[("count", data.rows.len().into())])}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("budget-discussions-when")}</th>
                            <th scope="col" class="cw-table__header">{t("budget-discussions-who")}</th>
                            <th scope="col" class="cw-table__header">{t("budget-discussions-what")}</th>
                            <th scope="col" class="cw-table__header">{t("budget-discussions-shown")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.rows.iter().map(|d| view! {
                                <tr class="cw-table__row">
                                    <td class="cw-table__cell">{crate::dates::format_instant(locale, d.at)}</td>
                                    <td class="cw-table__cell">{format!("{} ({})", d.who, t(&format!("role-{}", d.role.replace('_', "-"))))}</td>
                                    <td class="cw-table__cell">{t(&format!("budget-event-{}", d.event.replace('_', "-")))}</td>
                                    <td class="cw-table__cell">{d.shown.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </Page>
    }
}
