//! Working days in England: Monday to Friday, except bank holidays in
//! England and Wales. Deadlines that people rely on ("we reply within 2
//! working days", complaint acknowledgements) are counted here, so a
//! weekend or a bank holiday never makes something overdue.
//!
//! The regular bank holidays follow their rules (New Year's Day, Good
//! Friday, Easter Monday, the first and last Mondays of May, the last
//! Monday of August, Christmas Day and Boxing Day, with substitute days
//! when they fall at a weekend). One-off holidays proclaimed for a single
//! year are listed in [`ONE_OFF`]; add new ones there when they are
//! announced.

use time::{Date, Duration, Month, Weekday};

/// Bank holidays proclaimed for one year only (England and Wales).
pub const ONE_OFF: &[&str] = &[
    "2022-06-02", // Platinum Jubilee
    "2022-06-03", // Platinum Jubilee
    "2022-09-19", // State funeral of Queen Elizabeth II
    "2023-05-08", // Coronation of King Charles III
];

/// Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = ((h + l - 7 * m + 114) % 31) + 1;
    Date::from_calendar_date(
        year,
        Month::try_from(month as u8).expect("month"),
        day as u8,
    )
    .expect("easter")
}

fn first_monday(year: i32, month: Month) -> Date {
    let mut d = Date::from_calendar_date(year, month, 1).expect("date");
    while d.weekday() != Weekday::Monday {
        d = d.next_day().expect("date");
    }
    d
}

fn last_monday(year: i32, month: Month) -> Date {
    let mut d = Date::from_calendar_date(year, month, month.length(year)).expect("date");
    while d.weekday() != Weekday::Monday {
        d = d.previous_day().expect("date");
    }
    d
}

fn is_weekend(d: Date) -> bool {
    matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Every bank holiday in England and Wales in `year`, in date order.
pub fn bank_holidays(year: i32) -> Vec<Date> {
    let mut out = vec![];
    // New Year's Day, or the Monday after when it is at a weekend.
    let mut ny = Date::from_calendar_date(year, Month::January, 1).expect("date");
    while is_weekend(ny) {
        ny = ny.next_day().expect("date");
    }
    out.push(ny);
    let e = easter(year);
    out.push(e - Duration::days(2));
    out.push(e + Duration::days(1));
    out.push(first_monday(year, Month::May));
    out.push(last_monday(year, Month::May));
    out.push(last_monday(year, Month::August));
    // Christmas Day and Boxing Day, each moved to the next free weekday
    // when it falls at a weekend.
    let christmas = Date::from_calendar_date(year, Month::December, 25).expect("date");
    let mut taken: Vec<Date> = vec![];
    for day in [christmas, christmas.next_day().expect("date")] {
        let mut d = day;
        while is_weekend(d) || taken.contains(&d) {
            d = d.next_day().expect("date");
        }
        taken.push(d);
    }
    out.extend(taken);
    for s in ONE_OFF {
        if let Some(d) = crate::dates::parse_date(s) {
            if d.year() == year {
                out.push(d);
            }
        }
    }
    out.sort();
    out
}

/// The years whose bank holidays are worked out once and kept: a fixed,
/// bounded table (101 years of about ten dates each). Dates outside it are
/// still answered, just worked out each time.
const KEPT_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

fn kept_bank_holidays(year: i32) -> Option<&'static [Date]> {
    static TABLE: std::sync::OnceLock<Vec<Vec<Date>>> = std::sync::OnceLock::new();
    if !KEPT_YEARS.contains(&year) {
        return None;
    }
    let table = TABLE.get_or_init(|| KEPT_YEARS.map(bank_holidays).collect());
    table
        .get((year - KEPT_YEARS.start()) as usize)
        .map(Vec::as_slice)
}

/// Whether `d` is a working day in England.
pub fn is_working_day(d: Date) -> bool {
    if is_weekend(d) {
        return false;
    }
    match kept_bank_holidays(d.year()) {
        Some(days) => days.binary_search(&d).is_err(),
        None => !bank_holidays(d.year()).contains(&d),
    }
}

/// The day `n` working days after `from` (which itself need not be a
/// working day): the due date for something received on `from` that must
/// be answered within `n` working days. With `n` = 0, `from` itself.
pub fn add_working_days(from: Date, n: u32) -> Date {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        d = d.next_day().expect("date");
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}

/// The due date (`YYYY-MM-DD`) for something received at the instant
/// `received` (unix seconds) to be answered within `n` working days.
pub fn due_date(received: i64, n: u32) -> String {
    let day = crate::dates::parse_date(&crate::dates::uk_date_of(received)).expect("uk date");
    let due = add_working_days(day, n);
    format!(
        "{:04}-{:02}-{:02}",
        due.year(),
        due.month() as u8,
        due.day()
    )
}

/// Whether something received at `received` and still unanswered at `now`
/// is past its `n`-working-day target: today (UK) is after the due date.
pub fn is_overdue(received: i64, n: u32, now: i64) -> bool {
    past_due(&crate::dates::uk_date_of(now), &due_date(received, n))
}

/// Whether `today` (UK, `YYYY-MM-DD`) is after the due date `due`: for a
/// list that works out today once.
pub fn past_due(today: &str, due: &str) -> bool {
    today > due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        crate::dates::parse_date(s).unwrap()
    }

    fn ymd(x: Date) -> String {
        format!("{:04}-{:02}-{:02}", x.year(), x.month() as u8, x.day())
    }

    #[test]
    fn bank_holidays_match_the_published_lists() {
        // gov.uk/bank-holidays, England and Wales.
        let list = |y| bank_holidays(y).into_iter().map(ymd).collect::<Vec<_>>();
        assert_eq!(
            list(2026),
            [
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-04",
                "2026-05-25",
                "2026-08-31",
                "2026-12-25",
                "2026-12-28"
            ]
        );
        assert_eq!(
            list(2027),
            [
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-27",
                "2027-12-28"
            ]
        );
        assert_eq!(
            list(2028),
            [
                "2028-01-03",
                "2028-04-14",
                "2028-04-17",
                "2028-05-01",
                "2028-05-29",
                "2028-08-28",
                "2028-12-25",
                "2028-12-26"
            ]
        );
        assert!(
            list(2023).contains(&"2023-05-08".to_string()),
            "the coronation"
        );
        assert_eq!(ymd(easter(2025)), "2025-04-20");
    }

    #[test]
    fn the_kept_table_agrees_with_the_rules_inside_and_outside_it() {
        // 1995..=2105 crosses both ends of the kept years.
        let mut day = d("1995-01-01");
        let end = d("2105-12-31");
        let mut holidays = 0;
        while day <= end {
            let by_rule = !is_weekend(day) && !bank_holidays(day.year()).contains(&day);
            assert_eq!(is_working_day(day), by_rule, "{}", ymd(day));
            if !is_weekend(day) && !by_rule {
                holidays += 1;
            }
            day = day.next_day().unwrap();
        }
        // About eight weekday bank holidays a year over 111 years.
        assert!(holidays > 111 * 7, "{holidays}");
    }

    #[test]
    fn weekends_are_skipped() {
        // Friday + 2 working days is Tuesday.
        assert_eq!(ymd(add_working_days(d("2026-11-27"), 2)), "2026-12-01");
        // Something sent on a Saturday counts from Monday.
        assert_eq!(ymd(add_working_days(d("2026-11-28"), 2)), "2026-12-01");
        assert_eq!(ymd(add_working_days(d("2026-11-30"), 0)), "2026-11-30");
    }

    #[test]
    fn bank_holidays_are_skipped() {
        // Thursday 24 December 2026: Friday 25 and Monday 28 are bank
        // holidays, so 2 working days on is Wednesday 30 December.
        assert_eq!(ymd(add_working_days(d("2026-12-24"), 2)), "2026-12-30");
        // Easter 2027: Thursday 25 March + 2 is Wednesday 31 March.
        assert_eq!(ymd(add_working_days(d("2027-03-25"), 2)), "2027-03-31");
        // The late May bank holiday.
        assert_eq!(ymd(add_working_days(d("2026-05-22"), 1)), "2026-05-26");
        assert!(!is_working_day(d("2026-08-31")));
        assert!(is_working_day(d("2026-09-01")));
    }

    #[test]
    fn overdue_starts_the_day_after_the_due_date_in_uk_time() {
        // Monday 30 November 2026 at 10:00 UTC; due Wednesday 2 December.
        let sent = 1_796_032_800;
        assert_eq!(due_date(sent, 2), "2026-12-02");
        let wednesday_late = sent + 2 * 86_400 + 13 * 3_600; // 23:00 on the 2nd
        assert!(!is_overdue(sent, 2, wednesday_late));
        let thursday = sent + 3 * 86_400;
        assert!(is_overdue(sent, 2, thursday));
        // 23:30 UTC on Sunday 29 March 2026 is already Monday in BST.
        assert_eq!(due_date(1_774_827_000, 0), "2026-03-30");
    }
}
