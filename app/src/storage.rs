//! One storage abstraction for everything people upload (receipts now;
//! message attachments and BSL video next): local disk by default, any
//! S3-compatible store when `CAREWAY_S3_BUCKET` is set. Built on the
//! `object_store` crate, so both are the same few calls. Keys are made by
//! Careway (never from a file name), and what a file is comes from its
//! content, never its name.

use object_store::path::Path as Key;
use object_store::{ObjectStore, PutPayload};
use std::sync::Arc;

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
