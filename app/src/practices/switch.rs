//! Moving to another practice. The person asks (with a reason if they
//! like, and their consent for their record to go with them); the new
//! practice's manager accepts or declines (with a reason), then moves it
//! on; at "done" the person's record (plan history, budget, messages: all
//! kept by person) belongs to the new practice, the old allocations end,
//! and the old practice's staff lose access at once. Every state is kept
//! with its date.

use crate::data::Db;
use sqlx::Row;

pub const REASON_MAX: usize = 2_000;

/// The states, in order.
pub const STATES: [&str; 5] = ["requested", "accepted", "moving", "done", "declined"];

/// What may follow each state.
pub fn next_states(status: &str) -> &'static [&'static str] {
    match status {
        "requested" => &["accepted", "declined"],
        "accepted" => &["moving", "declined"],
        "moving" => &["done"],
        _ => &[],
    }
}

pub fn is_open(status: &str) -> bool {
    matches!(status, "requested" | "accepted" | "moving")
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub status: String,
    pub note: String,
    pub at: i64,
    pub by_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Switch {
    pub id: i64,
    pub person_id: i64,
    pub person_name: String,
    pub from_practice_id: Option<i64>,
    pub from_name: String,
    pub to_practice_id: i64,
    pub to_name: String,
    pub reason: String,
    pub status: String,
    pub decline_reason: String,
    pub created_at: i64,
    pub events: Vec<Event>,
}

const SELECT: &str = "SELECT s.id, s.person_id, p.display_name AS person_name, s.from_practice_id, COALESCE(f.name, '') AS from_name, \
     s.to_practice_id, t.name AS to_name, s.reason, s.status, s.decline_reason, s.created_at FROM switch_request s \
     JOIN person p ON p.id = s.person_id LEFT JOIN practice f ON f.id = s.from_practice_id JOIN practice t ON t.id = s.to_practice_id";

async fn load(db: &Db, filter: &str, bind: i64) -> Result<Vec<Switch>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE {filter} ORDER BY s.created_at DESC, s.id DESC"
    ))
    .bind(bind)
    .fetch_all(db.writer())
    .await?;
    let mut out = vec![];
    for r in rows {
        let id: i64 = r.try_get("id")?;
        let events = sqlx::query(
            "SELECT e.status, e.note, e.at, COALESCE(a.display_name, '') AS by_name FROM switch_event e \
             LEFT JOIN account a ON a.id = e.by_account WHERE e.switch_id = $1 ORDER BY e.at, e.id",
        )
        .bind(id)
        .fetch_all(db.writer())
        .await?
        .iter()
        .map(|e| Ok(Event { status: e.try_get("status")?, note: e.try_get("note")?, at: e.try_get("at")?, by_name: e.try_get("by_name")? }))
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        out.push(Switch {
            id,
            person_id: r.try_get("person_id")?,
            person_name: r.try_get("person_name")?,
            from_practice_id: r.try_get("from_practice_id")?,
            from_name: r.try_get("from_name")?,
            to_practice_id: r.try_get("to_practice_id")?,
            to_name: r.try_get("to_name")?,
            reason: r.try_get("reason")?,
            status: r.try_get("status")?,
            decline_reason: r.try_get("decline_reason")?,
            created_at: r.try_get("created_at")?,
            events,
        });
    }
    Ok(out)
}

/// The person's requests, newest first.
pub async fn for_person(db: &Db, person_id: i64) -> Result<Vec<Switch>, sqlx::Error> {
    load(db, "s.person_id = $1", person_id).await
}

/// Requests to move to the practice (newest first).
pub async fn incoming(db: &Db, practice_id: i64) -> Result<Vec<Switch>, sqlx::Error> {
    load(db, "s.to_practice_id = $1", practice_id).await
}

/// Requests to move away from the practice.
pub async fn outgoing(db: &Db, practice_id: i64) -> Result<Vec<Switch>, sqlx::Error> {
    load(db, "s.from_practice_id = $1", practice_id).await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Switch>, sqlx::Error> {
    Ok(load(db, "s.id = $1", id).await?.pop())
}

/// Where the person lives and who they are: (practice, council, group).
pub async fn person_facts(
    db: &Db,
    person_id: i64,
) -> Result<(Option<i64>, Option<i64>, Option<String>), sqlx::Error> {
    let r = sqlx::query("SELECT practice_id, council_id, support_group FROM person WHERE id = $1")
        .bind(person_id)
        .fetch_one(db.reader())
        .await?;
    Ok((
        r.try_get("practice_id")?,
        r.try_get("council_id")?,
        r.try_get("support_group")?,
    ))
}

/// The practices the person may ask to move to: another practice that
/// covers their council and supports their group.
pub fn eligible(
    all: &[super::Profile],
    current: Option<i64>,
    council: Option<i64>,
    group: Option<&str>,
) -> Vec<super::Profile> {
    all.iter()
        .filter(|p| Some(p.id) != current)
        .filter(|p| council.is_some_and(|c| p.covers(c)) && group.is_some_and(|g| p.supports(g)))
        .cloned()
        .collect()
}

#[derive(Debug)]
pub enum RequestError {
    /// There is an open request already.
    Open,
    Db(sqlx::Error),
}

impl From<sqlx::Error> for RequestError {
    fn from(e: sqlx::Error) -> Self {
        RequestError::Db(e)
    }
}

/// The request made with this one-off key, if any.
pub async fn requested_with(
    db: &Db,
    account_id: i64,
    idem: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM switch_request WHERE requested_by = $1 AND idem_key = $2")
        .bind(account_id)
        .bind(idem)
        .fetch_optional(db.writer())
        .await
}

pub struct NewRequest<'a> {
    pub person_id: i64,
    pub from: Option<i64>,
    pub to: i64,
    pub reason: &'a str,
    pub by: i64,
    pub idem: &'a str,
    pub now: i64,
}

/// Makes a request. Returns its id, and whether it is new (the same form
/// twice makes one).
pub async fn request(db: &Db, r: NewRequest<'_>) -> Result<(i64, bool), RequestError> {
    if let Some(id) = requested_with(db, r.by, r.idem).await? {
        return Ok((id, false));
    }
    let mut tx = db.writer().begin().await?;
    let id = sqlx::query_scalar(
        "INSERT INTO switch_request (person_id, from_practice_id, to_practice_id, reason, consent, status, requested_by, idem_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 1, 'requested', $5, $6, $7, $7) RETURNING id",
    )
    .bind(r.person_id)
    .bind(r.from)
    .bind(r.to)
    .bind(r.reason)
    .bind(r.by)
    .bind(r.idem)
    .bind(r.now)
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match id {
        Ok(id) => id,
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => {
            drop(tx);
            return match requested_with(db, r.by, r.idem).await? {
                Some(id) => Ok((id, false)),
                None => Err(RequestError::Open),
            };
        }
        Err(e) => return Err(e.into()),
    };
    event(&mut tx, id, "requested", "", r.by, r.now).await?;
    tx.commit().await?;
    Ok((id, true))
}

async fn event(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    status: &str,
    note: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO switch_event (switch_id, status, note, by_account, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(status)
        .bind(note)
        .bind(by)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Moves a request to the practice `practice_id` on from `from` to `to`.
/// At "done" the person moves: their practice changes and every current
/// allocation ends (so the old practice's staff lose access at once). One
/// transaction; false if the request was not in state `from` (a double
/// click, or someone else got there first).
pub async fn advance(
    db: &Db,
    id: i64,
    practice_id: i64,
    from: &str,
    to: &str,
    note: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    if !next_states(from).contains(&to) {
        return Ok(false);
    }
    let mut tx = db.writer().begin().await?;
    let r = sqlx::query(
        "UPDATE switch_request SET status = $4, decline_reason = $5, updated_at = $6 WHERE id = $1 AND to_practice_id = $2 AND status = $3",
    )
    .bind(id)
    .bind(practice_id)
    .bind(from)
    .bind(to)
    .bind(if to == "declined" { note } else { "" })
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    if to == "done" {
        let person: i64 = sqlx::query_scalar("SELECT person_id FROM switch_request WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query("UPDATE person SET practice_id = $2 WHERE id = $1")
            .bind(person)
            .bind(practice_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE caseload SET ended_at = $2 WHERE person_id = $1 AND ended_at IS NULL")
            .bind(person)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    event(&mut tx, id, to, note, by, now).await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practices::Profile;

    #[test]
    fn states_only_move_forward() {
        assert_eq!(next_states("requested"), ["accepted", "declined"]);
        assert_eq!(next_states("moving"), ["done"]);
        assert!(next_states("done").is_empty() && next_states("declined").is_empty());
        assert!(next_states("nonsense").is_empty());
    }

    #[test]
    fn only_practices_for_the_persons_council_and_group_are_offered() {
        let mk = |id, councils: Vec<i64>, groups: Vec<&str>| Profile {
            id,
            councils: councils.into_iter().map(|c| (c, String::new())).collect(),
            groups: groups.into_iter().map(str::to_string).collect(),
            ..Default::default()
        };
        let all = vec![
            mk(1, vec![1], vec!["deaf"]),
            mk(2, vec![1, 2], vec!["deaf"]),
            mk(3, vec![1], vec!["autism"]),
            mk(4, vec![2], vec!["deaf"]),
        ];
        let ids = |v: Vec<Profile>| v.iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(
            ids(eligible(&all, Some(1), Some(1), Some("deaf"))),
            vec![2],
            "not their own, not another council or group"
        );
        assert!(
            eligible(&all, Some(1), None, Some("deaf")).is_empty(),
            "no council recorded: none"
        );
    }
}
