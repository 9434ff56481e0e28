//! `/people/{id}/allocate`: a practice manager allocates a person to one of
//! the practice's social workers (or leaves them unallocated). The old
//! allocation is ended, not overwritten, so the caseload history stays.

use super::{person_crumbs, person_param};
use crate::auth::{Client, SignedIn};
use crate::authz::Action;
use crate::components::{Button, Choice, ErrorSummary, Radios};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "allocate";
/// The choice that ends the allocation without a new one.
pub const NOBODY: &str = "none";

#[derive(Clone, Debug, Default)]
pub struct AllocateData {
    pub person_id: i64,
    pub person_name: String,
    /// (account id, name) of the practice's social workers.
    pub workers: Vec<(i64, String)>,
    pub current: Option<i64>,
    pub form: Option<FormState>,
}

async fn workers(state: &AppState, practice_id: i64) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as("SELECT id, display_name FROM account WHERE practice_id = $1 AND role = 'social_worker' ORDER BY display_name, id")
        .bind(practice_id)
        .fetch_all(state.db.reader())
        .await?)
}

async fn current_worker(state: &AppState, person_id: i64) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar("SELECT worker_id FROM caseload WHERE person_id = $1 AND ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1")
        .bind(person_id)
        .fetch_optional(state.db.reader())
        .await?)
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<AllocateData, AppError> {
    let (_, access) = ctx.authorise(person_id, Action::AllocateWorker).await?;
    Ok(AllocateData {
        person_id,
        workers: workers(&ctx.state, access.practice_id.unwrap_or(0)).await?,
        current: current_worker(&ctx.state, person_id).await?,
        person_name: access.person_name,
        form: ctx.take_form(FORM).await?,
    })
}

#[component]
pub fn AllocatePage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param()),
        |data| view! { <AllocateView data/> },
    )
}

#[component]
pub fn AllocateView(data: AllocateData) -> impl IntoView {
    let title = t("allocate-title");
    let form = data.form.unwrap_or_default();
    let mut choices: Vec<Choice> = data
        .workers
        .iter()
        .map(|(id, name)| Choice::new(id.to_string(), name.clone()))
        .collect();
    choices.push(Choice::new(NOBODY, t("allocate-nobody")).with_hint(t("allocate-nobody-hint")));
    let selected = if form.has_errors() {
        form.v("worker")
    } else {
        data.current
            .map(|c| c.to_string())
            .unwrap_or_else(|| NOBODY.into())
    };
    view! {
        <Page title=title.clone() crumbs=person_crumbs(data.person_id, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <form method="post" action=format!("/people/{}/allocate", data.person_id) novalidate=true>
                <Radios name="worker" legend=title.clone() legend_is_heading=true hint=t("allocate-hint") choices=choices selected=selected
                    error=form.error_text("worker")/>
                <Button text=t("allocate-button")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/allocate`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::AllocateWorker).await?;
        let f = Fields(fields);
        let picked = f.text("worker", 40);
        let staff = workers(&state, access.practice_id.unwrap_or(0)).await?;
        let worker = match picked.as_str() {
            NOBODY => None,
            other => match other
                .parse::<i64>()
                .ok()
                .filter(|id| staff.iter().any(|(s, _)| s == id))
            {
                Some(id) => Some(id),
                None => {
                    let mut form = FormState::new(FORM);
                    form.values.insert("worker".into(), picked.clone());
                    form.push("worker", Msg("allocate-error"));
                    return Ok(forms::fail(
                        &session,
                        &form,
                        &format!("/people/{person_id}/allocate"),
                    )
                    .await);
                }
            },
        };
        let now = state.clock.now();
        if current_worker(&state, person_id).await? != worker {
            let mut tx = state.db.writer().begin().await?;
            sqlx::query(
                "UPDATE caseload SET ended_at = $1 WHERE person_id = $2 AND ended_at IS NULL",
            )
            .bind(now)
            .bind(person_id)
            .execute(&mut *tx)
            .await?;
            if let Some(w) = worker {
                sqlx::query(
                    "INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)",
                )
                .bind(person_id)
                .bind(w)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            crate::audit::record(
                &state.db,
                now,
                &v,
                &access,
                "allocated_worker",
                "caseload",
                worker.map(|w| w.to_string()),
                &meta,
            )
            .await?;
        }
        forms::flash_notice(&session, Msg("allocate-done")).await?;
        Ok(forms::see_other("/caseload"))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
