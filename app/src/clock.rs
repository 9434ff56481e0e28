//! The one clock. Everything that decides by time (session timeouts, link
//! expiry, delegation end dates) asks `AppState::clock`, so tests can move
//! time forward instead of sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Seconds added to the system clock (only tests change it).
    offset: Arc<AtomicI64>,
}

impl Clock {
    /// Unix seconds, UTC.
    pub fn now(&self) -> i64 {
        crate::data::unix_now() + self.offset.load(Ordering::SeqCst)
    }

    /// Moves this clock (and every clone of it) forward.
    pub fn advance(&self, secs: i64) {
        self.offset.fetch_add(secs, Ordering::SeqCst);
    }

    /// Today's date in the UK, as `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        crate::dates::uk_date_of(self.now())
    }
}
