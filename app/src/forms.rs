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
    /// A number the message needs (`$count`), such as minutes to wait.
    #[serde(default)]
    pub count: Option<i64>,
}

impl FieldError {
    pub fn new(field: &str, msg: Msg) -> Self {
        Self {
            field: field.to_string(),
            message_id: msg.0.to_string(),
            count: None,
        }
    }

    pub fn with_count(mut self, n: i64) -> Self {
        self.count = Some(n);
        self
    }

    /// The message in the current language.
    pub fn text(&self) -> String {
        match self.count {
            Some(n) => crate::i18n::t_args(&self.message_id, &[("count", n.into())]),
            None => crate::i18n::t(&self.message_id),
        }
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
        Self {
            form: form.to_string(),
            ..Default::default()
        }
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

    /// The translated error for a field, for a component's `error` prop.
    pub fn error_text(&self, field: &str) -> Option<String> {
        self.error(field).map(FieldError::text)
    }

    /// The value typed, or empty.
    pub fn v(&self, field: &str) -> String {
        self.value(field).unwrap_or_default().to_string()
    }

    pub fn push(&mut self, field: &str, msg: Msg) {
        self.errors.push(FieldError::new(field, msg));
    }

    /// Keeps the email typed into `field` (bounded) and checks it: empty, or
    /// not an email address, is a field error. Returns it normalised when
    /// it is plausible.
    pub fn email(&mut self, f: &Fields, field: &str) -> Option<String> {
        let typed = f.text(field, 320);
        self.values.insert(field.to_string(), typed.clone());
        let email = normalise_email(&typed);
        if email.is_empty() {
            self.push(field, Msg("auth-error-email-empty"));
            None
        } else if !looks_like_email(&email) {
            self.push(field, Msg("auth-error-email-format"));
            None
        } else {
            Some(email)
        }
    }

    /// Keeps the name typed into `field` and checks it: empty gives `empty`,
    /// more than 100 characters is too long.
    pub fn name(&mut self, f: &Fields, field: &str, empty: Msg) -> String {
        let name = f.text(field, 200);
        self.values.insert(field.to_string(), name.clone());
        if name.is_empty() {
            self.push(field, empty);
        } else if name.chars().count() > 100 {
            self.push(field, Msg("invite-error-name-long"));
        }
        name
    }
}

impl FormState {
    /// Keeps the three parts of a date field (`name`, `name-month`,
    /// `name-year`) exactly as typed.
    pub fn keep_date(&mut self, f: &Fields, name: &str) {
        for suffix in ["", "-month", "-year"] {
            let k = format!("{name}{suffix}");
            self.values.insert(k.clone(), f.text(&k, 10));
        }
    }

    /// What was typed into `field` when the form came back with errors,
    /// else `saved` (what is stored now).
    pub fn or(&self, field: &str, saved: String) -> String {
        if self.values.contains_key(field) {
            self.v(field)
        } else {
            saved
        }
    }

    /// The ticked values of a checkbox group as typed (kept comma-joined),
    /// else `saved`.
    pub fn list_or(&self, field: &str, saved: Vec<String>) -> Vec<String> {
        if self.values.contains_key(field) {
            self.v(field).split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()
        } else {
            saved
        }
    }

    /// A date field as typed, else `saved` (`YYYY-MM-DD`) in three parts.
    pub fn date_or(&self, field: &str, saved: Option<&str>) -> crate::components::DateParts {
        if self.values.contains_key(field) {
            self.date_parts(field)
        } else {
            parts_of(saved)
        }
    }

    /// The three parts of a date field as kept, for `DateInput`.
    pub fn date_parts(&self, name: &str) -> crate::components::DateParts {
        crate::components::DateParts {
            day: self.v(name),
            month: self.v(&format!("{name}-month")),
            year: self.v(&format!("{name}-year")),
        }
    }
}

impl FormState {
    /// Keeps the text typed into `field`, trimmed (up to twice `max`, so
    /// the person sees what was too long and can cut it), and checks it:
    /// empty is the `empty` error when one is given; more than `max`
    /// characters is too long.
    pub fn text(&mut self, f: &Fields, field: &str, max: usize, empty: Option<Msg>) -> String {
        let v = f.text(field, max * 2);
        self.values.insert(field.to_string(), v.clone());
        if v.is_empty() {
            if let Some(m) = empty {
                self.push(field, m);
            }
        } else if v.chars().count() > max {
            self.errors.push(FieldError::new(field, Msg("core-error-too-long")).with_count(max as i64));
        }
        v
    }

    /// Keeps the choice made in `field`; anything not in `allowed` is the
    /// `msg` error.
    pub fn choice(&mut self, f: &Fields, field: &str, allowed: &[&str], msg: Msg) -> String {
        let v = f.text(field, 40);
        self.values.insert(field.to_string(), v.clone());
        if !allowed.contains(&v.as_str()) {
            self.push(field, msg);
        }
        v
    }
}

/// A date typed as day, month and year: `Ok(None)` when all three are
/// empty, `Err(())` unless it is a real date (years 2000 to 2200), else
/// `YYYY-MM-DD`.
pub fn typed_date(f: &Fields, name: &str) -> Result<Option<String>, ()> {
    let (d, m, y) = (
        f.text(name, 10),
        f.text(&format!("{name}-month"), 10),
        f.text(&format!("{name}-year"), 10),
    );
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Ok(None);
    }
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>()) else {
        return Err(());
    };
    if !(2000..=2200).contains(&y) {
        return Err(());
    }
    let s = format!("{y:04}-{m:02}-{d:02}");
    crate::dates::parse_date(&s).map(|_| Some(s)).ok_or(())
}

/// `YYYY-MM-DD` as the three parts a `DateInput` shows.
pub fn parts_of(date: Option<&str>) -> crate::components::DateParts {
    let mut it = date.unwrap_or_default().splitn(3, '-');
    let (y, m, d) = (it.next().unwrap_or(""), it.next().unwrap_or(""), it.next().unwrap_or(""));
    let trim = |s: &str| s.trim_start_matches('0').to_string();
    crate::components::DateParts { day: trim(d), month: trim(m), year: y.to_string() }
}

/// Stores a form's state for the next GET of that form.
pub async fn flash_form(
    session: &Session,
    state: &FormState,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(FORM_KEY, state).await
}

/// Takes the flashed state for `form`, if the last POST was to it. A flash
/// meant for a different form is left alone.
pub async fn take_form(
    session: &Session,
    form: &str,
) -> Result<Option<FormState>, tower_sessions::session::Error> {
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

pub async fn flash_notice(
    session: &Session,
    msg: Msg,
) -> Result<(), tower_sessions::session::Error> {
    session
        .insert(
            NOTICE_KEY,
            Notice {
                message_id: msg.0.to_string(),
            },
        )
        .await
}

pub async fn take_notice(
    session: &Session,
) -> Result<Option<Notice>, tower_sessions::session::Error> {
    take_once(session, NOTICE_KEY).await
}

/// Takes a one-time value out of the session. Unlike `Session::remove`,
/// it leaves the session unchanged when the value is not there, so a
/// plain page view does not write the session back to the database.
pub async fn take_once<T: serde::de::DeserializeOwned>(
    session: &Session,
    key: &str,
) -> Result<Option<T>, tower_sessions::session::Error> {
    if session.get_value(key).await?.is_none() {
        return Ok(None);
    }
    session.remove(key).await
}

/// The "see other" redirect that ends every successful or failed POST.
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// Posted form fields, in order, repeated names kept (checkboxes).
#[derive(Clone, Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The one-off key a form was shown with, or a fresh one when it is not
    /// one of ours (then a resend cannot be recognised, but nothing breaks).
    pub fn idem(&self) -> String {
        let k = self.text("idem", 64);
        if crate::auth::tokens::looks_like_token(&k) {
            k
        } else {
            crate::auth::tokens::new_token()
        }
    }

    /// The value, trimmed, cut to `max` characters (what is kept and shown
    /// again is bounded, whatever was sent).
    pub fn text(&self, name: &str, max: usize) -> String {
        self.get(name).trim().chars().take(max).collect()
    }
}

/// Flashes a failed form and sends the person back to it.
pub async fn fail(session: &Session, state: &FormState, back: &str) -> Response {
    match flash_form(session, state).await {
        Ok(()) => see_other(back),
        Err(e) => crate::error::AppError::from(e).into_response(),
    }
}

/// Flashes a success notice and goes on.
pub async fn done(session: &Session, msg: Msg, next: &str) -> Response {
    match flash_notice(session, msg).await {
        Ok(()) => see_other(next),
        Err(e) => crate::error::AppError::from(e).into_response(),
    }
}

/// A plausible email address: something@something.something, no spaces or
/// angle brackets, at most 254 characters (RFC 5321).
pub fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && s.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    '<' | '>' | '"' | ',' | ';' | '(' | ')' | '[' | ']' | '\\'
                )
        })
}

/// How emails are stored and compared.
pub fn normalise_email(s: &str) -> String {
    s.trim().to_lowercase()
}
