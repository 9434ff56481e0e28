//! `/account/sessions`: every place this account is signed in, and a way to
//! end any of them, or all but this one (ASVS 5.0 V7.5.2).

use crate::auth::{SignedIn, ABSOLUTE_LIMIT, IDLE_LIMIT};
use crate::components::{Button, NotificationBanner, Tag};
use crate::dates::format_instant;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use sqlx::Row;
use tower_sessions::Session;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// A short public handle (never the session key itself).
    pub handle: String,
    pub device: String,
    pub origin: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub current: bool,
}

#[derive(Clone, Debug, Default)]
pub struct SessionsData {
    pub rows: Vec<SessionRow>,
    pub notice: Option<String>,
}

/// A handle for a session row: a hash of its key, so the page never shows
/// or posts a live session key.
fn handle_of(key: &str) -> String {
    crate::auth::tokens::sha256_hex(key)[..16].to_string()
}

async fn active_sessions(
    state: &AppState,
    account_id: i64,
) -> Result<Vec<(String, SessionRow)>, AppError> {
    let now = state.clock.now();
    let rows = sqlx::query(
        "SELECT id, device, origin, created_at, last_seen_at FROM account_session \
         WHERE account_id = $1 AND ended_at IS NULL AND last_seen_at > $2 AND created_at > $3 ORDER BY last_seen_at DESC",
    )
    .bind(account_id)
    .bind(now - IDLE_LIMIT)
    .bind(now - ABSOLUTE_LIMIT)
    .fetch_all(state.db.reader())
    .await?;
    rows.into_iter()
        .map(|r| {
            let key: String = r.try_get("id")?;
            Ok((
                key.clone(),
                SessionRow {
                    handle: handle_of(&key),
                    device: r.try_get("device")?,
                    origin: r.try_get("origin")?,
                    created_at: r.try_get("created_at")?,
                    last_seen_at: r.try_get("last_seen_at")?,
                    current: false,
                },
            ))
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(AppError::from)
}

pub async fn load(ctx: PageCtx) -> Result<SessionsData, AppError> {
    let v = ctx.viewer()?;
    let rows = active_sessions(&ctx.state, v.account_id)
        .await?
        .into_iter()
        .map(|(key, mut row)| {
            row.current = key == v.session_key;
            row
        })
        .collect();
    Ok(SessionsData {
        rows,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <SessionsView data/> },
    )
}

#[component]
pub fn SessionsView(data: SessionsData) -> impl IntoView {
    let title = t("sessions-title");
    let locale = current();
    let others = data.rows.iter().filter(|r| !r.current).count();
    view! {
        <Page title=title.clone() crumbs=super::email::account_crumbs(title.clone())>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("sessions-lead")}</p>
            <table class="cw-table">
                <caption class="cw-table__caption">{t("sessions-caption")}</caption>
                <thead class="cw-table__head">
                    <tr class="cw-table__row">
                        <th scope="col" class="cw-table__header">{t("sessions-device")}</th>
                        <th scope="col" class="cw-table__header">{t("sessions-network")}</th>
                        <th scope="col" class="cw-table__header">{t("sessions-started")}</th>
                        <th scope="col" class="cw-table__header">{t("sessions-last-active")}</th>
                        <th scope="col" class="cw-table__header">{t("sessions-action")}</th>
                    </tr>
                </thead>
                <tbody class="cw-table__body">
                    {data.rows.into_iter().map(|r| {
                        let device = r.device.clone();
                        view! {
                            <tr class="cw-table__row">
                                <th scope="row" class="cw-table__header">{r.device.clone()}</th>
                                <td class="cw-table__cell">{r.origin.clone()}</td>
                                <td class="cw-table__cell">{format_instant(locale, r.created_at)}</td>
                                <td class="cw-table__cell">{format_instant(locale, r.last_seen_at)}</td>
                                <td class="cw-table__cell">
                                    {if r.current {
                                        view! { <Tag text=t("sessions-this-one")/> }.into_any()
                                    } else {
                                        view! {
                                            <form method="post" action="/account/sessions/end">
                                                <input type="hidden" name="session" value=r.handle.clone()/>
                                                <button type="submit" class="cw-button cw-button--secondary cw-button--small">
                                                    {t("sessions-end")}
                                                    <span class="cw-visually-hidden">{format!(" ({device})")}</span>
                                                </button>
                                            </form>
                                        }.into_any()
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(others > 0).then(|| view! {
                <form method="post" action="/account/sessions/end-others">
                    <Button text=t_args("sessions-end-others", &[("count", others.into())]) warning=true/>
                </form>
            })}
        </Page>
    }
}

/// `POST /account/sessions/end`: ends one other session by its handle.
pub async fn end_one(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let handle = f.get("session");
    let sessions = match active_sessions(&state, v.account_id).await {
        Ok(s) => s,
        Err(e) => return e.into_response(),
    };
    // Only this account's own sessions can be found by handle.
    if let Some((key, _)) = sessions
        .iter()
        .find(|(k, row)| row.handle == handle && *k != v.session_key)
    {
        let r = sqlx::query("UPDATE account_session SET ended_at = $1, end_reason = 'ended_by_user' WHERE id = $2 AND account_id = $3")
            .bind(state.clock.now())
            .bind(key)
            .bind(v.account_id)
            .execute(state.db.writer())
            .await;
        if let Err(e) = r {
            return AppError::from(e).into_response();
        }
    }
    forms::done(&session, Msg("sessions-ended-one"), "/account/sessions").await
}

/// `POST /account/sessions/end-others`.
pub async fn end_others(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
) -> Response {
    match crate::auth::end_sessions(&state, v.account_id, Some(&v.session_key), "ended_by_user")
        .await
    {
        Ok(_) => forms::done(&session, Msg("sessions-ended-others"), "/account/sessions").await,
        Err(e) => AppError::from(e).into_response(),
    }
}
