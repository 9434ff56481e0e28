//! One storage abstraction for everything people upload (receipts now;
//! message attachments and BSL video next): local disk by default, any
//! S3-compatible store when `CAREWAY_S3_BUCKET` is set. Built on the
//! `object_store` crate, so both are the same few calls. Keys are made by
//! Careway (never from a file name), and what a file is comes from its
//! content, never its name.

use object_store::path::Path as Key;
use object_store::{GetOptions, GetRange, ObjectStore, PutPayload, WriteMultipart};
use std::ops::Range;
use std::sync::Arc;

/// A stream of an object's bytes, for a response body.
pub type ByteStream = futures::stream::BoxStream<'static, Result<axum::body::Bytes, object_store::Error>>;

/// Parts of a streamed upload are sent in chunks of this size (the least
/// S3 accepts), so an upload of any size holds only a few chunks in memory.
const CHUNK: usize = 5 * 1024 * 1024;


#[derive(Clone)]
pub struct Storage {
    inner: Arc<dyn ObjectStore>,
    /// "local" or "s3", for the start-up log.
    pub kind: &'static str,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Storage({})", self.kind)
    }
}

#[derive(Debug)]
pub struct StorageError(pub String);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "storage: {}", self.0)
    }
}

impl From<object_store::Error> for StorageError {
    fn from(e: object_store::Error) -> Self {
        StorageError(e.to_string())
    }
}

impl Storage {
    /// Local disk under `dir` (created if missing).
    pub fn local(dir: &std::path::Path) -> Result<Storage, StorageError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StorageError(format!("{}: {e}", dir.display())))?;
        let fs = object_store::local::LocalFileSystem::new_with_prefix(dir)?;
        Ok(Storage {
            inner: Arc::new(fs),
            kind: "local",
        })
    }

    /// An S3-compatible bucket. Credentials and region come from the usual
    /// `AWS_*` variables; `endpoint` points at a non-AWS store (MinIO,
    /// Ceph, Garage…).
    pub fn s3(bucket: &str, endpoint: Option<&str>) -> Result<Storage, StorageError> {
        let mut b = object_store::aws::AmazonS3Builder::from_env().with_bucket_name(bucket);
        if let Some(e) = endpoint {
            b = b
                .with_endpoint(e)
                .with_allow_http(e.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        Ok(Storage {
            inner: Arc::new(b.build()?),
            kind: "s3",
        })
    }

    /// From the configuration: S3 when a bucket is named, else local disk.
    pub fn from_config(c: &crate::config::Config) -> Result<Storage, StorageError> {
        match &c.s3_bucket {
            Some(bucket) => Storage::s3(bucket, c.s3_endpoint.as_deref()),
            None => Storage::local(&c.storage_dir),
        }
    }

    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StorageError> {
        self.inner
            .put(&Key::from(key), PutPayload::from(bytes))
            .await?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<Vec<u8>, StorageError> {
        let r = self.inner.get(&Key::from(key)).await?;
        Ok(r.bytes().await?.to_vec())
    }

    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        self.inner.delete(&Key::from(key)).await?;
        Ok(())
    }

    /// Starts a streamed upload to `key` (for files too big to hold in
    /// memory, such as video). Nothing is visible at `key` until
    /// [`Writer::finish`].
    pub async fn writer(&self, key: &str) -> Result<Writer, StorageError> {
        let upload = self.inner.put_multipart(&Key::from(key)).await?;
        Ok(Writer {
            inner: WriteMultipart::new_with_chunk_size(upload, CHUNK),
            written: 0,
        })
    }

    /// The object's size in bytes.
    pub async fn size(&self, key: &str) -> Result<u64, StorageError> {
        Ok(self.inner.head(&Key::from(key)).await?.size)
    }

    /// Streams the object, or the byte range `range` of it (which must lie
    /// inside the object). Returns the range served and the stream.
    pub async fn read(
        &self,
        key: &str,
        range: Option<Range<u64>>,
    ) -> Result<(Range<u64>, ByteStream), StorageError> {
        let opts = GetOptions {
            range: range.map(GetRange::Bounded),
            ..Default::default()
        };
        let r = self.inner.get_opts(&Key::from(key), opts).await?;
        let served = r.range.clone();
        Ok((served, r.into_stream()))
    }
}

/// A streamed upload in progress (see [`Storage::writer`]).
pub struct Writer {
    inner: WriteMultipart,
    pub written: u64,
}

impl Writer {
    pub async fn write(&mut self, bytes: &[u8]) -> Result<(), StorageError> {
        self.inner.write(bytes);
        self.written += bytes.len() as u64;
        // At most two chunks in flight: memory stays bounded.
        self.inner.wait_for_capacity(2).await?;
        Ok(())
    }

    pub async fn finish(self) -> Result<(), StorageError> {
        self.inner.finish().await?;
        Ok(())
    }

    /// Gives up: nothing is left at the key.
    pub async fn abort(self) {
        let _ = self.inner.abort().await;
    }
}

/// What a file is, from its first bytes: (content type, file extension).
/// Only the kinds Careway accepts are recognised.
pub fn sniff(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"%PDF-") {
        Some(("application/pdf", "pdf"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpg"))
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(("image/png", "png"))
    } else {
        None
    }
}

/// A video, from its first bytes: (content type, extension). MP4 and
/// QuickTime by their `ftyp` box (with a video brand), WebM by its EBML
/// header and `webm` document type.
pub fn sniff_video(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        if brand == b"qt  " {
            return Some(("video/quicktime", "mov"));
        }
        const MP4: &[&[u8; 4]] = &[
            b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"M4VP",
            b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"dash", b"MSNV", b"mmp4",
        ];
        return MP4.iter().any(|b| &b[..] == brand).then_some(("video/mp4", "mp4"));
    }
    // Older QuickTime files begin with a movie atom rather than ftyp.
    if bytes.len() >= 8 && matches!(&bytes[4..8], b"moov" | b"mdat" | b"wide") {
        return Some(("video/quicktime", "mov"));
    }
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        let head = &bytes[..bytes.len().min(64)];
        if head.windows(4).any(|w| w == b"webm") {
            return Some(("video/webm", "webm"));
        }
    }
    None
}

/// Plain text: UTF-8 with no control characters but tab, line breaks and
/// form feed.
pub fn is_plain_text(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && std::str::from_utf8(bytes).is_ok_and(|s| {
            !s.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content_not_names() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(("application/pdf", "pdf")));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]),
            Some(("image/jpeg", "jpg"))
        );
        assert_eq!(
            sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Some(("image/png", "png"))
        );
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(sniff(b"MZ\x90\x00"), None, "an executable");
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn videos_are_recognised_from_content() {
        let mp4 = [0, 0, 0, 0x20, b'f', b't', b'y', b'p', b'i', b's', b'o', b'm', 0, 0];
        assert_eq!(sniff_video(&mp4), Some(("video/mp4", "mp4")));
        let mov = [0, 0, 0, 0x14, b'f', b't', b'y', b'p', b'q', b't', b' ', b' '];
        assert_eq!(sniff_video(&mov), Some(("video/quicktime", "mov")));
        let heic = [0, 0, 0, 0x18, b'f', b't', b'y', b'p', b'h', b'e', b'i', b'c'];
        assert_eq!(sniff_video(&heic), None, "a photo, not a video");
        let mut webm = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84];
        webm.extend_from_slice(b"webm");
        assert_eq!(sniff_video(&webm), Some(("video/webm", "webm")));
        let mut mkv = webm.clone();
        mkv.truncate(12);
        mkv.extend_from_slice(b"matroska");
        assert_eq!(sniff_video(&mkv), None);
        assert_eq!(sniff_video(b"%PDF-1.7"), None);
    }

    #[test]
    fn plain_text_is_utf8_without_control_characters() {
        assert!(is_plain_text("Notes\r\nfor Tuesday\tok £".as_bytes()));
        assert!(is_plain_text(b"<script>alert(1)</script>"), "markup is just text here");
        assert!(!is_plain_text(b"MZ\x90\x00\x03"));
        assert!(!is_plain_text(&[0xff, 0xfe]));
        assert!(!is_plain_text(b""));
    }

    #[tokio::test]
    async fn streamed_uploads_can_be_read_back_in_ranges() {
        let dir = std::env::temp_dir().join(format!("careway-storage-stream-{}", std::process::id()));
        let s = Storage::local(&dir).unwrap();
        let mut w = s.writer("videos/1/a.mp4").await.unwrap();
        let data: Vec<u8> = (0..(3 * 1024 * 1024)).map(|i| (i % 251) as u8).collect();
        for chunk in data.chunks(64 * 1024) {
            w.write(chunk).await.unwrap();
        }
        assert_eq!(w.written, data.len() as u64);
        w.finish().await.unwrap();
        assert_eq!(s.size("videos/1/a.mp4").await.unwrap(), data.len() as u64);
        let (range, mut stream) = s.read("videos/1/a.mp4", Some(100..200)).await.unwrap();
        assert_eq!(range, 100..200);
        let mut got = vec![];
        while let Some(b) = futures::StreamExt::next(&mut stream).await {
            got.extend_from_slice(&b.unwrap());
        }
        assert_eq!(got, &data[100..200]);
        // An aborted upload leaves nothing behind.
        let mut w = s.writer("videos/1/b.mp4").await.unwrap();
        w.write(b"partial").await.unwrap();
        w.abort().await;
        assert!(s.size("videos/1/b.mp4").await.is_err());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn local_storage_keeps_and_returns_bytes() {
        let dir = std::env::temp_dir().join(format!("careway-storage-test-{}", std::process::id()));
        let s = Storage::local(&dir).unwrap();
        s.put("receipts/1/abc.pdf", b"%PDF-1.7".to_vec())
            .await
            .unwrap();
        assert_eq!(s.get("receipts/1/abc.pdf").await.unwrap(), b"%PDF-1.7");
        s.delete("receipts/1/abc.pdf").await.unwrap();
        assert!(s.get("receipts/1/abc.pdf").await.is_err());
        let _ = std::fs::remove_dir_all(dir);
    }
}
