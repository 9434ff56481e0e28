//! The social worker's side of the plan: a draft, edited over several
//! visits through a GOV.UK task list, "add another" lists (each add is a
//! POST), and "check your answers" before it is published as the next
//! agreed version, with the date agreed and with whom.
//!
//! Every page here authorises `EditPlan` (staff only), so a draft is never
//! shown to the person or a carer. Every form carries the draft's
//! `revision`; a stale one is refused and explained, never silently
//! written over (see [`crate::plan::draft`]). Every GET and POST path is
//! the same, so input kept across an expired session comes back.

use super::plan::{section_body, SECTIONS};
use super::{param_str, person_crumbs, person_param};
use crate::auth::{Client, SignedIn};
use crate::authz::Action;
use crate::components::{
    Button, Checkboxes, Choice, Crumb, DateInput, ErrorSummary, LinkButton, NotificationBanner,
    Radios, TextInput, Textarea,
};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::money::{format_pence, parse_pence};
use crate::pages::{loaded, PageCtx};
use crate::plan::draft::{self, About, Budget, DraftError, Item};
use crate::plan::{Member, Need, Outcome, PlanVersion, Support};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

/// The draft's sections, in task-list order: (code, Fluent id).
pub const EDIT_SECTIONS: [(&str, &str); 7] = [
    ("about", "draft-section-about"),
    ("outcomes", "plan-section-outcomes"),
    ("needs", "plan-section-needs"),
    ("support", "plan-section-support"),
    ("budget", "plan-section-budget"),
    ("advice", "plan-section-advice"),
    ("people", "plan-section-people"),
];

/// Sections that are a list of items ("add another").
pub fn is_list(section: &str) -> bool {
    draft::table_for(section).is_some()
}

const SHORT: usize = 200;
const LONG: usize = 5000;
const PLAN_TYPES: [&str; 2] = ["long_term", "reablement"];
const FREQUENCIES: [&str; 4] = ["none", "weekly", "four_weekly", "monthly"];
const WRITERS: [&str; 3] = ["person", "carer", "social_worker"];
const ROLES: [&str; 5] = [
    "person",
    "carer",
    "nominated_person",
    "social_worker",
    "other",
];

/// Whether a section has what a plan needs before it can be published.
pub fn section_complete(v: &PlanVersion, section: &str) -> bool {
    match section {
        "about" => {
            !v.what_matters.is_empty()
                && v.next_review_due.is_some()
                && (!v.is_reablement() || v.reablement_ends_on.is_some())
        }
        "outcomes" => !v.outcomes.is_empty(),
        "needs" => !v.needs.is_empty(),
        "support" => !v.support.is_empty(),
        "budget" => v.budget_total_pence > 0 && !v.budget_explanation.is_empty(),
        "advice" => !v.contingency.is_empty(),
        "people" => !v.members.is_empty(),
        _ => false,
    }
}

fn section_title(section: &str) -> String {
    EDIT_SECTIONS
        .iter()
        .find(|(c, _)| *c == section)
        .map(|(_, id)| t(id))
        .unwrap_or_default()
}

fn form_name(section: &str, key: Option<&str>) -> String {
    match key {
        Some(k) => format!("plan-draft-{section}-{k}"),
        None => format!("plan-draft-{section}"),
    }
}

fn draft_path(p: i64, rest: &str) -> String {
    if rest.is_empty() {
        format!("/people/{p}/plan/draft")
    } else {
        format!("/people/{p}/plan/draft/{rest}")
    }
}

fn crumbs(p: i64, person_name: &str, here: Option<String>) -> Vec<Crumb> {
    let mut c = person_crumbs(p, person_name, Some(t("draft-title")));
    if let Some(h) = here {
        c.pop();
        c.push(Crumb::link(t("draft-title"), draft_path(p, "")));
        c.push(Crumb::here(h));
    }
    c
}

// ---------------------------------------------------------------- loading

#[derive(Clone, Debug, Default)]
pub struct DraftData {
    pub person_id: i64,
    pub person_name: String,
    pub today: String,
    pub draft: Option<PlanVersion>,
    /// The number the draft will get when published.
    pub next_number: i64,
    pub section: String,
    /// The item being changed, on an item page.
    pub item_key: Option<String>,
    /// A new item's key, written into the "add" form so a double click
    /// adds it once.
    pub new_key: String,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

async fn load(
    ctx: PageCtx,
    person_id: i64,
    section: String,
    item_key: Option<String>,
) -> Result<DraftData, AppError> {
    let (viewer, access) = ctx.authorise(person_id, Action::EditPlan).await?;
    let db = &ctx.state.db;
    let draft = draft::current(db, person_id).await?;
    let valid = section.is_empty()
        || section == "check"
        || EDIT_SECTIONS.iter().any(|(c, _)| *c == section);
    if !valid {
        return Err(AppError::NotFound);
    }
    if !section.is_empty() && draft.is_none() {
        return Err(AppError::NotFound);
    }
    if let (Some(k), Some(d)) = (&item_key, &draft) {
        if !is_list(&section) || !item_exists(d, &section, k) {
            return Err(AppError::NotFound);
        }
    }
    let next_number = plan_next_number(&ctx.state, person_id).await?;
    ctx.audit(
        &viewer,
        &access,
        "viewed_plan_draft",
        "plan_version",
        draft.as_ref().map(|d| d.id.to_string()),
    )
    .await?;
    let form = ctx
        .take_form(&form_name(&section, item_key.as_deref()))
        .await?;
    Ok(DraftData {
        person_id,
        person_name: access.person_name,
        today: ctx.state.clock.today(),
        draft,
        next_number,
        section,
        item_key,
        new_key: draft::new_key(),
        form,
        notice: ctx.take_notice().await?,
    })
}

async fn plan_next_number(state: &AppState, person_id: i64) -> Result<i64, AppError> {
    let n: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(v.number) FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.person_id = $1 AND v.status = 'agreed'",
    )
    .bind(person_id)
    .fetch_one(state.db.reader())
    .await?;
    Ok(n.unwrap_or(0) + 1)
}

fn item_exists(d: &PlanVersion, section: &str, key: &str) -> bool {
    match section {
        "needs" => d.needs.iter().any(|x| x.key == key),
        "outcomes" => d.outcomes.iter().any(|x| x.key == key),
        "support" => d.support.iter().any(|x| x.key == key),
        "people" => d.members.iter().any(|x| x.key == key),
        _ => false,
    }
}

fn item_param() -> Option<String> {
    let k = param_str("key");
    (!k.is_empty()).then_some(k)
}

// ---------------------------------------------------------------- task list

#[component]
pub fn DraftPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param(), String::new(), None),
        |data| view! { <DraftView data/> },
    )
}

#[component]
pub fn DraftView(data: DraftData) -> impl IntoView {
    let p = data.person_id;
    let title = t("draft-title");
    let form = data.form.clone().unwrap_or_default();
    let body = match &data.draft {
        None => view! {
            <p class="cw-body">{if data.next_number > 1 { t("draft-none-lead") } else { t("draft-first-lead") }}</p>
            <form method="post" action=draft_path(p, "") novalidate=true>
                <Button text={if data.next_number > 1 { t("draft-start") } else { t("draft-start-first") }}/>
            </form>
        }
        .into_any(),
        Some(d) => {
            let done = EDIT_SECTIONS.iter().filter(|(c, _)| section_complete(d, c)).count();
            let revision = d.revision.to_string();
            view! {
                <p class="cw-body">{t_args("draft-lead", &[("number", data.next_number.into())])}</p>
                <h2 class="cw-heading-m">{t("draft-tasks-heading")}</h2>
                <p class="cw-body">{t_args("draft-tasks-done", &[("done", done.into()), ("total", EDIT_SECTIONS.len().into())])}</p>
                <ul class="cw-task-list">
                    {EDIT_SECTIONS.iter().map(|(code, title_id)| {
                        let complete = section_complete(d, code);
                        let status_id = format!("task-{code}-status");
                        view! {
                            <li class="cw-task-list__item">
                                <a class="cw-task-list__link" href=draft_path(p, code) aria-describedby=status_id.clone()>{t(title_id)}</a>
                                <strong id=status_id class=if complete { "cw-tag cw-task-list__status" } else { "cw-tag cw-tag--grey cw-task-list__status" }>
                                    {if complete { t("draft-status-complete") } else { t("draft-status-incomplete") }}
                                </strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <LinkButton text=t("draft-check-link") href=draft_path(p, "check")/>
                <h2 class="cw-heading-m">{t("draft-discard-heading")}</h2>
                <p class="cw-body">{t("draft-discard-lead")}</p>
                <form method="post" action=draft_path(p, "discard") novalidate=true>
                    <input type="hidden" name="revision" value=revision/>
                    <Button text=t("draft-discard") warning=true/>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, None) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <ConflictNote form=form.clone()/>
            {body}
        </Page>
    }
}

/// The explanation a stale form gets (the error summary links here).
#[component]
fn ConflictNote(form: FormState) -> impl IntoView {
    form.error("conflict").map(|_| {
        view! {
            <div class="cw-inset" id="conflict" tabindex="-1">
                <p class="cw-body">{t("draft-conflict-explained")}</p>
            </div>
        }
    })
}

// ---------------------------------------------------------------- sections

#[component]
pub fn DraftSectionPage() -> impl IntoView {
    loaded(
        load(
            PageCtx::current(),
            person_param(),
            param_str("section"),
            None,
        ),
        |data| {
            view! { <DraftSectionView data/> }
        },
    )
}

#[component]
pub fn DraftItemPage() -> impl IntoView {
    loaded(
        load(
            PageCtx::current(),
            person_param(),
            param_str("section"),
            item_param(),
        ),
        |data| {
            view! { <DraftSectionView data/> }
        },
    )
}

#[component]
pub fn DraftSectionView(data: DraftData) -> impl IntoView {
    let p = data.person_id;
    let d = data.draft.clone().unwrap_or_default();
    let section = data.section.clone();
    let form = data.form.clone().unwrap_or_default();
    let editing = data.item_key.clone();
    let title = match (&editing, section.as_str()) {
        (Some(_), s) => t(&format!("draft-change-{s}")),
        (None, s) => section_title(s),
    };
    let revision = d.revision.to_string();
    let action = match &editing {
        Some(k) => draft_path(p, &format!("{section}/{k}")),
        None => draft_path(p, &section),
    };
    // A new item's key goes in the "add" form; a change names it in the path.
    let key = if is_list(&section) && editing.is_none() {
        data.new_key.clone()
    } else {
        String::new()
    };
    let fields = if is_list(&section) {
        item_fields(&d, &section, editing.as_deref(), &form)
    } else {
        section_fields(&d, &section, &form).into_any()
    };
    let button = match (&editing, is_list(&section)) {
        (Some(_), _) => t("draft-save-item"),
        (None, true) => t(&format!("draft-add-{section}")),
        (None, false) => t("draft-save"),
    };
    let list = (is_list(&section) && editing.is_none()).then(|| item_list(p, &d, &section));
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <ConflictNote form=form.clone()/>
            {list}
            {(is_list(&section) && editing.is_none()).then(|| view! { <h2 class="cw-heading-m">{t(&format!("draft-add-{section}-heading"))}</h2> })}
            <form method="post" action=action novalidate=true>
                <input type="hidden" name="revision" value=revision/>
                {(!key.is_empty()).then(|| view! { <input type="hidden" name="key" value=key/> })}
                {fields}
                <Button text=button/>
            </form>
            <p class="cw-body"><a href=draft_path(p, "")>{t("draft-back-to-tasks")}</a></p>
        </Page>
    }
}

fn radio_choices(codes: &[&str], prefix: &str) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| Choice::new(*c, t(&format!("{prefix}-{}", c.replace('_', "-")))))
        .collect()
}

fn section_fields(d: &PlanVersion, section: &str, form: &FormState) -> impl IntoView {
    match section {
        "about" => {
            let next = form.date_or("next-review", d.next_review_due.as_deref());
            let ends = form.date_or("ends-on", d.reablement_ends_on.as_deref());
            view! {
                <Radios name="plan-type" legend=t("draft-plan-type") choices=radio_choices(&PLAN_TYPES, "draft-plan-type")
                    selected=form.or("plan-type", d.plan_type.clone()) error=form.error_text("plan-type")/>
                <Textarea name="what-matters" label=t("plan-what-matters") hint=t("draft-what-matters-hint")
                    value=form.or("what-matters", d.what_matters.clone()) error=form.error_text("what-matters") max_chars=LONG/>
                <DateInput name="next-review" legend=t("plan-next-review") hint=t("draft-date-hint") value=next error=form.error_text("next-review")/>
                <DateInput name="ends-on" legend=t("plan-reablement-ends") hint=t("draft-ends-hint") value=ends error=form.error_text("ends-on")/>
            }
            .into_any()
        }
        "budget" => {
            let money = |field: &str, saved: i64| form.or(field, if saved > 0 { format_pence(saved) } else { String::new() });
            let freq = form.or("dp-frequency", d.dp_frequency.clone().unwrap_or_else(|| "none".into()));
            view! {
                <TextInput name="budget-total" label=t("draft-budget-total") hint=t("draft-money-hint") value=money("budget-total", d.budget_total_pence)
                    error=form.error_text("budget-total") width="10" inputmode="decimal"/>
                <Textarea name="budget-explanation" label=t("plan-budget-how") hint=t("draft-budget-explanation-hint")
                    value=form.or("budget-explanation", d.budget_explanation.clone()) error=form.error_text("budget-explanation") max_chars=LONG/>
                <TextInput name="contribution" label=t("draft-contribution") hint=t("draft-contribution-hint") value=form.or("contribution", format_pence(d.contribution_pence))
                    error=form.error_text("contribution") width="10" inputmode="decimal"/>
                <Radios name="dp-frequency" legend=t("draft-dp-frequency") choices=radio_choices(&FREQUENCIES, "draft-frequency")
                    selected=freq error=form.error_text("dp-frequency")/>
                <TextInput name="dp-amount" label=t("draft-dp-amount") hint=t("draft-dp-amount-hint") value=money("dp-amount", d.dp_amount_pence)
                    error=form.error_text("dp-amount") width="10" inputmode="decimal"/>
            }
            .into_any()
        }
        _ => view! {
            <Textarea name="advice" label=t("plan-advice-heading") hint=t("draft-advice-hint")
                value=form.or("advice", d.advice.clone()) error=form.error_text("advice") max_chars=LONG/>
            <Textarea name="contingency" label=t("plan-contingency-heading") hint=t("draft-contingency-hint")
                value=form.or("contingency", d.contingency.clone()) error=form.error_text("contingency") max_chars=LONG/>
        }
        .into_any(),
    }
}

fn item_fields(d: &PlanVersion, section: &str, key: Option<&str>, form: &FormState) -> AnyView {
    let key = key.unwrap_or("");
    match section {
        "needs" => {
            let n = d
                .needs
                .iter()
                .find(|x| x.key == key)
                .cloned()
                .unwrap_or(Need {
                    eligible: true,
                    ..Default::default()
                });
            view! {
                <TextInput name="description" label=t("draft-need-description") value=form.or("description", n.description) error=form.error_text("description")/>
                <Radios name="eligible" legend=t("draft-need-eligible") choices=radio_choices(&["yes", "no"], "draft") inline=true
                    selected=form.or("eligible", if n.eligible { "yes".into() } else { "no".into() }) error=form.error_text("eligible")/>
            }
            .into_any()
        }
        "outcomes" => {
            let o = d
                .outcomes
                .iter()
                .find(|x| x.key == key)
                .cloned()
                .unwrap_or(Outcome {
                    written_by: "person".into(),
                    ..Default::default()
                });
            view! {
                <Textarea name="text" label=t("draft-outcome-text") hint=t("draft-outcome-hint") value=form.or("text", o.text) error=form.error_text("text") rows=3/>
                <Radios name="written-by" legend=t("draft-outcome-written-by") choices=radio_choices(&WRITERS, "draft-writer")
                    selected=form.or("written-by", o.written_by) error=form.error_text("written-by")/>
                <TextInput name="author" label=t("draft-outcome-author") value=form.or("author", o.author_name) error=form.error_text("author")/>
            }
            .into_any()
        }
        "support" => {
            let s = d
                .support
                .iter()
                .find(|x| x.key == key)
                .cloned()
                .unwrap_or_default();
            let needs: Vec<Choice> = d
                .needs
                .iter()
                .map(|n| Choice::new(n.key.clone(), n.description.clone()))
                .collect();
            let ticked = form.list_or("meets", s.meets.clone());
            let cost = form.or(
                "cost",
                if key.is_empty() {
                    String::new()
                } else {
                    format_pence(s.weekly_cost_pence)
                },
            );
            view! {
                <TextInput name="what" label=t("draft-support-what") hint=t("draft-support-what-hint") value=form.or("what", s.what) error=form.error_text("what")/>
                <TextInput name="provider" label=t("draft-support-provider") value=form.or("provider", s.provider) error=form.error_text("provider")/>
                <TextInput name="how-often" label=t("draft-support-how-often") hint=t("draft-support-how-often-hint") value=form.or("how-often", s.how_often) error=form.error_text("how-often")/>
                <TextInput name="hours" label=t("draft-support-hours") hint=t("draft-support-hours-hint") value=form.or("hours", s.hours_per_week)
                    error=form.error_text("hours") width="4" inputmode="decimal"/>
                <TextInput name="cost" label=t("draft-support-cost") hint=t("draft-money-hint") value=cost error=form.error_text("cost") width="10" inputmode="decimal"/>
                <Radios name="direct-payment" legend=t("draft-support-dp") choices=radio_choices(&["yes", "no"], "draft") inline=true
                    selected=form.or("direct-payment", if s.direct_payment { "yes".into() } else { "no".into() }) error=form.error_text("direct-payment")/>
                {if needs.is_empty() {
                    view! { <p class="cw-body">{t("draft-support-no-needs")}</p> }.into_any()
                } else {
                    view! { <Checkboxes name="meets" legend=t("draft-support-meets") choices=needs selected=ticked error=form.error_text("meets")/> }.into_any()
                }}
            }
            .into_any()
        }
        _ => {
            let m = d
                .members
                .iter()
                .find(|x| x.key == key)
                .cloned()
                .unwrap_or_default();
            view! {
                <TextInput name="name" label=t("draft-member-name") value=form.or("name", m.name) error=form.error_text("name")/>
                <Radios name="role" legend=t("draft-member-role") choices=radio_choices(&ROLES, "draft-role")
                    selected=form.or("role", m.role) error=form.error_text("role")/>
            }
            .into_any()
        }
    }
}

/// The items so far, each with "Change" and "Remove".
fn item_list(p: i64, d: &PlanVersion, section: &str) -> AnyView {
    let rows: Vec<(String, String, String)> = match section {
        "needs" => d
            .needs
            .iter()
            .map(|n| {
                (
                    n.key.clone(),
                    n.description.clone(),
                    if n.eligible {
                        t("plan-eligible-yes")
                    } else {
                        t("plan-eligible-no")
                    },
                )
            })
            .collect(),
        "outcomes" => d
            .outcomes
            .iter()
            .map(|o| {
                (
                    o.key.clone(),
                    o.text.clone(),
                    t_args("plan-written-by", &[("name", o.author_name.clone().into())]),
                )
            })
            .collect(),
        "support" => d
            .support
            .iter()
            .map(|s| {
                (
                    s.key.clone(),
                    s.what.clone(),
                    format!(
                        "{} · {} · {}",
                        s.provider,
                        s.how_often,
                        t_args(
                            "plan-per-week",
                            &[("amount", format_pence(s.weekly_cost_pence).into())]
                        )
                    ),
                )
            })
            .collect(),
        _ => d
            .members
            .iter()
            .map(|m| {
                (
                    m.key.clone(),
                    m.name.clone(),
                    t(&format!("draft-role-{}", m.role.replace('_', "-"))),
                )
            })
            .collect(),
    };
    if rows.is_empty() {
        return view! { <p class="cw-body">{t(&format!("draft-{section}-empty"))}</p> }.into_any();
    }
    let revision = d.revision.to_string();
    let section = section.to_string();
    view! {
        <table class="cw-table">
            <caption class="cw-table__caption">{t_args("draft-items-caption", &[("count", rows.len().into())])}</caption>
            <thead class="cw-table__head"><tr class="cw-table__row">
                <th scope="col" class="cw-table__header">{t("draft-item")}</th>
                <th scope="col" class="cw-table__header">{t("draft-item-details")}</th>
                <th scope="col" class="cw-table__header"><span class="cw-visually-hidden">{t("draft-item-actions")}</span></th>
            </tr></thead>
            <tbody class="cw-table__body">
                {rows.into_iter().map(|(key, name, detail)| {
                    let hidden = name.clone();
                    let hidden2 = name.clone();
                    view! {
                        <tr class="cw-table__row">
                            <th scope="row" class="cw-table__header">{name}</th>
                            <td class="cw-table__cell">{detail}</td>
                            <td class="cw-table__cell cw-item-actions">
                                <a href=draft_path(p, &format!("{section}/{key}"))>{t("draft-change")}<span class="cw-visually-hidden">" " {hidden}</span></a>
                                <form method="post" action=draft_path(p, &format!("{section}/{key}/remove")) class="cw-inline-form">
                                    <input type="hidden" name="revision" value=revision.clone()/>
                                    <button type="submit" class="cw-link-button">{t("draft-remove")}<span class="cw-visually-hidden">" " {hidden2}</span></button>
                                </form>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

// ---------------------------------------------------------------- check your answers

#[component]
pub fn DraftCheckPage() -> impl IntoView {
    loaded(
        load(PageCtx::current(), person_param(), "check".into(), None),
        |data| view! { <DraftCheckView data/> },
    )
}

#[component]
pub fn DraftCheckView(data: DraftData) -> impl IntoView {
    let p = data.person_id;
    let d = data.draft.clone().unwrap_or_default();
    let form = data.form.clone().unwrap_or_default();
    let title = t("draft-check-title");
    let incomplete: Vec<(&str, &str)> = EDIT_SECTIONS
        .iter()
        .copied()
        .filter(|(c, _)| !section_complete(&d, c))
        .collect();
    let agreed = form.date_or("agreed-on", Some(&data.today));
    let locale = current();
    let about_rows = vec![
        crate::components::SummaryRow::new(
            t("plan-type"),
            t(&format!(
                "draft-plan-type-{}",
                d.plan_type.replace('_', "-")
            )),
        )
        .with_action(draft_path(p, "about"), t("draft-change")),
        crate::components::SummaryRow::new(
            t("plan-next-review"),
            d.next_review_due
                .as_deref()
                .map(|x| crate::dates::format_date(locale, x))
                .unwrap_or_else(|| t("plan-not-set")),
        )
        .with_action(draft_path(p, "about"), t("draft-change")),
    ];
    view! {
        <Page title=title.clone() crumbs=crumbs(p, &data.person_name, Some(title.clone())) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <ConflictNote form=form.clone()/>
            {(!incomplete.is_empty()).then(|| view! {
                <div class="cw-inset" id="incomplete" tabindex="-1">
                    <p class="cw-body">{t("draft-incomplete-lead")}</p>
                    <ul class="cw-list cw-list--bullet">
                        {incomplete.iter().map(|(c, id)| view! { <li><a href=draft_path(p, c)>{t(id)}</a></li> }).collect_view()}
                    </ul>
                </div>
            })}
            <crate::components::SummaryList rows=about_rows/>
            {SECTIONS.iter().map(|(code, title_id)| {
                let heading = if *code == "outcomes" && d.is_reablement() { t("plan-section-goals") } else { t(title_id) };
                let hidden = heading.clone();
                view! {
                    <section class="cw-summary-card" aria-labelledby=format!("check-{code}")>
                        <h2 class="cw-heading-m" id=format!("check-{code}")>{heading}</h2>
                        {section_body(&d, code, &[])}
                        <p class="cw-body"><a href=draft_path(p, code)>{t("draft-change")}<span class="cw-visually-hidden">" " {hidden}</span></a></p>
                    </section>
                }
            }).collect_view()}
            <h2 class="cw-heading-m">{t("draft-publish-heading")}</h2>
            <form method="post" action=draft_path(p, "check") novalidate=true>
                <input type="hidden" name="revision" value=d.revision.to_string()/>
                <DateInput name="agreed-on" legend=t("draft-agreed-on") hint=t("draft-date-hint") value=agreed error=form.error_text("agreed-on")/>
                <TextInput name="agreed-with" label=t("draft-agreed-with") hint=t("draft-agreed-with-hint") value=form.v("agreed-with") error=form.error_text("agreed-with")/>
                <Button text=t_args("draft-publish", &[("number", data.next_number.into())])/>
            </form>
        </Page>
    }
}

// ---------------------------------------------------------------- handlers

fn revision_of(f: &Fields) -> i64 {
    f.text("revision", 20).parse().unwrap_or(0)
}

fn money(form: &mut FormState, f: &Fields, field: &str, required: bool) -> i64 {
    let v = f.text(field, 40);
    form.values.insert(field.to_string(), v.clone());
    if v.is_empty() && !required {
        return 0;
    }
    match parse_pence(&v) {
        Ok(p) => p,
        Err(m) => {
            form.push(field, m);
            0
        }
    }
}

fn date(form: &mut FormState, f: &Fields, field: &str, required: bool) -> Option<String> {
    form.keep_date(f, field);
    match forms::typed_date(f, field) {
        Ok(None) if required => {
            form.push(field, Msg("draft-error-date-empty"));
            None
        }
        Ok(d) => d,
        Err(()) => {
            form.push(field, Msg("draft-error-date-invalid"));
            None
        }
    }
}

/// Hours a week: empty, or a number from 0 to 168 with up to two decimals.
fn hours(form: &mut FormState, f: &Fields) -> String {
    let v = f.text("hours", 20);
    form.values.insert("hours".into(), v.clone());
    if v.is_empty() {
        return v;
    }
    let ok = v.split_once('.').map_or(v.len() <= 3, |(w, d)| {
        w.len() <= 3 && !d.is_empty() && d.len() <= 2
    }) && v.chars().all(|c| c.is_ascii_digit() || c == '.')
        && v.parse::<f64>()
            .map(|h| (0.0..=168.0).contains(&h))
            .unwrap_or(false);
    if !ok {
        form.push("hours", Msg("draft-error-hours"));
    }
    v
}

fn parse_item(
    section: &str,
    key: String,
    f: &Fields,
    form: &mut FormState,
    d: &PlanVersion,
) -> Item {
    match section {
        "needs" => Item::Need(Need {
            key,
            description: form.text(f, "description", SHORT, Some(Msg("draft-error-need-empty"))),
            eligible: form.choice(f, "eligible", &["yes", "no"], Msg("draft-error-eligible"))
                == "yes",
        }),
        "outcomes" => Item::Outcome(Outcome {
            key,
            text: form.text(f, "text", LONG, Some(Msg("draft-error-outcome-empty"))),
            written_by: form.choice(f, "written-by", &WRITERS, Msg("draft-error-written-by")),
            author_name: form.text(f, "author", SHORT, Some(Msg("draft-error-author-empty"))),
        }),
        "support" => {
            let meets: Vec<String> = f
                .all("meets")
                .iter()
                .map(|m| m.chars().take(40).collect())
                .collect();
            form.values.insert("meets".into(), meets.join(","));
            if meets.iter().any(|m| !d.needs.iter().any(|n| &n.key == m)) {
                form.push("meets", Msg("draft-error-meets"));
            }
            Item::Support(Support {
                key,
                what: form.text(f, "what", SHORT, Some(Msg("draft-error-what-empty"))),
                provider: form.text(
                    f,
                    "provider",
                    SHORT,
                    Some(Msg("draft-error-provider-empty")),
                ),
                how_often: form.text(
                    f,
                    "how-often",
                    SHORT,
                    Some(Msg("draft-error-how-often-empty")),
                ),
                hours_per_week: hours(form, f),
                weekly_cost_pence: money(form, f, "cost", true),
                direct_payment: form.choice(
                    f,
                    "direct-payment",
                    &["yes", "no"],
                    Msg("draft-error-dp"),
                ) == "yes",
                meets,
            })
        }
        _ => Item::Member(Member {
            key,
            name: form.text(f, "name", SHORT, Some(Msg("draft-error-name-empty"))),
            role: form.choice(f, "role", &ROLES, Msg("draft-error-role")),
        }),
    }
}

fn item_in(d: &PlanVersion, item: &Item) -> bool {
    match item {
        Item::Need(n) => d.needs.contains(n),
        Item::Outcome(o) => d.outcomes.contains(o),
        Item::Support(s) => d.support.contains(s),
        Item::Member(m) => d.members.contains(m),
    }
}

fn key_in(d: &PlanVersion, item: &Item) -> bool {
    let (section, key) = match item {
        Item::Need(n) => ("needs", &n.key),
        Item::Outcome(o) => ("outcomes", &o.key),
        Item::Support(s) => ("support", &s.key),
        Item::Member(m) => ("people", &m.key),
    };
    item_exists(d, section, key)
}

/// The common frame of every draft POST: authorise, find the draft, run
/// `act`, audit a change, and turn a stale revision into an explained
/// error with the input kept.
async fn with_draft<F, Fut>(
    state: AppState,
    session: Session,
    v: crate::auth::Viewer,
    meta: crate::auth::ClientMeta,
    person_id: i64,
    back: String,
    form_id: String,
    act: F,
) -> Response
where
    F: FnOnce(PlanVersion, FormState) -> Fut,
    Fut: std::future::Future<Output = Result<Step, AppError>>,
{
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::EditPlan).await?;
        let Some(d) = draft::current(&state.db, person_id).await? else {
            // Published or discarded meanwhile (or a second click): the
            // task list says where things stand.
            return Ok(forms::see_other(&draft_path(person_id, "")));
        };
        let draft_id = d.id;
        match act(d, FormState::new(&form_id)).await? {
            Step::Invalid(form) => Ok(forms::fail(&session, &form, &back).await),
            Step::Conflict(mut form) => {
                form.push("conflict", Msg("draft-error-conflict"));
                Ok(forms::fail(&session, &form, &back).await)
            }
            Step::Done {
                audit,
                notice,
                next,
            } => {
                state
                    .audit(
                        &v,
                        &access,
                        audit,
                        "plan_version",
                        Some(draft_id.to_string()),
                        &meta,
                    )
                    .await?;
                Ok(forms::done(&session, notice, &next).await)
            }
        }
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

enum Step {
    Invalid(FormState),
    Conflict(FormState),
    Done {
        audit: &'static str,
        notice: Msg,
        next: String,
    },
}

fn settle(
    r: Result<(), DraftError>,
    form: FormState,
    ok: Step,
    already_done: bool,
) -> Result<Step, AppError> {
    match r {
        Ok(()) => Ok(ok),
        Err(DraftError::Conflict) if already_done => Ok(ok),
        Err(DraftError::Conflict) => Ok(Step::Conflict(form)),
        Err(DraftError::Missing) => Err(AppError::NotFound),
        Err(DraftError::Db(e)) => Err(e.into()),
    }
}

/// `POST /people/{id}/plan/draft`: start a draft (a copy of the current
/// version). A second click finds the draft already there.
pub async fn start_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::EditPlan).await?;
        let existed = draft::exists(&state.db, person_id).await?;
        let now = state.clock.now();
        let draft_id = draft::start(&state.db, person_id, v.account_id, now).await?;
        if !existed {
            crate::audit::record(
                &state.db,
                now,
                &v,
                &access,
                "started_plan_draft",
                "plan_version",
                Some(draft_id.to_string()),
                &meta,
            )
            .await?;
        }
        Ok(forms::done(&session, Msg("draft-started"), &draft_path(person_id, "")).await)
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

/// `POST /people/{id}/plan/draft/discard`.
pub async fn discard_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let f = Fields(fields);
    let now = state.clock.now();
    let db = state.db.clone();
    with_draft(
        state,
        session,
        v,
        meta,
        person_id,
        draft_path(person_id, ""),
        form_name("", None),
        move |d, form| async move {
            let r = draft::discard(&db, d.id, revision_of(&f), now).await;
            settle(
                r,
                form,
                Step::Done {
                    audit: "discarded_plan_draft",
                    notice: Msg("draft-discarded"),
                    next: format!("/people/{person_id}/plan"),
                },
                false,
            )
        },
    )
    .await
}

/// `POST /people/{id}/plan/draft/{section}`: save a section's fields, or
/// add an item to a list section.
pub async fn section_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, section)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    if !EDIT_SECTIONS.iter().any(|(c, _)| *c == section) {
        // Authorise first, so a guess at someone else's record learns nothing.
        return match state.authorise(&v, person_id, Action::EditPlan).await {
            Ok(_) => AppError::NotFound.into_response(),
            Err(e) => e.into_response(),
        };
    }
    let f = Fields(fields);
    let now = state.clock.now();
    let today = state.clock.today();
    let db = state.db.clone();
    let back = draft_path(person_id, &section);
    with_draft(
        state,
        session,
        v,
        meta,
        person_id,
        back.clone(),
        form_name(&section, None),
        move |d, mut form| async move {
            let revision = revision_of(&f);
            if is_list(&section) {
                let key = f.text("key", 40);
                let key = if key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit()) {
                    key
                } else {
                    draft::new_key()
                };
                let item = parse_item(&section, key, &f, &mut form, &d);
                if form.has_errors() {
                    return Ok(Step::Invalid(form));
                }
                // A second click of "add": the item is there already.
                if key_in(&d, &item) {
                    return Ok(Step::Done {
                        audit: "changed_plan_draft",
                        notice: Msg("draft-item-added"),
                        next: back,
                    });
                }
                let r = draft::save_item(&db, d.id, revision, now, item, false).await;
                return settle(
                    r,
                    form,
                    Step::Done {
                        audit: "changed_plan_draft",
                        notice: Msg("draft-item-added"),
                        next: back,
                    },
                    false,
                );
            }
            let fields = match section.as_str() {
                "about" => {
                    let plan_type =
                        form.choice(&f, "plan-type", &PLAN_TYPES, Msg("draft-error-plan-type"));
                    let what_matters = form.text(
                        &f,
                        "what-matters",
                        LONG,
                        Some(Msg("draft-error-what-matters-empty")),
                    );
                    let next = date(&mut form, &f, "next-review", true);
                    if next.as_deref().is_some_and(|n| n < today.as_str()) {
                        form.push("next-review", Msg("draft-error-review-past"));
                    }
                    let ends = date(&mut form, &f, "ends-on", plan_type == "reablement");
                    let ends = if plan_type == "reablement" {
                        ends
                    } else {
                        None
                    };
                    draft::Fields::About(About {
                        plan_type,
                        what_matters,
                        next_review_due: next,
                        reablement_ends_on: ends,
                    })
                }
                "budget" => {
                    let total = money(&mut form, &f, "budget-total", true);
                    let explanation = form.text(
                        &f,
                        "budget-explanation",
                        LONG,
                        Some(Msg("draft-error-explanation-empty")),
                    );
                    let contribution = money(&mut form, &f, "contribution", false);
                    if contribution > total
                        && form.error("budget-total").is_none()
                        && form.error("contribution").is_none()
                    {
                        form.push("contribution", Msg("draft-error-contribution-over"));
                    }
                    let freq = form.choice(
                        &f,
                        "dp-frequency",
                        &FREQUENCIES,
                        Msg("draft-error-frequency"),
                    );
                    let dp = money(
                        &mut form,
                        &f,
                        "dp-amount",
                        freq != "none" && FREQUENCIES.contains(&freq.as_str()),
                    );
                    if freq != "none" && dp == 0 && form.error("dp-amount").is_none() {
                        form.push("dp-amount", Msg("draft-error-dp-amount-zero"));
                    }
                    draft::Fields::Budget(Budget {
                        total_pence: total,
                        explanation,
                        contribution_pence: contribution,
                        dp_frequency: (freq != "none").then_some(freq),
                        dp_amount_pence: dp,
                    })
                }
                _ => {
                    let advice = form.text(&f, "advice", LONG, None);
                    let contingency = form.text(
                        &f,
                        "contingency",
                        LONG,
                        Some(Msg("draft-error-contingency-empty")),
                    );
                    draft::Fields::Advice {
                        advice,
                        contingency,
                    }
                }
            };
            if form.has_errors() {
                return Ok(Step::Invalid(form));
            }
            let already = same_fields(&d, &fields);
            let r = draft::save_fields(&db, d.id, revision, now, fields).await;
            settle(
                r,
                form,
                Step::Done {
                    audit: "changed_plan_draft",
                    notice: Msg("draft-saved"),
                    next: draft_path(person_id, ""),
                },
                already,
            )
        },
    )
    .await
}

/// Whether the draft already holds exactly these values (a second click
/// of "save" is then no conflict).
fn same_fields(d: &PlanVersion, f: &draft::Fields) -> bool {
    match f {
        draft::Fields::About(a) => {
            d.plan_type == a.plan_type
                && d.what_matters == a.what_matters
                && d.next_review_due == a.next_review_due
                && d.reablement_ends_on == a.reablement_ends_on
        }
        draft::Fields::Budget(b) => {
            d.budget_total_pence == b.total_pence
                && d.budget_explanation == b.explanation
                && d.contribution_pence == b.contribution_pence
                && d.dp_frequency == b.dp_frequency
                && d.dp_amount_pence == b.dp_amount_pence
        }
        draft::Fields::Advice {
            advice,
            contingency,
        } => &d.advice == advice && &d.contingency == contingency,
    }
}

/// `POST /people/{id}/plan/draft/{section}/{key}`: change one item.
pub async fn item_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, section, key)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let f = Fields(fields);
    let now = state.clock.now();
    let db = state.db.clone();
    let back = draft_path(person_id, &format!("{section}/{key}"));
    let list = draft_path(person_id, &section);
    with_draft(
        state,
        session,
        v,
        meta,
        person_id,
        back,
        form_name(&section, Some(&key)),
        move |d, mut form| async move {
            if !is_list(&section) || !item_exists(&d, &section, &key) {
                return Err(AppError::NotFound);
            }
            let item = parse_item(&section, key, &f, &mut form, &d);
            if form.has_errors() {
                return Ok(Step::Invalid(form));
            }
            let already = item_in(&d, &item);
            let r = draft::save_item(&db, d.id, revision_of(&f), now, item, true).await;
            settle(
                r,
                form,
                Step::Done {
                    audit: "changed_plan_draft",
                    notice: Msg("draft-item-saved"),
                    next: list,
                },
                already,
            )
        },
    )
    .await
}

/// `POST /people/{id}/plan/draft/{section}/{key}/remove`.
pub async fn remove_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, section, key)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let f = Fields(fields);
    let now = state.clock.now();
    let db = state.db.clone();
    let list = draft_path(person_id, &section);
    with_draft(
        state,
        session,
        v,
        meta,
        person_id,
        list.clone(),
        form_name(&section, None),
        move |d, form| async move {
            if !is_list(&section) {
                return Err(AppError::NotFound);
            }
            let done = Step::Done {
                audit: "changed_plan_draft",
                notice: Msg("draft-item-removed"),
                next: list,
            };
            // Already gone (a second click): nothing to do.
            if !item_exists(&d, &section, &key) {
                return Ok(done);
            }
            let r = draft::remove_item(&db, d.id, revision_of(&f), now, &section, &key).await;
            settle(r, form, done, false)
        },
    )
    .await
}

/// `POST /people/{id}/plan/draft/check`: publish.
pub async fn publish_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let f = Fields(fields);
    let now = state.clock.now();
    let today = state.clock.today();
    let db = state.db.clone();
    let account = v.account_id;
    with_draft(
        state,
        session,
        v,
        meta,
        person_id,
        draft_path(person_id, "check"),
        form_name("check", None),
        move |d, mut form| async move {
            let agreed_on = date(&mut form, &f, "agreed-on", true);
            if agreed_on.as_deref().is_some_and(|a| a > today.as_str()) {
                form.push("agreed-on", Msg("draft-error-agreed-future"));
            }
            let agreed_with = form.text(
                &f,
                "agreed-with",
                SHORT,
                Some(Msg("draft-error-agreed-with-empty")),
            );
            if EDIT_SECTIONS.iter().any(|(c, _)| !section_complete(&d, c)) {
                form.push("incomplete", Msg("draft-error-incomplete"));
            }
            if form.has_errors() {
                return Ok(Step::Invalid(form));
            }
            let r = draft::publish(
                &db,
                &d,
                revision_of(&f),
                agreed_on.as_deref().unwrap_or_default(),
                &agreed_with,
                account,
                now,
            )
            .await
            .map(|_| ());
            settle(
                r,
                form,
                Step::Done {
                    audit: "published_plan",
                    notice: Msg("draft-published"),
                    next: format!("/people/{person_id}/plan/versions"),
                },
                false,
            )
        },
    )
    .await
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/people/{id}/plan/draft", post(start_submit))
        .route("/people/{id}/plan/draft/discard", post(discard_submit))
        .route("/people/{id}/plan/draft/check", post(publish_submit))
        .route("/people/{id}/plan/draft/{section}", post(section_submit))
        .route("/people/{id}/plan/draft/{section}/{key}", post(item_submit))
        .route(
            "/people/{id}/plan/draft/{section}/{key}/remove",
            post(remove_submit),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn draft() -> PlanVersion {
        PlanVersion {
            id: 5,
            revision: 7,
            plan_type: "reablement".into(),
            what_matters: "Home by Christmas".into(),
            next_review_due: Some("2027-01-10".into()),
            needs: vec![Need {
                key: "n1".into(),
                description: "Getting upstairs".into(),
                eligible: true,
            }],
            ..Default::default()
        }
    }

    #[test]
    fn sections_are_complete_only_with_what_the_plan_needs() {
        let d = draft();
        assert!(
            !section_complete(&d, "about"),
            "a reablement plan needs its end date"
        );
        let mut ended = d.clone();
        ended.reablement_ends_on = Some("2026-12-24".into());
        assert!(section_complete(&ended, "about"));
        assert!(
            section_complete(&d, "needs")
                && !section_complete(&d, "support")
                && !section_complete(&d, "budget")
        );
    }

    #[test]
    fn the_task_list_says_each_status_in_words_and_carries_the_revision() {
        let data = DraftData {
            person_id: 3,
            person_name: "Alex".into(),
            draft: Some(draft()),
            next_number: 2,
            ..Default::default()
        };
        let html = render(move || view! { <DraftView data/> });
        assert!(
            html.contains("You have completed 1 of 7 sections"),
            "{html}"
        );
        assert_eq!(count(&html, "Not completed"), 6, "{html}");
        assert!(
            tag_with(
                &html,
                "a",
                &[
                    r#"href="/people/3/plan/draft/about""#,
                    r#"aria-describedby="task-about-status""#
                ]
            ),
            "{html}"
        );
        assert!(
            tag_with(&html, "input", &[r#"name="revision""#, r#"value="7""#]),
            "{html}"
        );
    }

    #[test]
    fn a_stale_form_is_explained_and_the_typed_words_are_kept_as_text() {
        let mut form = FormState::new("plan-draft-advice");
        form.values
            .insert("contingency".into(), "</textarea><script>x</script>".into());
        form.push("conflict", Msg("draft-error-conflict"));
        let data = DraftData {
            person_id: 3,
            person_name: "Alex".into(),
            draft: Some(draft()),
            section: "advice".into(),
            form: Some(form),
            ..Default::default()
        };
        let html = render(move || view! { <DraftSectionView data/> });
        assert!(
            html.contains(r##"href="#conflict""##) && tag_with(&html, "div", &[r#"id="conflict""#]),
            "{html}"
        );
        assert!(
            html.contains("&lt;/textarea&gt;&lt;script&gt;") && !html.contains("<script>x"),
            "{html}"
        );
    }

    #[test]
    fn an_add_form_carries_a_new_items_key_and_a_list_shows_change_and_remove() {
        let data = DraftData {
            person_id: 3,
            person_name: "Alex".into(),
            draft: Some(draft()),
            section: "needs".into(),
            new_key: "0123456789abcdef".into(),
            ..Default::default()
        };
        let html = render(move || view! { <DraftSectionView data/> });
        assert!(
            tag_with(
                &html,
                "input",
                &[r#"name="key""#, r#"value="0123456789abcdef""#]
            ),
            "{html}"
        );
        assert!(
            html.contains("<caption") && html.contains("1 item so far"),
            "{html}"
        );
        assert!(
            tag_with(&html, "a", &[r#"href="/people/3/plan/draft/needs/n1""#]),
            "{html}"
        );
        assert!(
            tag_with(
                &html,
                "form",
                &[r#"action="/people/3/plan/draft/needs/n1/remove""#]
            ),
            "{html}"
        );
    }
}
