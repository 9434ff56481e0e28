//! The key queries use indexes, on SQLite and (with TEST_DATABASE_URL) on
//! PostgreSQL: checked with the engine's own EXPLAIN, so a lost index, or
//! a query rewritten so that it cannot use one, fails here rather than on a
//! council's server with 5 million audit rows.
//!
//! PostgreSQL's planner would pick a sequential scan on tables this small
//! whatever the indexes, so the check runs with `enable_seqscan = off`: a
//! sequential scan in the plan then means no index could serve the query.

mod common;
use common::*;
use sqlx::Row;

/// The plan for `sql` with these binds (`"text:…"` binds text, anything
/// else a number), as text lines.
async fn plan(app: &TestApp, sql: &str, binds: &[&str]) -> Vec<String> {
    let mut conn = app.state.db.reader().acquire().await.unwrap();
    let postgres = app.state.db.engine == app::data::Engine::Postgres;
    if postgres {
        sqlx::query("SET enable_seqscan = off").execute(&mut *conn).await.unwrap();
    }
    let explain = if postgres {
        format!("EXPLAIN {sql}")
    } else {
        format!("EXPLAIN QUERY PLAN {sql}")
    };
    let mut q = sqlx::query(&explain);
    for b in binds {
        q = match b.strip_prefix("text:") {
            Some(t) => q.bind(t.to_string()),
            None => q.bind(b.parse::<i64>().unwrap()),
        };
    }
    let rows = q.fetch_all(&mut *conn).await.unwrap_or_else(|e| panic!("{e}: {sql}"));
    if postgres {
        sqlx::query("RESET enable_seqscan").execute(&mut *conn).await.unwrap();
    }
    rows.iter()
        .map(|r| {
            if postgres {
                r.try_get::<String, _>(0).unwrap()
            } else {
                r.try_get::<String, _>("detail").unwrap()
            }
        })
        .collect()
}

/// `sql` reads `table` through `index`, and never scans `table` whole.
async fn uses_index(app: &TestApp, sql: &str, binds: &[&str], table: &str, index: &str) {
    let lines = plan(app, sql, binds).await;
    let text = lines.join("\n");
    assert!(text.contains(index), "{sql}\nshould use {index}:\n{text}");
    assert!(!scans(&lines, table), "{sql}\nscans {table} whole:\n{text}");
}

/// Whether the plan reads a table whole: PostgreSQL's "Seq Scan on t",
/// SQLite's "SCAN t" (a "SCAN t USING INDEX" walks an index, not the
/// table). `names` is the table and the aliases the query gives it (SQLite
/// names a table by its alias).
fn scans(lines: &[String], names: &str) -> bool {
    lines.iter().any(|l| {
        let l = l.trim_start_matches([' ', '-', '>']);
        names.split_whitespace().any(|t| {
            l.starts_with(&format!("Seq Scan on {t} "))
                || l == format!("SCAN {t}")
                || (l.starts_with(&format!("SCAN {t} ")) && !l.contains("USING"))
        })
    })
}

#[tokio::test]
async fn the_check_catches_a_query_no_index_serves() {
    let app = spawn().await;
    let lines = plan(&app, "SELECT id FROM message WHERE body = $1", &["text:hello"]).await;
    assert!(scans(&lines, "message"), "{lines:?}");
    let lines = plan(&app, "SELECT id FROM message m WHERE m.body = $1", &["text:hello"]).await;
    assert!(scans(&lines, "message m"), "with an alias: {lines:?}");
}

#[tokio::test]
async fn the_key_queries_use_indexes() {
    let app = spawn().await;
    if app.state.db.engine == app::data::Engine::Postgres {
        // Every connection keeps one plan per statement (`Db::connect`),
        // so the plans EXPLAINed here are the ones the statements run
        // with, and none is planned again on every run. Checked on several
        // connections at once: every one the pool opens, not the first.
        let mut held = vec![];
        for _ in 0..3 {
            let mut conn = app.state.db.reader().acquire().await.unwrap();
            let mode: String = sqlx::query_scalar("SELECT current_setting('plan_cache_mode')")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            assert_eq!(mode, "force_generic_plan");
            held.push(conn);
        }
    }
    // Sign-in state on every request: the session, then the account's
    // session row (primary keys).
    uses_index(&app, "SELECT data FROM tower_session WHERE id = $1", &["text:x"], "tower_session", if app.state.db.engine == app::data::Engine::Postgres { "tower_session_pkey" } else { "sqlite_autoindex_tower_session_1" }).await;
    uses_index(
        &app,
        "SELECT s.created_at FROM account_session s JOIN account a ON a.id = s.account_id WHERE s.id = $1 AND s.account_id = $2",
        &["text:x", "1"],
        "account_session s",
        if app.state.db.engine == app::data::Engine::Postgres { "account_session_pkey" } else { "sqlite_autoindex_account_session_1" },
    )
    .await;
    // Who has looked at my record: the person's audit rows, newest first.
    uses_index(&app, "SELECT at, action FROM audit_event WHERE person_id = $1 ORDER BY at DESC LIMIT 50", &["1"], "audit_event", "audit_event_person").await;
    // The practice's audit trail.
    uses_index(&app, "SELECT at, action FROM audit_event WHERE practice_id = $1 ORDER BY at DESC LIMIT 50", &["1"], "audit_event", "audit_event_practice").await;
    // A person's conversations, and the messages of one.
    uses_index(&app, "SELECT id FROM conversation c WHERE c.person_id = $1 ORDER BY c.last_message_at DESC, c.id DESC", &["1"], "conversation c", "conversation_person").await;
    uses_index(&app, "SELECT id, body FROM message WHERE conversation_id = $1 ORDER BY id", &["1"], "message", "message_conversation_author").await;
    // A resent form (the one-off key) is found without a scan.
    uses_index(&app, "SELECT conversation_id, id FROM message WHERE author_account_id = $1 AND idem_key = $2", &["1", "text:k"], "message", "message_idem").await;
    // A worker's caseload, and the people of a practice.
    uses_index(&app, "SELECT person_id FROM caseload WHERE worker_id = $1 AND ended_at IS NULL", &["1"], "caseload", "caseload_worker").await;
    uses_index(&app, "SELECT id FROM person WHERE practice_id = $1", &["1"], "person", "person_practice").await;
    // The duty inbox: the people with no current worker, does a person
    // have one, the practice's staff, and is one of them away today.
    uses_index(&app, "SELECT id FROM person WHERE practice_id = $1 AND current_workers = 0", &["1"], "person", "person_unallocated").await;
    uses_index(&app, "SELECT worker_id FROM caseload WHERE person_id = $1 AND ended_at IS NULL", &["1"], "caseload", "caseload_").await;
    uses_index(&app, "SELECT id FROM account WHERE practice_id = $1", &["1"], "account", "account_practice").await;
    // (PostgreSQL, which keeps `worker_away_current`, may pick either.)
    uses_index(&app, "SELECT 1 FROM worker_away WHERE worker_id = $1 AND cancelled_at IS NULL AND starts_on <= $2 AND ends_on >= $2", &["1", "text:2026-12-02"], "worker_away", "worker_away_").await;
    // The plan at a glance: the person's plan, then its agreed versions.
    uses_index(&app, "SELECT id FROM care_plan WHERE person_id = $1", &["1"], "care_plan", "care_plan_person").await;
    uses_index(&app, "SELECT id FROM plan_version WHERE plan_id = $1 AND status = 'agreed'", &["1"], "plan_version", "plan_version_").await;
    // Carers of a person, and the people a carer acts for.
    uses_index(&app, "SELECT id FROM delegation WHERE person_id = $1", &["1"], "delegation", "delegation_person").await;
    uses_index(&app, "SELECT id FROM delegation WHERE carer_account_id = $1", &["1"], "delegation", "delegation_carer").await;
    // Practice search: the matches' lists are read by practice, through
    // each list's primary key (or index), never whole.
    let postgres = app.state.db.engine == app::data::Engine::Postgres;
    for (table, sqlite_index) in [
        ("practice_council", "sqlite_autoindex_practice_council_1"),
        ("practice_group", "sqlite_autoindex_practice_group_1"),
        ("practice_language", "sqlite_autoindex_practice_language_1"),
    ] {
        let sql = format!("SELECT * FROM {table} WHERE practice_id IN ($1, $2)");
        let index = if postgres { format!("{table}_pkey") } else { sqlite_index.to_string() };
        uses_index(&app, &sql, &["1", "2"], table, &index).await;
    }
    uses_index(&app, "SELECT * FROM practice_registration WHERE practice_id IN ($1, $2) ORDER BY practice_id, id", &["1", "2"], "practice_registration", "practice_registration_practice").await;
    // The inbox, exactly as Careway runs it, for a social worker and a
    // manager: every table it reads by key is read through an index.
    use app::messages::inbox::Show;
    for (role, searching, show) in [
        (app::auth::Role::SocialWorker, false, Show::All),
        (app::auth::Role::SocialWorker, true, Show::All),
        (app::auth::Role::SocialWorker, false, Show::Unread),
        (app::auth::Role::SocialWorker, false, Show::Overdue),
        (app::auth::Role::PracticeManager, false, Show::All),
        (app::auth::Role::PracticeManager, true, Show::Waiting),
    ] {
        // Working out who is covered, and given them (a social worker's
        // inbox, after the navigation's count found them).
        for listed in [None, Some(app.state.db.engine)] {
            let sql = app::messages::inbox::inbox_sql(role, searching, show, listed).unwrap();
            assert_eq!(sql.contains(" LIKE "), searching, "only a search uses LIKE: {sql}");
            let listed = listed.is_some() && role == app::auth::Role::SocialWorker;
            let scope = if listed { "text:[1,2,3]" } else { "1" };
            let binds = ["1", scope, "text:2026-12-02", if searching { "text:%ramp%" } else { "text:" }, "25", "0"];
            uses_index(&app, &sql, &binds, "caseload", "caseload_").await;
            let text = plan(&app, &sql, &binds).await.join("\n");
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            for table in ["conversation c", "message sm um", "message_read r", "caseload k wk dk ak uk", "worker_away dw aw", "account wa aa", "person p sp dp mp ap up"] {
                assert!(!scans(&lines, table), "the inbox scans {table}:\n{text}");
            }
            if listed {
                assert!(!text.contains("account_practice"), "given the people covered, the inbox works them out again:\n{text}");
            } else if role == app::auth::Role::SocialWorker && app.state.db.engine == app::data::Engine::Sqlite {
                // Duty starts from the practice's own staff, not from every
                // absence in the council (SQLite keeps to the written order;
                // PostgreSQL chooses its own by its statistics).
                assert!(text.contains("account_practice"), "the duty scope should start from the practice's staff:\n{text}");
                // The duty test reads indexes alone: a person's current
                // workers, and whether each is away today.
                assert!(text.contains("COVERING INDEX caseload_person_current"), "{text}");
                assert!(text.contains("COVERING INDEX worker_away_live"), "{text}");
            }
        }
    }
    // The people a social worker covers, with the navigation's count, in
    // one statement (the inbox's first): nothing read whole.
    let sql = app::messages::inbox::covered_sql(app.state.db.engine);
    let text = plan(&app, sql, &["1", "1", "text:2026-12-02", "0"]).await.join("\n");
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    for table in ["conversation c", "message m", "message_read r", "caseload k dk ak", "worker_away dw aw", "account aa", "person ap up"] {
        assert!(!scans(&lines, table), "the covered people's statement scans {table}:\n{text}");
    }
    if app.state.db.engine == app::data::Engine::Sqlite {
        assert!(text.contains("account_practice"), "the duty scope should start from the practice's staff:\n{text}");
        // The away staff's current allocations, from an index alone.
        assert!(text.contains("COVERING INDEX caseload_worker_current"), "{text}");
        assert!(text.contains("COVERING INDEX caseload_person_current"), "{text}");
    }
    // The away staff are listed once, not once per allocation.
    assert!(!text.contains("CORRELATED LIST SUBQUERY"), "{text}");
    // The session's statement, read on every signed-in request, with the
    // navigation's unread count for each role: nothing read whole.
    let sql = app::auth::viewer_sql(true);
    let text = plan(&app, sql, &["text:key", "1", "0", "text:2026-12-02"]).await.join("\n");
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    for table in [
        "account_session s",
        "account a xa aa",
        "communication_need n",
        "conversation c",
        "message m",
        "message_read r",
        "caseload k dk ak",
        "worker_away dw aw",
        "person p op dp mp ap up",
    ] {
        assert!(!scans(&lines, table), "the session's statement scans {table}:\n{text}");
    }
    // SQLite works out a list subquery tied to the outer row again for
    // every row it checks: the staff counts must not be tied to it.
    assert!(!text.contains("CORRELATED LIST SUBQUERY"), "{text}");
    if app.state.db.engine == app::data::Engine::Sqlite {
        assert!(text.contains("account_practice"), "the duty scope should start from the practice's staff:\n{text}");
        // The unread counts never read the messages themselves.
        assert!(text.contains("COVERING INDEX message_conversation_author"), "{text}");
    }
}

/// The bundled SQLite is built with the flags in `.cargo/config.toml`:
/// one stray build without them made the inbox on the large dataset
/// queue on a process-wide lock (README, "Performance and scale"). Read
/// from a connection of its own, so this holds on either engine's run.
#[tokio::test]
async fn the_bundled_sqlite_is_built_for_a_server() {
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:").await.unwrap();
    let options: Vec<String> = sqlx::query_scalar("SELECT compile_options FROM pragma_compile_options")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert!(options.iter().any(|o| o == "THREADSAFE=1"), "{options:?}");
    for off in ["ENABLE_STAT4", "ENABLE_MEMORY_MANAGEMENT"] {
        assert!(!options.iter().any(|o| o == off), "SQLite was built with {off}: {options:?}");
    }
    // Memory statistics off by default, as set at build time.
    assert!(options.iter().any(|o| o == "DEFAULT_MEMSTATUS=0"), "{options:?}");
}

/// How many people's `current_workers` disagrees with their caseload.
async fn miscounted(app: &TestApp) -> i64 {
    app.scalar(
        "SELECT COUNT(*) FROM person p WHERE p.current_workers <> \
         (SELECT COUNT(*) FROM caseload k WHERE k.person_id = p.id AND k.ended_at IS NULL)",
    )
    .await
}

#[tokio::test]
async fn each_persons_count_of_current_workers_follows_every_change_to_the_caseload() {
    let app = spawn().await;
    let w = app.world().await;
    assert_eq!(miscounted(&app).await, 0, "after the seed");
    let count = |p: i64| format!("SELECT current_workers FROM person WHERE id = {p}");
    let before = app.scalar(&count(w.p1)).await;
    // A second worker, then one ended, one moved to another person, one
    // reopened, one deleted.
    app.exec(&format!("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ({}, {}, 1)", w.p1, w.worker_b)).await;
    assert_eq!(app.scalar(&count(w.p1)).await, before + 1);
    app.exec(&format!("UPDATE caseload SET ended_at = 2 WHERE person_id = {} AND worker_id = {}", w.p1, w.worker_b)).await;
    assert_eq!(app.scalar(&count(w.p1)).await, before);
    app.exec(&format!("UPDATE caseload SET ended_at = NULL WHERE person_id = {} AND worker_id = {}", w.p1, w.worker_b)).await;
    app.exec(&format!("UPDATE caseload SET person_id = {} WHERE person_id = {} AND worker_id = {}", w.p2, w.p1, w.worker_b)).await;
    assert_eq!(app.scalar(&count(w.p1)).await, before);
    assert_eq!(miscounted(&app).await, 0);
    app.exec(&format!("UPDATE caseload SET worker_id = {} WHERE person_id = {} AND worker_id = {}", w.worker, w.p2, w.worker_b)).await;
    app.exec(&format!("DELETE FROM caseload WHERE person_id = {}", w.p2)).await;
    assert_eq!(app.scalar(&count(w.p2)).await, 0);
    assert_eq!(miscounted(&app).await, 0);
    // Many allocations at once, and all of them ended at once.
    let mut tasks = vec![];
    for n in 0..16 {
        let db = app.state.db.clone();
        let (p, worker) = (w.p1, w.worker_b);
        tasks.push(tokio::spawn(async move {
            sqlx::query("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ($1, $2, $3)")
                .bind(p)
                .bind(worker)
                .bind(10 + n as i64)
                .execute(db.writer())
                .await
                .unwrap();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(app.scalar(&count(w.p1)).await, before + 16);
    app.exec(&format!("UPDATE caseload SET ended_at = 99 WHERE person_id = {}", w.p1)).await;
    assert_eq!(app.scalar(&count(w.p1)).await, 0);
    assert_eq!(miscounted(&app).await, 0);
}
