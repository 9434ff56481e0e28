//! A worker's away periods. While every worker allocated to a person is
//! away, their messages go to the practice's duty inbox (see
//! [`crate::authz::duty_condition`]), and the person is told who will
//! reply.

use crate::data::Db;
use sqlx::Row;

/// The longest away period that can be set at once (days).
pub const MAX_DAYS: i64 = 366;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Away {
    pub id: i64,
    pub starts_on: String,
    pub ends_on: String,
}

/// The worker's away periods that have not ended, soonest first.
pub async fn current_and_coming(
    db: &Db,
    worker_id: i64,
    today: &str,
) -> Result<Vec<Away>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, starts_on, ends_on FROM worker_away WHERE worker_id = $1 AND cancelled_at IS NULL AND ends_on >= $2 \
         ORDER BY starts_on, id",
    )
    .bind(worker_id)
    .bind(today)
    .fetch_all(db.reader())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Away {
                id: r.try_get("id")?,
                starts_on: r.try_get("starts_on")?,
                ends_on: r.try_get("ends_on")?,
            })
        })
        .collect()
}

/// Adds an away period; the same dates twice (a double click) are kept
/// once.
pub async fn add(
    db: &Db,
    worker_id: i64,
    starts_on: &str,
    ends_on: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let same: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM worker_away WHERE worker_id = $1 AND starts_on = $2 AND ends_on = $3 AND cancelled_at IS NULL",
    )
    .bind(worker_id)
    .bind(starts_on)
    .bind(ends_on)
    .fetch_one(db.writer())
    .await?;
    if same > 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO worker_away (worker_id, starts_on, ends_on, created_at) VALUES ($1, $2, $3, $4)")
        .bind(worker_id)
        .bind(starts_on)
        .bind(ends_on)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(true)
}

/// Cancels one of the worker's own away periods.
pub async fn cancel(db: &Db, worker_id: i64, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE worker_away SET cancelled_at = $3 WHERE id = $1 AND worker_id = $2 AND cancelled_at IS NULL")
        .bind(id)
        .bind(worker_id)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Whether the away period is this worker's (cancelled or not).
pub async fn owns(db: &Db, worker_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM worker_away WHERE id = $1 AND worker_id = $2")
            .bind(id)
            .bind(worker_id)
            .fetch_one(db.writer())
            .await?;
    Ok(n > 0)
}
