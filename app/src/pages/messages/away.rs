//! `/messages/away`: a member of staff says when they are away. While
//! every worker allocated to a person is away, the practice's duty inbox
//! answers that person's messages, and the person is told who will reply.

use super::run;
use crate::auth::{SignedIn, Viewer};
use crate::components::{Button, DateInput, ErrorSummary, NotificationBanner};
use crate::dates::format_date;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{current, t, t_args};
use crate::layout::Page;
use crate::messages::away::{self, Away, MAX_DAYS};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::*;
use tower_sessions::Session;

const FORM: &str = "messages-away";

#[derive(Clone, Debug, Default)]
pub struct AwayData {
    pub periods: Vec<Away>,
    pub today: String,
    pub form: FormState,
    pub safety: super::Safety,
    pub notice: Option<String>,
}

fn staff(v: &Viewer) -> Result<(), AppError> {
    if v.role.is_staff() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn load(ctx: PageCtx) -> Result<AwayData, AppError> {
    let v = ctx.viewer()?.clone();
    staff(&v)?;
    let today = ctx.state.clock.today();
    Ok(AwayData {
        periods: away::current_and_coming(&ctx.state.db, v.account_id, &today).await?,
        form: ctx.take_form(FORM).await?.unwrap_or_default(),
        notice: ctx.take_notice().await?,
        safety: super::Safety::from_state(&ctx.state),
        today,
    })
}

#[component]
pub fn AwayPage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <AwayView data/> })
}

#[component]
pub fn AwayView(data: AwayData) -> impl IntoView {
    let title = t("messages-away-title");
    let locale = current();
    let form = data.form.clone();
    let crumbs = vec![
        crate::components::Crumb::link(t("core-nav-home"), "/"),
        crate::components::Crumb::link(t("messages-inbox-title"), "/messages"),
        crate::components::Crumb::here(title.clone()),
    ];
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <super::SafetyNotice safety=data.safety.clone()/>
            <p class="cw-body">{t("messages-away-lead")}</p>
            {if data.periods.is_empty() {
                view! { <p class="cw-body">{t("messages-away-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="cw-table">
                        <caption class="cw-table__caption">{t("messages-away-caption")}</caption>
                        <thead class="cw-table__head"><tr class="cw-table__row">
                            <th scope="col" class="cw-table__header">{t("messages-away-from")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-away-to")}</th>
                            <th scope="col" class="cw-table__header">{t("messages-away-action")}</th>
                        </tr></thead>
                        <tbody class="cw-table__body">
                            {data.periods.iter().map(|a| {
                                let from = format_date(locale, &a.starts_on);
                                let to = format_date(locale, &a.ends_on);
                                let label = t_args("messages-away-cancel-label", &[("from", from.clone().into()), ("to", to.clone().into())]);
                                view! {
                                    <tr class="cw-table__row">
                                        <th scope="row" class="cw-table__header">{from}</th>
                                        <td class="cw-table__cell">{to}</td>
                                        <td class="cw-table__cell">
                                            <form method="post" action=format!("/messages/away/{}/cancel", a.id) class="cw-inline-form">
                                                <button type="submit" class="cw-button cw-button--secondary cw-button--small" aria-label=label>{t("messages-away-cancel")}</button>
                                            </form>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h2 class="cw-heading-m">{t("messages-away-add-heading")}</h2>
            <form method="post" action="/messages/away" novalidate=true>
                <DateInput name="starts-on" legend=t("messages-away-starts") hint=t("messages-away-date-hint")
                    value=form.date_parts("starts-on") error=form.error_text("starts-on")/>
                <DateInput name="ends-on" legend=t("messages-away-ends") hint=t("messages-away-ends-hint")
                    value=form.date_parts("ends-on") error=form.error_text("ends-on")/>
                <Button text=t("messages-away-save")/>
            </form>
        </Page>
    }
}

/// `POST /messages/away`.
pub async fn add_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    run(async {
        staff(&v)?;
        let f = Fields(fields);
        let today = state.clock.today();
        let mut form = FormState::new(FORM);
        form.keep_date(&f, "starts-on");
        form.keep_date(&f, "ends-on");
        let date = |name: &str, form: &mut FormState| match forms::typed_date(&f, name) {
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                form.push(name, Msg("draft-error-date-empty"));
                None
            }
            Err(()) => {
                form.push(name, Msg("draft-error-date-invalid"));
                None
            }
        };
        let starts = date("starts-on", &mut form);
        let ends = date("ends-on", &mut form);
        if let Some(s) = &starts {
            if s.as_str() < today.as_str() {
                form.push("starts-on", Msg("messages-away-error-past"));
            }
        }
        if let (Some(s), Some(e)) = (&starts, &ends) {
            let (sd, ed) = (crate::dates::parse_date(s), crate::dates::parse_date(e));
            if e < s {
                form.push("ends-on", Msg("messages-away-error-order"));
            } else if let (Some(sd), Some(ed)) = (sd, ed) {
                if (ed - sd).whole_days() >= MAX_DAYS {
                    form.push("ends-on", Msg("messages-away-error-long"));
                }
            }
        }
        if form.has_errors() {
            return Ok(forms::fail(&session, &form, "/messages/away").await);
        }
        away::add(&state.db, v.account_id, &starts.unwrap_or_default(), &ends.unwrap_or_default(), state.clock.now()).await?;
        Ok(forms::done(&session, Msg("messages-away-saved"), "/messages/away").await)
    })
    .await
}

/// `POST /messages/away/{aid}/cancel`: only one's own.
pub async fn cancel_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path(aid): Path<String>,
) -> Response {
    run(async {
        staff(&v)?;
        let id = super::id_of(&aid);
        if !away::cancel(&state.db, v.account_id, id, state.clock.now()).await? && !away::owns(&state.db, v.account_id, id).await? {
            // Someone else's, or no such period. (One's own, cancelled
            // already by a double click, is simply done.)
            return Err(AppError::NotFound);
        }
        Ok(forms::done(&session, Msg("messages-away-cancelled"), "/messages/away").await)
    })
    .await
}
