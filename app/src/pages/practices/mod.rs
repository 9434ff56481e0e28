//! Practices: the public directory (`/practices`), each practice's profile
//! and figures (`/practices/{id}`), the side-by-side comparison
//! (`/practices/compare`), people's reviews, the practice manager's own
//! pages (profile, reviews, switch requests), and a person's request to
//! move (`/people/{id}/switch`). The directory, profiles and comparison
//! need no sign-in.

pub mod compare;
pub mod directory;
pub mod manage;
pub mod profile;
pub mod review;
pub mod switch;

use crate::i18n::{t, t_args};
use crate::practices::figures::{percent, shown, PracticeFigures, MIN_CASES, PERIOD_DAYS};
use crate::practices::Profile;
use crate::state::AppState;
use leptos::prelude::*;

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/practices/{pid}/review", post(review::submit))
        .route("/practice/profile", post(manage::profile_submit))
        .route("/practice/reviews/{rid}", post(manage::review_submit))
        .route("/practice/switches/{sid}", post(manage::switch_submit))
        .route("/people/{id}/switch", post(switch::submit))
}

pub fn group_label(code: &str) -> String {
    t(&format!("practices-group-{}", code.replace('_', "-")))
}

pub fn language_label(code: &str) -> String {
    t(&format!("practices-language-{code}"))
}

pub fn organisation_label(code: &str) -> String {
    t(&format!("practices-org-{}", code.replace('_', "-")))
}

pub fn regulator_label(code: &str) -> String {
    t(&format!("practices-regulator-{code}"))
}

/// A list in words: "deaf people, deafblind people".
pub fn joined(items: Vec<String>) -> String {
    if items.is_empty() {
        t("practices-none-given")
    } else {
        items.join(", ")
    }
}

pub fn yes_no(b: bool) -> String {
    t(if b { "practices-yes" } else { "practices-no" })
}

/// "Accepting new people: about 3 weeks for a first visit."
pub fn accepting_text(p: &Profile) -> String {
    match (p.accepting_new, p.wait_weeks) {
        (false, _) => t("practices-not-accepting"),
        (true, Some(w)) => t_args("practices-accepting-wait", &[("weeks", w.into())]),
        (true, None) => t("practices-accepting"),
    }
}

/// Each figure in words, with what it counts and over what period, or
/// "not enough data yet" when it counts fewer than the threshold.
pub fn figure_rows(f: &PracticeFigures) -> Vec<(String, String, String)> {
    let not_enough = || t_args("practices-figure-not-enough", &[("min", (MIN_CASES as i64).into())]);
    let period = PERIOD_DAYS;
    let r = f.replies;
    let reply = if shown(r.counted) {
        t_args(
            "practices-figure-reply-value",
            &[
                ("median", r.median_seconds.map(crate::pages::messages::inbox::duration_text).unwrap_or_default().into()),
                ("percent", percent(r.within_target, r.counted).unwrap_or(0).into()),
                ("days", (r.target_days as i64).into()),
            ],
        )
    } else {
        not_enough()
    };
    let reviews = if shown(f.reviews.due) {
        t_args("practices-figure-reviews-value", &[("percent", percent(f.reviews.on_time, f.reviews.due).unwrap_or(0).into()), ("count", f.reviews.due.into())])
    } else {
        not_enough()
    };
    let c = f.complaints;
    let complaints = if shown(c.received) && shown(c.counted) {
        t_args("practices-figure-complaints-value", &[("count", c.received.into()), ("percent", percent(c.within_target, c.counted).unwrap_or(0).into())])
    } else if shown(c.received) {
        t_args("practices-figure-complaints-count-only", &[("count", c.received.into())])
    } else {
        not_enough()
    };
    let ratings = match f.ratings.average_tenths().filter(|_| shown(f.ratings.count)) {
        Some(tenths) => t_args(
            "practices-figure-ratings-value",
            &[("average", format!("{}.{}", tenths / 10, tenths % 10).into()), ("count", f.ratings.count.into())],
        ),
        None => not_enough(),
    };
    vec![
        (t("practices-figure-reply"), reply, t_args("practices-figure-reply-counts", &[("days", period.into())])),
        (t("practices-figure-reviews"), reviews, t_args("practices-figure-reviews-counts", &[("days", period.into())])),
        (t("practices-figure-complaints"), complaints, t_args("practices-figure-complaints-counts", &[("days", period.into())])),
        (t("practices-figure-ratings"), ratings, t_args("practices-figure-ratings-counts", &[("days", period.into())])),
    ]
}

/// The figures as a summary list, each with what it counts.
/// Accessibility: a `<dl>`, so each value is read with its name; the
/// explanation is text in the value, not a tooltip.
#[component]
pub fn FiguresList(figures: PracticeFigures) -> impl IntoView {
    view! {
        <dl class="cw-summary-list cw-figures">
            {figure_rows(&figures).into_iter().map(|(k, v, counts)| view! {
                <div class="cw-summary-list__row">
                    <dt class="cw-summary-list__key">{k}</dt>
                    <dd class="cw-summary-list__value"><strong>{v}</strong><br/><span class="cw-hint">{counts}</span></dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;
    use crate::messages::figures::ReplyFigures;
    use crate::practices::figures::{Complaints, Ratings, Reviews};

    #[test]
    fn figures_on_too_few_cases_say_so() {
        let few = PracticeFigures {
            replies: ReplyFigures { counted: 9, answered: 9, within_target: 9, median_seconds: Some(3600), target_days: 2 },
            ratings: Ratings { count: 3, total: 15 },
            ..Default::default()
        };
        let html = render(move || view! { <FiguresList figures=few/> });
        assert_eq!(count(&html, "Not enough data yet"), 4, "{html}");
        assert!(!html.contains("5.0"), "a small average is never shown: {html}");
        let many = PracticeFigures {
            replies: ReplyFigures { counted: 12, answered: 12, within_target: 9, median_seconds: Some(5 * 3600), target_days: 2 },
            reviews: Reviews { due: 10, on_time: 7 },
            complaints: Complaints { received: 11, counted: 4, within_target: 3 },
            ratings: Ratings { count: 12, total: 50 },
        };
        let html = render(move || view! { <FiguresList figures=many/> });
        assert!(html.contains("5 hours") && html.contains("75%"), "{html}");
        assert!(html.contains("70%"), "{html}");
        assert!(html.contains("11 complaints") && !html.contains("resolved within"), "a share of too few is not shown: {html}");
        assert!(html.contains("4.2 out of 5"), "{html}");
        assert!(html.contains("over the last 365 days"), "each figure says its period: {html}");
    }
}
