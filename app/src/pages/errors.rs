//! Error pages: not found, forbidden and "something went wrong", each with
//! the right status code and translated words. No internal detail is shown.

use crate::error::AppError;
use crate::i18n::t;
use crate::layout::Page;
use leptos::prelude::*;

fn set_status(code: axum::http::StatusCode) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(code);
    }
}

/// Renders the page for an error, and sets the response status.
pub fn error_view(e: AppError) -> impl IntoView {
    set_status(e.status());
    let (title, body) = match e {
        AppError::NotFound => ("core-not-found-title", "core-not-found-body"),
        AppError::BadRequest => ("core-bad-request-title", "core-bad-request-body"),
        AppError::Forbidden => ("core-forbidden-title", "core-forbidden-body"),
        AppError::Unauthorised => ("core-unauthorised-title", "core-unauthorised-body"),
        AppError::Internal(_) => ("core-internal-title", "core-internal-body"),
        AppError::Unavailable(_) => ("core-unavailable-title", "core-unavailable-body"),
    };
    view! { <ErrorView title=t(title) body=t(body)/> }
}

/// The pure view of an error page.
#[component]
pub fn ErrorView(title: String, body: String) -> impl IntoView {
    view! {
        <Page title=title.clone()>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{body}</p>
            <p class="cw-body"><a href="/">{t("core-go-home")}</a></p>
        </Page>
    }
}

/// The router's fallback: a 404 page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    error_view(AppError::NotFound)
}
