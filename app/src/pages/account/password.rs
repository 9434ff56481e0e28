//! `/account/password`: change the password (current one first). Every
//! other session ends, and the account's email gets a notice.

use crate::auth::{password, Client, SignedIn};
use crate::components::{Button, ErrorSummary, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::Page;
use crate::mail::Email;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "account-password";

pub async fn load(ctx: PageCtx) -> Result<Option<FormState>, AppError> {
    ctx.viewer()?;
    ctx.take_form(FORM).await
}

#[component]
pub fn PasswordPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |form| view! { <PasswordView form=form.unwrap_or_default()/> },
    )
}

#[component]
pub fn PasswordView(form: FormState) -> impl IntoView {
    let title = t("account-password-title");
    view! {
        <Page title=title.clone() crumbs=super::email::account_crumbs(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <form method="post" action="/account/password" novalidate=true>
                <TextInput name="current-password" label=t("account-current-password") input_type="password"
                    autocomplete="current-password" error=form.error_text("current-password")/>
                <TextInput name="new-password" label=t("auth-new-password-label") hint=t("auth-new-password-hint")
                    input_type="password" autocomplete="new-password" error=form.error_text("new-password")/>
                <Button text=t("account-password-button")/>
            </form>
        </Page>
    }
}

/// `POST /account/password`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let mut form = FormState::new(FORM);
    if let Err(e) =
        super::check_current_password(&state, v.account_id, &meta.ip, f.get("current-password"))
            .await
    {
        form.errors.push(e);
    }
    let new = f.get("new-password").to_string();
    if let Err(m) = password::check_new_password(&new, &v.email) {
        form.push("new-password", m);
    }
    if form.has_errors() {
        return forms::fail(&session, &form, "/account/password").await;
    }
    let hash = match state.passwords.hash(new).await {
        Ok(h) => h,
        Err(e) => return AppError::internal(e).into_response(),
    };
    if let Err(e) =
        crate::pages::auth::reset::set_password(&state, v.account_id, &hash, Some(&v.session_key))
            .await
    {
        return e.into_response();
    }
    let _ = state
        .mailer
        .send(
            &v.email,
            crate::pages::auth::request_locale(&headers),
            Email::PasswordChanged,
        )
        .await;
    forms::done(&session, Msg("account-password-done"), "/account").await
}
