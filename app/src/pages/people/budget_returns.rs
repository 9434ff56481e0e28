//! The quarterly audit return (`/budget/account/returns`): for each
//! quarter that has ended, the person (or a carer who manages payments)
//! sends the quarter's statement and receipts; the social worker accepts
//! it or raises a query; the person answers in the portal, which sends it
//! back. Reading needs `ViewBudget`; sending and answering need
//! `ManagePayments`; accepting and querying need `DecideBudget`.

use super::budget_account::{month_label, StatementTable};
use super::{param_str, person_crumbs, person_param};
use crate::auth::{Client, SignedIn};
use crate::authz::{Action, Relationship};
use crate::budget::account::{self, Statement};
use crate::budget::returns::{self, Message, Return};
use crate::budget::spend::{self, Spend};
use crate::components::{
    Button, Choice, Crumb, ErrorSummary, NotificationBanner, Radios, SummaryList, SummaryRow, Tag,
    Textarea,
};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::money::format_pence;
use crate::pages::{loaded, PageCtx};
use crate::plan;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

const MESSAGE_MAX: usize = 2000;

fn quarter_label(q: &str) -> String {
    match account::quarter_bounds(q) {
        Some((first, last)) => t_args(
            "dp-return-quarter",
            &[
                ("from", month_label(&first[..7]).into()),
                ("to", month_label(&last[..7]).into()),
            ],
        ),
        None => q.to_string(),
    }
}

fn status_label(s: Option<&str>) -> String {
    t(&format!("dp-return-status-{}", s.unwrap_or("not-sent")))
}

fn crumbs(p: i64, name: &str, own: bool, here: Option<String>) -> Vec<Crumb> {
    let mut c = person_crumbs(p, name, Some(t("budget-title")));
    c.pop();
    c.push(Crumb::link(
        t("budget-title"),
        format!("/people/{p}/budget"),
    ));
    c.push(Crumb::link(
        if own {
            t("dp-title-own")
        } else {
            t("dp-title")
        },
        format!("/people/{p}/budget/account"),
    ));
    match here {
        None => c.push(Crumb::here(t("dp-returns-title"))),
        Some(h) => {
            c.push(Crumb::link(
                t("dp-returns-title"),
                format!("/people/{p}/budget/account/returns"),
            ));
            c.push(Crumb::here(h));
        }
    }
    c
}

#[derive(Clone, Debug, Default)]
pub struct ReturnsData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub today: String,
    /// (quarter, its return if sent)
    pub quarters: Vec<(String, Option<Return>)>,
    pub has_account: bool,
}

async fn load_list(ctx: PageCtx, person_id: i64) -> Result<ReturnsData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewBudget).await?;
    let db = &ctx.state.db;
    let version = plan::current_agreed(db, person_id).await?;
    let terms = version.as_ref().and_then(spend::terms);
    let today = ctx.state.clock.today();
    let sent = returns::returns(db, person_id).await?;
    let quarters = terms
        .as_ref()
        .map(|t| account::quarters(&t.starts_on, &today))
        .unwrap_or_default()
        .into_iter()
        .map(|q| {
            let r = sent.iter().find(|r| r.quarter == q).cloned();
            (q, r)
        })
        .collect();
    ctx.audit(&viewer, &access, "viewed_dp_account", "dp_return", None)
        .await?;
    Ok(ReturnsData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name,
        today,
        quarters,
        has_account: terms.is_some(),
    })
}

#[component]
pub fn ReturnsPage() -> impl IntoView {
    loaded(
        load_list(PageCtx::current(), person_param()),
        |data| view! { <ReturnsView data/> },
    )
}

#[component]
pub fn ReturnsView(data: ReturnsData) -> impl IntoView {
    let p = data.person_id;
    let title = t("dp-returns-title");
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, data.own, None)>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("dp-returns-lead")}</p>
            {if !data.has_account {
                view! { <p class="cw-body">{t("dp-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t("dp-returns-caption")}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("dp-return-period")}</th>
                            <th scope="col" class="cw-table__header">{t("dp-return-status")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.quarters.iter().map(|(q, r)| {
                                let ended = account::quarter_bounds(q).is_some_and(|(_, last)| last < data.today);
                                let status = match r {
                                    Some(r) => status_label(Some(&r.status)),
                                    None if ended => status_label(None),
                                    None => t("dp-return-status-open"),
                                };
                                view! {
                                    <tr class="cw-table__row">
                                        <th scope="row" class="cw-table__header"><a href=format!("/people/{p}/budget/account/returns/{q}")>{quarter_label(q)}</a></th>
                                        <td class="cw-table__cell"><Tag text=status/></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </Page>
    }
}

#[derive(Clone, Debug, Default)]
pub struct ReturnData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub quarter: String,
    pub ended: bool,
    pub statement: Statement,
    pub spends: Vec<Spend>,
    pub sent: Option<Return>,
    pub messages: Vec<Message>,
    pub can_send: bool,
    pub can_decide: bool,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

fn form_id(q: &str) -> String {
    format!("dp-return-{q}")
}

async fn load_one(ctx: PageCtx, person_id: i64, quarter: String) -> Result<ReturnData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewBudget).await?;
    let (first, last) = account::quarter_bounds(&quarter).ok_or(AppError::NotFound)?;
    let db = &ctx.state.db;
    let version = plan::current_agreed(db, person_id).await?;
    let terms = version
        .as_ref()
        .and_then(spend::terms)
        .ok_or(AppError::NotFound)?;
    let today = ctx.state.clock.today();
    if last < terms.starts_on || first > today {
        return Err(AppError::NotFound);
    }
    let all_spends = spend::spends(db, person_id).await?;
    let lines = account::lines(
        &terms,
        &all_spends.iter().map(Spend::line).collect::<Vec<_>>(),
        &today,
    );
    let statement = account::period_statement(&lines, &quarter, &first, &last);
    let spends = all_spends
        .into_iter()
        .filter(|s| s.on >= first && s.on <= last)
        .collect();
    let sent = returns::for_quarter(db, person_id, &quarter).await?;
    let messages = match &sent {
        Some(r) => returns::messages(db, r.id).await?,
        None => vec![],
    };
    ctx.audit(
        &viewer,
        &access,
        "viewed_dp_account",
        "dp_return",
        Some(quarter.clone()),
    )
    .await?;
    Ok(ReturnData {
        person_id,
        own: access.relationship == Relationship::Own,
        can_send: super::may(viewer.role, &access.relationship, Action::ManagePayments),
        can_decide: super::may(viewer.role, &access.relationship, Action::DecideBudget),
        person_name: access.person_name,
        ended: last < today,
        form: ctx.take_form(&form_id(&quarter)).await?,
        notice: ctx.take_notice().await?,
        quarter,
        statement,
        spends,
        sent,
        messages,
    })
}

#[component]
pub fn ReturnPage() -> impl IntoView {
    loaded(
        load_one(PageCtx::current(), person_param(), param_str("quarter")),
        |data| view! { <ReturnView data/> },
    )
}

#[component]
pub fn ReturnView(data: ReturnData) -> impl IntoView {
    let p = data.person_id;
    let q = data.quarter.clone();
    let title = t_args("dp-return-title", &[("period", quarter_label(&q).into())]);
    let form = data.form.clone().unwrap_or_default();
    let locale = current();
    let missing = data
        .spends
        .iter()
        .filter(|s| s.receipt_key.is_none())
        .count();
    let status = data.sent.as_ref().map(|r| r.status.clone());
    let rows = vec![
        SummaryRow::new(t("dp-return-status"), status_label(status.as_deref())),
        SummaryRow::new(t("dp-opening"), format_pence(data.statement.opening_pence)),
        SummaryRow::new(t("dp-in"), format_pence(data.statement.money_in_pence)),
        SummaryRow::new(t("dp-out"), format_pence(data.statement.money_out_pence)),
        SummaryRow::new(
            t("dp-return-closing"),
            format_pence(data.statement.closing_pence),
        ),
        SummaryRow::new(
            t("dp-return-receipts"),
            t_args(
                "dp-return-receipts-value",
                &[
                    ("count", data.spends.len().into()),
                    ("missing", missing.into()),
                ],
            ),
        ),
    ];
    let action = format!("/people/{p}/budget/account/returns/{q}");
    let person_form = match (data.can_send, status.as_deref(), data.ended) {
        (true, None, true) => Some(view! {
            <form method="post" action=action.clone() novalidate=true>
                <input type="hidden" name="action" value="submit"/>
                <p class="cw-body">{t("dp-return-send-lead")}</p>
                <Button text=t("dp-return-send")/>
            </form>
        }.into_any()),
        (true, None, false) => Some(view! { <p class="cw-body">{t("dp-return-not-ended")}</p> }.into_any()),
        (true, Some("queries"), _) => Some(view! {
            <form method="post" action=action.clone() novalidate=true>
                <input type="hidden" name="action" value="answer"/>
                <Textarea name="message" label=t("dp-return-answer-label") hint=t("dp-return-answer-hint") value=form.v("message") error=form.error_text("message") max_chars=MESSAGE_MAX rows=5/>
                <Button text=t("dp-return-answer-send")/>
            </form>
        }.into_any()),
        _ => None,
    };
    let staff_form = (data.can_decide && status.as_deref() == Some("submitted")).then(|| {
        let choices = vec![
            Choice::new("accepted", t("dp-return-accept")).with_hint(t("dp-return-accept-hint")),
            Choice::new("queries", t("dp-return-query")).with_hint(t("dp-return-query-hint")),
        ];
        view! {
            <form method="post" action=action.clone() novalidate=true>
                <input type="hidden" name="action" value="decide"/>
                <Radios name="decision" legend=t("dp-return-decide-legend") choices=choices selected=form.v("decision") error=form.error_text("decision")/>
                <Textarea name="message" label=t("dp-return-message-label") hint=t("dp-return-message-hint") value=form.v("message") error=form.error_text("message") max_chars=MESSAGE_MAX rows=5/>
                <Button text=t("dp-return-decide-send")/>
            </form>
        }
    });
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, data.own, Some(quarter_label(&q))) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <SummaryList rows=rows/>
            <StatementTable statement=data.statement.clone()/>
            <h2 class="cw-heading-m" id="messages">{t("dp-return-messages-heading")}</h2>
            {if data.messages.is_empty() {
                view! { <p class="cw-body">{t("dp-return-messages-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cw-comment-list">
                        {data.messages.iter().map(|m| view! {
                            <li class="cw-comment">
                                <p class="cw-body cw-prewrap">{m.body.clone()}</p>
                                <p class="cw-body cw-hint">{t_args("dp-return-message-by", &[("name", m.author_name.clone().into()), ("date", crate::dates::format_instant(locale, m.at).into())])}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {person_form}
            {staff_form}
        </Page>
    }
}

/// `POST /people/{id}/budget/account/returns/{quarter}`: send, answer a
/// query, or (staff) accept or query.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, quarter)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let f = Fields(fields);
        let action = f.text("action", 20);
        let needed = if action == "decide" {
            Action::DecideBudget
        } else {
            Action::ManagePayments
        };
        let access = state.authorise(&v, person_id, needed).await?;
        let (_, last) = account::quarter_bounds(&quarter).ok_or(AppError::NotFound)?;
        let back = format!("/people/{person_id}/budget/account/returns/{quarter}");
        let now = state.clock.now();
        let mut form = FormState::new(&form_id(&quarter));
        let (audit, notice) = match action.as_str() {
            "submit" => {
                if last >= state.clock.today() {
                    return Err(AppError::NotFound);
                }
                let version = plan::current_agreed(&state.db, person_id).await?;
                let terms = version
                    .as_ref()
                    .and_then(spend::terms)
                    .ok_or(AppError::NotFound)?;
                // No return for a quarter that ended before the account began.
                if last < terms.starts_on {
                    return Err(AppError::NotFound);
                }
                returns::submit(&state.db, person_id, &quarter, v.account_id, now).await?;
                ("submitted_dp_return", Msg("dp-return-sent"))
            }
            "answer" => {
                let message = form.text(
                    &f,
                    "message",
                    MESSAGE_MAX,
                    Some(Msg("dp-return-error-answer-empty")),
                );
                if form.has_errors() {
                    return Ok(forms::fail(&session, &form, &back).await);
                }
                let r = returns::for_quarter(&state.db, person_id, &quarter)
                    .await?
                    .ok_or(AppError::NotFound)?;
                if !returns::answer(&state.db, r.id, v.account_id, v.role.code(), &message, now)
                    .await?
                {
                    // Not waiting for an answer (a second click): nothing to do.
                    return Ok(forms::see_other(&back));
                }
                ("answered_dp_return", Msg("dp-return-answered"))
            }
            "decide" => {
                let decision = form.choice(
                    &f,
                    "decision",
                    &["accepted", "queries"],
                    Msg("dp-return-error-decision"),
                );
                let empty = (decision == "queries").then_some(Msg("dp-return-error-query-empty"));
                let message = form.text(&f, "message", MESSAGE_MAX, empty);
                if form.has_errors() {
                    return Ok(forms::fail(&session, &form, &back).await);
                }
                let r = returns::for_quarter(&state.db, person_id, &quarter)
                    .await?
                    .ok_or(AppError::NotFound)?;
                if !returns::decide(
                    &state.db,
                    r.id,
                    &decision,
                    v.account_id,
                    v.role.code(),
                    &message,
                    now,
                )
                .await?
                {
                    return Ok(forms::see_other(&back));
                }
                ("decided_dp_return", Msg("dp-return-decided"))
            }
            _ => return Err(AppError::BadRequest),
        };
        crate::audit::record(
            &state.db,
            now,
            &v,
            &access,
            audit,
            "dp_return",
            Some(quarter.clone()),
            &meta,
        )
        .await?;
        Ok(forms::done(&session, notice, &back).await)
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
