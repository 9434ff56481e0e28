//! A person's record: the overview, the plan summary, who can see it
//! (carers), and who has looked. Every loader starts with
//! `PageCtx::authorise` and every read of personal data leaves one audit
//! row.

pub mod allocate;
pub mod budget;
pub mod budget_account;
pub mod budget_returns;
pub mod budget_choose;
pub mod carers;
pub mod history;
pub mod invite;
pub mod needs;
pub mod overview;
pub mod plan;
pub mod plan_edit;
pub mod plan_export;
pub mod plan_voice;
pub mod support;

use crate::auth::Role;
use crate::authz::{decide, Action, Decision, Relationship};
use crate::components::Crumb;
use crate::i18n::t;
use crate::state::AppState;
use axum::routing::post;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/people/{id}/carers/new", post(carers::invite_submit))
        .route("/people/{id}/carers/legal", post(carers::legal_submit))
        .route("/people/{id}/carers/{did}", post(carers::change_submit))
        .route(
            "/people/{id}/carers/{did}/revoke",
            post(carers::revoke_submit),
        )
        .route("/people/{id}/invite", post(invite::submit))
        .route("/people/{id}/communication", post(needs::submit))
        .route("/people/{id}/support", post(support::ask_submit))
        .route("/people/{id}/support/{rid}", post(support::update_submit))
        .route("/people/{id}/allocate", post(allocate::submit))
        .route("/people/{id}/plan/review", post(plan_voice::review_submit))
        .route("/people/{id}/plan/review/{rid}", post(plan_voice::review_update_submit))
        .route("/people/{id}/plan/comments/{cid}", post(plan_voice::answer_submit))
        .route("/people/{id}/plan/{section}", post(plan_voice::comment_submit))
        .route("/people/{id}/plan/export.json", axum::routing::get(plan_export::json))
        .route("/people/{id}/plan/export.html", axum::routing::get(plan_export::html))
        .merge(plan_edit::routes())
        .merge(budget_account::routes())
        .route("/people/{id}/budget/account/returns/{quarter}", post(budget_returns::submit))
        .route("/people/{id}/budget/choose", post(budget_choose::option_submit))
        .route("/people/{id}/budget/choose/{step}", post(budget_choose::later_step_submit))
        .route("/people/{id}/budget/requests/{rid}", post(budget::decide_submit))
}

/// The `{id}` route parameter. Anything that is not a positive number is
/// no record at all (so the loader answers 404).
pub fn person_param() -> i64 {
    use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|n| *n > 0)
            .unwrap_or(0)
    })
}

/// A text route parameter, bounded (a path segment is never huge here).
pub fn param_str(name: &str) -> String {
    use_params_map().with_untracked(|p| p.get(name).unwrap_or_default().chars().take(40).collect())
}

pub fn param(name: &str) -> i64 {
    use_params_map().with_untracked(|p| {
        p.get(name)
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|n| *n > 0)
            .unwrap_or(0)
    })
}

/// Home › (person) › this page.
pub fn person_crumbs(person_id: i64, person_name: &str, here: Option<String>) -> Vec<Crumb> {
    let mut c = vec![Crumb::link(t("core-nav-home"), "/")];
    match here {
        Some(h) => {
            c.push(Crumb::link(
                person_name.to_string(),
                format!("/people/{person_id}"),
            ));
            c.push(Crumb::here(h));
        }
        None => c.push(Crumb::here(person_name.to_string())),
    }
    c
}

/// Whether the viewer may do `action` (to show only the links they can use).
pub fn may(role: Role, rel: &Relationship, action: Action) -> bool {
    decide(role, Some(rel), action) == Decision::Allow
}
