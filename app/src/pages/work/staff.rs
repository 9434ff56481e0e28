//! `/practice/staff`: a practice manager's staff list, and invitations for
//! new social workers and managers. New staff set their own password from
//! the emailed link, then must set up two-step sign-in.

use crate::auth::{tokens, Role, SignedIn};
use crate::components::{Button, Choice, ErrorSummary, NotificationBanner, Radios, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::mail::Email;
use crate::pages::auth::request_locale;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "staff-invite";
pub const LIFETIME: i64 = 7 * 24 * 60 * 60;

#[derive(Clone, Debug, Default)]
pub struct StaffData {
    /// (name, email, role code, two-step on)
    pub staff: Vec<(String, String, String, bool)>,
    /// (name, email, role code) of invitations not yet accepted.
    pub invited: Vec<(String, String, String)>,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

fn manager_practice(v: &crate::auth::Viewer) -> Result<i64, AppError> {
    match (v.role, v.practice_id) {
        (Role::PracticeManager, Some(p)) => Ok(p),
        _ => Err(AppError::Forbidden),
    }
}

pub async fn load(ctx: PageCtx) -> Result<StaffData, AppError> {
    let practice = manager_practice(ctx.viewer()?)?;
    let db = ctx.state.db.reader();
    let staff: Vec<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT display_name, email, role, totp_secret FROM account WHERE practice_id = $1 AND role IN ('social_worker', 'practice_manager') ORDER BY display_name")
            .bind(practice)
            .fetch_all(db)
            .await?;
    let invited: Vec<(Option<String>, String, Option<String>)> = sqlx::query_as(
        "SELECT display_name, email, role FROM email_token WHERE purpose = 'invite' AND practice_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY created_at DESC",
    )
    .bind(practice)
    .bind(ctx.state.clock.now())
    .fetch_all(db)
    .await?;
    Ok(StaffData {
        staff: staff
            .into_iter()
            .map(|(n, e, r, s)| (n, e, r, s.is_some()))
            .collect(),
        invited: invited
            .into_iter()
            .map(|(n, e, r)| (n.unwrap_or_default(), e, r.unwrap_or_default()))
            .collect(),
        form: ctx.take_form(FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn StaffPage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <StaffView data/> })
}

fn role_name(code: &str) -> String {
    t(Role::from_code(code)
        .map(|r| r.label_id())
        .unwrap_or("role-social-worker"))
}

#[component]
pub fn StaffView(data: StaffData) -> impl IntoView {
    let title = t("staff-title");
    let form = data.form.unwrap_or_default();
    let roles = vec![
        Choice::new("social_worker", t("role-social-worker")),
        Choice::new("practice_manager", t("role-practice-manager")),
    ];
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <table class="cw-table">
                <caption class="cw-table__caption">{t_args("staff-caption", &[("count", data.staff.len().into())])}</caption>
                <thead class="cw-table__head">
                    <tr class="cw-table__row">
                        <th scope="col" class="cw-table__header">{t("account-name")}</th>
                        <th scope="col" class="cw-table__header">{t("auth-email-label")}</th>
                        <th scope="col" class="cw-table__header">{t("account-role")}</th>
                        <th scope="col" class="cw-table__header">{t("account-two-step")}</th>
                    </tr>
                </thead>
                <tbody class="cw-table__body">
                    {data.staff.into_iter().map(|(n, e, r, two)| view! {
                        <tr class="cw-table__row">
                            <th scope="row" class="cw-table__header">{n}</th>
                            <td class="cw-table__cell">{e}</td>
                            <td class="cw-table__cell">{role_name(&r)}</td>
                            <td class="cw-table__cell">{if two { t("account-two-step-on") } else { t("account-two-step-off") }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!data.invited.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("staff-invited-heading")}</h2>
                <ul class="cw-list cw-list--bullet">
                    {data.invited.into_iter().map(|(n, e, r)| view! { <li>{format!("{n} ({e}), {}", role_name(&r))}</li> }).collect_view()}
                </ul>
            })}
            <h2 class="cw-heading-m">{t("staff-invite-heading")}</h2>
            <form method="post" action="/practice/staff" novalidate=true>
                <TextInput name="name" label=t("invite-name-label") autocomplete="off" value=form.v("name") error=form.error_text("name")/>
                <TextInput name="email" label=t("carers-email-label") input_type="email" autocomplete="off" inputmode="email"
                    value=form.v("email") error=form.error_text("email")/>
                <Radios name="role" legend=t("staff-role-legend") choices=roles selected=form.v("role") error=form.error_text("role")/>
                <Button text=t("staff-invite-button")/>
            </form>
        </Page>
    }
}

/// `POST /practice/staff`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let result: Result<Response, AppError> = async {
        let practice = manager_practice(&v)?;
        let f = Fields(fields);
        let mut form = FormState::new(FORM);
        let name = form.name(&f, "name", Msg("invite-error-name-empty"));
        let email = form.email(&f, "email").unwrap_or_default();
        let role = f.text("role", 40);
        form.values.insert("role".into(), role.clone());
        if form.error("email").is_none() {
            let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM account WHERE email = $1").bind(&email).fetch_one(state.db.reader()).await?;
            if exists > 0 {
                form.push("email", Msg("staff-error-exists"));
            }
        }
        if !matches!(role.as_str(), "social_worker" | "practice_manager") {
            form.push("role", Msg("staff-error-role"));
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, "/practice/staff").await);
        }
        let token = tokens::new_token();
        let now = state.clock.now();
        sqlx::query(
            "INSERT INTO email_token (token_hash, purpose, email, role, practice_id, display_name, created_by, created_at, expires_at) \
             VALUES ($1, 'invite', $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(tokens::sha256_hex(&token))
        .bind(&email)
        .bind(&role)
        .bind(practice)
        .bind(&name)
        .bind(v.account_id)
        .bind(now)
        .bind(now + LIFETIME)
        .execute(state.db.writer())
        .await?;
        let _ = state.mailer.send(&email, request_locale(&headers), Email::Invitation { link: format!("/invitation/{token}") }).await;
        forms::flash_notice(&session, Msg("staff-invited")).await?;
        Ok(forms::see_other("/practice/staff"))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
