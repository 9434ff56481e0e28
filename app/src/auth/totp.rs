//! Two-step sign-in: TOTP (RFC 6238, SHA-1, 6 digits, 30 seconds, as every
//! authenticator app expects) with replay protection, and single-use
//! recovery codes (ASVS 5.0 V6.5, V6.6).

use super::tokens::sha256_hex;
use rand::{Rng, RngCore};
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP: i64 = 30;

/// A new random 160-bit secret, base32.
pub fn new_secret() -> String {
    let mut b = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut b);
    Secret::Raw(b.to_vec()).to_encoded().to_string()
}

fn totp(secret_b32: &str, account_name: &str) -> Option<TOTP> {
    let raw = Secret::Encoded(secret_b32.to_string()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP as u64,
        raw,
        Some("Careway".into()),
        account_name.to_string(),
    )
    .ok()
}

/// The code for a given time (tests and the demo use this).
pub fn code_at(secret_b32: &str, unix: i64) -> String {
    totp(secret_b32, "x")
        .map(|t| t.generate(unix.max(0) as u64))
        .unwrap_or_default()
}

/// Checks a 6-digit code against the steps either side of now, refusing
/// any step at or before `last_step` (a code already used). Returns the
/// step to record.
pub fn verify(secret_b32: &str, code: &str, now: i64, last_step: i64) -> Option<i64> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_b32, "x")?;
    let step = now / STEP;
    (step - 1..=step + 1).filter(|s| *s > last_step).find(|s| {
        let expected = t.generate((*s * STEP) as u64);
        constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_url(secret_b32: &str, email: &str) -> String {
    totp(secret_b32, email)
        .map(|t| t.get_url())
        .unwrap_or_default()
}

/// The QR code as an inline SVG (dark modules on white, with a quiet zone),
/// named for assistive technology by `label` (the page also shows the key
/// as text).
pub fn qr_svg(url: &str, label: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .dark_color(qrcode::render::svg::Color("#000000"))
                .light_color(qrcode::render::svg::Color("#ffffff"))
                .build();
            // Drop the XML declaration; the SVG sits inside HTML.
            let start = svg.find("<svg").unwrap_or(0);
            let label = label
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            svg[start..].replacen(
                "<svg",
                &format!(r#"<svg role="img" aria-label="{label}" focusable="false""#),
                1,
            )
        }
        Err(_) => String::new(),
    }
}

/// The secret split into groups of four, easier to read out and type.
pub fn grouped(secret_b32: &str) -> String {
    secret_b32
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Ten new recovery codes, `xxxxx-xxxxx`, without look-alike characters.
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rngs::OsRng;
    (0..10)
        .map(|_| {
            let mut s = String::new();
            for i in 0..10 {
                if i == 5 {
                    s.push('-');
                }
                s.push(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char);
            }
            s
        })
        .collect()
}

/// How a recovery code is stored: SHA-256 of its normalised form (the
/// codes carry 50 random bits each and are single-use).
pub fn recovery_hash(code: &str) -> String {
    let norm: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    sha256_hex(&norm)
}

pub fn looks_like_recovery_code(code: &str) -> bool {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).count() == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_once_and_only_near_now() {
        let s = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&s, now);
        let step = verify(&s, &code, now, 0).expect("fresh code accepted");
        assert_eq!(step, now / STEP);
        assert_eq!(verify(&s, &code, now, step), None, "a used code is refused");
        assert_eq!(
            verify(&s, &code, now + 300, 0),
            None,
            "an old code is refused"
        );
        assert_eq!(verify(&s, "12345", now, 0), None);
        assert_eq!(verify(&s, "<script>", now, 0), None);
        // Spaces typed in the middle are fine.
        let c = code_at(&s, now + 30);
        assert!(verify(&s, &format!("{} {}", &c[..3], &c[3..]), now + 30, step).is_some());
    }

    #[test]
    fn the_qr_code_is_an_svg_and_recovery_codes_are_distinct() {
        let s = new_secret();
        let url = otpauth_url(&s, "priya@example.org");
        assert!(
            url.starts_with("otpauth://totp/Careway:priya%40example.org?secret="),
            "{url}"
        );
        let svg = qr_svg(&url, "QR code <for> \"set-up\"");
        assert!(
            svg.starts_with(
                r#"<svg role="img" aria-label="QR code &lt;for&gt; &quot;set-up&quot;""#
            ),
            "{svg}"
        );
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(codes
            .iter()
            .all(|c| c.len() == 11 && looks_like_recovery_code(c)));
        assert_eq!(recovery_hash("ABCDE-FGHJK"), recovery_hash("abcde fghjk"));
    }
}
