//! A practice's figures, computed from Careway's own records (never
//! self-reported), each over the same stated period. A figure counting
//! fewer than [`MIN_CASES`] cases is not shown ("not enough data yet"), so
//! nobody can be identified from it.

use crate::data::Db;
use crate::messages::figures::{reply_figures, ReplyFigures};
use sqlx::Row;

/// Fewer cases than this and a figure is suppressed.
pub const MIN_CASES: usize = 10;
/// The figures look back this many days.
pub const PERIOD_DAYS: i64 = 365;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reviews {
    /// Plan reviews that fell due in the period.
    pub due: usize,
    /// Of those, done by their due date (a new agreed version replacing
    /// the one that set the date, agreed on or before it).
    pub on_time: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Complaints {
    /// Complaints received in the period.
    pub received: usize,
    /// Of those, whose response was due or that are resolved: counted.
    pub counted: usize,
    /// Resolved on or before the day the response was due.
    pub within_target: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratings {
    /// Published reviews in the period.
    pub count: usize,
    /// Their ratings added up (1 to 5 each).
    pub total: i64,
}

impl Ratings {
    /// The average, to one decimal place, in tenths (42 = 4.2).
    pub fn average_tenths(&self) -> Option<i64> {
        (self.count > 0).then(|| (self.total * 10 + self.count as i64 / 2) / self.count as i64)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PracticeFigures {
    pub replies: ReplyFigures,
    pub reviews: Reviews,
    pub complaints: Complaints,
    pub ratings: Ratings,
}

/// Whether a figure over `cases` cases may be shown.
pub fn shown(cases: usize) -> bool {
    cases >= MIN_CASES
}

/// A whole percentage, rounded.
pub fn percent(part: usize, whole: usize) -> Option<i64> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as i64)
}

/// Every figure for the practice over the last [`PERIOD_DAYS`] up to `now`.
pub async fn for_practice(
    db: &Db,
    practice_id: i64,
    now: i64,
) -> Result<PracticeFigures, sqlx::Error> {
    let from = now - PERIOD_DAYS * 86_400;
    let today = crate::dates::uk_date_of(now);
    let start = crate::dates::uk_date_of(from);
    Ok(PracticeFigures {
        replies: reply_figures(db, practice_id, from, now, now).await?,
        reviews: plan_reviews(db, practice_id, &start, &today).await?,
        complaints: complaints(db, practice_id, from, now).await?,
        ratings: ratings(db, practice_id, from, now).await?,
    })
}

/// Plan reviews due in `[start, today]` at the practice: the practice whose
/// worker published the version that set the date (or, for a version with
/// no recorded publisher, the person's practice).
pub async fn plan_reviews(
    db: &Db,
    practice_id: i64,
    start: &str,
    today: &str,
) -> Result<Reviews, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT v.id, v.next_review_due, \
         (SELECT MIN(w.agreed_on) FROM plan_version w WHERE w.replaces_id = v.id AND w.status = 'agreed') AS done_on \
         FROM plan_version v JOIN care_plan c ON c.id = v.plan_id JOIN person p ON p.id = c.person_id \
         LEFT JOIN account a ON a.id = v.published_by \
         WHERE v.status = 'agreed' AND v.next_review_due IS NOT NULL AND v.next_review_due >= $2 AND v.next_review_due <= $3 \
         AND COALESCE(a.practice_id, p.practice_id) = $1",
    )
    .bind(practice_id)
    .bind(start)
    .bind(today)
    .fetch_all(db.reader())
    .await?;
    let mut r = Reviews::default();
    for row in rows {
        let due: String = row.try_get("next_review_due")?;
        let done: Option<String> = row.try_get("done_on")?;
        r.due += 1;
        if done.is_some_and(|d| d <= due) {
            r.on_time += 1;
        }
    }
    Ok(r)
}

pub async fn complaints(
    db: &Db,
    practice_id: i64,
    from: i64,
    now: i64,
) -> Result<Complaints, sqlx::Error> {
    let rows = sqlx::query("SELECT respond_by, resolved_at FROM complaint WHERE practice_id = $1 AND kind = 'complaint' AND received_at >= $2 AND received_at <= $3")
        .bind(practice_id)
        .bind(from)
        .bind(now)
        .fetch_all(db.reader())
        .await?;
    let today = crate::dates::uk_date_of(now);
    let mut c = Complaints::default();
    for row in rows {
        c.received += 1;
        let due: String = row.try_get("respond_by")?;
        let resolved: Option<i64> = row.try_get("resolved_at")?;
        match resolved {
            Some(at) => {
                c.counted += 1;
                if crate::dates::uk_date_of(at) <= due {
                    c.within_target += 1;
                }
            }
            None if today > due => c.counted += 1,
            None => {}
        }
    }
    Ok(c)
}

pub async fn ratings(
    db: &Db,
    practice_id: i64,
    from: i64,
    now: i64,
) -> Result<Ratings, sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(rating), 0) AS BIGINT) AS total FROM practice_review \
         WHERE practice_id = $1 AND status = 'published' AND created_at >= $2 AND created_at <= $3",
    )
    .bind(practice_id)
    .bind(from)
    .bind(now)
    .fetch_one(db.reader())
    .await?;
    Ok(Ratings {
        count: row.try_get::<i64, _>("n")? as usize,
        total: row.try_get("total")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_are_suppressed() {
        assert!(!shown(0) && !shown(MIN_CASES - 1) && shown(MIN_CASES));
    }

    #[test]
    fn averages_and_percentages_round() {
        assert_eq!(
            Ratings {
                count: 3,
                total: 13
            }
            .average_tenths(),
            Some(43)
        );
        assert_eq!(Ratings::default().average_tenths(), None);
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(0, 0), None);
    }
}
