//! Communication support at a review, visit or meeting: a BSL interpreter
//! (or a deafblind interpreter, lip-speaker, hearing loop, speech-to-text
//! reporter or advocate). The person, a carer who may send messages for
//! them, or a worker asks; the worker moves it on: asked, booked (with the
//! date), done, or cancelled. Every state is kept with its date.

use crate::data::Db;
use sqlx::Row;

pub const KINDS: [&str; 6] = ["bsl_interpreter", "deafblind_interpreter", "lip_speaker", "hearing_loop", "speech_to_text", "advocate"];
pub const OCCASIONS: [&str; 3] = ["review", "visit", "meeting"];
/// The states a worker can move a request to.
pub const UPDATES: [&str; 3] = ["booked", "done", "cancelled"];
pub const MAX_NOTES: usize = 1000;
pub const MAX_BOOKED_NOTE: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub state: String,
    pub note: String,
    pub by: String,
    pub at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub id: i64,
    pub kind: String,
    pub occasion: String,
    pub wanted_on: String,
    pub notes: String,
    pub state: String,
    pub booked_on: Option<String>,
    pub booked_note: String,
    pub events: Vec<Event>,
}

impl Request {
    /// Done or cancelled: nothing more to do.
    pub fn is_closed(&self) -> bool {
        matches!(self.state.as_str(), "done" | "cancelled")
    }
}

/// The person's requests, newest first, each with its states.
pub async fn for_person(db: &Db, person_id: i64) -> Result<Vec<Request>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, kind, occasion, wanted_on, notes, state, booked_on, booked_note FROM support_request \
         WHERE person_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100",
    )
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    let mut out: Vec<Request> = rows
        .iter()
        .map(|r| {
            Ok(Request {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                occasion: r.try_get("occasion")?,
                wanted_on: r.try_get("wanted_on")?,
                notes: r.try_get("notes")?,
                state: r.try_get("state")?,
                booked_on: r.try_get("booked_on")?,
                booked_note: r.try_get("booked_note")?,
                events: vec![],
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    // One query for every request's states (not one per request).
    let events = sqlx::query(
        "SELECT e.request_id, e.state, e.note, e.at, a.display_name FROM support_request_event e \
         JOIN support_request s ON s.id = e.request_id JOIN account a ON a.id = e.by_account \
         WHERE s.person_id = $1 ORDER BY e.at, e.id",
    )
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    for e in events {
        let rid: i64 = e.try_get("request_id")?;
        if let Some(r) = out.iter_mut().find(|r| r.id == rid) {
            r.events.push(Event {
                state: e.try_get("state")?,
                note: e.try_get("note")?,
                by: e.try_get("display_name")?,
                at: e.try_get("at")?,
            });
        }
    }
    Ok(out)
}

pub struct NewRequest<'a> {
    pub person_id: i64,
    pub kind: &'a str,
    pub occasion: &'a str,
    pub wanted_on: &'a str,
    pub notes: &'a str,
    pub idem: &'a str,
    pub by: i64,
    pub now: i64,
}

/// Stores a request and its first state. The form's one-off key makes a
/// resend (a double click, a retry) store nothing new: `false` then.
pub async fn ask(db: &Db, r: NewRequest<'_>) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO support_request (person_id, kind, occasion, wanted_on, notes, idem, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (idem) DO NOTHING RETURNING id",
    )
    .bind(r.person_id)
    .bind(r.kind)
    .bind(r.occasion)
    .bind(r.wanted_on)
    .bind(r.notes)
    .bind(r.idem)
    .bind(r.by)
    .bind(r.now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        return Ok(false);
    };
    sqlx::query("INSERT INTO support_request_event (request_id, state, note, by_account, at) VALUES ($1, 'asked', '', $2, $3)")
        .bind(id)
        .bind(r.by)
        .bind(r.now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Moves a request of this person's on. Only an open request moves, and
/// only to a different state; `Ok(false)` when there is no such open
/// request (someone else's id, or already closed).
pub async fn update(
    db: &Db,
    person_id: i64,
    id: i64,
    state: &str,
    booked_on: Option<&str>,
    note: &str,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let changed = sqlx::query(
        "UPDATE support_request SET state = $1, booked_on = COALESCE($2, booked_on), booked_note = CASE WHEN $1 = 'booked' THEN $3 ELSE booked_note END, \
         updated_at = $4 WHERE id = $5 AND person_id = $6 AND state IN ('asked', 'booked') AND NOT (state = $1 AND $1 <> 'booked')",
    )
    .bind(state)
    .bind(booked_on)
    .bind(note)
    .bind(now)
    .bind(id)
    .bind(person_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO support_request_event (request_id, state, note, by_account, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(state)
        .bind(note)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Whether the request is this person's (for telling "not found" from
/// "already closed").
pub async fn belongs(db: &Db, person_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM support_request WHERE id = $1 AND person_id = $2")
        .bind(id)
        .bind(person_id)
        .fetch_one(db.reader())
        .await?;
    Ok(n > 0)
}

/// The practice's video relay service, if it has one: (name, link).
pub async fn relay(db: &Db, person_id: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT pr.relay_name, pr.relay_url FROM person p JOIN practice pr ON pr.id = p.practice_id WHERE p.id = $1",
    )
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    Ok(row.filter(|(_, url)| !url.is_empty()))
}
