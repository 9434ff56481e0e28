//! "You have a new message in Careway": an email with a link and nothing
//! else (never who wrote, never what), at most once an hour per
//! conversation for each reader, and never to someone who turned these
//! emails off in their account.
//!
//! A message from the person's side goes to their allocated workers who
//! are at work, or, when all of them are away, to the practice's managers
//! (the duty inbox). A message from the practice goes to the person and
//! to carers who may read or send their messages.

use crate::data::Db;
use crate::i18n::Locale;
use crate::mail::Email;
use crate::needs::{Needs, Wording};
use crate::state::AppState;
use sqlx::Row;

/// At most one email per conversation per reader in this many seconds.
pub const QUIET_SECONDS: i64 = 60 * 60;

/// The accounts to tell: (account id, email, locale, wording). The person
/// is left out when their communication needs say not to email them (they
/// chose letters or texts, say); their email is worded for their needs
/// (BSL, Easy Read).
pub async fn recipients(
    db: &Db,
    person_id: i64,
    from_person: bool,
    author_account_id: i64,
    today: &str,
) -> Result<Vec<(i64, String, Locale, Wording)>, sqlx::Error> {
    let needs = if from_person { Needs::default() } else { crate::needs::load(db, person_id).await? };
    let rows = if from_person {
        let present = sqlx::query(
            "SELECT a.id, a.email, a.locale FROM caseload k JOIN account a ON a.id = k.worker_id \
             WHERE k.person_id = $1 AND k.ended_at IS NULL AND a.message_emails = 1 AND NOT EXISTS \
             (SELECT 1 FROM worker_away w WHERE w.worker_id = a.id AND w.cancelled_at IS NULL AND w.starts_on <= $2 AND w.ends_on >= $2)",
        )
        .bind(person_id)
        .bind(today)
        .fetch_all(db.reader())
        .await?;
        if present.is_empty() {
            sqlx::query(
                "SELECT a.id, a.email, a.locale FROM account a JOIN person p ON p.practice_id = a.practice_id \
                 WHERE p.id = $1 AND a.role = 'practice_manager' AND a.message_emails = 1 AND $2 = $2",
            )
            .bind(person_id)
            .bind(today)
            .fetch_all(db.reader())
            .await?
        } else {
            present
        }
    } else {
        sqlx::query(&format!(
            "SELECT a.id, a.email, a.locale, a.person_id FROM account a WHERE a.message_emails = 1 AND (a.person_id = $1 \
             OR a.id IN (SELECT d.carer_account_id FROM delegation d WHERE d.person_id = $1 AND {} \
             AND (d.read_messages = 1 OR d.message_for = 1)))",
            crate::authz::active_delegation("d", "$2")
        ))
        .bind(person_id)
        .bind(today)
        .fetch_all(db.reader())
        .await?
    };
    let mut out: Vec<(i64, String, Locale, Wording)> = vec![];
    for r in rows {
        let id: i64 = r.try_get("id")?;
        if id == author_account_id || out.iter().any(|(i, ..)| *i == id) {
            continue;
        }
        let is_person = !from_person && r.try_get::<Option<i64>, _>("person_id")? == Some(person_id);
        if is_person && !needs.email_ok() {
            continue;
        }
        let locale = r
            .try_get::<Option<String>, _>("locale")?
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_default();
        let wording = if is_person { needs.notice_wording() } else { Wording::Standard };
        out.push((id, r.try_get("email")?, locale, wording));
    }
    Ok(out)
}

/// Claims the right to email `account_id` about `conversation_id` now:
/// true when no email about it went to them in the last hour. One
/// conditional write, so two messages at the same moment send one email.
pub async fn claim(
    db: &Db,
    account_id: i64,
    conversation_id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<i64> = sqlx::query_scalar(
        "INSERT INTO message_notice (account_id, conversation_id, last_sent_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, conversation_id) DO UPDATE SET last_sent_at = excluded.last_sent_at \
         WHERE message_notice.last_sent_at <= $4 RETURNING account_id",
    )
    .bind(account_id)
    .bind(conversation_id)
    .bind(now)
    .bind(now - QUIET_SECONDS)
    .fetch_optional(db.writer())
    .await?;
    Ok(row.is_some())
}

/// Tells whoever should know about a new message. Sending never fails the
/// message itself (it is already stored); problems are logged.
pub async fn new_message(
    state: &AppState,
    person_id: i64,
    conversation_id: i64,
    from_person: bool,
    author_account_id: i64,
) {
    let now = state.clock.now();
    let today = state.clock.today();
    let list = match recipients(&state.db, person_id, from_person, author_account_id, &today).await
    {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(error = %e, "could not work out who to tell about a message");
            return;
        }
    };
    for (account_id, email, locale, wording) in list {
        match claim(&state.db, account_id, conversation_id, now).await {
            Ok(true) => {
                let link = format!("/people/{person_id}/messages/{conversation_id}");
                let _ = state
                    .mailer
                    .send(&email, locale, Email::NewMessage { link, wording })
                    .await;
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "could not record a message email"),
        }
    }
}
