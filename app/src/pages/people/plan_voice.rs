//! The person's voice on their plan: a comment or "I don't agree" on a
//! section (sent from the section page), every comment in one list with
//! the worker's answers, and "ask for an early review" with its states.
//! The person, or a carer who may see the plan, speaks (`SpeakOnPlan`);
//! staff answer and move reviews on (`EditPlan`).

use super::plan::{comment_form, CommentList, COMMENT_MAX, SECTIONS};
use super::{param, person_crumbs, person_param};
use crate::auth::{tokens, Client, SignedIn, Viewer};
use crate::authz::Action;
use crate::components::{
    Button, Choice, Crumb, DateInput, ErrorSummary, NotificationBanner, Radios, SummaryList,
    SummaryRow, Tag, TextInput, Textarea,
};
use crate::dates::{format_date, format_instant};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::plan::voice::{
    self, Comment, NewComment, NewReview, ReviewRequest, CONTACTS, KINDS, REVIEW_STATES,
};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

const REVIEW_FORM: &str = "plan-review";
const REASON_MAX: usize = 2000;

fn crumbs(p: i64, name: &str, here: String) -> Vec<Crumb> {
    let mut c = person_crumbs(p, name, Some(here.clone()));
    c.pop();
    c.push(Crumb::link(t("plan-title"), format!("/people/{p}/plan")));
    c.push(Crumb::here(here));
    c
}

fn role_code(v: &Viewer) -> &'static str {
    v.role.code()
}

use crate::pages::run;

// ---------------------------------------------------------------- comments

/// `POST /people/{id}/plan/{section}`: a comment or "I don't agree".
pub async fn comment_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, section)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    run(async {
        let access = state.authorise(&v, person_id, Action::SpeakOnPlan).await?;
        if !SECTIONS.iter().any(|(c, _)| *c == section) {
            return Err(AppError::NotFound);
        }
        let Some(version) = crate::plan::current_agreed(&state.db, person_id).await? else {
            return Err(AppError::NotFound);
        };
        let f = Fields(fields);
        let back = format!("/people/{person_id}/plan/{section}");
        let mut form = FormState::new(&comment_form(&section));
        let kind = form.choice(&f, "kind", &KINDS, Msg("plan-comment-error-kind"));
        let body = form.text(
            &f,
            "body",
            COMMENT_MAX,
            Some(Msg(if kind == "disagree" {
                "plan-comment-error-reason-empty"
            } else {
                "plan-comment-error-empty"
            })),
        );
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        let idem = f.idem();
        let new = voice::add_comment(
            &state.db,
            NewComment {
                person_id,
                version_id: version.id,
                section: &section,
                kind: &kind,
                body: &body,
                author_account_id: v.account_id,
                author_role: role_code(&v),
                idem_key: &idem,
                now: state.clock.now(),
            },
        )
        .await?;
        if new {
            state
                .audit(
                    &v,
                    &access,
                    "commented_on_plan",
                    "plan_comment",
                    None,
                    &meta,
                )
                .await?;
        }
        Ok(forms::done(
            &session,
            Msg("plan-comment-sent"),
            &format!("{back}#comments"),
        )
        .await)
    })
    .await
}

#[derive(Clone, Debug, Default)]
pub struct CommentsData {
    pub person_id: i64,
    pub person_name: String,
    pub comments: Vec<Comment>,
    pub can_answer: bool,
    pub can_speak: bool,
}

async fn load_comments(ctx: PageCtx, person_id: i64) -> Result<CommentsData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewPlan).await?;
    let mut comments = voice::comments(&ctx.state.db, person_id, None).await?;
    // Waiting for an answer first, then newest first.
    comments.sort_by_key(|c| (c.answer.is_some(), -c.created_at));
    ctx.audit(
        &viewer,
        &access,
        "viewed_plan_comments",
        "plan_comment",
        None,
    )
    .await?;
    Ok(CommentsData {
        person_id,
        can_answer: super::may(viewer.role, &access.relationship, Action::EditPlan),
        can_speak: super::may(viewer.role, &access.relationship, Action::SpeakOnPlan),
        person_name: access.person_name,
        comments,
    })
}

#[component]
pub fn PlanCommentsPage() -> impl IntoView {
    loaded(
        load_comments(PageCtx::current(), person_param()),
        |data| view! { <PlanCommentsView data/> },
    )
}

#[component]
pub fn PlanCommentsView(data: CommentsData) -> impl IntoView {
    let p = data.person_id;
    let title = t("plan-comments-title");
    let waiting = data.comments.iter().filter(|c| c.answer.is_none()).count();
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, title.clone())>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t_args("plan-comments-waiting", &[("count", waiting.into())])}</p>
            {data.can_speak.then(|| view! { <p class="cw-body">{t("plan-comments-how")}</p> })}
            <CommentList comments=data.comments person_id=p can_answer=data.can_answer/>
        </Page>
    }
}

#[derive(Clone, Debug, Default)]
pub struct AnswerData {
    pub person_id: i64,
    pub person_name: String,
    pub comment: Comment,
    pub form: Option<FormState>,
}

fn answer_form(id: i64) -> String {
    format!("plan-answer-{id}")
}

async fn load_answer(
    ctx: PageCtx,
    person_id: i64,
    comment_id: i64,
) -> Result<AnswerData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::EditPlan).await?;
    let comment = voice::comment(&ctx.state.db, person_id, comment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_plan_comments",
        "plan_comment",
        Some(comment_id.to_string()),
    )
    .await?;
    Ok(AnswerData {
        person_id,
        person_name: access.person_name,
        form: ctx.take_form(&answer_form(comment_id)).await?,
        comment,
    })
}

#[component]
pub fn PlanAnswerPage() -> impl IntoView {
    loaded(
        load_answer(PageCtx::current(), person_param(), param("cid")),
        |data| view! { <PlanAnswerView data/> },
    )
}

#[component]
pub fn PlanAnswerView(data: AnswerData) -> impl IntoView {
    let p = data.person_id;
    let c = data.comment.clone();
    let title = t("plan-answer-title");
    let form = data.form.unwrap_or_default();
    let value = form.or("answer", c.answer.clone().unwrap_or_default());
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <CommentList comments=vec![c.clone()] person_id=p can_answer=false/>
            <form method="post" action=format!("/people/{p}/plan/comments/{}", c.id) novalidate=true>
                <Textarea name="answer" label=t("plan-answer-label") hint=t("plan-answer-hint") value=value error=form.error_text("answer") max_chars=COMMENT_MAX rows=5/>
                <Button text=t("plan-answer-send")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/plan/comments/{cid}`: the worker's answer.
pub async fn answer_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, cid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let comment_id = cid.parse::<i64>().unwrap_or(0);
    run(async {
        let access = state.authorise(&v, person_id, Action::EditPlan).await?;
        let back = format!("/people/{person_id}/plan/comments/{comment_id}");
        let f = Fields(fields);
        let mut form = FormState::new(&answer_form(comment_id));
        let answer = form.text(
            &f,
            "answer",
            COMMENT_MAX,
            Some(Msg("plan-answer-error-empty")),
        );
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        if !voice::answer(
            &state.db,
            person_id,
            comment_id,
            &answer,
            v.account_id,
            state.clock.now(),
        )
        .await?
        {
            return Err(AppError::NotFound);
        }
        state
            .audit(
                &v,
                &access,
                "answered_plan_comment",
                "plan_comment",
                Some(comment_id.to_string()),
                &meta,
            )
            .await?;
        Ok(forms::done(
            &session,
            Msg("plan-answer-sent"),
            &format!("/people/{person_id}/plan/comments"),
        )
        .await)
    })
    .await
}

// ---------------------------------------------------------------- early review

#[derive(Clone, Debug, Default)]
pub struct ReviewData {
    pub person_id: i64,
    pub person_name: String,
    pub requests: Vec<ReviewRequest>,
    pub can_speak: bool,
    pub can_edit: bool,
    pub next_review_due: Option<String>,
    pub idem: String,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

async fn load_review(ctx: PageCtx, person_id: i64) -> Result<ReviewData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewPlan).await?;
    let requests = voice::reviews(&ctx.state.db, person_id).await?;
    let next_review_due = crate::plan::current_agreed(&ctx.state.db, person_id)
        .await?
        .and_then(|v| v.next_review_due);
    ctx.audit(
        &viewer,
        &access,
        "viewed_review_requests",
        "review_request",
        None,
    )
    .await?;
    Ok(ReviewData {
        person_id,
        can_speak: super::may(viewer.role, &access.relationship, Action::SpeakOnPlan),
        can_edit: super::may(viewer.role, &access.relationship, Action::EditPlan),
        person_name: access.person_name,
        requests,
        next_review_due,
        idem: tokens::new_token(),
        form: ctx.take_form(REVIEW_FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn PlanReviewPage() -> impl IntoView {
    loaded(
        load_review(PageCtx::current(), person_param()),
        |data| view! { <PlanReviewView data/> },
    )
}

fn state_label(code: &str) -> String {
    t(&format!("plan-review-state-{code}"))
}

fn contact_label(code: &str) -> String {
    t(&format!("plan-review-contact-{code}"))
}

fn request_rows(r: &ReviewRequest) -> Vec<SummaryRow> {
    let locale = current();
    let mut rows = vec![
        SummaryRow::new(t("plan-review-status"), state_label(&r.status)),
        SummaryRow::new(
            t("plan-review-asked"),
            t_args(
                "plan-review-asked-by",
                &[
                    ("name", r.requested_by_name.clone().into()),
                    ("date", format_instant(locale, r.created_at).into()),
                ],
            ),
        ),
        SummaryRow::new(t("plan-review-reason"), r.reason.clone()),
        SummaryRow::new(
            t("plan-review-contact"),
            if r.contact_detail.is_empty() {
                contact_label(&r.contact)
            } else {
                format!("{} ({})", contact_label(&r.contact), r.contact_detail)
            },
        ),
    ];
    if let Some(d) = &r.booked_for {
        rows.push(SummaryRow::new(
            t("plan-review-booked-for"),
            format_date(locale, d),
        ));
    }
    if !r.note.is_empty() {
        rows.push(SummaryRow::new(t("plan-review-note"), r.note.clone()));
    }
    rows
}

#[component]
pub fn PlanReviewView(data: ReviewData) -> impl IntoView {
    let p = data.person_id;
    let title = t("plan-review-title");
    let form = data.form.clone().unwrap_or_default();
    let locale = current();
    let open = data.requests.iter().any(ReviewRequest::is_open);
    let contacts: Vec<Choice> = CONTACTS
        .iter()
        .map(|c| Choice::new(*c, contact_label(c)))
        .collect();
    let ask = (data.can_speak && !open).then(|| view! {
        <h2 class="cw-heading-m">{t("plan-review-ask-heading")}</h2>
        <form method="post" action=format!("/people/{p}/plan/review") novalidate=true>
            <input type="hidden" name="idem" value=data.idem.clone()/>
            <Textarea name="reason" label=t("plan-review-reason-label") hint=t("plan-review-reason-hint") value=form.v("reason") error=form.error_text("reason") max_chars=REASON_MAX rows=5/>
            <Radios name="contact" legend=t("plan-review-contact-legend") choices=contacts selected=form.v("contact") error=form.error_text("contact")/>
            <TextInput name="contact-detail" label=t("plan-review-contact-detail") hint=t("plan-review-contact-detail-hint") value=form.v("contact-detail") error=form.error_text("contact-detail")/>
            <Button text=t("plan-review-send")/>
        </form>
    });
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{match &data.next_review_due {
                Some(d) => t_args("plan-review-next", &[("date", format_date(locale, d).into())]),
                None => t("plan-review-next-none"),
            }}</p>
            <p class="cw-body">{t("plan-review-lead")}</p>
            {(data.can_speak && open).then(|| view! { <p class="cw-body">{t("plan-review-open")}</p> })}
            {ask}
            <h2 class="cw-heading-m">{t("plan-review-requests-heading")}</h2>
            {if data.requests.is_empty() {
                view! { <p class="cw-body">{t("plan-review-none")}</p> }.into_any()
            } else {
                data.requests.iter().map(|r| {
                    let heading_id = format!("review-{}", r.id);
                    let update = data.can_edit.then(|| view! {
                        <p class="cw-body"><a href=format!("/people/{p}/plan/review/{}", r.id)>{t("plan-review-update-link")}<span class="cw-visually-hidden">" " {format_instant(locale, r.created_at)}</span></a></p>
                    });
                    view! {
                        <section class="cw-summary-card" aria-labelledby=heading_id.clone()>
                            <h3 class="cw-heading-s" id=heading_id.clone()>{t_args("plan-review-request-heading", &[("date", format_instant(locale, r.created_at).into())])}<Tag text=state_label(&r.status)/></h3>
                            <SummaryList rows=request_rows(r)/>
                            {update}
                        </section>
                    }
                }).collect_view().into_any()
            }}
        </Page>
    }
}

/// `POST /people/{id}/plan/review`: ask for an early review.
pub async fn review_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    run(async {
        let access = state.authorise(&v, person_id, Action::SpeakOnPlan).await?;
        let back = format!("/people/{person_id}/plan/review");
        let f = Fields(fields);
        let idem = f.idem();
        let existing = voice::reviews(&state.db, person_id).await?;
        let mut form = FormState::new(REVIEW_FORM);
        let reason = form.text(
            &f,
            "reason",
            REASON_MAX,
            Some(Msg("plan-review-error-reason-empty")),
        );
        let contact = form.choice(&f, "contact", &CONTACTS, Msg("plan-review-error-contact"));
        let detail = form.text(&f, "contact-detail", 200, None);
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        // One open request at a time; a second click is the same request.
        if existing.iter().any(ReviewRequest::is_open) {
            return Ok(forms::done(&session, Msg("plan-review-sent"), &back).await);
        }
        let new = voice::ask_for_review(
            &state.db,
            NewReview {
                person_id,
                reason: &reason,
                contact: &contact,
                contact_detail: &detail,
                requested_by: v.account_id,
                requester_role: role_code(&v),
                idem_key: &idem,
                now: state.clock.now(),
            },
        )
        .await?;
        if new {
            state
                .audit(
                    &v,
                    &access,
                    "asked_for_review",
                    "review_request",
                    None,
                    &meta,
                )
                .await?;
        }
        Ok(forms::done(&session, Msg("plan-review-sent"), &back).await)
    })
    .await
}

#[derive(Clone, Debug, Default)]
pub struct ReviewUpdateData {
    pub person_id: i64,
    pub person_name: String,
    pub request: ReviewRequest,
    pub form: Option<FormState>,
}

fn update_form(id: i64) -> String {
    format!("plan-review-{id}")
}

async fn load_review_update(
    ctx: PageCtx,
    person_id: i64,
    rid: i64,
) -> Result<ReviewUpdateData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::EditPlan).await?;
    let request = voice::reviews(&ctx.state.db, person_id)
        .await?
        .into_iter()
        .find(|r| r.id == rid)
        .ok_or(AppError::NotFound)?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_review_requests",
        "review_request",
        Some(rid.to_string()),
    )
    .await?;
    Ok(ReviewUpdateData {
        person_id,
        person_name: access.person_name,
        form: ctx.take_form(&update_form(rid)).await?,
        request,
    })
}

#[component]
pub fn PlanReviewUpdatePage() -> impl IntoView {
    loaded(
        load_review_update(PageCtx::current(), person_param(), param("rid")),
        |data| view! { <PlanReviewUpdateView data/> },
    )
}

#[component]
pub fn PlanReviewUpdateView(data: ReviewUpdateData) -> impl IntoView {
    let p = data.person_id;
    let r = data.request.clone();
    let title = t("plan-review-update-title");
    let form = data.form.unwrap_or_default();
    let states: Vec<Choice> = REVIEW_STATES
        .iter()
        .map(|s| {
            Choice::new(*s, state_label(s)).with_hint(t(&format!("plan-review-state-{s}-hint")))
        })
        .collect();
    let status = form.or("status", r.status.clone());
    let booked = form.date_or("booked-for", r.booked_for.as_deref());
    let note = form.or("note", r.note.clone());
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <SummaryList rows=request_rows(&r)/>
            <form method="post" action=format!("/people/{p}/plan/review/{}", r.id) novalidate=true>
                <Radios name="status" legend=t("plan-review-status") choices=states selected=status error=form.error_text("status")/>
                <DateInput name="booked-for" legend=t("plan-review-booked-for") hint=t("plan-review-booked-hint") value=booked error=form.error_text("booked-for")/>
                <Textarea name="note" label=t("plan-review-note") hint=t("plan-review-note-hint") value=note error=form.error_text("note") max_chars=REASON_MAX rows=4/>
                <Button text=t("plan-review-update-send")/>
            </form>
        </Page>
    }
}

/// `POST /people/{id}/plan/review/{rid}`: the worker moves it on.
pub async fn review_update_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, rid)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let rid = rid.parse::<i64>().unwrap_or(0);
    run(async {
        let access = state.authorise(&v, person_id, Action::EditPlan).await?;
        let back = format!("/people/{person_id}/plan/review/{rid}");
        let f = Fields(fields);
        let mut form = FormState::new(&update_form(rid));
        let status = form.choice(
            &f,
            "status",
            &REVIEW_STATES,
            Msg("plan-review-error-status"),
        );
        form.keep_date(&f, "booked-for");
        let booked = match forms::typed_date(&f, "booked-for") {
            Ok(None) if status == "booked" => {
                form.push("booked-for", Msg("plan-review-error-booked-empty"));
                None
            }
            Ok(d) => d,
            Err(()) => {
                form.push("booked-for", Msg("draft-error-date-invalid"));
                None
            }
        };
        let note = form.text(&f, "note", REASON_MAX, None);
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, &back).await);
        }
        if !voice::update_review(
            &state.db,
            person_id,
            rid,
            &status,
            booked.as_deref(),
            &note,
            v.account_id,
            state.clock.now(),
        )
        .await?
        {
            return Err(AppError::NotFound);
        }
        state
            .audit(
                &v,
                &access,
                "updated_review_request",
                "review_request",
                Some(rid.to_string()),
                &meta,
            )
            .await?;
        Ok(forms::done(
            &session,
            Msg("plan-review-updated"),
            &format!("/people/{person_id}/plan/review"),
        )
        .await)
    })
    .await
}
