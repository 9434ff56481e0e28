//! The data layer: one set of portable SQL for SQLite and PostgreSQL.
//!
//! Careway uses sqlx's `Any` driver with `$1`-style placeholders (which both
//! engines accept) and a small set of column types both understand: BIGINT
//! for integers, times (unix seconds, UTC) and flags; TEXT for text and
//! dates (`YYYY-MM-DD`). Only the migrations differ per engine, because DDL
//! (identity columns) does. See README "Why one data layer".
//!
//! SQLite allows one writer at a time, and a deferred transaction that reads
//! then writes fails at once with SQLITE_BUSY under concurrency. So on SQLite
//! all writes go through a pool with exactly one connection; reads use a
//! separate pool and, thanks to WAL, never wait for the writer. On
//! PostgreSQL both handles are the same pool.

pub mod seed;
pub mod scale;
pub mod session_store;

use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use sqlx::Executor;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    read: AnyPool,
    write: AnyPool,
    pub engine: Engine,
}

/// Seconds since the Unix epoch, UTC: how Careway stores instants.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Each connection's settings. `cache_size` is SQLite's own page cache,
/// per connection, in KiB when negative: 8 MiB rather than the default
/// 2 MiB, because a duty inbox on the large dataset touches about 3 MiB of
/// pages per statement and, with 2 MiB, read about 700 of them from the
/// operating system again every time (measured with `sqlite3 .stats`;
/// the inbox's statement took 2.0–2.8 ms against 1.1–1.3 ms). With the
/// nine connections (eight readers, one writer) this bounds SQLite's
/// caches at 72 MiB.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -8192;";

/// Each PostgreSQL connection's settings (see [`Db::connect`]).
const POSTGRES_SETTINGS: &str = "SET plan_cache_mode = force_generic_plan";

impl Db {
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        if url.starts_with("sqlite:") {
            let url = sqlite_url_with_create(url);
            if let Some(parent) = sqlite_file(&url).and_then(|p| std::path::Path::new(p).parent().map(|p| p.to_path_buf())) {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(&parent).map_err(sqlx::Error::Io)?;
                }
            }
            let opts = |max| {
                AnyPoolOptions::new()
                    .max_connections(max)
                    .acquire_timeout(Duration::from_secs(10))
                    // An embedded file never goes stale: no "ping" round
                    // trip to the connection's worker thread per query.
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(sqlx::raw_sql(SQLITE_PRAGMAS)).await?;
                            Ok(())
                        })
                    })
            };
            let write = opts(1).connect(&url).await?;
            let read = opts(8).connect(&url).await?;
            Ok(Db { read, write, engine: Engine::Sqlite })
        } else {
            // A short acquire timeout: a half-open connection after a
            // database restart must fail fast rather than hang requests.
            // No test query before each use: sqlx already checks every
            // connection as it goes back to the pool, and a second round
            // trip per query cost a third of the plan page's database time
            // (measured with careway-bench). A connection broken since (the
            // database restarted) fails its query, the request gets the
            // "try again" page, and the connection is dropped.
            //
            // Every statement is planned once per connection and kept
            // (`plan_cache_mode`). Left to choose, PostgreSQL planned the
            // statement of the people a social worker covers afresh on
            // every run on the large dataset, because its plan for any date
            // looked a little dearer than one for today's: 1.4 ms of
            // planning against 1.5 ms of running it, under load. Every
            // statement here reads by ids through indexes, so the kept plan
            // is the one it would choose anyway (the index tests EXPLAIN
            // with it). Measured with careway-bench on PostgreSQL: the
            // inbox from 849 to 1,084 requests a second on the demo data
            // and from 336 to 468 on the large data, the plan page from
            // 983 to 1,126, practice search from 1,312 to 1,558.
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(3))
                .test_before_acquire(false)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute(sqlx::raw_sql(POSTGRES_SETTINGS)).await?;
                        Ok(())
                    })
                })
                .connect(url)
                .await?;
            Ok(Db { read: pool.clone(), write: pool, engine: Engine::Postgres })
        }
    }

    /// Runs the migrations for this engine (`migrations/sqlite` or
    /// `migrations/postgres`), compiled into the binary.
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.engine {
            Engine::Sqlite => {
                sqlx::migrate!("../migrations/sqlite").run(&self.write).await?;
                self.sqlite_roles().await.map_err(sqlx::migrate::MigrateError::Execute)
            }
            Engine::Postgres => sqlx::migrate!("../migrations/postgres").run(&self.write).await,
        }
    }

    /// The council commissioner role (migration 0011) needs the account
    /// table's CHECK constraint widened, which SQLite can only do by
    /// rebuilding the table, with foreign keys off, outside a transaction:
    /// sqlx runs every SQLite migration inside one, so it is done here,
    /// once, on one connection. (PostgreSQL alters the constraint in its
    /// migration.) The table's indexes go with the old table, so they are
    /// made again on the new one (a later migration's index on `account`
    /// is already there when a fresh database gets here).
    async fn sqlite_roles(&self) -> Result<(), sqlx::Error> {
        let sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'account'")
            .fetch_one(&self.write)
            .await?;
        if sql.contains("'commissioner'") {
            return Ok(());
        }
        let old = "'practice_manager')";
        if !sql.contains(old) {
            return Err(sqlx::Error::Protocol("the account table's role check is not the one Careway made".into()));
        }
        let new_sql = sql.replacen(old, "'practice_manager', 'commissioner')", 1).replacen("CREATE TABLE account", "CREATE TABLE account_new", 1).replacen("CREATE TABLE \"account\"", "CREATE TABLE account_new", 1);
        let indexes: Vec<String> =
            sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'account' AND sql IS NOT NULL")
                .fetch_all(&self.write)
                .await?;
        let mut conn = self.write.acquire().await?;
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
        let result: Result<(), sqlx::Error> = async {
            sqlx::query("BEGIN").execute(&mut *conn).await?;
            sqlx::query(&new_sql).execute(&mut *conn).await?;
            sqlx::query("INSERT INTO account_new SELECT * FROM account").execute(&mut *conn).await?;
            sqlx::query("DROP TABLE account").execute(&mut *conn).await?;
            sqlx::query("ALTER TABLE account_new RENAME TO account").execute(&mut *conn).await?;
            for index in &indexes {
                sqlx::query(index).execute(&mut *conn).await?;
            }
            let broken: Vec<String> = sqlx::query_scalar("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&mut *conn).await?;
            if !broken.is_empty() {
                sqlx::query("ROLLBACK").execute(&mut *conn).await?;
                return Err(sqlx::Error::Protocol(format!("foreign keys broken by the account rebuild: {broken:?}")));
            }
            sqlx::query("COMMIT").execute(&mut *conn).await?;
            Ok(())
        }
        .await;
        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
        result
    }

    /// The pool for reads.
    pub fn reader(&self) -> &AnyPool {
        &self.read
    }

    /// The pool for writes and write transactions.
    pub fn writer(&self) -> &AnyPool {
        &self.write
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        let one: i64 = sqlx::query_scalar("SELECT CAST(1 AS BIGINT)").fetch_one(&self.read).await?;
        debug_assert_eq!(one, 1);
        Ok(())
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

fn sqlite_url_with_create(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_gain_create_mode_once() {
        assert_eq!(sqlite_url_with_create("sqlite://data/x.db"), "sqlite://data/x.db?mode=rwc");
        assert_eq!(sqlite_url_with_create("sqlite://x.db?mode=ro"), "sqlite://x.db?mode=ro");
        assert_eq!(sqlite_file("sqlite://data/x.db?mode=rwc"), Some("data/x.db"));
    }
}
