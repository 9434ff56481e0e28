//! `/account/two-step`: set up two-step sign-in with an authenticator app,
//! see and renew recovery codes, and (people and carers only) turn it off.
//! Staff cannot use Careway until it is set up.
//! Accessibility: the secret is shown as text, in groups of four, as well
//! as the QR code, so it can be typed or read out; the QR image is hidden
//! from screen readers because the text says the same.

use crate::auth::{totp, Client, SignedIn};
use crate::components::{Button, ErrorSummary, NotificationBanner, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "two-step";
const CODES_KEY: &str = "careway.flash.recovery";

#[derive(Clone, Debug, Default)]
pub struct TwoStepData {
    pub enabled: bool,
    pub staff: bool,
    /// While setting up: the secret as text and the QR code SVG.
    pub secret: Option<String>,
    pub qr_svg: String,
    pub unused_codes: i64,
    /// Codes made just now, shown this once.
    pub new_codes: Vec<String>,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx) -> Result<TwoStepData, AppError> {
    let v = ctx.viewer()?.clone();
    let db = &ctx.state.db;
    let (secret, pending): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT totp_secret, totp_pending_secret FROM account WHERE id = $1")
            .bind(v.account_id)
            .fetch_one(db.reader())
            .await?;
    let enabled = secret.is_some();
    let (setup_secret, qr) = if enabled {
        (None, String::new())
    } else {
        let s = match pending {
            Some(s) => s,
            None => {
                // A secret for this set-up, kept until it is confirmed.
                let s = totp::new_secret();
                sqlx::query("UPDATE account SET totp_pending_secret = $1 WHERE id = $2 AND totp_pending_secret IS NULL")
                    .bind(&s)
                    .bind(v.account_id)
                    .execute(db.writer())
                    .await?;
                sqlx::query_scalar::<_, Option<String>>(
                    "SELECT totp_pending_secret FROM account WHERE id = $1",
                )
                .bind(v.account_id)
                .fetch_one(db.reader())
                .await?
                .unwrap_or(s)
            }
        };
        let qr = totp::qr_svg(
            &totp::otpauth_url(&s, &v.email),
            &crate::i18n::tr(ctx.ui.locale, "two-step-qr-alt"),
        );
        (Some(s), qr)
    };
    let unused: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM recovery_code WHERE account_id = $1 AND used_at IS NULL",
    )
    .bind(v.account_id)
    .fetch_one(db.reader())
    .await?;
    let session = ctx.session()?;
    let new_codes: Vec<String> = crate::forms::take_once(&session, CODES_KEY).await?.unwrap_or_default();
    Ok(TwoStepData {
        enabled,
        staff: v.role.is_staff(),
        secret: setup_secret,
        qr_svg: qr,
        unused_codes: unused,
        new_codes,
        form: ctx.take_form(FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn TwoStepPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <TwoStepView data/> },
    )
}

#[component]
pub fn TwoStepView(data: TwoStepData) -> impl IntoView {
    let title = t("two-step-title");
    let form = data.form.unwrap_or_default();
    let codes = (!data.new_codes.is_empty()).then(|| {
        view! {
            <div class="cw-inset" role="region" aria-labelledby="codes-heading">
                <h2 class="cw-heading-m" id="codes-heading">{t("two-step-codes-heading")}</h2>
                <p class="cw-body">{t("two-step-codes-lead")}</p>
                <ul class="cw-list cw-recovery-codes">
                    {data.new_codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                </ul>
            </div>
        }
    });
    let body = if data.enabled {
        view! {
            <p class="cw-body">{t("two-step-on-lead")}</p>
            <p class="cw-body">{t_args("two-step-codes-left", &[("count", data.unused_codes.into())])}</p>
            <form method="post" action="/account/two-step">
                <input type="hidden" name="action" value="codes"/>
                <Button text=t("two-step-new-codes-button") secondary=true/>
            </form>
            {(!data.staff).then(|| view! {
                <h2 class="cw-heading-m">{t("two-step-off-heading")}</h2>
                <form method="post" action="/account/two-step" novalidate=true>
                    <input type="hidden" name="action" value="off"/>
                    <TextInput name="current-password" label=t("account-current-password") input_type="password"
                        autocomplete="current-password" error=form.error_text("current-password")/>
                    <Button text=t("two-step-off-button") warning=true/>
                </form>
            })}
        }
        .into_any()
    } else {
        let secret = data.secret.unwrap_or_default();
        view! {
            {data.staff.then(|| view! { <p class="cw-body"><strong>{t("two-step-staff-must")}</strong></p> })}
            <ol class="cw-list cw-list--number">
                <li>{t("two-step-step-app")}</li>
                <li>
                    {t("two-step-step-scan")}
                    <div class="cw-qr" inner_html=data.qr_svg></div>
                    <p class="cw-body">{t("two-step-step-type")}</p>
                    <p class="cw-secret"><code>{totp::grouped(&secret)}</code></p>
                </li>
                <li>{t("two-step-step-code")}</li>
            </ol>
            <form method="post" action="/account/two-step" novalidate=true>
                <input type="hidden" name="action" value="confirm"/>
                <TextInput name="code" label=t("two-step-code-label") hint=t("two-step-code-hint") autocomplete="one-time-code"
                    inputmode="numeric" width="10" error=form.error_text("code")/>
                <Button text=t("two-step-confirm-button")/>
            </form>
        }
        .into_any()
    };
    view! {
        <Page title=title.clone() crumbs=super::email::account_crumbs(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {codes}
            {body}
        </Page>
    }
}

async fn new_codes(state: &AppState, account_id: i64) -> Result<Vec<String>, AppError> {
    let codes = totp::new_recovery_codes();
    let mut tx = state.db.writer().begin().await?;
    sqlx::query("DELETE FROM recovery_code WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    for c in &codes {
        sqlx::query("INSERT INTO recovery_code (account_id, code_hash) VALUES ($1, $2)")
            .bind(account_id)
            .bind(totp::recovery_hash(c))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(codes)
}

/// `POST /account/two-step` with `action` = confirm, codes or off.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let mut form = FormState::new(FORM);
    let back = "/account/two-step";
    let result: Result<Response, AppError> = async {
        match f.get("action") {
            "confirm" => {
                let pending: Option<String> = sqlx::query_scalar("SELECT totp_pending_secret FROM account WHERE id = $1 AND totp_secret IS NULL")
                    .bind(v.account_id)
                    .fetch_optional(state.db.reader())
                    .await?
                    .flatten();
                let Some(secret) = pending else { return Ok(forms::see_other(back)) };
                let code = f.text("code", 40);
                if code.is_empty() {
                    form.push("code", Msg("auth-error-code-empty"));
                    return Ok(forms::fail(&session, &form, back).await);
                }
                let Some(step) = totp::verify(&secret, &code, state.clock.now(), 0) else {
                    form.push("code", Msg("auth-error-code-wrong"));
                    return Ok(forms::fail(&session, &form, back).await);
                };
                let r = sqlx::query("UPDATE account SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = $1 WHERE id = $2 AND totp_secret IS NULL AND totp_pending_secret = $3")
                    .bind(step)
                    .bind(v.account_id)
                    .bind(&secret)
                    .execute(state.db.writer())
                    .await?;
                if r.rows_affected() == 1 {
                    let codes = new_codes(&state, v.account_id).await?;
                    session.insert(CODES_KEY, codes).await?;
                    forms::flash_notice(&session, Msg("two-step-on-done")).await?;
                }
                Ok(forms::see_other(back))
            }
            "codes" if v.two_step => {
                let codes = new_codes(&state, v.account_id).await?;
                session.insert(CODES_KEY, codes).await?;
                Ok(forms::see_other(back))
            }
            "off" if v.two_step && !v.role.is_staff() => {
                if let Err(e) = super::check_current_password(&state, v.account_id, &meta.ip, f.get("current-password")).await {
                    form.errors.push(e);
                    return Ok(forms::fail(&session, &form, back).await);
                }
                sqlx::query("UPDATE account SET totp_secret = NULL, totp_pending_secret = NULL WHERE id = $1").bind(v.account_id).execute(state.db.writer()).await?;
                sqlx::query("DELETE FROM recovery_code WHERE account_id = $1").bind(v.account_id).execute(state.db.writer()).await?;
                Ok(forms::done(&session, Msg("two-step-off-done"), back).await)
            }
            _ => Err(AppError::Forbidden),
        }
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
