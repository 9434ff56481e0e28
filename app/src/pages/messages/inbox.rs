//! `/messages` for staff: every conversation they answer (their caseload,
//! and the duty inbox while a colleague is away; everyone at the practice
//! for a practice manager), filtered without JavaScript by a GET form:
//! unread, waiting for our reply, overdue, and a search by person or
//! words. The practice's reply figures are computed from real messages.
//!
//! The list shows names, subjects and dates, never message text (opening
//! a conversation is what is audited). People and carers are sent to
//! their own list.

use super::subject_title;
use crate::auth::Role;
use crate::components::{Button, Choice, Radios, TextInput};
use crate::dates::{format_date, format_instant};
use crate::error::AppError;
use crate::i18n::{current, t, t_args};
use crate::layout::{crumbs_home_then, Page};
use crate::messages::figures::ReplyFigures;
use crate::messages::inbox::{self, InboxRow, Show};
use crate::pages::people::history::PageLinks;
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

pub const PAGE_SIZE: usize = 25;
/// The figures look back this far.
pub const FIGURES_DAYS: i64 = 90;

#[derive(Clone, Debug, Default)]
pub struct InboxData {
    pub rows: Vec<InboxRow>,
    /// How many match, before paging.
    pub total: usize,
    pub page: usize,
    pub show: Show,
    pub q: String,
    pub manager: bool,
    pub away_now: Option<String>,
    pub figures: ReplyFigures,
    pub safety: super::Safety,
    pub notice: Option<String>,
}

/// The inbox's query: `show`, `q` and `page`, each bounded.
pub fn query(path_and_query: &str) -> (Show, String, usize) {
    let q = path_and_query.split_once('?').map(|(_, q)| q).unwrap_or("");
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(q).unwrap_or_default();
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let show = Show::from_code(&get("show")).unwrap_or_default();
    let text: String = get("q").trim().chars().take(100).collect();
    let page = get("page").parse::<usize>().ok().filter(|n| (1..100_000).contains(n)).unwrap_or(1);
    (show, text, page)
}

async fn load(ctx: PageCtx, covered: Option<inbox::CoveredPeople>) -> Result<InboxData, AppError> {
    let v = ctx.viewer()?.clone();
    if !v.role.is_staff() {
        return Err(AppError::Forbidden);
    }
    let (show, q, page) = query(&ctx.ui.path_and_query);
    let today = ctx.state.clock.today();
    let now = ctx.state.clock.now();
    let db = &ctx.state.db;
    let inbox::InboxPage { rows, total, page } = inbox::inbox(db, &v, &today, now, &q, show, page, PAGE_SIZE, covered.as_ref()).await?;
    let away_now = crate::messages::away::current_and_coming(db, v.account_id, &today)
        .await?
        .into_iter()
        .find(|a| a.starts_on.as_str() <= today.as_str())
        .map(|a| a.ends_on);
    let figures = match v.practice_id {
        Some(p) => ctx.state.reply_figures(p, FIGURES_DAYS).await?,
        None => ReplyFigures::default(),
    };
    Ok(InboxData {
        rows,
        total,
        page,
        show,
        q,
        manager: v.role == Role::PracticeManager,
        away_now,
        figures,
        safety: super::Safety::from_state(&ctx.state),
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn InboxPage() -> impl IntoView {
    // Who a social worker covers, worked out with the navigation's count
    // by the authentication layer (`auth::nav_counts`).
    let covered = use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<inbox::CoveredPeople>().cloned());
    loaded(load(PageCtx::current(), covered), |data| view! { <InboxView data/> })
}

/// A duration in words: "45 minutes", "5 hours", "2 days and 3 hours".
pub fn duration_text(seconds: i64) -> String {
    let minutes = (seconds / 60).max(1);
    if minutes < 60 {
        return t_args("messages-duration-minutes", &[("count", minutes.into())]);
    }
    let hours = minutes / 60;
    if hours < 24 {
        return t_args("messages-duration-hours", &[("count", hours.into())]);
    }
    let (days, rest) = (hours / 24, hours % 24);
    if rest == 0 {
        t_args("messages-duration-days", &[("count", days.into())])
    } else {
        t_args(
            "messages-duration-and",
            &[
                ("days", t_args("messages-duration-days", &[("count", days.into())]).into()),
                ("hours", t_args("messages-duration-hours", &[("count", rest.into())]).into()),
            ],
        )
    }
}

fn status_cell(r: &InboxRow) -> AnyView {
    let locale = current();
    let mut parts: Vec<AnyView> = vec![];
    if r.conversation.unread > 0 {
        parts.push(view! { <strong class="cw-tag">{t_args("messages-status-unread", &[("count", r.conversation.unread.into())])}</strong>" " }.into_any());
    }
    match (&r.due, r.overdue) {
        (Some(due), true) => parts.push(
            view! { <strong class="cw-tag cw-tag--red">{t_args("messages-status-overdue", &[("date", format_date(locale, due).into())])}</strong> }.into_any(),
        ),
        (Some(due), false) => parts.push(view! { {t_args("messages-status-due", &[("date", format_date(locale, due).into())])} }.into_any()),
        (None, _) => parts.push(view! { {t("messages-status-answered-us")} }.into_any()),
    }
    parts.into_iter().collect_view().into_any()
}

#[component]
pub fn InboxView(data: InboxData) -> impl IntoView {
    let title = t("messages-inbox-title");
    let locale = current();
    let shows: Vec<Choice> = Show::ALL
        .into_iter()
        .map(|s| Choice::new(s.code(), t(&format!("messages-show-{}", s.code()))))
        .collect();
    let pages = data.total.div_ceil(PAGE_SIZE).max(1) as i64;
    let base = format!(
        "/messages?show={}&q={}",
        data.show.code(),
        crate::layout::urlencode(&data.q)
    );
    let f = data.figures;
    let figures_text = match (f.median_seconds, f.percent_within()) {
        (Some(m), Some(pc)) => t_args(
            "messages-figures",
            &[
                ("median", duration_text(m).into()),
                ("percent", pc.into()),
                ("days", (f.target_days as i64).into()),
                ("within", f.within_target.into()),
                ("count", f.counted.into()),
                ("period", FIGURES_DAYS.into()),
            ],
        ),
        _ => t_args("messages-figures-none", &[("period", FIGURES_DAYS.into())]),
    };
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone())>
            {data.notice.clone().map(|id| view! { <crate::components::NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <super::SafetyNotice safety=data.safety.clone()/>
            {data.away_now.clone().map(|until| view! {
                <div class="cw-inset"><p class="cw-body">{t_args("messages-you-are-away", &[("until", format_date(locale, &until).into())])}</p></div>
            })}
            <ul class="cw-list cw-page-links">
                <li><a href="/messages/away">{t("messages-away-link")}</a></li>
                {data.manager.then(|| view! { <li><a href="/practice/settings">{t("messages-settings-link")}</a></li> })}
            </ul>
            <form method="get" action="/messages" class="cw-filter">
                <Radios name="show" legend=t("messages-show-legend") choices=shows selected=data.show.code() inline=true/>
                <TextInput name="q" label=t("messages-search-label") hint=t("messages-search-hint") value=data.q.clone() input_type="search"/>
                <Button text=t("messages-filter-button") secondary=true/>
            </form>
            // The count is text in the page (and the table's caption), so
            // it is read after the form is sent.
            <p class="cw-body" id="results-count"><strong>{t_args("messages-results", &[("count", data.total.into())])}</strong></p>
            {if data.rows.is_empty() {
                view! { <p class="cw-body">{t(if data.q.is_empty() && data.show == Show::All { "messages-inbox-empty" } else { "messages-inbox-no-match" })}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t_args("messages-inbox-caption", &[("count", data.total.into()), ("page", data.page.into()), ("pages", pages.into())])}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("messages-col-person")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-col-subject")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-col-last")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-col-status")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.rows.iter().map(|r| {
                                let c = &r.conversation;
                                let href = format!("/people/{}/messages/{}", c.person_id, c.id);
                                let needs = (!r.formats.is_empty()).then(|| {
                                    let words: Vec<String> = r.formats.iter().map(|f| t(&format!("messages-need-short-{}", f.replace('_', "-")))).collect();
                                    view! { <br/><span class="cw-hint">{t_args("messages-needs-short", &[("needs", words.join(", ").into())])}</span> }
                                });
                                let duty = r.duty.then(|| view! {
                                    <br/><span class="cw-hint">{match &r.worker_name {
                                        Some(w) => t_args("messages-duty-for", &[("name", w.clone().into())]),
                                        None => t("messages-duty-unallocated"),
                                    }}</span>
                                });
                                view! {
                                    <tr class="cw-table__row">
                                        <th scope="row" class="cw-table__header">{r.person_name.clone()}{needs}{duty}</th>
                                        <td class="cw-table__cell"><a href=href>{subject_title(&c.subject_code, &c.subject_text)}<span class="cw-visually-hidden">{format!(" ({})", r.person_name)}</span></a></td>
                                        <td class="cw-table__cell">{format_instant(locale, c.last_message_at)}</td>
                                        <td class="cw-table__cell">{status_cell(r)}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <PageLinks base=base page=data.page as i64 pages=pages/>
            <h2 class="cw-heading-m">{t("messages-figures-heading")}</h2>
            <p class="cw-body">{figures_text}</p>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_query_is_bounded_and_defaults_safely() {
        assert_eq!(query("/messages"), (Show::All, String::new(), 1));
        assert_eq!(query("/messages?show=overdue&q=+Alex+&page=2"), (Show::Overdue, "Alex".into(), 2));
        let (show, q, page) = query(&format!("/messages?show=<script>&q={}&page=-4", "x".repeat(500)));
        assert_eq!((show, q.len(), page), (Show::All, 100, 1));
    }

    #[test]
    fn durations_read_as_words() {
        let html = render(|| view! { <p>{format!("{} / {} / {}", duration_text(30), duration_text(5 * 3600 + 59), duration_text(2 * 86_400 + 3 * 3600))}</p> });
        assert!(html.contains("1 minute / 5 hours / 2 days and 3 hours"), "{html}");
    }

    #[test]
    fn an_empty_inbox_says_so_and_counts_zero() {
        let html = render(|| view! { <InboxView data=InboxData::default()/> });
        assert!(html.contains("0 conversations"), "{html}");
        assert!(html.contains(r#"method="get""#), "{html}");
        assert!(!html.contains("<table"), "{html}");
    }
}
