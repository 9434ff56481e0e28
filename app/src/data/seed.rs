//! Demo data: realistic, clearly fictional records, seeded only when asked
//! for (`--demo` or `CAREWAY_DEMO=true`; the development default) and only
//! into an empty database. Production mode refuses to seed (see `config`).
//!
//! Names end in "(demo)" and email addresses use the reserved
//! `example.org` domain, so nobody can mistake them for real people.

use super::{unix_now, Db};

pub struct DemoPractice {
    pub name: &'static str,
    pub summary: &'static str,
    pub organisation_type: &'static str,
    pub accepting_new: bool,
    pub councils: &'static [&'static str],
}

pub const COUNCILS: &[&str] = &["Wendlebury City Council (demo)", "Oakhaven County Council (demo)"];

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
        councils: &["Wendlebury City Council (demo)", "Oakhaven County Council (demo)"],
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
    ("alex@example.org", "Alex Morgan (demo)", "person", None, Some(0)),
    ("sam@example.org", "Sam Morgan (demo)", "carer", None, None),
    ("priya@example.org", "Priya Shah (demo)", "social_worker", Some(0), None),
    ("jordan@example.org", "Jordan Ellis (demo)", "practice_manager", Some(0), None),
];

/// (name, practice index, plan type, agreed on, next review due)
pub const PEOPLE: &[(&str, usize, &str, &str, &str)] = &[
    ("Alex Morgan (demo)", 0, "long_term", "2026-09-14", "2027-09-14"),
    ("Dafydd Jones (demo)", 1, "reablement", "2026-11-02", "2026-12-14"),
    ("Margaret Okafor (demo)", 2, "long_term", "2026-03-30", "2027-03-30"),
];

/// Seeds the demo records if the database has no practices yet. Returns
/// whether it seeded. Safe to call from two instances at once: the unique
/// practice name makes the loser's transaction fail and roll back whole.
pub async fn seed_if_empty(db: &Db) -> Result<bool, sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice").fetch_one(&mut *tx).await?;
    if existing > 0 {
        return Ok(false);
    }
    let now = unix_now();
    let mut council_ids = vec![];
    for name in COUNCILS {
        let id: i64 = sqlx::query_scalar("INSERT INTO council (name, created_at) VALUES ($1, $2) RETURNING id")
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
            let cid = council_ids.iter().find(|(n, _)| n == c).map(|(_, id)| *id).expect("demo council");
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
    let mut worker_id = None;
    for (email, name, role, practice, person) in ACCOUNTS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO account (email, display_name, role, practice_id, person_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(*email)
        .bind(*name)
        .bind(*role)
        .bind(practice.map(|i| practice_ids[i]))
        .bind(person.map(|i| person_ids[i]))
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        if *role == "social_worker" {
            worker_id = Some(id);
        }
    }
    if let Some(worker) = worker_id {
        sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)")
            .bind(person_ids[0])
            .bind(worker)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}
