//! Password hashing (argon2id, OWASP parameters: m=19 MiB, t=2, p=1) and
//! the password rules.
//!
//! Hashing runs on the blocking pool behind a semaphore, so a burst of
//! sign-ins can neither starve the async workers nor use unbounded memory
//! (ASVS 5.0 V11.4.2 / V6.2). A sign-in for an account that does not exist
//! (or has no password yet) still verifies against a dummy hash with the
//! same parameters, so the time taken does not reveal which emails have
//! accounts (V6.3.8).

use crate::error::Msg;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::Arc;
use tokio::sync::Semaphore;

#[derive(Clone, Debug)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    dummy: Arc<String>,
}

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 256;

/// Passwords people pick most often (and this service's own name), refused
/// outright. The length rule already refuses most of the well-known lists.
const COMMON: &[&str] = &[
    "password1234",
    "password12345",
    "password123456",
    "123456789012",
    "1234567890123",
    "qwertyuiopas",
    "qwerty123456",
    "iloveyou1234",
    "letmein12345",
    "welcome12345",
    "passwordpassword",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "abc123abc123",
    "111111111111",
    "000000000000",
    "careway12345",
    "carewaycareway",
    "changeme1234",
    "football1234",
    "monkey123456",
    "sunshine1234",
    "princess1234",
    "trustno11234",
];

fn argon2() -> Argon2<'static> {
    // Argon2id, version 0x13, m=19456 KiB, t=2, p=1: OWASP's recommendation.
    Argon2::default()
}

impl Passwords {
    pub fn new(concurrency: usize) -> Passwords {
        let salt = SaltString::generate(&mut OsRng);
        let dummy = argon2()
            .hash_password(b"not a real password, only for equal timing", &salt)
            .expect("argon2 hashes")
            .to_string();
        Passwords {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            dummy: Arc::new(dummy),
        }
    }

    /// Hashes a new password into a PHC string.
    pub async fn hash(&self, password: String) -> Result<String, String> {
        let _permit = self.permits.acquire().await.map_err(|e| e.to_string())?;
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| e.to_string())
        })
        .await
        .map_err(|e| e.to_string())?
    }

    /// Whether `password` matches `stored`. With no stored hash, it spends
    /// the same effort on the dummy hash and answers false.
    pub async fn verify(&self, stored: Option<String>, password: String) -> bool {
        let Ok(_permit) = self.permits.acquire().await else {
            return false;
        };
        let (phc, real) = match stored {
            Some(h) => (h, true),
            None => (self.dummy.as_ref().clone(), false),
        };
        let ok = tokio::task::spawn_blocking(move || match PasswordHash::new(&phc) {
            Ok(parsed) => argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok(),
            Err(_) => false,
        })
        .await
        .unwrap_or(false);
        ok && real
    }
}

/// The password rules (ASVS 5.0 V6.2): at least 12 characters, at most
/// 256, any characters at all (spaces and emoji welcome, no composition
/// rules), not a well-known password, and not the person's own email.
pub fn check_new_password(password: &str, email: &str) -> Result<(), Msg> {
    let len = password.chars().count();
    if len == 0 {
        return Err(Msg("auth-error-password-empty"));
    }
    if len < MIN_LEN {
        return Err(Msg("auth-error-password-short"));
    }
    if len > MAX_LEN {
        return Err(Msg("auth-error-password-long"));
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if COMMON.contains(&lower.as_str())
        || lower == email.to_lowercase()
        || (local.len() >= 4 && lower.contains(&local) && lower.len() < local.len() + 4)
        || lower.chars().all(|c| Some(c) == lower.chars().next())
    {
        return Err(Msg("auth-error-password-common"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let p = Passwords::new(2);
        let h = p.hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(
            p.verify(Some(h.clone()), "correct horse battery".into())
                .await
        );
        assert!(!p.verify(Some(h), "correct horse batterx".into()).await);
        assert!(!p.verify(None, "anything".into()).await);
        assert!(!p.verify(Some("not a phc string".into()), "x".into()).await);
    }

    #[test]
    fn password_rules() {
        assert_eq!(
            check_new_password("", "a@b.c"),
            Err(Msg("auth-error-password-empty"))
        );
        assert_eq!(
            check_new_password("short", "a@b.c"),
            Err(Msg("auth-error-password-short"))
        );
        assert_eq!(
            check_new_password(&"x".repeat(257), "a@b.c"),
            Err(Msg("auth-error-password-long"))
        );
        assert_eq!(
            check_new_password("Password1234", "a@b.c"),
            Err(Msg("auth-error-password-common"))
        );
        assert_eq!(
            check_new_password("zzzzzzzzzzzzzz", "a@b.c"),
            Err(Msg("auth-error-password-common"))
        );
        assert_eq!(
            check_new_password("alexmorgan12", "alexmorgan@example.org"),
            Err(Msg("auth-error-password-common"))
        );
        assert!(check_new_password("purple tractor lantern", "a@b.c").is_ok());
        assert!(check_new_password("ŵy gwyn 🐑 ar y mynydd", "a@b.c").is_ok());
        assert!(check_new_password("<script>alert(1)</script>", "a@b.c").is_ok());
    }
}
