//! Communication needs, on the lines of the Accessible Information
//! Standard: ask, record, flag, share and act. One row per person in
//! `communication_need`; the codes below are Careway's, modelled on the
//! NHS Reasonable Adjustment Flag (see [`fhir_flag`]).
//!
//! Careway acts on them: a banner for staff on the person's plan, messages
//! and caseload entry; BSL first on key pages for a person who prefers BSL;
//! the wording and channel of new-message emails; and the FHIR export.

use crate::data::Db;
use sqlx::Row;

/// How the person prefers to be contacted.
pub const CONTACTS: [&str; 5] = ["email", "text", "letter", "video", "carer"];
/// The formats they need information in.
pub const FORMATS: [&str; 8] = [
    "bsl_video",
    "bsl_interpreter",
    "deafblind_manual",
    "large_print",
    "easy_read",
    "braille",
    "audio",
    "plain_english",
];
/// Support at meetings.
pub const MEETING: [&str; 4] = ["interpreter", "lip_speaker", "hearing_loop", "advocate"];
/// The longest "anything else", in characters.
pub const MAX_NOTES: usize = 2000;
/// The longest large print size ("20 point", "A3"), in characters.
pub const MAX_SIZE: usize = 40;

/// What is recorded for one person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub contact: Vec<String>,
    pub formats: Vec<String>,
    pub large_print_size: String,
    pub meeting_support: Vec<String>,
    /// Anything else, in the person's words.
    pub notes: String,
    /// Who last changed them and when (unix seconds).
    pub updated_by: Option<String>,
    pub updated_at: Option<i64>,
}

/// The known codes in a stored list (`a,b`), in Careway's order.
pub fn codes(s: &str, allowed: &[&str]) -> Vec<String> {
    // Only known codes, in the order Careway lists them, once each.
    let given: Vec<&str> = s.split(',').map(str::trim).collect();
    allowed
        .iter()
        .filter(|c| given.contains(c))
        .map(|c| c.to_string())
        .collect()
}

impl Needs {
    pub fn is_empty(&self) -> bool {
        self.contact.is_empty()
            && self.formats.is_empty()
            && self.meeting_support.is_empty()
            && self.notes.trim().is_empty()
    }

    pub fn has_format(&self, code: &str) -> bool {
        self.formats.iter().any(|f| f == code)
    }

    /// BSL comes first on key pages, and in message forms.
    pub fn prefers_bsl(&self) -> bool {
        self.has_format("bsl_video")
    }

    /// Whether Careway's emails should go to the person themselves. They
    /// do unless the person has said how to contact them and email (or
    /// video, which needs a link) is not among the ways.
    pub fn email_ok(&self) -> bool {
        self.contact.is_empty() || self.contact.iter().any(|c| c == "email" || c == "video")
    }

    /// Which wording a notification uses: BSL, Easy Read, or standard.
    pub fn notice_wording(&self) -> Wording {
        if self.prefers_bsl() {
            Wording::Bsl
        } else if self.has_format("easy_read") {
            Wording::EasyRead
        } else {
            Wording::Standard
        }
    }

    /// Each need in words, for the staff banner: (Fluent id, size arg).
    pub fn banner_items(&self) -> Vec<BannerItem> {
        let mut out = vec![];
        for c in &self.contact {
            out.push(BannerItem::Id(format!("needs-banner-contact-{}", c.replace('_', "-"))));
        }
        for f in &self.formats {
            if f == "large_print" && !self.large_print_size.is_empty() {
                out.push(BannerItem::LargePrint(self.large_print_size.clone()));
            } else {
                out.push(BannerItem::Id(format!("messages-need-{}", f.replace('_', "-"))));
            }
        }
        for m in &self.meeting_support {
            out.push(BannerItem::Id(format!("needs-banner-meeting-{}", m.replace('_', "-"))));
        }
        out
    }

    /// The short list for a caseload or inbox row ("BSL video, large print").
    pub fn short_ids(&self) -> Vec<String> {
        self.formats
            .iter()
            .map(|f| format!("messages-need-short-{}", f.replace('_', "-")))
            .collect()
    }
}

/// One line of the staff banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BannerItem {
    Id(String),
    LargePrint(String),
}

/// How a notification is worded for its reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wording {
    #[default]
    Standard,
    Bsl,
    EasyRead,
}

impl Wording {
    /// The suffix on the Fluent body id.
    pub fn suffix(self) -> &'static str {
        match self {
            Wording::Standard => "",
            Wording::Bsl => "-bsl",
            Wording::EasyRead => "-easy",
        }
    }
}

/// The person's recorded needs (empty when none are recorded).
pub async fn load(db: &Db, person_id: i64) -> Result<Needs, sqlx::Error> {
    let row = sqlx::query(
        "SELECT n.contact, n.formats, n.large_print_size, n.meeting_support, n.notes, n.updated_at, a.display_name \
         FROM communication_need n LEFT JOIN account a ON a.id = n.updated_by WHERE n.person_id = $1",
    )
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    let Some(r) = row else {
        return Ok(Needs::default());
    };
    Ok(Needs {
        contact: codes(&r.try_get::<String, _>("contact")?, &CONTACTS),
        formats: codes(&r.try_get::<String, _>("formats")?, &FORMATS),
        large_print_size: r.try_get("large_print_size")?,
        meeting_support: codes(&r.try_get::<String, _>("meeting_support")?, &MEETING),
        notes: r.try_get("notes")?,
        updated_by: r.try_get("display_name")?,
        updated_at: Some(r.try_get("updated_at")?),
    })
}

/// Records the needs (one row per person, replaced).
pub async fn save(db: &Db, person_id: i64, n: &Needs, by: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO communication_need (person_id, contact, formats, large_print_size, meeting_support, notes, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (person_id) DO UPDATE SET contact = excluded.contact, \
         formats = excluded.formats, large_print_size = excluded.large_print_size, meeting_support = excluded.meeting_support, \
         notes = excluded.notes, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(person_id)
    .bind(n.contact.join(","))
    .bind(n.formats.join(","))
    .bind(if n.has_format("large_print") { n.large_print_size.as_str() } else { "" })
    .bind(n.meeting_support.join(","))
    .bind(&n.notes)
    .bind(by)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Whether the signed-in viewer is a person who prefers BSL (key pages
/// then show their BSL version first).
pub fn viewer_prefers_bsl(viewer: Option<&crate::auth::Viewer>) -> bool {
    viewer.is_some_and(|v| v.prefers_bsl)
}

/// Whether a stored `formats` list asks for BSL video, by the same rule as
/// [`Needs::prefers_bsl`].
pub fn formats_prefer_bsl(formats: &str) -> bool {
    Needs { formats: codes(formats, &FORMATS), ..Default::default() }.prefers_bsl()
}

/// The codes Careway's FHIR export uses for each need, and their display
/// words. Modelled on the NHS Reasonable Adjustment Flag's adjustment
/// categories (communication support, information format, contact method);
/// the system is Careway's own, because the flag's code lists are
/// licensed separately and a receiving system maps from these.
pub const FHIR_SYSTEM: &str = "https://careway.example/fhir/CodeSystem/communication-need";

fn fhir_display(code: &str) -> &'static str {
    match code {
        "email" => "Contact by email",
        "text" => "Contact by text message",
        "letter" => "Contact by letter",
        "video" => "Contact by video",
        "carer" => "Contact through a carer",
        "bsl_video" => "Information in British Sign Language video",
        "bsl_interpreter" => "British Sign Language interpreter at visits",
        "deafblind_manual" => "Deafblind manual alphabet",
        "large_print" => "Large print",
        "easy_read" => "Easy Read",
        "braille" => "Braille",
        "audio" => "Audio",
        "plain_english" => "Plain English",
        "interpreter" => "Interpreter at meetings",
        "lip_speaker" => "Lip-speaker at meetings",
        "hearing_loop" => "Hearing loop at meetings",
        "advocate" => "Advocate at meetings",
        _ => "Other",
    }
}

/// The needs as a FHIR `Flag` resource, for the plan export. `None` when
/// nothing is recorded.
pub fn fhir_flag(n: &Needs, person_id: i64) -> Option<serde_json::Value> {
    if n.is_empty() {
        return None;
    }
    let coding = |group: &str, code: &str| {
        serde_json::json!({ "system": format!("{FHIR_SYSTEM}/{group}"), "code": code, "display": fhir_display(code) })
    };
    let mut codings: Vec<serde_json::Value> = vec![];
    codings.extend(n.contact.iter().map(|c| coding("contact-method", c)));
    codings.extend(n.formats.iter().map(|c| coding("information-format", c)));
    codings.extend(n.meeting_support.iter().map(|c| coding("communication-support", c)));
    let mut text = n.notes.clone();
    if n.has_format("large_print") && !n.large_print_size.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("Large print size: {}", n.large_print_size));
    }
    let mut flag = serde_json::json!({
        "resourceType": "Flag",
        "id": format!("careway-communication-needs-{person_id}"),
        "status": "active",
        "category": [{ "coding": [{ "system": "https://fhir.nhs.uk/CodeSystem/england-flag-category", "code": "NRAF", "display": "National Reasonable Adjustments Flag" }] }],
        "code": { "coding": codings, "text": if text.is_empty() { "Communication needs".to_string() } else { text } },
        "subject": { "reference": format!("Patient/careway-person-{person_id}") },
    });
    if let Some(at) = n.updated_at {
        flag["period"] = serde_json::json!({ "start": crate::dates::uk_date_of(at) });
    }
    Some(flag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_codes_are_dropped_and_order_is_careways() {
        assert_eq!(codes("braille, bsl_video,<script>,braille", &FORMATS), vec!["bsl_video", "braille"]);
        assert!(codes("", &FORMATS).is_empty());
    }

    #[test]
    fn email_goes_unless_the_person_chose_other_ways() {
        let mut n = Needs::default();
        assert!(n.email_ok());
        n.contact = vec!["letter".into()];
        assert!(!n.email_ok());
        n.contact.push("video".into());
        assert!(n.email_ok());
    }

    #[test]
    fn wording_follows_the_format() {
        let mut n = Needs::default();
        assert_eq!(n.notice_wording(), Wording::Standard);
        n.formats = vec!["easy_read".into()];
        assert_eq!(n.notice_wording(), Wording::EasyRead);
        n.formats.insert(0, "bsl_video".into());
        assert_eq!(n.notice_wording(), Wording::Bsl);
    }

    #[test]
    fn the_fhir_flag_carries_every_need_and_the_persons_words() {
        let n = Needs {
            contact: vec!["video".into()],
            formats: vec!["bsl_video".into(), "large_print".into()],
            large_print_size: "20 point".into(),
            meeting_support: vec!["interpreter".into()],
            notes: "Please don't phone.".into(),
            updated_by: None,
            updated_at: Some(1_700_000_000),
        };
        let f = fhir_flag(&n, 7).unwrap();
        assert_eq!(f["resourceType"], "Flag");
        assert_eq!(f["code"]["coding"].as_array().unwrap().len(), 4);
        assert!(f["code"]["text"].as_str().unwrap().contains("20 point"));
        assert_eq!(f["subject"]["reference"], "Patient/careway-person-7");
        assert!(fhir_flag(&Needs::default(), 7).is_none());
    }
}
