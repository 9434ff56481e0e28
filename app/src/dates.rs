//! Instants are stored in UTC and shown in UK time (Europe/London: GMT in
//! winter, BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on
//! the last Sunday of October). Days are plain `YYYY-MM-DD` dates.

use crate::i18n::{tr, tr_args, Locale};
use time::{Date, Month, OffsetDateTime, Weekday};

fn last_sunday(year: i32, month: Month) -> Date {
    let mut d = Date::from_calendar_date(year, month, month.length(year)).expect("valid date");
    while d.weekday() != Weekday::Sunday {
        d = d.previous_day().expect("valid date");
    }
    d
}

/// The instant in UK local time.
pub fn uk_time(unix: i64) -> OffsetDateTime {
    let utc = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let y = utc.year();
    let start = last_sunday(y, Month::March)
        .with_hms(1, 0, 0)
        .expect("hms")
        .assume_utc();
    let end = last_sunday(y, Month::October)
        .with_hms(1, 0, 0)
        .expect("hms")
        .assume_utc();
    let offset = if utc >= start && utc < end { 1 } else { 0 };
    utc.to_offset(time::UtcOffset::from_hms(offset, 0, 0).expect("offset"))
}

/// `YYYY-MM-DD` for the UK day the instant falls on.
pub fn uk_date_of(unix: i64) -> String {
    let t = uk_time(unix);
    format!("{:04}-{:02}-{:02}", t.year(), t.month() as u8, t.day())
}

/// Parses a plain `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.splitn(3, '-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

/// A date as people read it: "14 September 2027" / "14 Medi 2027".
pub fn format_date(locale: Locale, date: &str) -> String {
    match parse_date(date) {
        Some(d) => date_words(locale, d),
        None => date.to_string(),
    }
}

fn date_words(locale: Locale, d: Date) -> String {
    remembered(locale, Key::Date(d), || {
        tr_args(
            locale,
            "core-date",
            &[
                ("day", (d.day() as i64).into()),
                ("month", tr(locale, &format!("core-month-{}", d.month() as u8)).into()),
                ("year", (d.year() as i64).into()),
            ],
        )
    })
}

/// An instant as people read it, in UK time: "26 November 2026 at 9:58pm".
pub fn format_instant(locale: Locale, unix: i64) -> String {
    let t = uk_time(unix);
    remembered(locale, Key::Minute(t.date(), t.hour(), t.minute()), || {
        let (h12, pm) = match t.hour() {
            0 => (12, false),
            h @ 1..=11 => (h, false),
            12 => (12, true),
            h => (h - 12, true),
        };
        let time = tr_args(
            locale,
            if pm { "core-time-pm" } else { "core-time-am" },
            &[("hour", (h12 as i64).into()), ("minute", format!("{:02}", t.minute()).into())],
        );
        tr_args(locale, "core-date-time", &[("date", date_words(locale, t.date()).into()), ("time", time.into())])
    })
}

/// What a date or a UK-time minute reads as.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Date(Date),
    Minute(Date, u8, u8),
}

/// How many formatted dates each thread remembers before it starts again.
const REMEMBERED: usize = 512;

thread_local! {
    static WORDS: std::cell::RefCell<std::collections::HashMap<(Locale, Key), String>> = Default::default();
}

/// Dates and times in words are a pure function of the locale and the
/// day (or minute), and putting them into words takes four Fluent
/// lookups; pages such as the inbox show dozens, mostly the same few days.
/// So each thread remembers up to [`REMEMBERED`] of them (then forgets
/// them all and starts again: bounded, and never stale, since the words
/// are compiled in).
fn remembered(locale: Locale, key: Key, words: impl FnOnce() -> String) -> String {
    if let Some(w) = WORDS.with(|m| m.borrow().get(&(locale, key)).cloned()) {
        return w;
    }
    let w = words();
    WORDS.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= REMEMBERED {
            m.clear();
        }
        m.insert((locale, key), w.clone());
    });
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_is_bst_and_winter_is_gmt() {
        // 2026-07-01 12:00 UTC is 13:00 in London; 2026-12-01 12:00 UTC is 12:00.
        assert_eq!(uk_time(1_782_907_200).hour(), 13);
        assert_eq!(uk_time(1_796_126_400).hour(), 12);
        // 23:30 UTC on 30 June is already 1 July in London.
        assert_eq!(uk_date_of(1_782_862_200), "2026-07-01");
    }

    #[test]
    fn dates_read_as_words_in_both_languages() {
        assert_eq!(format_date(Locale::EnGb, "2027-09-14"), "14 September 2027");
        assert_eq!(format_date(Locale::Cy, "2027-09-14"), "14 Medi 2027");
        assert_eq!(format_date(Locale::EnGb, "not a date"), "not a date");
        assert_eq!(
            format_instant(Locale::EnGb, 1_796_126_400),
            "1 December 2026 at 12:00pm"
        );
    }

    /// The remembered words are keyed by language and day (or minute), and
    /// stay right after the memory fills and starts again.
    #[test]
    fn remembered_dates_keep_their_language_and_day() {
        let day = |n: i64| uk_date_of(1_796_126_400 + n * 86_400);
        let first: Vec<String> = (0..(REMEMBERED as i64 + 40)).map(|n| format_date(Locale::EnGb, &day(n))).collect();
        for (n, words) in first.iter().enumerate() {
            assert_eq!(&format_date(Locale::EnGb, &day(n as i64)), words);
        }
        assert_eq!(format_date(Locale::EnGb, "2027-09-14"), "14 September 2027");
        assert_eq!(format_date(Locale::Cy, "2027-09-14"), "14 Medi 2027");
        assert_eq!(format_date(Locale::EnGb, "2027-09-14"), "14 September 2027");
        assert_eq!(format_instant(Locale::EnGb, 1_796_126_400), "1 December 2026 at 12:00pm");
        assert_eq!(format_instant(Locale::EnGb, 1_796_126_460), "1 December 2026 at 12:01pm");
        assert_eq!(format_instant(Locale::EnGb, 1_796_126_459), "1 December 2026 at 12:00pm");
        assert_ne!(format_instant(Locale::Cy, 1_796_126_400), format_instant(Locale::EnGb, 1_796_126_400));
    }
}
