//! `/practices/{id}`: one practice's profile, its figures and what people
//! say about it. Public. Signed in, a person it supports or supported may
//! leave a review, and a person it could take may ask to move there.

use super::{accepting_text, group_label, joined, language_label, organisation_label, regulator_label, yes_no, FiguresList};
use crate::auth::{Role, Viewer};
use crate::components::{Crumb, NotificationBanner, SummaryList, SummaryRow};
use crate::dates::format_date;
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::pages::people::param;
use crate::pages::{loaded, PageCtx};
use crate::practices::figures::PracticeFigures;
use crate::practices::reviews::{self, Review};
use crate::practices::{self, switch, Profile};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct ProfileData {
    pub practice: Profile,
    pub figures: PracticeFigures,
    pub reviews: Vec<Review>,
    /// The signed-in person may review it (and has not yet).
    pub can_review: bool,
    /// The signed-in person's own review, if any (they see its state).
    pub own_review: Option<Review>,
    /// The signed-in person may ask to move here: their record's id.
    pub can_switch: Option<i64>,
    pub notice: Option<String>,
}

async fn load(ctx: PageCtx, id: i64) -> Result<ProfileData, AppError> {
    let db = &ctx.state.db;
    let practice = practices::profile(db, id).await?.ok_or(AppError::NotFound)?;
    let figures = practices::figures::for_practice(db, id, ctx.state.clock.now()).await?;
    let published = reviews::with_status(db, id, "published").await?;
    let (mut can_review, mut own_review, mut can_switch) = (false, None, None);
    if let Some(Viewer { role: Role::Person, person_id: Some(pid), .. }) = ctx.viewer.as_ref() {
        own_review = reviews::of_person(db, id, *pid).await?;
        can_review = own_review.is_none() && reviews::supported_by(db, *pid, id).await?;
        let (current, council, group) = switch::person_facts(db, *pid).await?;
        if switch::eligible(std::slice::from_ref(&practice), current, council, group.as_deref()).len() == 1 {
            can_switch = Some(*pid);
        }
    }
    Ok(ProfileData { practice, figures, reviews: published, can_review, own_review, can_switch, notice: ctx.take_notice().await? })
}

#[component]
pub fn PracticeProfilePage() -> impl IntoView {
    loaded(load(PageCtx::current(), param("pid")), |data| view! { <PracticeProfileView data/> })
}

/// "November 2026": reviews say when only to the month, so a date does
/// not point to anyone.
pub fn month_year(locale: crate::i18n::Locale, at: i64) -> String {
    let d = crate::dates::uk_date_of(at);
    let full = format_date(locale, &format!("{}-01", &d[..7]));
    full.split_once(' ').map(|(_, rest)| rest.to_string()).unwrap_or(full)
}

fn link_or_none(url: &str, text: String) -> AnyView {
    if url.is_empty() {
        view! { {t("practices-none-given")} }.into_any()
    } else {
        view! { <a href=url.to_string()>{text}</a> }.into_any()
    }
}

/// A rating as text and stars (the stars are hidden from screen readers,
/// which hear "4 out of 5").
#[component]
pub fn RatingText(rating: i64) -> impl IntoView {
    let stars: String = (1..=5).map(|i| if i <= rating { '★' } else { '☆' }).collect();
    view! { <span class="cw-rating"><span aria-hidden="true">{stars}" "</span>{t_args("practices-rating-of-5", &[("rating", rating.into())])}</span> }
}

#[component]
pub fn PracticeProfileView(data: ProfileData) -> impl IntoView {
    let p = data.practice.clone();
    let locale = current();
    let crumbs = vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(t("practices-find-title"), "/practices"), Crumb::here(p.name.clone())];
    let about = vec![
        SummaryRow::new(t("practices-run-by"), organisation_label(&p.organisation_type)),
        SummaryRow::new(t("practices-councils"), joined(p.councils.iter().map(|(_, n)| n.clone()).collect())),
        SummaryRow::new(t("practices-supports"), joined(p.groups.iter().map(|g| group_label(g)).collect())),
        SummaryRow::new(t("practices-first-visit"), accepting_text(&p)),
    ];
    let communication = vec![
        SummaryRow::new(t("practices-languages"), joined(p.languages.iter().map(|l| language_label(l)).collect())),
        SummaryRow::new(t("practices-bsl-staff"), yes_no(p.bsl_staff)),
        SummaryRow::new(t("practices-deafblind"), yes_no(p.deafblind)),
        SummaryRow::new(t("practices-home-visits"), yes_no(p.home_visits)),
    ];
    let contact = vec![
        SummaryRow::new(t("practices-address"), if p.address.is_empty() { t("practices-none-given") } else { format!("{} {}", p.address, p.postcode).trim().to_string() }),
        SummaryRow::new(t("practices-phone"), if p.phone.is_empty() { t("practices-none-given") } else { p.phone.clone() }),
        SummaryRow::new(t("practices-email"), if p.email.is_empty() { t("practices-none-given") } else { p.email.clone() }),
        SummaryRow::new(t("practices-opening"), if p.opening_hours.is_empty() { t("practices-none-given") } else { p.opening_hours.replace('\n', "; ") }),
    ];
    view! {
        <Page title=p.name.clone() crumbs=crumbs>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{p.name.clone()}</h1>
            <p class="cw-body-l">{p.summary.clone()}</p>
            {(!p.description.is_empty()).then(|| view! { <p class="cw-body cw-prewrap">{p.description.clone()}</p> })}
            {data.can_switch.map(|pid| view! {
                <p class="cw-body"><a class="cw-button" href=format!("/people/{pid}/switch?to={}", p.id)>{t("practices-ask-to-move")}</a></p>
            })}
            <h2 class="cw-heading-m">{t("practices-about-heading")}</h2>
            <SummaryList rows=about/>
            <h2 class="cw-heading-m">{t("practices-communication-heading")}</h2>
            <SummaryList rows=communication/>
            <h2 class="cw-heading-m">{t("practices-contact-heading")}</h2>
            <SummaryList rows=contact/>
            {(!p.website.is_empty()).then(|| view! { <p class="cw-body"><a href=p.website.clone()>{t_args("practices-website-link", &[("name", p.name.clone().into())])}</a></p> })}
            <h2 class="cw-heading-m">{t("practices-premises-heading")}</h2>
            <p class="cw-body cw-prewrap">{if p.premises.is_empty() { t("practices-none-given") } else { p.premises.clone() }}</p>
            <h2 class="cw-heading-m">{t("practices-accountable-heading")}</h2>
            <p class="cw-body">{t("practices-accountable-lead")}</p>
            {if p.registrations.is_empty() {
                view! { <p class="cw-body">{t("practices-no-registrations")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cw-list">
                        {p.registrations.iter().map(|r| {
                            let text = t_args("practices-registration", &[("regulator", regulator_label(&r.regulator).into()), ("reference", r.reference.clone().into())]);
                            view! { <li>{if r.url.is_empty() { view! { {text} }.into_any() } else { view! { <a href=r.url.clone()>{text}</a> }.into_any() }}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3 class="cw-heading-s">{t("practices-complaints-heading")}</h3>
            {(!p.complaints_text.is_empty()).then(|| view! { <p class="cw-body cw-prewrap">{p.complaints_text.clone()}</p> })}
            <p class="cw-body">{link_or_none(&p.complaints_url, t_args("practices-complaints-link", &[("name", p.name.clone().into())]))}</p>
            <h3 class="cw-heading-s">{t("practices-advocacy-heading")}</h3>
            <p class="cw-body">{link_or_none(&p.advocacy_url, t("practices-advocacy-link"))}</p>
            <h2 class="cw-heading-m">{t("practices-figures-heading")}</h2>
            <p class="cw-body">{t("practices-figures-lead")}</p>
            <FiguresList figures=data.figures/>
            <h2 class="cw-heading-m" id="reviews">{t("practices-reviews-heading")}</h2>
            {data.own_review.clone().map(|r| view! {
                <div class="cw-inset"><p class="cw-body">{t(&format!("practices-own-review-{}", r.status))}</p>
                {(!r.reason.is_empty()).then(|| view! { <p class="cw-body">{t_args("practices-own-review-reason", &[("reason", r.reason.clone().into())])}</p> })}</div>
            })}
            {data.can_review.then(|| view! { <p class="cw-body"><a href=format!("/practices/{}/review", p.id)>{t("practices-leave-review")}</a></p> })}
            {if data.reviews.is_empty() {
                view! { <p class="cw-body">{t("practices-reviews-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cw-comment-list">
                        {data.reviews.iter().map(|r| view! {
                            <li class="cw-comment">
                                <p class="cw-body"><RatingText rating=r.rating/></p>
                                <p class="cw-body cw-prewrap">{r.body.clone()}</p>
                                <p class="cw-body cw-hint">{t_args("practices-review-by", &[("date", month_year(locale, r.created_at).into())])}</p>
                                {(!r.reply.is_empty()).then(|| view! {
                                    <div class="cw-comment__answer">
                                        <p class="cw-body cw-hint">{t_args("practices-review-reply-by", &[("name", p.name.clone().into())])}</p>
                                        <p class="cw-body cw-prewrap">{r.reply.clone()}</p>
                                    </div>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="cw-body"><a href="/practices">{t("practices-back-to-find")}</a></p>
        </Page>
    }
}
