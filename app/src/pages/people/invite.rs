//! `/people/{id}/invite`: staff invite a person they support to make their
//! own account. The link goes to the email given; the account is tied to
//! this person's record when they accept.

use super::{person_crumbs, person_param};
use crate::auth::{tokens, Client, SignedIn};
use crate::authz::Action;
use crate::components::{Button, ErrorSummary, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::Page;
use crate::mail::Email;
use crate::pages::auth::request_locale;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "person-invite";
pub const LIFETIME: i64 = 14 * 24 * 60 * 60;

#[derive(Clone, Debug, Default)]
pub struct InvitePersonData {
    pub person_id: i64,
    pub person_name: String,
    pub form: Option<FormState>,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<InvitePersonData, AppError> {
    let (_, access) = ctx.authorise(person_id, Action::InvitePerson).await?;
    Ok(InvitePersonData {
        person_id,
        person_name: access.person_name,
        form: ctx.take_form(FORM).await?,
    })
}

#[component]
pub fn InvitePersonPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <InvitePersonView data/> },
    )
}

#[component]
pub fn InvitePersonView(data: InvitePersonData) -> impl IntoView {
    let title = t("person-invite-title");
    let form = data.form.unwrap_or_default();
    view! {
        <Page title=title.clone() crumbs=person_crumbs(data.person_id, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("person-invite-lead")}</p>
            <form method="post" action=format!("/people/{}/invite", data.person_id) novalidate=true>
                <TextInput name="email" label=t("carers-email-label") input_type="email" autocomplete="off" inputmode="email"
                    value=form.v("email") error=form.error_text("email")/>
                <Button text=t("person-invite-button")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/invite`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::InvitePerson).await?;
        let f = Fields(fields);
        let mut form = FormState::new(FORM);
        let email = form.email(&f, "email").unwrap_or_default();
        let has_account: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE person_id = $1").bind(person_id).fetch_one(state.db.reader()).await?;
        if has_account > 0 {
            form.push("email", Msg("person-invite-error-has-account"));
        }
        let back = format!("/people/{person_id}/invite");
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        let token = tokens::new_token();
        let now = state.clock.now();
        sqlx::query(
            "INSERT INTO email_token (token_hash, purpose, email, role, practice_id, person_id, display_name, created_by, created_at, expires_at) \
             VALUES ($1, 'invite', $2, 'person', NULL, $3, $4, $5, $6, $7)",
        )
        .bind(tokens::sha256_hex(&token))
        .bind(&email)
        .bind(person_id)
        .bind(&access.person_name)
        .bind(v.account_id)
        .bind(now)
        .bind(now + LIFETIME)
        .execute(state.db.writer())
        .await?;
        crate::audit::record(&state.db, now, &v, &access, "invited_person", "account", None, &meta).await?;
        let _ = state.mailer.send(&email, request_locale(&headers), Email::Invitation { link: format!("/invitation/{token}") }).await;
        forms::flash_notice(&session, Msg("person-invite-sent")).await?;
        Ok(forms::see_other(&format!("/people/{person_id}")))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
