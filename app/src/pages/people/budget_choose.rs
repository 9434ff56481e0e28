//! "Choose how your budget is paid": a few short steps (the option, who
//! manages it, what the person understands, questions and whether to talk
//! it through), then "check your answers", then a request the social
//! worker agrees or discusses. Answers are kept in the session between the
//! steps and shown again on every page that asks for them, so nothing is
//! typed twice (WCAG 3.3.7). Sending adds a "chose" row to the record of
//! the discussion.

use super::budget::option_label;
use super::{param_str, person_crumbs, person_param};
use crate::auth::{tokens, Client, SignedIn};
use crate::authz::Action;
use crate::budget::{self, checks_for, Answers, NewDiscussion, MANAGERS, OPTIONS, TALK};
use crate::components::{
    Button, Checkboxes, Choice, Crumb, ErrorSummary, Radios, SummaryList, SummaryRow, TextInput,
    Textarea,
};
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

const ANSWERS_KEY: &str = "careway.budget.answers";
/// The steps, in order ("" is the first: the option).
pub const STEPS: [&str; 5] = ["", "manager", "checks", "questions", "check"];
const QUESTIONS_MAX: usize = 2000;

fn step_path(p: i64, step: &str) -> String {
    if step.is_empty() {
        format!("/people/{p}/budget/choose")
    } else {
        format!("/people/{p}/budget/choose/{step}")
    }
}

fn form_id(step: &str) -> String {
    format!(
        "budget-choose-{}",
        if step.is_empty() { "option" } else { step }
    )
}

/// The answers so far for this person (another person's are not used).
async fn answers(session: &Session, person_id: i64) -> Result<Answers, AppError> {
    let a: Option<Answers> = session.get(ANSWERS_KEY).await?;
    Ok(a.filter(|a| a.person_id == person_id).unwrap_or(Answers {
        person_id,
        ..Default::default()
    }))
}

async fn save(session: &Session, a: &Answers) -> Result<(), AppError> {
    session.insert(ANSWERS_KEY, a).await?;
    Ok(())
}

#[derive(Clone, Debug, Default)]
pub struct ChooseData {
    pub person_id: i64,
    pub person_name: String,
    pub step: String,
    pub answers: Answers,
    /// An earlier step still to answer, when this one is reached too soon.
    pub earlier: Option<String>,
    pub form: Option<FormState>,
    pub idem: String,
}

async fn load(ctx: PageCtx, person_id: i64, step: String) -> Result<ChooseData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ChooseBudget).await?;
    if !STEPS.contains(&step.as_str()) {
        return Err(AppError::NotFound);
    }
    let answers = answers(ctx.session()?, person_id).await?;
    let pos = |s: &str| STEPS.iter().position(|x| *x == s).unwrap_or(0);
    let next = answers.next_step();
    let earlier = (pos(&step) > pos(next)).then(|| next.to_string());
    ctx.audit(&viewer, &access, "viewed_budget", "budget_choice", None)
        .await?;
    Ok(ChooseData {
        person_id,
        person_name: access.person_name,
        form: ctx.take_form(&form_id(&step)).await?,
        step,
        answers,
        earlier,
        idem: tokens::new_token(),
    })
}

#[component]
pub fn ChooseOptionPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param(), String::new()),
        |data| view! { <ChooseView data/> },
    )
}

#[component]
pub fn ChooseStepPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param(), param_str("step")),
        |data| view! { <ChooseView data/> },
    )
}

fn step_title(step: &str) -> String {
    t(&format!(
        "budget-step-{}",
        if step.is_empty() { "option" } else { step }
    ))
}

#[component]
pub fn ChooseView(data: ChooseData) -> impl IntoView {
    let p = data.person_id;
    let step = data.step.clone();
    let title = step_title(&step);
    let form = data.form.clone().unwrap_or_default();
    let a = data.answers.clone();
    let mut crumbs: Vec<Crumb> = person_crumbs(p, &data.person_name, Some(title.clone()));
    crumbs.pop();
    crumbs.push(Crumb::link(
        t("budget-title"),
        format!("/people/{p}/budget"),
    ));
    crumbs.push(Crumb::here(title.clone()));
    let n = STEPS.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let body = if let Some(earlier) = &data.earlier {
        view! {
            <p class="cw-body">{t("budget-step-earlier")}</p>
            <p class="cw-body"><a href=step_path(p, earlier)>{step_title(earlier)}</a></p>
        }
        .into_any()
    } else {
        let fields = match step.as_str() {
            "" => {
                let choices: Vec<Choice> = OPTIONS
                    .iter()
                    .map(|o| {
                        Choice::new(*o, option_label(o))
                            .with_hint(t(&format!("budget-{}-means", o.replace('_', "-"))))
                    })
                    .collect();
                view! {
                    <Radios name="option" legend=title.clone() legend_is_heading=true hint=t("budget-step-option-hint") choices=choices
                        selected=form.or("option", a.option.clone()) error=form.error_text("option")/>
                    <p class="cw-body"><a href=format!("/people/{p}/budget/options")>{t("budget-options-link")}</a></p>
                }
                .into_any()
            }
            "manager" => {
                let choices: Vec<Choice> = MANAGERS
                    .iter()
                    .map(|m| {
                        Choice::new(*m, t(&format!("budget-manager-{m}")))
                            .with_hint(t(&format!("budget-manager-{m}-hint")))
                    })
                    .collect();
                view! {
                    <Radios name="manager" legend=title.clone() legend_is_heading=true choices=choices selected=form.or("manager", a.manager.clone()) error=form.error_text("manager")/>
                    <TextInput name="manager-name" label=t("budget-manager-name") hint=t("budget-manager-name-hint") value=form.or("manager-name", a.manager_name.clone()) error=form.error_text("manager-name")/>
                }
                .into_any()
            }
            "checks" => {
                let choices: Vec<Choice> = checks_for(&a.option)
                    .into_iter()
                    .map(|c| Choice::new(c, t(&format!("budget-check-{}", c.replace('_', "-")))))
                    .collect();
                let ticked = form.list_or("checks", a.checks.clone());
                view! {
                    <Checkboxes name="checks" legend=title.clone() legend_is_heading=true hint=t("budget-step-checks-hint") choices=choices selected=ticked error=form.error_text("checks")/>
                }
                .into_any()
            }
            "questions" => {
                let talk: Vec<Choice> = TALK
                    .iter()
                    .map(|x| Choice::new(*x, t(&format!("budget-talk-{x}"))))
                    .collect();
                view! {
                    <h1 class="cw-heading-l">{title.clone()}</h1>
                    <Textarea name="questions" label=t("budget-questions-label") hint=t("budget-questions-hint") value=form.or("questions", a.questions.clone())
                        error=form.error_text("questions") max_chars=QUESTIONS_MAX rows=5/>
                    <Radios name="talk" legend=t("budget-talk-legend") choices=talk selected=form.or("talk", a.talk.clone()) error=form.error_text("talk")/>
                }
                .into_any()
            }
            _ => {
                let change = |s: &str| (step_path(p, s), t("draft-change"));
                let with = |row: SummaryRow, s: &str| {
                    let (href, text) = change(s);
                    row.with_action(href, text)
                };
                let rows = vec![
                    with(
                        SummaryRow::new(t("budget-choice-option"), option_label(&a.option)),
                        "",
                    ),
                    with(
                        SummaryRow::new(
                            t("budget-choice-manager"),
                            if a.manager_name.is_empty() {
                                t(&format!("budget-manager-{}", a.manager))
                            } else {
                                format!(
                                    "{} ({})",
                                    t(&format!("budget-manager-{}", a.manager)),
                                    a.manager_name
                                )
                            },
                        ),
                        "manager",
                    ),
                    with(
                        SummaryRow::new(
                            t("budget-choice-checks"),
                            if a.checks.is_empty() {
                                t("budget-checks-none")
                            } else {
                                a.checks
                                    .iter()
                                    .map(|c| t(&format!("budget-check-{}", c.replace('_', "-"))))
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            },
                        ),
                        "checks",
                    ),
                    with(
                        SummaryRow::new(
                            t("budget-choice-questions"),
                            if a.questions.is_empty() {
                                t("budget-none-given")
                            } else {
                                a.questions.clone()
                            },
                        ),
                        "questions",
                    ),
                    with(
                        SummaryRow::new(
                            t("budget-choice-talk"),
                            t(&format!("budget-talk-{}", a.talk)),
                        ),
                        "questions",
                    ),
                ];
                view! {
                    <h1 class="cw-heading-l">{title.clone()}</h1>
                    <SummaryList rows=rows/>
                    {a.wants_a_talk().then(|| view! { <p class="cw-body">{t("budget-check-talk-note")}</p> })}
                    <p class="cw-body">{t("budget-check-lead")}</p>
                    <input type="hidden" name="idem" value=data.idem.clone()/>
                }
                .into_any()
            }
        };
        let button = if step == "check" {
            t("budget-send")
        } else {
            t("budget-continue")
        };
        view! {
            <form method="post" action=step_path(p, &step) novalidate=true>
                {fields}
                <Button text=button/>
            </form>
        }
        .into_any()
    };
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <p class="cw-body cw-hint">{crate::i18n::t_args("budget-step-count", &[("n", n.into()), ("total", STEPS.len().into())])}</p>
            {data.earlier.is_some().then(|| view! { <h1 class="cw-heading-l">{title.clone()}</h1> })}
            {body}
        </Page>
    }
}

/// `POST /people/{id}/budget/choose[/{step}]`: keep this step's answers,
/// then go on (to "check your answers" once everything is answered).
async fn step_submit(
    state: AppState,
    session: Session,
    v: crate::auth::Viewer,
    meta: crate::auth::ClientMeta,
    person_id: i64,
    step: String,
    fields: Vec<(String, String)>,
) -> Response {
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::ChooseBudget).await?;
        if !STEPS.contains(&step.as_str()) {
            return Err(AppError::NotFound);
        }
        let f = Fields(fields);
        let back = step_path(person_id, &step);
        let mut a = answers(&session, person_id).await?;
        let mut form = FormState::new(&form_id(&step));
        match step.as_str() {
            "" => {
                let option = form.choice(&f, "option", &OPTIONS, Msg("budget-error-option"));
                if !form.has_errors() && option != a.option {
                    // Other statements apply to another option: ask again.
                    a.checks.clear();
                    a.checks_answered = false;
                    a.option = option;
                }
            }
            "manager" => {
                let manager = form.choice(&f, "manager", &MANAGERS, Msg("budget-error-manager"));
                let empty = (manager != "person").then_some(Msg("budget-error-manager-name"));
                let name = form.text(&f, "manager-name", 100, empty);
                a.manager = manager;
                a.manager_name = if a.manager == "person" {
                    String::new()
                } else {
                    name
                };
            }
            "checks" => {
                let allowed = checks_for(&a.option);
                let ticked: Vec<String> = f
                    .all("checks")
                    .iter()
                    .map(|c| c.chars().take(40).collect())
                    .collect();
                form.values.insert("checks".into(), ticked.join(","));
                if ticked.iter().any(|c| !allowed.contains(&c.as_str())) {
                    form.push("checks", Msg("budget-error-checks"));
                }
                a.checks = ticked;
                a.checks_answered = true;
            }
            "questions" => {
                a.questions = form.text(&f, "questions", QUESTIONS_MAX, None);
                a.talk = form.choice(&f, "talk", &TALK, Msg("budget-error-talk"));
            }
            _ => return send(&state, &session, &v, &access, &meta, person_id, &f, a).await,
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        save(&session, &a).await?;
        Ok(forms::see_other(&step_path(person_id, a.next_step())))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

async fn send(
    state: &AppState,
    session: &Session,
    v: &crate::auth::Viewer,
    access: &crate::authz::Access,
    meta: &crate::auth::ClientMeta,
    person_id: i64,
    f: &Fields,
    a: Answers,
) -> Result<Response, AppError> {
    let done = format!("/people/{person_id}/budget");
    let idem = f.idem();
    // Sent already (a second click): the first is the one kept.
    if budget::sent_with(&state.db, v.account_id, &idem)
        .await?
        .is_some()
    {
        return Ok(forms::see_other(&done));
    }
    let next = a.next_step();
    if next != "check" {
        return Ok(forms::see_other(&step_path(person_id, next)));
    }
    let now = state.clock.now();
    let (id, new) = budget::send(
        &state.db,
        person_id,
        &a,
        v.account_id,
        v.role.code(),
        &idem,
        now,
    )
    .await?;
    if new {
        let version = crate::plan::current_agreed(&state.db, person_id).await?;
        let shown = format!(
            "chose {}; managed by {}{}; understood: {}; wants to talk: {}",
            a.option,
            a.manager,
            if a.manager_name.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.manager_name)
            },
            if a.checks.is_empty() {
                "none ticked".to_string()
            } else {
                a.checks.join(", ")
            },
            a.talk,
        );
        budget::record_discussion(
            &state.db,
            NewDiscussion {
                person_id,
                account_id: v.account_id,
                role: v.role.code(),
                event: "chose",
                shown: &shown,
                budget_pence: version.as_ref().map(|v| v.budget_total_pence).unwrap_or(0),
                plan_version_id: version.as_ref().map(|v| v.id),
                locale: "",
                request_id: Some(id),
                now,
            },
        )
        .await?;
        crate::audit::record(
            &state.db,
            now,
            v,
            access,
            "chose_budget_option",
            "budget_request",
            Some(id.to_string()),
            meta,
        )
        .await?;
    }
    session.remove::<Answers>(ANSWERS_KEY).await?;
    Ok(forms::done(session, Msg("budget-choice-sent"), &done).await)
}

pub async fn option_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    step_submit(
        state,
        session,
        v,
        meta,
        id.parse().unwrap_or(0),
        String::new(),
        fields,
    )
    .await
}

pub async fn later_step_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, step)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    step_submit(
        state,
        session,
        v,
        meta,
        id.parse().unwrap_or(0),
        step,
        fields,
    )
    .await
}
