//! The quarterly audit return: the quarter's statement and receipts, sent
//! for the social worker or finance officer to check. States: submitted,
//! queries (a question back, answered in the portal, which sends it again),
//! accepted.

use crate::data::Db;
use sqlx::Row;

pub const STATES: [&str; 3] = ["submitted", "queries", "accepted"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Return {
    pub id: i64,
    pub quarter: String,
    pub status: String,
    pub submitted_by_name: String,
    pub submitted_at: i64,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    pub author_name: String,
    pub author_role: String,
    pub body: String,
    pub at: i64,
}

const SELECT: &str = "SELECT r.id, r.quarter, r.status, s.display_name AS submitted_by_name, r.submitted_at, \
     d.display_name AS decided_by_name, r.decided_at FROM dp_return r JOIN account s ON s.id = r.submitted_by \
     LEFT JOIN account d ON d.id = r.decided_by";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Return, sqlx::Error> {
    Ok(Return {
        id: r.try_get("id")?,
        quarter: r.try_get("quarter")?,
        status: r.try_get("status")?,
        submitted_by_name: r.try_get("submitted_by_name")?,
        submitted_at: r.try_get("submitted_at")?,
        decided_by_name: r.try_get("decided_by_name")?,
        decided_at: r.try_get("decided_at")?,
    })
}

pub async fn returns(db: &Db, person_id: i64) -> Result<Vec<Return>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE r.person_id = $1 ORDER BY r.quarter DESC"
    ))
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn for_quarter(
    db: &Db,
    person_id: i64,
    quarter: &str,
) -> Result<Option<Return>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "{SELECT} WHERE r.person_id = $1 AND r.quarter = $2"
    ))
    .bind(person_id)
    .bind(quarter)
    .fetch_optional(db.writer())
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn messages(db: &Db, return_id: i64) -> Result<Vec<Message>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.display_name AS author_name, m.author_role, m.body, m.at FROM dp_return_message m \
         JOIN account a ON a.id = m.author_account_id WHERE m.return_id = $1 ORDER BY m.at, m.id",
    )
    .bind(return_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Message {
                author_name: r.try_get("author_name")?,
                author_role: r.try_get("author_role")?,
                body: r.try_get("body")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
}

async fn add_message(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    return_id: i64,
    by: i64,
    role: &str,
    body: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    if body.is_empty() {
        return Ok(());
    }
    sqlx::query("INSERT INTO dp_return_message (return_id, author_account_id, author_role, body, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(return_id)
        .bind(by)
        .bind(role)
        .bind(body)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sends the return for the quarter (once: a second send changes nothing).
/// Returns whether it was sent now.
pub async fn submit(
    db: &Db,
    person_id: i64,
    quarter: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    if for_quarter(db, person_id, quarter).await?.is_some() {
        return Ok(false);
    }
    let r = sqlx::query("INSERT INTO dp_return (person_id, quarter, status, submitted_by, submitted_at) VALUES ($1, $2, 'submitted', $3, $4)")
        .bind(person_id)
        .bind(quarter)
        .bind(by)
        .bind(now)
        .execute(db.writer())
        .await;
    match r {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => Ok(false),
        Err(e) => Err(e),
    }
}

/// The person answers a query: the answer is kept, and the return goes
/// back to the worker. Only from `queries`.
pub async fn answer(
    db: &Db,
    id: i64,
    by: i64,
    role: &str,
    body: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let done = sqlx::query("UPDATE dp_return SET status = 'submitted', submitted_by = $2, submitted_at = $3 WHERE id = $1 AND status = 'queries'")
        .bind(id)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    add_message(&mut tx, id, by, role, body, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The worker accepts the return, or raises a query. Only from `submitted`.
pub async fn decide(
    db: &Db,
    id: i64,
    status: &str,
    by: i64,
    role: &str,
    body: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let done = sqlx::query("UPDATE dp_return SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1 AND status = 'submitted'")
        .bind(id)
        .bind(status)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    add_message(&mut tx, id, by, role, body, now).await?;
    tx.commit().await?;
    Ok(true)
}
