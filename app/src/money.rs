//! Money: always integer pence. People type pounds ("£1,250.50", "80",
//! "12.5"); this parses that strictly, and formats pence back for reading.

use crate::error::Msg;

/// The largest amount Careway accepts in one field: £10,000,000.00.
pub const MAX_PENCE: i64 = 1_000_000_000;

/// Parses pounds and pence as typed into integer pence. Accepts an
/// optional leading "£", thousands commas in the right places, and up to
/// two decimal places. Refuses negatives, letters, more than two decimals
/// and anything over [`MAX_PENCE`].
pub fn parse_pence(input: &str) -> Result<i64, Msg> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Msg("money-error-empty"));
    }
    let s = s.strip_prefix('£').unwrap_or(s).trim_start();
    if s.starts_with('-') {
        return Err(Msg("money-error-negative"));
    }
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    // Commas only as thousands separators: 1,000 or 12,345,678.
    let digits: String = if whole.contains(',') {
        let groups: Vec<&str> = whole.split(',').collect();
        let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(Msg("money-error-format"));
        }
        groups.concat()
    } else {
        whole.to_string()
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Msg("money-error-format"));
    }
    let pence_part = match frac {
        None => 0,
        Some(f) if f.len() == 1 && f.bytes().all(|b| b.is_ascii_digit()) => {
            f.parse::<i64>().map_err(|_| Msg("money-error-format"))? * 10
        }
        Some(f) if f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()) => {
            f.parse::<i64>().map_err(|_| Msg("money-error-format"))?
        }
        Some(_) => return Err(Msg("money-error-format")),
    };
    if digits.len() > 9 {
        return Err(Msg("money-error-too-big"));
    }
    let pounds: i64 = digits.parse().map_err(|_| Msg("money-error-format"))?;
    let total = pounds
        .checked_mul(100)
        .and_then(|p| p.checked_add(pence_part))
        .ok_or(Msg("money-error-too-big"))?;
    if total > MAX_PENCE {
        return Err(Msg("money-error-too-big"));
    }
    Ok(total)
}

/// Pence as people read it: "£1,250.50", "£80.00".
pub fn format_pence(pence: i64) -> String {
    let neg = pence < 0;
    let p = pence.unsigned_abs();
    let pounds = (p / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in pounds.chars().enumerate() {
        if i > 0 && (pounds.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}£{grouped}.{:02}", if neg { "-" } else { "" }, p % 100)
}

/// Sums pence without overflow (saturating: a sum this large is a data
/// error already refused at input).
pub fn sum_pence(values: impl IntoIterator<Item = i64>) -> i64 {
    values.into_iter().fold(0i64, |a, b| a.saturating_add(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_and_pence_parse_to_integer_pence() {
        assert_eq!(parse_pence("£1,000.50"), Ok(100_050));
        assert_eq!(parse_pence("1000.5"), Ok(100_050));
        assert_eq!(parse_pence(" 80 "), Ok(8_000));
        assert_eq!(parse_pence("£ 12.05"), Ok(1_205));
        assert_eq!(parse_pence("0"), Ok(0));
        assert_eq!(parse_pence("1,234,567.89"), Ok(123_456_789));
    }

    #[test]
    fn hostile_and_wrong_input_is_refused_with_a_reason() {
        assert_eq!(parse_pence(""), Err(Msg("money-error-empty")));
        assert_eq!(parse_pence("-3"), Err(Msg("money-error-negative")));
        assert_eq!(parse_pence("£-3"), Err(Msg("money-error-negative")));
        for bad in [
            "abc",
            "1.234",
            "1,00",
            ",100",
            "1..2",
            "1e5",
            "0x10",
            "12 34",
            "£",
            "1.",
            ".5",
            "<script>",
            "1'; DROP TABLE x;--",
        ] {
            assert_eq!(parse_pence(bad), Err(Msg("money-error-format")), "{bad}");
        }
        assert_eq!(
            parse_pence("99999999999999999999999"),
            Err(Msg("money-error-too-big"))
        );
        assert_eq!(
            parse_pence("10,000,000.01"),
            Err(Msg("money-error-too-big"))
        );
        assert_eq!(parse_pence("10,000,000.00"), Ok(MAX_PENCE));
    }

    #[test]
    fn pence_read_back_as_pounds_and_sums_never_overflow() {
        assert_eq!(format_pence(100_050), "£1,000.50");
        assert_eq!(format_pence(8_000), "£80.00");
        assert_eq!(format_pence(5), "£0.05");
        assert_eq!(format_pence(123_456_789), "£1,234,567.89");
        assert_eq!(sum_pence([100, 250, 5]), 355);
        assert_eq!(sum_pence([i64::MAX, 1]), i64::MAX);
        for typed in ["£1,000.50", "80", "0.05", "999,999.99"] {
            let p = parse_pence(typed).unwrap();
            assert_eq!(parse_pence(&format_pence(p)), Ok(p), "{typed}");
        }
    }
}
