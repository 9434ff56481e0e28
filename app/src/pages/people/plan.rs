//! The plan as the person and their carers see it: "your plan at a
//! glance", a page per section, and the version history in words. Every
//! page authorises `ViewPlan` and leaves one `viewed_plan` audit row. Only
//! agreed versions are ever read here: drafts are staff-only.

use super::{param_str, person_crumbs, person_param};
use crate::authz::{Action, Relationship};
use crate::components::{SummaryList, SummaryRow, Tag};
use crate::dates::{format_date, format_instant, parse_date};
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::money::format_pence;
use crate::pages::{loaded, PageCtx};
use crate::plan::{self, Change, PlanVersion};
use leptos::prelude::*;

/// The sections, in plan order: (code, Fluent id of the title).
pub const SECTIONS: [(&str, &str); 6] = [
    ("outcomes", "plan-section-outcomes"),
    ("needs", "plan-section-needs"),
    ("support", "plan-section-support"),
    ("budget", "plan-section-budget"),
    ("advice", "plan-section-advice"),
    ("people", "plan-section-people"),
];

#[derive(Clone, Debug, Default)]
pub struct PlanData {
    pub person_id: i64,
    pub person_name: String,
    pub own: bool,
    pub today: String,
    pub version: Option<PlanVersion>,
    /// Reablement goals: (outcome key, progress code).
    pub progress: Vec<(String, String)>,
    /// For the history page: every agreed version, newest first.
    pub versions: Vec<PlanVersion>,
    /// Staff who may change the plan and answer comments.
    pub can_edit: bool,
    /// The person, or a carer who may see the plan: may comment and ask
    /// for a review.
    pub can_speak: bool,
    /// For staff: comments not yet answered, review requests still open.
    pub to_do: (i64, i64),
    pub has_draft: bool,
    pub notice: Option<String>,
    /// For staff: how the person communicates (the banner).
    pub needs: crate::needs::Needs,
    pub page_versions: crate::components::Versions,
}

async fn load_plan(ctx: PageCtx, person_id: i64, all_versions: bool) -> Result<PlanData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::ViewPlan).await?;
    let db = &ctx.state.db;
    let version = plan::current_agreed(db, person_id).await?;
    let versions = if all_versions {
        plan::agreed_versions(db, person_id).await?
    } else {
        vec![]
    };
    let progress = match &version {
        Some(v) if v.is_reablement() => plan::goal_progress(db, v.plan_id)
            .await?
            .into_iter()
            .map(|(k, p, _, _)| (k, p))
            .collect(),
        _ => vec![],
    };
    ctx.audit(
        &viewer,
        &access,
        "viewed_plan",
        "plan_version",
        version.as_ref().map(|v| v.id.to_string()),
    )
    .await?;
    let can_edit = super::may(viewer.role, &access.relationship, Action::EditPlan);
    let (to_do, has_draft) = if can_edit {
        (
            plan::voice::to_do_count(db, person_id).await?,
            plan::draft::exists(db, person_id).await?,
        )
    } else {
        ((0, 0), false)
    };
    let staff = viewer.role.is_staff();
    Ok(PlanData {
        needs: if staff { crate::needs::load(db, person_id).await? } else { Default::default() },
        page_versions: ctx.versions("plan").await?,
        person_id,
        can_edit,
        can_speak: super::may(viewer.role, &access.relationship, Action::SpeakOnPlan),
        to_do,
        has_draft,
        own: access.relationship == Relationship::Own,
        person_name: access.person_name,
        today: ctx.state.clock.today(),
        notice: ctx.take_notice().await?,
        version,
        progress,
        versions,
    })
}

fn plan_title(own: bool) -> String {
    if own {
        t("plan-title-own")
    } else {
        t("plan-title")
    }
}

/// Home › (person) › (the plan) › this page.
fn plan_crumbs(p: i64, person_name: &str, own: bool, here: String) -> Vec<crate::components::Crumb> {
    use crate::components::Crumb;
    vec![
        Crumb::link(t("core-nav-home"), "/"),
        Crumb::link(person_name.to_string(), format!("/people/{p}")),
        Crumb::link(plan_title(own), format!("/people/{p}/plan")),
        Crumb::here(here),
    ]
}

fn days_between(from: &str, to: &str) -> Option<i64> {
    Some((parse_date(to)? - parse_date(from)?).whole_days())
}

fn frequency_label(code: Option<&str>) -> String {
    match code {
        Some("weekly") => t("plan-frequency-weekly"),
        Some("four_weekly") => t("plan-frequency-four-weekly"),
        Some("monthly") => t("plan-frequency-monthly"),
        _ => t("plan-not-set"),
    }
}

fn member_role(code: &str) -> String {
    t(match code {
        "person" => "plan-member-person",
        "carer" => "plan-member-carer",
        "nominated_person" => "plan-member-nominated",
        "social_worker" => "plan-member-social-worker",
        _ => "plan-member-other",
    })
}

fn progress_label(code: &str) -> String {
    t(match code {
        "started" => "plan-progress-started",
        "nearly" => "plan-progress-nearly",
        "achieved" => "plan-progress-achieved",
        _ => "plan-progress-not-started",
    })
}

// ---------------------------------------------------------------- summary

#[component]
pub fn PlanPage() -> impl IntoView {
    loaded(
        load_plan(PageCtx::current(), person_param(), false),
        |data| view! { <PlanView data/> },
    )
}

#[component]
pub fn PlanView(data: PlanData) -> impl IntoView {
    let title = if data.own {
        t("plan-glance-title")
    } else {
        plan_title(false)
    };
    let locale = current();
    let p = data.person_id;
    let body = match data.version {
        None => view! { <p class="cw-body">{t("plan-none")}</p> }.into_any(),
        Some(v) => {
            let countdown = v.next_review_due.as_deref().map(|due| {
                let when = format_date(locale, due);
                match days_between(&data.today, due) {
                    Some(d) if d > 0 => t_args(
                        "plan-review-in",
                        &[("date", when.into()), ("count", d.into())],
                    ),
                    Some(0) => t_args("plan-review-today", &[("date", when.into())]),
                    Some(d) => t_args(
                        "plan-review-overdue",
                        &[("date", when.into()), ("count", (-d).into())],
                    ),
                    None => when,
                }
            });
            let kind = if v.is_reablement() {
                t("plan-type-reablement")
            } else {
                t("plan-type-long-term")
            };
            let mut rows = vec![
                SummaryRow::new(t("plan-type"), kind),
                SummaryRow::new(
                    t("plan-next-review"),
                    countdown.unwrap_or_else(|| t("plan-not-set")),
                ),
                SummaryRow::new(
                    t("plan-weekly-support"),
                    format_pence(v.weekly_support_pence()),
                ),
                SummaryRow::new(
                    t("plan-budget-total"),
                    t_args(
                        "plan-per-week",
                        &[("amount", format_pence(v.budget_total_pence).into())],
                    ),
                ),
            ];
            if v.is_reablement() {
                if let Some(end) = &v.reablement_ends_on {
                    rows.insert(
                        1,
                        SummaryRow::new(t("plan-reablement-ends"), format_date(locale, end)),
                    );
                }
            }
            let agreed = t_args(
                "plan-version-agreed",
                &[
                    ("number", v.number.unwrap_or(1).into()),
                    (
                        "date",
                        v.agreed_on
                            .as_deref()
                            .map(|d| format_date(locale, d))
                            .unwrap_or_default()
                            .into(),
                    ),
                ],
            );
            let reablement = v.is_reablement();
            view! {
                <p class="cw-body">{agreed}</p>
                <SummaryList rows=rows/>
                <h2 class="cw-heading-m">{t("plan-sections-heading")}</h2>
                <ul class="cw-card-list">
                    {SECTIONS.iter().map(|(code, title_id)| {
                        let label = if *code == "outcomes" && reablement { t("plan-section-goals") } else { t(title_id) };
                        view! {
                            <li class="cw-card">
                                <h3 class="cw-heading-s cw-card__title"><a href=format!("/people/{p}/plan/{code}")>{label}</a></h3>
                                <p class="cw-body cw-card__hint">{t(&format!("{title_id}-hint"))}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="cw-body"><a href=format!("/people/{p}/plan/versions")>{t("plan-versions-link")}</a></p>
                <h2 class="cw-heading-m">{t("plan-download-heading")}</h2>
                <p class="cw-body">{t("plan-download-lead")}</p>
                <ul class="cw-list cw-list--bullet">
                    <li><a href=format!("/people/{p}/plan/export.html") download="">{t("plan-download-html")}</a></li>
                    <li><a href=format!("/people/{p}/plan/export.json") download="">{t("plan-download-json")}</a></li>
                </ul>
            }
            .into_any()
        }
    };
    let speak = data.can_speak.then(|| view! {
        <h2 class="cw-heading-m">{t("plan-your-say-heading")}</h2>
        <p class="cw-body">{t("plan-your-say-lead")}</p>
        <ul class="cw-list cw-list--bullet">
            <li><a href=format!("/people/{p}/plan/review")>{t("plan-review-link")}</a></li>
            <li><a href=format!("/people/{p}/plan/comments")>{t("plan-comments-link")}</a></li>
        </ul>
    });
    let staff = data.can_edit.then(|| view! {
        <h2 class="cw-heading-m">{t("plan-staff-heading")}</h2>
        <ul class="cw-list cw-list--bullet">
            <li><a href=format!("/people/{p}/plan/draft")>{if data.has_draft { t("plan-staff-continue-draft") } else { t("plan-staff-change") }}</a></li>
            <li><a href=format!("/people/{p}/plan/comments")>{t_args("plan-staff-comments", &[("count", data.to_do.0.into())])}</a></li>
            <li><a href=format!("/people/{p}/plan/review")>{t_args("plan-staff-reviews", &[("count", data.to_do.1.into())])}</a></li>
        </ul>
    });
    view! {
        <Page title=title.clone() crumbs=person_crumbs(p, &data.person_name, Some(plan_title(data.own)))>
            {data.notice.clone().map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <crate::components::PageVersions versions=data.page_versions placement_first=true/>
            <h1 class="cw-heading-l">{title}</h1>
            <crate::components::PageVersions versions=data.page_versions/>
            <crate::components::NeedsBanner needs=data.needs.clone() person_id=p/>
            <crate::components::EasyReadPoints key="plan"/>
            {staff}
            {body}
            {speak}
        </Page>
    }
}

// ---------------------------------------------------------------- sections

#[derive(Clone, Debug, Default)]
pub struct SectionData {
    pub plan: PlanData,
    pub section: String,
    /// What the person and their carers said about this section.
    pub comments: Vec<plan::voice::Comment>,
    pub form: Option<crate::forms::FormState>,
    /// Written into the comment form: sending it twice adds it once.
    pub idem: String,
}

pub async fn load_section(
    ctx: PageCtx,
    person_id: i64,
    section: String,
) -> Result<SectionData, AppError> {
    if !SECTIONS.iter().any(|(c, _)| *c == section) {
        // Still authorise first, so an unknown section on someone else's
        // record says no more than any other guess.
        ctx.authorise(person_id, Action::ViewPlan).await?;
        return Err(AppError::NotFound);
    }
    let plan = load_plan(ctx.clone(), person_id, false).await?;
    if plan.version.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(SectionData {
        comments: plan::voice::comments(&ctx.state.db, person_id, Some(&section)).await?,
        form: ctx.take_form(&comment_form(&section)).await?,
        idem: crate::auth::tokens::new_token(),
        plan,
        section,
    })
}

/// One section of a plan version, as the person reads it (also used by
/// "check your answers" and the downloadable copy).
pub fn section_body(v: &PlanVersion, section: &str, progress: &[(String, String)]) -> AnyView {
    let locale = current();
    let need_name = |key: &str| {
        v.needs
            .iter()
            .find(|n| n.key == key)
            .map(|n| n.description.clone())
            .unwrap_or_default()
    };
    match section {
        "outcomes" => {
            let progress = progress.to_vec();
            view! {
                <h2 class="cw-heading-m">{t("plan-what-matters")}</h2>
                <p class="cw-body">{v.what_matters.clone()}</p>
                <h2 class="cw-heading-m">{if v.is_reablement() { t("plan-goals-heading") } else { t("plan-outcomes-heading") }}</h2>
                <ul class="cw-list cw-plan-items">
                    {v.outcomes.iter().map(|o| {
                        let status = progress.iter().find(|(k, _)| *k == o.key).map(|(_, s)| progress_label(s));
                        let reablement = v.is_reablement();
                        view! {
                            <li class="cw-plan-item">
                                <p class="cw-body cw-plan-item__text">{o.text.clone()}</p>
                                <p class="cw-body cw-hint">{t_args("plan-written-by", &[("name", o.author_name.clone().into())])}</p>
                                {reablement.then(|| view! {
                                    <p class="cw-body">{t("plan-progress")}": "<Tag text=status.clone().unwrap_or_else(|| progress_label("not_started"))/></p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
        "needs" => view! {
            <table class="cw-table">
                <caption class="cw-table__caption">{t("plan-needs-caption")}</caption>
                <thead class="cw-table__head"><tr class="cw-table__row">
                    <th scope="col" class="cw-table__header">{t("plan-need")}</th>
                    <th scope="col" class="cw-table__header">{t("plan-eligible")}</th>
                </tr></thead>
                <tbody class="cw-table__body">
                    {v.needs.iter().map(|n| view! {
                        <tr class="cw-table__row">
                            <th scope="row" class="cw-table__header">{n.description.clone()}</th>
                            <td class="cw-table__cell">{if n.eligible { t("plan-eligible-yes") } else { t("plan-eligible-no") }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        "support" => view! {
            <table class="cw-table">
                <caption class="cw-table__caption">{t("plan-support-caption")}</caption>
                <thead class="cw-table__head"><tr class="cw-table__row">
                    <th scope="col" class="cw-table__header">{t("plan-support-what")}</th>
                    <th scope="col" class="cw-table__header">{t("plan-support-who")}</th>
                    <th scope="col" class="cw-table__header">{t("plan-support-when")}</th>
                    <th scope="col" class="cw-table__header">{t("plan-support-meets")}</th>
                    <th scope="col" class="cw-table__header cw-table__header--numeric">{t("plan-support-cost")}</th>
                </tr></thead>
                <tbody class="cw-table__body">
                    {v.support.iter().map(|s| {
                        let when = if s.hours_per_week.is_empty() { s.how_often.clone() } else {
                            t_args("plan-support-hours", &[("when", s.how_often.clone().into()), ("hours", s.hours_per_week.clone().into())])
                        };
                        let meets = s.meets.iter().map(|k| need_name(k)).filter(|n| !n.is_empty()).collect::<Vec<_>>().join("; ");
                        view! {
                            <tr class="cw-table__row">
                                <th scope="row" class="cw-table__header">{s.what.clone()}</th>
                                <td class="cw-table__cell">{s.provider.clone()}{s.direct_payment.then(|| view! { " "<Tag text=t("plan-paid-by-dp")/> })}</td>
                                <td class="cw-table__cell">{when}</td>
                                <td class="cw-table__cell">{meets}</td>
                                <td class="cw-table__cell cw-table__cell--numeric">{format_pence(s.weekly_cost_pence)}</td>
                            </tr>
                        }
                    }).collect_view()}
                    <tr class="cw-table__row">
                        <th scope="row" colspan="4" class="cw-table__header">{t("plan-support-total")}</th>
                        <td class="cw-table__cell cw-table__cell--numeric"><strong>{format_pence(v.weekly_support_pence())}</strong></td>
                    </tr>
                </tbody>
            </table>
        }
        .into_any(),
        "budget" => {
            let council = (v.budget_total_pence - v.contribution_pence).max(0);
            let dp_items: Vec<String> = v.support.iter().filter(|s| s.direct_payment).map(|s| s.what.clone()).collect();
            let mut rows = vec![
                SummaryRow::new(t("plan-budget-total"), t_args("plan-per-week", &[("amount", format_pence(v.budget_total_pence).into())])),
                SummaryRow::new(t("plan-budget-how"), v.budget_explanation.clone()),
                SummaryRow::new(t("plan-contribution"), t_args("plan-per-week", &[("amount", format_pence(v.contribution_pence).into())])),
                SummaryRow::new(t("plan-council-pays"), t_args("plan-per-week", &[("amount", format_pence(council).into())])),
                SummaryRow::new(t("budget-paid-how"), v.budget_option.as_deref().map(super::budget::option_label).unwrap_or_else(|| t("budget-not-chosen"))),
            ];
            if v.dp_frequency.is_some() {
                rows.push(SummaryRow::new(
                    t("plan-direct-payment"),
                    t_args("plan-dp-amount", &[("amount", format_pence(v.dp_amount_pence).into()), ("frequency", frequency_label(v.dp_frequency.as_deref()).into())]),
                ));
                rows.push(SummaryRow::new(t("plan-dp-covers"), dp_items.join("; ")));
            } else {
                rows.push(SummaryRow::new(t("plan-direct-payment"), t("plan-dp-none")));
            }
            view! { <SummaryList rows=rows/> }.into_any()
        }
        "advice" => view! {
            <h2 class="cw-heading-m">{t("plan-advice-heading")}</h2>
            <p class="cw-body">{v.advice.clone()}</p>
            <h2 class="cw-heading-m">{t("plan-contingency-heading")}</h2>
            <p class="cw-body">{v.contingency.clone()}</p>
        }
        .into_any(),
        _ => view! {
            <ul class="cw-list cw-list--bullet">
                {v.members.iter().map(|m| view! { <li>{format!("{} ({})", m.name, member_role(&m.role))}</li> }).collect_view()}
            </ul>
            <p class="cw-body">{t_args("plan-agreed-with", &[("people", v.agreed_with.clone().into()), ("date", v.agreed_on.as_deref().map(|d| format_date(locale, d)).unwrap_or_default().into())])}</p>
        }
        .into_any(),
    }
}

#[component]
pub fn PlanSectionPage() -> impl IntoView {
    let section = param_str("section");
    loaded(
        load_section(PageCtx::current(), person_param(), section),
        |data| view! { <PlanSectionView data/> },
    )
}

#[component]
pub fn PlanSectionView(data: SectionData) -> impl IntoView {
    let v = data.plan.version.clone().unwrap_or_default();
    let p = data.plan.person_id;
    let title_id = SECTIONS
        .iter()
        .find(|(c, _)| *c == data.section)
        .map(|(_, id)| *id)
        .unwrap_or("plan-title");
    let title = if data.section == "outcomes" && v.is_reablement() {
        t("plan-section-goals")
    } else {
        t(title_id)
    };
    let crumbs = plan_crumbs(p, &data.plan.person_name, data.plan.own, title.clone());
    let body = section_body(&v, &data.section, &data.plan.progress);
    let form = data.form.clone().unwrap_or_default();
    let section = data.section.clone();
    let say = data.plan.can_speak.then(|| {
        let kinds = plan::voice::KINDS
            .iter()
            .map(|k| crate::components::Choice::new(*k, t(&format!("plan-comment-kind-{k}"))).with_hint(t(&format!("plan-comment-kind-{k}-hint"))))
            .collect::<Vec<_>>();
        let kind = form.or("kind", "comment".to_string());
        view! {
            <form method="post" action=format!("/people/{p}/plan/{section}") novalidate=true>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <crate::components::Radios name="kind" legend=t("plan-comment-legend") choices=kinds selected=kind error=form.error_text("kind")/>
                <crate::components::Textarea name="body" label=t("plan-comment-body") hint=t("plan-comment-body-hint") value=form.v("body")
                    error=form.error_text("body") max_chars=COMMENT_MAX rows=4/>
                <crate::components::Button text=t("plan-comment-send")/>
            </form>
        }
    });
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=form.has_errors()>
            <crate::components::ErrorSummary errors=form.errors.clone()/>
            {data.plan.notice.clone().map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {body}
            <h2 class="cw-heading-m" id="comments">{t("plan-comments-heading")}</h2>
            <CommentList comments=data.comments.clone() person_id=p can_answer=data.plan.can_edit/>
            {say}
            <p class="cw-body"><a href=format!("/people/{p}/plan")>{t("plan-back-to-glance")}</a></p>
        </Page>
    }
}

/// The longest comment accepted.
pub const COMMENT_MAX: usize = 2000;

/// The flash key of a section's comment form.
pub fn comment_form(section: &str) -> String {
    format!("plan-comment-{section}")
}

/// Comments, newest first, each with who wrote it, when, and the answer.
/// Comment text keeps its line breaks (CSS `pre-wrap`) and any markup in
/// it is shown as text.
#[component]
pub fn CommentList(comments: Vec<plan::voice::Comment>, person_id: i64, can_answer: bool) -> impl IntoView {
    let locale = current();
    if comments.is_empty() {
        return view! { <p class="cw-body">{t("plan-comments-none")}</p> }.into_any();
    }
    view! {
        <ul class="cw-comment-list">
            {comments.into_iter().map(|c| {
                let section_title = SECTIONS.iter().find(|(s, _)| *s == c.section).map(|(_, id)| t(id)).unwrap_or_default();
                let who = t_args("plan-comment-by", &[
                    ("name", c.author_name.clone().into()),
                    ("role", c.author_role.clone().into()),
                    ("date", format_instant(locale, c.created_at).into()),
                    ("section", section_title.into()),
                    ("number", c.version_number.into()),
                ]);
                let answer = c.answer.clone().map(|a| view! {
                    <div class="cw-comment__answer">
                        <p class="cw-body cw-hint">{t_args("plan-comment-answered", &[
                            ("name", c.answered_by_name.clone().unwrap_or_default().into()),
                            ("date", c.answered_at.map(|x| format_instant(locale, x)).unwrap_or_default().into()),
                        ])}</p>
                        <p class="cw-body cw-prewrap">{a}</p>
                    </div>
                });
                let waiting = (c.answer.is_none()).then(|| if can_answer {
                    view! { <p class="cw-body"><a href=format!("/people/{person_id}/plan/comments/{}", c.id)>{t("plan-comment-answer-link")}<span class="cw-visually-hidden">" " {c.body.chars().take(40).collect::<String>()}</span></a></p> }.into_any()
                } else {
                    view! { <p class="cw-body cw-hint">{t("plan-comment-waiting")}</p> }.into_any()
                });
                view! {
                    <li class="cw-comment">
                        <p class="cw-body"><Tag text=t(&format!("plan-comment-kind-{}", c.kind))/></p>
                        <p class="cw-body cw-prewrap">{c.body.clone()}</p>
                        <p class="cw-body cw-hint">{who}</p>
                        {answer}
                        {waiting}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

// ---------------------------------------------------------------- history

#[component]
pub fn PlanVersionsPage() -> impl IntoView {
    loaded(
        load_plan(PageCtx::current(), person_param(), true),
        |data| view! { <PlanVersionsView data/> },
    )
}

/// One change in words: "Support added: Day centre", "Personal assistant:
/// hours a week is now 10 (was 8)".
pub fn change_text(c: &Change) -> String {
    let locale = current();
    let value = |field: &str, v: &str| -> String {
        if v.is_empty() {
            return t("plan-not-set");
        }
        match field {
            "need-eligible" | "support-direct-payment" => {
                t(if v == "yes" { "plan-yes" } else { "plan-no" })
            }
            "member-role" => member_role(v),
            "dp-frequency" => frequency_label(Some(v)),
            "next-review" | "reablement-ends" => format_date(locale, v),
            _ => v.to_string(),
        }
    };
    match c {
        Change::Added { kind, summary } => t_args(
            "plan-change-added",
            &[
                ("kind", t(&format!("plan-kind-{kind}")).into()),
                ("item", summary.clone().into()),
            ],
        ),
        Change::Removed { kind, summary } => t_args(
            "plan-change-removed",
            &[
                ("kind", t(&format!("plan-kind-{kind}")).into()),
                ("item", summary.clone().into()),
            ],
        ),
        Change::Changed {
            kind,
            item,
            field,
            from,
            to,
        } => {
            let args: [(&'static str, crate::i18n::Arg); 4] = [
                ("item", item.clone().into()),
                ("field", t(&format!("plan-field-{field}")).into()),
                ("to", value(field, to).into()),
                ("from", value(field, from).into()),
            ];
            if *kind == "plan" {
                t_args("plan-change-field", &args)
            } else {
                t_args("plan-change-item-field", &args)
            }
        }
    }
}

#[component]
pub fn PlanVersionsView(data: PlanData) -> impl IntoView {
    let title = t("plan-versions-title");
    let p = data.person_id;
    let locale = current();
    let crumbs = plan_crumbs(p, &data.person_name, data.own, title.clone());
    let versions = data.versions.clone();
    view! {
        <Page title=title.clone() crumbs=crumbs>
            {data.notice.clone().map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("plan-versions-lead")}</p>
            {if versions.is_empty() {
                view! { <p class="cw-body">{t("plan-none")}</p> }.into_any()
            } else {
                versions.iter().enumerate().map(|(i, v)| {
                    let heading = t_args("plan-version-agreed", &[
                        ("number", v.number.unwrap_or(1).into()),
                        ("date", v.agreed_on.as_deref().map(|d| format_date(locale, d)).unwrap_or_default().into()),
                    ]);
                    let changes = versions.get(i + 1).map(|older| plan::what_changed(older, v));
                    let id = format!("version-{}", v.number.unwrap_or(1));
                    let labelled = id.clone();
                    view! {
                        <section class="cw-summary-card" aria-labelledby=labelled>
                            <h2 class="cw-heading-m" id=id>{heading}</h2>
                            {match changes {
                                None => view! { <p class="cw-body">{t("plan-versions-first")}</p> }.into_any(),
                                Some(c) if c.is_empty() => view! { <p class="cw-body">{t("plan-versions-no-change")}</p> }.into_any(),
                                Some(c) => view! {
                                    <h3 class="cw-heading-s">{t("plan-versions-what-changed")}</h3>
                                    <ul class="cw-list cw-list--bullet">{c.iter().map(|x| view! { <li>{change_text(x)}</li> }).collect_view()}</ul>
                                }.into_any(),
                            }}
                        </section>
                    }
                }).collect_view().into_any()
            }}
        </Page>
    }
}

#[cfg(test)]
mod voice_tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn comments_keep_line_breaks_show_markup_as_text_and_say_who_and_when() {
        let c = plan::voice::Comment {
            id: 9,
            section: "support".into(),
            kind: "disagree".into(),
            body: "<b>More</b>\nplease".into(),
            author_name: "Sam".into(),
            author_role: "carer".into(),
            created_at: 1_790_000_000,
            version_number: 2,
            ..Default::default()
        };
        let waiting = c.clone();
        let html = render(move || view! { <CommentList comments=vec![waiting] person_id=4 can_answer=true/> });
        assert!(html.contains("&lt;b&gt;More&lt;/b&gt;\nplease") && html.contains("cw-prewrap"), "{html}");
        assert!(html.contains("By Sam (carer)") && html.contains("in version 2"), "{html}");
        assert!(tag_with(&html, "a", &[r#"href="/people/4/plan/comments/9""#]), "{html}");
        let mut answered = c;
        answered.answer = Some("Yes".into());
        answered.answered_by_name = Some("Priya".into());
        answered.answered_at = Some(1_790_000_100);
        let html = render(move || view! { <CommentList comments=vec![answered] person_id=4 can_answer=false/> });
        assert!(html.contains("Answer from Priya") && !html.contains("Waiting for an answer"), "{html}");
    }
}
