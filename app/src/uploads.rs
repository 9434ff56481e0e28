//! Files sent with a form (message attachments and BSL video): read from
//! the multipart body as it arrives, checked from their content (never
//! their name), and streamed into storage, so even a long phone video is
//! never held in memory whole. The text fields of the form are kept
//! whatever happens to the files, so a refused file never loses what the
//! person typed.
//!
//! Every stored file gets a `pending_upload` row at once. A message takes
//! the rows it sends (in its own transaction); a form that needs putting
//! right keeps them, so the person need not choose or record the file
//! again; anything left a day later is removed by [`tidy`].

use crate::data::Db;
use crate::error::AppError;
use crate::storage::{self, Storage};
use axum::extract::Multipart;
use futures::future::BoxFuture;
use sqlx::Row;

/// The largest document or photo.
pub const FILE_MAX: u64 = 10 * 1024 * 1024;
/// The largest video (a few minutes recorded on a phone).
pub const VIDEO_MAX: u64 = 200 * 1024 * 1024;
/// How many files one message may carry, and how much in all.
pub const MAX_FILES: usize = 5;
pub const TOTAL_MAX: u64 = 250 * 1024 * 1024;
/// Kept uploads are removed after this long.
pub const PENDING_LIFETIME: i64 = 24 * 60 * 60;

/// What a stored file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Document,
    Image,
    Video,
    Captions,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Document => "document",
            Kind::Image => "image",
            Kind::Video => "video",
            Kind::Captions => "captions",
        }
    }

    pub fn from_code(s: &str) -> Option<Kind> {
        [Kind::Document, Kind::Image, Kind::Video, Kind::Captions]
            .into_iter()
            .find(|k| k.code() == s)
    }
}

/// What a file field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// A video only (the BSL video field).
    Video,
    /// A WebVTT captions file only.
    Captions,
    /// A document (PDF, plain text), a photo (JPEG, PNG) or a video.
    Any,
}

/// Why a file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    TooBig,
    WrongType,
    TooMany,
    TotalTooBig,
    BadCaptions,
    /// Storage did not take the file (full, unwritable, unreachable).
    Storage,
}

/// A file now in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub field: String,
    pub kind: Kind,
    pub key: String,
    pub content_type: String,
    pub size: u64,
    pub file_name: String,
}

/// What a multipart form brought.
#[derive(Debug, Default)]
pub struct Received {
    /// The text fields, in order (each at most 20,000 characters).
    pub fields: Vec<(String, String)>,
    pub stored: Vec<Stored>,
    /// (field, problem), at most one per file.
    pub problems: Vec<(String, Problem)>,
    /// The form's one-off key was used before: nothing was stored.
    pub duplicate: bool,
}

/// The rules for one form.
pub struct Rules<'a> {
    /// Storage keys start with this (for example `messages/12`).
    pub prefix: String,
    /// Which fields are files, and what each accepts.
    pub accept: &'a [(&'a str, Accept)],
    /// Called with the one-off key (`idem`) when the first file arrives;
    /// `true` means the form was sent before, and nothing is stored.
    pub already_sent: Option<&'a (dyn Fn(String) -> BoxFuture<'static, bool> + Send + Sync)>,
}

/// A name for display only: the last path part, no control characters,
/// at most 100 characters.
pub fn display_name(raw: Option<&str>) -> String {
    let raw = raw.unwrap_or_default();
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect::<String>()
        .trim()
        .to_string()
}

enum Sink {
    Memory(Vec<u8>),
    Stream(storage::Writer),
}

/// Reads the form. Refused files become `problems`; a body that is cut
/// off (too large for the route) ends the reading, keeping what came
/// before it.
pub async fn receive(
    mut m: Multipart,
    storage: &Storage,
    rules: Rules<'_>,
) -> Result<Received, AppError> {
    let mut out = Received::default();
    let mut total: u64 = 0;
    let mut count: usize = 0;
    let mut checked_idem = false;
    loop {
        let mut field = match m.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                out.problems.push(("files".into(), Problem::TotalTooBig));
                break;
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        let name = field.name().unwrap_or_default().to_string();
        let Some(accept) = rules
            .accept
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
        else {
            if out.fields.len() < 200 {
                match field.text().await {
                    Ok(text) => out.fields.push((name, text.chars().take(20_000).collect())),
                    Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                        out.problems.push(("files".into(), Problem::TotalTooBig));
                        break;
                    }
                    Err(_) => return Err(AppError::BadRequest),
                }
            }
            continue;
        };
        let file_name = display_name(field.file_name());
        // The first bytes say what the file is.
        let mut head: Vec<u8> = vec![];
        let mut cut_off = false;
        while head.len() < 64 {
            match field.chunk().await {
                Ok(Some(c)) => head.extend_from_slice(&c),
                Ok(None) => break,
                Err(_) => {
                    cut_off = true;
                    break;
                }
            }
        }
        if head.is_empty() && !cut_off {
            // No file chosen: browsers send an empty part.
            continue;
        }
        if !checked_idem {
            checked_idem = true;
            if let Some(check) = rules.already_sent {
                let idem = out
                    .fields
                    .iter()
                    .find(|(n, _)| n == "idem")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                if !idem.is_empty() && check(idem).await {
                    out.duplicate = true;
                    return Ok(out);
                }
            }
        }
        // What it is, and where it goes.
        let kind_and_type: Option<(Kind, &'static str, &'static str)> = match accept {
            Accept::Video => storage::sniff_video(&head).map(|(t, e)| (Kind::Video, t, e)),
            Accept::Captions => Some((Kind::Captions, "text/vtt", "vtt")),
            Accept::Any => storage::sniff_video(&head)
                .map(|(t, e)| (Kind::Video, t, e))
                .or_else(|| {
                    storage::sniff(&head).map(|(t, e)| {
                        (
                            if t.starts_with("image/") {
                                Kind::Image
                            } else {
                                Kind::Document
                            },
                            t,
                            e,
                        )
                    })
                })
                // Text is only known for sure once all of it has been
                // read; a binary start is refused at once.
                .or_else(|| {
                    let binary = head
                        .iter()
                        .any(|b| *b == 0 || (*b < 0x20 && !matches!(b, 9 | 10 | 12 | 13)));
                    (!binary).then_some((Kind::Document, "text/plain", "txt"))
                }),
        };
        let problem_before = if count >= MAX_FILES {
            Some(Problem::TooMany)
        } else {
            None
        };
        let Some((kind, content_type, ext)) = kind_and_type.filter(|_| problem_before.is_none())
        else {
            out.problems
                .push((name.clone(), problem_before.unwrap_or(Problem::WrongType)));
            if cut_off || !drain(&mut field).await {
                break;
            }
            continue;
        };
        let limit = match kind {
            Kind::Video => VIDEO_MAX,
            Kind::Captions => crate::vtt::MAX_BYTES as u64,
            _ => FILE_MAX,
        };
        let key = format!(
            "{}/{}.{ext}",
            rules.prefix,
            crate::auth::tokens::new_token()
        );
        let mut sink = if kind == Kind::Video {
            match storage.writer(&key).await {
                Ok(w) => Sink::Stream(w),
                Err(e) => {
                    tracing::error!(error = %e, "storage refused an upload");
                    out.problems.push((name.clone(), Problem::Storage));
                    if cut_off || !drain(&mut field).await {
                        break;
                    }
                    continue;
                }
            }
        } else {
            Sink::Memory(Vec::new())
        };
        let mut size: u64 = 0;
        let mut problem: Option<Problem> = None;
        let mut pending = Some(head);
        loop {
            let chunk = match pending.take() {
                Some(h) => h,
                None => {
                    if cut_off {
                        break;
                    }
                    match field.chunk().await {
                        Ok(Some(c)) => c.to_vec(),
                        Ok(None) => break,
                        Err(_) => {
                            cut_off = true;
                            problem.get_or_insert(Problem::TotalTooBig);
                            break;
                        }
                    }
                }
            };
            if problem.is_some() {
                continue; // drain what is left of a refused file
            }
            size += chunk.len() as u64;
            if size > limit {
                problem = Some(Problem::TooBig);
                continue;
            }
            if total + size > TOTAL_MAX {
                problem = Some(Problem::TotalTooBig);
                continue;
            }
            match &mut sink {
                Sink::Memory(buf) => buf.extend_from_slice(&chunk),
                Sink::Stream(w) => {
                    if let Err(e) = w.write(&chunk).await {
                        tracing::error!(error = %e, "storage refused an upload");
                        problem = Some(Problem::Storage);
                    }
                }
            }
        }
        if problem.is_none() && cut_off {
            problem = Some(Problem::TotalTooBig);
        }
        // Content checks that need the whole file.
        let mut content_type = content_type.to_string();
        if problem.is_none() {
            if let Sink::Memory(buf) = &sink {
                match kind {
                    Kind::Captions => {
                        if crate::vtt::check(buf).is_err() {
                            problem = Some(Problem::BadCaptions);
                        }
                    }
                    Kind::Document if content_type == "text/plain" => {
                        if storage::is_plain_text(buf) {
                            content_type = "text/plain; charset=utf-8".into();
                        } else {
                            problem = Some(Problem::WrongType);
                        }
                    }
                    _ => {}
                }
            }
        }
        let result = match (sink, problem) {
            (Sink::Stream(w), None) => w.finish().await.map_err(|e| {
                tracing::error!(error = %e, "storage refused an upload");
                Problem::Storage
            }),
            (Sink::Stream(w), Some(p)) => {
                w.abort().await;
                Err(p)
            }
            (Sink::Memory(buf), None) => storage.put(&key, buf).await.map_err(|e| {
                tracing::error!(error = %e, "storage refused an upload");
                Problem::Storage
            }),
            (Sink::Memory(_), Some(p)) => Err(p),
        };
        match result {
            Ok(()) => {
                total += size;
                count += 1;
                out.stored.push(Stored {
                    field: name,
                    kind,
                    key,
                    content_type,
                    size,
                    file_name,
                });
            }
            Err(p) => out.problems.push((name, p)),
        }
        if cut_off {
            break;
        }
    }
    Ok(out)
}

/// Reads and drops the rest of a field. `false` when the body was cut off.
async fn drain(field: &mut axum::extract::multipart::Field<'_>) -> bool {
    loop {
        match field.chunk().await {
            Ok(Some(_)) => {}
            Ok(None) => return true,
            Err(_) => return false,
        }
    }
}

/// A kept upload: a stored file and its `pending_upload` row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub id: i64,
    pub file: Stored,
}

/// Records stored files as kept uploads of `account_id` for `person_id`.
/// Returns their ids, in order.
pub async fn keep(
    db: &Db,
    account_id: i64,
    person_id: i64,
    files: &[Stored],
    now: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut ids = vec![];
    for f in files {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO pending_upload (account_id, person_id, field, kind, storage_key, content_type, size_bytes, file_name, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(account_id)
        .bind(person_id)
        .bind(&f.field)
        .bind(f.kind.code())
        .bind(&f.key)
        .bind(&f.content_type)
        .bind(f.size as i64)
        .bind(&f.file_name)
        .bind(now)
        .fetch_one(db.writer())
        .await?;
        ids.push(id);
    }
    Ok(ids)
}

fn pending_from(r: &sqlx::any::AnyRow) -> Result<Pending, sqlx::Error> {
    Ok(Pending {
        id: r.try_get("id")?,
        file: Stored {
            field: r.try_get("field")?,
            kind: Kind::from_code(&r.try_get::<String, _>("kind")?).unwrap_or(Kind::Document),
            key: r.try_get("storage_key")?,
            content_type: r.try_get("content_type")?,
            size: r.try_get::<i64, _>("size_bytes")? as u64,
            file_name: r.try_get("file_name")?,
        },
    })
}

/// The kept uploads with these ids that belong to this account and person
/// (anything else named in a form is ignored).
pub async fn kept(
    db: &Db,
    account_id: i64,
    person_id: i64,
    ids: &[i64],
) -> Result<Vec<Pending>, sqlx::Error> {
    let mut out = vec![];
    for id in ids.iter().take(MAX_FILES * 2) {
        let row = sqlx::query(
            "SELECT id, field, kind, storage_key, content_type, size_bytes, file_name FROM pending_upload \
             WHERE id = $1 AND account_id = $2 AND person_id = $3",
        )
        .bind(id)
        .bind(account_id)
        .bind(person_id)
        .fetch_optional(db.writer())
        .await?;
        if let Some(r) = row {
            if !out
                .iter()
                .any(|p: &Pending| p.id == r.try_get::<i64, _>("id").unwrap_or(0))
            {
                out.push(pending_from(&r)?);
            }
        }
    }
    Ok(out)
}

/// Ids from a form's comma-separated (or repeated) `kept` field.
pub fn ids_from(values: &[&str]) -> Vec<i64> {
    let mut out = vec![];
    for v in values {
        for part in v.split(',') {
            if let Ok(n) = part.trim().parse::<i64>() {
                if n > 0 && !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// Removes kept uploads older than a day: the row first, then the file, so
/// no row ever points at a missing file.
pub async fn tidy(db: &Db, storage: &Storage, now: i64) -> Result<usize, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, storage_key FROM pending_upload WHERE created_at < $1 ORDER BY id LIMIT 500",
    )
    .bind(now - PENDING_LIFETIME)
    .fetch_all(db.reader())
    .await?;
    let mut removed = 0;
    for r in rows {
        let id: i64 = r.try_get("id")?;
        let key: String = r.try_get("storage_key")?;
        let gone = sqlx::query("DELETE FROM pending_upload WHERE id = $1")
            .bind(id)
            .execute(db.writer())
            .await?;
        if gone.rows_affected() == 1 {
            if let Err(e) = storage.delete(&key).await {
                tracing::warn!(error = %e, key, "could not remove an old upload");
            }
            removed += 1;
        }
    }
    Ok(removed)
}

/// A size as people read it: "820 KB", "12.5 MB".
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024).max(1))
    } else {
        let tenths = (bytes * 10).div_ceil(1024 * 1024);
        if tenths % 10 == 0 {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_for_display_only() {
        assert_eq!(
            display_name(Some("C:\\Users\\alex\\letter.pdf")),
            "letter.pdf"
        );
        assert_eq!(display_name(Some("../../etc/passwd")), "passwd");
        assert_eq!(display_name(Some("a\u{0}b\nc.txt")), "abc.txt");
        assert_eq!(display_name(Some(&"x".repeat(300))).chars().count(), 100);
        assert_eq!(display_name(None), "");
    }

    #[test]
    fn kept_ids_are_numbers_only() {
        assert_eq!(ids_from(&["3,4", "4", "x", "-2", "5 "]), vec![3, 4, 5]);
        assert!(ids_from(&["1 OR 1=1"]).is_empty());
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(10), "1 KB");
        assert_eq!(human_size(820 * 1024), "820 KB");
        assert_eq!(human_size(10 * 1024 * 1024), "10 MB");
        assert_eq!(human_size(12 * 1024 * 1024 + 512 * 1024), "12.5 MB");
    }
}
