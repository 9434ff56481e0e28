//! Importing practices from an Open Referral UK (HSDS UK profile) JSON
//! file: `cargo run -p server -- import-practices FILE.json`.
//!
//! The file is one service, a list of services, or a page of them
//! (`{"content": [...]}`, as the Open Referral UK API returns). Each
//! service's `organization` becomes a practice, matched on its `id`, so a
//! second import updates rather than duplicates. From the standard:
//! `organization` (id, name, description, url, email), `service_areas`
//! (the councils), `eligibilitys` (who it supports), `languages`,
//! `contacts[].phones`, `service_at_locations[].location` (address and
//! `accessibility_for_disabilities`), `regular_schedules`. What the
//! standard has no field for is under `careway`: `organisation_type`,
//! `accepting_new`, `wait_weeks`, `bsl_staff`, `deafblind`, `home_visits`,
//! `registrations`, `complaints_url`, `complaints_text`, `advocacy_url`.
//!
//! Everything is checked before anything is written: an invalid file gets
//! a report of every problem, with where it is, and changes nothing.

use super::{Profile, Registration, GROUPS, ORGANISATION_TYPES, REGULATORS};
use crate::data::Db;
use serde_json::Value;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    /// "services[1].organization.name: required"
    pub problems: Vec<String>,
}

/// A practice read from the file, with its Open Referral id and council
/// names (resolved to ids when written).
#[derive(Debug, Clone)]
pub struct Imported {
    pub orid: String,
    pub profile: Profile,
    pub council_names: Vec<String>,
}

fn language_code(s: &str) -> Option<&'static str> {
    let l = s.trim().to_lowercase();
    let code = match l.as_str() {
        "en" | "eng" | "english" => "en",
        "cy" | "cym" | "wel" | "welsh" | "cymraeg" => "cy",
        "bfi" | "bsl" | "british sign language" => "bfi",
        "pl" | "pol" | "polish" => "pl",
        "pa" | "pan" | "punjabi" => "pa",
        "ur" | "urd" | "urdu" => "ur",
        "bn" | "ben" | "bengali" | "bangla" => "bn",
        "so" | "som" | "somali" => "so",
        "ro" | "ron" | "rum" | "romanian" => "ro",
        "ar" | "ara" | "arabic" => "ar",
        _ => return None,
    };
    Some(code)
}

fn group_code(s: &str) -> Option<&'static str> {
    let l = s.trim().to_lowercase().replace(['-', ' '], "_");
    let code = match l.as_str() {
        "physical_disability" | "physical_disabilities" => "physical_disability",
        "older_mental_health" | "older_people_with_mental_health_needs" => "older_mental_health",
        "deaf" | "deaf_people" => "deaf",
        "deafblind" => "deafblind",
        "visually_impaired" | "visual_impairment" | "visually_impaired_people" => {
            "visually_impaired"
        }
        "learning_disability" | "learning_disabilities" => "learning_disability",
        "mental_health" => "mental_health",
        "autism" | "autistic_people" => "autism",
        _ => return None,
    };
    debug_assert!(GROUPS.contains(&code));
    Some(code)
}

struct Reader<'a> {
    problems: &'a mut Vec<String>,
}

impl Reader<'_> {
    fn problem(&mut self, at: &str, what: &str) {
        if self.problems.len() < 200 {
            self.problems.push(format!("{at}: {what}"));
        }
    }

    /// An optional string (at most `max` characters).
    fn text(&mut self, v: &Value, key: &str, at: &str, max: usize) -> String {
        match v.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) if s.chars().count() <= max => s.trim().to_string(),
            Some(Value::String(_)) => {
                self.problem(
                    &format!("{at}.{key}"),
                    &format!("longer than {max} characters"),
                );
                String::new()
            }
            Some(_) => {
                self.problem(&format!("{at}.{key}"), "must be text");
                String::new()
            }
        }
    }

    fn required(&mut self, v: &Value, key: &str, at: &str, max: usize) -> String {
        let s = self.text(v, key, at, max);
        if s.is_empty()
            && !self
                .problems
                .iter()
                .any(|p| p.starts_with(&format!("{at}.{key}:")))
        {
            self.problem(&format!("{at}.{key}"), "required");
        }
        s
    }

    fn flag(&mut self, v: &Value, key: &str, at: &str, default: bool) -> bool {
        match v.get(key) {
            None | Some(Value::Null) => default,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.problem(&format!("{at}.{key}"), "must be true or false");
                default
            }
        }
    }

    fn list<'v>(&mut self, v: &'v Value, key: &str, at: &str) -> Vec<(String, &'v Value)> {
        match v.get(key) {
            None | Some(Value::Null) => vec![],
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("{at}.{key}[{i}]"), x))
                .collect(),
            Some(_) => {
                self.problem(&format!("{at}.{key}"), "must be a list");
                vec![]
            }
        }
    }

    fn web(&mut self, v: &Value, key: &str, at: &str) -> String {
        let s = self.text(v, key, at, 300);
        if !s.is_empty() && !super::is_web_address(&s) {
            self.problem(
                &format!("{at}.{key}"),
                "must be a web address starting https:// or http://",
            );
            return String::new();
        }
        s
    }
}

fn service(r: &mut Reader, s: &Value, at: &str) -> Option<Imported> {
    if !s.is_object() {
        r.problem(at, "must be a service (an object)");
        return None;
    }
    let Some(org) = s.get("organization").filter(|o| o.is_object()) else {
        r.problem(&format!("{at}.organization"), "required");
        return None;
    };
    let oat = format!("{at}.organization");
    let orid = r.required(org, "id", &oat, 100);
    let mut p = Profile {
        name: r.required(org, "name", &oat, 200),
        description: r.text(org, "description", &oat, 4000),
        website: r.web(org, "url", &oat),
        email: r.text(org, "email", &oat, 254),
        summary: r.text(s, "description", at, 500),
        ..Default::default()
    };
    if p.summary.is_empty() {
        p.summary = r.text(s, "name", at, 500);
    }
    if !p.email.is_empty() && !crate::forms::looks_like_email(&p.email) {
        r.problem(&format!("{oat}.email"), "must be an email address");
    }
    let mut councils = vec![];
    for (a, area) in r.list(s, "service_areas", at) {
        let name = r.required(area, "service_area", &a, 200);
        if !name.is_empty() && !councils.contains(&name) {
            councils.push(name);
        }
    }
    if councils.is_empty()
        && !r
            .problems
            .iter()
            .any(|x| x.starts_with(&format!("{at}.service_areas")))
    {
        r.problem(
            &format!("{at}.service_areas"),
            "name at least one council the practice is contracted to",
        );
    }
    for (a, e) in r.list(s, "eligibilitys", at) {
        let word = r.required(e, "eligibility", &a, 100);
        match group_code(&word) {
            Some(g) if !p.groups.iter().any(|x| x == g) => p.groups.push(g.into()),
            Some(_) => {}
            None if word.is_empty() => {}
            None => r.problem(
                &format!("{a}.eligibility"),
                &format!("not a group Careway knows: {word:?}"),
            ),
        }
    }
    for (a, l) in r.list(s, "languages", at) {
        let word = r.required(l, "language", &a, 100);
        match language_code(&word) {
            Some(c) if !p.languages.iter().any(|x| x == c) => p.languages.push(c.into()),
            Some(_) => {}
            None if word.is_empty() => {}
            None => r.problem(
                &format!("{a}.language"),
                &format!("not a language Careway knows: {word:?}"),
            ),
        }
    }
    for (a, c) in r.list(s, "contacts", at) {
        for (pa, ph) in r.list(c, "phones", &a) {
            let n = r.text(ph, "number", &pa, 40);
            if p.phone.is_empty() {
                p.phone = n;
            }
        }
    }
    if let Some((a, sal)) = r.list(s, "service_at_locations", at).into_iter().next() {
        if let Some(loc) = sal.get("location") {
            let la = format!("{a}.location");
            if let Some((aa, addr)) = r.list(loc, "physical_addresses", &la).into_iter().next() {
                let lines: Vec<String> = ["address_1", "city"]
                    .iter()
                    .map(|k| r.text(addr, k, &aa, 200))
                    .filter(|x| !x.is_empty())
                    .collect();
                p.address = lines.join(", ");
                p.postcode = r.text(addr, "postal_code", &aa, 10);
            }
            let access: Vec<String> = r
                .list(loc, "accessibility_for_disabilities", &la)
                .into_iter()
                .map(|(xa, x)| {
                    let what = r.text(x, "accessibility", &xa, 200);
                    let details = r.text(x, "details", &xa, 500);
                    if details.is_empty() {
                        what
                    } else {
                        format!("{what}: {details}")
                    }
                })
                .filter(|x| !x.is_empty())
                .collect();
            p.premises = access.join("\n");
        }
    }
    let mut hours = vec![];
    for (a, sch) in r.list(s, "regular_schedules", at) {
        let day = r.required(sch, "weekday", &a, 20);
        let opens = r.text(sch, "opens_at", &a, 8);
        let closes = r.text(sch, "closes_at", &a, 8);
        if !day.is_empty() {
            hours.push(format!("{day} {opens}–{closes}").trim().to_string());
        }
    }
    p.opening_hours = hours.join("\n");
    let ext = s.get("careway").cloned().unwrap_or(Value::Null);
    let eat = format!("{at}.careway");
    p.organisation_type = r.text(&ext, "organisation_type", &eat, 40);
    if p.organisation_type.is_empty() {
        p.organisation_type = "social_enterprise".into();
    } else if !ORGANISATION_TYPES.contains(&p.organisation_type.as_str()) {
        r.problem(
            &format!("{eat}.organisation_type"),
            &format!("must be one of {}", ORGANISATION_TYPES.join(", ")),
        );
    }
    p.accepting_new = r.flag(&ext, "accepting_new", &eat, true);
    p.bsl_staff = r.flag(
        &ext,
        "bsl_staff",
        &eat,
        p.languages.iter().any(|l| l == "bfi"),
    );
    p.deafblind = r.flag(&ext, "deafblind", &eat, false);
    p.home_visits = r.flag(&ext, "home_visits", &eat, true);
    p.wait_weeks = match ext.get("wait_weeks") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => match n.as_i64().filter(|w| (0..=104).contains(w)) {
            Some(w) => Some(w),
            None => {
                r.problem(
                    &format!("{eat}.wait_weeks"),
                    "must be a whole number of weeks from 0 to 104",
                );
                None
            }
        },
        Some(_) => {
            r.problem(&format!("{eat}.wait_weeks"), "must be a number");
            None
        }
    };
    p.complaints_url = r.web(&ext, "complaints_url", &eat);
    p.complaints_text = r.text(&ext, "complaints_text", &eat, 2000);
    p.advocacy_url = r.web(&ext, "advocacy_url", &eat);
    for (a, reg) in r.list(&ext, "registrations", &eat) {
        let regulator = r.required(reg, "regulator", &a, 20);
        if !regulator.is_empty() && !REGULATORS.contains(&regulator.as_str()) {
            r.problem(
                &format!("{a}.regulator"),
                &format!("must be one of {}", REGULATORS.join(", ")),
            );
        }
        let reference = r.required(reg, "reference", &a, 100);
        let url = r.web(reg, "url", &a);
        p.registrations.push(Registration {
            regulator,
            reference,
            url,
        });
    }
    Some(Imported {
        orid,
        profile: p,
        council_names: councils,
    })
}

/// Reads and checks a file. Any problem means nothing may be imported.
pub fn parse(text: &str) -> (Vec<Imported>, Vec<String>) {
    let mut problems = vec![];
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return (vec![], vec![format!("the file is not valid JSON: {e}")]),
    };
    let services: Vec<(String, &Value)> = match &v {
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("services[{i}]"), s))
            .collect(),
        Value::Object(o) if o.contains_key("content") => match o.get("content") {
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, s)| (format!("content[{i}]"), s))
                .collect(),
            _ => {
                problems.push("content: must be a list of services".into());
                vec![]
            }
        },
        Value::Object(_) => vec![("service".to_string(), &v)],
        _ => {
            problems.push(
                "the file must hold a service, a list of services, or {\"content\": [services]}"
                    .into(),
            );
            vec![]
        }
    };
    if services.is_empty() && problems.is_empty() {
        problems.push("the file holds no services".into());
    }
    let mut out: Vec<Imported> = vec![];
    {
        let mut r = Reader {
            problems: &mut problems,
        };
        for (at, s) in services.iter().take(500) {
            if let Some(i) = service(&mut r, s, at) {
                if !i.orid.is_empty() && out.iter().any(|o| o.orid == i.orid) {
                    r.problem(
                        &format!("{at}.organization.id"),
                        &format!("{:?} appears twice in the file", i.orid),
                    );
                }
                out.push(i);
            }
        }
    }
    (out, problems)
}

/// Imports a file: checks everything, then writes everything in one
/// transaction (councils it names are added if new). On any problem,
/// nothing changes and the report says what and where.
pub async fn import(db: &Db, text: &str, now: i64) -> Result<Report, sqlx::Error> {
    let (list, mut problems) = parse(text);
    // A name already used by a different practice.
    for (i, imp) in list.iter().enumerate() {
        let clash: Option<String> =
            sqlx::query_scalar("SELECT COALESCE(orid, '') FROM practice WHERE name = $1")
                .bind(&imp.profile.name)
                .fetch_optional(db.reader())
                .await?;
        if clash.is_some_and(|o| o != imp.orid) {
            problems.push(format!(
                "practice {}: the name {:?} is already used by another practice",
                i + 1,
                imp.profile.name
            ));
        }
    }
    let mut report = Report {
        problems,
        ..Default::default()
    };
    if !report.problems.is_empty() {
        return Ok(report);
    }
    let mut tx = db.writer().begin().await?;
    for imp in list {
        let mut p = imp.profile;
        p.councils.clear();
        for name in &imp.council_names {
            let id: Option<i64> = sqlx::query_scalar("SELECT id FROM council WHERE name = $1")
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?;
            let id = match id {
                Some(id) => id,
                None => {
                    sqlx::query_scalar(
                        "INSERT INTO council (name, created_at) VALUES ($1, $2) RETURNING id",
                    )
                    .bind(name)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?
                }
            };
            p.councils.push((id, name.clone()));
        }
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM practice WHERE orid = $1")
            .bind(&imp.orid)
            .fetch_optional(&mut *tx)
            .await?;
        match existing {
            Some(id) => {
                p.id = id;
                report.updated.push(p.name.clone());
            }
            None => {
                p.id = sqlx::query_scalar(
                    "INSERT INTO practice (name, summary, organisation_type, accepting_new, created_at, orid) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&p.name)
                .bind(&p.summary)
                .bind(&p.organisation_type)
                .bind(p.accepting_new as i64)
                .bind(now)
                .bind(&imp.orid)
                .fetch_one(&mut *tx)
                .await?;
                report.created.push(p.name.clone());
            }
        }
        super::write(&mut tx, &p, now).await?;
    }
    tx.commit().await?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub const GOOD: &str = r#"{"content": [{
        "id": "svc-1", "name": "Social work for deaf adults", "description": "BSL-fluent social workers.",
        "organization": {"id": "org-lantern", "name": "Lantern Deaf Practice", "url": "https://lantern.example.org", "email": "hello@lantern.example.org"},
        "service_areas": [{"service_area": "Wendlebury City Council (demo)"}],
        "eligibilitys": [{"eligibility": "Deaf"}, {"eligibility": "deafblind"}],
        "languages": [{"language": "British Sign Language"}, {"language": "English"}],
        "contacts": [{"phones": [{"number": "01632 960 111"}]}],
        "service_at_locations": [{"location": {"physical_addresses": [{"address_1": "1 Mill Lane", "city": "Wendlebury", "postal_code": "WB1 1AA"}],
            "accessibility_for_disabilities": [{"accessibility": "Step-free entrance"}, {"accessibility": "Hearing loop", "details": "at reception"}]}}],
        "regular_schedules": [{"weekday": "Monday", "opens_at": "09:00", "closes_at": "17:00"}],
        "careway": {"organisation_type": "community_interest_company", "wait_weeks": 2, "deafblind": true,
            "registrations": [{"regulator": "cqc", "reference": "1-000000001", "url": "https://www.cqc.org.uk/"}]}
    }]}"#;

    #[test]
    fn a_good_file_reads_into_a_practice() {
        let (list, problems) = parse(GOOD);
        assert!(problems.is_empty(), "{problems:?}");
        let p = &list[0].profile;
        assert_eq!(list[0].orid, "org-lantern");
        assert_eq!(p.name, "Lantern Deaf Practice");
        assert_eq!(p.groups, vec!["deaf", "deafblind"]);
        assert_eq!(p.languages, vec!["bfi", "en"]);
        assert!(p.bsl_staff && p.deafblind && p.accepting_new);
        assert_eq!(p.premises, "Step-free entrance\nHearing loop: at reception");
        assert_eq!(p.address, "1 Mill Lane, Wendlebury");
        assert_eq!(p.opening_hours, "Monday 09:00–17:00");
        assert_eq!(
            list[0].council_names,
            vec!["Wendlebury City Council (demo)"]
        );
    }

    #[test]
    fn a_bad_file_is_reported_with_where_each_problem_is() {
        let bad = GOOD
            .replace(r#""name": "Lantern Deaf Practice""#, r#""name": 7"#)
            .replace("British Sign Language", "Klingon")
            .replace(r#""wait_weeks": 2"#, r#""wait_weeks": -1"#)
            .replace("https://lantern.example.org", "javascript:alert(1)");
        let (_, problems) = parse(&bad);
        for want in [
            "content[0].organization.name: must be text",
            "content[0].languages[0].language: not a language Careway knows",
            "content[0].careway.wait_weeks: must be a whole number",
            "content[0].organization.url: must be a web address",
        ] {
            assert!(
                problems.iter().any(|p| p.starts_with(want)),
                "{want}: {problems:?}"
            );
        }
        assert!(!parse("{not json").1.is_empty());
        assert_eq!(parse("[]").1, vec!["the file holds no services"]);
        let twice = format!(
            "[{0}, {0}]",
            GOOD.trim_start_matches(r#"{"content": ["#)
                .trim_end_matches("]}")
        );
        assert!(
            parse(&twice).1.iter().any(|p| p.contains("appears twice")),
            "{:?}",
            parse(&twice).1
        );
    }
}
