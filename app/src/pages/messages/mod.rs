//! Messages: a person (or a carer acting for them) and their practice, in
//! writing or in British Sign Language video, with files. The person's
//! side lives under their record (`/people/{id}/messages`); the
//! practice's side is the inbox (`/messages`) and the away periods that
//! route messages to the duty inbox (`/messages/away`).
//!
//! Every page says that messages are not for emergencies and who to call
//! instead ([`SafetyNotice`]). Reading needs `ReadMessages`, sending needs
//! `SendMessage` (see [`crate::authz`]); every read of a conversation or a
//! file is audited.

pub mod away;
pub mod conversations;
pub mod files;
pub mod inbox;
pub mod thread;

use crate::auth::{Role, Viewer};
use crate::authz::Action;
use crate::components::{Checkboxes, Choice, ErrorMessage, Textarea};
use crate::error::{AppError, Msg};
use crate::forms::{self, FieldError, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::messages::{self, NewMessage, NewSubject, Replier, BODY_MAX, SUBJECTS, SUBJECT_MAX, SUMMARY_MAX};
use crate::state::AppState;
use crate::uploads::{self, Accept, Pending, Problem, Rules};
use axum::extract::Multipart;
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

pub fn routes() -> axum::Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    // Uploads get their own body limit: everything a message may carry,
    // and a little more, so a file that is slightly too big is read, and
    // refused with a field error, rather than cut off.
    let limit = DefaultBodyLimit::max((uploads::TOTAL_MAX + 16 * 1024 * 1024) as usize);
    axum::Router::new()
        .route("/people/{id}/messages/new", post(conversations::start_submit).layer(limit))
        .route("/people/{id}/messages/{cid}", post(thread::reply_submit).layer(limit))
        .route("/people/{id}/messages/{cid}/files/{aid}", get(files::download))
        .route("/messages/away", post(away::add_submit))
        .route("/messages/away/{aid}/cancel", post(away::cancel_submit))
}

/// The flash key of the form on a conversation page (or the new one).
pub fn form_name(conversation: Option<i64>) -> String {
    match conversation {
        Some(c) => format!("message-reply-{c}"),
        None => "message-new".to_string(),
    }
}

/// What people should do in an emergency instead, from configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Safety {
    pub out_of_hours_name: String,
    pub out_of_hours_phone: String,
    pub out_of_hours_text: Option<String>,
}

impl Safety {
    pub fn from_state(state: &AppState) -> Safety {
        Safety {
            out_of_hours_name: state.config.out_of_hours_name.clone(),
            out_of_hours_phone: state.config.out_of_hours_phone.clone(),
            out_of_hours_text: state.config.out_of_hours_text.clone(),
        }
    }
}

fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// "Messages are not for emergencies", the same words on every messaging
/// page, with 999 and the council's out-of-hours team (numbers are links
/// that dial on a phone).
/// Accessibility: the GOV.UK warning text: the "!" icon is hidden from
/// screen readers, which hear "Warning" instead; it is plain text, so it
/// is read in order, not announced as an interruption.
#[component]
pub fn SafetyNotice(safety: Safety) -> impl IntoView {
    let text = safety.out_of_hours_text.clone().map(|n| {
        view! { " " {t("messages-safety-text-before")} " " <a href=format!("sms:{}", tel(&n).trim_start_matches("tel:"))>{n.clone()}</a>"." }
    });
    view! {
        <div class="cw-warning-text">
            <span class="cw-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="cw-warning-text__text">
                <span class="cw-visually-hidden">{t("messages-safety-warning")}" "</span>
                {t("messages-safety-lead")}" "
                {t("messages-safety-999-before")}" "<a href="tel:999">"999"</a>". "
                {t("messages-safety-sms")}" "
                {t_args("messages-safety-ooh-before", &[("team", safety.out_of_hours_name.clone().into())])}" "
                <a href=tel(&safety.out_of_hours_phone)>{safety.out_of_hours_phone.clone()}</a>"."
                {text}
            </strong>
        </div>
    }
}

/// Who will reply, for the person's side: their worker, or the duty team
/// while the worker is away.
#[component]
pub fn ReplierNotice(replier: Replier, target_days: u32) -> impl IntoView {
    let locale = crate::i18n::current();
    let who = if replier.workers.is_empty() {
        t_args("messages-replier-none", &[("practice", replier.practice_name.clone().into())])
    } else if replier.duty {
        let (name, until) = replier.workers[0].clone();
        t_args(
            "messages-replier-away",
            &[
                ("name", name.into()),
                ("until", crate::dates::format_date(locale, &until.unwrap_or_default()).into()),
                ("practice", replier.practice_name.clone().into()),
            ],
        )
    } else {
        let names: Vec<String> = replier.workers.iter().map(|(n, _)| n.clone()).collect();
        t_args("messages-replier-worker", &[("name", names.join(", ").into())])
    };
    view! {
        <div class="cw-inset">
            <p class="cw-body">{who}</p>
            <p class="cw-body">{t_args("messages-reply-target", &[("days", (target_days as i64).into())])}</p>
        </div>
    }
}

/// A conversation's title: the typed subject, or the picked one.
pub fn subject_title(code: &str, text: &str) -> String {
    if code == "other" || (!text.is_empty() && !SUBJECTS.contains(&code)) {
        if text.is_empty() {
            t("messages-subject-title-other")
        } else {
            text.to_string()
        }
    } else if text.is_empty() {
        t(&format!("messages-subject-title-{code}"))
    } else {
        t_args(
            "messages-subject-title-with-text",
            &[("subject", t(&format!("messages-subject-title-{code}")).into()), ("text", text.to_string().into())],
        )
    }
}

/// The choice of subject, worded for who is writing.
pub fn subject_choices(own: bool) -> Vec<Choice> {
    let who = if own { "own" } else { "other" };
    SUBJECTS
        .iter()
        .map(|c| Choice::new(*c, crate::i18n::t_args(&format!("messages-subject-{c}"), &[("who", who.into())])))
        .collect()
}

/// The limits, as the form states them before anything is uploaded.
pub fn limits_text() -> String {
    t_args(
        "messages-limits",
        &[
            ("file_mb", ((uploads::FILE_MAX / (1024 * 1024)) as i64).into()),
            ("video_mb", ((uploads::VIDEO_MAX / (1024 * 1024)) as i64).into()),
            ("files", (uploads::MAX_FILES as i64).into()),
            ("total_mb", ((uploads::TOTAL_MAX / (1024 * 1024)) as i64).into()),
        ],
    )
}

/// A file input with its label, hint and error.
/// Accessibility: a visible `<label for>`; the hint and the error are tied
/// by `aria-describedby`; a browser cannot keep a chosen file after a
/// failed send, which is why files that were accepted are kept by Careway
/// and listed separately ([`KeptFiles`]).
#[component]
pub fn FileInput(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    #[prop(into)] accept: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] capture: bool,
) -> impl IntoView {
    let id = name.clone();
    let described = if error.is_some() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") };
    let group = if error.is_some() { "cw-form-group cw-form-group--error" } else { "cw-form-group" };
    view! {
        <div class=group>
            <label class="cw-label" for=id.clone()>{label}</label>
            <div class="cw-hint" id=format!("{id}-hint")>{hint}</div>
            {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
            <input class="cw-file-upload" id=id.clone() name=name type="file" accept=accept
                multiple=multiple capture=capture.then_some("user") aria-describedby=described/>
        </div>
    }
}

/// Files accepted on an earlier try, still kept (ticked means "send it").
#[component]
pub fn KeptFiles(kept: Vec<Pending>) -> impl IntoView {
    if kept.is_empty() {
        return ().into_any();
    }
    let selected: Vec<String> = kept.iter().map(|k| k.id.to_string()).collect();
    let choices: Vec<Choice> = kept
        .iter()
        .map(|k| {
            let f = &k.file;
            let kind = t(&format!("messages-file-kind-{}", f.kind.code()));
            let name = if f.file_name.is_empty() { kind.clone() } else { f.file_name.clone() };
            Choice::new(k.id.to_string(), name)
                .with_hint(t_args("messages-kept-file-hint", &[("kind", kind.into()), ("size", uploads::human_size(f.size).into())]))
        })
        .collect();
    view! {
        <Checkboxes name="kept" legend=t("messages-kept-legend") hint=t("messages-kept-hint") choices=choices selected=selected/>
    }
    .into_any()
}

/// The fields of a message: text, a BSL video (with its summary and
/// captions) and other files. Shared by a new conversation and a reply.
/// `bsl_first`: the person prefers BSL (their communication needs say
/// so), so the video comes before the words.
#[component]
pub fn MessageFields(form: FormState, kept: Vec<Pending>, #[prop(optional)] bsl_first: bool) -> impl IntoView {
    let video_types = "video/*";
    let file_types = "application/pdf,image/jpeg,image/png,text/plain,video/mp4,video/webm,video/quicktime,.pdf,.jpg,.jpeg,.png,.txt,.mp4,.webm,.mov";
    let body = {
        let form = form.clone();
        move || view! {
            <Textarea name="body" label=t("messages-body-label") hint=t("messages-body-hint") value=form.v("body")
                error=form.error_text("body") max_chars=BODY_MAX rows=6/>
        }
    };
    let bsl = view! {
        <div class="cw-form-group">
            <fieldset class="cw-fieldset" aria-describedby="bsl-hint">
                <legend class="cw-fieldset__legend cw-fieldset__legend--m">{t("messages-bsl-legend")}</legend>
                <div class="cw-hint" id="bsl-hint">{t("messages-bsl-hint")}</div>
                <FileInput name="video" label=t("messages-video-label") hint=t_args("messages-video-hint", &[("mb", ((uploads::VIDEO_MAX / (1024 * 1024)) as i64).into())])
                    accept=video_types capture=true error=form.error_text("video")/>
                <Textarea name="summary" label=t("messages-summary-label") hint=t("messages-summary-hint") value=form.v("summary")
                    error=form.error_text("summary") max_chars=SUMMARY_MAX rows=3/>
                <FileInput name="captions" label=t("messages-captions-label") hint=t("messages-captions-hint")
                    accept=".vtt,text/vtt" error=form.error_text("captions")/>
            </fieldset>
        </div>
    };
    view! {
        {(!bsl_first).then(body.clone())}
        {bsl}
        {bsl_first.then(body)}
        <FileInput name="files" label=t("messages-files-label") hint=limits_text() accept=file_types multiple=true error=form.error_text("files")/>
        <KeptFiles kept=kept/>
    }
}

/// Who wrote a message, and for whom: "Sam Morgan, carer, for Alex
/// Morgan", "Priya Shah, social worker", or "You".
pub fn author_line(m: &messages::Message, viewer_account: i64, person_name: &str) -> String {
    if m.author_account_id == viewer_account {
        return if m.author_role == "carer" {
            t_args("messages-author-you-for", &[("person", person_name.to_string().into())])
        } else {
            t("messages-author-you")
        };
    }
    let role = Role::from_code(&m.author_role).map(|r| t(r.label_id())).unwrap_or_default();
    match m.author_role.as_str() {
        "person" => m.author_name.clone(),
        "carer" => t_args(
            "messages-author-for",
            &[("name", m.author_name.clone().into()), ("role", role.into()), ("person", person_name.to_string().into())],
        ),
        _ => t_args("messages-author-staff", &[("name", m.author_name.clone().into()), ("role", role.into())]),
    }
}

fn problem_error(field: &str, p: Problem) -> FieldError {
    let mb = |bytes: u64| (bytes / (1024 * 1024)) as i64;
    match p {
        Problem::TooBig if field == "video" => FieldError::new(field, Msg("messages-error-video-too-big")).with_count(mb(uploads::VIDEO_MAX)),
        Problem::TooBig if field == "captions" => FieldError::new(field, Msg("messages-error-captions-type")),
        Problem::TooBig => FieldError::new(field, Msg("messages-error-file-too-big")).with_count(mb(uploads::FILE_MAX)),
        Problem::WrongType if field == "video" => FieldError::new(field, Msg("messages-error-video-type")),
        Problem::WrongType if field == "captions" => FieldError::new(field, Msg("messages-error-captions-type")),
        Problem::WrongType => FieldError::new(field, Msg("messages-error-file-type")),
        Problem::BadCaptions => FieldError::new(field, Msg("messages-error-captions-type")),
        Problem::TooMany => FieldError::new("files", Msg("messages-error-too-many")).with_count(uploads::MAX_FILES as i64),
        Problem::TotalTooBig => FieldError::new("files", Msg("messages-error-total")).with_count(mb(uploads::TOTAL_MAX)),
        Problem::Storage => FieldError::new(field, Msg("messages-error-storage")),
    }
}

/// Sends a message from a multipart form: a reply to `conversation`, or
/// the first message of a new one. Text is always kept; accepted files
/// are kept too when something needs putting right.
pub(crate) async fn send(
    state: AppState,
    session: Session,
    v: Viewer,
    meta: crate::auth::ClientMeta,
    person_id: i64,
    conversation: Option<i64>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let access = state.authorise(&v, person_id, Action::SendMessage).await?;
    let db = &state.db;
    if let Some(c) = conversation {
        messages::conversation(db, person_id, c, v.account_id).await?.ok_or(AppError::NotFound)?;
    }
    let back = match conversation {
        Some(c) => format!("/people/{person_id}/messages/{c}"),
        None => format!("/people/{person_id}/messages/new"),
    };
    let check_db = db.clone();
    let account = v.account_id;
    let already = move |key: String| -> futures::future::BoxFuture<'static, bool> {
        let db = check_db.clone();
        Box::pin(async move { matches!(messages::sent_with(&db, account, &key).await, Ok(Some(_))) })
    };
    let received = uploads::receive(
        multipart,
        &state.storage,
        Rules {
            prefix: format!("messages/{person_id}"),
            accept: &[("video", Accept::Video), ("captions", Accept::Captions), ("files", Accept::Any)],
            already_sent: Some(&already),
        },
    )
    .await?;
    let f = Fields(received.fields);
    let idem = f.idem();
    if received.duplicate {
        if let Some((c, _)) = messages::sent_with(db, account, &idem).await? {
            return Ok(forms::see_other(&format!("/people/{person_id}/messages/{c}")));
        }
    }
    if let Some((c, _)) = messages::sent_with(db, account, &idem).await? {
        // Sent already (a double click): the files of this second send
        // are not needed.
        for s in &received.stored {
            let _ = state.storage.delete(&s.key).await;
        }
        return Ok(forms::see_other(&format!("/people/{person_id}/messages/{c}")));
    }
    let now = state.clock.now();
    // Every accepted file is kept at once, so nothing is lost if the form
    // needs putting right.
    let new_ids = uploads::keep(db, account, person_id, &received.stored, now).await?;
    let kept = uploads::kept(db, account, person_id, &uploads::ids_from(&f.all("kept"))).await?;
    let mut all: Vec<Pending> = kept;
    all.extend(uploads::kept(db, account, person_id, &new_ids).await?);
    let mut form = FormState::new(&form_name(conversation));
    form.values.insert("idem".into(), idem.clone());
    let (subject_code, subject_text) = if conversation.is_none() {
        let code = form.choice(&f, "subject", &SUBJECTS, Msg("messages-error-subject"));
        let text = form.text(&f, "subject-text", SUBJECT_MAX, None);
        if code == "other" && text.is_empty() {
            form.push("subject-text", Msg("messages-error-subject-text"));
        }
        (code, text)
    } else {
        (String::new(), String::new())
    };
    let body = messages::normalise_body(f.get("body"));
    form.values.insert("body".into(), body.clone());
    let summary = messages::normalise_body(f.get("summary"));
    form.values.insert("summary".into(), summary.clone());
    let has_video = all.iter().any(|p| p.file.kind == uploads::Kind::Video);
    let has_content = all.iter().any(|p| p.file.kind != uploads::Kind::Captions);
    if body.chars().count() > BODY_MAX {
        form.errors.push(FieldError::new("body", Msg("core-error-too-long")).with_count(BODY_MAX as i64));
    } else if body.trim().is_empty() && !has_content && received.problems.is_empty() {
        form.push("body", Msg("messages-error-empty"));
    }
    if summary.chars().count() > SUMMARY_MAX {
        form.errors.push(FieldError::new("summary", Msg("core-error-too-long")).with_count(SUMMARY_MAX as i64));
    } else if !summary.trim().is_empty() && !has_video {
        form.push("summary", Msg("messages-error-summary-no-video"));
    }
    let mut seen: Vec<String> = vec![];
    for (field, p) in &received.problems {
        let e = problem_error(field, *p);
        if !seen.contains(&e.field) {
            seen.push(e.field.clone());
            form.errors.push(e);
        }
    }
    if all.iter().any(|p| p.file.kind == uploads::Kind::Captions) && !has_video && !seen.contains(&"captions".to_string()) {
        form.push("captions", Msg("messages-error-captions-no-video"));
    }
    let files = all.iter().filter(|p| p.file.kind != uploads::Kind::Captions).count();
    if files > uploads::MAX_FILES && !seen.contains(&"files".to_string()) {
        form.errors.push(FieldError::new("files", Msg("messages-error-too-many")).with_count(uploads::MAX_FILES as i64));
    } else if all.iter().map(|p| p.file.size).sum::<u64>() > uploads::TOTAL_MAX && !seen.contains(&"files".to_string()) {
        form.errors.push(FieldError::new("files", Msg("messages-error-total")).with_count((uploads::TOTAL_MAX / (1024 * 1024)) as i64));
    }
    if form.has_errors() {
        form.values.insert("kept".into(), all.iter().map(|p| p.id.to_string()).collect::<Vec<_>>().join(","));
        return Ok(forms::fail(&session, &form, &back).await);
    }
    let practice_id: Option<i64> = sqlx::query_scalar("SELECT practice_id FROM person WHERE id = $1")
        .bind(person_id)
        .fetch_optional(db.reader())
        .await?
        .flatten();
    let ids: Vec<i64> = all.iter().map(|p| p.id).collect();
    let sent = messages::send(
        db,
        NewMessage {
            person_id,
            conversation_id: conversation,
            subject: conversation.is_none().then(|| NewSubject { code: &subject_code, text: &subject_text, practice_id }),
            author_account_id: account,
            author_role: v.role.code(),
            body: &body,
            video_summary: if has_video { &summary } else { "" },
            files: &ids,
            idem: &idem,
            now,
        },
    )
    .await?;
    let thread = format!("/people/{person_id}/messages/{}", sent.conversation_id);
    if sent.new {
        let action = if conversation.is_none() { "started_conversation" } else { "sent_message" };
        state.audit(&v, &access, action, "conversation", Some(sent.conversation_id.to_string()), &meta).await?;
        let from_person = matches!(v.role, Role::Person | Role::Carer);
        messages::notify::new_message(&state, person_id, sent.conversation_id, from_person, account).await;
    }
    Ok(forms::done(&session, Msg("messages-sent"), &thread).await)
}

pub(crate) use crate::pages::run;

pub(crate) fn id_of(s: &str) -> i64 {
    s.parse::<i64>().ok().filter(|n| *n > 0).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn every_messaging_page_says_it_is_not_for_emergencies_and_who_to_call() {
        let safety = Safety {
            out_of_hours_name: "Wendlebury emergency duty team".into(),
            out_of_hours_phone: "0300 123 4567".into(),
            out_of_hours_text: Some("07700 900 123".into()),
        };
        let s = safety.clone();
        let pages = [
            render(move || view! { <conversations::ConversationsView data=conversations::ListData { safety: s, ..Default::default() }/> }),
            render({ let s = safety.clone(); move || view! { <conversations::NewConversationView data=conversations::NewData { safety: s, ..Default::default() }/> } }),
            render({ let s = safety.clone(); move || view! { <thread::ThreadView data=thread::ThreadData { safety: s, ..Default::default() }/> } }),
            render({ let s = safety.clone(); move || view! { <thread::VideoView data=thread::VideoData { safety: s, ..Default::default() }/> } }),
            render({ let s = safety.clone(); move || view! { <inbox::InboxView data=inbox::InboxData { safety: s, ..Default::default() }/> } }),
            render({ let s = safety.clone(); move || view! { <away::AwayView data=away::AwayData { safety: s, ..Default::default() }/> } }),
        ];
        for html in pages {
            assert!(html.contains("Messages are not for emergencies."), "{html}");
            assert!(html.contains(r#"href="tel:999""#) && html.contains(r#"href="tel:03001234567""#), "{html}");
            assert!(html.contains("Wendlebury emergency duty team") && html.contains(r#"href="sms:07700900123""#), "{html}");
        }
    }

    #[test]
    fn subjects_read_as_words() {
        let html = render(|| view! { <p>{format!("{} | {} | {}", subject_title("plan", ""), subject_title("other", "<b>Ramp</b>"), subject_title("needs", "evenings"))}</p> });
        assert!(html.contains("About the plan | &lt;b&gt;Ramp&lt;/b&gt; | A change in needs: evenings"), "{html}");
    }
}
