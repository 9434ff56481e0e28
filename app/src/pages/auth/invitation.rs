//! `/invitation/{token}`: accepting an emailed invitation. The practice
//! invites staff and the people it supports; a person invites carers. A
//! new account sets its own name and password here; a carer who already
//! has an account signs in and accepts.

use super::reset::{usable_token, use_token, TokenRow};
use crate::auth::{password, Client, Viewer};
use crate::components::{Button, ErrorSummary, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tower_sessions::Session;

pub const FORM: &str = "invitation";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteState {
    Invalid,
    /// A new account: choose a name and password.
    NewAccount {
        name: String,
        email: String,
    },
    /// A carer invitation for an email that has an account: sign in as it.
    SignInFirst {
        email: String,
    },
    /// Signed in as the invited carer: accept.
    Accept {
        person_name: String,
    },
}

#[derive(Clone, Debug)]
pub struct InviteData {
    pub token: String,
    pub state: InviteState,
    pub form: Option<FormState>,
}

async fn account_for(state: &AppState, email: &str) -> Result<Option<i64>, AppError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM account WHERE email = $1")
            .bind(email)
            .fetch_optional(state.db.reader())
            .await?,
    )
}

async fn decide(
    state: &AppState,
    row: &TokenRow,
    viewer: Option<&Viewer>,
) -> Result<InviteState, AppError> {
    match (row.purpose.as_str(), account_for(state, &row.email).await?) {
        (_, None) => Ok(InviteState::NewAccount {
            name: row.display_name.clone().unwrap_or_default(),
            email: row.email.clone(),
        }),
        ("carer_invite", Some(id)) => match viewer {
            Some(v) if v.account_id == id && v.role == crate::auth::Role::Carer => {
                let name: String =
                    sqlx::query_scalar("SELECT display_name FROM person WHERE id = $1")
                        .bind(row.person_id.unwrap_or(0))
                        .fetch_optional(state.db.reader())
                        .await?
                        .unwrap_or_default();
                Ok(InviteState::Accept { person_name: name })
            }
            _ => Ok(InviteState::SignInFirst {
                email: row.email.clone(),
            }),
        },
        _ => Ok(InviteState::Invalid),
    }
}

pub async fn load(ctx: PageCtx, token: String) -> Result<InviteData, AppError> {
    let state = match usable_token(&ctx.state, &token, &["invite", "carer_invite"]).await? {
        Some(row) => decide(&ctx.state, &row, ctx.viewer.as_ref()).await?,
        None => InviteState::Invalid,
    };
    Ok(InviteData {
        form: ctx.take_form(FORM).await?,
        token,
        state,
    })
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    loaded(
        load(PageCtx::current(), token),
        |data| view! { <InvitationView data/> },
    )
}

#[component]
pub fn InvitationView(data: InviteData) -> impl IntoView {
    let title = t("invite-title");
    let form = data.form.unwrap_or_default();
    let action = format!("/invitation/{}", data.token);
    let body = match data.state {
        InviteState::Invalid => view! {
            <h1 class="cw-heading-l">{t("auth-link-invalid-title")}</h1>
            <p class="cw-body">{t("invite-invalid-body")}</p>
        }
        .into_any(),
        InviteState::SignInFirst { email } => view! {
            <h1 class="cw-heading-l">{title.clone()}</h1>
            <p class="cw-body">{t_args("invite-sign-in-first", &[("email", email.into())])}</p>
            <p class="cw-body"><a href=format!("/sign-in?return={}", crate::layout::urlencode(&action))>{t("invite-sign-in-link")}</a></p>
        }
        .into_any(),
        InviteState::Accept { person_name } => view! {
            <h1 class="cw-heading-l">{title.clone()}</h1>
            <p class="cw-body">{t_args("invite-accept-lead", &[("person", person_name.into())])}</p>
            <form method="post" action=action.clone()>
                <Button text=t("invite-accept-button")/>
            </form>
        }
        .into_any(),
        InviteState::NewAccount { name, email } => {
            let name = form.or("name", name);
            view! {
                <h1 class="cw-heading-l">{title.clone()}</h1>
                <p class="cw-body">{t_args("invite-new-lead", &[("email", email.into())])}</p>
                <form method="post" action=action.clone() novalidate=true>
                    <TextInput name="name" label=t("invite-name-label") hint=t("invite-name-hint") autocomplete="name"
                        value=name error=form.error_text("name")/>
                    <TextInput name="new-password" label=t("auth-new-password-label") hint=t("auth-new-password-hint")
                        input_type="password" autocomplete="new-password" error=form.error_text("new-password")/>
                    <Button text=t("invite-create-button")/>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Page title=title has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {body}
        </Page>
    }
}

/// `POST /invitation/{token}`.
pub async fn accept(
    State(state): State<AppState>,
    session: Session,
    Client(meta): Client,
    Path(token): Path<String>,
    viewer: axum::Extension<Option<Viewer>>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let back = format!("/invitation/{token}");
    let row = match usable_token(&state, &token, &["invite", "carer_invite"]).await {
        Ok(Some(r)) => r,
        Ok(None) => return forms::see_other(&back),
        Err(e) => return e.into_response(),
    };
    match decide(&state, &row, viewer.0.as_ref()).await {
        Ok(InviteState::Accept { .. }) => {
            let v = viewer.0.expect("accept needs a viewer");
            match link_carer(&state, &row, v.account_id).await {
                Ok(true) => forms::done(&session, Msg("invite-accepted"), "/acting-for").await,
                Ok(false) => forms::see_other(&back),
                Err(e) => e.into_response(),
            }
        }
        Ok(InviteState::NewAccount { .. }) => {
            create_account(&state, &session, &meta, &row, Fields(fields), &back).await
        }
        Ok(_) => forms::see_other(&back),
        Err(e) => e.into_response(),
    }
}

async fn link_carer(state: &AppState, row: &TokenRow, account_id: i64) -> Result<bool, AppError> {
    if !use_token(state, row.id).await? {
        return Ok(false);
    }
    sqlx::query("UPDATE delegation SET carer_account_id = $1, updated_at = $2 WHERE id = $3 AND carer_account_id IS NULL AND revoked_at IS NULL")
        .bind(account_id)
        .bind(state.clock.now())
        .bind(row.delegation_id.unwrap_or(0))
        .execute(state.db.writer())
        .await?;
    Ok(true)
}

async fn create_account(
    state: &AppState,
    session: &Session,
    meta: &crate::auth::ClientMeta,
    row: &TokenRow,
    f: Fields,
    back: &str,
) -> Response {
    let pw = f.get("new-password").to_string();
    let mut form = FormState::new(FORM);
    let name = form.name(&f, "name", Msg("invite-error-name-empty"));
    if let Err(m) = password::check_new_password(&pw, &row.email) {
        form.push("new-password", m);
    }
    if form.has_errors() {
        return forms::fail(session, &form, back).await;
    }
    let hash = match state.passwords.hash(pw).await {
        Ok(h) => h,
        Err(e) => return AppError::internal(e).into_response(),
    };
    match use_token(state, row.id).await {
        Ok(true) => {}
        Ok(false) => return forms::see_other(back),
        Err(e) => return e.into_response(),
    }
    let role = if row.purpose == "carer_invite" {
        "carer".to_string()
    } else {
        row.role.clone().unwrap_or_else(|| "person".into())
    };
    let created: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO account (email, display_name, role, practice_id, person_id, created_at, password_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&row.email)
    .bind(&name)
    .bind(&role)
    .bind(if role == "carer" { None } else { row.practice_id })
    .bind(if role == "person" { row.person_id } else { None })
    .bind(state.clock.now())
    .bind(&hash)
    .fetch_one(state.db.writer())
    .await;
    let account_id = match created {
        Ok(id) => id,
        // Someone made an account with this email meanwhile.
        Err(e)
            if e.as_database_error()
                .map(|d| d.is_unique_violation())
                .unwrap_or(false) =>
        {
            return forms::see_other(back)
        }
        Err(e) => return AppError::from(e).into_response(),
    };
    if role == "carer" {
        if let Err(e) = sqlx::query("UPDATE delegation SET carer_account_id = $1, updated_at = $2 WHERE id = $3 AND carer_account_id IS NULL")
            .bind(account_id)
            .bind(state.clock.now())
            .bind(row.delegation_id.unwrap_or(0))
            .execute(state.db.writer())
            .await
        {
            return AppError::from(e).into_response();
        }
    }
    super::sign_in::finish(state, session, account_id, meta, "/").await
}
