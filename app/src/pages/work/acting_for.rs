//! `/acting-for`: a carer who helps several people picks whom they are
//! acting for. The choice changes the session id, and every page then says
//! "You are acting for <name>".

use crate::auth::{self, Role, SignedIn};
use crate::authz::people_acted_for;
use crate::components::{Button, Choice, ErrorSummary, NotificationBanner, Radios};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "acting-for";

#[derive(Clone, Debug, Default)]
pub struct ActingForData {
    pub people: Vec<(i64, String)>,
    pub current: Option<i64>,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx) -> Result<ActingForData, AppError> {
    let v = ctx.viewer()?;
    if v.role != Role::Carer {
        return Err(AppError::Forbidden);
    }
    Ok(ActingForData {
        people: people_acted_for(&ctx.state.db, v.account_id, &ctx.state.clock.today()).await?,
        current: v.acting_for.as_ref().map(|a| a.0),
        form: ctx.take_form(FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn ActingForPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <ActingForView data/> },
    )
}

#[component]
pub fn ActingForView(data: ActingForData) -> impl IntoView {
    let title = t("acting-title");
    let form = data.form.unwrap_or_default();
    let choices: Vec<Choice> = data
        .people
        .iter()
        .map(|(id, name)| Choice::new(id.to_string(), name.clone()))
        .collect();
    let selected = data.current.map(|c| c.to_string()).unwrap_or_default();
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            {if data.people.is_empty() {
                view! {
                    <h1 class="cw-heading-l">{title.clone()}</h1>
                    <p class="cw-body">{t("acting-none")}</p>
                }.into_any()
            } else {
                view! {
                    <form method="post" action="/acting-for" novalidate=true>
                        <Radios name="person" legend=title.clone() legend_is_heading=true hint=t("acting-hint") choices=choices
                            selected=selected error=form.error_text("person")/>
                        <Button text=t("acting-button")/>
                    </form>
                }.into_any()
            }}
        </Page>
    }
}

/// `POST /acting-for`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    if v.role != Role::Carer {
        return AppError::Forbidden.into_response();
    }
    let f = Fields(fields);
    let picked = f.get("person").parse::<i64>().ok();
    let people = match people_acted_for(&state.db, v.account_id, &state.clock.today()).await {
        Ok(p) => p,
        Err(e) => return AppError::from(e).into_response(),
    };
    let Some(pid) = picked.filter(|p| people.iter().any(|(id, _)| id == p)) else {
        let mut form = FormState::new(FORM);
        form.push("person", Msg("acting-error"));
        return forms::fail(&session, &form, "/acting-for").await;
    };
    if let Err(e) = auth::set_acting_for(&session, Some(pid)).await {
        return AppError::from(e).into_response();
    }
    forms::see_other(&format!("/people/{pid}"))
}
