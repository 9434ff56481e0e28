//! `/people/{id}/messages/{cid}`: one conversation, oldest message first,
//! with BSL videos in the browser's own player, and the reply form.
//! Opening it marks it read. `/people/{id}/messages/{cid}/videos/{aid}`
//! plays one video on a page of its own.

use super::conversations::crumbs;
use super::{author_line, form_name, run, send, subject_title, MessageFields, ReplierNotice, Safety, SafetyNotice};
use crate::auth::{Client, SignedIn, Viewer};
use crate::authz::{Access, Action, Relationship};
use crate::components::{Button, ErrorSummary, NotificationBanner};
use crate::dates::format_instant;
use crate::error::AppError;
use crate::forms::FormState;
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::messages::{self, Attachment, Conversation, Message, Replier};
use crate::pages::people::{may, param, person_param};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use crate::uploads::{self, Pending};
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

#[derive(Clone, Debug, Default)]
pub struct ThreadData {
    pub person_id: i64,
    pub person_name: String,
    pub viewer_account: i64,
    pub own: bool,
    pub staff: bool,
    pub conversation: Conversation,
    pub messages: Vec<Message>,
    pub can_send: bool,
    /// The person's communication needs: a banner for staff, and BSL
    /// first in the reply form for a person who prefers BSL.
    pub needs: crate::needs::Needs,
    pub replier: Replier,
    pub target_days: u32,
    /// Who at the practice has read the person's latest message, and when.
    pub read_by: Option<(String, i64)>,
    pub now: i64,
    pub safety: Safety,
    pub form: FormState,
    pub kept: Vec<Pending>,
    pub notice: Option<String>,
}

/// Authorises reading the person's messages, then finds the conversation
/// among theirs (someone else's id finds nothing) with its messages.
async fn open(ctx: &PageCtx, person_id: i64, cid: i64) -> Result<(Viewer, Access, Conversation, Vec<Message>), AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ReadMessages).await?;
    let db = &ctx.state.db;
    let conversation = messages::conversation(db, person_id, cid, viewer.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let list = messages::messages(db, cid).await?;
    Ok((viewer, access, conversation, list))
}

async fn load_thread(ctx: PageCtx, person_id: i64, cid: i64) -> Result<ThreadData, AppError> {
    let (viewer, access, conversation, list) = open(&ctx, person_id, cid).await?;
    let db = &ctx.state.db;
    ctx.audit(&viewer, &access, "viewed_conversation", "conversation", Some(cid.to_string())).await?;
    if let Some(last) = list.last() {
        messages::mark_read(db, viewer.account_id, cid, last.id, ctx.state.clock.now()).await?;
    }
    let staff = viewer.role.is_staff();
    let needs = crate::needs::load(db, person_id).await?;
    let read_by = match list.iter().rev().find(|m| m.from_person) {
        Some(m) if !staff => messages::read_by_practice(db, cid, m.id).await?,
        _ => None,
    };
    let mut form = ctx.take_form(&form_name(Some(cid))).await?.unwrap_or_default();
    if form.value("idem").is_none() {
        form.values.insert("idem".into(), crate::auth::tokens::new_token());
    }
    let kept = uploads::kept(db, viewer.account_id, person_id, &uploads::ids_from(&[&form.v("kept")])).await?;
    Ok(ThreadData {
        person_id,
        viewer_account: viewer.account_id,
        own: access.relationship == Relationship::Own,
        staff,
        can_send: may(viewer.role, &access.relationship, Action::SendMessage),
        needs,
        replier: messages::replier(db, person_id, &ctx.state.clock.today()).await?,
        target_days: messages::reply_target(db, person_id).await?,
        read_by,
        now: ctx.state.clock.now(),
        safety: Safety::from_state(&ctx.state),
        notice: ctx.take_notice().await?,
        person_name: access.person_name,
        conversation,
        messages: list,
        form,
        kept,
    })
}

#[component]
pub fn ThreadPage() -> impl IntoView {
    loaded(load_thread(PageCtx::current(), person_param(), param("cid")), |data| view! { <ThreadView data/> })
}

fn file_href(p: i64, c: i64, a: i64) -> String {
    format!("/people/{p}/messages/{c}/files/{a}")
}

/// A video in the browser's own player: never plays by itself, captions
/// on by default when there are any, and a link to download it.
/// Accessibility: native `<video controls>` is keyboard and screen-reader
/// operable in every browser; the written summary (when given) and the
/// captions are the text alternatives; the fallback inside the element is
/// a download link for browsers that cannot play it.
#[component]
pub fn VideoPlayer(person_id: i64, conversation_id: i64, video: Attachment, label: String) -> impl IntoView {
    let src = file_href(person_id, conversation_id, video.id);
    let track = video.captions_id.map(|c| {
        view! { <track kind="captions" src=file_href(person_id, conversation_id, c) label=t("messages-captions-track") default=true/> }
    });
    view! {
        <video class="cw-video" controls=true preload="metadata" src=src.clone() aria-label=label>
            {track}
            <a href=src.clone()>{t("messages-video-download")}</a>
        </video>
    }
}

/// One message: who wrote it (and for whom), when, the text exactly as
/// written, its BSL video and files.
/// Accessibility: each message is an `<article>` named by its heading, so
/// screen-reader users can move from message to message by heading; text
/// keeps its line breaks (`pre-wrap`) and any markup shows as text.
#[component]
pub fn MessageItem(m: Message, person_id: i64, conversation_id: i64, viewer_account: i64, person_name: String) -> impl IntoView {
    let locale = current();
    let who = author_line(&m, viewer_account, &person_name);
    let when = format_instant(locale, m.created_at);
    let heading_id = format!("message-{}-heading", m.id);
    let videos: Vec<Attachment> = m.videos().cloned().collect();
    let files: Vec<Attachment> = m.attachments.iter().filter(|a| a.kind != "video" && a.kind != "captions").cloned().collect();
    let summary = m.video_summary.clone();
    let side = if m.from_person { "cw-message cw-message--person" } else { "cw-message cw-message--practice" };
    view! {
        <li class=side id=format!("message-{}", m.id)>
            <article aria-labelledby=heading_id.clone()>
                <h2 class="cw-heading-s cw-message__heading" id=heading_id.clone()>
                    {who.clone()}<span class="cw-message__when">{format!(", {when}")}</span>
                </h2>
                {(!m.body.is_empty()).then(|| view! { <p class="cw-body cw-prewrap">{m.body.clone()}</p> })}
                {videos.into_iter().map(|v| {
                    let label = t_args("messages-video-label-from", &[("who", who.clone().into())]);
                    view! {
                        <figure class="cw-video-figure">
                            <VideoPlayer person_id conversation_id video=v.clone() label=label/>
                            <figcaption class="cw-body cw-hint">
                                {t(if v.captions_id.is_some() { "messages-video-has-captions" } else { "messages-video-no-captions" })}" "
                                <a href=format!("/people/{person_id}/messages/{conversation_id}/videos/{}", v.id)>{t("messages-video-own-page")}</a>
                            </figcaption>
                        </figure>
                    }
                }).collect_view()}
                {(!summary.is_empty()).then(|| view! {
                    <p class="cw-body"><strong>{t("messages-summary-heading")}</strong></p>
                    <p class="cw-body cw-prewrap">{summary.clone()}</p>
                })}
                {(!files.is_empty()).then(|| view! {
                    <ul class="cw-list cw-message__files">
                        {files.into_iter().map(|f| {
                            let name = if f.file_name.is_empty() { t(&format!("messages-file-kind-{}", f.kind)) } else { f.file_name.clone() };
                            view! {
                                <li>
                                    <a href=file_href(person_id, conversation_id, f.id)>{name}</a>
                                    {format!(" ({})", t_args("messages-file-about", &[("kind", t(&format!("messages-file-kind-{}", f.kind)).into()), ("size", uploads::human_size(f.size).into())]))}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
            </article>
        </li>
    }
}

#[component]
pub fn ThreadView(data: ThreadData) -> impl IntoView {
    let p = data.person_id;
    let c = data.conversation.clone();
    let title = subject_title(&c.subject_code, &c.subject_text);
    let locale = current();
    let form = data.form.clone();
    let last = data.messages.last().map(|m| m.id);
    let person_name = data.person_name.clone();
    let viewer_account = data.viewer_account;
    let waiting = (data.staff && c.waiting_since.is_some()).then(|| {
        let since = c.waiting_since.unwrap_or_default();
        let due = crate::dates::format_date(locale, &crate::working_days::due_date(since, data.target_days));
        if crate::working_days::is_overdue(since, data.target_days, data.now) {
            view! { <p class="cw-body"><strong class="cw-tag cw-tag--red">{t_args("messages-status-overdue", &[("date", due.into())])}</strong></p> }.into_any()
        } else {
            view! { <p class="cw-body"><strong class="cw-tag">{t_args("messages-waiting-due", &[("date", due.into())])}</strong></p> }.into_any()
        }
    });
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title.clone()}</h1>
            {data.staff.then(|| view! { <p class="cw-body-l">{t_args("messages-thread-with", &[("name", data.person_name.clone().into())])}</p> })}
            {data.staff.then(|| view! { <crate::components::NeedsBanner needs=data.needs.clone() person_id=p/> })}
            <SafetyNotice safety=data.safety.clone()/>
            {(!data.staff).then(|| view! { <ReplierNotice replier=data.replier.clone() target_days=data.target_days/> })}
            {waiting}
            <ul class="cw-list cw-page-links">
                {last.map(|id| view! { <li><a href=format!("#message-{id}")>{t("messages-latest-link")}</a></li> })}
                {data.can_send.then(|| view! { <li><a href="#reply">{t("messages-reply-link")}</a></li> })}
            </ul>
            <ol class="cw-message-list" aria-label=t_args("messages-count", &[("count", data.messages.len().into())])>
                {data.messages.iter().cloned().map(|m| view! {
                    <MessageItem m person_id=p conversation_id=c.id viewer_account person_name=person_name.clone()/>
                }).collect_view()}
            </ol>
            {data.read_by.clone().map(|(name, at)| view! {
                <p class="cw-body cw-hint">{t_args("messages-read-by", &[("name", name.into()), ("date", format_instant(locale, at).into())])}</p>
            })}
            {data.can_send.then(|| view! {
                <h2 class="cw-heading-m" id="reply">{t("messages-reply-heading")}</h2>
                <form method="post" action=format!("/people/{p}/messages/{}", c.id) enctype="multipart/form-data" novalidate=true>
                    <input type="hidden" name="idem" value=form.v("idem")/>
                    <MessageFields form=form.clone() kept=data.kept.clone() bsl_first=data.own && data.needs.prefers_bsl()/>
                    <Button text=t("messages-send")/>
                </form>
            })}
            <p class="cw-body"><a href=format!("/people/{p}/messages")>{t("messages-back-to-list")}</a></p>
        </Page>
    }
}

/// `POST /people/{id}/messages/{cid}` (multipart): a reply.
pub async fn reply_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, cid)): Path<(String, String)>,
    multipart: Multipart,
) -> Response {
    let (p, c) = (super::id_of(&id), super::id_of(&cid));
    run(send(state, session, v, meta, p, Some(c), multipart)).await
}

// ---------------------------------------------------------------- one video

#[derive(Clone, Debug, Default)]
pub struct VideoData {
    pub person_id: i64,
    pub person_name: String,
    pub viewer_account: i64,
    pub conversation: Conversation,
    pub message: Message,
    pub video: Attachment,
    pub safety: Safety,
}

async fn load_video(ctx: PageCtx, person_id: i64, cid: i64, aid: i64) -> Result<VideoData, AppError> {
    let (viewer, access, conversation, list) = open(&ctx, person_id, cid).await?;
    let (message, video) = list
        .iter()
        .find_map(|m| m.videos().find(|v| v.id == aid).map(|v| (m.clone(), v.clone())))
        .ok_or(AppError::NotFound)?;
    ctx.audit(&viewer, &access, "viewed_message_file", "message_attachment", Some(aid.to_string())).await?;
    Ok(VideoData {
        person_id,
        person_name: access.person_name,
        viewer_account: viewer.account_id,
        conversation,
        message,
        video,
        safety: Safety::from_state(&ctx.state),
    })
}

#[component]
pub fn VideoPage() -> impl IntoView {
    loaded(load_video(PageCtx::current(), person_param(), param("cid"), param("aid")), |data| view! { <VideoView data/> })
}

#[component]
pub fn VideoView(data: VideoData) -> impl IntoView {
    let p = data.person_id;
    let c = data.conversation.clone();
    let who = author_line(&data.message, data.viewer_account, &data.person_name);
    let title = t_args("messages-video-title", &[("who", who.clone().into())]);
    let subject = subject_title(&c.subject_code, &c.subject_text);
    let mut crumbs = crumbs(p, &data.person_name, Some(subject.clone()));
    crumbs.pop();
    crumbs.push(crate::components::Crumb::link(subject, format!("/people/{p}/messages/{}", c.id)));
    crumbs.push(crate::components::Crumb::here(title.clone()));
    let locale = current();
    view! {
        <Page title=title.clone() crumbs=crumbs>
            <h1 class="cw-heading-l">{title.clone()}</h1>
            <SafetyNotice safety=data.safety.clone()/>
            <p class="cw-body">{t_args("messages-video-sent", &[("date", format_instant(locale, data.message.created_at).into())])}</p>
            <div class="cw-video-figure cw-video-figure--large">
                <VideoPlayer person_id=p conversation_id=c.id video=data.video.clone() label=title.clone()/>
            </div>
            <p class="cw-body cw-hint">{t(if data.video.captions_id.is_some() { "messages-video-has-captions" } else { "messages-video-no-captions" })}</p>
            {(!data.message.video_summary.is_empty()).then(|| view! {
                <h2 class="cw-heading-m">{t("messages-summary-heading")}</h2>
                <p class="cw-body cw-prewrap">{data.message.video_summary.clone()}</p>
            })}
            <ul class="cw-list">
                <li><a href=file_href(p, c.id, data.video.id)>{t("messages-video-download")}</a></li>
                <li><a href=format!("/people/{p}/messages/{}#message-{}", c.id, data.message.id)>{t("messages-video-back")}</a></li>
            </ul>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn message(body: &str) -> Message {
        Message {
            id: 7,
            author_account_id: 3,
            author_name: "Sam Morgan".into(),
            author_role: "carer".into(),
            from_person: true,
            body: body.into(),
            created_at: 1_796_126_400,
            ..Default::default()
        }
    }

    #[test]
    fn a_message_body_is_text_with_its_line_breaks() {
        let m = message("<script>alert(1)</script>\n<b>bold?</b>");
        let html = render(move || view! { <MessageItem m person_id=1 conversation_id=2 viewer_account=99 person_name="Alex".to_string()/> });
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;b&gt;bold?&lt;/b&gt;"), "{html}");
        assert!(html.contains("cw-prewrap"), "{html}");
        assert!(html.contains("Sam Morgan, carer, for Alex"), "who wrote it and for whom: {html}");
        assert!(tag_with(&html, "article", &[r#"aria-labelledby="message-7-heading""#]), "{html}");
    }

    #[test]
    fn a_video_plays_only_when_asked_with_its_captions() {
        let mut m = message("");
        m.attachments = vec![
            Attachment { id: 11, message_id: 7, kind: "video".into(), content_type: "video/mp4".into(), size: 1000, file_name: "bsl.mp4".into(), captions_id: Some(12) },
            Attachment { id: 12, message_id: 7, kind: "captions".into(), content_type: "text/vtt".into(), size: 100, file_name: "bsl.vtt".into(), captions_id: None },
        ];
        m.video_summary = "I need help on Tuesday.".into();
        let html = render(move || view! { <MessageItem m person_id=1 conversation_id=2 viewer_account=3 person_name="Alex".to_string()/> });
        assert!(tag_with(&html, "video", &["controls", r#"src="/people/1/messages/2/files/11""#]), "{html}");
        assert!(!html.contains("autoplay"), "{html}");
        assert!(tag_with(&html, "track", &[r#"kind="captions""#, r#"src="/people/1/messages/2/files/12""#, "default"]), "{html}");
        assert!(html.contains("I need help on Tuesday."), "{html}");
        assert!(html.contains("You, for Alex"), "the carer sees their own message as theirs: {html}");
        assert!(!html.contains("bsl.vtt"), "captions are not listed as a file: {html}");
    }

}
