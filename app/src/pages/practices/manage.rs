//! The practice manager's own pages: the practice's public profile
//! (`/practice/profile`), moderating people's reviews
//! (`/practice/reviews`), and requests to move to or from the practice
//! (`/practice/switches`). Only the manager of that practice.

use super::switch::{tell, SwitchHistory};
use super::{group_label, language_label, organisation_label, profile::RatingText};
use crate::auth::{Client, Role, SignedIn, Viewer};
use crate::authz::{Access, Relationship};
use crate::components::{Button, Checkboxes, Choice, Crumb, ErrorSummary, NotificationBanner, Radios, TextInput, Textarea};
use crate::error::{AppError, Msg};
use crate::forms::{self, FieldError, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::pages::{loaded, run, PageCtx};
use crate::practices::reviews::{self, Review};
use crate::practices::switch::{self, Switch};
use crate::practices::{self, is_web_address, Profile, Registration, GROUPS, LANGUAGES, ORGANISATION_TYPES};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

fn manager_practice(v: &Viewer) -> Result<i64, AppError> {
    match (v.role, v.practice_id) {
        (Role::PracticeManager, Some(p)) => Ok(p),
        _ => Err(AppError::Forbidden),
    }
}

fn crumbs(here: String) -> Vec<Crumb> {
    vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(t("practices-manage-title"), "/practice/profile"), Crumb::here(here)]
}

/// Links between the manager's practice pages.
#[component]
fn ManageLinks() -> impl IntoView {
    view! {
        <ul class="cw-list cw-page-links">
            <li><a href="/practice/profile">{t("practices-manage-profile-link")}</a></li>
            <li><a href="/practice/reviews">{t("practices-manage-reviews-link")}</a></li>
            <li><a href="/practice/switches">{t("practices-manage-switches-link")}</a></li>
            <li><a href="/practice/settings">{t("messages-settings-link")}</a></li>
        </ul>
    }
}

// ---------------------------------------------------------------- the profile

const PROFILE_FORM: &str = "practice-profile";

#[derive(Clone, Debug, Default)]
pub struct ProfileFormData {
    pub practice: Profile,
    pub councils: Vec<(i64, String)>,
    pub form: FormState,
    pub notice: Option<String>,
}

async fn load_profile(ctx: PageCtx) -> Result<ProfileFormData, AppError> {
    let p = manager_practice(ctx.viewer()?)?;
    let db = &ctx.state.db;
    Ok(ProfileFormData {
        practice: practices::profile(db, p).await?.ok_or(AppError::NotFound)?,
        councils: practices::councils(db).await?,
        form: ctx.take_form(PROFILE_FORM).await?.unwrap_or_default(),
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn ManageProfilePage() -> impl IntoView {
    loaded(load_profile(PageCtx::current()), |data| view! { <ManageProfileView data/> })
}

fn registration(p: &Profile, regulator: &str) -> Registration {
    p.registrations.iter().find(|r| r.regulator == regulator).cloned().unwrap_or_default()
}

#[component]
pub fn ManageProfileView(data: ProfileFormData) -> impl IntoView {
    let p = data.practice.clone();
    let form = data.form.clone();
    let title = t("practices-manage-title");
    let kept = form.clone();
    let or = move |k: &str, saved: &str| kept.or(k, saved.to_string());
    let flags: Vec<String> = [("bsl", p.bsl_staff), ("deafblind", p.deafblind), ("home-visits", p.home_visits)]
        .into_iter()
        .filter(|(_, on)| *on)
        .map(|(k, _)| k.to_string())
        .collect();
    let swe = registration(&p, "swe");
    let cqc = registration(&p, "cqc");
    view! {
        <Page title=title.clone() crumbs=crate::layout::crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <ManageLinks/>
            <p class="cw-body">{t("practices-manage-lead")}" "<a href=format!("/practices/{}", p.id)>{t("practices-manage-see-public")}</a></p>
            <form method="post" action="/practice/profile" novalidate=true>
                <TextInput name="name" label=t("practices-field-name") value=or("name", &p.name) error=form.error_text("name")/>
                <TextInput name="summary" label=t("practices-field-summary") hint=t("practices-field-summary-hint") value=or("summary", &p.summary) error=form.error_text("summary")/>
                <Textarea name="description" label=t("practices-field-description") value=or("description", &p.description) error=form.error_text("description") max_chars=4000 rows=5/>
                <Radios name="organisation-type" legend=t("practices-run-by") choices=ORGANISATION_TYPES.iter().map(|o| Choice::new(*o, organisation_label(o))).collect()
                    selected=or("organisation-type", &p.organisation_type) error=form.error_text("organisation-type")/>
                <Radios name="accepting" legend=t("practices-field-accepting") inline=true
                    choices=vec![Choice::new("yes", t("practices-yes")), Choice::new("no", t("practices-no"))]
                    selected=or("accepting", if p.accepting_new { "yes" } else { "no" }) error=form.error_text("accepting")/>
                <TextInput name="wait-weeks" label=t("practices-field-wait") hint=t("practices-field-wait-hint") width="4" inputmode="numeric"
                    value=or("wait-weeks", &p.wait_weeks.map(|w| w.to_string()).unwrap_or_default()) error=form.error_text("wait-weeks")/>
                <Checkboxes name="councils" legend=t("practices-councils") choices=data.councils.iter().map(|(id, n)| Choice::new(id.to_string(), n.clone())).collect()
                    selected=form.list_or("councils", p.councils.iter().map(|(id, _)| id.to_string()).collect()) error=form.error_text("councils")/>
                <Checkboxes name="groups" legend=t("practices-supports") choices=GROUPS.iter().map(|g| Choice::new(*g, group_label(g))).collect()
                    selected=form.list_or("groups", p.groups.clone()) error=form.error_text("groups")/>
                <Checkboxes name="languages" legend=t("practices-languages") choices=LANGUAGES.iter().map(|l| Choice::new(*l, language_label(l))).collect()
                    selected=form.list_or("languages", p.languages.clone())/>
                <Checkboxes name="communication" legend=t("practices-communication-heading")
                    choices=vec![Choice::new("bsl", t("practices-bsl-staff")), Choice::new("deafblind", t("practices-deafblind")), Choice::new("home-visits", t("practices-home-visits"))]
                    selected=form.list_or("communication", flags)/>
                <Textarea name="premises" label=t("practices-premises-heading") hint=t("practices-field-premises-hint") value=or("premises", &p.premises) error=form.error_text("premises") max_chars=2000 rows=4/>
                <h2 class="cw-heading-m">{t("practices-contact-heading")}</h2>
                <TextInput name="website" label=t("practices-field-website") value=or("website", &p.website) error=form.error_text("website") input_type="url"/>
                <TextInput name="email" label=t("practices-email") value=or("email", &p.email) error=form.error_text("email") input_type="email" autocomplete="email"/>
                <TextInput name="phone" label=t("practices-phone") value=or("phone", &p.phone) error=form.error_text("phone") input_type="tel" autocomplete="tel"/>
                <TextInput name="address" label=t("practices-address") value=or("address", &p.address) error=form.error_text("address")/>
                <TextInput name="postcode" label=t("practices-field-postcode") value=or("postcode", &p.postcode) error=form.error_text("postcode") width="10"/>
                <Textarea name="opening-hours" label=t("practices-opening") hint=t("practices-field-opening-hint") value=or("opening-hours", &p.opening_hours) error=form.error_text("opening-hours") max_chars=500 rows=3/>
                <h2 class="cw-heading-m">{t("practices-accountable-heading")}</h2>
                <TextInput name="swe-reference" label=t("practices-field-swe") value=or("swe-reference", &swe.reference) error=form.error_text("swe-reference")/>
                <TextInput name="swe-url" label=t("practices-field-swe-url") value=or("swe-url", &swe.url) error=form.error_text("swe-url") input_type="url"/>
                <TextInput name="cqc-reference" label=t("practices-field-cqc") hint=t("practices-field-cqc-hint") value=or("cqc-reference", &cqc.reference) error=form.error_text("cqc-reference")/>
                <TextInput name="cqc-url" label=t("practices-field-cqc-url") value=or("cqc-url", &cqc.url) error=form.error_text("cqc-url") input_type="url"/>
                <Textarea name="complaints-text" label=t("practices-field-complaints") value=or("complaints-text", &p.complaints_text) error=form.error_text("complaints-text") max_chars=2000 rows=4/>
                <TextInput name="complaints-url" label=t("practices-field-complaints-url") value=or("complaints-url", &p.complaints_url) error=form.error_text("complaints-url") input_type="url"/>
                <TextInput name="advocacy-url" label=t("practices-field-advocacy-url") value=or("advocacy-url", &p.advocacy_url) error=form.error_text("advocacy-url") input_type="url"/>
                <Button text=t("practices-manage-save")/>
            </form>
        </Page>
    }
}

/// `POST /practice/profile`.
pub async fn profile_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        let id = manager_practice(&v)?;
        let db = &state.db;
        let f = Fields(fields);
        let mut form = FormState::new(PROFILE_FORM);
        let back = "/practice/profile";
        let mut p = Profile { id, ..Default::default() };
        p.name = form.text(&f, "name", 200, Some(Msg("practices-error-name")));
        p.summary = form.text(&f, "summary", 500, Some(Msg("practices-error-summary")));
        p.description = form.text(&f, "description", 4000, None);
        p.organisation_type = form.choice(&f, "organisation-type", &ORGANISATION_TYPES, Msg("practices-error-choose"));
        p.accepting_new = form.choice(&f, "accepting", &["yes", "no"], Msg("practices-error-choose")) == "yes";
        let wait = form.text(&f, "wait-weeks", 10, None);
        p.wait_weeks = if wait.is_empty() {
            None
        } else {
            match wait.parse::<i64>().ok().filter(|w| (0..=104).contains(w)) {
                Some(w) => Some(w),
                None => {
                    form.push("wait-weeks", Msg("practices-error-wait"));
                    None
                }
            }
        };
        let all_councils = practices::councils(db).await?;
        let list = |name: &str, allowed: &[String], form: &mut FormState| -> Vec<String> {
            let picked: Vec<String> = f.all(name).into_iter().filter(|x| allowed.iter().any(|a| a == x)).map(str::to_string).collect();
            form.values.insert(name.to_string(), picked.join(","));
            picked
        };
        let council_ids: Vec<String> = all_councils.iter().map(|(id, _)| id.to_string()).collect();
        let councils = list("councils", &council_ids, &mut form);
        if councils.is_empty() {
            form.push("councils", Msg("practices-error-councils"));
        }
        p.councils = all_councils.iter().filter(|(id, _)| councils.contains(&id.to_string())).cloned().collect();
        let groups: Vec<String> = GROUPS.iter().map(|g| g.to_string()).collect();
        p.groups = list("groups", &groups, &mut form);
        if p.groups.is_empty() {
            form.push("groups", Msg("practices-error-groups"));
        }
        let languages: Vec<String> = LANGUAGES.iter().map(|g| g.to_string()).collect();
        p.languages = list("languages", &languages, &mut form);
        let comm = list("communication", &["bsl".into(), "deafblind".into(), "home-visits".into()], &mut form);
        p.bsl_staff = comm.iter().any(|c| c == "bsl");
        p.deafblind = comm.iter().any(|c| c == "deafblind");
        p.home_visits = comm.iter().any(|c| c == "home-visits");
        p.premises = form.text(&f, "premises", 2000, None);
        p.phone = form.text(&f, "phone", 40, None);
        p.address = form.text(&f, "address", 300, None);
        p.postcode = form.text(&f, "postcode", 10, None);
        p.opening_hours = form.text(&f, "opening-hours", 500, None);
        p.complaints_text = form.text(&f, "complaints-text", 2000, None);
        let email = form.text(&f, "email", 254, None);
        if !email.is_empty() && !forms::looks_like_email(&email) {
            form.push("email", Msg("auth-error-email-format"));
        }
        p.email = email;
        let web = |name: &str, form: &mut FormState| -> String {
            let u = form.text(&f, name, 300, None);
            if !u.is_empty() && !is_web_address(&u) {
                form.push(name, Msg("practices-error-web"));
            }
            u
        };
        p.website = web("website", &mut form);
        p.complaints_url = web("complaints-url", &mut form);
        p.advocacy_url = web("advocacy-url", &mut form);
        for (regulator, prefix) in [("swe", "swe"), ("cqc", "cqc")] {
            let reference = form.text(&f, &format!("{prefix}-reference"), 100, None);
            let url = web(&format!("{prefix}-url"), &mut form);
            if !reference.is_empty() {
                p.registrations.push(Registration { regulator: regulator.into(), reference, url });
            }
        }
        let clash: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice WHERE name = $1 AND id <> $2").bind(&p.name).bind(id).fetch_one(db.reader()).await?;
        if clash > 0 {
            form.errors.push(FieldError::new("name", Msg("practices-error-name-taken")));
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, back).await);
        }
        practices::save(db, &p, state.clock.now()).await?;
        Ok(forms::done(&session, Msg("practices-manage-saved"), back).await)
    })
    .await
}

// ---------------------------------------------------------------- reviews

#[derive(Clone, Debug, Default)]
pub struct ReviewsData {
    pub pending: Vec<Review>,
    pub published: Vec<Review>,
    pub rejected: Vec<Review>,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

const REVIEW_FORM: &str = "practice-moderate";

async fn load_reviews(ctx: PageCtx) -> Result<ReviewsData, AppError> {
    let p = manager_practice(ctx.viewer()?)?;
    let db = &ctx.state.db;
    Ok(ReviewsData {
        pending: reviews::with_status(db, p, "pending").await?,
        published: reviews::with_status(db, p, "published").await?,
        rejected: reviews::with_status(db, p, "rejected").await?,
        form: ctx.take_form(REVIEW_FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn ManageReviewsPage() -> impl IntoView {
    loaded(load_reviews(PageCtx::current()), |data| view! { <ManageReviewsView data/> })
}

#[component]
pub fn ManageReviewsView(data: ReviewsData) -> impl IntoView {
    let title = t("practices-moderate-title");
    let form = data.form.clone().unwrap_or_default();
    // Errors belong to one review's form: its fields carry the review id.
    let failed_id = form.value("review").unwrap_or_default().to_string();
    let field_error = move |rid: i64, field: &str| -> Option<String> {
        (failed_id == rid.to_string()).then(|| form.error_text(field)).flatten()
    };
    let errors = data.form.clone().unwrap_or_default().errors;
    let kept = data.form.clone().unwrap_or_default();
    view! {
        <Page title=title.clone() crumbs=crumbs(title.clone()) has_errors=!errors.is_empty()>
            <ErrorSummary errors=errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <ManageLinks/>
            <p class="cw-body">{t("practices-moderate-lead")}</p>
            <h2 class="cw-heading-m">{t_args("practices-moderate-pending", &[("count", data.pending.len().into())])}</h2>
            {data.pending.iter().map(|r| {
                let rid = r.id;
                let reason_id = format!("reason-{rid}");
                view! {
                    <div class="cw-comment">
                        <h3 class="cw-heading-s">{t_args("practices-moderate-from", &[("name", r.person_name.clone().into())])}</h3>
                        <p class="cw-body"><RatingText rating=r.rating/></p>
                        <p class="cw-body cw-prewrap">{r.body.clone()}</p>
                        <form method="post" action=format!("/practice/reviews/{rid}") novalidate=true>
                            <input type="hidden" name="review" value=rid.to_string()/>
                            <Button text=t("practices-moderate-publish") name="action" value="publish"/>
                            <Textarea name=reason_id.clone() label=t("practices-moderate-reason") hint=t("practices-moderate-reason-hint")
                                value=if kept.value("review") == Some(&rid.to_string()) { kept.v(&reason_id) } else { String::new() }
                                error=field_error(rid, &reason_id) max_chars=reviews::REASON_MAX rows=2/>
                            <Button text=t("practices-moderate-reject") name="action" value="reject" secondary=true/>
                        </form>
                    </div>
                }
            }).collect_view()}
            <h2 class="cw-heading-m">{t_args("practices-moderate-published", &[("count", data.published.len().into())])}</h2>
            {data.published.iter().map(|r| {
                let rid = r.id;
                let reply_id = format!("reply-{rid}");
                view! {
                    <div class="cw-comment">
                        <p class="cw-body"><RatingText rating=r.rating/></p>
                        <p class="cw-body cw-prewrap">{r.body.clone()}</p>
                        <form method="post" action=format!("/practice/reviews/{rid}") novalidate=true>
                            <input type="hidden" name="review" value=rid.to_string()/>
                            <Textarea name=reply_id.clone() label=t("practices-moderate-reply") hint=t("practices-moderate-reply-hint")
                                value=if kept.value("review") == Some(&rid.to_string()) { kept.v(&reply_id) } else { r.reply.clone() }
                                error=field_error(rid, &reply_id) max_chars=reviews::BODY_MAX rows=2/>
                            <Button text=t("practices-moderate-reply-send") name="action" value="reply" secondary=true/>
                        </form>
                    </div>
                }
            }).collect_view()}
            <h2 class="cw-heading-m">{t_args("practices-moderate-rejected", &[("count", data.rejected.len().into())])}</h2>
            {data.rejected.iter().map(|r| view! {
                <div class="cw-comment">
                    <p class="cw-body"><RatingText rating=r.rating/></p>
                    <p class="cw-body cw-prewrap">{r.body.clone()}</p>
                    <p class="cw-body cw-hint">{t_args("practices-own-review-reason", &[("reason", r.reason.clone().into())])}</p>
                </div>
            }).collect_view()}
        </Page>
    }
}

/// `POST /practice/reviews/{rid}`: publish, reject (a reason is needed),
/// or reply.
pub async fn review_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path(rid): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let rid = crate::pages::messages::id_of(&rid);
    run(async {
        let p = manager_practice(&v)?;
        let f = Fields(fields);
        let now = state.clock.now();
        let back = "/practice/reviews";
        let belongs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice_review WHERE id = $1 AND practice_id = $2")
            .bind(rid)
            .bind(p)
            .fetch_one(state.db.reader())
            .await?;
        if belongs == 0 {
            return Err(AppError::NotFound);
        }
        let mut form = FormState::new(REVIEW_FORM);
        form.values.insert("review".into(), rid.to_string());
        match f.get("action") {
            "publish" => {
                reviews::decide(&state.db, p, rid, true, "", v.account_id, now).await?;
                Ok(forms::done(&session, Msg("practices-moderate-published-done"), back).await)
            }
            "reject" => {
                let field = format!("reason-{rid}");
                let reason = form.text(&f, &field, reviews::REASON_MAX, Some(Msg("practices-moderate-error-reason")));
                if form.has_errors() {
                    return Ok(forms::fail(&session, &form, back).await);
                }
                reviews::decide(&state.db, p, rid, false, &reason, v.account_id, now).await?;
                Ok(forms::done(&session, Msg("practices-moderate-rejected-done"), back).await)
            }
            "reply" => {
                let field = format!("reply-{rid}");
                let reply = form.text(&f, &field, reviews::BODY_MAX, Some(Msg("practices-moderate-error-reply")));
                if form.has_errors() {
                    return Ok(forms::fail(&session, &form, back).await);
                }
                reviews::reply(&state.db, p, rid, &reply, v.account_id, now).await?;
                Ok(forms::done(&session, Msg("practices-moderate-replied"), back).await)
            }
            _ => Err(AppError::BadRequest),
        }
    })
    .await
}

// ---------------------------------------------------------------- switch requests

#[derive(Clone, Debug, Default)]
pub struct SwitchesData {
    pub practice_id: i64,
    pub incoming: Vec<Switch>,
    pub outgoing: Vec<Switch>,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

const SWITCH_FORM: &str = "practice-switch-decide";

/// What the receiving practice may know before the move: a row in the
/// person's own trail says it looked.
fn receiving_access(s: &Switch) -> Access {
    Access { person_id: s.person_id, person_name: s.person_name.clone(), practice_id: Some(s.to_practice_id), relationship: Relationship::Practice }
}

async fn load_switches(ctx: PageCtx) -> Result<SwitchesData, AppError> {
    let v = ctx.viewer()?.clone();
    let p = manager_practice(&v)?;
    let db = &ctx.state.db;
    let incoming = switch::incoming(db, p).await?;
    for s in incoming.iter().filter(|s| switch::is_open(&s.status)) {
        ctx.audit(&v, &receiving_access(s), "viewed_switch_request", "switch_request", Some(s.id.to_string())).await?;
    }
    Ok(SwitchesData {
        practice_id: p,
        incoming,
        outgoing: switch::outgoing(db, p).await?,
        form: ctx.take_form(SWITCH_FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn ManageSwitchesPage() -> impl IntoView {
    loaded(load_switches(PageCtx::current()), |data| view! { <ManageSwitchesView data/> })
}

#[component]
pub fn ManageSwitchesView(data: SwitchesData) -> impl IntoView {
    let title = t("practices-switches-title");
    let form = data.form.clone().unwrap_or_default();
    let failed = form.value("switch").unwrap_or_default().to_string();
    view! {
        <Page title=title.clone() crumbs=crumbs(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <ManageLinks/>
            <h2 class="cw-heading-m">{t("practices-switches-incoming")}</h2>
            {if data.incoming.is_empty() {
                view! { <p class="cw-body">{t("practices-switches-none")}</p> }.into_any()
            } else {
                data.incoming.iter().map(|s| {
                    let sid = s.id;
                    let note_id = format!("note-{sid}");
                    let err = (failed == sid.to_string()).then(|| form.error_text(&note_id)).flatten();
                    let next = switch::next_states(&s.status);
                    view! {
                        <div class="cw-comment">
                            <h3 class="cw-heading-s">{t_args("practices-switches-from", &[("name", s.person_name.clone().into()), ("practice", s.from_name.clone().into())])}</h3>
                            <p class="cw-body"><strong>{t(&format!("practices-switch-state-{}", s.status))}</strong></p>
                            {(!s.reason.is_empty()).then(|| view! { <p class="cw-body cw-prewrap">{t_args("practices-switches-reason", &[("reason", s.reason.clone().into())])}</p> })}
                            <SwitchHistory s=s.clone()/>
                            {(!next.is_empty()).then(|| view! {
                                <form method="post" action=format!("/practice/switches/{sid}") novalidate=true>
                                    <input type="hidden" name="switch" value=sid.to_string()/>
                                    <input type="hidden" name="from" value=s.status.clone()/>
                                    <Textarea name=note_id.clone() label=t("practices-switches-note") hint=t("practices-switches-note-hint")
                                        value=if failed == sid.to_string() { form.v(&note_id) } else { String::new() } error=err max_chars=switch::REASON_MAX rows=2/>
                                    {next.iter().map(|n| view! {
                                        <Button text=t(&format!("practices-switches-do-{n}")) name="to" value=n.to_string() secondary=*n == "declined"/>
                                    }).collect_view()}
                                </form>
                            })}
                        </div>
                    }
                }).collect_view().into_any()
            }}
            <h2 class="cw-heading-m">{t("practices-switches-outgoing")}</h2>
            {if data.outgoing.is_empty() {
                view! { <p class="cw-body">{t("practices-switches-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cw-list">
                        {data.outgoing.iter().map(|s| view! {
                            <li>{t_args("practices-switches-to", &[("name", s.person_name.clone().into()), ("practice", s.to_name.clone().into()), ("state", t(&format!("practices-switch-state-{}", s.status)).into())])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Page>
    }
}

/// `POST /practice/switches/{sid}`: the receiving manager moves a request
/// on. Declining needs a reason; "done" moves the person.
pub async fn switch_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(sid): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let sid = crate::pages::messages::id_of(&sid);
    run(async {
        let p = manager_practice(&v)?;
        let s = switch::get(&state.db, sid).await?.filter(|s| s.to_practice_id == p).ok_or(AppError::NotFound)?;
        let f = Fields(fields);
        let back = "/practice/switches";
        let (from, to) = (f.text("from", 20), f.text("to", 20));
        if from != s.status {
            // Moved on already (a double click, or a colleague).
            return Ok(forms::see_other(back));
        }
        if !switch::next_states(&from).contains(&to.as_str()) {
            return Err(AppError::BadRequest);
        }
        let mut form = FormState::new(SWITCH_FORM);
        form.values.insert("switch".into(), sid.to_string());
        let note_id = format!("note-{sid}");
        let note = form.text(&f, &note_id, switch::REASON_MAX, (to == "declined").then_some(Msg("practices-switches-error-reason")));
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, back).await);
        }
        if switch::advance(&state.db, sid, p, &from, &to, &note, v.account_id, state.clock.now()).await? {
            let action = if to == "done" { "moved_practice" } else { "updated_switch" };
            state.audit(&v, &receiving_access(&s), action, "switch_request", Some(sid.to_string()), &meta).await?;
            tell(&state, s.person_id).await;
        }
        Ok(forms::done(&session, Msg("practices-switches-updated"), back).await)
    })
    .await
}
