//! `/people/{id}/messages`: the person's conversations with their
//! practice, and `/people/{id}/messages/new` to start one.

use super::{form_name, run, send, subject_choices, subject_title, MessageFields, ReplierNotice, Safety, SafetyNotice};
use crate::auth::{Client, SignedIn};
use crate::authz::{Action, Relationship};
use crate::components::{Button, Crumb, EasyReadPoints, ErrorSummary, NeedsBanner, NotificationBanner, PageVersions, Radios, TextInput, Versions};
use crate::needs::Needs;
use crate::dates::format_instant;
use crate::error::AppError;
use crate::forms::FormState;
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::messages::{self, Conversation, Replier, SUBJECT_MAX};
use crate::pages::people::{may, person_crumbs, person_param};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use crate::uploads::{self, Pending};
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

/// Home › person › Messages (› here).
pub fn crumbs(p: i64, name: &str, here: Option<String>) -> Vec<Crumb> {
    let mut c = person_crumbs(p, name, Some(t("messages-title")));
    if let Some(h) = here {
        c.pop();
        c.push(Crumb::link(t("messages-title"), format!("/people/{p}/messages")));
        c.push(Crumb::here(h));
    }
    c
}

#[derive(Clone, Debug, Default)]
pub struct ListData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub staff: bool,
    pub conversations: Vec<Conversation>,
    pub can_send: bool,
    pub replier: Replier,
    pub target_days: u32,
    pub safety: Safety,
    pub notice: Option<String>,
    pub versions: Versions,
    pub needs: Needs,
}

async fn load_list(ctx: PageCtx, person_id: i64) -> Result<ListData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ReadMessages).await?;
    let db = &ctx.state.db;
    let conversations = messages::for_person(db, person_id, viewer.account_id).await?;
    ctx.audit(&viewer, &access, "viewed_conversations", "conversation", None).await?;
    Ok(ListData {
        person_id,
        own: access.relationship == Relationship::Own,
        staff: viewer.role.is_staff(),
        can_send: may(viewer.role, &access.relationship, Action::SendMessage),
        replier: messages::replier(db, person_id, &ctx.state.clock.today()).await?,
        target_days: messages::reply_target(db, person_id).await?,
        safety: Safety::from_state(&ctx.state),
        notice: ctx.take_notice().await?,
        versions: ctx.versions("messages").await?,
        needs: crate::needs::load(db, person_id).await?,
        person_name: access.person_name,
        conversations,
    })
}

#[component]
pub fn ConversationsPage() -> impl IntoView {
    loaded(load_list(PageCtx::current(), person_param()), |data| view! { <ConversationsView data/> })
}

/// A conversation's state in words (never colour alone).
fn status_text(c: &Conversation, staff: bool) -> String {
    if c.unread > 0 {
        t_args("messages-status-unread", &[("count", c.unread.into())])
    } else if c.waiting_since.is_some() {
        t(if staff { "messages-status-waiting-us" } else { "messages-status-waiting-them" })
    } else {
        t(if staff { "messages-status-answered-us" } else { "messages-status-answered-them" })
    }
}

#[component]
pub fn ConversationsView(data: ListData) -> impl IntoView {
    let p = data.person_id;
    let title = t(if data.own { "messages-title-own" } else { "messages-title" });
    let locale = current();
    let staff = data.staff;
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, None)>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <PageVersions versions=data.versions/>
            {(!data.own).then(|| view! { <p class="cw-body-l">{t_args("messages-lead-other", &[("name", data.person_name.clone().into())])}</p> })}
            {staff.then(|| view! { <NeedsBanner needs=data.needs.clone() person_id=p/> })}
            <EasyReadPoints key="messages"/>
            <SafetyNotice safety=data.safety.clone()/>
            {(!staff).then(|| view! { <ReplierNotice replier=data.replier.clone() target_days=data.target_days/> })}
            {data.can_send.then(|| view! {
                <p class="cw-body"><a class="cw-button" href=format!("/people/{p}/messages/new")>{t("messages-start")}</a></p>
            })}
            {if data.conversations.is_empty() {
                view! { <p class="cw-body">{t("messages-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("messages-list-caption", &[("count", data.conversations.len().into())])}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("messages-col-subject")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-col-last")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-col-status")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.conversations.iter().map(|c| view! {
                                <tr class="cw-table__row">
                                    <th scope="row" class="cw-table__header">
                                        <a href=format!("/people/{p}/messages/{}", c.id)>{subject_title(&c.subject_code, &c.subject_text)}</a>
                                    </th>
                                    <td class="cw-table__cell">{format_instant(locale, c.last_message_at)}</td>
                                    <td class="cw-table__cell">{if c.unread > 0 {
                                        view! { <strong class="cw-tag">{status_text(c, staff)}</strong> }.into_any()
                                    } else {
                                        view! { {status_text(c, staff)} }.into_any()
                                    }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </Page>
    }
}

// ---------------------------------------------------------------- a new conversation

#[derive(Clone, Debug, Default)]
pub struct NewData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub staff: bool,
    pub replier: Replier,
    pub target_days: u32,
    pub safety: Safety,
    pub form: FormState,
    pub kept: Vec<Pending>,
    pub versions: Versions,
    pub needs: Needs,
}

async fn load_new(ctx: PageCtx, person_id: i64) -> Result<NewData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::SendMessage).await?;
    let db = &ctx.state.db;
    let mut form = ctx.take_form(&form_name(None)).await?.unwrap_or_default();
    if form.value("idem").is_none() {
        form.values.insert("idem".into(), crate::auth::tokens::new_token());
    }
    let kept = uploads::kept(db, viewer.account_id, person_id, &uploads::ids_from(&[&form.v("kept")])).await?;
    Ok(NewData {
        person_id,
        own: access.relationship == Relationship::Own,
        staff: viewer.role.is_staff(),
        replier: messages::replier(db, person_id, &ctx.state.clock.today()).await?,
        target_days: messages::reply_target(db, person_id).await?,
        safety: Safety::from_state(&ctx.state),
        versions: ctx.versions("messages").await?,
        needs: crate::needs::load(db, person_id).await?,
        person_name: access.person_name,
        form,
        kept,
    })
}

#[component]
pub fn NewConversationPage() -> impl IntoView {
    loaded(load_new(PageCtx::current(), person_param()), |data| view! { <NewConversationView data/> })
}

#[component]
pub fn NewConversationView(data: NewData) -> impl IntoView {
    let p = data.person_id;
    let title = t("messages-new-title");
    let form = data.form.clone();
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <PageVersions versions=data.versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <PageVersions versions=data.versions/>
            {(!data.own).then(|| view! { <p class="cw-body-l">{t_args("messages-lead-other", &[("name", data.person_name.clone().into())])}</p> })}
            {data.staff.then(|| view! { <NeedsBanner needs=data.needs.clone() person_id=p/> })}
            <SafetyNotice safety=data.safety.clone()/>
            {(!data.staff).then(|| view! { <ReplierNotice replier=data.replier.clone() target_days=data.target_days/> })}
            <form method="post" action=format!("/people/{p}/messages/new") enctype="multipart/form-data" novalidate=true>
                <input type="hidden" name="idem" value=form.v("idem")/>
                <Radios name="subject" legend=t("messages-subject-legend") choices=subject_choices(data.own)
                    selected=form.v("subject") error=form.error_text("subject")/>
                <TextInput name="subject-text" label=t("messages-subject-text-label") hint=t_args("messages-subject-text-hint", &[("count", (SUBJECT_MAX as i64).into())])
                    value=form.v("subject-text") error=form.error_text("subject-text")/>
                <MessageFields form=form.clone() kept=data.kept.clone() bsl_first=data.own && data.needs.prefers_bsl()/>
                <Button text=t("messages-send")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/messages/new` (multipart).
pub async fn start_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Response {
    run(send(state, session, v, meta, super::id_of(&id), None, multipart)).await
}
