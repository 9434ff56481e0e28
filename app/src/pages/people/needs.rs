//! `/people/{id}/communication`: "My communication needs", on the lines
//! of the Accessible Information Standard. The person, a carer who may
//! send messages for them, or their worker records how the person prefers
//! to be contacted, the formats they need, support at meetings, and
//! anything else in their own words. Careway then acts on it (see
//! [`crate::needs`]).

use super::{person_crumbs, person_param};
use crate::auth::{Client, SignedIn};
use crate::authz::{Action, Relationship};
use crate::components::{
    Button, Checkboxes, Choice, EasyReadPoints, ErrorSummary, NotificationBanner, PageVersions, TextInput, Textarea,
    Versions,
};
use crate::dates::format_instant;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::needs::{self, Needs, CONTACTS, FORMATS, MAX_NOTES, MAX_SIZE, MEETING};
use crate::pages::{loaded, run, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "communication-needs";

#[derive(Clone, Debug, Default)]
pub struct NeedsData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub needs: Needs,
    pub form: FormState,
    pub notice: Option<String>,
    pub versions: Versions,
}

pub async fn load(ctx: PageCtx, person_id: i64) -> Result<NeedsData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ManageNeeds).await?;
    let needs = needs::load(&ctx.state.db, person_id).await?;
    ctx.audit(&viewer, &access, "viewed_communication_needs", "communication_need", None).await?;
    Ok(NeedsData {
        person_id,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name,
        needs,
        form: ctx.take_form(FORM).await?.unwrap_or_default(),
        notice: ctx.take_notice().await?,
        versions: ctx.versions("communication").await?,
    })
}

#[component]
pub fn NeedsPage() -> impl IntoView {
    loaded(load(PageCtx::current(), person_param()), |data| view! { <NeedsView data/> })
}

fn choices(prefix: &str, codes: &[&str]) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| {
            let id = format!("{prefix}-{}", c.replace('_', "-"));
            Choice::new(*c, t(&id)).with_hint(t(&format!("{id}-hint")))
        })
        .collect()
}

#[component]
pub fn NeedsView(data: NeedsData) -> impl IntoView {
    let p = data.person_id;
    let title = t(if data.own { "needs-title-own" } else { "needs-title" });
    let form = data.form.clone();
    let n = data.needs.clone();
    let locale = current();
    let updated = n.updated_at.map(|at| {
        t_args(
            "needs-updated",
            &[
                ("name", n.updated_by.clone().unwrap_or_else(|| t("history-someone")).into()),
                ("date", format_instant(locale, at).into()),
            ],
        )
    });
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <PageVersions versions=data.versions/>
            {(!data.own).then(|| view! { <p class="cw-body-l">{t_args("needs-lead-other", &[("name", data.person_name.clone().into())])}</p> })}
            <p class="cw-body">{t("needs-lead")}</p>
            <EasyReadPoints key="communication"/>
            {updated.map(|u| view! { <p class="cw-body cw-hint">{u}</p> })}
            <form method="post" action=format!("/people/{p}/communication") novalidate=true>
                <Checkboxes name="contact" legend=t("needs-contact-legend") hint=t("needs-select-all")
                    choices=choices("needs-contact", &CONTACTS) selected=form.list_or("contact", n.contact.clone())
                    error=form.error_text("contact")/>
                <Checkboxes name="formats" legend=t("needs-formats-legend") hint=t("needs-select-all")
                    choices=choices("needs-format", &FORMATS) selected=form.list_or("formats", n.formats.clone())
                    error=form.error_text("formats")/>
                <TextInput name="large-print-size" label=t("needs-large-print-size-label") hint=t("needs-large-print-size-hint")
                    value=form.or("large-print-size", n.large_print_size.clone()) error=form.error_text("large-print-size") width="10"/>
                <Checkboxes name="meeting" legend=t("needs-meeting-legend") hint=t("needs-select-all")
                    choices=choices("needs-meeting", &MEETING) selected=form.list_or("meeting", n.meeting_support.clone())
                    error=form.error_text("meeting")/>
                <Textarea name="notes" label=t("needs-notes-label") hint=t("needs-notes-hint")
                    value=form.or("notes", n.notes.clone()) error=form.error_text("notes") max_chars=MAX_NOTES rows=5/>
                <Button text=t("needs-save")/>
            </form>
            <h2 class="cw-heading-m">{t("needs-support-heading")}</h2>
            <p class="cw-body">{t("needs-support-lead")}</p>
            <p class="cw-body"><a href=format!("/people/{p}/support")>{t("needs-support-link")}</a></p>
        </Page>
    }
}

/// Reads the posted needs: only known codes; a large print size only with
/// large print (and bounded); the person's words bounded.
pub fn parse(f: &Fields) -> Result<Needs, FormState> {
    let mut form = FormState::new(FORM);
    let group = |field: &str, allowed: &[&str], form: &mut FormState| -> Vec<String> {
        let given: Vec<&str> = f.all(field);
        form.values.insert(field.to_string(), given.iter().map(|g| g.chars().take(40).collect::<String>()).collect::<Vec<_>>().join(","));
        if given.len() > 20 || given.iter().any(|g| !allowed.contains(g)) {
            form.push(field, Msg("needs-error-choice"));
        }
        needs::codes(&given.join(","), allowed)
    };
    let contact = group("contact", &CONTACTS, &mut form);
    let formats = group("formats", &FORMATS, &mut form);
    let meeting_support = group("meeting", &MEETING, &mut form);
    let large_print_size = form.text(f, "large-print-size", MAX_SIZE, None);
    if !large_print_size.is_empty() && !formats.iter().any(|x| x == "large_print") {
        form.push("large-print-size", Msg("needs-error-size-without-large-print"));
    }
    let notes = f.get("notes").replace("\r\n", "\n").trim().chars().take(MAX_NOTES * 2).collect::<String>();
    form.values.insert("notes".into(), notes.clone());
    if notes.chars().count() > MAX_NOTES {
        form.errors.push(forms::FieldError::new("notes", Msg("core-error-too-long")).with_count(MAX_NOTES as i64));
    }
    if form.has_errors() {
        return Err(form);
    }
    Ok(Needs { contact, formats, large_print_size, meeting_support, notes, updated_by: None, updated_at: None })
}

/// `POST /people/{id}/communication`. Saving the same answers twice (a
/// double click) stores the same row twice: nothing is duplicated.
pub async fn submit(
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
        let back = format!("/people/{person_id}/communication");
        let needs = match parse(&Fields(fields)) {
            Ok(n) => n,
            Err(form) => return Ok(forms::fail(&session, &form, &back).await),
        };
        needs::save(&state.db, person_id, &needs, v.account_id, state.clock.now()).await?;
        state.audit(&v, &access, "updated_communication_needs", "communication_need", None, &meta).await?;
        Ok(forms::done(&session, Msg("needs-saved"), &back).await)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn f(v: &[(&str, &str)]) -> Fields {
        Fields(v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect())
    }

    #[test]
    fn good_answers_are_read_in_careways_order() {
        let n = parse(&f(&[
            ("contact", "video"),
            ("contact", "email"),
            ("formats", "large_print"),
            ("formats", "bsl_video"),
            ("large-print-size", "20 point"),
            ("meeting", "interpreter"),
            ("notes", "  Please don't phone.\r\nText is fine.  "),
        ]))
        .unwrap();
        assert_eq!(n.contact, vec!["email", "video"]);
        assert_eq!(n.formats, vec!["bsl_video", "large_print"]);
        assert_eq!(n.large_print_size, "20 point");
        assert_eq!(n.notes, "Please don't phone.\nText is fine.");
        assert!(parse(&f(&[])).unwrap().is_empty(), "nothing ticked is a valid answer");
    }

    #[test]
    fn bad_answers_are_errors_and_what_was_typed_is_kept() {
        let long = "x".repeat(MAX_NOTES + 1);
        let e = parse(&f(&[
            ("formats", "<script>"),
            ("contact", "' OR 1=1 --"),
            ("large-print-size", "20 point"),
            ("notes", &long),
        ]))
        .unwrap_err();
        for field in ["formats", "contact", "large-print-size", "notes"] {
            assert!(e.error(field).is_some(), "{field}: {:?}", e.errors);
        }
        assert_eq!(e.v("notes").chars().count(), MAX_NOTES + 1, "the words are kept to cut down");
        assert_eq!(e.v("large-print-size"), "20 point");
    }

    #[test]
    fn the_page_is_a_form_with_every_need_labelled() {
        let data = NeedsData { person_id: 4, person_name: "Leah".into(), own: true, ..Default::default() };
        let html = render(move || view! { <NeedsView data/> });
        assert_eq!(count(&html, "<h1"), 1, "{html}");
        assert!(tag_with(&html, "form", &[r#"action="/people/4/communication""#, r#"method="post""#]), "{html}");
        assert_eq!(count(&html, r#"type="checkbox""#), CONTACTS.len() + FORMATS.len() + MEETING.len(), "{html}");
        assert_eq!(count(&html, "<legend"), 3, "{html}");
        assert!(html.contains("/people/4/support"), "{html}");
    }
}
