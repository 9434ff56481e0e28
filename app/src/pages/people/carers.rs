//! Carer access (delegation). The person invites carers and picks what each
//! may do, with an optional end date, and can change or revoke access at
//! any time with immediate effect. When the person cannot consent, staff
//! record access on a legal basis (LPA, deputyship, best interests) with a
//! review date; only staff can change that. Access checks read the live
//! table on every request, so a change applies to the carer's very next
//! request.

use super::{param, person_crumbs, person_param};
use crate::auth::{tokens, Client, SignedIn};
use crate::authz::{self, Access, Action, Scope, Scopes};
use crate::components::{
    Button, Checkboxes, Choice, DateInput, ErrorSummary, NotificationBanner, Radios,
    SummaryList, SummaryRow, Tag, TextInput,
};
use crate::dates::format_date;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::mail::Email;
use crate::pages::auth::request_locale;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use sqlx::Row;
use tower_sessions::Session;

pub const INVITE_FORM: &str = "carer-invite";
pub const LEGAL_FORM: &str = "carer-legal";
pub const CHANGE_FORM: &str = "carer-change";
pub const INVITE_LIFETIME: i64 = 14 * 24 * 60 * 60;
pub const BASES: [&str; 3] = ["lpa", "deputyship", "best_interests"];

/// One carer's access, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delegation {
    pub id: i64,
    pub carer_name: String,
    pub carer_email: String,
    pub accepted: bool,
    pub scopes: Scopes,
    pub basis: String,
    pub ends_on: Option<String>,
    pub review_due: Option<String>,
    pub revoked_at: Option<i64>,
}

impl Delegation {
    pub fn is_consent(&self) -> bool {
        self.basis == "consent"
    }

    /// active, waiting (not accepted yet), ended or revoked
    pub fn status(&self, today: &str) -> &'static str {
        if self.revoked_at.is_some() {
            "revoked"
        } else if self.ends_on.as_deref().is_some_and(|e| e < today) {
            "ended"
        } else if !self.accepted {
            "waiting"
        } else {
            "active"
        }
    }
}

pub async fn delegations(state: &AppState, person_id: i64) -> Result<Vec<Delegation>, AppError> {
    let rows = sqlx::query(
        "SELECT id, carer_name, carer_email, carer_account_id, view_plan, view_budget, manage_payments, message_for, read_messages, \
         basis, ends_on, review_due, revoked_at FROM delegation WHERE person_id = $1 ORDER BY revoked_at IS NOT NULL, carer_name, id",
    )
    .bind(person_id)
    .fetch_all(state.db.reader())
    .await?;
    rows.into_iter()
        .map(|r| {
            let flag = |c: &str| r.try_get::<i64, _>(c).map(|v| v == 1);
            Ok(Delegation {
                id: r.try_get("id")?,
                carer_name: r.try_get("carer_name")?,
                carer_email: r.try_get("carer_email")?,
                accepted: r.try_get::<Option<i64>, _>("carer_account_id")?.is_some(),
                scopes: Scopes {
                    view_plan: flag("view_plan")?,
                    view_budget: flag("view_budget")?,
                    manage_payments: flag("manage_payments")?,
                    message_for: flag("message_for")?,
                    read_messages: flag("read_messages")?,
                },
                basis: r.try_get("basis")?,
                ends_on: r.try_get("ends_on")?,
                review_due: r.try_get("review_due")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(AppError::from)
}

fn basis_label(b: &str) -> String {
    t(match b {
        "lpa" => "basis-lpa",
        "deputyship" => "basis-deputyship",
        "best_interests" => "basis-best-interests",
        _ => "basis-consent",
    })
}

fn status_label(s: &str) -> String {
    t(match s {
        "revoked" => "carer-status-revoked",
        "ended" => "carer-status-ended",
        "waiting" => "carer-status-waiting",
        _ => "carer-status-active",
    })
}

// ---------------------------------------------------------------- list

#[derive(Clone, Debug, Default)]
pub struct CarersData {
    pub person_id: i64,
    pub person_name: String,
    pub today: String,
    pub delegations: Vec<Delegation>,
    pub can_invite: bool,
    pub can_record_legal: bool,
    pub own: bool,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<CarersData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewCarers).await?;
    ctx.audit(&viewer, &access, "viewed_carers", "delegation", None)
        .await?;
    Ok(CarersData {
        person_id,
        today: ctx.state.clock.today(),
        delegations: delegations(&ctx.state, person_id).await?,
        can_invite: super::may(
            viewer.role,
            &access.relationship,
            Action::ManageConsentAccess,
        ),
        can_record_legal: super::may(viewer.role, &access.relationship, Action::ManageLegalAccess),
        own: access.relationship == authz::Relationship::Own,
        person_name: access.person_name,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn CarersPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <CarersView data/> },
    )
}

#[component]
pub fn CarersView(data: CarersData) -> impl IntoView {
    let title = if data.own {
        t("carers-own-title")
    } else {
        t("carers-title")
    };
    let locale = current();
    let p = data.person_id;
    let today = data.today.clone();
    let (can_invite, can_legal) = (data.can_invite, data.can_record_legal);
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone()))>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{if data.own { t("carers-own-lead") } else { t("carers-lead") }}</p>
            {can_invite.then(|| view! { <p class="cw-body"><a class="cw-button" href=format!("/people/{p}/carers/new")>{t("carers-invite-link")}</a></p> })}
            {can_legal.then(|| view! { <p class="cw-body"><a class="cw-button cw-button--secondary" href=format!("/people/{p}/carers/legal")>{t("carers-legal-link")}</a></p> })}
            {if data.delegations.is_empty() {
                view! { <p class="cw-body">{t("carers-none")}</p> }.into_any()
            } else {
                data.delegations.into_iter().map(|d| {
                    let status = d.status(&today);
                    let can_change = status != "revoked" && if d.is_consent() { can_invite } else { can_legal };
                    let scopes = d.scopes.list();
                    let mut rows = vec![
                        SummaryRow::new(t("carers-email"), d.carer_email.clone()),
                        SummaryRow::new(t("carers-basis"), basis_label(&d.basis)),
                        SummaryRow::new(t("carers-until"), d.ends_on.as_deref().map(|e| format_date(locale, e)).unwrap_or_else(|| t("carers-no-end"))),
                    ];
                    if let Some(r) = &d.review_due {
                        rows.push(SummaryRow::new(t("carers-review-due"), format_date(locale, r)));
                    }
                    let heading_id = format!("carer-{}", d.id);
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="cw-summary-card" aria-labelledby=labelled_by>
                            <h2 class="cw-heading-m" id=heading_id>{d.carer_name.clone()}" "<Tag text=status_label(status)/></h2>
                            <SummaryList rows=rows/>
                            <h3 class="cw-heading-s">{t("carers-can")}</h3>
                            {if scopes.is_empty() {
                                view! { <p class="cw-body">{t("carers-can-nothing")}</p> }.into_any()
                            } else {
                                view! { <ul class="cw-list cw-list--bullet">{scopes.into_iter().map(|s| view! { <li>{t(s.label_id())}</li> }).collect_view()}</ul> }.into_any()
                            }}
                            {can_change.then(|| view! {
                                <p class="cw-body"><a href=format!("/people/{p}/carers/{}", d.id)>
                                    {t("carers-change-link")}<span class="cw-visually-hidden">{format!(" ({})", d.carer_name)}</span>
                                </a></p>
                            })}
                        </section>
                    }
                }).collect_view().into_any()
            }}
        </Page>
    }
}

// ---------------------------------------------------------------- parsing

fn scope_choices() -> Vec<Choice> {
    Scope::ALL
        .into_iter()
        .map(|s| {
            Choice::new(s.code(), t(s.label_id())).with_hint(t(&format!("{}-hint", s.label_id())))
        })
        .collect()
}

/// An optional or required day, not before today. `Ok(None)` when left empty
/// and optional.
fn parse_day(f: &Fields, name: &str, required: bool, today: &str) -> Result<Option<String>, Msg> {
    match forms::typed_date(f, name) {
        Ok(None) if required => Err(Msg("carers-error-date-empty")),
        Ok(None) => Ok(None),
        Err(()) => Err(Msg("carers-error-date-invalid")),
        Ok(Some(s)) if s.as_str() < today => Err(Msg("carers-error-date-past")),
        Ok(Some(s)) => Ok(Some(s)),
    }
}

fn parse_scopes(f: &Fields, form: &mut FormState) -> Result<Scopes, Msg> {
    let picked = f.all("scopes");
    form.values.insert(
        "scopes".into(),
        picked
            .iter()
            .map(|s| s.chars().take(40).collect::<String>())
            .collect::<Vec<_>>()
            .join(","),
    );
    let mut list = vec![];
    for p in picked {
        match Scope::from_code(p) {
            Some(s) => list.push(s),
            None => return Err(Msg("carers-error-scopes-unknown")),
        }
    }
    if list.is_empty() {
        return Err(Msg("carers-error-scopes-empty"));
    }
    Ok(Scopes::from_list(&list))
}

struct NewCarer {
    name: String,
    email: String,
    scopes: Scopes,
    ends_on: Option<String>,
    basis: String,
    review_due: Option<String>,
}

fn parse_new(
    f: &Fields,
    form: &mut FormState,
    legal: bool,
    today: &str,
    viewer_email: &str,
) -> Option<NewCarer> {
    let name = form.name(f, "name", Msg("carers-error-name-empty"));
    let email = form.email(f, "email").unwrap_or_default();
    if email == viewer_email {
        form.push("email", Msg("carers-error-email-self"));
    }
    let scopes = parse_scopes(f, form)
        .map_err(|m| form.push("scopes", m))
        .ok();
    let basis = if legal {
        let b = f.text("basis", 40);
        form.values.insert("basis".into(), b.clone());
        if !BASES.contains(&b.as_str()) {
            form.push("basis", Msg("carers-error-basis"));
        }
        b
    } else {
        "consent".to_string()
    };
    let review_due = if legal {
        form.keep_date(f, "review-due");
        parse_day(f, "review-due", true, today)
            .map_err(|m| form.push("review-due", m))
            .ok()
            .flatten()
    } else {
        None
    };
    form.keep_date(f, "ends-on");
    let ends_on = parse_day(f, "ends-on", false, today)
        .map_err(|m| form.push("ends-on", m))
        .ok()
        .flatten();
    if form.has_errors() {
        return None;
    }
    Some(NewCarer {
        name,
        email,
        scopes: scopes?,
        ends_on,
        basis,
        review_due,
    })
}

// ---------------------------------------------------------------- add

#[derive(Clone, Debug, Default)]
pub struct AddData {
    pub person_id: i64,
    pub person_name: String,
    pub legal: bool,
    pub form: Option<FormState>,
}

pub async fn load_add(ctx: PageCtx, person_id: i64, legal: bool) -> Result<AddData, AppError> {
    let action = if legal {
        Action::ManageLegalAccess
    } else {
        Action::ManageConsentAccess
    };
    let (_, access) = ctx.authorise(person_id, action).await?;
    Ok(AddData {
        person_id,
        person_name: access.person_name,
        legal,
        form: ctx
            .take_form(if legal { LEGAL_FORM } else { INVITE_FORM })
            .await?,
    })
}

#[component]
pub fn CarerInvitePage() -> impl IntoView {
    loaded(
        load_add(PageCtx::current(), person_param(), false),
        |data| view! { <AddCarerView data/> },
    )
}

#[component]
pub fn LegalAccessPage() -> impl IntoView {
    loaded(
        load_add(PageCtx::current(), person_param(), true),
        |data| view! { <AddCarerView data/> },
    )
}

#[component]
pub fn AddCarerView(data: AddData) -> impl IntoView {
    let title = if data.legal {
        t("carers-legal-title")
    } else {
        t("carers-invite-title")
    };
    let form = data.form.unwrap_or_default();
    let p = data.person_id;
    let action = if data.legal {
        format!("/people/{p}/carers/legal")
    } else {
        format!("/people/{p}/carers/new")
    };
    let selected: Vec<String> = form
        .v("scopes")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let bases: Vec<Choice> = BASES
        .iter()
        .map(|b| Choice::new(*b, basis_label(b)))
        .collect();
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{if data.legal { t("carers-legal-lead") } else { t("carers-invite-lead") }}</p>
            <form method="post" action=action novalidate=true>
                <TextInput name="name" label=t("carers-name-label") autocomplete="off" value=form.v("name") error=form.error_text("name")/>
                <TextInput name="email" label=t("carers-email-label") hint=t("carers-email-hint") input_type="email" autocomplete="off"
                    inputmode="email" value=form.v("email") error=form.error_text("email")/>
                {data.legal.then(|| view! {
                    <Radios name="basis" legend=t("carers-basis-legend") choices=bases.clone() selected=form.v("basis") error=form.error_text("basis")/>
                })}
                <Checkboxes name="scopes" legend=t("carers-scopes-legend") hint=t("carers-scopes-hint") choices=scope_choices()
                    selected=selected error=form.error_text("scopes")/>
                {data.legal.then(|| view! {
                    <DateInput name="review-due" legend=t("carers-review-legend") hint=t("carers-date-hint") value=form.date_parts("review-due")
                        error=form.error_text("review-due")/>
                })}
                <DateInput name="ends-on" legend=t("carers-ends-legend") hint=t("carers-ends-hint") value=form.date_parts("ends-on")
                    error=form.error_text("ends-on")/>
                <Button text=if data.legal { t("carers-legal-button") } else { t("carers-invite-button") }/>
            </form>
        </Page>
    }
}

async fn add(
    state: AppState,
    session: Session,
    v: crate::auth::Viewer,
    meta: crate::auth::ClientMeta,
    headers: HeaderMap,
    person_id: i64,
    legal: bool,
    f: Fields,
) -> Result<Response, AppError> {
    let action = if legal {
        Action::ManageLegalAccess
    } else {
        Action::ManageConsentAccess
    };
    let access = state.authorise(&v, person_id, action).await?;
    let back = format!(
        "/people/{person_id}/carers/{}",
        if legal { "legal" } else { "new" }
    );
    let mut form = FormState::new(if legal { LEGAL_FORM } else { INVITE_FORM });
    let today = state.clock.today();
    let Some(new) = parse_new(&f, &mut form, legal, &today, &v.email) else {
        return Ok(forms::fail(&session, &form, &back).await);
    };
    // One live grant per carer email and person: change it instead.
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM delegation WHERE person_id = $1 AND carer_email = $2 AND revoked_at IS NULL AND (ends_on IS NULL OR ends_on >= $3)")
        .bind(person_id)
        .bind(&new.email)
        .bind(&today)
        .fetch_one(state.db.reader())
        .await?;
    if existing > 0 {
        form.push("email", Msg("carers-error-duplicate"));
        return Ok(forms::fail(&session, &form, &back).await);
    }
    let now = state.clock.now();
    let token = tokens::new_token();
    let mut tx = state.db.writer().begin().await?;
    // A grant that has ended is closed off, so the new one can take its place.
    sqlx::query("UPDATE delegation SET revoked_at = $1, updated_at = $1 WHERE person_id = $2 AND carer_email = $3 AND revoked_at IS NULL AND ends_on < $4")
        .bind(now)
        .bind(person_id)
        .bind(&new.email)
        .bind(&today)
        .execute(&mut *tx)
        .await?;
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO delegation (person_id, carer_email, carer_name, view_plan, view_budget, manage_payments, message_for, read_messages, \
         basis, granted_by, starts_at, ends_on, review_due, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $11, $11) RETURNING id",
    )
    .bind(person_id)
    .bind(&new.email)
    .bind(&new.name)
    .bind(new.scopes.view_plan as i64)
    .bind(new.scopes.view_budget as i64)
    .bind(new.scopes.manage_payments as i64)
    .bind(new.scopes.message_for as i64)
    .bind(new.scopes.read_messages as i64)
    .bind(&new.basis)
    .bind(v.account_id)
    .bind(now)
    .bind(&new.ends_on)
    .bind(&new.review_due)
    .fetch_one(&mut *tx)
    .await;
    let did = match inserted {
        Ok(id) => id,
        // Two submits at once: the second finds the first's grant.
        Err(e)
            if e.as_database_error()
                .map(|d| d.is_unique_violation())
                .unwrap_or(false) =>
        {
            drop(tx);
            form.push("email", Msg("carers-error-duplicate"));
            return Ok(forms::fail(&session, &form, &back).await);
        }
        Err(e) => return Err(e.into()),
    };
    sqlx::query(
        "INSERT INTO email_token (token_hash, purpose, email, person_id, delegation_id, display_name, created_by, created_at, expires_at) \
         VALUES ($1, 'carer_invite', $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(tokens::sha256_hex(&token))
    .bind(&new.email)
    .bind(person_id)
    .bind(did)
    .bind(&new.name)
    .bind(v.account_id)
    .bind(now)
    .bind(now + INVITE_LIFETIME)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    crate::audit::record(
        &state.db,
        now,
        &v,
        &access,
        if legal {
            "recorded_legal_access"
        } else {
            "invited_carer"
        },
        "delegation",
        Some(did.to_string()),
        &meta,
    )
    .await?;
    let _ = state
        .mailer
        .send(
            &new.email,
            request_locale(&headers),
            Email::CarerInvitation {
                link: format!("/invitation/{token}"),
                person_name: access.person_name.clone(),
            },
        )
        .await;
    forms::flash_notice(&session, Msg("carers-invited")).await?;
    Ok(forms::see_other(&format!("/people/{person_id}/carers")))
}

/// `POST /people/{id}/carers/new`.
pub async fn invite_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let id = id.parse::<i64>().unwrap_or(0);
    add(state, session, v, meta, headers, id, false, Fields(fields))
        .await
        .unwrap_or_else(|e| e.into_response())
}

/// `POST /people/{id}/carers/legal`.
pub async fn legal_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let id = id.parse::<i64>().unwrap_or(0);
    add(state, session, v, meta, headers, id, true, Fields(fields))
        .await
        .unwrap_or_else(|e| e.into_response())
}

// ---------------------------------------------------------------- change

#[derive(Clone, Debug, Default)]
pub struct ChangeData {
    pub person_id: i64,
    pub person_name: String,
    pub delegation: Delegation,
    pub form: Option<FormState>,
}

/// Finds the delegation on this person's record and checks the viewer may
/// manage a delegation of its basis.
async fn managed(
    state: &AppState,
    v: &crate::auth::Viewer,
    person_id: i64,
    did: i64,
) -> Result<(Access, Delegation), AppError> {
    state.authorise(v, person_id, Action::ViewCarers).await?;
    let d = delegations(state, person_id)
        .await?
        .into_iter()
        .find(|d| d.id == did)
        .ok_or(AppError::NotFound)?;
    let action = if d.is_consent() {
        Action::ManageConsentAccess
    } else {
        Action::ManageLegalAccess
    };
    let access = state.authorise(v, person_id, action).await?;
    if d.revoked_at.is_some() {
        return Err(AppError::NotFound);
    }
    Ok((access, d))
}

pub async fn load_change(ctx: PageCtx, person_id: i64, did: i64) -> Result<ChangeData, AppError> {
    let v = ctx.viewer()?.clone();
    let (access, delegation) = managed(&ctx.state, &v, person_id, did).await?;
    Ok(ChangeData {
        person_id,
        person_name: access.person_name,
        delegation,
        form: ctx.take_form(CHANGE_FORM).await?,
    })
}

#[component]
pub fn CarerChangePage() -> impl IntoView {
    loaded(
        load_change(PageCtx::current(), person_param(), param("did")),
        |data| view! { <CarerChangeView data/> },
    )
}

#[component]
pub fn CarerChangeView(data: ChangeData) -> impl IntoView {
    let d = data.delegation;
    let title = t_args(
        "carers-change-title",
        &[("name", d.carer_name.clone().into())],
    );
    let form = data.form.unwrap_or_default();
    let p = data.person_id;
    let has_errors = form.has_errors();
    let selected: Vec<String> = if has_errors {
        form.v("scopes")
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        d.scopes
            .list()
            .into_iter()
            .map(|s| s.code().to_string())
            .collect()
    };
    let split = |date: &Option<String>| forms::parts_of(date.as_deref());
    let ends = if has_errors {
        form.date_parts("ends-on")
    } else {
        split(&d.ends_on)
    };
    let review = if has_errors {
        form.date_parts("review-due")
    } else {
        split(&d.review_due)
    };
    let legal = !d.is_consent();
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone())) has_errors=has_errors>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <form method="post" action=format!("/people/{p}/carers/{}", d.id) novalidate=true>
                <Checkboxes name="scopes" legend=t("carers-scopes-legend") hint=t("carers-scopes-hint") choices=scope_choices()
                    selected=selected error=form.error_text("scopes")/>
                {legal.then(|| view! {
                    <DateInput name="review-due" legend=t("carers-review-legend") hint=t("carers-date-hint") value=review.clone()
                        error=form.error_text("review-due")/>
                })}
                <DateInput name="ends-on" legend=t("carers-ends-legend") hint=t("carers-ends-hint") value=ends error=form.error_text("ends-on")/>
                <Button text=t("carers-change-button")/>
            </form>
            <h2 class="cw-heading-m">{t("carers-revoke-heading")}</h2>
            <p class="cw-body">{t_args("carers-revoke-lead", &[("name", d.carer_name.clone().into())])}</p>
            <form method="post" action=format!("/people/{p}/carers/{}/revoke", d.id)>
                <Button text=t("carers-revoke-button") warning=true/>
            </form>
        </Page>
    }
}

async fn change(
    state: AppState,
    session: Session,
    v: crate::auth::Viewer,
    meta: crate::auth::ClientMeta,
    headers: HeaderMap,
    person_id: i64,
    did: i64,
    f: Fields,
) -> Result<Response, AppError> {
    let (access, d) = managed(&state, &v, person_id, did).await?;
    let back = format!("/people/{person_id}/carers/{did}");
    let mut form = FormState::new(CHANGE_FORM);
    let today = state.clock.today();
    let scopes = parse_scopes(&f, &mut form)
        .map_err(|m| form.push("scopes", m))
        .ok();
    form.keep_date(&f, "ends-on");
    let ends_on = parse_day(&f, "ends-on", false, &today)
        .map_err(|m| form.push("ends-on", m))
        .ok()
        .flatten();
    let review_due = if d.is_consent() {
        None
    } else {
        form.keep_date(&f, "review-due");
        parse_day(&f, "review-due", true, &today)
            .map_err(|m| form.push("review-due", m))
            .ok()
            .flatten()
    };
    let Some(scopes) = scopes.filter(|_| !form.has_errors()) else {
        return Ok(forms::fail(&session, &form, &back).await);
    };
    let now = state.clock.now();
    sqlx::query(
        "UPDATE delegation SET view_plan = $1, view_budget = $2, manage_payments = $3, message_for = $4, read_messages = $5, \
         ends_on = $6, review_due = $7, updated_at = $8 WHERE id = $9 AND person_id = $10 AND revoked_at IS NULL",
    )
    .bind(scopes.view_plan as i64)
    .bind(scopes.view_budget as i64)
    .bind(scopes.manage_payments as i64)
    .bind(scopes.message_for as i64)
    .bind(scopes.read_messages as i64)
    .bind(&ends_on)
    .bind(&review_due)
    .bind(now)
    .bind(did)
    .bind(person_id)
    .execute(state.db.writer())
    .await?;
    crate::audit::record(
        &state.db,
        now,
        &v,
        &access,
        "changed_carer",
        "delegation",
        Some(did.to_string()),
        &meta,
    )
    .await?;
    let _ = state
        .mailer
        .send(
            &d.carer_email,
            request_locale(&headers),
            Email::AccessChanged,
        )
        .await;
    forms::flash_notice(&session, Msg("carers-changed")).await?;
    Ok(forms::see_other(&format!("/people/{person_id}/carers")))
}

/// `POST /people/{id}/carers/{did}`.
pub async fn change_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    Path((id, did)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let (id, did) = (
        id.parse::<i64>().unwrap_or(0),
        did.parse::<i64>().unwrap_or(0),
    );
    change(state, session, v, meta, headers, id, did, Fields(fields))
        .await
        .unwrap_or_else(|e| e.into_response())
}

/// `POST /people/{id}/carers/{did}/revoke`: immediate; the carer's next
/// request is refused. Revoking twice (a double click) is harmless.
pub async fn revoke_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    Path((id, did)): Path<(String, String)>,
) -> Response {
    let (id, did) = (
        id.parse::<i64>().unwrap_or(0),
        did.parse::<i64>().unwrap_or(0),
    );
    let result: Result<Response, AppError> = async {
        state.authorise(&v, id, Action::ViewCarers).await?;
        let (access, d) = match managed(&state, &v, id, did).await {
            Ok(x) => x,
            // Already revoked (a second click): nothing more to do.
            Err(AppError::NotFound) if revoked_already(&state, id, did).await => return Ok(forms::see_other(&format!("/people/{id}/carers"))),
            Err(e) => return Err(e),
        };
        let now = state.clock.now();
        let r = sqlx::query("UPDATE delegation SET revoked_at = $1, revoked_by = $2, updated_at = $1 WHERE id = $3 AND person_id = $4 AND revoked_at IS NULL")
            .bind(now)
            .bind(v.account_id)
            .bind(did)
            .bind(id)
            .execute(state.db.writer())
            .await?;
        // Unused invitations for it die too.
        sqlx::query("UPDATE email_token SET used_at = $1 WHERE delegation_id = $2 AND used_at IS NULL").bind(now).bind(did).execute(state.db.writer()).await?;
        if r.rows_affected() == 1 {
            crate::audit::record(&state.db, now, &v, &access, "revoked_carer", "delegation", Some(did.to_string()), &meta).await?;
            let _ = state.mailer.send(&d.carer_email, request_locale(&headers), Email::AccessChanged).await;
        }
        forms::flash_notice(&session, Msg("carers-revoked")).await?;
        Ok(forms::see_other(&format!("/people/{id}/carers")))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

async fn revoked_already(state: &AppState, person_id: i64, did: i64) -> bool {
    matches!(
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT revoked_at FROM delegation WHERE id = $1 AND person_id = $2"
        )
        .bind(did)
        .bind(person_id)
        .fetch_optional(state.db.reader())
        .await,
        Ok(Some(Some(_)))
    )
}
