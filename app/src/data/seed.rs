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
    DemoPractice {
        name: "Brookside Practice (demo)",
        summary: "Social workers for adults with learning disabilities, autistic adults and adults with physical disabilities in Wendlebury.",
        organisation_type: "social_enterprise",
        accepting_new: true,
        councils: &["Wendlebury City Council (demo)"],
    },
    DemoPractice {
        name: "Clearview Sight Loss Practice (demo)",
        summary: "Social work for blind and partially sighted adults, and deafblind adults, in Oakhaven.",
        organisation_type: "charity",
        accepting_new: true,
        councils: &["Oakhaven County Council (demo)"],
    },
    DemoPractice {
        name: "Harbour Mental Health Social Work (demo)",
        summary: "Social workers for adults with mental health needs, across Wendlebury and Oakhaven.",
        organisation_type: "partnership",
        accepting_new: false,
        councils: &["Wendlebury City Council (demo)", "Oakhaven County Council (demo)"],
    },
];

/// (practice index, groups, languages, BSL staff, deafblind, wait in weeks,
/// premises, CQC-registered)
#[allow(clippy::type_complexity)]
pub const PROFILES: &[(usize, &[&str], &[&str], bool, bool, Option<i64>, &str, bool)] = &[
    (0, &["physical_disability"], &["en", "pl", "pa"], false, false, Some(3), "Step-free entrance from the car park. Accessible toilet. Hearing loop at reception.", false),
    (1, &["deaf", "deafblind", "visually_impaired"], &["bfi", "en", "cy"], true, true, Some(2), "Step-free entrance. Visual fire alarms. Video relay at reception. Tactile signs and good lighting throughout.", false),
    (2, &["older_mental_health"], &["en", "ur", "bn"], false, false, None, "Ground floor only. Quiet room for visits. Dementia-friendly signs.", true),
    (3, &["learning_disability", "autism", "physical_disability"], &["en", "so"], false, false, Some(1), "Step-free. Quiet, low-light room for autistic visitors. Easy Read information at reception.", false),
    (4, &["visually_impaired", "deafblind"], &["en", "ro"], false, true, Some(4), "Step-free. High-contrast signs, braille labels and a guide from the bus stop on request.", false),
    (5, &["mental_health", "older_mental_health"], &["en", "ar", "cy"], false, false, Some(6), "First-floor offices with a lift. Most visits are at home.", true),
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
    ("kai@example.org", "Kai Roberts (demo)", "commissioner", None, None),
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
    (
        "leah@example.org",
        "Leah Thomas (demo)",
        "person",
        None,
        Some(4),
    ),
    (
        "olu@example.org",
        "Olu Bakare (demo)",
        "social_worker",
        Some(2),
        None,
    ),
    (
        "nia@example.org",
        "Nia Williams (demo)",
        "practice_manager",
        Some(3),
        None,
    ),
];

/// Each person's council and who they are: (person index, council index,
/// group).
pub const PERSON_FACTS: &[(usize, usize, &str)] = &[
    (0, 0, "physical_disability"),
    (1, 1, "deaf"),
    (2, 1, "older_mental_health"),
    (3, 0, "physical_disability"),
    (4, 0, "deaf"),
];

/// How many past and present clients of Elm Tree the demo has, with their
/// messages and reviews, so some of its figures pass the small-numbers
/// threshold and show (the other practices' do not).
pub const ELM_TREE_CLIENTS: usize = 12;

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

/// (name, practice index): people just referred, with no plan yet. Grace
/// is on Priya's caseload, so a social worker can start a plan from empty.
/// Leah is deaf, a BSL user, with the deaf and sensory practice: she and
/// Rhys message each other in BSL video.
pub const NEW_PEOPLE: &[(&str, usize)] = &[("Grace Adeyemi (demo)", 0), ("Leah Thomas (demo)", 1)];

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
    for (name, practice) in NEW_PEOPLE {
        let pid: i64 = sqlx::query_scalar(
            "INSERT INTO person (display_name, practice_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(*name)
        .bind(practice_ids[*practice])
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        person_ids.push(pid);
    }
    let mut ids = std::collections::HashMap::new();
    for (email, name, role, practice, person) in ACCOUNTS {
        let staff = matches!(*role, "social_worker" | "practice_manager" | "commissioner");
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
    // Kai commissions social work for Wendlebury City Council.
    sqlx::query("UPDATE account SET council_id = $1 WHERE email = 'kai@example.org'")
        .bind(council_ids[0].1)
        .execute(&mut *tx)
        .await?;
    // Priya has Alex and Grace on her caseload; Rhys has Dafydd.
    for (person, worker) in [
        (0, "priya@example.org"),
        (1, "rhys@example.org"),
        (PEOPLE.len(), "priya@example.org"),
        (PEOPLE.len() + 1, "rhys@example.org"),
    ] {
        sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)")
            .bind(person_ids[person])
            .bind(ids[worker])
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    // Sam helps Alex, who consented to two scopes (the plan among them);
    // and holds a lasting power of attorney for Dafydd, recorded by Rhys,
    // which covers the budget and its payments but not the plan.
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
            0,
            1,
            0,
            Some("2027-05-01"),
        ),
    ] {
        sqlx::query(
            "INSERT INTO delegation (person_id, carer_account_id, carer_email, carer_name, view_plan, view_budget, manage_payments, read_messages, \
             message_for, basis, granted_by, starts_at, review_due, created_at, updated_at) \
             VALUES ($1, $2, 'sam@example.org', 'Sam Morgan (demo)', $3, $4, $4, $5, $5, $6, $7, $8, $9, $8, $8)",
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
    for (i, versions) in demo_plans().into_iter().enumerate() {
        let plan_id: i64 = sqlx::query_scalar("SELECT id FROM care_plan WHERE person_id = $1")
            .bind(person_ids[i])
            .fetch_one(&mut *tx)
            .await?;
        let mut replaces: Option<i64> = None;
        for (n, v) in versions.iter().enumerate() {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO plan_version (plan_id, status, number, replaces_id, plan_type, what_matters, advice, contingency, \
                 budget_total_pence, budget_explanation, contribution_pence, dp_amount_pence, dp_frequency, agreed_on, agreed_with, \
                 next_review_due, reablement_ends_on, created_at, updated_at, published_at) \
                 VALUES ($1, 'draft', NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, NULL) RETURNING id",
            )
            .bind(plan_id)
            .bind(replaces)
            .bind(v.plan_type)
            .bind(v.what_matters)
            .bind(v.advice)
            .bind(v.contingency)
            .bind(v.budget_total_pence)
            .bind(v.budget_explanation)
            .bind(v.contribution_pence)
            .bind(v.dp_amount_pence)
            .bind(v.dp_frequency)
            .bind(v.agreed_on)
            .bind(v.agreed_with)
            .bind(v.next_review_due)
            .bind(v.reablement_ends_on)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            for (pos, (key, text, eligible)) in v.needs.iter().enumerate() {
                sqlx::query("INSERT INTO plan_need (version_id, item_key, position, description, eligible) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id).bind(*key).bind(pos as i64).bind(*text).bind(*eligible as i64).execute(&mut *tx).await?;
            }
            for (pos, (key, text, by, name)) in v.outcomes.iter().enumerate() {
                sqlx::query("INSERT INTO plan_outcome (version_id, item_key, position, text, written_by, author_name) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(id).bind(*key).bind(pos as i64).bind(*text).bind(*by).bind(*name).execute(&mut *tx).await?;
            }
            for (pos, s) in v.support.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO plan_support (version_id, item_key, position, what, provider, how_often, hours_per_week, weekly_cost_pence, direct_payment, meets) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(id).bind(s.0).bind(pos as i64).bind(s.1).bind(s.2).bind(s.3).bind(s.4).bind(s.5).bind(s.6 as i64).bind(s.7)
                .execute(&mut *tx)
                .await?;
            }
            for (pos, (key, name, role)) in v.members.iter().enumerate() {
                sqlx::query("INSERT INTO plan_member (version_id, item_key, position, name, role) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id).bind(*key).bind(pos as i64).bind(*name).bind(*role).execute(&mut *tx).await?;
            }
            // Published last: from here on the database refuses changes.
            sqlx::query("UPDATE plan_version SET status = 'agreed', number = $1, published_at = $2 WHERE id = $3")
                .bind(n as i64 + 1)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            replaces = Some(id);
        }
        for (key, progress) in versions.last().map(|v| v.progress).unwrap_or(&[]) {
            sqlx::query("INSERT INTO goal_progress (plan_id, outcome_key, progress, updated_at) VALUES ($1, $2, $3, $4)")
                .bind(plan_id).bind(*key).bind(*progress).bind(now).execute(&mut *tx).await?;
        }
    }
    // Budgets: Alex chose a direct payment, which Priya agreed; Sam looked
    // at the options for Dafydd, who is still choosing.
    const DAY: i64 = 86_400;
    let shown = format!("{}; format standard; language en-GB; options direct_payment, managed_account, individual_service_fund, council_arranged, mixed", crate::budget::CONTENT_VERSION);
    let alex_request: i64 = sqlx::query_scalar(
        "INSERT INTO budget_request (person_id, option_code, manager, manager_name, checks, questions, talk, status, worker_note, decided_by, decided_at, \
         requested_by, requester_role, idem_key, created_at) \
         VALUES ($1, 'direct_payment', 'person', '', 'what_it_means,change_later,employer,records', 'Can I employ my own PA?', 'visit', 'agreed', \
         'Agreed at our visit. The direct payment support service will help with payroll.', $2, $3, $4, 'person', 'seed', $5) RETURNING id",
    )
    .bind(person_ids[0])
    .bind(ids["priya@example.org"])
    .bind(now - 70 * DAY)
    .bind(ids["alex@example.org"])
    .bind(now - 75 * DAY)
    .fetch_one(&mut *tx)
    .await?;
    for (person, who, role, event, what, request, at) in [
        (0, "alex@example.org", "person", "shown", shown.clone(), None, now - 76 * DAY),
        (0, "alex@example.org", "person", "chose", "chose direct_payment; managed by person; understood: what_it_means, change_later, employer, records; wants to talk: visit".to_string(), Some(alex_request), now - 75 * DAY),
        (1, "sam@example.org", "carer", "shown_easy_read", shown.replace("format standard", "format easy read"), None, now - 3 * DAY),
    ] {
        sqlx::query(
            "INSERT INTO budget_discussion (person_id, account_id, actor_role, event, shown, budget_pence, locale, request_id, at) \
             VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(MAX(v.budget_total_pence), 0) FROM plan_version v JOIN care_plan c ON c.id = v.plan_id WHERE c.person_id = $1), 'en-GB', $6, $7)",
        )
        .bind(person_ids[person])
        .bind(ids[who])
        .bind(role)
        .bind(event)
        .bind(what)
        .bind(request)
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE care_plan SET budget_option = 'direct_payment' WHERE person_id = $1")
        .bind(person_ids[0])
        .execute(&mut *tx)
        .await?;
    // Alex's direct payment account since the plan was agreed: the PA's
    // wages every Friday, the payroll service each month, football tickets
    // (the October one has a receipt, November's not yet) and a shower
    // stool. Receipts are stored after the commit (`store_demo_receipts`).
    let today = crate::dates::uk_date_of(now);
    let mut spends: Vec<(String, &str, &str, i64, &str, bool)> = vec![];
    for day in crate::budget::account::schedule("2026-09-18", "weekly", &today) {
        spends.push((day, "Jo Bailey (personal assistant, demo)", "pa_wages", 18_000, "o2", true));
    }
    for day in crate::budget::account::schedule("2026-09-30", "monthly", &today) {
        spends.push((day, "Payroll Partners (demo)", "payroll_insurance", 2_500, "", true));
    }
    for (day, payee, category, pence, outcome, receipt) in [
        ("2026-10-10", "Riverside Rovers FC (demo)", "activities", 1_200, "o1", true),
        ("2026-11-14", "Riverside Rovers FC (demo)", "activities", 1_200, "o1", false),
        ("2026-11-20", "Mobility Shop (demo)", "equipment", 6_000, "", true),
    ] {
        if day <= today.as_str() {
            spends.push((day.to_string(), payee, category, pence, outcome, receipt));
        }
    }
    for (n, (day, payee, category, pence, outcome, receipt)) in spends.into_iter().enumerate() {
        let key = receipt.then(|| format!("receipts/{}/demo-{n}.pdf", person_ids[0]));
        sqlx::query(
            "INSERT INTO dp_spend (person_id, on_date, payee, category, amount_pence, outcome_key, description, receipt_key, receipt_type, \
             recorded_by, recorder_role, idem_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $9, 'person', $10, $11)",
        )
        .bind(person_ids[0])
        .bind(&day)
        .bind(payee)
        .bind(category)
        .bind(pence)
        .bind(outcome)
        .bind(key.clone())
        .bind(key.as_ref().map(|_| "application/pdf"))
        .bind(ids["alex@example.org"])
        .bind(format!("seed-{n}"))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    // Alex sent the return for the quarter to September; Priya asked a
    // question, which is waiting for Alex's answer.
    if today.as_str() > "2026-09-30" {
        let return_id: i64 = sqlx::query_scalar(
            "INSERT INTO dp_return (person_id, quarter, status, submitted_by, submitted_at, decided_by, decided_at) \
             VALUES ($1, '2026-Q3', 'queries', $2, $3, $4, $5) RETURNING id",
        )
        .bind(person_ids[0])
        .bind(ids["alex@example.org"])
        .bind(now - 50 * DAY)
        .bind(ids["priya@example.org"])
        .bind(now - 48 * DAY)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO dp_return_message (return_id, author_account_id, author_role, body, at) VALUES ($1, $2, 'social_worker', $3, $4)")
            .bind(return_id)
            .bind(ids["priya@example.org"])
            .bind("Thank you, Alex. The payroll payment on 30 September: was that for September only, or for September and October?")
            .bind(now - 48 * DAY)
            .execute(&mut *tx)
            .await?;
    }
    seed_messages(&mut tx, &person_ids, &ids, now).await?;
    seed_practices(&mut tx, &practice_ids, &council_ids, &person_ids, &ids, &hash, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The practices' profiles, people's councils and groups, Elm Tree's
/// clients with their replies and reviews, Alex's review of Riverside
/// waiting for moderation, and a few complaints.
#[allow(clippy::too_many_arguments)]
async fn seed_practices(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    practice_ids: &[i64],
    council_ids: &[(&str, i64)],
    person_ids: &[i64],
    ids: &std::collections::HashMap<&str, i64>,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    const DAY: i64 = 86_400;
    const HOUR: i64 = 3_600;
    for (i, groups, languages, bsl, deafblind, wait, premises, cqc) in PROFILES {
        let id = practice_ids[*i];
        let slug = PRACTICES[*i].name.split_whitespace().next().unwrap_or("practice").to_lowercase();
        sqlx::query(
            "UPDATE practice SET description = $2, website = $3, email = $4, phone = $5, address = $6, postcode = $7, opening_hours = $8, \
             wait_weeks = $9, bsl_staff = $10, deafblind = $11, home_visits = 1, premises = $12, complaints_url = $13, complaints_text = $14, \
             advocacy_url = $15, orid = $16, updated_at = $17 WHERE id = $1",
        )
        .bind(id)
        .bind(format!("{} We are led by social workers and work with the council under contract. This is a fictional practice in Careway's demo.", PRACTICES[*i].summary))
        .bind(format!("https://{slug}.example.org"))
        .bind(format!("hello@{slug}.example.org"))
        .bind(format!("01632 960 {:03}", 300 + i))
        .bind(format!("{} Street, {}", 10 + i, if PRACTICES[*i].councils[0].starts_with("Wendlebury") { "Wendlebury" } else { "Oakhaven" }))
        .bind(format!("WB{} {}AA", i + 1, i + 1))
        .bind("Monday to Friday, 9am to 5pm\nDuty line until 8pm on weekdays")
        .bind(*wait)
        .bind(*bsl as i64)
        .bind(*deafblind as i64)
        .bind(*premises)
        .bind(format!("https://{slug}.example.org/complaints"))
        .bind("Tell us first, in any way that suits you: in writing, by phone, in BSL or through an advocate. We acknowledge within 3 working days and reply in full within 20 working days. If you prefer, complain to the council that commissions us instead. If you are still unhappy, you can go to the Local Government and Social Care Ombudsman. Complaining will not affect your care.")
        .bind("https://advocacy.example.org")
        .bind(format!("demo-{slug}"))
        .bind(now)
        .execute(&mut **tx)
        .await?;
        for g in *groups {
            sqlx::query("INSERT INTO practice_group (practice_id, group_code) VALUES ($1, $2)").bind(id).bind(*g).execute(&mut **tx).await?;
        }
        for l in *languages {
            sqlx::query("INSERT INTO practice_language (practice_id, language) VALUES ($1, $2)").bind(id).bind(*l).execute(&mut **tx).await?;
        }
        sqlx::query("INSERT INTO practice_registration (practice_id, regulator, reference, url) VALUES ($1, 'swe', $2, 'https://www.socialworkengland.org.uk/')")
            .bind(id)
            .bind(format!("SW{:06}", 100_000 + i * 7))
            .execute(&mut **tx)
            .await?;
        if *cqc {
            sqlx::query("INSERT INTO practice_registration (practice_id, regulator, reference, url) VALUES ($1, 'cqc', $2, 'https://www.cqc.org.uk/')")
                .bind(id)
                .bind(format!("1-{:09}", 100_000 + i))
                .execute(&mut **tx)
                .await?;
        }
    }
    for (person, council, group) in PERSON_FACTS {
        sqlx::query("UPDATE person SET council_id = $2, support_group = $3 WHERE id = $1")
            .bind(person_ids[*person])
            .bind(council_ids[*council].1)
            .bind(*group)
            .execute(&mut **tx)
            .await?;
    }
    // Elm Tree's clients: each wrote once and was answered by Olu, and
    // left a review, published by the practice.
    let elm = practice_ids[2];
    let olu = ids["olu@example.org"];
    let replies_after = [2, 3, 5, 6, 20, 26, 4, 8, 30, 72, 100, 1];
    let ratings = [5, 4, 5, 3, 4, 5, 4, 4, 5, 2, 4, 5];
    let words = [
        "Olu came quickly and really listened to my daughter and me.",
        "Good at explaining things. The first visit took a while to arrange.",
        "They helped me stay in my own home.",
        "Kind staff, but I had to chase for a reply once.",
        "They understood what dementia means for our family.",
        "Always polite and on time.",
        "Helpful with the forms for my direct payment.",
        "They speak Urdu, which made a big difference to my mother.",
        "Clear and patient on the phone.",
        "It took too long to get a review of my plan.",
        "The duty team sorted things out while Olu was away.",
        "I felt listened to.",
    ];
    for n in 0..ELM_TREE_CLIENTS {
        let name = format!("Elm Tree client {} (demo)", n + 1);
        let pid: i64 = sqlx::query_scalar(
            "INSERT INTO person (display_name, practice_id, created_at, council_id, support_group) VALUES ($1, $2, $3, $4, 'older_mental_health') RETURNING id",
        )
        .bind(&name)
        .bind(elm)
        .bind(now)
        .bind(council_ids[1].1)
        .fetch_one(&mut **tx)
        .await?;
        let account: i64 = sqlx::query_scalar(
            "INSERT INTO account (email, display_name, role, person_id, created_at, password_hash) VALUES ($1, $2, 'person', $3, $4, $5) RETURNING id",
        )
        .bind(format!("elmtree-client-{}@example.org", n + 1))
        .bind(&name)
        .bind(pid)
        .bind(now)
        .bind(hash)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)").bind(pid).bind(olu).bind(now - 330 * DAY).execute(&mut **tx).await?;
        let asked = now - (20 + 25 * n as i64) * DAY;
        let answered = asked + replies_after[n] * HOUR;
        let cid: i64 = sqlx::query_scalar(
            "INSERT INTO conversation (person_id, practice_id, subject_code, subject_text, started_by, starter_role, idem_key, created_at, last_message_at) \
             VALUES ($1, $2, 'plan', '', $3, 'person', $4, $5, $6) RETURNING id",
        )
        .bind(pid)
        .bind(elm)
        .bind(account)
        .bind(format!("seed-elm-{n}"))
        .bind(asked)
        .bind(answered)
        .fetch_one(&mut **tx)
        .await?;
        for (author, role, from_person, body, at) in [
            (account, "person", 1, "Could you ring my daughter about my next review, please?", asked),
            (olu, "social_worker", 0, "Of course. I have called her and booked the review.", answered),
        ] {
            sqlx::query(
                "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(cid)
            .bind(author)
            .bind(role)
            .bind(from_person)
            .bind(body)
            .bind(format!("seed-elm-{n}-{role}"))
            .bind(at)
            .execute(&mut **tx)
            .await?;
        }
        let rid: i64 = sqlx::query_scalar(
            "INSERT INTO practice_review (practice_id, person_id, author_account_id, rating, body, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'published', $6, $6) RETURNING id",
        )
        .bind(elm)
        .bind(pid)
        .bind(account)
        .bind(ratings[n])
        .bind(words[n])
        .bind(answered + DAY)
        .fetch_one(&mut **tx)
        .await?;
        sqlx::query("INSERT INTO practice_review_decision (review_id, decision, decided_by, decided_at) VALUES ($1, 'published', $2, $3)")
            .bind(rid)
            .bind(olu)
            .bind(answered + 2 * DAY)
            .execute(&mut **tx)
            .await?;
        if n == 9 {
            sqlx::query("UPDATE practice_review SET reply = $2, replied_at = $3 WHERE id = $1")
                .bind(rid)
                .bind("We are sorry the review took so long. We now book reviews two months ahead.")
                .bind(answered + 3 * DAY)
                .execute(&mut **tx)
                .await?;
        }
    }
    // Alex's review of Riverside, waiting for Jordan to check it.
    sqlx::query(
        "INSERT INTO practice_review (practice_id, person_id, author_account_id, rating, body, status, created_at, updated_at) \
         VALUES ($1, $2, $3, 4, $4, 'pending', $5, $5)",
    )
    .bind(practice_ids[0])
    .bind(person_ids[0])
    .bind(ids["alex@example.org"])
    .bind("Priya listens and explains things clearly. Replies can be slow.")
    .bind(now - 2 * DAY)
    .execute(&mut **tx)
    .await?;
    seed_complaints(tx, practice_ids, council_ids, person_ids, ids, now).await?;
    Ok(())
}

/// Demo messages: Alex and Priya about a receipt (answered); Sam, for
/// Alex, about a change in Alex's needs (waiting past the practice's two
/// working days, so overdue); Leah and Rhys in BSL video with captions
/// (demo clips, stored by [`store_demo_media`]). Leah's record says she
/// prefers BSL video. Priya has an away period coming up.
async fn seed_messages(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    person_ids: &[i64],
    ids: &std::collections::HashMap<&str, i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    const DAY: i64 = 86_400;
    let (alex, leah) = (person_ids[0], person_ids[PEOPLE.len() + 1]);
    sqlx::query(
        "INSERT INTO communication_need (person_id, contact, formats, large_print_size, meeting_support, notes, updated_by, updated_at) \
         VALUES ($1, 'video,email', 'bsl_video,bsl_interpreter', '', 'interpreter', $2, $3, $4)",
    )
    .bind(leah)
    .bind("BSL is my first language. Please do not phone me: I cannot hear calls. Video or email is best.")
    .bind(ids["rhys@example.org"])
    .bind(now - 30 * DAY)
    .execute(&mut **tx)
    .await?;
    // Alex reads large print; contact by email.
    sqlx::query(
        "INSERT INTO communication_need (person_id, contact, formats, large_print_size, meeting_support, notes, updated_by, updated_at) \
         VALUES ($1, 'email', 'large_print', '18 point', '', '', $2, $3)",
    )
    .bind(alex)
    .bind(ids["alex@example.org"])
    .bind(now - 40 * DAY)
    .execute(&mut **tx)
    .await?;
    // Leah asked for a BSL interpreter at her review; Rhys booked one.
    let wanted = crate::dates::uk_date_of(now + 14 * DAY);
    let rid: i64 = sqlx::query_scalar(
        "INSERT INTO support_request (person_id, kind, occasion, wanted_on, notes, state, booked_on, booked_note, idem, created_by, created_at, updated_at) \
         VALUES ($1, 'bsl_interpreter', 'review', $2, $3, 'booked', $2, $4, 'demo-support-1', $5, $6, $7) RETURNING id",
    )
    .bind(leah)
    .bind(&wanted)
    .bind("Please book a BSL interpreter I know if you can. Jo Evans is good.")
    .bind("Jo Evans (demo), registered BSL interpreter, 10am")
    .bind(ids["leah@example.org"])
    .bind(now - 3 * DAY)
    .bind(now - DAY)
    .fetch_one(&mut **tx)
    .await?;
    for (state, note, by, at) in [
        ("asked", "", ids["leah@example.org"], now - 3 * DAY),
        ("booked", "Jo Evans (demo), registered BSL interpreter, 10am", ids["rhys@example.org"], now - DAY),
    ] {
        sqlx::query("INSERT INTO support_request_event (request_id, state, note, by_account, at) VALUES ($1, $2, $3, $4, $5)")
            .bind(rid)
            .bind(state)
            .bind(note)
            .bind(by)
            .bind(at)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("UPDATE practice SET relay_name = $1, relay_url = $2 WHERE name = $3")
        .bind("SignVideo (video relay for BSL users)")
        .bind("https://signvideo.co.uk/")
        .bind("Northgate Deaf and Sensory Practice (demo)")
        .execute(&mut **tx)
        .await?;
    // (person, subject, typed subject, [(author, role, from person, body, summary, video, days ago)])
    #[allow(clippy::type_complexity)]
    let conversations: [(i64, &str, &str, Vec<(&str, &str, i64, &str, &str, Option<&str>, i64)>); 3] = [
        (alex, "payments", "", vec![
            ("alex@example.org", "person", 1, "Hello Priya,\nI have lost the receipt for the football tickets in November. What should I do?", "", None, 20),
            ("priya@example.org", "social_worker", 0, "Hi Alex,\nDon't worry. Ask the club for a copy, or add a note to the spending explaining what it was. You can add the receipt later from your account page.\nPriya", "", None, 19),
        ]),
        (alex, "needs", "", vec![
            ("sam@example.org", "carer", 1, "Hello, this is Sam writing for Alex.\nAlex has been much more tired in the evenings since the new medication. Could we talk about some support after 6pm?", "", None, 10),
        ]),
        (leah, "other", "Moving my Tuesday visit", vec![
            ("leah@example.org", "person", 1, "", "I would like my Tuesday visit to move to Thursday, please.", Some("person"), 5),
            ("rhys@example.org", "social_worker", 0, "Thank you, Leah. Yes, we can move it to Thursday. My reply is in BSL in the video.", "Yes, your visit moves to Thursday at the same time.", Some("worker"), 4),
        ]),
    ];
    for (n, (person, code, text, list)) in conversations.into_iter().enumerate() {
        let first = list.first().expect("a first message");
        let practice: Option<i64> = sqlx::query_scalar("SELECT practice_id FROM person WHERE id = $1").bind(person).fetch_one(&mut **tx).await?;
        let last_at = now - list.last().map(|m| m.6).unwrap_or(0) * DAY;
        let waiting = list.last().filter(|m| m.2 == 1).map(|_| {
            // The oldest message from the person's side since the last reply.
            let since = list.iter().rev().take_while(|m| m.2 == 1).last().map(|m| m.6).unwrap_or(0);
            now - since * DAY
        });
        let cid: i64 = sqlx::query_scalar(
            "INSERT INTO conversation (person_id, practice_id, subject_code, subject_text, started_by, starter_role, idem_key, created_at, last_message_at, waiting_since) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(person)
        .bind(practice)
        .bind(code)
        .bind(text)
        .bind(ids[first.0])
        .bind(first.1)
        .bind(format!("seed-c{n}"))
        .bind(now - first.6 * DAY)
        .bind(last_at)
        .bind(waiting)
        .fetch_one(&mut **tx)
        .await?;
        for (i, (author, role, from_person, body, summary, video, days)) in list.iter().enumerate() {
            let at = now - days * DAY;
            let mid: i64 = sqlx::query_scalar(
                "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, video_summary, idem_key, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(cid)
            .bind(ids[author])
            .bind(*role)
            .bind(*from_person)
            .bind(*body)
            .bind(*summary)
            .bind(format!("seed-m{n}-{i}"))
            .bind(at)
            .fetch_one(&mut **tx)
            .await?;
            if let Some(who) = video {
                let (file, ctype, ext) = match *who {
                    "person" => ("demo-bsl-person", "video/mp4", "mp4"),
                    _ => ("demo-bsl-worker", "video/webm", "webm"),
                };
                let bytes = demo_media(&format!("{file}.{ext}")).map(|b| b.len()).unwrap_or(0) as i64;
                let vid: i64 = sqlx::query_scalar(
                    "INSERT INTO message_attachment (message_id, kind, storage_key, content_type, size_bytes, file_name, created_at) \
                     VALUES ($1, 'video', $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(mid)
                .bind(format!("messages/{person}/{file}.{ext}"))
                .bind(ctype)
                .bind(bytes)
                .bind(format!("{file}.{ext}"))
                .bind(at)
                .fetch_one(&mut **tx)
                .await?;
                let vtt = demo_media(&format!("{file}.vtt")).map(|b| b.len()).unwrap_or(0) as i64;
                sqlx::query(
                    "INSERT INTO message_attachment (message_id, kind, storage_key, content_type, size_bytes, file_name, captions_for, created_at) \
                     VALUES ($1, 'captions', $2, 'text/vtt', $3, $4, $5, $6)",
                )
                .bind(mid)
                .bind(format!("messages/{person}/{file}.vtt"))
                .bind(vtt)
                .bind(format!("{file}.vtt"))
                .bind(vid)
                .bind(at)
                .execute(&mut **tx)
                .await?;
            }
            // Each author has read up to their own message.
            sqlx::query(
                "INSERT INTO message_read (account_id, conversation_id, last_read_message_id, read_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (account_id, conversation_id) DO UPDATE SET last_read_message_id = excluded.last_read_message_id, read_at = excluded.read_at",
            )
            .bind(ids[author])
            .bind(cid)
            .bind(mid)
            .bind(at)
            .execute(&mut **tx)
            .await?;
        }
    }
    // Priya is away for a few days in a fortnight: set, not yet begun.
    let today = crate::dates::parse_date(&crate::dates::uk_date_of(now)).expect("today");
    let ymd = |d: time::Date| format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day());
    sqlx::query("INSERT INTO worker_away (worker_id, starts_on, ends_on, created_at) VALUES ($1, $2, $3, $4)")
        .bind(ids["priya@example.org"])
        .bind(ymd(today + time::Duration::days(14)))
        .bind(ymd(today + time::Duration::days(18)))
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The demo clips and their captions (see `app/assets/demo/README.md`).
pub fn demo_media(name: &str) -> Option<&'static [u8]> {
    match name {
        "demo-bsl-person.mp4" => Some(include_bytes!("../../assets/demo/demo-bsl-person.mp4")),
        "demo-bsl-person.vtt" => Some(include_bytes!("../../assets/demo/demo-bsl-person.vtt")),
        "demo-bsl-worker.webm" => Some(include_bytes!("../../assets/demo/demo-bsl-worker.webm")),
        "demo-bsl-worker.vtt" => Some(include_bytes!("../../assets/demo/demo-bsl-worker.vtt")),
        _ => None,
    }
}

/// Writes the demo clips the demo messages refer to into storage.
pub async fn store_demo_media(db: &Db, storage: &crate::storage::Storage) -> Result<(), String> {
    let keys: Vec<String> = sqlx::query_scalar("SELECT storage_key FROM message_attachment WHERE storage_key LIKE 'messages/%/demo-%'")
        .fetch_all(db.reader())
        .await
        .map_err(|e| e.to_string())?;
    for k in keys {
        let name = k.rsplit('/').next().unwrap_or_default();
        let bytes = demo_media(name).ok_or_else(|| format!("no demo file {name}"))?;
        storage.put(&k, bytes.to_vec()).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The demo's complaints, in every state: too few anywhere for the
/// practice figures to show. Alex has one answered (waiting for him to
/// say whether he is satisfied) and one he sent to the council instead of
/// Riverside (Kai handles it; Riverside's staff cannot see it). One made
/// without an account can be looked up with reference CW-DEMO-2345 and
/// check code DEMOCODE.
async fn seed_complaints(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    practice_ids: &[i64],
    council_ids: &[(&str, i64)],
    person_ids: &[i64],
    ids: &std::collections::HashMap<&str, i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    const DAY: i64 = 86_400;
    let alex = person_ids[0];
    // (practice, routed, status, days ago, kind, person, reference, what, response)
    #[allow(clippy::type_complexity)]
    let list: [(usize, &str, &str, i64, &str, Option<i64>, &str, &str, &str); 9] = [
        (0, "practice", "resolved", 200, "complaint", None, "CW-DEMA-2222", "My visit was cancelled twice without anyone telling me.", "We are sorry. We have changed how we tell people about cancelled visits."),
        (0, "council", "investigating", 10, "complaint", Some(alex), "CW-DEMB-3333", "My social worker does not return my calls, and I did not want to complain to the practice directly.", ""),
        (2, "practice", "resolved", 150, "complaint", None, "CW-DEMC-4444", "The letter about my review was in very small print.", "We now send large print to everyone who asks."),
        (2, "practice", "resolved", 90, "complaint", None, "CW-DEMD-5555", "Nobody came to my review meeting.", "We apologise; the review has been rebooked."),
        (2, "practice", "acknowledged", 3, "complaint", None, "CW-DEME-6666", "I have been waiting a long time for an assessment.", ""),
        (0, "practice", "received", 1, "complaint", None, "CW-DEMO-2345", "The practice lost the form I sent in.", ""),
        (0, "practice", "response_sent", 25, "complaint", Some(alex), "CW-DEMF-7777", "I was not told my budget would change before it did.", "We should have told you first. Priya will explain the change at a visit, and your budget is back-dated."),
        (0, "practice", "escalated", 60, "complaint", None, "CW-DEMG-8888", "My direct payment was late three months running.", "The payments are now on time."),
        (0, "practice", "received", 5, "compliment", Some(alex), "CW-DEMH-9999", "Priya helped me find a football club I can get to. Thank you.", ""),
    ];
    let jordan = ids["jordan@example.org"];
    let kai = ids["kai@example.org"];
    for (practice, routed, status, days_ago, kind, person, reference, what, response) in list {
        let received = now - days_ago * DAY;
        let resolved_at = (status == "resolved").then_some(received + (days_ago / 3).max(1) * DAY);
        let handler = if routed == "council" { kai } else { jordan };
        let code = if reference == "CW-DEMO-2345" { "DEMOCODE".to_string() } else { crate::complaints::new_check_code() };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO complaint (practice_id, routed_to, status, received_at, respond_by, resolved_at, kind, reference, check_hash, person_id, council_id, \
             raised_by, raised_by_role, what_happened, outcome_wanted, acknowledge_by, response, satisfied, contact_name, contact_email, idem, locale) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'en-GB') RETURNING id",
        )
        .bind(practice_ids[practice])
        .bind(routed)
        .bind(status)
        .bind(received)
        .bind(crate::working_days::due_date(received, 20))
        .bind(resolved_at)
        .bind(kind)
        .bind(reference)
        .bind(crate::complaints::hash_code(&code))
        .bind(person)
        .bind((routed == "council").then_some(council_ids[0].1))
        .bind(person.map(|_| ids["alex@example.org"]))
        .bind(if person.is_some() { "person" } else { "public" })
        .bind(what)
        .bind(if kind == "complaint" { "An apology, and for it not to happen again." } else { "" })
        .bind(crate::working_days::due_date(received, 3))
        .bind(if matches!(status, "response_sent" | "resolved" | "escalated") { response } else { "" })
        .bind(match status { "resolved" => Some(1i64), "escalated" => Some(0i64), _ => None })
        .bind(if person.is_none() && status == "escalated" { "A. Person (demo)" } else { "" })
        .bind(if person.is_none() && status == "escalated" { "complainant@example.org" } else { "" })
        .bind(format!("demo-complaint-{reference}"))
        .fetch_one(&mut **tx)
        .await?;
        let path: &[&str] = match status {
            "received" => &["received"],
            "acknowledged" => &["received", "acknowledged"],
            "investigating" => &["received", "acknowledged", "investigating"],
            "response_sent" => &["received", "acknowledged", "investigating", "response_sent"],
            "resolved" => &["received", "acknowledged", "investigating", "response_sent", "resolved"],
            _ => &["received", "acknowledged", "investigating", "response_sent", "escalated"],
        };
        let step = (days_ago * DAY / (path.len() as i64 + 1)).max(3600);
        for (i, st) in path.iter().enumerate() {
            let by = match *st {
                "received" => person.map(|_| ids["alex@example.org"]),
                "escalated" if person.is_none() => None,
                _ => Some(handler),
            };
            let note = match *st {
                "response_sent" => response,
                "acknowledged" => "Thank you. We have your complaint and will reply by the date shown.",
                _ => "",
            };
            sqlx::query("INSERT INTO complaint_event (complaint_id, state, note, internal, by_account, at) VALUES ($1, $2, $3, 0, $4, $5)")
                .bind(id)
                .bind(*st)
                .bind(note)
                .bind(by)
                .bind(received + i as i64 * step)
                .execute(&mut **tx)
                .await?;
        }
        if status == "investigating" {
            sqlx::query("INSERT INTO complaint_event (complaint_id, state, note, internal, by_account, at) VALUES ($1, 'investigating', $2, 1, $3, $4)")
                .bind(id)
                .bind("Asked the practice manager for the call log (internal note).")
                .bind(handler)
                .bind(received + DAY)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// A demo plan version, as plain data.
pub struct DemoVersion {
    pub plan_type: &'static str,
    pub what_matters: &'static str,
    pub advice: &'static str,
    pub contingency: &'static str,
    pub budget_total_pence: i64,
    pub budget_explanation: &'static str,
    pub contribution_pence: i64,
    pub dp_amount_pence: i64,
    pub dp_frequency: Option<&'static str>,
    pub agreed_on: &'static str,
    pub agreed_with: &'static str,
    pub next_review_due: &'static str,
    pub reablement_ends_on: Option<&'static str>,
    /// (key, description, eligible)
    pub needs: &'static [(&'static str, &'static str, bool)],
    /// (key, text, written by, author)
    pub outcomes: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// (key, what, provider, how often, hours a week, weekly pence, direct payment, meets)
    #[allow(clippy::type_complexity)]
    pub support: &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        i64,
        bool,
        &'static str,
    )],
    /// (key, name, role)
    pub members: &'static [(&'static str, &'static str, &'static str)],
    /// Reablement goal progress: (outcome key, progress)
    pub progress: &'static [(&'static str, &'static str)],
}

const ALEX_NEEDS_1: &[(&str, &str, bool)] = &[
    ("n1", "Getting washed and dressed in the morning", true),
    ("n2", "Preparing meals", true),
];
const ALEX_NEEDS_2: &[(&str, &str, bool)] = &[
    ("n1", "Getting washed and dressed in the morning", true),
    ("n2", "Preparing meals", true),
    ("n3", "Seeing friends and getting out of the house", true),
];
const ALEX_OUTCOMES: &[(&str, &str, &str, &str)] = &[
    (
        "o1",
        "I want to be up and out by 9 so I can get to college on time.",
        "person",
        "Alex Morgan (demo)",
    ),
    (
        "o2",
        "I want to cook my own tea at least twice a week.",
        "person",
        "Alex Morgan (demo)",
    ),
];
const ALEX_MEMBERS: &[(&str, &str, &str)] = &[
    ("m1", "Alex Morgan (demo)", "person"),
    ("m2", "Sam Morgan (demo)", "carer"),
    ("m3", "Priya Shah (demo)", "social_worker"),
];

/// Alex: a long-term plan with two versions; Dafydd: a reablement plan;
/// Margaret: a long-term plan with one version. In `PEOPLE` order.
pub fn demo_plans() -> Vec<Vec<DemoVersion>> {
    vec![
        vec![
            DemoVersion {
                plan_type: "long_term",
                what_matters: "My music, my dog Biscuit, and getting to college.",
                advice: "Ask the practice about the Wendlebury Wheelchair Users' Group, and about a free fire safety check.",
                contingency: "If my personal assistant cannot come, I phone Sam first. If Sam cannot help, I phone Riverside Home Care (demo) on 01632 960 000.",
                budget_total_pence: 18_600,
                budget_explanation: "8 hours of personal assistance at £18 an hour, and 2 hours of meal support at £21 an hour, each week.",
                contribution_pence: 2_500,
                dp_amount_pence: 14_400,
                dp_frequency: Some("weekly"),
                agreed_on: "2025-09-14",
                agreed_with: "Alex Morgan (demo) and Sam Morgan (demo)",
                next_review_due: "2026-09-14",
                reablement_ends_on: None,
                needs: ALEX_NEEDS_1,
                outcomes: ALEX_OUTCOMES,
                support: &[
                    ("s1", "Personal assistant", "Alex's own PA, paid with the direct payment", "Every morning, 7:30am to 8:45am", "8", 14_400, true, "n1"),
                    ("s2", "Meal preparation support", "Riverside Home Care (demo)", "Tuesdays and Thursdays at 5pm", "2", 4_200, false, "n2"),
                ],
                members: ALEX_MEMBERS,
                progress: &[],
            },
            DemoVersion {
                plan_type: "long_term",
                what_matters: "My music, my dog Biscuit, getting to college, and seeing my friends.",
                advice: "Ask the practice about the Wendlebury Wheelchair Users' Group, and about a free fire safety check.",
                contingency: "If my personal assistant cannot come, I phone Sam first. If Sam cannot help, I phone Riverside Home Care (demo) on 01632 960 000.",
                budget_total_pence: 28_200,
                budget_explanation: "10 hours of personal assistance at £18 an hour, 2 hours of meal support at £21 an hour, and a day centre place at £60 a week.",
                contribution_pence: 2_500,
                dp_amount_pence: 18_000,
                dp_frequency: Some("weekly"),
                agreed_on: "2026-09-14",
                agreed_with: "Alex Morgan (demo) and Sam Morgan (demo)",
                next_review_due: "2027-09-14",
                reablement_ends_on: None,
                needs: ALEX_NEEDS_2,
                outcomes: ALEX_OUTCOMES,
                support: &[
                    ("s1", "Personal assistant", "Alex's own PA, paid with the direct payment", "Every morning, 7:30am to 9am", "10", 18_000, true, "n1"),
                    ("s2", "Meal preparation support", "Riverside Home Care (demo)", "Tuesdays and Thursdays at 5pm", "2", 4_200, false, "n2"),
                    ("s3", "Day centre", "Oakhaven Day Centre (demo)", "Fridays, 10am to 3pm", "", 6_000, false, "n3"),
                ],
                members: ALEX_MEMBERS,
                progress: &[],
            },
        ],
        vec![DemoVersion {
            plan_type: "reablement",
            what_matters: "Being back in my own home, and my garden.",
            advice: "A falls prevention class runs at the Northgate community centre on Wednesdays.",
            contingency: "If the reablement team does not arrive, phone the Northgate duty line (demo) on 01632 960 111 and use the pendant alarm if you fall.",
            budget_total_pence: 0,
            budget_explanation: "Reablement is free for up to six weeks, so there is no charge and no contribution.",
            contribution_pence: 0,
            dp_amount_pence: 0,
            dp_frequency: None,
            agreed_on: "2026-11-02",
            agreed_with: "Dafydd Jones (demo) and Sam Morgan (demo), who holds lasting power of attorney",
            next_review_due: "2026-12-14",
            reablement_ends_on: Some("2026-12-14"),
            needs: &[("n1", "Walking safely at home after a fall", true), ("n2", "Getting in and out of the bath", true)],
            outcomes: &[
                ("o1", "Walk to the shop at the end of my road on my own.", "person", "Dafydd Jones (demo)"),
                ("o2", "Have a bath without help.", "person", "Dafydd Jones (demo)"),
            ],
            support: &[
                ("s1", "Reablement visits", "Northgate Reablement Team (demo)", "Twice a day for six weeks", "7", 0, false, "n1,n2"),
                ("s2", "Occupational therapy", "Wendlebury Council OT service (demo)", "Once a week", "1", 0, false, "n2"),
            ],
            members: &[("m1", "Dafydd Jones (demo)", "person"), ("m2", "Sam Morgan (demo)", "nominated_person"), ("m3", "Rhys Evans (demo)", "social_worker")],
            progress: &[("o1", "started"), ("o2", "not_started")],
        }],
        vec![DemoVersion {
            plan_type: "long_term",
            what_matters: "My church on Sundays, and my grandchildren's visits.",
            advice: "The Elm Tree memory café (demo) meets on the first Monday of the month.",
            contingency: "If a carer does not arrive, the agency's out-of-hours line (demo) is 01632 960 222.",
            budget_total_pence: 31_500,
            budget_explanation: "Two daily visits from a home care agency, 15 hours a week at £21 an hour.",
            contribution_pence: 6_000,
            dp_amount_pence: 0,
            dp_frequency: None,
            agreed_on: "2026-03-30",
            agreed_with: "Margaret Okafor (demo) and her daughter",
            next_review_due: "2027-03-30",
            reablement_ends_on: None,
            needs: &[("n1", "Remembering to take medication", true), ("n2", "Keeping the home warm and safe", true)],
            outcomes: &[("o1", "Stay in my own home near my church.", "person", "Margaret Okafor (demo)")],
            support: &[("s1", "Home care visits", "Elm Tree Home Care (demo)", "Morning and evening, every day", "15", 31_500, false, "n1,n2")],
            members: &[("m1", "Margaret Okafor (demo)", "person")],
            progress: &[],
        }],
    ]
}

/// A one-page PDF that says it is a demo receipt.
pub fn demo_receipt_pdf() -> Vec<u8> {
    let text = "BT /F1 18 Tf 72 720 Td (Demo receipt - not a real payment) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{text}\nendstream", text.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = vec![];
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1));
    for o in offsets {
        out.push_str(&format!("{o:010} 00000 n \n"));
    }
    out.push_str(&format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1));
    out.into_bytes()
}

/// Writes the demo receipts the seed refers to into storage.
pub async fn store_demo_receipts(db: &Db, storage: &crate::storage::Storage) -> Result<(), String> {
    let keys: Vec<String> = sqlx::query_scalar("SELECT receipt_key FROM dp_spend WHERE receipt_key LIKE 'receipts/%/demo-%'")
        .fetch_all(db.reader())
        .await
        .map_err(|e| e.to_string())?;
    for k in keys {
        storage.put(&k, demo_receipt_pdf()).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}
