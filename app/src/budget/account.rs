//! The direct payment account, as arithmetic: payments in on a schedule
//! (the council's payment at the plan's frequency, and the person's
//! weekly contribution), spending out, the balance on any day, a statement
//! per calendar month, and the warnings. Integer pence and plain
//! `YYYY-MM-DD` dates in Europe/London throughout: no floats, no instants.

use crate::dates::parse_date;
use time::{Date, Duration, Month};

/// One line of the account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub on: String,
    /// council, contribution or spend
    pub kind: String,
    pub description: String,
    /// Positive: in. Negative: out.
    pub pence: i64,
    /// For spends: the stored id, and whether a receipt is attached.
    pub spend_id: Option<i64>,
    pub has_receipt: bool,
}

/// The days a payment falls on: `first`, then every period, up to and
/// including `until`. Monthly payments keep the day of the month where it
/// exists and fall on the month's last day where it does not (31 January,
/// 28 February, 31 March…).
pub fn schedule(first: &str, frequency: &str, until: &str) -> Vec<String> {
    let (Some(first), Some(until)) = (parse_date(first), parse_date(until)) else {
        return vec![];
    };
    let mut out = vec![];
    let mut n: i64 = 0;
    loop {
        let day = match frequency {
            "weekly" => first + Duration::weeks(n),
            "four_weekly" => first + Duration::weeks(4 * n),
            "monthly" => add_months(first, n),
            _ => return out,
        };
        if day > until {
            return out;
        }
        out.push(iso(day));
        n += 1;
        if n > 5_000 {
            return out;
        }
    }
}

pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

fn add_months(d: Date, n: i64) -> Date {
    let total = d.year() as i64 * 12 + (d.month() as i64 - 1) + n;
    let (y, m) = (
        (total.div_euclid(12)) as i32,
        (total.rem_euclid(12) + 1) as u8,
    );
    let month = Month::try_from(m).unwrap_or(Month::January);
    let last = month.length(y);
    Date::from_calendar_date(y, month, d.day().min(last)).unwrap_or(d)
}

/// The weekly equivalent of a payment of `pence` at `frequency`, rounded
/// down to whole pence (4-weekly ÷ 4; monthly × 12 ÷ 52).
pub fn weekly_equivalent(pence: i64, frequency: &str) -> i64 {
    match frequency {
        "weekly" => pence,
        "four_weekly" => pence / 4,
        "monthly" => pence.saturating_mul(12) / 52,
        _ => 0,
    }
}

/// The terms of the account, from the agreed plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    /// The first council payment (the day the plan was agreed).
    pub starts_on: String,
    pub amount_pence: i64,
    /// weekly, four_weekly or monthly
    pub frequency: String,
    /// The person's weekly contribution, paid in weekly from the start.
    pub contribution_pence: i64,
    /// What the regular support paid by the direct payment costs a week.
    pub committed_weekly_pence: i64,
}

/// Every line up to and including `until`, oldest first (on the same day:
/// money in before money out).
pub fn lines(terms: &Terms, spends: &[Line], until: &str) -> Vec<Line> {
    let mut out: Vec<Line> = schedule(&terms.starts_on, &terms.frequency, until)
        .into_iter()
        .map(|on| Line {
            on,
            kind: "council".into(),
            description: String::new(),
            pence: terms.amount_pence,
            spend_id: None,
            has_receipt: true,
        })
        .collect();
    if terms.contribution_pence > 0 {
        out.extend(
            schedule(&terms.starts_on, "weekly", until)
                .into_iter()
                .map(|on| Line {
                    on,
                    kind: "contribution".into(),
                    description: String::new(),
                    pence: terms.contribution_pence,
                    spend_id: None,
                    has_receipt: true,
                }),
        );
    }
    out.extend(spends.iter().filter(|s| s.on.as_str() <= until).cloned());
    out.sort_by(|a, b| {
        a.on.cmp(&b.on)
            .then((a.pence < 0).cmp(&(b.pence < 0)))
            .then(a.spend_id.cmp(&b.spend_id))
    });
    out
}

pub fn balance(lines: &[Line], on: &str) -> i64 {
    crate::money::sum_pence(
        lines
            .iter()
            .filter(|l| l.on.as_str() <= on)
            .map(|l| l.pence),
    )
}

/// A month's statement: the opening balance, the month's lines with the
/// balance after each, and the closing balance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Statement {
    /// `YYYY-MM`
    pub month: String,
    pub opening_pence: i64,
    pub lines: Vec<(Line, i64)>,
    pub money_in_pence: i64,
    pub money_out_pence: i64,
    pub closing_pence: i64,
}

/// `YYYY-MM` → its first and last days.
pub fn month_bounds(month: &str) -> Option<(String, String)> {
    let (y, m) = month.split_once('-')?;
    let (y, m): (i32, u8) = (y.parse().ok()?, m.parse().ok()?);
    if m.to_string().len() > 2 || !(2000..=2200).contains(&y) {
        return None;
    }
    let month = Month::try_from(m).ok()?;
    let first = Date::from_calendar_date(y, month, 1).ok()?;
    let last = Date::from_calendar_date(y, month, month.length(y)).ok()?;
    Some((iso(first), iso(last)))
}

pub fn statement(all: &[Line], month: &str) -> Option<Statement> {
    let (first, last) = month_bounds(month)?;
    Some(period_statement(all, month, &first, &last))
}

/// The months from the account's start to `today`, newest first.
pub fn months(starts_on: &str, today: &str) -> Vec<String> {
    let (Some(start), Some(end)) = (parse_date(starts_on), parse_date(today)) else {
        return vec![];
    };
    let mut out = vec![];
    let mut d = Date::from_calendar_date(start.year(), start.month(), 1).unwrap_or(start);
    while d <= end && out.len() < 1200 {
        out.push(format!("{:04}-{:02}", d.year(), d.month() as u8));
        d = add_months(d, 1);
    }
    out.reverse();
    out
}

/// A warning, in words the person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The balance is more than `weeks` weeks of the budget, which the
    /// council may take back.
    Surplus {
        weeks: i64,
        balance: i64,
        limit: i64,
    },
    /// The balance does not cover what the regular support will cost
    /// before the next payment in.
    TooLow { balance: i64, committed: i64 },
    /// Spends with no receipt yet.
    MissingReceipts { count: i64 },
}

pub fn warnings(terms: &Terms, all: &[Line], today: &str, surplus_weeks: i64) -> Vec<Warning> {
    let mut out = vec![];
    let bal = balance(all, today);
    let weekly = weekly_equivalent(terms.amount_pence, &terms.frequency)
        .saturating_add(terms.contribution_pence);
    let limit = weekly.saturating_mul(surplus_weeks);
    if weekly > 0 && bal > limit {
        out.push(Warning::Surplus {
            weeks: surplus_weeks,
            balance: bal,
            limit,
        });
    }
    // Weeks until the next council payment (at least one).
    let next = schedule(&terms.starts_on, &terms.frequency, &far_future(today))
        .into_iter()
        .find(|d| d.as_str() > today);
    let weeks_to_next = match (next.as_deref().and_then(parse_date), parse_date(today)) {
        (Some(n), Some(t)) => ((n - t).whole_days() + 6) / 7,
        _ => 1,
    }
    .max(1);
    let committed = terms.committed_weekly_pence.saturating_mul(weeks_to_next);
    if committed > 0 && bal < committed {
        out.push(Warning::TooLow {
            balance: bal,
            committed,
        });
    }
    let missing = all
        .iter()
        .filter(|l| l.kind == "spend" && !l.has_receipt && l.on.as_str() <= today)
        .count() as i64;
    if missing > 0 {
        out.push(Warning::MissingReceipts { count: missing });
    }
    out
}

fn far_future(today: &str) -> String {
    parse_date(today)
        .map(|d| iso(d + Duration::weeks(10)))
        .unwrap_or_else(|| today.to_string())
}

/// `YYYY-Qn` (calendar quarters) → its first and last days.
pub fn quarter_bounds(q: &str) -> Option<(String, String)> {
    let (y, n) = q.split_once("-Q")?;
    if y.len() != 4 || n.len() != 1 {
        return None;
    }
    let (y, n): (i32, u8) = (y.parse().ok()?, n.parse().ok()?);
    if !(1..=4).contains(&n) || !(2000..=2200).contains(&y) {
        return None;
    }
    let first = format!("{y:04}-{:02}-01", (n - 1) * 3 + 1);
    let (_, last) = month_bounds(&format!("{y:04}-{:02}", (n - 1) * 3 + 3))?;
    Some((first, last))
}

/// The quarter a day falls in.
pub fn quarter_of(date: &str) -> Option<String> {
    let d = parse_date(date)?;
    Some(format!(
        "{:04}-Q{}",
        d.year(),
        (d.month() as u8 - 1) / 3 + 1
    ))
}

/// The quarters from the account's start to `today`, newest first.
pub fn quarters(starts_on: &str, today: &str) -> Vec<String> {
    let mut out: Vec<String> = months(starts_on, today)
        .iter()
        .filter_map(|m| quarter_of(&format!("{m}-01")))
        .collect();
    out.dedup();
    out
}

/// A statement for any period (a quarter, for the audit return).
pub fn period_statement(all: &[Line], label: &str, first: &str, last: &str) -> Statement {
    let opening = crate::money::sum_pence(
        all.iter()
            .filter(|l| l.on.as_str() < first)
            .map(|l| l.pence),
    );
    let mut running = opening;
    let mut s = Statement {
        month: label.to_string(),
        opening_pence: opening,
        ..Default::default()
    };
    for l in all
        .iter()
        .filter(|l| l.on.as_str() >= first && l.on.as_str() <= last)
    {
        running = running.saturating_add(l.pence);
        if l.pence >= 0 {
            s.money_in_pence = s.money_in_pence.saturating_add(l.pence);
        } else {
            s.money_out_pence = s.money_out_pence.saturating_add(-l.pence);
        }
        s.lines.push((l.clone(), running));
    }
    s.closing_pence = running;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spend(on: &str, pence: i64, id: i64, receipt: bool) -> Line {
        Line {
            on: on.into(),
            kind: "spend".into(),
            description: "PA wages".into(),
            pence: -pence,
            spend_id: Some(id),
            has_receipt: receipt,
        }
    }

    #[test]
    fn schedules_step_by_their_period_and_months_end_on_the_last_day() {
        assert_eq!(
            schedule("2026-01-05", "weekly", "2026-01-26"),
            ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"]
        );
        assert_eq!(
            schedule("2026-01-05", "four_weekly", "2026-03-01"),
            ["2026-01-05", "2026-02-02"]
        );
        assert_eq!(
            schedule("2026-01-31", "monthly", "2026-05-01"),
            ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]
        );
        assert_eq!(
            schedule("2028-01-31", "monthly", "2028-02-29"),
            ["2028-01-31", "2028-02-29"],
            "a leap year"
        );
        // Across the clocks going forward (29 March 2026) and back (25
        // October 2026): dates, not instants, so no day is lost or doubled.
        assert_eq!(
            schedule("2026-03-22", "weekly", "2026-04-05"),
            ["2026-03-22", "2026-03-29", "2026-04-05"]
        );
        assert_eq!(
            schedule("2026-10-18", "weekly", "2026-11-01"),
            ["2026-10-18", "2026-10-25", "2026-11-01"]
        );
        assert!(schedule("nonsense", "weekly", "2026-01-01").is_empty());
        assert!(schedule("2026-01-01", "hourly", "2026-02-01").is_empty());
    }

    #[test]
    fn weekly_equivalents_are_whole_pence() {
        assert_eq!(weekly_equivalent(72_000, "four_weekly"), 18_000);
        assert_eq!(weekly_equivalent(78_000, "monthly"), 18_000);
        assert_eq!(
            weekly_equivalent(100, "monthly"),
            23,
            "rounded down, never a float"
        );
        assert_eq!(weekly_equivalent(i64::MAX, "monthly"), i64::MAX / 52);
    }

    #[test]
    fn statements_split_at_month_ends_and_carry_the_balance() {
        let terms = Terms {
            starts_on: "2026-03-02".into(),
            amount_pence: 72_000,
            frequency: "four_weekly".into(),
            contribution_pence: 0,
            committed_weekly_pence: 0,
        };
        let spends = vec![
            spend("2026-03-31", 50_000, 1, true),
            spend("2026-04-01", 10_000, 2, false),
        ];
        let all = lines(&terms, &spends, "2026-04-30");
        let march = statement(&all, "2026-03").unwrap();
        assert_eq!(
            (
                march.opening_pence,
                march.money_in_pence,
                march.money_out_pence,
                march.closing_pence
            ),
            (0, 144_000, 50_000, 94_000)
        );
        let april = statement(&all, "2026-04").unwrap();
        assert_eq!(
            april.opening_pence, 94_000,
            "April opens where March closed"
        );
        assert_eq!(
            april
                .lines
                .iter()
                .map(|(l, b)| (l.on.as_str(), *b))
                .collect::<Vec<_>>(),
            [("2026-04-01", 84_000), ("2026-04-27", 156_000)]
        );
        assert!(statement(&all, "2026-13").is_none() && statement(&all, "x").is_none());
        assert_eq!(
            months("2026-03-02", "2026-05-01"),
            ["2026-05", "2026-04", "2026-03"]
        );
    }

    #[test]
    fn quarters_are_calendar_quarters() {
        assert_eq!(
            quarter_bounds("2026-Q3"),
            Some(("2026-07-01".into(), "2026-09-30".into()))
        );
        assert_eq!(
            quarter_bounds("2028-Q1"),
            Some(("2028-01-01".into(), "2028-03-31".into()))
        );
        for bad in ["2026-Q5", "2026-Q0", "26-Q1", "2026-Q12", "x", "2026-13"] {
            assert_eq!(quarter_bounds(bad), None, "{bad}");
        }
        assert_eq!(quarter_of("2026-09-30").as_deref(), Some("2026-Q3"));
        assert_eq!(quarter_of("2026-10-01").as_deref(), Some("2026-Q4"));
        assert_eq!(
            quarters("2026-09-14", "2027-01-02"),
            ["2027-Q1", "2026-Q4", "2026-Q3"]
        );
    }

    #[test]
    fn warnings_say_what_to_do_about_the_balance_and_receipts() {
        let terms = Terms {
            starts_on: "2026-01-05".into(),
            amount_pence: 18_000,
            frequency: "weekly".into(),
            contribution_pence: 2_500,
            committed_weekly_pence: 18_000,
        };
        // Nothing spent for ten weeks: well over 8 weeks of budget.
        let all = lines(&terms, &[], "2026-03-15");
        let w = warnings(&terms, &all, "2026-03-15", 8);
        assert!(
            matches!(
                w[0],
                Warning::Surplus {
                    weeks: 8,
                    limit: 164_000,
                    ..
                }
            ),
            "{w:?}"
        );
        // Spending it all leaves too little for next week's support.
        let spends = vec![spend("2026-03-14", 200_000, 1, false)];
        let all = lines(&terms, &spends, "2026-03-15");
        let w = warnings(&terms, &all, "2026-03-15", 8);
        assert!(
            w.iter().any(|x| matches!(
                x,
                Warning::TooLow {
                    committed: 18_000,
                    ..
                }
            )),
            "{w:?}"
        );
        assert!(w.contains(&Warning::MissingReceipts { count: 1 }), "{w:?}");
    }
}
