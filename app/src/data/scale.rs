//! Synthetic data for the benchmark (`careway-bench`, see README,
//! "Performance and scale"): a caseload of 40 for the demo social worker,
//! and the large dataset a council hosting many practices would hold.
//! Everything is generated inside the database (`generate_series` on
//! PostgreSQL, a recursive CTE on SQLite), so seeding millions of rows
//! takes minutes, not hours. Names end in "(synthetic)" and addresses use
//! the reserved `.invalid` domain.

use super::{Db, Engine};

/// People, workers and practices in the large dataset.
pub const PEOPLE: i64 = 100_000;
pub const WORKERS: i64 = 2_000;
pub const PRACTICES: i64 = 50;
pub const CONVERSATIONS_PER_PERSON: i64 = 2;
pub const MESSAGES: i64 = 1_000_000;
pub const AUDIT_ROWS: i64 = 5_000_000;
/// Past absences per worker (each of five days, two months apart).
pub const PAST_ABSENCES: i64 = 6;

/// The rows 0..n, as a subquery with one column `n`.
fn series(engine: Engine, n: i64) -> String {
    match engine {
        Engine::Postgres => format!("SELECT n FROM generate_series(0, {}) AS g(n)", n - 1),
        Engine::Sqlite => format!(
            "WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < {n}) SELECT n FROM s"
        ),
    }
}

async fn scalar(db: &Db, sql: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(db.reader()).await
}

async fn exec(db: &Db, sql: &str) -> Result<(), sqlx::Error> {
    sqlx::query(sql).execute(db.writer()).await.map(|_| ())
}

/// Gives the demo social worker (Priya) 40 people on her caseload, each
/// with a conversation waiting for a reply, so the inbox is measured at the
/// size the issue names. Adds only what is missing.
pub async fn caseload_of_40(db: &Db) -> Result<(), sqlx::Error> {
    let (priya, practice): (i64, i64) =
        sqlx::query_as("SELECT id, practice_id FROM account WHERE email = 'priya@example.org'")
            .fetch_one(db.reader())
            .await?;
    let have = scalar(db, &format!("SELECT COUNT(*) FROM caseload WHERE worker_id = {priya} AND ended_at IS NULL")).await?;
    let now = super::unix_now();
    for n in have..40 {
        let mut tx = db.writer().begin().await?;
        let person: i64 = sqlx::query_scalar(
            "INSERT INTO person (display_name, practice_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(format!("Caseload person {n} (synthetic)"))
        .bind(practice)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let account: i64 = sqlx::query_scalar(
            "INSERT INTO account (email, display_name, role, person_id, created_at) VALUES ($1, $2, 'person', $3, $4) RETURNING id",
        )
        .bind(format!("caseload-{person}@example.invalid"))
        .bind(format!("Caseload person {n} (synthetic)"))
        .bind(person)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)")
            .bind(person)
            .bind(priya)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO care_plan (person_id, plan_type, agreed_on, next_review_due, created_at) VALUES ($1, 'long_term', '2026-01-01', '2027-01-01', $2)")
            .bind(person)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let waiting = now - 3_600 * (n + 1);
        let c: i64 = sqlx::query_scalar(
            "INSERT INTO conversation (person_id, practice_id, subject_code, started_by, starter_role, idem_key, created_at, last_message_at, waiting_since) \
             VALUES ($1, $2, 'plan', $3, 'person', $4, $5, $5, $5) RETURNING id",
        )
        .bind(person)
        .bind(practice)
        .bind(account)
        .bind(format!("caseload-{person}"))
        .bind(waiting)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) \
             VALUES ($1, $2, 'person', 1, $3, $4, $5)",
        )
        .bind(c)
        .bind(account)
        .bind("Could we talk about my support hours next week?")
        .bind(format!("caseload-{person}"))
        .bind(waiting)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Fills the database up to the large dataset: 50 practices, 2,000
/// workers (with a year of leave, one in ten away today), 100,000 people
/// (each with an account and a worker of their practice), 200,000
/// conversations holding 1,000,000 messages, and 5,000,000 audit rows.
/// Runs once: a database that already holds the people is left as it is.
pub async fn seed(db: &Db, progress: impl Fn(&str)) -> Result<(), sqlx::Error> {
    let e = db.engine;
    if scalar(db, "SELECT COUNT(*) FROM account WHERE email LIKE 'scale-person-%'").await? >= PEOPLE {
        progress("the large dataset is there already");
        return Ok(());
    }
    let now = super::unix_now();
    progress("practices");
    let have = scalar(db, "SELECT COUNT(*) FROM practice").await?;
    if have < PRACTICES {
        exec(
            db,
            &format!(
                "INSERT INTO practice (name, summary, organisation_type, created_at) \
                 SELECT 'Synthetic practice ' || n || ' (synthetic)', 'A practice in the large dataset.', 'mutual', {now} FROM ({}) g",
                series(e, PRACTICES - have)
            ),
        )
        .await?;
    }
    // The practices, workers and people are numbered in order below; each
    // range must be contiguous for the arithmetic that links them.
    let contiguous = |what: &'static str, lo: i64, hi: i64, n: i64| {
        if hi - lo + 1 == n {
            Ok(())
        } else {
            Err(sqlx::Error::Protocol(format!("{what} ids are not contiguous")))
        }
    };
    let practice_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM practice ORDER BY id")
        .fetch_all(db.reader())
        .await?;
    let p0 = practice_ids[practice_ids.len() - PRACTICES as usize];
    contiguous("practice", p0, *practice_ids.last().unwrap(), PRACTICES)?;

    progress("2,000 workers");
    exec(
        db,
        &format!(
            "INSERT INTO account (email, display_name, role, practice_id, created_at) \
             SELECT 'scale-worker-' || n || '@example.invalid', 'Worker ' || n || ' (synthetic)', 'social_worker', {p0} + n % {PRACTICES}, {now} FROM ({}) g",
            series(e, WORKERS)
        ),
    )
    .await?;
    let (w0, w1) = bounds(db, "account", "email LIKE 'scale-worker-%'").await?;
    contiguous("worker", w0, w1, WORKERS)?;

    progress("100,000 people, their accounts, plans and workers");
    exec(
        db,
        &format!(
            "INSERT INTO person (display_name, practice_id, created_at) \
             SELECT 'Person ' || n || ' (synthetic)', {p0} + n % {PRACTICES}, {now} FROM ({}) g",
            series(e, PEOPLE)
        ),
    )
    .await?;
    let (q0, q1) = bounds(db, "person", "display_name LIKE 'Person % (synthetic)'").await?;
    contiguous("person", q0, q1, PEOPLE)?;
    exec(
        db,
        &format!(
            "INSERT INTO account (email, display_name, role, person_id, created_at) \
             SELECT 'scale-person-' || n || '@example.invalid', 'Person ' || n || ' (synthetic)', 'person', {q0} + n, {now} FROM ({}) g",
            series(e, PEOPLE)
        ),
    )
    .await?;
    let (a0, a1) = bounds(db, "account", "email LIKE 'scale-person-%'").await?;
    contiguous("person account", a0, a1, PEOPLE)?;
    // Worker n % 2000 is in practice n % 50, as person n is.
    exec(
        db,
        &format!(
            "INSERT INTO caseload (person_id, worker_id, started_at) SELECT {q0} + n, {w0} + n % {WORKERS}, {now} FROM ({}) g",
            series(e, PEOPLE)
        ),
    )
    .await?;
    exec(
        db,
        &format!(
            "INSERT INTO care_plan (person_id, plan_type, agreed_on, next_review_due, created_at) \
             SELECT {q0} + n, 'long_term', '2026-01-01', '2027-01-01', {now} FROM ({}) g",
            series(e, PEOPLE)
        ),
    )
    .await?;

    // Leave as a council's records hold it: six past absences per worker
    // over the last year, one worker in ten away today (four at each
    // practice), and two weeks each booked ahead; one absence in seven was
    // cancelled. So the duty rule (whose people colleagues cover) has real
    // absences to look through.
    progress("absences: a year of past leave, one worker in ten away today, leave booked ahead");
    let day = |d: i64| crate::dates::uk_date_of(now + d * 86_400);
    // Worker n is at practice n % 50: four of each practice's forty away.
    let away_today = format!("(n / {PRACTICES}) % 10 = 0");
    let mut spans: Vec<(String, String, &str)> =
        (1..=PAST_ABSENCES).map(|k| (day(-60 * k), day(-60 * k + 4), "n >= 0")).collect();
    spans.push((day(-2), day(2), away_today.as_str()));
    spans.extend((1..=2).map(|k| (day(30 * k), day(30 * k + 4), "n >= 0")));
    for (from, to, which) in &spans {
        exec(
            db,
            &format!(
                "INSERT INTO worker_away (worker_id, starts_on, ends_on, created_at, cancelled_at) \
                 SELECT {w0} + n, '{from}', '{to}', {now}, CASE WHEN n % 7 = 3 THEN {now} ELSE NULL END \
                 FROM ({}) g WHERE {which}",
                series(e, WORKERS)
            ),
        )
        .await?;
    }

    let conversations = PEOPLE * CONVERSATIONS_PER_PERSON;
    progress("200,000 conversations");
    exec(
        db,
        &format!(
            "INSERT INTO conversation (person_id, practice_id, subject_code, started_by, starter_role, idem_key, created_at, last_message_at) \
             SELECT {q0} + n % {PEOPLE}, {p0} + (n % {PEOPLE}) % {PRACTICES}, 'plan', {a0} + n % {PEOPLE}, 'person', 'scale-c-' || n, \
             {now} - 86400 * 365 + n * 60, {now} - 86400 * 365 + n * 60 FROM ({}) g",
            series(e, conversations)
        ),
    )
    .await?;
    let (c0, c1) = bounds(db, "conversation", "idem_key LIKE 'scale-c-%'").await?;
    contiguous("conversation", c0, c1, conversations)?;

    progress("1,000,000 messages");
    let per = MESSAGES / conversations;
    // In batches, so SQLite's recursive series stays small in memory.
    let batch = 200_000;
    for start in (0..MESSAGES).step_by(batch as usize) {
        // Message m is the (m % per)th in conversation m / per; even ones
        // are from the person, odd ones from their worker.
        exec(
            db,
            &format!(
                "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) \
                 SELECT {c0} + m / {per}, \
                 CASE WHEN m % 2 = 0 THEN {a0} + (m / {per}) % {PEOPLE} ELSE {w0} + ((m / {per}) % {PEOPLE}) % {WORKERS} END, \
                 CASE WHEN m % 2 = 0 THEN 'person' ELSE 'social_worker' END, 1 - m % 2, \
                 'Synthetic message ' || m || '. About the plan and the support hours.', 'scale-m-' || m, \
                 {now} - 86400 * 365 + (m / {per}) * 60 + m % {per} FROM (SELECT {start} + n AS m FROM ({}) g) x",
                series(e, batch.min(MESSAGES - start))
            ),
        )
        .await?;
    }

    progress("5,000,000 audit rows");
    for start in (0..AUDIT_ROWS).step_by(500_000) {
        exec(
            db,
            &format!(
                "INSERT INTO audit_event (at, actor_account_id, actor_role, person_id, practice_id, action, record_kind, record_id, origin) \
                 SELECT {now} - 86400 * 730 + m * 12, {w0} + (m % {PEOPLE}) % {WORKERS}, 'social_worker', {q0} + m % {PEOPLE}, \
                 {p0} + (m % {PEOPLE}) % {PRACTICES}, CASE WHEN m % 3 = 0 THEN 'viewed_plan' ELSE 'viewed_record' END, 'person', NULL, '192.0.2.0/24' \
                 FROM (SELECT {start} + n AS m FROM ({}) g) x",
                series(e, 500_000.min(AUDIT_ROWS - start))
            ),
        )
        .await?;
    }
    progress("statistics");
    match e {
        // VACUUM as well: bulk-loaded tables have no visibility map until
        // autovacuum gets to them, so index-only scans still read the
        // table (measured: the partial index `person_unallocated` read
        // 1,060 pages to find nobody, and 5 after a VACUUM). A council's
        // database is vacuumed all the time; the measurement should be of
        // that steady state. Then a checkpoint, so that writing out what
        // the seed and the VACUUM changed is not left to happen during the
        // first measurement (measured: the hand-written limit's p99 at
        // 257 ms in a run started straight after a VACUUM, against 16 ms).
        // It needs the right to checkpoint (pg_checkpoint, or a superuser);
        // without it the seed says so and goes on.
        Engine::Postgres => {
            exec(db, "VACUUM (ANALYZE)").await?;
            if let Err(e) = exec(db, "CHECKPOINT").await {
                progress(&format!("no checkpoint ({e}); the first measurement may include writing the seed out"));
            }
        }
        // ANALYZE, then the whole write-ahead log into the database file:
        // otherwise the benchmark's first write checkpoints what is left
        // of the seed's last batches (measured: the plan page's p99 at
        // 155 ms in a run started straight after the seed, 13 ms in the
        // next).
        Engine::Sqlite => {
            exec(db, "ANALYZE").await?;
            exec(db, "PRAGMA wal_checkpoint(TRUNCATE)").await?;
        }
    }
    Ok(())
}

async fn bounds(db: &Db, table: &str, filter: &str) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(&format!("SELECT MIN(id), MAX(id) FROM {table} WHERE {filter}"))
        .fetch_one(db.reader())
        .await
}
