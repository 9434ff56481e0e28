//! Typed configuration, read from the environment once at start-up.
//! Every variable, its default and its meaning is listed in the README and
//! in `.env.example`.

use std::net::IpAddr;
use std::path::PathBuf;

/// How Careway is being run. Production never seeds demo data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Development,
    Production,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub host: IpAddr,
    pub port: u16,
    pub database_url: String,
    pub storage_dir: PathBuf,
    pub service_name: String,
    pub organisation_name: String,
    pub mode: Mode,
    pub demo: bool,
    /// The address people reach Careway at. When it starts with `https://`,
    /// cookies are marked Secure and HSTS is sent.
    pub public_url: String,
    /// Where email goes when no SMTP server is configured: one `.eml` file
    /// per message.
    pub outbox_dir: PathBuf,
    /// `smtps://user:pass@host:465` or `smtp://host:587` (STARTTLS
    /// required). Unset: write to the outbox folder.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Sign-in attempts allowed per account (email) in a burst; one more is
    /// allowed every 3 minutes after that.
    pub signin_account_burst: u32,
    /// Sign-in attempts allowed per client address in a burst; one more
    /// every 20 seconds after that.
    pub signin_ip_burst: u32,
    /// How many password hashes may run at once (each takes 19 MiB).
    pub hash_concurrency: usize,
    /// Store uploads in this S3-compatible bucket instead of on local disk
    /// (credentials from the usual `AWS_*` variables).
    pub s3_bucket: Option<String>,
    /// The S3 endpoint for a non-AWS store (MinIO, Ceph, Garage…).
    pub s3_endpoint: Option<String>,
    /// A direct payment balance above this many weeks of budget is flagged
    /// (councils may take a surplus back).
    pub dp_surplus_weeks: i64,
    /// Who to call about urgent care out of hours, shown on every messaging
    /// page: the council's emergency duty team, its phone number, and a
    /// number to text (for deaf people) if it has one. Production must set
    /// the phone number; development shows a clearly fictional one.
    pub out_of_hours_name: String,
    pub out_of_hours_phone: String,
    pub out_of_hours_text: Option<String>,
}

/// A configuration mistake, reported to the operator at start-up.
#[derive(Debug, PartialEq)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for ConfigError {}

fn parse_bool(name: &str, v: &str) -> Result<bool, ConfigError> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(ConfigError(format!(
            "{name} must be true or false, not {v:?}"
        ))),
    }
}

fn number(
    get: &impl Fn(&str) -> Option<String>,
    name: &str,
    default: u32,
) -> Result<u32, ConfigError> {
    match get(name).filter(|s| !s.trim().is_empty()) {
        None => Ok(default),
        Some(v) => match v.trim().parse::<u32>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(ConfigError(format!(
                "{name} must be a whole number above 0, not {v:?}"
            ))),
        },
    }
}

impl Config {
    /// Reads configuration through `get` (the process environment in
    /// production, a map in tests). `demo_flag` is the `--demo` argument.
    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
        demo_flag: bool,
    ) -> Result<Config, ConfigError> {
        let mode = match get("CAREWAY_MODE").as_deref().map(str::trim) {
            None | Some("") | Some("development") => Mode::Development,
            Some("production") => Mode::Production,
            Some(other) => {
                return Err(ConfigError(format!(
                    "CAREWAY_MODE must be development or production, not {other:?}"
                )))
            }
        };
        let host: IpAddr = get("CAREWAY_HOST")
            .unwrap_or_else(|| "127.0.0.1".into())
            .parse()
            .map_err(|_| {
                ConfigError(
                    "CAREWAY_HOST must be an IP address, such as 127.0.0.1 or 0.0.0.0".into(),
                )
            })?;
        let port: u16 = get("CAREWAY_PORT")
            .unwrap_or_else(|| "3000".into())
            .parse()
            .map_err(|_| ConfigError("CAREWAY_PORT must be a number from 0 to 65535".into()))?;
        let database_url = get("DATABASE_URL")
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "sqlite://data/careway.db".into());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError(
                "DATABASE_URL must start with sqlite: or postgres://".into(),
            ));
        }
        let demo_env = match get("CAREWAY_DEMO") {
            Some(v) => Some(parse_bool("CAREWAY_DEMO", &v)?),
            None => None,
        };
        let demo = match (mode, demo_flag, demo_env) {
            (Mode::Production, true, _) | (Mode::Production, _, Some(true)) => {
                return Err(ConfigError(
                    "demo data is never seeded in production mode".into(),
                ))
            }
            (Mode::Production, _, _) => false,
            // The development default is to seed, so `cargo run -p server`
            // shows a working service on a fresh machine.
            (Mode::Development, flag, env) => flag || env.unwrap_or(true),
        };
        let out_of_hours_phone = get("CAREWAY_OUT_OF_HOURS_PHONE").filter(|s| !s.trim().is_empty());
        if mode == Mode::Production && out_of_hours_phone.is_none() {
            return Err(ConfigError(
                "CAREWAY_OUT_OF_HOURS_PHONE must be set in production: every messaging page gives it as the number to call out of hours".into(),
            ));
        }
        let public_url =
            get("CAREWAY_PUBLIC_URL").unwrap_or_else(|| format!("http://{host}:{port}"));
        Ok(Config {
            host,
            port,
            database_url,
            storage_dir: get("CAREWAY_STORAGE_DIR")
                .unwrap_or_else(|| "data/uploads".into())
                .into(),
            service_name: get("CAREWAY_SERVICE_NAME")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "Careway".into()),
            organisation_name: get("CAREWAY_ORGANISATION_NAME")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "Riverside Social Work Practice (demo)".into()),
            mode,
            demo,
            public_url,
            outbox_dir: get("CAREWAY_OUTBOX_DIR")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "data/outbox".into())
                .into(),
            smtp_url: get("CAREWAY_SMTP_URL").filter(|s| !s.trim().is_empty()),
            mail_from: get("CAREWAY_MAIL_FROM")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "Careway <no-reply@careway.example.org>".into()),
            signin_account_burst: number(&get, "CAREWAY_SIGNIN_ACCOUNT_BURST", 5)?,
            signin_ip_burst: number(&get, "CAREWAY_SIGNIN_IP_BURST", 30)?,
            hash_concurrency: number(
                &get,
                "CAREWAY_HASH_CONCURRENCY",
                std::thread::available_parallelism()
                    .map(|n| n.get() as u32)
                    .unwrap_or(2),
            )? as usize,
            s3_bucket: get("CAREWAY_S3_BUCKET").filter(|s| !s.trim().is_empty()),
            s3_endpoint: get("CAREWAY_S3_ENDPOINT").filter(|s| !s.trim().is_empty()),
            dp_surplus_weeks: number(&get, "CAREWAY_DP_SURPLUS_WEEKS", 8)? as i64,
            out_of_hours_name: get("CAREWAY_OUT_OF_HOURS_NAME")
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "Wendlebury emergency duty team (demo)".into()),
            out_of_hours_phone: out_of_hours_phone.unwrap_or_else(|| "01632 960 000".into()),
            out_of_hours_text: get("CAREWAY_OUT_OF_HOURS_TEXT").filter(|s| !s.trim().is_empty()),
        })
    }

    pub fn from_env(demo_flag: bool) -> Result<Config, ConfigError> {
        Config::from_lookup(|k| std::env::var(k).ok(), demo_flag)
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn is_postgres(&self) -> bool {
        self.database_url.starts_with("postgres")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(vars: &[(&str, &str)], flag: bool) -> Result<Config, ConfigError> {
        let m: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| m.get(k).cloned(), flag)
    }

    #[test]
    fn defaults_are_sqlite_on_localhost_with_demo_data() {
        let c = cfg(&[], false).unwrap();
        assert_eq!(c.port, 3000);
        assert_eq!(c.database_url, "sqlite://data/careway.db");
        assert!(c.demo);
        assert!(!c.is_https());
    }

    const PROD: (&str, &str) = ("CAREWAY_MODE", "production");
    const OOH: (&str, &str) = ("CAREWAY_OUT_OF_HOURS_PHONE", "0300 123 4567");

    #[test]
    fn production_never_seeds_demo_data() {
        assert!(!cfg(&[PROD, OOH], false).unwrap().demo);
        assert!(cfg(&[PROD, OOH], true).is_err());
        assert!(cfg(&[PROD, OOH, ("CAREWAY_DEMO", "1")], false).is_err());
    }

    #[test]
    fn production_needs_a_real_out_of_hours_number() {
        let e = cfg(&[PROD], false).unwrap_err();
        assert!(e.0.contains("CAREWAY_OUT_OF_HOURS_PHONE"), "{e}");
        let c = cfg(&[PROD, OOH, ("CAREWAY_OUT_OF_HOURS_TEXT", "07700 900 123")], false).unwrap();
        assert_eq!(c.out_of_hours_phone, "0300 123 4567");
        assert_eq!(c.out_of_hours_text.as_deref(), Some("07700 900 123"));
        assert_eq!(cfg(&[], false).unwrap().out_of_hours_phone, "01632 960 000");
    }

    #[test]
    fn bad_values_are_reported_not_guessed() {
        assert!(cfg(&[("CAREWAY_PORT", "eighty")], false).is_err());
        assert!(cfg(&[("CAREWAY_PORT", "70000")], false).is_err());
        assert!(cfg(&[("CAREWAY_HOST", "localhost; rm -rf")], false).is_err());
        assert!(cfg(&[("DATABASE_URL", "mysql://x")], false).is_err());
        assert!(cfg(&[("CAREWAY_DEMO", "maybe")], false).is_err());
        assert!(cfg(&[("CAREWAY_MODE", "prod")], false).is_err());
    }

    #[test]
    fn https_public_url_turns_on_secure_cookies() {
        assert!(
            cfg(&[("CAREWAY_PUBLIC_URL", "https://care.example")], false)
                .unwrap()
                .is_https()
        );
    }
}
