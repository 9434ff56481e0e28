//! `/account`: who you are signed in as, and links to change things.

use crate::auth::{Role, Viewer};
use crate::components::{
    Button, Choice, ErrorSummary, NotificationBanner, Radios, SummaryList, SummaryRow,
};
use crate::error::AppError;
use crate::i18n::t;
use crate::i18n::Locale;
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use leptos::prelude::*;

pub const LANGUAGE_FORM: &str = "account-language";
pub const MESSAGE_EMAILS_FORM: &str = "account-message-emails";

#[derive(Clone, Debug)]
pub struct AccountData {
    pub viewer: Viewer,
    pub notice: Option<String>,
    /// The saved language tag, if any.
    pub language: Option<String>,
    pub form: Option<crate::forms::FormState>,
    /// Whether "You have a new message" emails are sent.
    pub message_emails: bool,
    pub emails_form: Option<crate::forms::FormState>,
}

pub async fn load(ctx: PageCtx) -> Result<AccountData, AppError> {
    let v = ctx.viewer()?.clone();
    let (language, message_emails): (Option<String>, i64) =
        sqlx::query_as("SELECT locale, message_emails FROM account WHERE id = $1")
            .bind(v.account_id)
            .fetch_one(ctx.state.db.reader())
            .await?;
    Ok(AccountData {
        viewer: v,
        notice: ctx.take_notice().await?,
        language,
        form: ctx.take_form(LANGUAGE_FORM).await?,
        message_emails: message_emails == 1,
        emails_form: ctx.take_form(MESSAGE_EMAILS_FORM).await?,
    })
}

#[component]
pub fn AccountPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <AccountView data/> },
    )
}

#[component]
pub fn AccountView(data: AccountData) -> impl IntoView {
    let title = t("account-title");
    let v = data.viewer;
    let form = data.form.unwrap_or_default();
    let emails_form = data.emails_form.unwrap_or_default();
    let email_choices = vec![
        Choice::new("on", t("account-message-emails-on")),
        Choice::new("off", t("account-message-emails-off")),
    ];
    let emails_selected = emails_form.or("message-emails", if data.message_emails { "on".into() } else { "off".into() });
    let any_errors = form.has_errors() || emails_form.has_errors();
    let mut errors = form.errors.clone();
    errors.extend(emails_form.errors.clone());
    let languages: Vec<Choice> = Locale::ALL
        .into_iter()
        .map(|l| Choice::new(l.tag(), crate::i18n::tr(l, "core-language-name")))
        .collect();
    let selected_language = data
        .language
        .unwrap_or_else(|| crate::i18n::current().tag().to_string());
    let two_step = if v.two_step {
        t("account-two-step-on")
    } else {
        t("account-two-step-off")
    };
    let rows = vec![
        SummaryRow::new(t("account-name"), v.display_name.clone()),
        SummaryRow::new(t("auth-email-label"), v.email.clone())
            .with_action("/account/email", t("account-change-email")),
        SummaryRow::new(t("account-role"), t(v.role.label_id())),
        SummaryRow::new(t("auth-password-label"), "••••••••••••")
            .with_action("/account/password", t("account-change-password")),
        SummaryRow::new(t("account-two-step"), two_step)
            .with_action("/account/two-step", t("account-change-two-step")),
    ];
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=any_errors>
            <ErrorSummary errors=errors/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <SummaryList rows=rows/>
            <h2 class="cw-heading-m">{t("account-more-heading")}</h2>
            <ul class="cw-list">
                <li><a href="/account/sessions">{t("account-sessions-link")}</a></li>
                <li><a href="/settings/display">{t("account-display-link")}</a></li>
                {(v.role == Role::Person).then(|| v.person_id.map(|p| view! {
                    <li><a href=format!("/people/{p}/carers")>{t("account-carers-link")}</a></li>
                    <li><a href=format!("/people/{p}/history")>{t("account-history-link")}</a></li>
                }))}
            </ul>
            <h2 class="cw-heading-m">{t("account-language-heading")}</h2>
            <form method="post" action="/account/language" novalidate=true>
                <Radios name="language" legend=t("account-language-legend") hint=t("account-language-hint") choices=languages
                    selected=selected_language error=form.error_text("language")/>
                <Button text=t("account-language-button") secondary=true/>
            </form>
            <h2 class="cw-heading-m">{t("account-message-emails-heading")}</h2>
            <form method="post" action="/account/message-emails" novalidate=true>
                <Radios name="message-emails" legend=t("account-message-emails-legend") hint=t("account-message-emails-hint")
                    choices=email_choices selected=emails_selected error=emails_form.error_text("message-emails")/>
                <Button text=t("account-message-emails-button") secondary=true/>
            </form>
        </Page>
    }
}
