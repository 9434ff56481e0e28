//! Demo data: realistic, clearly fictional records, seeded only when asked
//! for (`--demo` or `CAREWAY_DEMO=true`; the development default) and only
//! into an empty database. Production mode refuses to seed (see `config`).
//!
//! Names end in "(demo)" and email addresses use the reserved
//! `example.org` domain, so nobody can mistake them for real people.

use super::{unix_now, Db};
use crate::auth::password::Passwords;

/// Every demo account's password (documented in the README).
pub const DEMO_PASSWORD: &str = "careway-demo-2026";

/// The demo staff accounts' two-step secret (base32), so that the demo can
/// be signed into with any authenticator app, or with `cargo run -p server
/// -- --demo-code` which prints the current code. Documented in the README;
/// never used outside demo data.
pub const DEMO_TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

pub struct DemoPractice {
    pub name: &'static str,
    pub summary: &'static str,
    pub organisation_type: &'static str,
    pub accepting_new: bool,
    pub councils: &'static [&'static str],
}

pub const COUNCILS: &[&str] = &[
    "Wendlebury City Council (demo)",
    "Oakhaven County Council (demo)",
];

pub const PRACTICES: &[DemoPractice] = &[
    DemoPractice {
        name: "Riverside Social Work Practice (demo)",
        summary: "Social workers for adults with physical disabilities in Wendlebury.",
        organisation_type: "social_enterprise",
        accepting_new: true,
        councils: &["Wendlebury City Council (demo)"],
    },
    DemoPractice {
        name: "Northgate Deaf and Sensory Practice (demo)",
        summary: "BSL-fluent social workers for deaf, deafblind and visually impaired adults.",
        organisation_type: "community_interest_company",
        accepting_new: true,
        councils: &[
            "Wendlebury City Council (demo)",
            "Oakhaven County Council (demo)",
        ],
    },
    DemoPractice {
        name: "Elm Tree Practice for Older People (demo)",
        summary: "Social work for older people with mental health needs in Oakhaven.",
        organisation_type: "mutual",
        accepting_new: false,
        councils: &["Oakhaven County Council (demo)"],
    },
];

/// (email, name, role, practice index, person index)
pub const ACCOUNTS: &[(&str, &str, &str, Option<usize>, Option<usize>)] = &[
    (
        "alex@example.org",
        "Alex Morgan (demo)",
        "person",
        None,
        Some(0),
    ),
    ("sam@example.org", "Sam Morgan (demo)", "carer", None, None),
    (
        "priya@example.org",
        "Priya Shah (demo)",
        "social_worker",
        Some(0),
        None,
    ),
    (
        "jordan@example.org",
        "Jordan Ellis (demo)",
        "practice_manager",
        Some(0),
        None,
    ),
    (
        "rhys@example.org",
        "Rhys Evans (demo)",
        "social_worker",
        Some(1),
        None,
    ),
];

/// (name, practice index, plan type, agreed on, next review due)
pub const PEOPLE: &[(&str, usize, &str, &str, &str)] = &[
    (
        "Alex Morgan (demo)",
        0,
        "long_term",
        "2026-09-14",
        "2027-09-14",
    ),
    (
        "Dafydd Jones (demo)",
        1,
        "reablement",
        "2026-11-02",
        "2026-12-14",
    ),
    (
        "Margaret Okafor (demo)",
        2,
        "long_term",
        "2026-03-30",
        "2027-03-30",
    ),
];

/// Seeds the demo records if the database has no practices yet. Returns
/// whether it seeded. Safe to call from two instances at once: the unique
/// practice name makes the loser's transaction fail and roll back whole.
pub async fn seed_if_empty(db: &Db, passwords: &Passwords) -> Result<bool, sqlx::Error> {
    // Hash before the transaction: hashing is slow and holds no lock.
    let hash = passwords
        .hash(DEMO_PASSWORD.to_string())
        .await
        .map_err(|e| sqlx::Error::Protocol(e))?;
    let mut tx = db.writer().begin().await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice")
        .fetch_one(&mut *tx)
        .await?;
    if existing > 0 {
        return Ok(false);
    }
    let now = unix_now();
    let mut council_ids = vec![];
    for name in COUNCILS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO council (name, created_at) VALUES ($1, $2) RETURNING id",
        )
        .bind(*name)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        council_ids.push((*name, id));
    }
    let mut practice_ids = vec![];
    for p in PRACTICES {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO practice (name, summary, organisation_type, accepting_new, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(p.name)
        .bind(p.summary)
        .bind(p.organisation_type)
        .bind(p.accepting_new as i64)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for c in p.councils {
            let cid = council_ids
                .iter()
                .find(|(n, _)| n == c)
                .map(|(_, id)| *id)
                .expect("demo council");
            sqlx::query("INSERT INTO practice_council (practice_id, council_id) VALUES ($1, $2)")
                .bind(id)
                .bind(cid)
                .execute(&mut *tx)
                .await?;
        }
        practice_ids.push(id);
    }
    let mut person_ids = vec![];
    for (name, practice, plan_type, agreed, review) in PEOPLE {
        let pid: i64 = sqlx::query_scalar(
            "INSERT INTO person (display_name, practice_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(*name)
        .bind(practice_ids[*practice])
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO care_plan (person_id, plan_type, agreed_on, next_review_due, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(pid)
        .bind(*plan_type)
        .bind(*agreed)
        .bind(*review)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        person_ids.push(pid);
    }
    let mut ids = std::collections::HashMap::new();
    for (email, name, role, practice, person) in ACCOUNTS {
        let staff = matches!(*role, "social_worker" | "practice_manager");
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO account (email, display_name, role, practice_id, person_id, created_at, password_hash, totp_secret) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(*email)
        .bind(*name)
        .bind(*role)
        .bind(practice.map(|i| practice_ids[i]))
        .bind(person.map(|i| person_ids[i]))
        .bind(now)
        .bind(&hash)
        .bind(staff.then_some(DEMO_TOTP_SECRET))
        .fetch_one(&mut *tx)
        .await?;
        ids.insert(*email, id);
    }
    // Priya has Alex on her caseload; Rhys has Dafydd.
    for (person, worker) in [(0, "priya@example.org"), (1, "rhys@example.org")] {
        sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)")
            .bind(person_ids[person])
            .bind(ids[worker])
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    // Sam helps Alex, who consented to two scopes; and holds a lasting
    // power of attorney for Dafydd, recorded by Rhys.
    let sam = ids["sam@example.org"];
    for (person, basis, granted_by, plan, budget, messages, review) in [
        (
            0,
            "consent",
            ids["alex@example.org"],
            1i64,
            0i64,
            1i64,
            None,
        ),
        (
            1,
            "lpa",
            ids["rhys@example.org"],
            1,
            1,
            0,
            Some("2027-05-01"),
        ),
    ] {
        sqlx::query(
            "INSERT INTO delegation (person_id, carer_account_id, carer_email, carer_name, view_plan, view_budget, read_messages, \
             basis, granted_by, starts_at, review_due, created_at, updated_at) \
             VALUES ($1, $2, 'sam@example.org', 'Sam Morgan (demo)', $3, $4, $5, $6, $7, $8, $9, $8, $8)",
        )
        .bind(person_ids[person])
        .bind(sam)
        .bind(plan)
        .bind(budget)
        .bind(messages)
        .bind(basis)
        .bind(granted_by)
        .bind(now)
        .bind(review)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}
