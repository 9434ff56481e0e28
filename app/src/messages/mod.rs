//! Conversations between a person (or a carer acting for them) and their
//! practice: the data layer. Who may read or send is decided by
//! [`crate::authz`] before anything here is called; these functions only
//! ever look inside the person's own conversations, so an id from someone
//! else's record finds nothing.
//!
//! Sending is one transaction: the conversation (when it is new), the
//! message, its attachments (taken from files already in storage) and the
//! conversation's "waiting for a reply" state. A one-off key from the form
//! makes a double click or a resend store the message once.

pub mod away;
pub mod figures;
pub mod inbox;
pub mod notify;

use crate::data::Db;
use crate::uploads::Kind;
use sqlx::Row;

/// The subjects people can pick; `other` is typed.
pub const SUBJECTS: [&str; 4] = ["plan", "payments", "needs", "other"];
pub const BODY_MAX: usize = 10_000;
pub const SUMMARY_MAX: usize = 2_000;
pub const SUBJECT_MAX: usize = 120;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conversation {
    pub id: i64,
    pub person_id: i64,
    pub subject_code: String,
    pub subject_text: String,
    pub started_by_name: String,
    pub created_at: i64,
    pub last_message_at: i64,
    /// The oldest message from the person's side without a reply yet.
    pub waiting_since: Option<i64>,
    /// Messages the viewer has not read.
    pub unread: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attachment {
    pub id: i64,
    pub message_id: i64,
    pub kind: String,
    pub content_type: String,
    pub size: u64,
    pub file_name: String,
    /// For a video: its captions file, if one was sent.
    pub captions_id: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub author_account_id: i64,
    pub author_name: String,
    pub author_role: String,
    pub from_person: bool,
    pub body: String,
    pub video_summary: String,
    pub created_at: i64,
    pub attachments: Vec<Attachment>,
}

impl Message {
    pub fn videos(&self) -> impl Iterator<Item = &Attachment> {
        self.attachments.iter().filter(|a| a.kind == "video")
    }
}

/// The shared columns of a conversation, with the viewer's unread count
/// (`$1` is the viewer's account id), and where they come from. Built once,
/// with the same unread condition as the navigation's count and the
/// inbox's unread filter ([`inbox::unread_message`]).
pub(crate) fn conversation_columns() -> &'static str {
    static COLUMNS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "c.id, c.person_id, c.subject_code, c.subject_text, c.created_at, c.last_message_at, c.waiting_since, \
             COALESCE(a.display_name, '') AS started_by_name, \
             (SELECT COUNT(*) FROM message m WHERE m.conversation_id = c.id AND {}) AS unread",
            inbox::unread_message("m", "$1")
        )
    });
    &COLUMNS
}
pub(crate) const CONVERSATION_FROM: &str =
    "FROM conversation c LEFT JOIN account a ON a.id = c.started_by";

pub(crate) fn conversation_from(r: &sqlx::any::AnyRow) -> Result<Conversation, sqlx::Error> {
    Ok(Conversation {
        id: r.try_get("id")?,
        person_id: r.try_get("person_id")?,
        subject_code: r.try_get("subject_code")?,
        subject_text: r.try_get("subject_text")?,
        started_by_name: r.try_get("started_by_name")?,
        created_at: r.try_get("created_at")?,
        last_message_at: r.try_get("last_message_at")?,
        waiting_since: r.try_get("waiting_since")?,
        unread: r.try_get("unread")?,
    })
}

/// A person's conversations, newest activity first, with `account_id`'s
/// unread counts.
pub async fn for_person(
    db: &Db,
    person_id: i64,
    account_id: i64,
) -> Result<Vec<Conversation>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {} {CONVERSATION_FROM} WHERE c.person_id = $2 ORDER BY c.last_message_at DESC, c.id DESC",
        conversation_columns()
    ))
    .bind(account_id)
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(conversation_from).collect()
}

/// One of the person's conversations (none if the id is someone else's).
pub async fn conversation(
    db: &Db,
    person_id: i64,
    id: i64,
    account_id: i64,
) -> Result<Option<Conversation>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {} {CONVERSATION_FROM} WHERE c.person_id = $2 AND c.id = $3",
        conversation_columns()
    ))
    .bind(account_id)
    .bind(person_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?;
    row.as_ref().map(conversation_from).transpose()
}

/// The messages of a conversation, oldest first, each with its files.
pub async fn messages(db: &Db, conversation_id: i64) -> Result<Vec<Message>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT m.id, m.author_account_id, COALESCE(a.display_name, '') AS author_name, m.author_role, m.from_person, m.body, \
         m.video_summary, m.created_at FROM message m LEFT JOIN account a ON a.id = m.author_account_id \
         WHERE m.conversation_id = $1 ORDER BY m.id",
    )
    .bind(conversation_id)
    .fetch_all(db.reader())
    .await?;
    let files = sqlx::query(
        "SELECT f.id, f.message_id, f.kind, f.content_type, f.size_bytes, f.file_name, f.captions_for FROM message_attachment f \
         JOIN message m ON m.id = f.message_id WHERE m.conversation_id = $1 ORDER BY f.id",
    )
    .bind(conversation_id)
    .fetch_all(db.reader())
    .await?;
    let mut all: Vec<(Attachment, Option<i64>)> = vec![];
    for f in &files {
        all.push((attachment_from(f)?, f.try_get("captions_for")?));
    }
    let links: Vec<(i64, i64)> = all
        .iter()
        .filter_map(|(a, for_id)| for_id.map(|v| (v, a.id)))
        .collect();
    for (a, _) in all.iter_mut() {
        a.captions_id = links.iter().find(|(v, _)| *v == a.id).map(|(_, c)| *c);
    }
    let mut out = vec![];
    for r in rows {
        let id: i64 = r.try_get("id")?;
        out.push(Message {
            id,
            author_account_id: r.try_get("author_account_id")?,
            author_name: r.try_get("author_name")?,
            author_role: r.try_get("author_role")?,
            from_person: r.try_get::<i64, _>("from_person")? == 1,
            body: r.try_get("body")?,
            video_summary: r.try_get("video_summary")?,
            created_at: r.try_get("created_at")?,
            attachments: all
                .iter()
                .filter(|(a, _)| a.message_id == id)
                .map(|(a, _)| a.clone())
                .collect(),
        });
    }
    Ok(out)
}

/// Marks the conversation read by `account_id` up to `last_id`.
pub async fn mark_read(
    db: &Db,
    account_id: i64,
    conversation_id: i64,
    last_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO message_read (account_id, conversation_id, last_read_message_id, read_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id, conversation_id) DO UPDATE SET last_read_message_id = excluded.last_read_message_id, \
         read_at = excluded.read_at WHERE message_read.last_read_message_id < excluded.last_read_message_id",
    )
    .bind(account_id)
    .bind(conversation_id)
    .bind(last_id)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// When the practice last read this conversation, and who: the staff
/// read receipt covering message `message_id`, if any.
pub async fn read_by_practice(
    db: &Db,
    conversation_id: i64,
    message_id: i64,
) -> Result<Option<(String, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT a.display_name, r.read_at FROM message_read r JOIN account a ON a.id = r.account_id \
         WHERE r.conversation_id = $1 AND r.last_read_message_id >= $2 AND a.role IN ('social_worker', 'practice_manager') \
         ORDER BY r.read_at LIMIT 1",
    )
    .bind(conversation_id)
    .bind(message_id)
    .fetch_optional(db.reader())
    .await?;
    row.map(|r| Ok((r.try_get("display_name")?, r.try_get("read_at")?)))
        .transpose()
}

/// The message this account already sent with this one-off key:
/// (conversation id, message id).
pub async fn sent_with(
    db: &Db,
    account_id: i64,
    idem: &str,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT conversation_id, id FROM message WHERE author_account_id = $1 AND idem_key = $2",
    )
    .bind(account_id)
    .bind(idem)
    .fetch_optional(db.writer())
    .await?;
    row.map(|r| Ok((r.try_get("conversation_id")?, r.try_get("id")?)))
        .transpose()
}

/// A new conversation's subject.
pub struct NewSubject<'a> {
    pub code: &'a str,
    pub text: &'a str,
    pub practice_id: Option<i64>,
}

pub struct NewMessage<'a> {
    pub person_id: i64,
    /// `None` starts a conversation with `subject`.
    pub conversation_id: Option<i64>,
    pub subject: Option<NewSubject<'a>>,
    pub author_account_id: i64,
    pub author_role: &'a str,
    pub body: &'a str,
    pub video_summary: &'a str,
    /// Kept uploads (ids in `pending_upload`) to send with it.
    pub files: &'a [i64],
    pub idem: &'a str,
    pub now: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent {
    pub conversation_id: i64,
    pub message_id: i64,
    /// False when the same form had been sent before.
    pub new: bool,
}

/// Sends a message (and starts its conversation when it is new), in one
/// transaction. The files must already be in storage, as kept uploads of
/// the author for this person.
pub async fn send(db: &Db, m: NewMessage<'_>) -> Result<Sent, sqlx::Error> {
    if let Some((c, id)) = sent_with(db, m.author_account_id, m.idem).await? {
        return Ok(Sent {
            conversation_id: c,
            message_id: id,
            new: false,
        });
    }
    match send_once(db, &m).await {
        Ok(s) => Ok(s),
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => {
            match sent_with(db, m.author_account_id, m.idem).await? {
                // The same form, sent at the same moment from another tab.
                Some((c, id)) => Ok(Sent {
                    conversation_id: c,
                    message_id: id,
                    new: false,
                }),
                None => Err(sqlx::Error::Database(d)),
            }
        }
        Err(e) => Err(e),
    }
}

async fn send_once(db: &Db, m: &NewMessage<'_>) -> Result<Sent, sqlx::Error> {
    let from_person = matches!(m.author_role, "person" | "carer");
    let mut tx = db.writer().begin().await?;
    let conversation_id = match (m.conversation_id, &m.subject) {
        (Some(id), _) => {
            // The conversation must be the person's.
            let ok: Option<i64> = sqlx::query_scalar("SELECT id FROM conversation WHERE id = $1 AND person_id = $2")
                .bind(id)
                .bind(m.person_id)
                .fetch_optional(&mut *tx)
                .await?;
            ok.ok_or(sqlx::Error::RowNotFound)?
        }
        (None, Some(s)) => {
            sqlx::query_scalar(
                "INSERT INTO conversation (person_id, practice_id, subject_code, subject_text, started_by, starter_role, idem_key, created_at, last_message_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(m.person_id)
            .bind(s.practice_id)
            .bind(s.code)
            .bind(s.text)
            .bind(m.author_account_id)
            .bind(m.author_role)
            .bind(m.idem)
            .bind(m.now)
            .fetch_one(&mut *tx)
            .await?
        }
        (None, None) => return Err(sqlx::Error::RowNotFound),
    };
    let message_id: i64 = sqlx::query_scalar(
        "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, video_summary, idem_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(conversation_id)
    .bind(m.author_account_id)
    .bind(m.author_role)
    .bind(from_person as i64)
    .bind(m.body)
    .bind(m.video_summary)
    .bind(m.idem)
    .bind(m.now)
    .fetch_one(&mut *tx)
    .await?;
    // Take the kept uploads: each row is claimed once (a concurrent send
    // of the same file finds it gone), videos before their captions.
    let mut taken: Vec<(i64, String, String, String, String, i64, String)> = vec![];
    for id in m.files {
        let row = sqlx::query(
            "DELETE FROM pending_upload WHERE id = $1 AND account_id = $2 AND person_id = $3 \
             RETURNING id, field, kind, storage_key, content_type, size_bytes, file_name",
        )
        .bind(id)
        .bind(m.author_account_id)
        .bind(m.person_id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(r) = row {
            taken.push((
                r.try_get("id")?,
                r.try_get("field")?,
                r.try_get("kind")?,
                r.try_get("storage_key")?,
                r.try_get("content_type")?,
                r.try_get("size_bytes")?,
                r.try_get("file_name")?,
            ));
        }
    }
    taken.sort_by_key(|t| (t.2 == Kind::Captions.code(), t.1 != "video", t.0));
    let mut first_video: Option<i64> = None;
    for (_, _, kind, key, content_type, size, name) in &taken {
        let captions_for = if kind == "captions" {
            first_video
        } else {
            None
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO message_attachment (message_id, kind, storage_key, content_type, size_bytes, file_name, captions_for, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(message_id)
        .bind(kind)
        .bind(key)
        .bind(content_type)
        .bind(size)
        .bind(name)
        .bind(captions_for)
        .bind(m.now)
        .fetch_one(&mut *tx)
        .await?;
        if kind == "video" && first_video.is_none() {
            first_video = Some(id);
        }
    }
    let sql = if from_person {
        "UPDATE conversation SET last_message_at = $2, waiting_since = COALESCE(waiting_since, $2) WHERE id = $1"
    } else {
        "UPDATE conversation SET last_message_at = $2, waiting_since = NULL WHERE id = $1"
    };
    sqlx::query(sql)
        .bind(conversation_id)
        .bind(m.now)
        .execute(&mut *tx)
        .await?;
    // The author has read their own conversation up to here.
    sqlx::query(
        "INSERT INTO message_read (account_id, conversation_id, last_read_message_id, read_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id, conversation_id) DO UPDATE SET last_read_message_id = excluded.last_read_message_id, read_at = excluded.read_at",
    )
    .bind(m.author_account_id)
    .bind(conversation_id)
    .bind(message_id)
    .bind(m.now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Sent {
        conversation_id,
        message_id,
        new: true,
    })
}

fn attachment_from(f: &sqlx::any::AnyRow) -> Result<Attachment, sqlx::Error> {
    Ok(Attachment {
        id: f.try_get("id")?,
        message_id: f.try_get("message_id")?,
        kind: f.try_get("kind")?,
        content_type: f.try_get("content_type")?,
        size: f.try_get::<i64, _>("size_bytes")? as u64,
        file_name: f.try_get("file_name")?,
        captions_id: None,
    })
}

/// A stored file, for serving it: what it is, and where it is kept (the
/// key never leaves the server).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredFile {
    pub key: String,
    pub file: Attachment,
}

/// One file of one of the person's conversations (none for any other).
pub async fn attachment(
    db: &Db,
    person_id: i64,
    conversation_id: i64,
    id: i64,
) -> Result<Option<StoredFile>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT f.id, f.message_id, f.storage_key, f.kind, f.content_type, f.size_bytes, f.file_name FROM message_attachment f \
         JOIN message m ON m.id = f.message_id JOIN conversation c ON c.id = m.conversation_id \
         WHERE f.id = $1 AND c.id = $2 AND c.person_id = $3",
    )
    .bind(id)
    .bind(conversation_id)
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    row.map(|r| {
        Ok(StoredFile {
            key: r.try_get("storage_key")?,
            file: attachment_from(&r)?,
        })
    })
    .transpose()
}

/// Who answers the person's messages today.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replier {
    /// The allocated workers: (name, last day away if away today).
    pub workers: Vec<(String, Option<String>)>,
    pub practice_name: String,
    /// True when every allocated worker is away (or none is allocated):
    /// the practice's duty inbox replies.
    pub duty: bool,
}

pub async fn replier(db: &Db, person_id: i64, today: &str) -> Result<Replier, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.display_name, (SELECT MAX(w.ends_on) FROM worker_away w WHERE w.worker_id = a.id AND w.cancelled_at IS NULL \
         AND w.starts_on <= $2 AND w.ends_on >= $2) AS away_until FROM caseload k JOIN account a ON a.id = k.worker_id \
         WHERE k.person_id = $1 AND k.ended_at IS NULL ORDER BY a.display_name",
    )
    .bind(person_id)
    .bind(today)
    .fetch_all(db.reader())
    .await?;
    let workers: Vec<(String, Option<String>)> = rows
        .iter()
        .map(|r| Ok((r.try_get("display_name")?, r.try_get("away_until")?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let practice_name: Option<String> = sqlx::query_scalar(
        "SELECT pr.name FROM person p JOIN practice pr ON pr.id = p.practice_id WHERE p.id = $1",
    )
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    Ok(Replier {
        duty: workers.iter().all(|(_, away)| away.is_some()),
        workers,
        practice_name: practice_name.unwrap_or_default(),
    })
}

/// The practice's reply target in working days (for the person's practice).
pub async fn reply_target(db: &Db, person_id: i64) -> Result<u32, sqlx::Error> {
    let n: Option<i64> = sqlx::query_scalar(
        "SELECT pr.reply_target_days FROM person p JOIN practice pr ON pr.id = p.practice_id WHERE p.id = $1",
    )
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    Ok(n.unwrap_or(2).clamp(0, 30) as u32)
}

/// LIKE pattern for a search: lower-cased, `%`, `_` and `\` escaped, so
/// what was typed is matched as text.
pub fn like_pattern(q: &str) -> String {
    let mut out = String::from("%");
    for c in q.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// What a message body becomes when stored: exactly as typed, with the
/// browser's CRLF line breaks made plain newlines.
pub fn normalise_body(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_is_matched_as_text() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(like_pattern("Alex"), "%alex%");
    }

    #[test]
    fn bodies_keep_everything_but_carriage_returns() {
        assert_eq!(
            normalise_body("  Hi\r\n\r\n<b>there</b>  "),
            "  Hi\n\n<b>there</b>  "
        );
    }
}
