//! Sign-in throttling with governor: per account (the email typed, whether
//! or not an account has it, so throttling reveals nothing) and per client
//! address (ASVS 5.0 V6.3.1). The answer says how long to wait.

use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

/// Past this many keys, a map is tidied at once.
const MAX_KEYS: usize = 100_000;
/// The longest key kept: an email address is at most 254 characters.
const KEY_MAX: usize = 254;

#[derive(Clone)]
pub struct Throttle {
    account: Arc<DefaultKeyedRateLimiter<String>>,
    ip: Arc<DefaultKeyedRateLimiter<String>>,
}

impl std::fmt::Debug for Throttle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Throttle")
    }
}

/// How long to wait, rounded up to whole minutes (at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wait {
    pub minutes: i64,
}

fn wait_of(d: Duration) -> Wait {
    Wait {
        minutes: (d.as_secs() as i64 + 59) / 60,
    }
    .max_one()
}

impl Wait {
    fn max_one(self) -> Wait {
        Wait {
            minutes: self.minutes.max(1),
        }
    }
}

impl Throttle {
    pub fn new(account_burst: u32, ip_burst: u32) -> Throttle {
        let q = |period: u64, burst: u32| {
            Quota::with_period(Duration::from_secs(period))
                .expect("non-zero period")
                .allow_burst(NonZeroU32::new(burst.max(1)).expect("non-zero"))
        };
        Throttle {
            account: Arc::new(RateLimiter::keyed(q(180, account_burst))),
            ip: Arc::new(RateLimiter::keyed(q(20, ip_burst))),
        }
    }

    /// Counts one attempt for this address and this account key.
    pub fn attempt(&self, ip: &str, account_key: &str) -> Result<(), Wait> {
        let now = DefaultClock::default().now();
        // Bounded memory: keys are at most an email address long, and a
        // map past its cap forgets the keys that are back to full
        // allowance at once rather than at the hourly tidy. (The
        // per-address limit, checked first, bounds how fast one address
        // can add keys.)
        if self.account.len() > MAX_KEYS || self.ip.len() > MAX_KEYS {
            self.tidy();
        }
        let account_key: String = account_key.trim().to_lowercase().chars().take(KEY_MAX).collect();
        if let Err(n) = self.ip.check_key(&ip.to_string()) {
            return Err(wait_of(n.wait_time_from(now)));
        }
        if let Err(n) = self.account.check_key(&account_key) {
            return Err(wait_of(n.wait_time_from(now)));
        }
        Ok(())
    }

    /// Forgets keys that are back to full allowance (called hourly).
    pub fn tidy(&self) {
        self.account.retain_recent();
        self.ip.retain_recent();
        self.account.shrink_to_fit();
        self.ip.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_keys_are_cut_so_memory_stays_bounded() {
        let t = Throttle::new(1, 100);
        let long = "a".repeat(100_000);
        t.attempt("1.2.3.4", &format!("{long}x")).unwrap();
        // Differs only past the first 254 characters: the same key.
        assert!(t.attempt("1.2.3.4", &format!("{long}y")).is_err());
    }

    #[test]
    fn the_attempt_after_the_burst_is_refused_with_a_wait() {
        let t = Throttle::new(3, 100);
        for _ in 0..3 {
            t.attempt("1.2.3.4", "a@example.org").unwrap();
        }
        assert_eq!(
            t.attempt("1.2.3.4", "A@example.org "),
            Err(Wait { minutes: 3 })
        );
        // Another account from the same address is still fine.
        t.attempt("1.2.3.4", "b@example.org").unwrap();
        let per_ip = Throttle::new(100, 2);
        per_ip.attempt("9.9.9.9", "x").unwrap();
        per_ip.attempt("9.9.9.9", "y").unwrap();
        assert_eq!(per_ip.attempt("9.9.9.9", "z"), Err(Wait { minutes: 1 }));
    }
}
