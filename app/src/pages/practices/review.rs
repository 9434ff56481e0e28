//! `/practices/{id}/review`: a person the practice supports or supported
//! rates it (1 to 5) and says why. Nobody else may. It is published only
//! once the practice manager has checked it, and shows no name.

use super::profile::RatingText;
use crate::auth::{Role, SignedIn, Viewer};
use crate::components::{Button, Choice, Crumb, ErrorSummary, Radios, Textarea};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::people::param;
use crate::pages::{loaded, run, PageCtx};
use crate::practices::{self, reviews, Profile};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

const FORM: &str = "practice-review";

/// The person's record, if the viewer is a person the practice supports or
/// supported. Anyone else: 403 (the practice itself is public).
async fn reviewer(state: &AppState, v: &Viewer, practice_id: i64) -> Result<i64, AppError> {
    match (v.role, v.person_id) {
        (Role::Person, Some(pid)) if reviews::supported_by(&state.db, pid, practice_id).await? => Ok(pid),
        _ => Err(AppError::Forbidden),
    }
}

#[derive(Clone, Debug, Default)]
pub struct ReviewData {
    pub practice: Profile,
    pub already: Option<reviews::Review>,
    pub form: FormState,
}

async fn load(ctx: PageCtx, id: i64) -> Result<ReviewData, AppError> {
    let practice = practices::profile(&ctx.state.db, id).await?.ok_or(AppError::NotFound)?;
    let v = ctx.viewer()?.clone();
    let pid = reviewer(&ctx.state, &v, id).await?;
    Ok(ReviewData {
        already: reviews::of_person(&ctx.state.db, id, pid).await?,
        practice,
        form: ctx.take_form(FORM).await?.unwrap_or_default(),
    })
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    loaded(load(PageCtx::current(), param("pid")), |data| view! { <ReviewView data/> })
}

#[component]
pub fn ReviewView(data: ReviewData) -> impl IntoView {
    let p = data.practice.clone();
    let title = t_args("practices-review-title", &[("name", p.name.clone().into())]);
    let crumbs = vec![
        Crumb::link(t("core-nav-home"), "/"),
        Crumb::link(t("practices-find-title"), "/practices"),
        Crumb::link(p.name.clone(), format!("/practices/{}", p.id)),
        Crumb::here(t("practices-leave-review")),
    ];
    let form = data.form.clone();
    let ratings: Vec<Choice> = (1..=5).rev().map(|n| Choice::new(n.to_string(), t(&format!("practices-rating-{n}")))).collect();
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            {match data.already.clone() {
                Some(r) => view! {
                    <p class="cw-body">{t(&format!("practices-own-review-{}", r.status))}</p>
                    <p class="cw-body"><RatingText rating=r.rating/></p>
                    <p class="cw-body cw-prewrap">{r.body.clone()}</p>
                }.into_any(),
                None => view! {
                    <p class="cw-body">{t("practices-review-lead")}</p>
                    <form method="post" action=format!("/practices/{}/review", p.id) novalidate=true>
                        <Radios name="rating" legend=t("practices-rating-legend") choices=ratings selected=form.v("rating") error=form.error_text("rating")/>
                        <Textarea name="body" label=t("practices-review-body-label") hint=t("practices-review-body-hint") value=form.v("body")
                            error=form.error_text("body") max_chars=reviews::BODY_MAX rows=5/>
                        <Button text=t("practices-review-send")/>
                    </form>
                }.into_any(),
            }}
        </Page>
    }
}

/// `POST /practices/{id}/review`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let id = crate::pages::messages::id_of(&id);
    run(async {
        practices::profile(&state.db, id).await?.ok_or(AppError::NotFound)?;
        let pid = reviewer(&state, &v, id).await?;
        let f = Fields(fields);
        let back = format!("/practices/{id}/review");
        let mut form = FormState::new(FORM);
        let rating = form.choice(&f, "rating", &["1", "2", "3", "4", "5"], Msg("practices-review-error-rating"));
        let body = form.text(&f, "body", reviews::BODY_MAX, Some(Msg("practices-review-error-body")));
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        reviews::submit(&state.db, id, pid, v.account_id, rating.parse().unwrap_or(3), &body, state.clock.now()).await?;
        Ok(forms::done(&session, Msg("practices-review-sent"), &format!("/practices/{id}#reviews")).await)
    })
    .await
}
