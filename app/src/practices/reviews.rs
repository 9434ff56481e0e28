//! People's reviews of a practice: a rating (1 to 5) and a few words, from
//! someone the practice supports or supported, and nobody else. The
//! practice manager publishes each one or rejects it with a reason (every
//! decision is kept), and may reply in public. Published reviews show no
//! name.

use crate::data::Db;
use sqlx::Row;

pub const BODY_MAX: usize = 1_000;
pub const REASON_MAX: usize = 500;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    pub id: i64,
    pub practice_id: i64,
    pub person_id: i64,
    /// Shown to the practice manager only, while moderating.
    pub person_name: String,
    pub rating: i64,
    pub body: String,
    pub status: String,
    pub reply: String,
    pub replied_at: Option<i64>,
    pub created_at: i64,
    /// Why it was rejected (the latest reason), for the person.
    pub reason: String,
}

/// Whether the practice supports, or ever supported, the person: they are
/// with it now, a worker of it was once allocated to them, or they moved
/// away from it.
pub async fn supported_by(db: &Db, person_id: i64, practice_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM person p WHERE p.id = $1 AND (p.practice_id = $2 \
         OR EXISTS (SELECT 1 FROM caseload k JOIN account a ON a.id = k.worker_id WHERE k.person_id = p.id AND a.practice_id = $2) \
         OR EXISTS (SELECT 1 FROM switch_request s WHERE s.person_id = p.id AND s.from_practice_id = $2 AND s.status = 'done'))",
    )
    .bind(person_id)
    .bind(practice_id)
    .fetch_one(db.reader())
    .await?;
    Ok(n > 0)
}

const SELECT: &str = "SELECT r.id, r.practice_id, r.person_id, p.display_name AS person_name, r.rating, r.body, r.status, r.reply, r.replied_at, r.created_at, \
     COALESCE((SELECT d.reason FROM practice_review_decision d WHERE d.review_id = r.id AND d.decision = 'rejected' ORDER BY d.id DESC LIMIT 1), '') AS reason \
     FROM practice_review r JOIN person p ON p.id = r.person_id";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Review, sqlx::Error> {
    Ok(Review {
        id: r.try_get("id")?,
        practice_id: r.try_get("practice_id")?,
        person_id: r.try_get("person_id")?,
        person_name: r.try_get("person_name")?,
        rating: r.try_get("rating")?,
        body: r.try_get("body")?,
        status: r.try_get("status")?,
        reply: r.try_get("reply")?,
        replied_at: r.try_get("replied_at")?,
        created_at: r.try_get("created_at")?,
        reason: r.try_get("reason")?,
    })
}

/// The practice's reviews in one state, newest first.
pub async fn with_status(
    db: &Db,
    practice_id: i64,
    status: &str,
) -> Result<Vec<Review>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE r.practice_id = $1 AND r.status = $2 ORDER BY r.created_at DESC, r.id DESC"
    ))
    .bind(practice_id)
    .bind(status)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(from_row).collect()
}

/// The person's review of the practice, if they wrote one.
pub async fn of_person(
    db: &Db,
    practice_id: i64,
    person_id: i64,
) -> Result<Option<Review>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "{SELECT} WHERE r.practice_id = $1 AND r.person_id = $2"
    ))
    .bind(practice_id)
    .bind(person_id)
    .fetch_optional(db.writer())
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Sends a review for moderation. A second one from the same person (a
/// double click, or a change of mind) is not stored: returns false.
pub async fn submit(
    db: &Db,
    practice_id: i64,
    person_id: i64,
    author: i64,
    rating: i64,
    body: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO practice_review (practice_id, person_id, author_account_id, rating, body, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6)",
    )
    .bind(practice_id)
    .bind(person_id)
    .bind(author)
    .bind(rating)
    .bind(body)
    .bind(now)
    .execute(db.writer())
    .await;
    match r {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// Publishes or rejects a pending review of the manager's practice, and
/// logs the decision. False when it is not pending (decided already).
pub async fn decide(
    db: &Db,
    practice_id: i64,
    review_id: i64,
    publish: bool,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let status = if publish { "published" } else { "rejected" };
    let r = sqlx::query("UPDATE practice_review SET status = $3, updated_at = $4 WHERE id = $1 AND practice_id = $2 AND status = 'pending'")
        .bind(review_id)
        .bind(practice_id)
        .bind(status)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO practice_review_decision (review_id, decision, reason, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(review_id)
        .bind(status)
        .bind(reason)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The practice's public reply to a published review (replacing any
/// earlier reply; each is logged).
pub async fn reply(
    db: &Db,
    practice_id: i64,
    review_id: i64,
    text: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let r = sqlx::query("UPDATE practice_review SET reply = $3, replied_at = $4, updated_at = $4 WHERE id = $1 AND practice_id = $2 AND status = 'published'")
        .bind(review_id)
        .bind(practice_id)
        .bind(text)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO practice_review_decision (review_id, decision, reason, decided_by, decided_at) VALUES ($1, 'replied', $2, $3, $4)")
        .bind(review_id)
        .bind(text)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}
