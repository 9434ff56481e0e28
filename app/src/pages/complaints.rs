//! Complaints, compliments and feedback.
//!
//! - `/complain`: how to complain, in plain words (and in BSL and Easy
//!   Read), with each practice's own procedure linked.
//! - `/complain/new` → `/complain/check` → `/complain/done`: without an
//!   account; contact details optional; a reference and a check code.
//! - `/complain/status`: the status, by reference and check code only.
//! - `/people/{id}/complaints`, `…/new`, `…/check`, `…/{cid}`: signed in,
//!   the person or a carer for them; to the practice, or to the council.
//! - `/complaints`, `/complaints/{cid}`: the handler's queue and a
//!   complaint: the practice manager for complaints sent to the practice,
//!   the council's commissioner for those sent to the council.

use crate::auth::{Client, ClientMeta, Role, SignedIn, Viewer};
use crate::authz::{Access, Action, Relationship};
use crate::complaints::{self, Complaint, Made, NewComplaint, KINDS, MOVES, NOTE_MAX, OUTCOME_MAX, WHAT_MAX, WHEN_MAX};
use crate::components::{
    Button, Checkboxes, Choice, Crumb, EasyReadPoints, ErrorSummary, NotificationBanner, PageVersions, Panel, Radios, Select,
    SummaryList, SummaryRow, TextInput, Textarea, Versions,
};
use crate::dates::{format_date, format_instant};
use crate::error::{AppError, Msg};
use crate::forms::{self, FieldError, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::mail::Email;
use crate::pages::messages::FileInput;
use crate::pages::people::{param, person_crumbs, person_param};
use crate::pages::{loaded, run, PageCtx};
use crate::state::AppState;
use crate::uploads::{self, Accept, Problem, Rules};
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

pub fn routes() -> axum::Router<AppState> {
    let limit = DefaultBodyLimit::max((uploads::TOTAL_MAX + 16 * 1024 * 1024) as usize);
    axum::Router::new()
        .route("/complain/new", post(public_form_submit).layer(limit))
        .route("/complain/check", post(public_check_submit))
        .route("/complain/status", post(status_submit))
        .route("/complain/status/answer", post(public_answer_submit))
        .route("/people/{id}/complaints/new", post(person_form_submit).layer(limit))
        .route("/people/{id}/complaints/check", post(person_check_submit))
        .route("/people/{id}/complaints/{cid}/answer", post(person_answer_submit))
        .route("/complaints/{cid}", post(handle_submit))
        .route("/complaints/{cid}/files/{fid}", get(file_download))
}

const FORM: &str = "complaint";
const DRAFT_KEY: &str = "careway.complaint.draft";
const MADE_KEY: &str = "careway.complaint.made";
const VIEW_KEY: &str = "careway.complaint.view";
const STATUS_FORM: &str = "complaint-status";
/// The Local Government and Social Care Ombudsman.
pub const OMBUDSMAN_URL: &str = "https://www.lgo.org.uk/make-a-complaint";
pub const OMBUDSMAN_PHONE: &str = "0300 061 0614";

/// The answers so far, kept in the session between the form and "check
/// your answers" (files are already in storage).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Draft {
    /// `None` for the public form; the person's record otherwise.
    pub person_id: Option<i64>,
    pub kind: String,
    pub practice_id: i64,
    pub routed_to: String,
    pub council_id: Option<i64>,
    pub what_happened: String,
    pub happened_when: String,
    pub outcome_wanted: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub files: Vec<(String, String, i64, String)>,
    /// The language the form was filled in, for the acknowledgement.
    #[serde(default)]
    pub locale: String,
}

fn draft_key(person: Option<i64>) -> String {
    match person {
        Some(p) => format!("{DRAFT_KEY}.{p}"),
        None => DRAFT_KEY.to_string(),
    }
}

fn word(prefix: &str, code: &str) -> String {
    t(&format!("{prefix}-{}", code.replace('_', "-")))
}

// ---------------------------------------------------------------- how to complain

#[derive(Clone, Debug, Default)]
pub struct InfoData {
    /// (name, complaints procedure link, words)
    pub practices: Vec<(String, String, String)>,
    pub versions: Versions,
    pub make_href: String,
}

async fn load_info(ctx: PageCtx) -> Result<InfoData, AppError> {
    let practices: Vec<(String, String, String)> =
        sqlx::query_as("SELECT name, complaints_url, complaints_text FROM practice ORDER BY name").fetch_all(ctx.state.db.reader()).await?;
    let make_href = match ctx.viewer.as_ref() {
        Some(v) if v.role == Role::Person && v.person_id.is_some() => format!("/people/{}/complaints/new", v.person_id.unwrap_or(0)),
        Some(v) if v.role == Role::Carer && v.acting_for.is_some() => format!("/people/{}/complaints/new", v.acting_for.as_ref().map(|a| a.0).unwrap_or(0)),
        _ => "/complain/new".to_string(),
    };
    Ok(InfoData { practices, versions: ctx.versions("complain").await?, make_href })
}

#[component]
pub fn ComplainInfoPage() -> impl IntoView {
    loaded(load_info(PageCtx::current()), |data| view! { <ComplainInfoView data/> })
}

#[component]
pub fn ComplainInfoView(data: InfoData) -> impl IntoView {
    let title = t("complain-title");
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            <PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <PageVersions versions=data.versions/>
            <p class="cw-body-l">{t("complain-lead")}</p>
            <EasyReadPoints key="complain"/>
            <p class="cw-body"><a class="cw-button" href=data.make_href.clone()>{t("complain-start")}</a></p>
            <h2 class="cw-heading-m">{t("complain-safe-heading")}</h2>
            <p class="cw-body">{t("complain-safe-body")}</p>
            <h2 class="cw-heading-m">{t("complain-who-heading")}</h2>
            <ol class="cw-list cw-list--number">
                <li>{t("complain-who-practice")}</li>
                <li>{t("complain-who-council")}</li>
                <li>{t("complain-who-ombudsman")}</li>
            </ol>
            <h2 class="cw-heading-m">{t("complain-time-heading")}</h2>
            <ul class="cw-list cw-list--bullet">
                <li>{t("complain-time-make")}</li>
                <li>{t("complain-time-ack")}</li>
                <li>{t("complain-time-response")}</li>
                <li>{t("complain-time-ombudsman")}</li>
            </ul>
            <h2 class="cw-heading-m">{t("complain-advocate-heading")}</h2>
            <p class="cw-body">{t("complain-advocate-body")}</p>
            <h2 class="cw-heading-m">{t("complain-status-heading")}</h2>
            <p class="cw-body"><a href="/complain/status">{t("complain-status-link")}</a></p>
            <h2 class="cw-heading-m">{t("complain-practices-heading")}</h2>
            <ul class="cw-list cw-list--bullet">
                {data.practices.iter().map(|(name, url, _)| {
                    if url.is_empty() {
                        view! { <li>{name.clone()}": "{t("complain-practice-no-link")}</li> }.into_any()
                    } else {
                        view! { <li><a href=url.clone() rel="noopener">{t_args("complain-practice-link", &[("name", name.clone().into())])}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ul>
            <h2 class="cw-heading-m">{t("complain-ombudsman-heading")}</h2>
            <OmbudsmanDetails/>
        </Page>
    }
}

#[component]
fn OmbudsmanDetails() -> impl IntoView {
    view! {
        <p class="cw-body">{t("complain-ombudsman-body")}</p>
        <ul class="cw-list cw-list--bullet">
            <li><a href=OMBUDSMAN_URL rel="noopener">{t("complain-ombudsman-link")}</a></li>
            <li>{t_args("complain-ombudsman-phone", &[("phone", OMBUDSMAN_PHONE.into())])}</li>
        </ul>
    }
}

// ---------------------------------------------------------------- the form

#[derive(Clone, Debug, Default)]
pub struct FormData {
    pub person: Option<(i64, String)>,
    pub practices: Vec<(i64, String)>,
    pub councils: Vec<(i64, String)>,
    pub draft: Draft,
    pub form: FormState,
}

fn flow_base(person: Option<i64>) -> String {
    match person {
        Some(p) => format!("/people/{p}/complaints"),
        None => "/complain".to_string(),
    }
}

async fn load_form(ctx: PageCtx, person: Option<i64>) -> Result<FormData, AppError> {
    let db = &ctx.state.db;
    let person = match person {
        Some(p) => {
            let (_, access) = ctx.authorise(p, Action::Complain).await?;
            Some((p, access.person_name))
        }
        None => None,
    };
    let draft: Draft = ctx.session()?.get(&draft_key(person.as_ref().map(|p| p.0))).await.ok().flatten().unwrap_or_default();
    Ok(FormData {
        practices: sqlx::query_as("SELECT id, name FROM practice ORDER BY name").fetch_all(db.reader()).await?,
        councils: sqlx::query_as("SELECT id, name FROM council ORDER BY name").fetch_all(db.reader()).await?,
        form: ctx.take_form(FORM).await?.unwrap_or_default(),
        person,
        draft,
    })
}

#[component]
pub fn PublicComplaintPage() -> impl IntoView {
    loaded(load_form(PageCtx::current(), None), |data| view! { <ComplaintFormView data/> })
}

#[component]
pub fn PersonComplaintPage() -> impl IntoView {
    loaded(load_form(PageCtx::current(), Some(person_param())), |data| view! { <ComplaintFormView data/> })
}

fn form_crumbs(person: &Option<(i64, String)>, here: String) -> Vec<Crumb> {
    match person {
        Some((p, name)) => {
            let mut c = person_crumbs(*p, name, Some(t("complaints-mine-title")));
            c.pop();
            c.push(Crumb::link(t("complaints-mine-title"), format!("/people/{p}/complaints")));
            c.push(Crumb::here(here));
            c
        }
        None => vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(t("complain-title"), "/complain"), Crumb::here(here)],
    }
}

/// Accessibility: one form, fields in the order of the questions, each
/// labelled with a hint; files already attached are listed (so nothing is
/// sent twice); errors are summarised first and tied to their fields.
#[component]
pub fn ComplaintFormView(data: FormData) -> impl IntoView {
    let title = t("complaints-form-title");
    let f = data.form.clone();
    let d = data.draft.clone();
    // What was typed (after an error), else the draft, else nothing: all
    // worked out here, so the view owns plain values.
    let v = |field: &str, saved: &str| f.or(field, saved.to_string());
    let saved_practice = if d.practice_id > 0 { d.practice_id.to_string() } else { String::new() };
    let saved_council = d.council_id.map(|c| c.to_string()).unwrap_or_default();
    let (kind_v, route_v, practice_v, council_v) = (v("kind", &d.kind), v("route", &d.routed_to), v("practice", &saved_practice), v("council", &saved_council));
    let (what_v, when_v, outcome_v) = (v("what", &d.what_happened), v("when", &d.happened_when), v("outcome", &d.outcome_wanted));
    let (name_v, email_v, phone_v) = (v("contact-name", &d.contact_name), v("contact-email", &d.contact_email), v("contact-phone", &d.contact_phone));
    let e = |field: &str| f.error_text(field);
    let (kind_e, route_e, practice_e, council_e, what_e, when_e, outcome_e, files_e) =
        (e("kind"), e("route"), e("practice"), e("council"), e("what"), e("when"), e("outcome"), e("files"));
    let (name_e, email_e, phone_e) = (e("contact-name"), e("contact-email"), e("contact-phone"));
    let has_errors = f.has_errors();
    let errors = f.errors.clone();
    let base = flow_base(data.person.as_ref().map(|p| p.0));
    let kinds: Vec<Choice> = KINDS.iter().map(|k| Choice::new(*k, word("complaints-kind", k)).with_hint(word("complaints-kind-hint", k))).collect();
    let routes = vec![
        Choice::new("practice", t("complaints-route-practice")).with_hint(t("complaints-route-practice-hint")),
        Choice::new("council", t("complaints-route-council")).with_hint(t("complaints-route-council-hint")),
    ];
    let mut practices = vec![Choice::new("", t("complaints-choose"))];
    practices.extend(data.practices.iter().map(|(id, n)| Choice::new(id.to_string(), n.clone())));
    let mut councils = vec![Choice::new("", t("complaints-choose"))];
    councils.extend(data.councils.iter().map(|(id, n)| Choice::new(id.to_string(), n.clone())));
    let public = data.person.is_none();
    let files = d.files.clone();
    view! {
        <Page title=title.clone() crumbs=form_crumbs(&data.person, title.clone()) has_errors=has_errors>
            <ErrorSummary errors=errors/>
            <h1 class="cw-heading-l">{title}</h1>
            {data.person.as_ref().map(|(_, name)| view! { <p class="cw-body-l">{t_args("complaints-for", &[("name", name.clone().into())])}</p> })}
            <p class="cw-body">{t("complaints-form-lead")}</p>
            <form method="post" action=format!("{base}/new") enctype="multipart/form-data" novalidate=true>
                <Radios name="kind" legend=t("complaints-kind-legend") choices=kinds selected=kind_v error=kind_e/>
                {public.then(|| view! {
                    <Select name="practice" label=t("complaints-practice-label") hint=t("complaints-practice-hint") choices=practices.clone()
                        selected=practice_v error=practice_e/>
                })}
                <Radios name="route" legend=t("complaints-route-legend") hint=t("complaints-route-hint") choices=routes selected=route_v error=route_e/>
                {public.then(|| view! {
                    <Select name="council" label=t("complaints-council-label") hint=t("complaints-council-hint") choices=councils.clone()
                        selected=council_v error=council_e/>
                })}
                <Textarea name="what" label=t("complaints-what-label") hint=t("complaints-what-hint") value=what_v
                    error=what_e max_chars=WHAT_MAX rows=8/>
                <TextInput name="when" label=t("complaints-when-label") hint=t("complaints-when-hint") value=when_v error=when_e/>
                <Textarea name="outcome" label=t("complaints-outcome-label") hint=t("complaints-outcome-hint") value=outcome_v
                    error=outcome_e max_chars=OUTCOME_MAX rows=4/>
                <FileInput name="files" label=t("complaints-files-label") hint=t_args("complaints-files-hint", &[
                    ("mb", ((uploads::FILE_MAX / (1024 * 1024)) as i64).into()), ("files", (uploads::MAX_FILES as i64).into())])
                    accept="application/pdf,image/jpeg,image/png,text/plain,.pdf,.jpg,.jpeg,.png,.txt" multiple=true error=files_e/>
                {(!files.is_empty()).then(|| view! {
                    <div class="cw-form-group">
                        <p class="cw-body">{t("complaints-files-kept")}</p>
                        <ul class="cw-list cw-list--bullet">{files.iter().map(|(_, _, size, name)| view! {
                            <li>{format!("{name} ({})", uploads::human_size(*size as u64))}</li>
                        }).collect_view()}</ul>
                    </div>
                })}
                {public.then(|| view! {
                    <fieldset class="cw-fieldset">
                        <legend class="cw-fieldset__legend cw-fieldset__legend--m">{t("complaints-contact-legend")}</legend>
                        <p class="cw-body">{t("complaints-contact-lead")}</p>
                        <TextInput name="contact-name" label=t("complaints-contact-name") value=name_v error=name_e autocomplete="name"/>
                        <TextInput name="contact-email" label=t("complaints-contact-email") value=email_v error=email_e input_type="email" autocomplete="email"/>
                        <TextInput name="contact-phone" label=t("complaints-contact-phone") value=phone_v error=phone_e input_type="tel" autocomplete="tel"/>
                    </fieldset>
                })}
                <Button text=t("complaints-continue")/>
            </form>
        </Page>
    }
}

/// Every problem with the complaint's files is shown on its one field.
fn upload_error(p: Problem) -> FieldError {
    let mb = |b: u64| (b / (1024 * 1024)) as i64;
    match p {
        Problem::TooBig => FieldError::new("files", Msg("messages-error-file-too-big")).with_count(mb(uploads::FILE_MAX)),
        Problem::TooMany => FieldError::new("files", Msg("messages-error-too-many")).with_count(uploads::MAX_FILES as i64),
        Problem::TotalTooBig => FieldError::new("files", Msg("messages-error-total")).with_count(mb(uploads::TOTAL_MAX)),
        Problem::Storage => FieldError::new("files", Msg("messages-error-storage")),
        _ => FieldError::new("files", Msg("complaints-error-file-type")),
    }
}

/// Reads the form into the draft, checking every answer.
async fn read_form(state: &AppState, session: &Session, person: Option<(i64, i64)>, headers: &HeaderMap, multipart: Multipart) -> Result<Response, AppError> {
    let base = flow_base(person.map(|p| p.0));
    let key = draft_key(person.map(|p| p.0));
    let mut draft: Draft = session.get(&key).await?.unwrap_or_default();
    let received = uploads::receive(
        multipart,
        &state.storage,
        Rules { prefix: format!("complaints/{}", crate::auth::tokens::new_token()), accept: &[("files", Accept::Any)], already_sent: None },
    )
    .await?;
    let f = Fields(received.fields);
    let mut form = FormState::new(FORM);
    let mut seen = vec![];
    for (_, p) in &received.problems {
        let e = upload_error(*p);
        if !seen.contains(&e.field) {
            seen.push(e.field.clone());
            form.errors.push(e);
        }
    }
    // Complaints take documents and photos; a video is refused here.
    for s in &received.stored {
        if s.kind == uploads::Kind::Video || s.kind == uploads::Kind::Captions {
            let _ = state.storage.delete(&s.key).await;
            if !seen.contains(&"files".to_string()) {
                seen.push("files".into());
                form.errors.push(FieldError::new("files", Msg("complaints-error-file-type")));
            }
        } else if draft.files.len() < uploads::MAX_FILES {
            draft.files.push((s.key.clone(), s.content_type.clone(), s.size as i64, s.file_name.clone()));
        } else {
            let _ = state.storage.delete(&s.key).await;
            if !seen.contains(&"files".to_string()) {
                seen.push("files".into());
                form.errors.push(FieldError::new("files", Msg("messages-error-too-many")).with_count(uploads::MAX_FILES as i64));
            }
        }
    }
    let kind = form.choice(&f, "kind", &KINDS, Msg("complaints-error-kind"));
    let route = form.choice(&f, "route", &["practice", "council"], Msg("complaints-error-route"));
    let text = |name: &str, form: &mut FormState, max: usize| -> String {
        let v = f.get(name).replace("\r\n", "\n").trim().chars().take(max * 2).collect::<String>();
        form.values.insert(name.to_string(), v.clone());
        if v.chars().count() > max {
            form.errors.push(FieldError::new(name, Msg("core-error-too-long")).with_count(max as i64));
        }
        v
    };
    let what = text("what", &mut form, WHAT_MAX);
    if what.is_empty() {
        form.push("what", Msg("complaints-error-what"));
    }
    let when = form.text(&f, "when", WHEN_MAX, None);
    let outcome = text("outcome", &mut form, OUTCOME_MAX);
    let (practice_id, council_id, contact) = match person {
        Some((p, _)) => {
            let row: (Option<i64>, Option<i64>) = sqlx::query_as("SELECT practice_id, council_id FROM person WHERE id = $1").bind(p).fetch_one(state.db.reader()).await?;
            let practice = row.0.ok_or(AppError::NotFound)?;
            // The council: the person's own, else the first that
            // commissions the practice.
            let council = match row.1 {
                Some(c) => Some(c),
                None => sqlx::query_scalar("SELECT MIN(council_id) FROM practice_council WHERE practice_id = $1").bind(practice).fetch_one(state.db.reader()).await?,
            };
            (practice, if route == "council" { council } else { None }, (String::new(), String::new(), String::new()))
        }
        None => {
            let practice = form.text(&f, "practice", 20, None).parse::<i64>().ok();
            let practice = match practice {
                Some(id) if sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM practice WHERE id = $1").bind(id).fetch_one(state.db.reader()).await? > 0 => id,
                _ => {
                    form.push("practice", Msg("complaints-error-practice"));
                    0
                }
            };
            let council = form.text(&f, "council", 20, None).parse::<i64>().ok();
            let council = if route == "council" {
                match council {
                    Some(id) if sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM council WHERE id = $1").bind(id).fetch_one(state.db.reader()).await? > 0 => Some(id),
                    _ => {
                        form.push("council", Msg("complaints-error-council"));
                        None
                    }
                }
            } else {
                None
            };
            let name = form.text(&f, "contact-name", 100, None);
            let email = forms::normalise_email(&form.text(&f, "contact-email", 254, None));
            if !email.is_empty() && !forms::looks_like_email(&email) {
                form.push("contact-email", Msg("auth-error-email-format"));
            }
            let phone = form.text(&f, "contact-phone", 30, None);
            if !phone.is_empty() && !phone.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c)) {
                form.push("contact-phone", Msg("complaints-error-phone"));
            }
            (practice, council, (name, email, phone))
        }
    };
    draft.person_id = person.map(|p| p.0);
    draft.locale = crate::ui::Ui::from_request(headers, &axum::http::Uri::from_static("/")).locale.tag().to_string();
    draft.kind = kind;
    draft.routed_to = route;
    draft.practice_id = practice_id;
    draft.council_id = council_id;
    draft.what_happened = what;
    draft.happened_when = when;
    draft.outcome_wanted = outcome;
    (draft.contact_name, draft.contact_email, draft.contact_phone) = contact;
    // The files are kept even when something needs putting right.
    session.insert(&key, &draft).await?;
    if form.has_errors() {
        return Ok(forms::fail(session, &form, &format!("{base}/new")).await);
    }
    Ok(forms::see_other(&format!("{base}/check")))
}

/// `POST /complain/new` (multipart).
pub async fn public_form_submit(State(state): State<AppState>, session: Session, headers: HeaderMap, multipart: Multipart) -> Response {
    run(read_form(&state, &session, None, &headers, multipart)).await
}

/// `POST /people/{id}/complaints/new` (multipart).
pub async fn person_form_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path(id): Path<String>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    run(async {
        let p = crate::pages::messages::id_of(&id);
        state.authorise(&v, p, Action::Complain).await?;
        read_form(&state, &session, Some((p, v.account_id)), &headers, multipart).await
    })
    .await
}

// ---------------------------------------------------------------- check your answers

#[derive(Clone, Debug, Default)]
pub struct CheckData {
    pub person: Option<(i64, String)>,
    pub draft: Option<Draft>,
    pub practice_name: String,
    pub council_name: String,
    pub idem: String,
}

async fn load_check(ctx: PageCtx, person: Option<i64>) -> Result<CheckData, AppError> {
    let db = &ctx.state.db;
    let person = match person {
        Some(p) => Some((p, ctx.authorise(p, Action::Complain).await?.1.person_name)),
        None => None,
    };
    let draft: Option<Draft> = ctx.session()?.get(&draft_key(person.as_ref().map(|p| p.0))).await?;
    let draft = draft.filter(|d| d.practice_id > 0 && !d.what_happened.is_empty());
    let (practice_name, council_name) = match &draft {
        Some(d) => (
            sqlx::query_scalar("SELECT name FROM practice WHERE id = $1").bind(d.practice_id).fetch_optional(db.reader()).await?.unwrap_or_default(),
            match d.council_id {
                Some(c) => sqlx::query_scalar("SELECT name FROM council WHERE id = $1").bind(c).fetch_optional(db.reader()).await?.unwrap_or_default(),
                None => String::new(),
            },
        ),
        None => (String::new(), String::new()),
    };
    Ok(CheckData { person, draft, practice_name, council_name, idem: crate::auth::tokens::new_token() })
}

#[component]
pub fn PublicCheckPage() -> impl IntoView {
    loaded(load_check(PageCtx::current(), None), |data| view! { <CheckView data/> })
}

#[component]
pub fn PersonCheckPage() -> impl IntoView {
    loaded(load_check(PageCtx::current(), Some(person_param())), |data| view! { <CheckView data/> })
}

#[component]
pub fn CheckView(data: CheckData) -> impl IntoView {
    let title = t("complaints-check-title");
    let base = flow_base(data.person.as_ref().map(|p| p.0));
    let change = format!("{base}/new");
    let ct = t("complaints-change");
    let none = t("complaints-not-given");
    let body = match data.draft.clone() {
        None => view! {
            <p class="cw-body">{t("complaints-check-nothing")}</p>
            <p class="cw-body"><a href=change.clone()>{t("complaints-check-start")}</a></p>
        }
        .into_any(),
        Some(d) => {
            let or_none = |s: &str| if s.is_empty() { none.clone() } else { s.to_string() };
            let mut rows = vec![
                SummaryRow::new(t("complaints-kind-legend"), word("complaints-kind", &d.kind)).with_action(change.clone(), ct.clone()),
                SummaryRow::new(t("complaints-practice-label"), data.practice_name.clone()).with_action(change.clone(), ct.clone()),
                SummaryRow::new(
                    t("complaints-route-legend"),
                    if d.routed_to == "council" { t_args("complaints-route-council-named", &[("council", data.council_name.clone().into())]) } else { t("complaints-route-practice") },
                )
                .with_action(change.clone(), ct.clone()),
                SummaryRow::new(t("complaints-what-label"), d.what_happened.clone()).with_action(change.clone(), ct.clone()),
                SummaryRow::new(t("complaints-when-label"), or_none(&d.happened_when)).with_action(change.clone(), ct.clone()),
                SummaryRow::new(t("complaints-outcome-label"), or_none(&d.outcome_wanted)).with_action(change.clone(), ct.clone()),
                SummaryRow::new(
                    t("complaints-files-label"),
                    if d.files.is_empty() { none.clone() } else { d.files.iter().map(|f| f.3.clone()).collect::<Vec<_>>().join(", ") },
                )
                .with_action(change.clone(), ct.clone()),
            ];
            if data.person.is_none() {
                rows.push(SummaryRow::new(t("complaints-contact-name"), or_none(&d.contact_name)).with_action(change.clone(), ct.clone()));
                rows.push(SummaryRow::new(t("complaints-contact-email"), or_none(&d.contact_email)).with_action(change.clone(), ct.clone()));
                rows.push(SummaryRow::new(t("complaints-contact-phone"), or_none(&d.contact_phone)).with_action(change.clone(), ct.clone()));
            }
            view! {
                <SummaryList rows=rows/>
                <h2 class="cw-heading-m">{t("complaints-check-send-heading")}</h2>
                <p class="cw-body">{t("complaints-check-send-lead")}</p>
                <form method="post" action=format!("{base}/check") novalidate=true>
                    <input type="hidden" name="idem" value=data.idem.clone()/>
                    <Button text=t("complaints-send")/>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Page title=title.clone() crumbs=form_crumbs(&data.person, title.clone())>
            <h1 class="cw-heading-l">{title}</h1>
            {body}
        </Page>
    }
}

/// Stores the complaint from the draft, emails an acknowledgement (no
/// details), and forgets the draft.
async fn send(state: &AppState, session: &Session, v: Option<&Viewer>, meta: &ClientMeta, person: Option<(i64, Access)>, idem: String) -> Result<Made, AppError> {
    let key = draft_key(person.as_ref().map(|p| p.0));
    let Some(d) = session.get::<Draft>(&key).await?.filter(|d| d.practice_id > 0 && !d.what_happened.is_empty()) else {
        // A second send after the first (a double click): the same answer.
        if let Some(m) = session.get::<Made>(MADE_KEY).await? {
            return Ok(m);
        }
        return Err(AppError::NotFound);
    };
    let now = state.clock.now();
    let made = complaints::create(
        &state.db,
        &NewComplaint {
            kind: d.kind.clone(),
            practice_id: d.practice_id,
            routed_to: d.routed_to.clone(),
            council_id: d.council_id,
            person_id: person.as_ref().map(|p| p.0),
            raised_by: v.map(|v| v.account_id),
            raised_by_role: v.map(|v| v.role.code().to_string()).unwrap_or_else(|| "public".into()),
            what_happened: d.what_happened.clone(),
            happened_when: d.happened_when.clone(),
            outcome_wanted: d.outcome_wanted.clone(),
            contact_name: d.contact_name.clone(),
            contact_email: d.contact_email.clone(),
            contact_phone: d.contact_phone.clone(),
            files: d.files.clone(),
            idem,
            locale: d.locale.clone(),
        },
        now,
    )
    .await?;
    session.remove::<Draft>(&key).await?;
    if made.new {
        session.insert(MADE_KEY, &made).await?;
        let locale = crate::i18n::Locale::from_tag(&d.locale).unwrap_or_default();
        let to = match (v, d.contact_email.is_empty()) {
            (Some(v), _) => Some(v.email.clone()),
            (None, false) => Some(d.contact_email.clone()),
            _ => None,
        };
        if let Some(to) = to {
            let link = match &person {
                Some((p, _)) => format!("/people/{p}/complaints/{}", made.id),
                None => "/complain/status".into(),
            };
            let _ = state.mailer.send(&to, locale, Email::ComplaintReceived { link, reference: made.reference.clone() }).await;
        }
        if let (Some(v), Some((_, access))) = (v, &person) {
            state.audit(v, access, "made_complaint", "complaint", Some(made.id.to_string()), meta).await?;
        }
    }
    Ok(made)
}

/// `POST /complain/check`.
pub async fn public_check_submit(
    State(state): State<AppState>,
    session: Session,
    Client(meta): Client,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let idem = Fields(fields).idem();
        match send(&state, &session, None, &meta, None, idem).await {
            Ok(_) => Ok(forms::see_other("/complain/done")),
            Err(AppError::NotFound) => Ok(forms::see_other("/complain/check")),
            Err(e) => Err(e),
        }
    })
    .await
}

/// `POST /people/{id}/complaints/check`.
pub async fn person_check_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let p = crate::pages::messages::id_of(&id);
        let access = state.authorise(&v, p, Action::Complain).await?;
        let idem = Fields(fields).idem();
        match send(&state, &session, Some(&v), &meta, Some((p, access)), idem).await {
            Ok(m) => Ok(forms::done(&session, Msg("complaints-sent"), &format!("/people/{p}/complaints/{}", m.id)).await),
            Err(AppError::NotFound) => Ok(forms::see_other(&format!("/people/{p}/complaints/check"))),
            Err(e) => Err(e),
        }
    })
    .await
}

#[derive(Clone, Debug, Default)]
pub struct DoneData {
    pub made: Option<Made>,
}

async fn load_done(ctx: PageCtx) -> Result<DoneData, AppError> {
    Ok(DoneData { made: ctx.session()?.get::<Made>(MADE_KEY).await?.filter(|m| m.new) })
}

#[component]
pub fn ComplaintDonePage() -> impl IntoView {
    loaded(load_done(PageCtx::current()), |data| view! { <DoneView data/> })
}

#[component]
pub fn DoneView(data: DoneData) -> impl IntoView {
    let title = t("complaints-done-title");
    match data.made {
        None => view! {
            <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
                <h1 class="cw-heading-l">{title}</h1>
                <p class="cw-body"><a href="/complain/status">{t("complain-status-link")}</a></p>
            </Page>
        }
        .into_any(),
        Some(m) => view! {
            <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
                <Panel title=title.clone()>
                    {t("complaints-done-reference")}<br/><strong>{m.reference.clone()}</strong>
                </Panel>
                <p class="cw-body">{t_args("complaints-done-code", &[("code", m.code.clone().into())])}</p>
                <p class="cw-body">{t("complaints-done-keep")}</p>
                <p class="cw-body">{t("complaints-done-next")}</p>
                <p class="cw-body"><a href="/complain/status">{t("complain-status-link")}</a></p>
            </Page>
        }
        .into_any(),
    }
}

// ---------------------------------------------------------------- tracking

/// A complaint as the person sees it: every state with its date, notes
/// meant for them and the response; whether they are satisfied; and, if
/// not, how to take it further.
#[component]
pub fn ComplaintTrack(c: Complaint, answer_action: String) -> impl IntoView {
    let locale = current();
    let routed = if c.routed_to == "council" {
        t_args("complaints-sent-to-council", &[("council", c.council_name.clone().unwrap_or_default().into())])
    } else {
        t_args("complaints-sent-to-practice", &[("practice", c.practice_name.clone().into())])
    };
    let rows = vec![
        SummaryRow::new(t("complaints-reference"), c.reference.clone()),
        SummaryRow::new(t("complaints-kind-legend"), word("complaints-kind", &c.kind)),
        SummaryRow::new(t("complaints-sent-to"), routed),
        SummaryRow::new(t("complaints-status"), word("complaints-state", &c.status)),
        SummaryRow::new(t("complaints-received"), format_instant(locale, c.received_at)),
        SummaryRow::new(t("complaints-respond-by"), format_date(locale, &c.respond_by)),
    ];
    let ask = c.status == "response_sent" && c.satisfied.is_none();
    let escalate = c.status == "escalated" || c.satisfied == Some(false);
    view! {
        <SummaryList rows=rows/>
        <h2 class="cw-heading-m">{t("complaints-what-label")}</h2>
        <p class="cw-body cw-support__notes">{c.what_happened.clone()}</p>
        <h2 class="cw-heading-m">{t("complaints-history-heading")}</h2>
        <ol class="cw-timeline">
            {c.events.iter().filter(|e| !e.internal).map(|e| view! {
                <li class="cw-timeline__item">
                    {t_args("complaints-event", &[("state", word("complaints-state", &e.state).into()), ("date", format_instant(locale, e.at).into())])}
                    {(!e.note.is_empty()).then(|| view! { <p class="cw-body cw-support__notes">{e.note.clone()}</p> })}
                </li>
            }).collect_view()}
        </ol>
        {(!c.response.is_empty()).then(|| view! {
            <h2 class="cw-heading-m">{t("complaints-response-heading")}</h2>
            <div class="cw-inset"><p class="cw-body cw-support__notes">{c.response.clone()}</p></div>
        })}
        {ask.then(|| view! {
            <form method="post" action=answer_action.clone() novalidate=true>
                <Radios name="satisfied" legend=t("complaints-satisfied-legend") choices=vec![
                    Choice::new("yes", t("complaints-satisfied-yes")),
                    Choice::new("no", t("complaints-satisfied-no")).with_hint(t("complaints-satisfied-no-hint")),
                ]/>
                <Button text=t("complaints-satisfied-save")/>
            </form>
        })}
        {escalate.then(|| view! {
            <h2 class="cw-heading-m">{t("complaints-escalate-heading")}</h2>
            <p class="cw-body">{t("complaints-escalate-body")}</p>
            <OmbudsmanDetails/>
        })}
    }
}

#[derive(Clone, Debug, Default)]
pub struct StatusData {
    pub form: FormState,
    pub found: Option<Complaint>,
    pub notice: Option<String>,
}

async fn load_status(ctx: PageCtx, view: bool) -> Result<StatusData, AppError> {
    let found = if view {
        match ctx.session()?.get::<i64>(VIEW_KEY).await? {
            Some(id) => complaints::get(&ctx.state.db, id).await?,
            None => None,
        }
    } else {
        None
    };
    Ok(StatusData { form: ctx.take_form(STATUS_FORM).await?.unwrap_or_default(), found, notice: ctx.take_notice().await? })
}

#[component]
pub fn StatusPage() -> impl IntoView {
    loaded(load_status(PageCtx::current(), false), |data| view! { <StatusView data/> })
}

#[component]
pub fn StatusViewPage() -> impl IntoView {
    loaded(load_status(PageCtx::current(), true), |data| view! { <StatusView data/> })
}

#[component]
pub fn StatusView(data: StatusData) -> impl IntoView {
    let title = t("complaints-status-title");
    let f = data.form.clone();
    view! {
        <Page title=title.clone() crumbs=vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(t("complain-title"), "/complain"), Crumb::here(title.clone())] has_errors=f.has_errors()>
            <ErrorSummary errors=f.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {match data.found.clone() {
                Some(c) => view! { <ComplaintTrack c answer_action="/complain/status/answer".to_string()/> }.into_any(),
                None => view! {
                    <p class="cw-body">{t("complaints-status-lead")}</p>
                    <form method="post" action="/complain/status" novalidate=true>
                        <TextInput name="reference" label=t("complaints-reference") hint=t("complaints-reference-hint") value=f.v("reference") error=f.error_text("reference") autocomplete="off"/>
                        <TextInput name="code" label=t("complaints-code") hint=t("complaints-code-hint") value=f.v("code") error=f.error_text("code") autocomplete="off"/>
                        <Button text=t("complaints-status-button")/>
                    </form>
                }.into_any(),
            }}
        </Page>
    }
}

/// `POST /complain/status`: the same answer for a wrong reference and a
/// wrong code, so neither can be guessed alone.
pub async fn status_submit(State(state): State<AppState>, session: Session, axum::Form(fields): axum::Form<Vec<(String, String)>>) -> Response {
    run(async {
        let f = Fields(fields);
        let mut form = FormState::new(STATUS_FORM);
        let reference = form.text(&f, "reference", 40, Some(Msg("complaints-error-reference")));
        let code = f.text("code", 40);
        match complaints::by_reference(&state.db, &reference, &code).await? {
            Some(c) => {
                session.insert(VIEW_KEY, c.id).await?;
                Ok(forms::see_other("/complain/status/view"))
            }
            None => {
                if !form.has_errors() {
                    form.push("reference", Msg("complaints-error-not-found"));
                }
                Ok(forms::fail(&session, &form, "/complain/status").await)
            }
        }
    })
    .await
}

fn read_answer(f: &Fields) -> Option<bool> {
    match f.get("satisfied") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// `POST /complain/status/answer`: for the complaint found this session.
pub async fn public_answer_submit(State(state): State<AppState>, session: Session, axum::Form(fields): axum::Form<Vec<(String, String)>>) -> Response {
    run(async {
        let id = session.get::<i64>(VIEW_KEY).await?.ok_or(AppError::NotFound)?;
        if let Some(s) = read_answer(&Fields(fields)) {
            complaints::answer(&state.db, id, s, None, state.clock.now()).await?;
        }
        Ok(forms::done(&session, Msg("complaints-answered"), "/complain/status/view").await)
    })
    .await
}

// ---------------------------------------------------------------- the person's complaints

#[derive(Clone, Debug, Default)]
pub struct MineData {
    pub person_id: i64,
    pub person_name: String,
    pub list: Vec<Complaint>,
    pub one: Option<Complaint>,
    pub notice: Option<String>,
}

async fn load_mine(ctx: PageCtx, person_id: i64, cid: Option<i64>) -> Result<MineData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::Complain).await?;
    let db = &ctx.state.db;
    let one = match cid {
        Some(c) => {
            let found = complaints::get(db, c).await?.filter(|x| x.person_id == Some(person_id)).ok_or(AppError::NotFound)?;
            ctx.audit(&viewer, &access, "viewed_complaint", "complaint", Some(c.to_string())).await?;
            Some(found)
        }
        None => None,
    };
    Ok(MineData {
        person_id,
        person_name: access.person_name,
        list: if cid.is_none() { complaints::for_person(db, person_id).await? } else { vec![] },
        one,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn MyComplaintsPage() -> impl IntoView {
    loaded(load_mine(PageCtx::current(), person_param(), None), |data| view! { <MineView data/> })
}

#[component]
pub fn MyComplaintPage() -> impl IntoView {
    loaded(load_mine(PageCtx::current(), person_param(), Some(param("cid"))), |data| view! { <MineView data/> })
}

#[component]
pub fn MineView(data: MineData) -> impl IntoView {
    let p = data.person_id;
    let locale = current();
    let list_title = t("complaints-mine-title");
    match data.one.clone() {
        Some(c) => {
            let title = t_args("complaints-one-title", &[("reference", c.reference.clone().into())]);
            let mut crumbs = person_crumbs(p, &data.person_name, Some(list_title.clone()));
            crumbs.pop();
            crumbs.push(Crumb::link(list_title.clone(), format!("/people/{p}/complaints")));
            crumbs.push(Crumb::here(title.clone()));
            view! {
                <Page title=title.clone() crumbs=crumbs>
                    {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
                    <h1 class="cw-heading-l">{title}</h1>
                    <ComplaintTrack c=c.clone() answer_action=format!("/people/{p}/complaints/{}/answer", c.id)/>
                </Page>
            }
            .into_any()
        }
        None => view! {
            <Page title=list_title.clone() crumbs=person_crumbs(p, &data.person_name, Some(list_title.clone()))>
                {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
                <h1 class="cw-heading-l">{list_title.clone()}</h1>
                <p class="cw-body">{t("complaints-mine-lead")}</p>
                <p class="cw-body"><a class="cw-button" href=format!("/people/{p}/complaints/new")>{t("complain-start")}</a></p>
                <p class="cw-body"><a href="/complain">{t("complaints-how-link")}</a></p>
                {if data.list.is_empty() {
                    view! { <p class="cw-body">{t("complaints-mine-none")}</p> }.into_any()
                } else {
                    view! {
                        <table class="cw-table">
                            <caption class="cw-table__caption">{t("complaints-mine-caption")}</caption>
                            <thead class="cw-table__head"><tr class="cw-table__row">
                                <th scope="col" class="cw-table__header">{t("complaints-reference")}</th>
                                <th scope="col" class="cw-table__header">{t("complaints-received")}</th>
                                <th scope="col" class="cw-table__header">{t("complaints-status")}</th>
                            </tr></thead>
                            <tbody class="cw-table__body">
                                {data.list.iter().map(|c| view! {
                                    <tr class="cw-table__row">
                                        <th scope="row" class="cw-table__header"><a href=format!("/people/{p}/complaints/{}", c.id)>{c.reference.clone()}</a>" "{word("complaints-kind", &c.kind)}</th>
                                        <td class="cw-table__cell">{format_instant(locale, c.received_at)}</td>
                                        <td class="cw-table__cell">{word("complaints-state", &c.status)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </Page>
        }
        .into_any(),
    }
}

/// `POST /people/{id}/complaints/{cid}/answer`.
pub async fn person_answer_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path((id, cid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let p = crate::pages::messages::id_of(&id);
        let c = crate::pages::messages::id_of(&cid);
        state.authorise(&v, p, Action::Complain).await?;
        let found = complaints::get(&state.db, c).await?.filter(|x| x.person_id == Some(p)).ok_or(AppError::NotFound)?;
        if let Some(s) = read_answer(&Fields(fields)) {
            complaints::answer(&state.db, found.id, s, Some(v.account_id), state.clock.now()).await?;
        }
        Ok(forms::done(&session, Msg("complaints-answered"), &format!("/people/{p}/complaints/{c}")).await)
    })
    .await
}

// ---------------------------------------------------------------- handling

fn handler(v: &Viewer) -> Result<(), AppError> {
    match v.role {
        Role::PracticeManager | Role::Commissioner => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

#[derive(Clone, Debug, Default)]
pub struct QueueData {
    pub list: Vec<Complaint>,
    pub all: bool,
    pub today: String,
    pub commissioner: bool,
}

async fn load_queue(ctx: PageCtx) -> Result<QueueData, AppError> {
    let v = ctx.viewer()?.clone();
    handler(&v)?;
    let all = ctx.ui.path_and_query.contains("show=all");
    Ok(QueueData {
        list: complaints::queue(&ctx.state.db, &v, !all).await?,
        all,
        today: ctx.state.clock.today(),
        commissioner: v.role == Role::Commissioner,
    })
}

#[component]
pub fn QueuePage() -> impl IntoView {
    loaded(load_queue(PageCtx::current()), |data| view! { <QueueView data/> })
}

#[component]
pub fn QueueView(data: QueueData) -> impl IntoView {
    let title = t("complaints-queue-title");
    let locale = current();
    let today = data.today.clone();
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t(if data.commissioner { "complaints-queue-lead-council" } else { "complaints-queue-lead-practice" })}</p>
            <p class="cw-body">{if data.all {
                view! { <a href="/complaints">{t("complaints-queue-open-only")}</a> }.into_any()
            } else {
                view! { <a href="/complaints?show=all">{t("complaints-queue-show-all")}</a> }.into_any()
            }}</p>
            {if data.list.is_empty() {
                view! { <p class="cw-body">{t("complaints-queue-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("complaints-queue-caption", &[("count", data.list.len().into())])}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("complaints-reference")}</th>
                            <th scope="col" class="cw-table__header">{t("complaints-received")}</th>
                            <th scope="col" class="cw-table__header">{t("complaints-ack-by")}</th>
                            <th scope="col" class="cw-table__header">{t("complaints-respond-by")}</th>
                            <th scope="col" class="cw-table__header">{t("complaints-status")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.list.iter().map(|c| {
                                let ack_late = c.ack_overdue(&today);
                                let resp_late = c.response_overdue(&today);
                                view! {
                                    <tr class="cw-table__row">
                                        <th scope="row" class="cw-table__header"><a href=format!("/complaints/{}", c.id)>{c.reference.clone()}</a>" "{word("complaints-kind", &c.kind)}</th>
                                        <td class="cw-table__cell">{format_instant(locale, c.received_at)}</td>
                                        <td class="cw-table__cell">{format_date(locale, &c.acknowledge_by)}
                                            {ack_late.then(|| view! { " "<strong class="cw-tag cw-tag--red">{t("complaints-overdue")}</strong> })}</td>
                                        <td class="cw-table__cell">{format_date(locale, &c.respond_by)}
                                            {resp_late.then(|| view! { " "<strong class="cw-tag cw-tag--red">{t("complaints-overdue")}</strong> })}</td>
                                        <td class="cw-table__cell">{word("complaints-state", &c.status)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </Page>
    }
}

#[derive(Clone, Debug, Default)]
pub struct HandleData {
    pub c: Complaint,
    pub team: Vec<(i64, String)>,
    pub form: FormState,
    pub notice: Option<String>,
    pub today: String,
}

fn handle_form(cid: i64) -> String {
    format!("complaint-handle-{cid}")
}

fn handler_access(c: &Complaint) -> Option<Access> {
    c.person_id.map(|p| Access { person_id: p, person_name: c.person_name.clone().unwrap_or_default(), practice_id: Some(c.practice_id), relationship: Relationship::Practice })
}

/// The complaint, when `v` handles it; not found otherwise (a complaint
/// sent to the council does not exist for the practice's staff).
async fn handled(state: &AppState, v: &Viewer, cid: i64) -> Result<Complaint, AppError> {
    handler(v)?;
    complaints::get(&state.db, cid).await?.filter(|c| complaints::handles(v, c)).ok_or(AppError::NotFound)
}

async fn load_handle(ctx: PageCtx, cid: i64) -> Result<HandleData, AppError> {
    let v = ctx.viewer()?.clone();
    let c = handled(&ctx.state, &v, cid).await?;
    if let Some(a) = handler_access(&c) {
        ctx.audit(&v, &a, "viewed_complaint", "complaint", Some(cid.to_string())).await?;
    }
    Ok(HandleData {
        team: complaints::team(&ctx.state.db, &v).await?,
        form: ctx.take_form(&handle_form(cid)).await?.unwrap_or_default(),
        notice: ctx.take_notice().await?,
        today: ctx.state.clock.today(),
        c,
    })
}

#[component]
pub fn HandlePage() -> impl IntoView {
    loaded(load_handle(PageCtx::current(), param("cid")), |data| view! { <HandleView data/> })
}

#[component]
pub fn HandleView(data: HandleData) -> impl IntoView {
    let c = data.c.clone();
    let title = t_args("complaints-one-title", &[("reference", c.reference.clone().into())]);
    let locale = current();
    let f = data.form.clone();
    let crumbs = vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(t("complaints-queue-title"), "/complaints"), Crumb::here(title.clone())];
    let who = match (&c.person_name, c.contact_name.is_empty()) {
        (Some(n), _) => n.clone(),
        (None, false) => c.contact_name.clone(),
        (None, true) => t("complaints-anonymous"),
    };
    let mut rows = vec![
        SummaryRow::new(t("complaints-kind-legend"), word("complaints-kind", &c.kind)),
        SummaryRow::new(t("complaints-from"), who),
        SummaryRow::new(t("complaints-practice-label"), c.practice_name.clone()),
        SummaryRow::new(t("complaints-status"), word("complaints-state", &c.status)),
        SummaryRow::new(t("complaints-received"), format_instant(locale, c.received_at)),
        SummaryRow::new(t("complaints-ack-by"), format_date(locale, &c.acknowledge_by)),
        SummaryRow::new(t("complaints-respond-by"), format_date(locale, &c.respond_by)),
        SummaryRow::new(t("complaints-assigned"), c.assigned_name.clone().unwrap_or_else(|| t("complaints-unassigned"))),
        SummaryRow::new(t("complaints-when-label"), if c.happened_when.is_empty() { t("complaints-not-given") } else { c.happened_when.clone() }),
        SummaryRow::new(t("complaints-outcome-label"), if c.outcome_wanted.is_empty() { t("complaints-not-given") } else { c.outcome_wanted.clone() }),
    ];
    if !c.contact_email.is_empty() || !c.contact_phone.is_empty() {
        rows.push(SummaryRow::new(t("complaints-contact-legend"), format!("{} {}", c.contact_email, c.contact_phone).trim().to_string()));
    }
    let moves: Vec<Choice> = MOVES.iter().map(|m| Choice::new(*m, word("complaints-move", m))).collect();
    let mut team = vec![Choice::new("", t("complaints-unassigned"))];
    team.extend(data.team.iter().map(|(id, n)| Choice::new(id.to_string(), n.clone())));
    let open = c.is_open();
    let late = c.ack_overdue(&data.today) || c.response_overdue(&data.today);
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=f.has_errors()>
            <ErrorSummary errors=f.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {late.then(|| view! { <p class="cw-body"><strong class="cw-tag cw-tag--red">{t("complaints-overdue")}</strong></p> })}
            <SummaryList rows=rows/>
            <h2 class="cw-heading-m">{t("complaints-what-label")}</h2>
            <p class="cw-body cw-support__notes">{c.what_happened.clone()}</p>
            {(!c.attachments.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("complaints-files-label")}</h2>
                <ul class="cw-list cw-list--bullet">{c.attachments.iter().map(|a| view! {
                    <li><a href=format!("/complaints/{}/files/{}", c.id, a.id) download="">{format!("{} ({})", a.file_name, uploads::human_size(a.size as u64))}</a></li>
                }).collect_view()}</ul>
            })}
            <h2 class="cw-heading-m">{t("complaints-history-heading")}</h2>
            <ol class="cw-timeline">
                {c.events.iter().map(|e| view! {
                    <li class="cw-timeline__item">
                        {t_args("complaints-event-by", &[
                            ("state", word("complaints-state", &e.state).into()),
                            ("date", format_instant(locale, e.at).into()),
                            ("name", e.by.clone().unwrap_or_else(|| t("complaints-anonymous")).into()),
                        ])}
                        {e.internal.then(|| view! { " "<strong class="cw-tag cw-tag--grey">{t("complaints-internal")}</strong> })}
                        {(!e.note.is_empty()).then(|| view! { <p class="cw-body cw-support__notes">{e.note.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ol>
            {(!c.response.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("complaints-response-heading")}</h2>
                <div class="cw-inset"><p class="cw-body cw-support__notes">{c.response.clone()}</p></div>
            })}
            {c.satisfied.map(|s| view! { <p class="cw-body">{t(if s { "complaints-was-satisfied" } else { "complaints-was-not-satisfied" })}</p> })}
            {open.then(|| view! {
                <h2 class="cw-heading-m">{t("complaints-act-heading")}</h2>
                <form method="post" action=format!("/complaints/{}", c.id) novalidate=true>
                    <Select name="assign" label=t("complaints-assign-label") choices=team selected=f.or("assign", c.assigned_to.map(|a| a.to_string()).unwrap_or_default()) error=f.error_text("assign")/>
                    <Radios name="state" legend=t("complaints-move-legend") hint=t("complaints-move-hint") choices=moves selected=f.v("state") error=f.error_text("state")/>
                    <Textarea name="note" label=t("complaints-note-label") hint=t("complaints-note-hint") value=f.v("note") error=f.error_text("note") max_chars=NOTE_MAX rows=6/>
                    <Checkboxes name="internal" legend=t("complaints-internal-legend") choices=vec![Choice::new("yes", t("complaints-internal-choice")).with_hint(t("complaints-internal-hint"))]
                        selected=f.list_or("internal", vec![])/>
                    <Button text=t("complaints-act-save")/>
                </form>
            })}
        </Page>
    }
}

/// `POST /complaints/{cid}`: assign, and record an action or a new state.
/// A response must have words; nothing changes once resolved.
pub async fn handle_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(cid): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let cid = crate::pages::messages::id_of(&cid);
        let c = handled(&state, &v, cid).await?;
        let back = format!("/complaints/{cid}");
        let f = Fields(fields);
        let mut form = FormState::new(&handle_form(cid));
        let team = complaints::team(&state.db, &v).await?;
        let assign = form.text(&f, "assign", 20, None);
        let assign_to = if assign.is_empty() {
            None
        } else {
            match assign.parse::<i64>().ok().filter(|a| team.iter().any(|(id, _)| id == a)) {
                Some(a) => Some(a),
                None => {
                    form.push("assign", Msg("complaints-error-assign"));
                    None
                }
            }
        };
        let st = f.text("state", 40);
        form.values.insert("state".into(), st.clone());
        if !st.is_empty() && !MOVES.contains(&st.as_str()) {
            form.push("state", Msg("complaints-error-state"));
        }
        let note = f.get("note").replace("\r\n", "\n").trim().chars().take(NOTE_MAX * 2).collect::<String>();
        form.values.insert("note".into(), note.clone());
        if note.chars().count() > NOTE_MAX {
            form.errors.push(FieldError::new("note", Msg("core-error-too-long")).with_count(NOTE_MAX as i64));
        }
        let internal = f.get("internal") == "yes";
        form.values.insert("internal".into(), if internal { "yes".into() } else { String::new() });
        if st == "response_sent" && (note.is_empty() || internal) {
            form.push("note", Msg("complaints-error-response"));
        }
        if st.is_empty() && note.is_empty() && assign_to == c.assigned_to {
            form.push("state", Msg("complaints-error-nothing"));
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        if assign_to != c.assigned_to {
            complaints::assign(&state.db, cid, assign_to).await?;
        }
        let now = state.clock.now();
        if !st.is_empty() || !note.is_empty() {
            let state_code = if st.is_empty() { c.status.clone() } else { st.clone() };
            if complaints::act(&state.db, cid, &state_code, &note, internal, v.account_id, now).await? && st == "response_sent" {
                // The person is told there is a response (never what it says).
                let to = match (c.person_id, c.contact_email.is_empty()) {
                    (Some(p), _) => sqlx::query_scalar::<_, String>("SELECT email FROM account WHERE person_id = $1 ORDER BY id LIMIT 1").bind(p).fetch_optional(state.db.reader()).await?,
                    (None, false) => Some(c.contact_email.clone()),
                    _ => None,
                };
                if let Some(to) = to {
                    let link = match c.person_id {
                        Some(p) => format!("/people/{p}/complaints/{cid}"),
                        None => "/complain/status".into(),
                    };
                    let locale: Option<String> = sqlx::query_scalar("SELECT locale FROM complaint WHERE id = $1").bind(cid).fetch_one(state.db.reader()).await?;
                    let locale = locale.and_then(|l| crate::i18n::Locale::from_tag(&l)).unwrap_or_default();
                    let _ = state.mailer.send(&to, locale, Email::ComplaintUpdated { link, reference: c.reference.clone() }).await;
                }
            }
        }
        if let Some(a) = handler_access(&c) {
            state.audit(&v, &a, "updated_complaint", "complaint", Some(cid.to_string()), &meta).await?;
        }
        Ok(forms::done(&session, Msg("complaints-act-saved"), &back).await)
    })
    .await
}

/// `GET /complaints/{cid}/files/{fid}`: for the handler only, as a download.
pub async fn file_download(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Path((cid, fid)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let result: Result<Response, AppError> = async {
        let c = handled(&state, &v, crate::pages::messages::id_of(&cid)).await?;
        let fid = crate::pages::messages::id_of(&fid);
        let a = c.attachments.iter().find(|a| a.id == fid).ok_or(AppError::NotFound)?;
        let want = crate::pages::messages::files::wanted(crate::pages::messages::files::range_header(&headers), a.size as u64);
        let ext = match a.content_type.as_str() {
            "application/pdf" => "pdf",
            "image/jpeg" => "jpg",
            "image/png" => "png",
            _ => "txt",
        };
        crate::pages::messages::files::serve(
            &state.storage,
            &a.key,
            a.size as u64,
            &a.content_type,
            &format!("attachment; filename=\"complaint-file-{}.{ext}\"", a.id),
            want,
            "private, no-store",
        )
        .await
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}
