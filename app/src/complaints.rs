//! Complaints, compliments and feedback, without fear of reprisal.
//!
//! A complaint goes to the person's practice, or (when they would rather)
//! to the council that commissions it. Whoever handles it moves it on:
//! received, acknowledged (within the practice's working days), investigating,
//! response sent, resolved, or escalated. Every state is kept, with its
//! date (append-only). A complaint made without an account is found by its
//! reference and check code (the code is kept only as a hash) and nothing
//! else.
//!
//! Who sees one: the person (and a carer who may send messages for them);
//! the practice's managers when it was sent to the practice; the council's
//! commissioner when it was sent to the council, never the practice's
//! staff, including the social worker it may be about.

use crate::auth::{Role, Viewer};
use crate::data::Db;
use rand::Rng;
use sqlx::Row;

pub const KINDS: [&str; 3] = ["complaint", "compliment", "feedback"];
pub const STATES: [&str; 6] = ["received", "acknowledged", "investigating", "response_sent", "resolved", "escalated"];
/// The states a handler can move a complaint to.
pub const MOVES: [&str; 5] = ["acknowledged", "investigating", "response_sent", "resolved", "escalated"];
pub const WHAT_MAX: usize = 5000;
pub const OUTCOME_MAX: usize = 2000;
pub const WHEN_MAX: usize = 100;
pub const NOTE_MAX: usize = 5000;

/// Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

fn random_code(n: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..n).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect()
}

/// A new reference: `CW-XXXX-XXXX`.
pub fn new_reference() -> String {
    let c = random_code(8);
    format!("CW-{}-{}", &c[..4], &c[4..])
}

/// A new check code (8 characters, shown once).
pub fn new_check_code() -> String {
    random_code(8)
}

/// How a typed reference or code is compared: upper case, no spaces.
pub fn normalise(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).take(40).collect::<String>().to_uppercase()
}

pub fn hash_code(code: &str) -> String {
    crate::auth::tokens::sha256_hex(&format!("careway-complaint:{}", normalise(code)))
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub state: String,
    pub note: String,
    pub internal: bool,
    pub by: Option<String>,
    pub at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attachment {
    pub id: i64,
    pub key: String,
    pub content_type: String,
    pub size: i64,
    pub file_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Complaint {
    pub id: i64,
    pub reference: String,
    pub kind: String,
    pub practice_id: i64,
    pub practice_name: String,
    pub routed_to: String,
    pub council_id: Option<i64>,
    pub council_name: Option<String>,
    pub person_id: Option<i64>,
    pub person_name: Option<String>,
    pub status: String,
    pub what_happened: String,
    pub happened_when: String,
    pub outcome_wanted: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub received_at: i64,
    pub acknowledge_by: String,
    pub respond_by: String,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub response: String,
    pub satisfied: Option<bool>,
    pub events: Vec<Event>,
    pub attachments: Vec<Attachment>,
}

impl Complaint {
    pub fn is_open(&self) -> bool {
        !matches!(self.status.as_str(), "resolved")
    }
    /// Not acknowledged by its date.
    pub fn ack_overdue(&self, today: &str) -> bool {
        self.status == "received" && self.kind == "complaint" && today > self.acknowledge_by.as_str()
    }
    /// No response by its date.
    pub fn response_overdue(&self, today: &str) -> bool {
        matches!(self.status.as_str(), "received" | "acknowledged" | "investigating")
            && self.kind == "complaint"
            && today > self.respond_by.as_str()
    }
}

const SELECT: &str = "SELECT c.id, c.reference, c.kind, c.practice_id, pr.name AS practice_name, c.routed_to, c.council_id, \
     co.name AS council_name, c.person_id, pe.display_name AS person_name, c.status, c.what_happened, c.happened_when, \
     c.outcome_wanted, c.contact_name, c.contact_email, c.contact_phone, c.received_at, c.acknowledge_by, c.respond_by, \
     c.assigned_to, asg.display_name AS assigned_name, c.response, c.satisfied \
     FROM complaint c JOIN practice pr ON pr.id = c.practice_id LEFT JOIN council co ON co.id = c.council_id \
     LEFT JOIN person pe ON pe.id = c.person_id LEFT JOIN account asg ON asg.id = c.assigned_to";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Complaint, sqlx::Error> {
    Ok(Complaint {
        id: r.try_get("id")?,
        reference: r.try_get::<Option<String>, _>("reference")?.unwrap_or_default(),
        kind: r.try_get("kind")?,
        practice_id: r.try_get("practice_id")?,
        practice_name: r.try_get("practice_name")?,
        routed_to: r.try_get("routed_to")?,
        council_id: r.try_get("council_id")?,
        council_name: r.try_get("council_name")?,
        person_id: r.try_get("person_id")?,
        person_name: r.try_get("person_name")?,
        status: r.try_get("status")?,
        what_happened: r.try_get("what_happened")?,
        happened_when: r.try_get("happened_when")?,
        outcome_wanted: r.try_get("outcome_wanted")?,
        contact_name: r.try_get("contact_name")?,
        contact_email: r.try_get("contact_email")?,
        contact_phone: r.try_get("contact_phone")?,
        received_at: r.try_get("received_at")?,
        acknowledge_by: r.try_get("acknowledge_by")?,
        respond_by: r.try_get("respond_by")?,
        assigned_to: r.try_get("assigned_to")?,
        assigned_name: r.try_get("assigned_name")?,
        response: r.try_get("response")?,
        satisfied: r.try_get::<Option<i64>, _>("satisfied")?.map(|s| s == 1),
        events: vec![],
        attachments: vec![],
    })
}

async fn with_details(db: &Db, mut c: Complaint) -> Result<Complaint, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT e.state, e.note, e.internal, e.at, a.display_name FROM complaint_event e LEFT JOIN account a ON a.id = e.by_account \
         WHERE e.complaint_id = $1 ORDER BY e.at, e.id",
    )
    .bind(c.id)
    .fetch_all(db.reader())
    .await?;
    for r in rows {
        c.events.push(Event {
            state: r.try_get("state")?,
            note: r.try_get("note")?,
            internal: r.try_get::<i64, _>("internal")? == 1,
            by: r.try_get("display_name")?,
            at: r.try_get("at")?,
        });
    }
    let files = sqlx::query("SELECT id, storage_key, content_type, size_bytes, file_name FROM complaint_attachment WHERE complaint_id = $1 ORDER BY id")
        .bind(c.id)
        .fetch_all(db.reader())
        .await?;
    for f in files {
        c.attachments.push(Attachment {
            id: f.try_get("id")?,
            key: f.try_get("storage_key")?,
            content_type: f.try_get("content_type")?,
            size: f.try_get("size_bytes")?,
            file_name: f.try_get("file_name")?,
        });
    }
    Ok(c)
}

/// One complaint, whole.
pub async fn get(db: &Db, id: i64) -> Result<Option<Complaint>, sqlx::Error> {
    let row = sqlx::query(&format!("{SELECT} WHERE c.id = $1")).bind(id).fetch_optional(db.reader()).await?;
    match row {
        Some(r) => Ok(Some(with_details(db, from_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// The SQL condition for the complaints `viewer` handles (`c` is the
/// complaint), with `$1` their practice or council. `None`: they handle none.
fn handler_scope(viewer: &Viewer) -> Option<(&'static str, i64)> {
    match viewer.role {
        Role::PracticeManager => Some(("c.routed_to = 'practice' AND c.practice_id = $1", viewer.practice_id?)),
        Role::Commissioner => Some(("c.routed_to = 'council' AND c.council_id = $1", viewer.council_id?)),
        _ => None,
    }
}

/// Whether `viewer` handles this complaint.
pub fn handles(viewer: &Viewer, c: &Complaint) -> bool {
    match viewer.role {
        Role::PracticeManager => c.routed_to == "practice" && Some(c.practice_id) == viewer.practice_id,
        Role::Commissioner => c.routed_to == "council" && c.council_id.is_some() && c.council_id == viewer.council_id,
        _ => false,
    }
}

/// The handler's queue: open ones first by due date, then the rest.
pub async fn queue(db: &Db, viewer: &Viewer, open_only: bool) -> Result<Vec<Complaint>, sqlx::Error> {
    let Some((scope, id)) = handler_scope(viewer) else {
        return Ok(vec![]);
    };
    let open = if open_only { " AND c.status <> 'resolved'" } else { "" };
    let rows = sqlx::query(&format!("{SELECT} WHERE {scope}{open} ORDER BY CASE WHEN c.status = 'resolved' THEN 1 ELSE 0 END, c.respond_by, c.id LIMIT 500"))
        .bind(id)
        .fetch_all(db.reader())
        .await?;
    rows.iter().map(from_row).collect()
}

/// A person's complaints, newest first.
pub async fn for_person(db: &Db, person_id: i64) -> Result<Vec<Complaint>, sqlx::Error> {
    let rows = sqlx::query(&format!("{SELECT} WHERE c.person_id = $1 ORDER BY c.received_at DESC, c.id DESC LIMIT 200"))
        .bind(person_id)
        .fetch_all(db.reader())
        .await?;
    rows.iter().map(from_row).collect()
}

/// A complaint found by its reference and check code, and by nothing else.
pub async fn by_reference(db: &Db, reference: &str, code: &str) -> Result<Option<Complaint>, sqlx::Error> {
    let reference = normalise(reference);
    if reference.is_empty() || normalise(code).is_empty() {
        return Ok(None);
    }
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM complaint WHERE reference = $1 AND check_hash = $2 AND check_hash <> ''")
        .bind(&reference)
        .bind(hash_code(code))
        .fetch_optional(db.reader())
        .await?;
    match id {
        Some(id) => get(db, id).await,
        None => Ok(None),
    }
}

/// A new complaint, compliment or feedback.
#[derive(Clone, Debug, Default)]
pub struct NewComplaint {
    pub kind: String,
    pub practice_id: i64,
    pub routed_to: String,
    pub council_id: Option<i64>,
    pub person_id: Option<i64>,
    pub raised_by: Option<i64>,
    pub raised_by_role: String,
    pub what_happened: String,
    pub happened_when: String,
    pub outcome_wanted: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// Files already in storage: (key, content type, size, name).
    pub files: Vec<(String, String, i64, String)>,
    pub idem: String,
    pub locale: String,
}

/// What was made: the id, reference and (once only) the check code.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Made {
    pub id: i64,
    pub reference: String,
    pub code: String,
    pub new: bool,
}

/// Stores it with its first state and its deadlines (working days, from
/// the practice's settings). Sending the same form twice stores it once.
pub async fn create(db: &Db, n: &NewComplaint, now: i64) -> Result<Made, sqlx::Error> {
    if let Some((id, reference)) = sqlx::query_as::<_, (i64, String)>("SELECT id, reference FROM complaint WHERE idem = $1")
        .bind(&n.idem)
        .fetch_optional(db.reader())
        .await?
    {
        return Ok(Made { id, reference, code: String::new(), new: false });
    }
    let (ack, respond): (i64, i64) = sqlx::query_as("SELECT complaint_ack_days, complaint_response_days FROM practice WHERE id = $1")
        .bind(n.practice_id)
        .fetch_one(db.reader())
        .await?;
    let code = new_check_code();
    let mut tx = db.writer().begin().await?;
    let mut reference = new_reference();
    // A reference is random; on the rare clash, draw again.
    for _ in 0..5 {
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaint WHERE reference = $1").bind(&reference).fetch_one(&mut *tx).await?;
        if taken == 0 {
            break;
        }
        reference = new_reference();
    }
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO complaint (practice_id, routed_to, status, received_at, respond_by, kind, reference, check_hash, person_id, council_id, \
         raised_by, raised_by_role, what_happened, happened_when, outcome_wanted, contact_name, contact_email, contact_phone, acknowledge_by, idem, locale) \
         VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) \
         ON CONFLICT (idem) DO NOTHING RETURNING id",
    )
    .bind(n.practice_id)
    .bind(&n.routed_to)
    .bind(now)
    .bind(crate::working_days::due_date(now, respond.clamp(1, 60) as u32))
    .bind(&n.kind)
    .bind(&reference)
    .bind(hash_code(&code))
    .bind(n.person_id)
    .bind(n.council_id)
    .bind(n.raised_by)
    .bind(&n.raised_by_role)
    .bind(&n.what_happened)
    .bind(&n.happened_when)
    .bind(&n.outcome_wanted)
    .bind(&n.contact_name)
    .bind(&n.contact_email)
    .bind(&n.contact_phone)
    .bind(crate::working_days::due_date(now, ack.clamp(1, 20) as u32))
    .bind(&n.idem)
    .bind(&n.locale)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        // The same form, at the same moment: the other one stored it.
        drop(tx);
        let (id, reference): (i64, String) = sqlx::query_as("SELECT id, reference FROM complaint WHERE idem = $1").bind(&n.idem).fetch_one(db.reader()).await?;
        return Ok(Made { id, reference, code: String::new(), new: false });
    };
    sqlx::query("INSERT INTO complaint_event (complaint_id, state, note, internal, by_account, at) VALUES ($1, 'received', '', 0, $2, $3)")
        .bind(id)
        .bind(n.raised_by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    for (key, ctype, size, name) in &n.files {
        sqlx::query("INSERT INTO complaint_attachment (complaint_id, storage_key, content_type, size_bytes, file_name, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id)
            .bind(key)
            .bind(ctype)
            .bind(*size)
            .bind(name)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(Made { id, reference, code, new: true })
}

/// A handler's action: a new state (or the same state, to record an action),
/// a note (shown to the person unless internal), and for "response sent",
/// the response. `false` when the complaint is closed.
pub async fn act(db: &Db, id: i64, state: &str, note: &str, internal: bool, by: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    // One explicit statement for each kind of change.
    let update = match state {
        "response_sent" => sqlx::query("UPDATE complaint SET status = $1, response = $3 WHERE id = $2 AND status <> 'resolved'").bind(state).bind(id).bind(note),
        "resolved" => sqlx::query("UPDATE complaint SET status = $1, resolved_at = $3 WHERE id = $2 AND status <> 'resolved'").bind(state).bind(id).bind(now),
        _ => sqlx::query("UPDATE complaint SET status = $1 WHERE id = $2 AND status <> 'resolved'").bind(state).bind(id),
    };
    let changed = update.execute(&mut *tx).await?.rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO complaint_event (complaint_id, state, note, internal, by_account, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(state)
        .bind(note)
        .bind(internal as i64)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Assigns the complaint to a member of the handler's team.
pub async fn assign(db: &Db, id: i64, to: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE complaint SET assigned_to = $1 WHERE id = $2").bind(to).bind(id).execute(db.writer()).await?;
    Ok(())
}

/// The person says whether the response settles it. Not satisfied means
/// escalated (to the council, or to the Ombudsman), recorded as a state.
pub async fn answer(db: &Db, id: i64, satisfied: bool, by: Option<i64>, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let changed = sqlx::query("UPDATE complaint SET satisfied = $1, status = $2, resolved_at = CASE WHEN $1 = 1 THEN $3 ELSE resolved_at END \
                               WHERE id = $4 AND status = 'response_sent' AND satisfied IS NULL")
        .bind(satisfied as i64)
        .bind(if satisfied { "resolved" } else { "escalated" })
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO complaint_event (complaint_id, state, note, internal, by_account, at) VALUES ($1, $2, '', 0, $3, $4)")
        .bind(id)
        .bind(if satisfied { "resolved" } else { "escalated" })
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The staff a handler may assign to: the practice's staff, or the
/// council's commissioners.
pub async fn team(db: &Db, viewer: &Viewer) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows: Vec<(i64, String)> = match viewer.role {
        Role::PracticeManager => sqlx::query_as("SELECT id, display_name FROM account WHERE practice_id = $1 AND role = 'practice_manager' ORDER BY display_name")
            .bind(viewer.practice_id.unwrap_or(0))
            .fetch_all(db.reader())
            .await?,
        Role::Commissioner => sqlx::query_as("SELECT id, display_name FROM account WHERE council_id = $1 AND role = 'commissioner' ORDER BY display_name")
            .bind(viewer.council_id.unwrap_or(0))
            .fetch_all(db.reader())
            .await?,
        _ => vec![],
    };
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_codes_are_unambiguous_and_compared_loosely() {
        let r = new_reference();
        assert!(r.starts_with("CW-") && r.len() == 12, "{r}");
        assert!(!r[3..].contains(['0', 'O', '1', 'I', 'L']), "{r}");
        assert_eq!(normalise(" cw-ab cd-efgh "), "CW-ABCD-EFGH");
        assert_eq!(hash_code("abcd efgh"), hash_code("ABCDEFGH"));
        assert_ne!(hash_code("ABCDEFGH"), hash_code("ABCDEFGJ"));
    }

    #[test]
    fn overdue_flags_follow_the_dates_and_the_state() {
        let c = Complaint { kind: "complaint".into(), status: "received".into(), acknowledge_by: "2027-01-06".into(), respond_by: "2027-02-01".into(), ..Default::default() };
        assert!(!c.ack_overdue("2027-01-06"));
        assert!(c.ack_overdue("2027-01-07"));
        assert!(c.response_overdue("2027-02-02"));
        let done = Complaint { status: "response_sent".into(), ..c.clone() };
        assert!(!done.ack_overdue("2027-03-01") && !done.response_overdue("2027-03-01"));
        let praise = Complaint { kind: "compliment".into(), ..c };
        assert!(!praise.ack_overdue("2027-03-01"), "a compliment has no deadline");
    }
}
