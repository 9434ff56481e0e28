//! `GET /people/{id}/messages/{cid}/files/{aid}`: a file sent with a
//! message, only to those who may read the conversation. Videos and
//! captions are served inline (for the player), everything else as a
//! download; the type is the one checked from the content when it was
//! sent, with `nosniff`. Byte ranges are honoured, so a video can seek.

use super::id_of;
use crate::auth::{Client, SignedIn};
use crate::authz::Action;
use crate::error::AppError;
use crate::messages;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// A `Range` header, against an object of `size` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// No usable range: the whole object (also for several ranges, which
    /// HTTP allows a server to answer whole).
    Whole,
    /// `start..end` (end exclusive).
    Part(u64, u64),
    /// Nothing of the object is in the range: 416.
    Unsatisfiable,
}

/// Reads `bytes=a-b`, `bytes=a-` and `bytes=-n` (RFC 9110 §14.1.2).
pub fn wanted(range: Option<&str>, size: u64) -> Wanted {
    let Some(spec) = range.and_then(|r| r.trim().strip_prefix("bytes=")) else {
        return Wanted::Whole;
    };
    if spec.contains(',') {
        return Wanted::Whole;
    }
    let Some((a, b)) = spec.split_once('-') else {
        return Wanted::Whole;
    };
    let (a, b) = (a.trim(), b.trim());
    let num = |s: &str| -> Option<u64> { (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten() };
    match (num(a), num(b)) {
        (Some(start), end) if b.is_empty() || end.is_some() => {
            if let Some(e) = end {
                if e < start {
                    return Wanted::Whole;
                }
            }
            if start >= size {
                return Wanted::Unsatisfiable;
            }
            let end = end.map(|e| e.min(size - 1)).unwrap_or(size - 1);
            Wanted::Part(start, end + 1)
        }
        (None, Some(n)) if a.is_empty() => {
            if n == 0 || size == 0 {
                return Wanted::Unsatisfiable;
            }
            Wanted::Part(size.saturating_sub(n), size)
        }
        _ => Wanted::Whole,
    }
}

pub async fn download(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path((id, cid, aid)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let (person_id, cid, aid) = (id_of(&id), id_of(&cid), id_of(&aid));
    let result: Result<Response, AppError> = async {
        let access = state.authorise(&v, person_id, Action::ReadMessages).await?;
        let stored = messages::attachment(&state.db, person_id, cid, aid).await?.ok_or(AppError::NotFound)?;
        let (key, file) = (stored.key, stored.file);
        let want = wanted(range_header(&headers), file.size);
        // A player asks for many ranges as it seeks: the first request
        // (the start of the file, or all of it) is the one audited.
        if matches!(want, Wanted::Whole | Wanted::Part(0, _)) {
            state.audit(&v, &access, "viewed_message_file", "message_attachment", Some(aid.to_string()), &meta).await?;
        }
        let ext = match file.content_type.split(';').next().unwrap_or_default() {
            "application/pdf" => "pdf",
            "image/jpeg" => "jpg",
            "image/png" => "png",
            "text/plain" => "txt",
            "text/vtt" => "vtt",
            "video/mp4" => "mp4",
            "video/webm" => "webm",
            "video/quicktime" => "mov",
            _ => "bin",
        };
        let inline = matches!(file.kind.as_str(), "video" | "captions");
        let disposition = format!("{}; filename=\"message-file-{}.{ext}\"", if inline { "inline" } else { "attachment" }, file.id);
        serve(&state.storage, &key, file.size, &file.content_type, &disposition, want, "private, no-store").await
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

/// Sends a stored object whole or in part, with its checked type,
/// `nosniff`, `Accept-Ranges` and the given disposition and caching.
pub async fn serve(
    storage: &crate::storage::Storage,
    key: &str,
    size: u64,
    content_type: &str,
    disposition: &str,
    want: Wanted,
    cache: &'static str,
) -> Result<Response, AppError> {
    let mut res = match want {
        Wanted::Unsatisfiable => {
            let mut r = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            r.headers_mut().insert(header::CONTENT_RANGE, HeaderValue::from_str(&format!("bytes */{size}")).expect("ascii"));
            return Ok(r);
        }
        Wanted::Whole => {
            let (_, stream) = storage.read(key, None).await.map_err(|e| AppError::internal(e.to_string()))?;
            let mut r = Response::new(Body::from_stream(stream));
            r.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(size));
            r
        }
        Wanted::Part(start, end) => {
            let (served, stream) = storage
                .read(key, Some(start..end))
                .await
                .map_err(|e| AppError::internal(e.to_string()))?;
            let mut r = Response::new(Body::from_stream(stream));
            *r.status_mut() = StatusCode::PARTIAL_CONTENT;
            let h = r.headers_mut();
            h.insert(header::CONTENT_LENGTH, HeaderValue::from(served.end - served.start));
            h.insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes {}-{}/{size}", served.start, served.end - 1)).expect("ascii"),
            );
            r
        }
    };
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_str(content_type).map_err(AppError::internal)?);
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(disposition).map_err(AppError::internal)?);
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(res)
}

/// The `Range` header to honour: none when an `If-Range` is sent (which
/// this server cannot check), so the object goes whole.
pub fn range_header(headers: &HeaderMap) -> Option<&str> {
    if headers.contains_key(header::IF_RANGE) {
        None
    } else {
        headers.get(header::RANGE).and_then(|r| r.to_str().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_read_as_http_says() {
        assert_eq!(wanted(None, 100), Wanted::Whole);
        assert_eq!(wanted(Some("bytes=0-"), 100), Wanted::Part(0, 100));
        assert_eq!(wanted(Some("bytes=10-19"), 100), Wanted::Part(10, 20));
        assert_eq!(wanted(Some("bytes=90-500"), 100), Wanted::Part(90, 100));
        assert_eq!(wanted(Some("bytes=-10"), 100), Wanted::Part(90, 100));
        assert_eq!(wanted(Some("bytes=-500"), 100), Wanted::Part(0, 100));
        assert_eq!(wanted(Some("bytes=100-"), 100), Wanted::Unsatisfiable);
        assert_eq!(wanted(Some("bytes=-0"), 100), Wanted::Unsatisfiable);
        assert_eq!(wanted(Some("bytes=5-1"), 100), Wanted::Whole);
        assert_eq!(wanted(Some("bytes=0-1,5-6"), 100), Wanted::Whole);
        assert_eq!(wanted(Some("items=0-1"), 100), Wanted::Whole);
        assert_eq!(wanted(Some("bytes=abc-"), 100), Wanted::Whole);
    }
}
