//! BSL versions of key pages: a media library of British Sign Language
//! videos, each with WebVTT captions and a full transcript (WCAG 1.2.6,
//! sign language, AAA). One per content key and language; files live in
//! the storage abstraction. Practice managers upload real recordings to
//! replace the generated demo clips, with no code change.

use crate::data::Db;
use crate::storage::Storage;
use sqlx::Row;

/// The key pages that have a BSL slot, with the page each belongs to
/// (`None` when the page depends on whose record it is).
pub const KEYS: [(&str, Option<&str>); 7] = [
    ("home", Some("/")),
    ("plan", None),
    ("budget_options", None),
    ("messages", None),
    ("find_practice", Some("/practices")),
    ("complain", Some("/complain")),
    ("communication", None),
];

pub fn is_key(k: &str) -> bool {
    KEYS.iter().any(|(key, _)| *key == k)
}

/// The Fluent id of the key's name ("Home page", "How your budget can be paid").
pub fn title_id(key: &str) -> String {
    format!("bsl-key-{}", key.replace('_', "-"))
}

/// The longest transcript, in characters.
pub const MAX_TRANSCRIPT: usize = 20_000;

/// One BSL version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Media {
    pub key: String,
    /// The language of its captions and transcript.
    pub locale: String,
    pub video_key: String,
    pub video_type: String,
    pub video_bytes: u64,
    pub captions_key: String,
    pub transcript: String,
    pub is_demo: bool,
    pub uploaded_by: Option<String>,
    pub uploaded_at: i64,
}

fn from_row(r: &sqlx::any::AnyRow) -> Result<Media, sqlx::Error> {
    Ok(Media {
        key: r.try_get("content_key")?,
        locale: r.try_get("locale")?,
        video_key: r.try_get("video_key")?,
        video_type: r.try_get("video_type")?,
        video_bytes: r.try_get::<i64, _>("video_bytes")?.max(0) as u64,
        captions_key: r.try_get("captions_key")?,
        transcript: r.try_get("transcript")?,
        is_demo: r.try_get::<i64, _>("is_demo")? == 1,
        uploaded_by: r.try_get("display_name")?,
        uploaded_at: r.try_get("uploaded_at")?,
    })
}

const SELECT: &str = "SELECT m.content_key, m.locale, m.video_key, m.video_type, m.video_bytes, m.captions_key, m.transcript, \
     m.is_demo, m.uploaded_at, a.display_name FROM bsl_media m LEFT JOIN account a ON a.id = m.uploaded_by";

/// The BSL version of `key` for `locale`, or else the English one (the
/// video is the same sign language; the captions are then in English).
pub async fn find(db: &Db, key: &str, locale: &str) -> Result<Option<Media>, sqlx::Error> {
    let rows = sqlx::query(&format!("{SELECT} WHERE m.content_key = $1 AND m.locale IN ($2, 'en-GB')"))
        .bind(key)
        .bind(locale)
        .fetch_all(db.reader())
        .await?;
    let list: Vec<Media> = rows.iter().map(from_row).collect::<Result<_, _>>()?;
    Ok(list.iter().find(|m| m.locale == locale).or_else(|| list.first()).cloned())
}

/// Whether the page has a BSL version (in any language).
pub async fn exists(db: &Db, key: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bsl_media WHERE content_key = $1")
        .bind(key)
        .fetch_one(db.reader())
        .await?;
    Ok(n > 0)
}

/// Every version in the library.
pub async fn all(db: &Db) -> Result<Vec<Media>, sqlx::Error> {
    let rows = sqlx::query(&format!("{SELECT} ORDER BY m.content_key, m.locale")).fetch_all(db.reader()).await?;
    rows.iter().map(from_row).collect()
}

/// What a new version brings: files already in storage.
pub struct NewMedia<'a> {
    pub key: &'a str,
    pub locale: &'a str,
    pub video_key: &'a str,
    pub video_type: &'a str,
    pub video_bytes: u64,
    pub captions_key: &'a str,
    pub transcript: &'a str,
    pub is_demo: bool,
    pub by: Option<i64>,
    pub now: i64,
}

/// Puts a version in the library, replacing the one before. Returns the
/// files of the version it replaced, for the caller to delete once the
/// row points at the new ones (so no row ever points at a missing file).
pub async fn replace(db: &Db, m: NewMedia<'_>) -> Result<Option<(String, String)>, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let old: Option<(String, String)> =
        sqlx::query_as("SELECT video_key, captions_key FROM bsl_media WHERE content_key = $1 AND locale = $2")
            .bind(m.key)
            .bind(m.locale)
            .fetch_optional(&mut *tx)
            .await?;
    sqlx::query(
        "INSERT INTO bsl_media (content_key, locale, video_key, video_type, video_bytes, captions_key, transcript, is_demo, uploaded_by, uploaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (content_key, locale) DO UPDATE SET video_key = excluded.video_key, \
         video_type = excluded.video_type, video_bytes = excluded.video_bytes, captions_key = excluded.captions_key, \
         transcript = excluded.transcript, is_demo = excluded.is_demo, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at",
    )
    .bind(m.key)
    .bind(m.locale)
    .bind(m.video_key)
    .bind(m.video_type)
    .bind(m.video_bytes as i64)
    .bind(m.captions_key)
    .bind(m.transcript)
    .bind(m.is_demo as i64)
    .bind(m.by)
    .bind(m.now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(old.filter(|(v, c)| v != m.video_key || c != m.captions_key))
}

/// The generated demo clip every slot starts with, and its captions.
pub const DEMO_CLIP: &[u8] = include_bytes!("../assets/demo/demo-bsl-page.mp4");

pub fn demo_captions(key: &str, locale: &str) -> Option<&'static [u8]> {
    macro_rules! vtt {
        ($k:literal) => {
            match locale {
                "cy" => Some(include_bytes!(concat!("../assets/demo/bsl/", $k, ".cy.vtt")).as_slice()),
                _ => Some(include_bytes!(concat!("../assets/demo/bsl/", $k, ".en-GB.vtt")).as_slice()),
            }
        };
    }
    match key {
        "home" => vtt!("home"),
        "plan" => vtt!("plan"),
        "budget_options" => vtt!("budget_options"),
        "messages" => vtt!("messages"),
        "find_practice" => vtt!("find_practice"),
        "complain" => vtt!("complain"),
        "communication" => vtt!("communication"),
        _ => None,
    }
}

/// Fills every empty slot with the demo clip and its captions, and
/// re-writes the demo files (storage may be new: the demo's is a temporary
/// folder). Real uploads are never touched.
pub async fn store_demo(db: &Db, storage: &Storage, now: i64) -> Result<(), String> {
    for (key, _) in KEYS {
        for locale in ["en-GB", "cy"] {
            let captions = demo_captions(key, locale).ok_or("no demo captions")?;
            let video_key = "bsl/demo/demo-bsl-page.mp4".to_string();
            let captions_key = format!("bsl/demo/{key}.{locale}.vtt");
            let existing = find(db, key, locale).await.map_err(|e| e.to_string())?;
            if existing.as_ref().is_some_and(|m| m.locale == locale && !m.is_demo) {
                continue;
            }
            storage.put(&video_key, DEMO_CLIP.to_vec()).await.map_err(|e| e.to_string())?;
            storage.put(&captions_key, captions.to_vec()).await.map_err(|e| e.to_string())?;
            if existing.as_ref().is_some_and(|m| m.locale == locale) {
                continue;
            }
            let transcript = crate::vtt::cue_texts(captions).join("\n\n");
            replace(
                db,
                NewMedia {
                    key,
                    locale,
                    video_key: &video_key,
                    video_type: "video/mp4",
                    video_bytes: DEMO_CLIP.len() as u64,
                    captions_key: &captions_key,
                    transcript: &transcript,
                    is_demo: true,
                    by: None,
                    now,
                },
            )
            .await
            .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_has_real_demo_captions_in_both_languages() {
        for (key, _) in KEYS {
            for l in ["en-GB", "cy"] {
                let c = demo_captions(key, l).unwrap();
                assert_eq!(crate::vtt::check(c), Ok(3), "{key} {l}");
                assert!(crate::vtt::cue_texts(c)[0].starts_with('['), "{key} {l} is labelled a demo clip");
            }
        }
        assert_eq!(crate::storage::sniff_video(DEMO_CLIP).map(|t| t.0), Some("video/mp4"));
    }
}
