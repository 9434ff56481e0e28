//! The personal budget: how it can be paid (the options, shown side by
//! side), the person's choice as a request the social worker agrees or
//! discusses, and the record that the options were discussed, which is the
//! evidence the Care and Support (Direct Payments) Regulations and the
//! Directions ask for.

pub mod account;
pub mod returns;
pub mod spend;

use crate::data::Db;
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// The ways a personal budget can be paid, in the order shown.
pub const OPTIONS: [&str; 5] = [
    "direct_payment",
    "managed_account",
    "individual_service_fund",
    "council_arranged",
    "mixed",
];

/// Who will manage the money.
pub const MANAGERS: [&str; 3] = ["person", "carer", "organisation"];

/// How the person would like to talk it through.
pub const TALK: [&str; 4] = ["no", "phone", "visit", "video"];

/// The statements the person can tick to say they understand. The
/// employer's duties apply to a direct payment (alone or in a mix).
pub const CHECKS: [&str; 4] = ["what_it_means", "change_later", "employer", "records"];

/// Which checks apply to an option.
pub fn checks_for(option: &str) -> Vec<&'static str> {
    match option {
        "direct_payment" | "mixed" => CHECKS.to_vec(),
        "managed_account" | "individual_service_fund" => {
            vec!["what_it_means", "change_later", "records"]
        }
        _ => vec!["what_it_means", "change_later"],
    }
}

/// The version of the options information, kept with each discussion
/// record so it is known later exactly what was shown.
pub const CONTENT_VERSION: &str = "budget-options-2026-11";

/// What the person has answered so far, kept in the session between the
/// steps, so nothing is typed twice (WCAG 3.3.7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub person_id: i64,
    pub option: String,
    pub manager: String,
    pub manager_name: String,
    pub checks: Vec<String>,
    /// The understanding step was answered (ticking none is an answer).
    pub checks_answered: bool,
    pub questions: String,
    pub talk: String,
}

impl Answers {
    /// The first step not yet answered, or "check" when all are.
    pub fn next_step(&self) -> &'static str {
        if !OPTIONS.contains(&self.option.as_str()) {
            ""
        } else if !MANAGERS.contains(&self.manager.as_str()) {
            "manager"
        } else if !self.checks_answered {
            "checks"
        } else if !TALK.contains(&self.talk.as_str()) {
            "questions"
        } else {
            "check"
        }
    }

    /// Whether the person would like to talk: they asked to, or did not
    /// tick every statement that applies.
    pub fn wants_a_talk(&self) -> bool {
        self.talk != "no"
            || checks_for(&self.option)
                .iter()
                .any(|c| !self.checks.iter().any(|x| x == c))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub id: i64,
    pub option: String,
    pub manager: String,
    pub manager_name: String,
    pub checks: Vec<String>,
    pub questions: String,
    pub talk: String,
    /// sent, agreed or discuss
    pub status: String,
    pub worker_note: String,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<i64>,
    pub requested_by_name: String,
    pub created_at: i64,
}

fn request_from_row(r: &sqlx::any::AnyRow) -> Result<Request, sqlx::Error> {
    Ok(Request {
        id: r.try_get("id")?,
        option: r.try_get("option_code")?,
        manager: r.try_get("manager")?,
        manager_name: r.try_get("manager_name")?,
        checks: r
            .try_get::<String, _>("checks")?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        questions: r.try_get("questions")?,
        talk: r.try_get("talk")?,
        status: r.try_get("status")?,
        worker_note: r.try_get("worker_note")?,
        decided_by_name: r.try_get("decided_by_name")?,
        decided_at: r.try_get("decided_at")?,
        requested_by_name: r.try_get("requested_by_name")?,
        created_at: r.try_get("created_at")?,
    })
}

const REQUEST_SELECT: &str = "SELECT b.id, b.option_code, b.manager, b.manager_name, b.checks, b.questions, b.talk, b.status, \
     b.worker_note, d.display_name AS decided_by_name, b.decided_at, a.display_name AS requested_by_name, b.created_at \
     FROM budget_request b JOIN account a ON a.id = b.requested_by LEFT JOIN account d ON d.id = b.decided_by";

/// The person's choice requests, newest first.
pub async fn requests(db: &Db, person_id: i64) -> Result<Vec<Request>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{REQUEST_SELECT} WHERE b.person_id = $1 ORDER BY b.created_at DESC, b.id DESC"
    ))
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(request_from_row).collect()
}

pub async fn request(db: &Db, person_id: i64, id: i64) -> Result<Option<Request>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "{REQUEST_SELECT} WHERE b.person_id = $1 AND b.id = $2"
    ))
    .bind(person_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    row.as_ref().map(request_from_row).transpose()
}

/// The request sent with this one-off key, if any.
pub async fn sent_with(db: &Db, requested_by: i64, idem: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM budget_request WHERE requested_by = $1 AND idem_key = $2")
        .bind(requested_by)
        .bind(idem)
        .fetch_optional(db.writer())
        .await
}

/// Sends the person's choice. Returns the request id and whether it is new
/// (the same form sent twice gives the first one back).
pub async fn send(
    db: &Db,
    person_id: i64,
    a: &Answers,
    requested_by: i64,
    role: &str,
    idem: &str,
    now: i64,
) -> Result<(i64, bool), sqlx::Error> {
    let existing: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM budget_request WHERE requested_by = $1 AND idem_key = $2",
    )
    .bind(requested_by)
    .bind(idem)
    .fetch_optional(db.writer())
    .await?;
    if let Some(id) = existing {
        return Ok((id, false));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO budget_request (person_id, option_code, manager, manager_name, checks, questions, talk, status, worker_note, \
         requested_by, requester_role, idem_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'sent', '', $8, $9, $10, $11) RETURNING id",
    )
    .bind(person_id)
    .bind(&a.option)
    .bind(&a.manager)
    .bind(&a.manager_name)
    .bind(a.checks.join(","))
    .bind(&a.questions)
    .bind(&a.talk)
    .bind(requested_by)
    .bind(role)
    .bind(idem)
    .bind(now)
    .fetch_one(db.writer())
    .await?;
    Ok((id, true))
}

/// The worker agrees (and the plan's budget now shows the option) or asks
/// to discuss it, with a note the person reads.
pub async fn decide(
    db: &Db,
    person_id: i64,
    id: i64,
    status: &str,
    note: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let done = sqlx::query("UPDATE budget_request SET status = $3, worker_note = $4, decided_by = $5, decided_at = $6 WHERE person_id = $1 AND id = $2")
        .bind(person_id)
        .bind(id)
        .bind(status)
        .bind(note)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    if status == "agreed" {
        sqlx::query("UPDATE care_plan SET budget_option = (SELECT option_code FROM budget_request WHERE id = $2) WHERE person_id = $1")
            .bind(person_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// How the budget is paid now (agreed), if that has been settled.
pub async fn current_option(db: &Db, person_id: i64) -> Result<Option<String>, sqlx::Error> {
    Ok(sqlx::query_scalar::<_, Option<String>>(
        "SELECT budget_option FROM care_plan WHERE person_id = $1 ORDER BY id LIMIT 1",
    )
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?
    .flatten())
}

/// One entry in the record of the discussion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Discussion {
    pub at: i64,
    pub who: String,
    pub role: String,
    /// shown, shown_easy_read or chose
    pub event: String,
    /// What was shown: the content version, the budget and the needs.
    pub shown: String,
    pub request_id: Option<i64>,
}

pub struct NewDiscussion<'a> {
    pub person_id: i64,
    pub account_id: i64,
    pub role: &'a str,
    pub event: &'a str,
    pub shown: &'a str,
    pub budget_pence: i64,
    pub plan_version_id: Option<i64>,
    pub locale: &'a str,
    pub request_id: Option<i64>,
    pub now: i64,
}

/// Records that the options were shown, or a choice made.
pub async fn record_discussion(db: &Db, d: NewDiscussion<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO budget_discussion (person_id, account_id, actor_role, event, shown, budget_pence, plan_version_id, locale, request_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(d.person_id)
    .bind(d.account_id)
    .bind(d.role)
    .bind(d.event)
    .bind(d.shown)
    .bind(d.budget_pence)
    .bind(d.plan_version_id)
    .bind(d.locale)
    .bind(d.request_id)
    .bind(d.now)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The record of the discussion for a person, newest first.
pub async fn discussions(db: &Db, person_id: i64) -> Result<Vec<Discussion>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT d.at, a.display_name AS who, d.actor_role, d.event, d.shown, d.request_id FROM budget_discussion d \
         JOIN account a ON a.id = d.account_id WHERE d.person_id = $1 ORDER BY d.at DESC, d.id DESC",
    )
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Discussion {
                at: r.try_get("at")?,
                who: r.try_get("who")?,
                role: r.try_get("actor_role")?,
                event: r.try_get("event")?,
                shown: r.try_get("shown")?,
                request_id: r.try_get("request_id")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_follow_what_is_answered() {
        let mut a = Answers::default();
        assert_eq!(a.next_step(), "");
        a.option = "direct_payment".into();
        assert_eq!(a.next_step(), "manager");
        a.manager = "person".into();
        assert_eq!(a.next_step(), "checks");
        a.checks_answered = true;
        assert_eq!(
            a.next_step(),
            "questions",
            "ticking nothing is an answer too"
        );
        a.talk = "no".into();
        assert_eq!(a.next_step(), "check");
        a.option = "<script>".into();
        assert_eq!(a.next_step(), "", "an unknown option starts again");
    }

    #[test]
    fn not_ticking_a_statement_that_applies_means_a_talk() {
        let mut a = Answers {
            option: "direct_payment".into(),
            manager: "person".into(),
            talk: "no".into(),
            ..Default::default()
        };
        a.checks = checks_for("direct_payment")
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(!a.wants_a_talk());
        a.checks.retain(|c| c != "employer");
        assert!(
            a.wants_a_talk(),
            "the employer's duties were not understood"
        );
        // Employer duties do not apply to council-arranged services.
        a.option = "council_arranged".into();
        assert!(!a.wants_a_talk());
        a.talk = "video".into();
        assert!(a.wants_a_talk());
    }
}
