//! `/people/{id}/support`: "Book an interpreter". The person (or a carer
//! who may send messages for them, or their worker) asks for a BSL
//! interpreter or other communication support at a review, visit or
//! meeting; the worker records it booked (with the date), done, or
//! cancelled, and the person sees every state with its date.

use super::{person_crumbs, person_param};
use crate::auth::{Client, SignedIn};
use crate::authz::{Action, Relationship};
use crate::components::{Button, Choice, DateInput, ErrorSummary, NotificationBanner, Radios, TextInput, Textarea};
use crate::dates::{format_date, format_instant};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, run, PageCtx};
use crate::state::AppState;
use crate::support::{self, Request, KINDS, MAX_BOOKED_NOTE, MAX_NOTES, OCCASIONS, UPDATES};
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "support-ask";
pub fn update_form(rid: i64) -> String {
    format!("support-update-{rid}")
}

#[derive(Clone, Debug, Default)]
pub struct SupportData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub staff: bool,
    pub requests: Vec<Request>,
    pub relay: Option<(String, String)>,
    pub form: FormState,
    /// The update form that came back with errors: (request id, form).
    pub update: Option<(i64, FormState)>,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<SupportData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ManageNeeds).await?;
    let db = &ctx.state.db;
    let requests = support::for_person(db, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_support_requests", "support_request", None).await?;
    let mut form = ctx.take_form(FORM).await?.unwrap_or_default();
    if form.value("idem").is_none() {
        form.values.insert("idem".into(), crate::auth::tokens::new_token());
    }
    let mut update = None;
    for r in requests.iter().filter(|r| !r.is_closed()) {
        if let Some(f) = forms::take_form(ctx.session()?, &update_form(r.id)).await? {
            update = Some((r.id, f));
        }
    }
    Ok(SupportData {
        person_id,
        own: access.relationship == Relationship::Own,
        staff: viewer.role.is_staff(),
        person_name: access.person_name,
        relay: support::relay(db, person_id).await?,
        requests,
        form,
        update,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn SupportPage() -> impl IntoView {
    loaded(load(PageCtx::current(), person_param()), |data| view! { <SupportView data/> })
}

fn word(prefix: &str, code: &str) -> String {
    t(&format!("{prefix}-{}", code.replace('_', "-")))
}

/// "BSL interpreter for a review on 3 March 2027".
fn request_title(r: &Request) -> String {
    t_args(
        "support-request-title",
        &[
            ("kind", word("support-kind", &r.kind).into()),
            ("occasion", word("support-occasion", &r.occasion).into()),
            ("date", format_date(current(), &r.wanted_on).into()),
        ],
    )
}

#[component]
fn RequestItem(r: Request, person_id: i64, staff: bool, update: Option<FormState>) -> impl IntoView {
    let locale = current();
    let title = request_title(&r);
    let closed = r.is_closed();
    let rid = r.id;
    let f = update.unwrap_or_default();
    let states: Vec<Choice> = UPDATES.iter().map(|s| Choice::new(*s, word("support-update", s))).collect();
    let field = |n: &str| format!("{n}-{rid}");
    view! {
        <li class="cw-support">
            <h3 class="cw-heading-s">{title}</h3>
            <p class="cw-body"><strong class=if closed { "cw-tag cw-tag--grey" } else { "cw-tag" }>{word("support-state", &r.state)}</strong></p>
            {r.booked_on.clone().filter(|_| r.state == "booked" || r.state == "done").map(|d| view! {
                <p class="cw-body">{t_args("support-booked-for", &[("date", format_date(locale, &d).into())])}
                    {(!r.booked_note.is_empty()).then(|| format!(" {}", r.booked_note))}</p>
            })}
            {(!r.notes.is_empty()).then(|| view! { <p class="cw-body cw-support__notes">{r.notes.clone()}</p> })}
            <ol class="cw-timeline" aria-label=t("support-history-label")>
                {r.events.iter().map(|e| view! {
                    <li class="cw-timeline__item">
                        {t_args("support-event", &[
                            ("state", word("support-state", &e.state).into()),
                            ("date", format_instant(locale, e.at).into()),
                            ("name", e.by.clone().into()),
                        ])}
                        {(!e.note.is_empty()).then(|| format!(": {}", e.note))}
                    </li>
                }).collect_view()}
            </ol>
            {(staff && !closed).then(|| view! {
                <form method="post" action=format!("/people/{person_id}/support/{rid}") novalidate=true class="cw-support__update">
                    <Radios name=field("state") legend=t_args("support-update-legend", &[("request", request_title(&r).into())])
                        choices=states selected=f.v(&field("state")) error=f.error_text(&field("state"))/>
                    <DateInput name=field("booked-on") legend=t("support-booked-on-legend") hint=t("support-booked-on-hint")
                        value=f.date_or(&field("booked-on"), r.booked_on.as_deref()) error=f.error_text(&field("booked-on"))/>
                    <TextInput name=field("note") label=t("support-note-label") hint=t("support-note-hint")
                        value=f.v(&field("note")) error=f.error_text(&field("note"))/>
                    <Button text=t("support-update-save") secondary=true/>
                </form>
            })}
        </li>
    }
}

#[component]
pub fn SupportView(data: SupportData) -> impl IntoView {
    let p = data.person_id;
    let title = t("support-title");
    let form = data.form.clone();
    let kinds: Vec<Choice> = KINDS.iter().map(|k| Choice::new(*k, word("support-kind", k)).with_hint(word("support-kind-hint", k))).collect();
    let occasions: Vec<Choice> = OCCASIONS.iter().map(|o| Choice::new(*o, word("support-occasion-choice", o))).collect();
    let (open, closed): (Vec<Request>, Vec<Request>) = data.requests.iter().cloned().partition(|r| !r.is_closed());
    let update = data.update.clone();
    let list = move |list: Vec<Request>| {
        let update = update.clone();
        view! {
            <ul class="cw-list cw-support-list">
                {list.into_iter().map(|r| {
                    let u = update.clone().filter(|(id, _)| *id == r.id).map(|(_, f)| f);
                    view! { <RequestItem r person_id=p staff=data.staff update=u/> }
                }).collect_view()}
            </ul>
        }
    };
    // One error summary for the page: the ask form's errors, or an
    // update form's.
    let mut errors = form.errors.clone();
    if let Some((_, f)) = &data.update {
        errors.extend(f.errors.clone());
    }
    let has_errors = !errors.is_empty();
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone())) has_errors=has_errors>
            <ErrorSummary errors=errors/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {(!data.own).then(|| view! { <p class="cw-body-l">{t_args("needs-lead-other", &[("name", data.person_name.clone().into())])}</p> })}
            <p class="cw-body">{t("support-lead")}</p>
            {data.relay.clone().map(|(name, url)| view! {
                <p class="cw-body">{t("support-relay-lead")}" "<a href=url rel="noopener">{name}</a></p>
            })}
            <h2 class="cw-heading-m">{t("support-open-heading")}</h2>
            {if open.is_empty() {
                view! { <p class="cw-body">{t("support-none-open")}</p> }.into_any()
            } else {
                list.clone()(open).into_any()
            }}
            <h2 class="cw-heading-m" id="ask">{t("support-ask-heading")}</h2>
            <form method="post" action=format!("/people/{p}/support") novalidate=true>
                <input type="hidden" name="idem" value=form.v("idem")/>
                <Radios name="kind" legend=t("support-kind-legend") choices=kinds selected=form.v("kind") error=form.error_text("kind")/>
                <Radios name="occasion" legend=t("support-occasion-legend") choices=occasions selected=form.v("occasion") error=form.error_text("occasion")/>
                <DateInput name="wanted-on" legend=t("support-wanted-on-legend") hint=t("support-wanted-on-hint")
                    value=form.date_parts("wanted-on") error=form.error_text("wanted-on")/>
                <Textarea name="notes" label=t("support-notes-label") hint=t("support-notes-hint") value=form.v("notes")
                    error=form.error_text("notes") max_chars=MAX_NOTES rows=4/>
                <Button text=t("support-ask-button")/>
            </form>
            {(!closed.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("support-closed-heading")}</h2>
                {list(closed)}
            })}
            <p class="cw-body"><a href=format!("/people/{p}/communication")>{t("support-needs-link")}</a></p>
        </Page>
    }
}

/// Checks a typed date: empty, not a real date, in the past, or more than
/// two years ahead are each an error.
fn check_date(f: &Fields, form: &mut FormState, name: &str, today: &str, required: bool) -> Option<String> {
    form.keep_date(f, name);
    match forms::typed_date(f, name) {
        Ok(Some(d)) => {
            let limit = crate::dates::parse_date(today).map(|t| t + time::Duration::days(2 * 366));
            if d.as_str() < today {
                form.push(name, Msg("support-error-date-past"));
                None
            } else if limit.zip(crate::dates::parse_date(&d)).is_some_and(|(l, d)| d > l) {
                form.push(name, Msg("support-error-date-far"));
                None
            } else {
                Some(d)
            }
        }
        Ok(None) if required => {
            form.push(name, Msg("draft-error-date-empty"));
            None
        }
        Ok(None) => None,
        Err(()) => {
            form.push(name, Msg("draft-error-date-invalid"));
            None
        }
    }
}

/// `POST /people/{id}/support`: a new request.
pub async fn ask_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let person_id = crate::pages::messages::id_of(&id);
        let access = state.authorise(&v, person_id, Action::ManageNeeds).await?;
        let back = format!("/people/{person_id}/support");
        let f = Fields(fields);
        let mut form = FormState::new(FORM);
        let idem = f.idem();
        form.values.insert("idem".into(), idem.clone());
        let kind = form.choice(&f, "kind", &KINDS, Msg("support-error-kind"));
        let occasion = form.choice(&f, "occasion", &OCCASIONS, Msg("support-error-occasion"));
        let wanted = check_date(&f, &mut form, "wanted-on", &state.clock.today(), true);
        let notes = form.text(&f, "notes", MAX_NOTES, None);
        let Some(wanted) = wanted.filter(|_| !form.has_errors()) else {
            return Ok(forms::fail(&session, &form, &back).await);
        };
        let stored = support::ask(
            &state.db,
            support::NewRequest { person_id, kind: &kind, occasion: &occasion, wanted_on: &wanted, notes: &notes, idem: &idem, by: v.account_id, now: state.clock.now() },
        )
        .await?;
        if stored {
            state.audit(&v, &access, "asked_for_support", "support_request", None, &meta).await?;
        }
        Ok(forms::done(&session, Msg("support-asked"), &back).await)
    })
    .await
}

/// `POST /people/{id}/support/{rid}`: the worker moves a request on.
pub async fn update_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, rid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let person_id = crate::pages::messages::id_of(&id);
        let rid = crate::pages::messages::id_of(&rid);
        let access = state.authorise(&v, person_id, Action::ManageNeeds).await?;
        if !v.role.is_staff() {
            return Err(AppError::Forbidden);
        }
        if !support::belongs(&state.db, person_id, rid).await? {
            return Err(AppError::NotFound);
        }
        let back = format!("/people/{person_id}/support");
        let f = Fields(fields);
        let name = |n: &str| format!("{n}-{rid}");
        let mut form = FormState::new(&update_form(rid));
        let st = form.choice(&f, &name("state"), &UPDATES, Msg("support-error-state"));
        let booked = check_date(&f, &mut form, &name("booked-on"), &state.clock.today(), st == "booked");
        let note = form.text(&f, &name("note"), MAX_BOOKED_NOTE, None);
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        let booked = if st == "booked" { booked } else { None };
        if support::update(&state.db, person_id, rid, &st, booked.as_deref(), &note, v.account_id, state.clock.now()).await? {
            state.audit(&v, &access, "updated_support_request", "support_request", Some(rid.to_string()), &meta).await?;
        }
        // Closed already (a double click): the request is as asked.
        Ok(forms::done(&session, Msg("support-updated"), &back).await)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn request(state: &str) -> Request {
        Request {
            id: 9,
            kind: "bsl_interpreter".into(),
            occasion: "review".into(),
            wanted_on: "2027-03-03".into(),
            notes: "<i>Two interpreters please</i>".into(),
            state: state.into(),
            booked_on: Some("2027-03-03".into()),
            booked_note: "Interpreter: J. Evans".into(),
            events: vec![support::Event { state: "asked".into(), note: String::new(), by: "Leah".into(), at: 1_700_000_000 }],
        }
    }

    #[test]
    fn the_person_sees_each_state_with_its_date_and_staff_can_move_it_on() {
        let data = SupportData { person_id: 4, person_name: "Leah".into(), own: true, requests: vec![request("booked")], ..Default::default() };
        let html = render(move || view! { <SupportView data/> });
        assert!(html.contains("BSL interpreter"), "{html}");
        assert!(html.contains("3 March 2027"), "{html}");
        assert!(html.contains("&lt;i&gt;Two"), "notes are text: {html}");
        assert!(!html.contains("/support/9"), "the person cannot update it: {html}");
        assert_eq!(count(&html, "<h1"), 1);
        let staff = SupportData { person_id: 4, person_name: "Leah".into(), staff: true, requests: vec![request("asked")], ..Default::default() };
        let html = render(move || view! { <SupportView data=staff/> });
        assert!(tag_with(&html, "form", &[r#"action="/people/4/support/9""#]), "{html}");
        let done = SupportData { person_id: 4, person_name: "Leah".into(), staff: true, requests: vec![request("done")], ..Default::default() };
        let html = render(move || view! { <SupportView data=done/> });
        assert!(!html.contains("/support/9\""), "a closed request has no form: {html}");
    }
}
