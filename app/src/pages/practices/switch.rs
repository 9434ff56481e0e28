//! `/people/{id}/switch`: the person asks to move to another practice that
//! covers their council and supports them (with a reason if they like, and
//! their consent for their record to go with them), and follows the
//! request through each state, with its date.

use super::accepting_text;
use crate::auth::{Client, SignedIn};
use crate::authz::Action;
use crate::components::{Button, Checkboxes, Choice, ErrorSummary, NotificationBanner, Radios, Textarea};
use crate::dates::format_instant;
use crate::error::{AppError, Msg};
use crate::forms::{self, FieldError, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::mail::Email;
use crate::pages::people::{person_crumbs, person_param};
use crate::pages::{loaded, run, PageCtx};
use crate::practices::switch::{self, NewRequest, RequestError, Switch, REASON_MAX};
use crate::practices::{self, Profile};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

const FORM: &str = "practice-switch";

#[derive(Clone, Debug, Default)]
pub struct SwitchData {
    pub person_id: i64,
    pub person_name: String,
    pub current: Option<Profile>,
    pub options: Vec<Profile>,
    pub requests: Vec<Switch>,
    pub preselect: String,
    pub form: FormState,
    pub notice: Option<String>,
}

async fn load(ctx: PageCtx, person_id: i64) -> Result<SwitchData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::RequestSwitch).await?;
    let db = &ctx.state.db;
    let (current, council, group) = switch::person_facts(db, person_id).await?;
    let all = practices::all(db).await?;
    let requests = switch::for_person(db, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_switch_request", "switch_request", None).await?;
    let mut form = ctx.take_form(FORM).await?.unwrap_or_default();
    if form.value("idem").is_none() {
        form.values.insert("idem".into(), crate::auth::tokens::new_token());
    }
    let to = super::directory::query_pairs(&ctx.ui.path_and_query).into_iter().find(|(k, _)| k == "to").map(|(_, v)| v).unwrap_or_default();
    Ok(SwitchData {
        person_id,
        person_name: access.person_name,
        current: all.iter().find(|p| Some(p.id) == current).cloned(),
        options: switch::eligible(&all, current, council, group.as_deref()),
        requests,
        preselect: to,
        form,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn SwitchPage() -> impl IntoView {
    loaded(load(PageCtx::current(), person_param()), |data| view! { <SwitchView data/> })
}

/// A request's states, oldest first, each with its date.
#[component]
pub fn SwitchHistory(s: Switch) -> impl IntoView {
    let locale = current();
    view! {
        <ol class="cw-timeline">
            {s.events.iter().map(|e| view! {
                <li class="cw-timeline__item">
                    <strong>{t(&format!("practices-switch-state-{}", e.status))}</strong>
                    {format!(", {}", format_instant(locale, e.at))}
                    {(!e.note.is_empty()).then(|| view! { <br/><span class="cw-prewrap">{e.note.clone()}</span> })}
                </li>
            }).collect_view()}
        </ol>
    }
}

#[component]
pub fn SwitchView(data: SwitchData) -> impl IntoView {
    let p = data.person_id;
    let title = t("practices-switch-title");
    let form = data.form.clone();
    let open = data.requests.iter().find(|s| switch::is_open(&s.status)).cloned();
    let selected = form.value("to").map(str::to_string).unwrap_or(data.preselect.clone());
    let choices: Vec<Choice> = data
        .options
        .iter()
        .map(|o| Choice::new(o.id.to_string(), o.name.clone()).with_hint(format!("{} {}", o.summary, accepting_text(o))))
        .collect();
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body-l">{match &data.current {
                Some(c) => t_args("practices-switch-current", &[("name", c.name.clone().into())]),
                None => t("practices-switch-no-current"),
            }}</p>
            <p class="cw-body">{t("practices-switch-lead")}</p>
            {match open {
                Some(s) => view! {
                    <h2 class="cw-heading-m">{t_args("practices-switch-open", &[("name", s.to_name.clone().into())])}</h2>
                    <SwitchHistory s=s.clone()/>
                    <p class="cw-body">{t(&format!("practices-switch-next-{}", s.status))}</p>
                }.into_any(),
                None if data.options.is_empty() => view! {
                    <p class="cw-body">{t("practices-switch-none-eligible")}</p>
                    <p class="cw-body"><a href="/practices">{t("practices-find-title")}</a></p>
                }.into_any(),
                None => view! {
                    <form method="post" action=format!("/people/{p}/switch") novalidate=true>
                        <input type="hidden" name="idem" value=form.v("idem")/>
                        <Radios name="to" legend=t("practices-switch-to") hint=t("practices-switch-to-hint") choices=choices selected=selected error=form.error_text("to")/>
                        <Textarea name="reason" label=t("practices-switch-reason") hint=t("practices-switch-reason-hint") value=form.v("reason")
                            error=form.error_text("reason") max_chars=REASON_MAX rows=4/>
                        <Checkboxes name="consent" legend=t("practices-switch-consent-legend") hint=t("practices-switch-consent-hint")
                            choices=vec![Choice::new("yes", t("practices-switch-consent"))] selected=form.list_or("consent", vec![]) error=form.error_text("consent")/>
                        <Button text=t("practices-switch-send")/>
                    </form>
                }.into_any(),
            }}
            {let past: Vec<Switch> = data.requests.iter().filter(|s| !switch::is_open(&s.status)).cloned().collect();
            (!past.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("practices-switch-past")}</h2>
                {past.into_iter().map(|s| view! {
                    <h3 class="cw-heading-s">{t_args("practices-switch-to-name", &[("name", s.to_name.clone().into())])}</h3>
                    <SwitchHistory s=s.clone()/>
                }).collect_view()}
            })}
        </Page>
    }
}

/// Emails the person and their carers that a request moved on (no details).
pub async fn tell(state: &AppState, person_id: i64) {
    let today = state.clock.today();
    let rows: Result<Vec<(String, Option<String>)>, sqlx::Error> = sqlx::query_as(&format!(
        "SELECT a.email, a.locale FROM account a WHERE a.person_id = $1 OR a.id IN \
         (SELECT d.carer_account_id FROM delegation d WHERE d.person_id = $1 AND {})",
        crate::authz::active_delegation("d", "$2")
    ))
    .bind(person_id)
    .bind(today)
    .fetch_all(state.db.reader())
    .await;
    match rows {
        Ok(list) => {
            for (email, locale) in list {
                let locale = locale.and_then(|l| crate::i18n::Locale::from_tag(&l)).unwrap_or_default();
                let _ = state.mailer.send(&email, locale, Email::PracticeChange { link: format!("/people/{person_id}/switch") }).await;
            }
        }
        Err(e) => tracing::error!(error = %e, "could not tell people about a practice change"),
    }
}

/// `POST /people/{id}/switch`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = crate::pages::messages::id_of(&id);
    run(async {
        let access = state.authorise(&v, person_id, Action::RequestSwitch).await?;
        let db = &state.db;
        let f = Fields(fields);
        let back = format!("/people/{person_id}/switch");
        let idem = f.idem();
        if switch::requested_with(db, v.account_id, &idem).await?.is_some() {
            return Ok(forms::see_other(&back));
        }
        let (current, council, group) = switch::person_facts(db, person_id).await?;
        let options = switch::eligible(&practices::all(db).await?, current, council, group.as_deref());
        let mut form = FormState::new(FORM);
        form.values.insert("idem".into(), idem.clone());
        let allowed: Vec<String> = options.iter().map(|o| o.id.to_string()).collect();
        let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
        let to = form.choice(&f, "to", &allowed, Msg("practices-switch-error-to"));
        let reason = form.text(&f, "reason", REASON_MAX, None);
        let consent = f.all("consent").contains(&"yes");
        form.values.insert("consent".into(), if consent { "yes".into() } else { String::new() });
        if !consent {
            form.push("consent", Msg("practices-switch-error-consent"));
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        let now = state.clock.now();
        let r = switch::request(
            db,
            NewRequest { person_id, from: current, to: to.parse().unwrap_or(0), reason: &reason, by: v.account_id, idem: &idem, now },
        )
        .await;
        match r {
            Ok((_, true)) => {
                state.audit(&v, &access, "requested_switch", "switch_request", None, &meta).await?;
                Ok(forms::done(&session, Msg("practices-switch-sent"), &back).await)
            }
            Ok((_, false)) => Ok(forms::see_other(&back)),
            Err(RequestError::Open) => {
                form.errors.push(FieldError::new("to", Msg("practices-switch-error-open")));
                Ok(forms::fail(&session, &form, &back).await)
            }
            Err(RequestError::Db(e)) => Err(e.into()),
        }
    })
    .await
}
