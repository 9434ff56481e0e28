//! The direct payment account: the balance and warnings, spending recorded
//! with a receipt (an image or PDF, checked from its content, through the
//! storage abstraction), and a statement per month as a page, a CSV file
//! and a self-contained HTML file. Reading needs `ViewBudget`; recording
//! spending needs `ManagePayments` (the person, or a carer with the
//! "manage payments" scope): carers who may only see the budget can read
//! but not write.

use super::{param_str, person_crumbs, person_param};
use crate::auth::{tokens, Client, SignedIn, Viewer};
use crate::authz::{Access, Action, Relationship};
use crate::budget::account::{self, Line, Statement, Terms, Warning};
use crate::budget::spend::{self, NewSpend, Spend, CATEGORIES, RECEIPT_MAX_BYTES};
use crate::components::{
    Button, Choice, Crumb, DateInput, ErrorSummary, NotificationBanner, Radios, Select,
    SummaryList, SummaryRow, TextInput,
};
use crate::dates::format_date;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::money::{format_pence, parse_pence};
use crate::pages::{loaded, PageCtx};
use crate::plan::{self, PlanVersion};
use crate::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

const SPEND_FORM: &str = "dp-spend";

fn crumbs(p: i64, name: &str, own: bool, here: Option<String>) -> Vec<Crumb> {
    let title = account_title(own);
    let mut c = person_crumbs(p, name, Some(t("budget-title")));
    c.pop();
    c.push(Crumb::link(
        t("budget-title"),
        format!("/people/{p}/budget"),
    ));
    match here {
        None => c.push(Crumb::here(title)),
        Some(h) => {
            c.push(Crumb::link(title, format!("/people/{p}/budget/account")));
            c.push(Crumb::here(h));
        }
    }
    c
}

fn account_title(own: bool) -> String {
    if own {
        t("dp-title-own")
    } else {
        t("dp-title")
    }
}

pub fn month_label(month: &str) -> String {
    account::month_bounds(month)
        .map(|(first, _)| {
            let full = format_date(current(), &first);
            // "1 March 2026" → "March 2026"
            full.split_once(' ')
                .map(|(_, rest)| rest.to_string())
                .unwrap_or(full)
        })
        .unwrap_or_default()
}

fn category_label(code: &str) -> String {
    t(&format!("dp-category-{}", code.replace('_', "-")))
}

#[derive(Clone, Debug, Default)]
pub struct AccountData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub today: String,
    pub version: Option<PlanVersion>,
    pub terms: Option<Terms>,
    pub spends: Vec<Spend>,
    pub lines: Vec<Line>,
    pub can_spend: bool,
    pub surplus_weeks: i64,
    pub notice: Option<String>,
}

async fn load_account(
    ctx: &PageCtx,
    person_id: i64,
    action: &str,
) -> Result<(Viewer, Access, AccountData), AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewBudget).await?;
    let db = &ctx.state.db;
    let version = plan::current_agreed(db, person_id).await?;
    let terms = version.as_ref().and_then(spend::terms);
    let spends = spend::spends(db, person_id).await?;
    let today = ctx.state.clock.today();
    let lines = match &terms {
        Some(t) => account::lines(
            t,
            &spends.iter().map(Spend::line).collect::<Vec<_>>(),
            &today,
        ),
        None => vec![],
    };
    ctx.audit(&viewer, &access, action, "dp_account", None)
        .await?;
    let data = AccountData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name.clone(),
        today,
        version,
        terms,
        spends,
        lines,
        can_spend: super::may(viewer.role, &access.relationship, Action::ManagePayments),
        surplus_weeks: ctx.state.config.dp_surplus_weeks,
        notice: ctx.take_notice().await?,
    };
    Ok((viewer, access, data))
}

async fn load_overview(ctx: PageCtx, person_id: i64) -> Result<AccountData, AppError> {
    Ok(load_account(&ctx, person_id, "viewed_dp_account").await?.2)
}

#[component]
pub fn DpAccountPage() -> impl IntoView {
    loaded(
        load_overview(PageCtx::current(), person_param()),
        |data| view! { <AccountView data/> },
    )
}

fn warning_text(w: &Warning) -> String {
    match w {
        Warning::Surplus {
            weeks,
            balance,
            limit,
        } => t_args(
            "dp-warning-surplus",
            &[
                ("weeks", (*weeks).into()),
                ("balance", format_pence(*balance).into()),
                ("limit", format_pence(*limit).into()),
            ],
        ),
        Warning::TooLow { balance, committed } => t_args(
            "dp-warning-too-low",
            &[
                ("balance", format_pence(*balance).into()),
                ("committed", format_pence(*committed).into()),
            ],
        ),
        Warning::MissingReceipts { count } => {
            t_args("dp-warning-receipts", &[("count", (*count).into())])
        }
    }
}

#[component]
pub fn AccountView(data: AccountData) -> impl IntoView {
    let p = data.person_id;
    let title = account_title(data.own);
    let locale = current();
    let Some(terms) = data.terms.clone() else {
        return view! {
            <Page title=title.clone() crumbs=crumbs(p, &data.person_name, data.own, None)>
                <h1 class="cw-heading-l">{title}</h1>
                <p class="cw-body">{t("dp-none")}</p>
                <p class="cw-body"><a href=format!("/people/{p}/budget")>{t("dp-back-to-budget")}</a></p>
            </Page>
        }
        .into_any();
    };
    let balance = account::balance(&data.lines, &data.today);
    let warnings = account::warnings(&terms, &data.lines, &data.today, data.surplus_weeks);
    let rows = vec![
        SummaryRow::new(t("dp-balance"), format_pence(balance)),
        SummaryRow::new(
            t("dp-payments-in"),
            t_args(
                "dp-payments-in-value",
                &[
                    ("amount", format_pence(terms.amount_pence).into()),
                    (
                        "frequency",
                        t(&format!(
                            "plan-frequency-{}",
                            terms.frequency.replace('_', "-")
                        ))
                        .into(),
                    ),
                ],
            ),
        ),
        SummaryRow::new(
            t("plan-contribution"),
            t_args(
                "plan-per-week",
                &[("amount", format_pence(terms.contribution_pence).into())],
            ),
        ),
        SummaryRow::new(
            t("dp-committed"),
            t_args(
                "plan-per-week",
                &[("amount", format_pence(terms.committed_weekly_pence).into())],
            ),
        ),
    ];
    let months = account::months(&terms.starts_on, &data.today);
    let recent: Vec<Spend> = data.spends.iter().rev().take(10).cloned().collect();
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, data.own, None)>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {(!warnings.is_empty()).then(|| view! {
                <div class="cw-warning" role="region" aria-labelledby="dp-warnings">
                    <h2 class="cw-heading-m" id="dp-warnings">{t("dp-warnings-heading")}</h2>
                    <ul class="cw-list cw-list--bullet">{warnings.iter().map(|w| view! { <li>{warning_text(w)}</li> }).collect_view()}</ul>
                </div>
            })}
            <SummaryList rows=rows/>
            {data.can_spend.then(|| view! { <p class="cw-body"><a class="cw-button" href=format!("/people/{p}/budget/account/spend")>{t("dp-record-spend")}</a></p> })}
            <h2 class="cw-heading-m">{t("dp-recent-heading")}</h2>
            {if recent.is_empty() {
                view! { <p class="cw-body">{t("dp-recent-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t("dp-recent-caption")}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("dp-date")}</th>
                            <th scope="col" class="cw-table__header">{t("dp-payee")}</th>
                            <th scope="col" class="cw-table__header">{t("dp-category")}</th>
                            <th scope="col" class="cw-table__header cw-table__header--numeric">{t("dp-amount")}</th>
                            <th scope="col" class="cw-table__header">{t("dp-receipt")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {recent.into_iter().map(|s| {
                                let receipt = match &s.receipt_key {
                                    Some(_) => view! { <a href=format!("/people/{p}/budget/account/spends/{}/receipt", s.id)>{t("dp-receipt-view")}<span class="cw-visually-hidden">" " {s.payee.clone()}</span></a> }.into_any(),
                                    None if data.can_spend => view! {
                                        <a href=format!("/people/{p}/budget/account/spends/{}", s.id)>{t("dp-receipt-add")}<span class="cw-visually-hidden">" " {s.payee.clone()}</span></a>
                                    }.into_any(),
                                    None => view! { <strong class="cw-tag cw-tag--grey">{t("dp-receipt-missing")}</strong> }.into_any(),
                                };
                                view! {
                                    <tr class="cw-table__row">
                                        <td class="cw-table__cell">{format_date(locale, &s.on)}</td>
                                        <th scope="row" class="cw-table__header">{s.payee.clone()}</th>
                                        <td class="cw-table__cell">{category_label(&s.category)}</td>
                                        <td class="cw-table__cell cw-table__cell--numeric">{format_pence(s.pence)}</td>
                                        <td class="cw-table__cell">{receipt}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <p class="cw-body"><a href=format!("/people/{p}/budget/account/returns")>{t("dp-returns-link")}</a></p>
            <h2 class="cw-heading-m">{t("dp-statements-heading")}</h2>
            <ul class="cw-list cw-list--bullet">
                {months.into_iter().map(|m| view! { <li><a href=format!("/people/{p}/budget/account/{m}")>{t_args("dp-statement-for", &[("month", month_label(&m).into())])}</a></li> }).collect_view()}
            </ul>
        </Page>
    }
    .into_any()
}

// ---------------------------------------------------------------- statements

#[derive(Clone, Debug, Default)]
pub struct StatementData {
    pub account: AccountData,
    pub statement: Statement,
}

fn valid_month(m: &str) -> bool {
    m.len() == 7 && account::month_bounds(m).is_some()
}

async fn load_statement(
    ctx: PageCtx,
    person_id: i64,
    month: String,
) -> Result<StatementData, AppError> {
    if !valid_month(&month) {
        ctx.authorise(person_id, Action::ViewBudget).await?;
        return Err(AppError::NotFound);
    }
    let (_, _, account) = load_account(&ctx, person_id, "viewed_dp_account").await?;
    let statement = account::statement(&account.lines, &month).ok_or(AppError::NotFound)?;
    Ok(StatementData { account, statement })
}

#[component]
pub fn StatementPage() -> impl IntoView {
    loaded(
        load_statement(PageCtx::current(), person_param(), param_str("month")),
        |data| view! { <StatementView data/> },
    )
}

fn line_text(l: &Line) -> String {
    match l.kind.as_str() {
        "council" => t("dp-line-council"),
        "contribution" => t("dp-line-contribution"),
        _ => l.description.clone(),
    }
}

/// The statement table, shared by the page and the downloaded copy.
#[component]
pub fn StatementTable(statement: Statement) -> impl IntoView {
    let locale = current();
    let label = month_label(&statement.month);
    view! {
        <table class="cw-table">
            <caption class="cw-table__caption">{t_args("dp-statement-caption", &[("month", label.into())])}</caption>
            <thead class="cw-table__head"><tr class="cw-table__row">
                <th scope="col" class="cw-table__header">{t("dp-date")}</th>
                <th scope="col" class="cw-table__header">{t("dp-what")}</th>
                <th scope="col" class="cw-table__header cw-table__header--numeric">{t("dp-in")}</th>
                <th scope="col" class="cw-table__header cw-table__header--numeric">{t("dp-out")}</th>
                <th scope="col" class="cw-table__header cw-table__header--numeric">{t("dp-balance")}</th>
            </tr></thead>
            <tbody class="cw-table__body">
                <tr class="cw-table__row">
                    <th scope="row" colspan="4" class="cw-table__header">{t("dp-opening")}</th>
                    <td class="cw-table__cell cw-table__cell--numeric">{format_pence(statement.opening_pence)}</td>
                </tr>
                {statement.lines.iter().map(|(l, after)| view! {
                    <tr class="cw-table__row">
                        <td class="cw-table__cell">{format_date(locale, &l.on)}</td>
                        <th scope="row" class="cw-table__header">{line_text(l)}{(l.kind == "spend" && !l.has_receipt).then(|| view! { " "<strong class="cw-tag cw-tag--grey">{t("dp-receipt-missing")}</strong> })}</th>
                        <td class="cw-table__cell cw-table__cell--numeric">{(l.pence >= 0).then(|| format_pence(l.pence))}</td>
                        <td class="cw-table__cell cw-table__cell--numeric">{(l.pence < 0).then(|| format_pence(-l.pence))}</td>
                        <td class="cw-table__cell cw-table__cell--numeric">{format_pence(*after)}</td>
                    </tr>
                }).collect_view()}
                <tr class="cw-table__row">
                    <th scope="row" class="cw-table__header" colspan="2">{t("dp-totals")}</th>
                    <td class="cw-table__cell cw-table__cell--numeric">{format_pence(statement.money_in_pence)}</td>
                    <td class="cw-table__cell cw-table__cell--numeric">{format_pence(statement.money_out_pence)}</td>
                    <td class="cw-table__cell cw-table__cell--numeric"><strong>{format_pence(statement.closing_pence)}</strong></td>
                </tr>
            </tbody>
        </table>
    }
}

#[component]
pub fn StatementView(data: StatementData) -> impl IntoView {
    let p = data.account.person_id;
    let m = data.statement.month.clone();
    let title = t_args("dp-statement-for", &[("month", month_label(&m).into())]);
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.account.person_name, data.account.own, Some(title.clone()))>
            <h1 class="cw-heading-l">{title}</h1>
            <StatementTable statement=data.statement.clone()/>
            <ul class="cw-list cw-list--bullet">
                <li><a href=format!("/people/{p}/budget/account/{m}/statement.csv") download="">{t("dp-download-csv")}</a></li>
                <li><a href=format!("/people/{p}/budget/account/{m}/statement.html") download="">{t("dp-download-html")}</a></li>
            </ul>
        </Page>
    }
}

fn csv_field(s: &str) -> String {
    // Quote every field; double quotes inside; a leading =, +, -, @, tab
    // or carriage return is prefixed with ' so a spreadsheet never runs it
    // as a formula (OWASP CSV injection).
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn pounds(pence: i64) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    format!(
        "{sign}{}.{:02}",
        pence.unsigned_abs() / 100,
        pence.unsigned_abs() % 100
    )
}

/// The month as CSV: date, what, category, in, out, balance (pounds with
/// two decimals, from pence).
pub fn statement_csv(s: &Statement, spends: &[Spend]) -> String {
    let mut out = String::from(
        "\"date\",\"what\",\"category\",\"money_in\",\"money_out\",\"balance\",\"receipt\"\r\n",
    );
    out.push_str(&format!(
        "{},{},{},,,{},\r\n",
        csv_field(&s.month),
        csv_field("opening balance"),
        csv_field(""),
        pounds(s.opening_pence)
    ));
    for (l, after) in &s.lines {
        let spend = l.spend_id.and_then(|id| spends.iter().find(|x| x.id == id));
        let what = match l.kind.as_str() {
            "council" => "council payment".to_string(),
            "contribution" => "your contribution".to_string(),
            _ => l.description.clone(),
        };
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\r\n",
            csv_field(&l.on),
            csv_field(&what),
            csv_field(spend.map(|x| x.category.as_str()).unwrap_or("")),
            if l.pence >= 0 {
                pounds(l.pence)
            } else {
                String::new()
            },
            if l.pence < 0 {
                pounds(-l.pence)
            } else {
                String::new()
            },
            pounds(*after),
            csv_field(if l.kind != "spend" {
                ""
            } else if l.has_receipt {
                "yes"
            } else {
                "missing"
            }),
        ));
    }
    out
}

async fn statement_for(
    state: &AppState,
    v: &Viewer,
    meta: &crate::auth::ClientMeta,
    person_id: i64,
    month: &str,
    kind: &str,
) -> Result<(Statement, Vec<Spend>, String), AppError> {
    let access = state.authorise(v, person_id, Action::ViewBudget).await?;
    if !valid_month(month) {
        return Err(AppError::NotFound);
    }
    let version = plan::current_agreed(&state.db, person_id).await?;
    let terms = version
        .as_ref()
        .and_then(spend::terms)
        .ok_or(AppError::NotFound)?;
    let spends = spend::spends(&state.db, person_id).await?;
    let lines = account::lines(
        &terms,
        &spends.iter().map(Spend::line).collect::<Vec<_>>(),
        &state.clock.today(),
    );
    let s = account::statement(&lines, month).ok_or(AppError::NotFound)?;
    state
        .audit(
            v,
            &access,
            "exported_dp_statement",
            kind,
            Some(month.to_string()),
            meta,
        )
        .await?;
    Ok((s, spends, access.person_name))
}

use super::plan_export::attachment;

/// `GET /people/{id}/budget/account/{month}/statement.csv`.
pub async fn csv(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, month)): Path<(String, String)>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    match statement_for(&state, &v, &meta, person_id, &month, "dp_statement_csv").await {
        Ok((s, spends, _)) => attachment(
            statement_csv(&s, &spends),
            "text/csv; charset=utf-8",
            &format!("careway-statement-{month}.csv"),
        ),
        Err(e) => e.into_response(),
    }
}

/// `GET /people/{id}/budget/account/{month}/statement.html`: one
/// self-contained, accessible file.
pub async fn html(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, month)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    match statement_for(&state, &v, &meta, person_id, &month, "dp_statement_html").await {
        Ok((s, _, name)) => {
            let ui = crate::ui::Ui::from_request(&headers, &uri);
            let locale = ui.locale;
            let body = super::plan_export::standalone(
                locale,
                ui,
                &crate::i18n::tr(locale, "dp-title"),
                move || {
                    let title = t_args(
                        "dp-statement-for",
                        &[("month", month_label(&s.month).into())],
                    );
                    view! {
                        <main>
                            <h1>{title}</h1>
                            <p>{t_args("dp-statement-whose", &[("name", name.into())])}</p>
                            <StatementTable statement=s/>
                        </main>
                    }
                },
            );
            attachment(
                body,
                "text/html; charset=utf-8",
                &format!("careway-statement-{month}.html"),
            )
        }
        Err(e) => e.into_response(),
    }
}

// ---------------------------------------------------------------- recording spending

#[derive(Clone, Debug, Default)]
pub struct SpendData {
    pub account: AccountData,
    pub form: Option<FormState>,
    pub idem: String,
}

async fn load_spend(ctx: PageCtx, person_id: i64) -> Result<SpendData, AppError> {
    // Recording needs the manage scope only: the form shows the plan's
    // outcomes and today's date, not the balance.
    let (viewer, access) = ctx.authorise(person_id, Action::ManagePayments).await?;
    let version = plan::current_agreed(&ctx.state.db, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_dp_account", "dp_account", None)
        .await?;
    let account = AccountData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name,
        today: ctx.state.clock.today(),
        terms: version.as_ref().and_then(spend::terms),
        version,
        can_spend: true,
        ..Default::default()
    };
    Ok(SpendData {
        account,
        form: ctx.take_form(SPEND_FORM).await?,
        idem: tokens::new_token(),
    })
}

#[component]
pub fn SpendPage() -> impl IntoView {
    loaded(
        load_spend(PageCtx::current(), person_param()),
        |data| view! { <SpendView data/> },
    )
}

#[component]
pub fn SpendView(data: SpendData) -> impl IntoView {
    let p = data.account.person_id;
    let title = t("dp-spend-title");
    let form = data.form.clone().unwrap_or_default();
    let on = form.date_or("on", Some(&data.account.today));
    let categories: Vec<Choice> = CATEGORIES
        .iter()
        .map(|c| Choice::new(*c, category_label(c)))
        .collect();
    let mut outcomes: Vec<Choice> = vec![Choice::new("", t("dp-outcome-none"))];
    if let Some(v) = &data.account.version {
        outcomes.extend(
            v.outcomes
                .iter()
                .map(|o| Choice::new(o.key.clone(), o.text.clone())),
        );
    }
    let limit_mb = (RECEIPT_MAX_BYTES / (1024 * 1024)).to_string();
    if data.account.terms.is_none() {
        return view! {
            <Page title=title.clone() crumbs=crumbs(p, &data.account.person_name, data.account.own, Some(title.clone()))>
                <h1 class="cw-heading-l">{title}</h1>
                <p class="cw-body">{t("dp-none")}</p>
                <p class="cw-body"><a href=format!("/people/{p}/budget")>{t("dp-back-to-budget")}</a></p>
            </Page>
        }
        .into_any();
    }
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.account.person_name, data.account.own, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <form method="post" action=format!("/people/{p}/budget/account/spend") enctype="multipart/form-data" novalidate=true>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <DateInput name="on" legend=t("dp-spend-on") hint=t("draft-date-hint") value=on error=form.error_text("on")/>
                <TextInput name="payee" label=t("dp-payee") hint=t("dp-payee-hint") value=form.v("payee") error=form.error_text("payee")/>
                <Radios name="category" legend=t("dp-category") choices=categories selected=form.v("category") error=form.error_text("category")/>
                <TextInput name="amount" label=t("dp-amount") hint=t("draft-money-hint") value=form.v("amount") error=form.error_text("amount") width="10" inputmode="decimal"/>
                <Select name="outcome" label=t("dp-outcome") hint=t("dp-outcome-hint") choices=outcomes selected=form.v("outcome") error=form.error_text("outcome")/>
                <TextInput name="description" label=t("dp-description") value=form.v("description") error=form.error_text("description")/>
                <ReceiptInput error=form.error_text("receipt") label=t("dp-receipt-label") hint=t_args("dp-receipt-hint", &[("mb", limit_mb.clone().into())])/>
                <Button text=t("dp-spend-send")/>
            </form>
        </Page>
    }
    .into_any()
}

/// The receipt's file input: a visible label, the accepted types and the
/// size limit stated before upload, and the error tied to it. The browser
/// cannot keep a chosen file after a failed POST, so the error says to
/// choose it again.
#[component]
fn ReceiptInput(error: Option<String>, label: String, hint: String) -> impl IntoView {
    let described = if error.is_some() {
        "receipt-hint receipt-error"
    } else {
        "receipt-hint"
    };
    let group = if error.is_some() {
        "cw-form-group cw-form-group--error"
    } else {
        "cw-form-group"
    };
    view! {
        <div class=group>
            <label class="cw-label" for="receipt">{label}</label>
            <div class="cw-hint" id="receipt-hint">{hint}</div>
            {error.map(|e| view! { <crate::components::ErrorMessage id="receipt" text=e/> })}
            <input class="cw-file-upload" id="receipt" name="receipt" type="file" accept="image/jpeg,image/png,application/pdf" aria-describedby=described/>
        </div>
    }
}

/// Reads a multipart form: the text fields, and the file in `file_field`
/// (at most `max` bytes; more is `Err(TooBig)` after reading the rest of
/// the text fields, so they are kept).
pub struct Upload {
    pub fields: Vec<(String, String)>,
    pub file: Option<Vec<u8>>,
    pub too_big: bool,
}

pub async fn read_multipart(
    mut m: Multipart,
    file_field: &str,
    max: usize,
) -> Result<Upload, AppError> {
    let mut up = Upload {
        fields: vec![],
        file: None,
        too_big: false,
    };
    while let Some(mut field) = m.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field {
            let mut bytes: Vec<u8> = vec![];
            while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
                if bytes.len() + chunk.len() > max {
                    up.too_big = true;
                    bytes.clear();
                    // Drain the rest of this file without keeping it.
                    while field
                        .chunk()
                        .await
                        .map_err(|_| AppError::BadRequest)?
                        .is_some()
                    {}
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() {
                up.file = Some(bytes);
            }
        } else if up.fields.len() < 100 {
            let text = field.text().await.map_err(|_| AppError::BadRequest)?;
            up.fields.push((name, text.chars().take(10_000).collect()));
        }
    }
    Ok(up)
}

/// `POST /people/{id}/budget/account/spend` (multipart, for the receipt).
pub async fn spend_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state
            .authorise(&v, person_id, Action::ManagePayments)
            .await?;
        let back = format!("/people/{person_id}/budget/account/spend");
        let up = read_multipart(multipart, "receipt", RECEIPT_MAX_BYTES).await?;
        let f = Fields(up.fields);
        let idem = f.idem();
        if spend::recorded_with(&state.db, v.account_id, &idem)
            .await?
            .is_some()
        {
            return Ok(forms::see_other(&format!(
                "/people/{person_id}/budget/account"
            )));
        }
        let version = plan::current_agreed(&state.db, person_id).await?;
        let terms = version
            .as_ref()
            .and_then(spend::terms)
            .ok_or(AppError::NotFound)?;
        let today = state.clock.today();
        let mut form = FormState::new(SPEND_FORM);
        form.keep_date(&f, "on");
        let on = match forms::typed_date(&f, "on") {
            Ok(None) => {
                form.push("on", Msg("draft-error-date-empty"));
                None
            }
            Err(()) => {
                form.push("on", Msg("draft-error-date-invalid"));
                None
            }
            Ok(Some(d)) if d > today => {
                form.push("on", Msg("dp-error-on-future"));
                None
            }
            Ok(Some(d)) if d < terms.starts_on => {
                form.push("on", Msg("dp-error-on-before"));
                None
            }
            Ok(Some(d)) => Some(d),
        };
        let payee = form.text(&f, "payee", 200, Some(Msg("dp-error-payee-empty")));
        let category = form.choice(&f, "category", &CATEGORIES, Msg("dp-error-category"));
        let amount_typed = f.text("amount", 40);
        form.values.insert("amount".into(), amount_typed.clone());
        let pence = match parse_pence(&amount_typed) {
            Ok(0) => {
                form.push("amount", Msg("dp-error-amount-zero"));
                0
            }
            Ok(p) => p,
            Err(m) => {
                form.push("amount", m);
                0
            }
        };
        let outcome = f.text("outcome", 40);
        form.values.insert("outcome".into(), outcome.clone());
        if !outcome.is_empty()
            && !version
                .as_ref()
                .is_some_and(|v| v.outcomes.iter().any(|o| o.key == outcome))
        {
            form.push("outcome", Msg("dp-error-outcome"));
        }
        let description = form.text(&f, "description", 500, None);
        let receipt = match (&up.file, up.too_big) {
            (_, true) => {
                form.errors.push(
                    forms::FieldError::new("receipt", Msg("dp-error-receipt-size"))
                        .with_count((RECEIPT_MAX_BYTES / (1024 * 1024)) as i64),
                );
                None
            }
            (Some(bytes), _) => match crate::storage::sniff(bytes) {
                Some(kind) => Some((bytes.clone(), kind)),
                None => {
                    form.push("receipt", Msg("dp-error-receipt-type"));
                    None
                }
            },
            (None, _) => None,
        };
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        let stored = match receipt {
            Some((bytes, (content_type, ext))) => {
                let key = format!("receipts/{person_id}/{}.{ext}", tokens::new_token());
                state
                    .storage
                    .put(&key, bytes)
                    .await
                    .map_err(|e| AppError::internal(e.to_string()))?;
                Some((key, content_type))
            }
            None => None,
        };
        let (spend_id, new) = spend::record(
            &state.db,
            NewSpend {
                person_id,
                on: on.as_deref().unwrap_or_default(),
                payee: &payee,
                category: &category,
                pence,
                outcome_key: &outcome,
                description: &description,
                receipt: stored.as_ref().map(|(k, c)| (k.as_str(), *c)),
                recorded_by: v.account_id,
                role: v.role.code(),
                idem: &idem,
                now: state.clock.now(),
            },
        )
        .await?;
        if new {
            state
                .audit(
                    &v,
                    &access,
                    "recorded_dp_spend",
                    "dp_spend",
                    Some(spend_id.to_string()),
                    &meta,
                )
                .await?;
        }
        Ok(forms::done(
            &session,
            Msg("dp-spend-recorded"),
            &format!("/people/{person_id}/budget/account"),
        )
        .await)
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

/// `GET /people/{id}/budget/account/spends/{sid}/receipt`: only to those
/// who may see the budget, with its checked type, as a download.
pub async fn receipt(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, sid)): Path<(String, String)>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let sid = sid.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::ViewBudget).await?;
        let s = spend::spend(&state.db, person_id, sid)
            .await?
            .ok_or(AppError::NotFound)?;
        let (Some(key), Some(ctype)) = (s.receipt_key, s.receipt_type) else {
            return Err(AppError::NotFound);
        };
        let bytes = state
            .storage
            .get(&key)
            .await
            .map_err(|e| AppError::internal(e.to_string()))?;
        state
            .audit(
                &v,
                &access,
                "viewed_dp_receipt",
                "dp_spend",
                Some(sid.to_string()),
                &meta,
            )
            .await?;
        let ext = key.rsplit('.').next().unwrap_or("bin");
        Ok(attachment(bytes, &ctype, &format!("receipt-{sid}.{ext}")))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

// ---------------------------------------------------------------- a receipt added later

const RECEIPT_FORM: &str = "dp-receipt";

#[derive(Clone, Debug, Default)]
pub struct ReceiptData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub spend: Spend,
    pub form: Option<FormState>,
}

async fn load_receipt(ctx: PageCtx, person_id: i64, sid: i64) -> Result<ReceiptData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ManagePayments).await?;
    let spend = spend::spend(&ctx.state.db, person_id, sid)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_dp_account",
        "dp_spend",
        Some(sid.to_string()),
    )
    .await?;
    Ok(ReceiptData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name,
        spend,
        form: ctx.take_form(RECEIPT_FORM).await?,
    })
}

#[component]
pub fn ReceiptPage() -> impl IntoView {
    loaded(
        load_receipt(PageCtx::current(), person_param(), super::param("sid")),
        |data| view! { <ReceiptView data/> },
    )
}

#[component]
pub fn ReceiptView(data: ReceiptData) -> impl IntoView {
    let p = data.person_id;
    let s = data.spend.clone();
    let title = t("dp-receipt-add-title");
    let form = data.form.clone().unwrap_or_default();
    let locale = current();
    let rows = vec![
        SummaryRow::new(t("dp-date"), format_date(locale, &s.on)),
        SummaryRow::new(t("dp-payee"), s.payee.clone()),
        SummaryRow::new(t("dp-category"), category_label(&s.category)),
        SummaryRow::new(t("dp-amount"), format_pence(s.pence)),
    ];
    let limit_mb = (RECEIPT_MAX_BYTES / (1024 * 1024)).to_string();
    let body = if s.receipt_key.is_some() {
        view! {
            <p class="cw-body"><a href=format!("/people/{p}/budget/account/spends/{}/receipt", s.id)>{t("dp-receipt-view")}</a></p>
        }
        .into_any()
    } else {
        view! {
            <form method="post" action=format!("/people/{p}/budget/account/spends/{}", s.id) enctype="multipart/form-data" novalidate=true>
                <ReceiptInput error=form.error_text("receipt") label=t("dp-receipt-label-required") hint=t_args("dp-receipt-hint-required", &[("mb", limit_mb.clone().into())])/>
                <Button text=t("dp-receipt-add-send")/>
            </form>
        }
        .into_any()
    };
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, data.own, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <SummaryList rows=rows/>
            {body}
        </Page>
    }
}

/// `POST /people/{id}/budget/account/spends/{sid}` (multipart): adds the
/// receipt to a spend recorded without one.
pub async fn receipt_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, sid)): Path<(String, String)>,
    multipart: Multipart,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let sid = sid.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state
            .authorise(&v, person_id, Action::ManagePayments)
            .await?;
        let s = spend::spend(&state.db, person_id, sid)
            .await?
            .ok_or(AppError::NotFound)?;
        let back = format!("/people/{person_id}/budget/account/spends/{sid}");
        let done = format!("/people/{person_id}/budget/account");
        if s.receipt_key.is_some() {
            // Added already (a second click).
            return Ok(forms::see_other(&done));
        }
        let up = read_multipart(multipart, "receipt", RECEIPT_MAX_BYTES).await?;
        let mut form = FormState::new(RECEIPT_FORM);
        let kind = match (&up.file, up.too_big) {
            (_, true) => {
                form.errors.push(
                    forms::FieldError::new("receipt", Msg("dp-error-receipt-size"))
                        .with_count((RECEIPT_MAX_BYTES / (1024 * 1024)) as i64),
                );
                None
            }
            (None, _) => {
                form.push("receipt", Msg("dp-error-receipt-empty"));
                None
            }
            (Some(bytes), _) => match crate::storage::sniff(bytes) {
                Some(k) => Some(k),
                None => {
                    form.push("receipt", Msg("dp-error-receipt-type"));
                    None
                }
            },
        };
        let (Some((content_type, ext)), Some(bytes)) = (kind, up.file) else {
            return Ok(forms::fail(&session, &form, &back).await);
        };
        let key = format!("receipts/{person_id}/{}.{ext}", tokens::new_token());
        state
            .storage
            .put(&key, bytes)
            .await
            .map_err(|e| AppError::internal(e.to_string()))?;
        if !spend::attach_receipt(&state.db, person_id, sid, &key, content_type).await? {
            // Someone added one at the same moment: keep theirs.
            let _ = state.storage.delete(&key).await;
            return Ok(forms::see_other(&done));
        }
        state
            .audit(
                &v,
                &access,
                "recorded_dp_spend",
                "dp_spend",
                Some(sid.to_string()),
                &meta,
            )
            .await?;
        Ok(forms::done(&session, Msg("dp-receipt-added"), &done).await)
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route(
            "/people/{id}/budget/account/spend",
            // Up to four times the limit is read (and the file dropped), so a
            // file a little too big gets the field error with the rest of
            // the form kept, rather than a bare "too large".
            post(spend_submit).layer(axum::extract::DefaultBodyLimit::max(RECEIPT_MAX_BYTES * 4)),
        )
        .route(
            "/people/{id}/budget/account/spends/{sid}/receipt",
            get(receipt),
        )
        .route(
            "/people/{id}/budget/account/spends/{sid}",
            post(receipt_submit).layer(axum::extract::DefaultBodyLimit::max(RECEIPT_MAX_BYTES * 4)),
        )
        .route(
            "/people/{id}/budget/account/{month}/statement.csv",
            get(csv),
        )
        .route(
            "/people/{id}/budget/account/{month}/statement.html",
            get(html),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("Corner \"shop\""), "\"Corner \"\"shop\"\"\"");
        for f in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            assert!(csv_field(f).starts_with("\"'"), "{f:?}");
        }
        assert_eq!(pounds(-1250), "-12.50");
        assert_eq!(pounds(5), "0.05");
    }
}
