//! The person's voice on their plan: comments and "I don't agree" on a
//! section, answered by the social worker; and "ask for an early review",
//! a request the worker moves through received → booked → done.
//!
//! Each form carries a one-off key written when the form was shown, and
//! the database keeps one row per (author, key): a double click, or a
//! retry after a lost response, never makes two.

use crate::data::Db;
use sqlx::Row;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub section: String,
    /// comment or disagree
    pub kind: String,
    pub body: String,
    pub author_name: String,
    /// person or carer
    pub author_role: String,
    pub created_at: i64,
    pub version_number: i64,
    pub answer: Option<String>,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<i64>,
}

pub const KINDS: [&str; 2] = ["comment", "disagree"];
pub const CONTACTS: [&str; 5] = ["email", "phone", "letter", "video", "carer"];
pub const REVIEW_STATES: [&str; 3] = ["received", "booked", "done"];

const COMMENT_COLUMNS: &str =
    "c.id, c.section, c.kind, c.body, a.display_name AS author_name, c.author_role, c.created_at, \
     v.number AS version_number, c.answer, w.display_name AS answered_by_name, c.answered_at";

fn comment_from_row(r: &sqlx::any::AnyRow) -> Result<Comment, sqlx::Error> {
    Ok(Comment {
        id: r.try_get("id")?,
        section: r.try_get("section")?,
        kind: r.try_get("kind")?,
        body: r.try_get("body")?,
        author_name: r.try_get("author_name")?,
        author_role: r.try_get("author_role")?,
        created_at: r.try_get("created_at")?,
        version_number: r.try_get::<Option<i64>, _>("version_number")?.unwrap_or(0),
        answer: r.try_get("answer")?,
        answered_by_name: r.try_get("answered_by_name")?,
        answered_at: r.try_get("answered_at")?,
    })
}

/// The person's comments, newest first; only one section's with `section`.
pub async fn comments(
    db: &Db,
    person_id: i64,
    section: Option<&str>,
) -> Result<Vec<Comment>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COMMENT_COLUMNS} FROM plan_comment c JOIN account a ON a.id = c.author_account_id \
         JOIN plan_version v ON v.id = c.version_id LEFT JOIN account w ON w.id = c.answered_by \
         WHERE c.person_id = $1 AND ($2 = '' OR c.section = $2) ORDER BY c.created_at DESC, c.id DESC"
    ))
    .bind(person_id)
    .bind(section.unwrap_or(""))
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(comment_from_row).collect()
}

pub async fn comment(db: &Db, person_id: i64, id: i64) -> Result<Option<Comment>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COMMENT_COLUMNS} FROM plan_comment c JOIN account a ON a.id = c.author_account_id \
         JOIN plan_version v ON v.id = c.version_id LEFT JOIN account w ON w.id = c.answered_by \
         WHERE c.person_id = $1 AND c.id = $2"
    ))
    .bind(person_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    row.as_ref().map(comment_from_row).transpose()
}

pub struct NewComment<'a> {
    pub person_id: i64,
    pub version_id: i64,
    pub section: &'a str,
    pub kind: &'a str,
    pub body: &'a str,
    pub author_account_id: i64,
    pub author_role: &'a str,
    pub idem_key: &'a str,
    pub now: i64,
}

/// Adds a comment. Returns whether it was new (false: the same form was
/// sent twice, and the first is kept).
pub async fn add_comment(db: &Db, c: NewComment<'_>) -> Result<bool, sqlx::Error> {
    let seen: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM plan_comment WHERE author_account_id = $1 AND idem_key = $2",
    )
    .bind(c.author_account_id)
    .bind(c.idem_key)
    .fetch_one(db.writer())
    .await?;
    if seen > 0 {
        return Ok(false);
    }
    let r = sqlx::query(
        "INSERT INTO plan_comment (person_id, version_id, section, kind, body, author_account_id, author_role, idem_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(c.person_id)
    .bind(c.version_id)
    .bind(c.section)
    .bind(c.kind)
    .bind(c.body)
    .bind(c.author_account_id)
    .bind(c.author_role)
    .bind(c.idem_key)
    .bind(c.now)
    .execute(db.writer())
    .await;
    match r {
        Ok(_) => Ok(true),
        // Two sends racing: the unique index kept the first.
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Answers (or changes the answer to) a comment.
pub async fn answer(
    db: &Db,
    person_id: i64,
    id: i64,
    text: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE plan_comment SET answer = $3, answered_by = $4, answered_at = $5 WHERE person_id = $1 AND id = $2")
        .bind(person_id)
        .bind(id)
        .bind(text)
        .bind(by)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(r.rows_affected() == 1)
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewRequest {
    pub id: i64,
    pub reason: String,
    pub contact: String,
    pub contact_detail: String,
    pub status: String,
    pub booked_for: Option<String>,
    pub note: String,
    pub requested_by_name: String,
    pub requester_role: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl ReviewRequest {
    pub fn is_open(&self) -> bool {
        self.status != "done"
    }
}

const REVIEW_COLUMNS: &str =
    "r.id, r.reason, r.contact, r.contact_detail, r.status, r.booked_for, r.note, \
     a.display_name AS requested_by_name, r.requester_role, r.created_at, r.updated_at";

fn review_from_row(r: &sqlx::any::AnyRow) -> Result<ReviewRequest, sqlx::Error> {
    Ok(ReviewRequest {
        id: r.try_get("id")?,
        reason: r.try_get("reason")?,
        contact: r.try_get("contact")?,
        contact_detail: r.try_get("contact_detail")?,
        status: r.try_get("status")?,
        booked_for: r.try_get("booked_for")?,
        note: r.try_get("note")?,
        requested_by_name: r.try_get("requested_by_name")?,
        requester_role: r.try_get("requester_role")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// The person's review requests, newest first.
pub async fn reviews(db: &Db, person_id: i64) -> Result<Vec<ReviewRequest>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {REVIEW_COLUMNS} FROM review_request r JOIN account a ON a.id = r.requested_by \
         WHERE r.person_id = $1 ORDER BY r.created_at DESC, r.id DESC"
    ))
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(review_from_row).collect()
}

pub struct NewReview<'a> {
    pub person_id: i64,
    pub reason: &'a str,
    pub contact: &'a str,
    pub contact_detail: &'a str,
    pub requested_by: i64,
    pub requester_role: &'a str,
    pub idem_key: &'a str,
    pub now: i64,
}

/// Records a request for an early review. Returns whether it was new.
pub async fn ask_for_review(db: &Db, r: NewReview<'_>) -> Result<bool, sqlx::Error> {
    let seen: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM review_request WHERE requested_by = $1 AND idem_key = $2",
    )
    .bind(r.requested_by)
    .bind(r.idem_key)
    .fetch_one(db.writer())
    .await?;
    if seen > 0 {
        return Ok(false);
    }
    let done = sqlx::query(
        "INSERT INTO review_request (person_id, reason, contact, contact_detail, status, requested_by, requester_role, idem_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $8)",
    )
    .bind(r.person_id)
    .bind(r.reason)
    .bind(r.contact)
    .bind(r.contact_detail)
    .bind(r.requested_by)
    .bind(r.requester_role)
    .bind(r.idem_key)
    .bind(r.now)
    .execute(db.writer())
    .await;
    match done {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The worker moves a request on (booked, with a date; or done), with a
/// note for the person.
pub async fn update_review(
    db: &Db,
    person_id: i64,
    id: i64,
    status: &str,
    booked_for: Option<&str>,
    note: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE review_request SET status = $3, booked_for = $4, note = $5, updated_by = $6, updated_at = $7 WHERE person_id = $1 AND id = $2",
    )
    .bind(person_id)
    .bind(id)
    .bind(status)
    .bind(booked_for)
    .bind(note)
    .bind(by)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// What the worker has to do for a person: unanswered comments and open
/// review requests.
pub async fn to_do_count(db: &Db, person_id: i64) -> Result<(i64, i64), sqlx::Error> {
    let comments: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM plan_comment WHERE person_id = $1 AND answer IS NULL",
    )
    .bind(person_id)
    .fetch_one(db.reader())
    .await?;
    let reviews: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM review_request WHERE person_id = $1 AND status <> 'done'",
    )
    .bind(person_id)
    .fetch_one(db.reader())
    .await?;
    Ok((comments, reviews))
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}
