//! The shared form helper: POST, validate, then 303 to a GET.
//!
//! On a validation error the handler flashes what the person typed and the
//! field errors into the session and redirects back to the form; the page's
//! loader takes the flash (once) and re-renders the form with an error
//! summary, inline errors and every value kept. On success the handler
//! flashes a notice and redirects to the next page. Nothing the person typed
//! is ever lost, and refreshing a result page never re-posts.

use crate::error::Msg;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tower_sessions::Session;

const FORM_KEY: &str = "careway.flash.form";
const NOTICE_KEY: &str = "careway.flash.notice";

/// One field's error: the field name (which is also its element id) and a
/// Fluent message id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message_id: String,
}

impl FieldError {
    pub fn new(field: &str, msg: Msg) -> Self {
        Self { field: field.to_string(), message_id: msg.0.to_string() }
    }
}

/// A form's state carried across the redirect: which form, the values as
/// typed, and the errors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    pub form: String,
    pub values: BTreeMap<String, String>,
    pub errors: Vec<FieldError>,
}

impl FormState {
    pub fn new(form: &str) -> Self {
        Self { form: form.to_string(), ..Default::default() }
    }

    pub fn value(&self, field: &str) -> Option<&str> {
        self.values.get(field).map(String::as_str)
    }

    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// Stores a form's state for the next GET of that form.
pub async fn flash_form(session: &Session, state: &FormState) -> Result<(), tower_sessions::session::Error> {
    session.insert(FORM_KEY, state).await
}

/// Takes the flashed state for `form`, if the last POST was to it. A flash
/// meant for a different form is left alone.
pub async fn take_form(session: &Session, form: &str) -> Result<Option<FormState>, tower_sessions::session::Error> {
    let stored: Option<FormState> = session.get(FORM_KEY).await?;
    match stored {
        Some(s) if s.form == form => {
            session.remove::<FormState>(FORM_KEY).await?;
            Ok(Some(s))
        }
        _ => Ok(None),
    }
}

/// A one-off success message shown after a POST (as a success banner).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub message_id: String,
}

pub async fn flash_notice(session: &Session, msg: Msg) -> Result<(), tower_sessions::session::Error> {
    session.insert(NOTICE_KEY, Notice { message_id: msg.0.to_string() }).await
}

pub async fn take_notice(session: &Session) -> Result<Option<Notice>, tower_sessions::session::Error> {
    session.remove(NOTICE_KEY).await
}

/// The "see other" redirect that ends every successful or failed POST.
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}
