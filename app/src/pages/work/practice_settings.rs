//! `/practice/settings`: the practice manager sets how many working days
//! the practice aims to reply to messages within. The inbox's "overdue"
//! filter and the practice's published reply figure both use it.

use crate::auth::{Role, SignedIn, Viewer};
use crate::components::{Button, ErrorSummary, NotificationBanner, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

const FORM: &str = "practice-settings";
/// The longest reply target that can be set, in working days.
pub const MAX_TARGET: i64 = 10;

fn manager_practice(v: &Viewer) -> Result<i64, AppError> {
    match (v.role, v.practice_id) {
        (Role::PracticeManager, Some(p)) => Ok(p),
        _ => Err(AppError::Forbidden),
    }
}

#[derive(Clone, Debug, Default)]
pub struct SettingsData {
    pub practice_name: String,
    pub reply_target_days: i64,
    pub relay_name: String,
    pub relay_url: String,
    /// Working days to acknowledge a complaint, and to answer it.
    pub ack_days: i64,
    pub response_days: i64,
    pub form: FormState,
    pub notice: Option<String>,
}

async fn load(ctx: PageCtx) -> Result<SettingsData, AppError> {
    let p = manager_practice(ctx.viewer()?)?;
    let (name, days, relay_name, relay_url, ack_days, response_days): (String, i64, String, String, i64, i64) =
        sqlx::query_as("SELECT name, reply_target_days, relay_name, relay_url, complaint_ack_days, complaint_response_days FROM practice WHERE id = $1")
        .bind(p)
        .fetch_one(ctx.state.db.reader())
        .await?;
    Ok(SettingsData {
        practice_name: name,
        reply_target_days: days,
        relay_name,
        relay_url,
        ack_days,
        response_days,
        form: ctx.take_form(FORM).await?.unwrap_or_default(),
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn PracticeSettingsPage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <PracticeSettingsView data/> })
}

#[component]
pub fn PracticeSettingsView(data: SettingsData) -> impl IntoView {
    let title = t("practice-settings-title");
    let form = data.form.clone();
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body-l">{data.practice_name.clone()}</p>
            <form method="post" action="/practice/settings" novalidate=true>
                <TextInput name="reply-target" label=t("practice-settings-reply-label") hint=t("practice-settings-reply-hint")
                    value=form.or("reply-target", data.reply_target_days.to_string()) error=form.error_text("reply-target")
                    width="2" inputmode="numeric"/>
                <TextInput name="complaint-ack" label=t("practice-settings-complaint-ack") hint=t("practice-settings-complaint-ack-hint")
                    value=form.or("complaint-ack", data.ack_days.to_string()) error=form.error_text("complaint-ack") width="2" inputmode="numeric"/>
                <TextInput name="complaint-response" label=t("practice-settings-complaint-response") hint=t("practice-settings-complaint-response-hint")
                    value=form.or("complaint-response", data.response_days.to_string()) error=form.error_text("complaint-response") width="2" inputmode="numeric"/>
                <fieldset class="cw-fieldset">
                    <legend class="cw-fieldset__legend cw-fieldset__legend--m">{t("practice-settings-relay-legend")}</legend>
                    <TextInput name="relay-name" label=t("practice-settings-relay-name") hint=t("practice-settings-relay-name-hint")
                        value=form.or("relay-name", data.relay_name.clone()) error=form.error_text("relay-name")/>
                    <TextInput name="relay-url" label=t("practice-settings-relay-url") hint=t("practice-settings-relay-url-hint")
                        value=form.or("relay-url", data.relay_url.clone()) error=form.error_text("relay-url") input_type="url"/>
                </fieldset>
                <Button text=t("practice-settings-save")/>
            </form>
            <p class="cw-body"><a href="/practice/bsl">{t("practice-settings-bsl-link")}</a></p>
        </Page>
    }
}

/// `POST /practice/settings`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    crate::pages::run(async {
        let p = manager_practice(&v)?;
        let f = Fields(fields);
        let mut form = FormState::new(FORM);
        let typed = form.text(&f, "reply-target", 10, Some(Msg("practice-settings-error-empty")));
        let days = typed.parse::<i64>().ok().filter(|d| (1..=MAX_TARGET).contains(d));
        if !typed.is_empty() && days.is_none() {
            form.errors.push(forms::FieldError::new("reply-target", Msg("practice-settings-error-range")).with_count(MAX_TARGET));
        }
        // Complaint deadlines (working days): empty keeps what is set.
        let days_field = |name: &str, range: std::ops::RangeInclusive<i64>, form: &mut FormState| -> Option<i64> {
            let typed = form.text(&f, name, 10, None);
            if typed.is_empty() {
                return None;
            }
            match typed.parse::<i64>().ok().filter(|d| range.contains(d)) {
                Some(d) => Some(d),
                None => {
                    form.errors.push(
                        forms::FieldError::new(name, Msg("practice-settings-days-range")).with_count(*range.end()),
                    );
                    None
                }
            }
        };
        let ack = days_field("complaint-ack", 1..=10, &mut form);
        let response = days_field("complaint-response", 5..=60, &mut form);
        let relay_name = form.text(&f, "relay-name", 80, None);
        let relay_url = form.text(&f, "relay-url", 300, None);
        if !relay_url.is_empty() && !(relay_url.starts_with("https://") && relay_url.len() > 12 && !relay_url.contains(char::is_whitespace)) {
            form.push("relay-url", Msg("practice-settings-relay-url-error"));
        }
        if !relay_url.is_empty() && relay_name.is_empty() {
            form.push("relay-name", Msg("practice-settings-relay-name-error"));
        }
        let Some(days) = days.filter(|_| !form.has_errors()) else {
            return Ok(forms::fail(&session, &form, "/practice/settings").await);
        };
        sqlx::query("UPDATE practice SET complaint_ack_days = COALESCE($1, complaint_ack_days), complaint_response_days = COALESCE($2, complaint_response_days) WHERE id = $3")
            .bind(ack)
            .bind(response)
            .bind(p)
            .execute(state.db.writer())
            .await?;
        sqlx::query("UPDATE practice SET reply_target_days = $1, relay_name = $2, relay_url = $3 WHERE id = $4")
            .bind(days)
            .bind(if relay_url.is_empty() { "" } else { relay_name.as_str() })
            .bind(&relay_url)
            .bind(p)
            .execute(state.db.writer())
            .await?;
        Ok(forms::done(&session, Msg("practice-settings-saved"), "/practice/settings").await)
    })
    .await
}
