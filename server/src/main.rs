//! `cargo run -p server` starts Careway. Configuration comes from the
//! environment (see README); `--demo` seeds demo data on an empty database;
//! `--demo-code` prints the demo staff accounts' current two-step code.

use app::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    if std::env::args().any(|a| a == "--demo-code") {
        // Only the demo secret: real accounts' secrets never leave the database.
        println!(
            "{}",
            app::auth::totp::code_at(app::data::seed::DEMO_TOTP_SECRET, app::data::unix_now())
        );
        return;
    }
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("import-practices") {
        std::process::exit(import_practices(args.get(2)).await);
    }
    let demo_flag = std::env::args().any(|a| a == "--demo");
    let config = match Config::from_env(demo_flag) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("careway: configuration error: {e}");
            std::process::exit(2);
        }
    };
    let addr = std::net::SocketAddr::new(config.host, config.port);
    let state = match server::prepare(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("careway: could not start: {e}");
            std::process::exit(1);
        }
    };
    let store = app::data::session_store::DbSessionStore::new(state.db.clone());
    let throttle = state.throttle.clone();
    let tidy_state = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired sessions");
            }
            throttle.tidy();
            // Files kept for a form that was never sent, after a day.
            if let Err(e) = app::uploads::tidy(&tidy_state.db, &tidy_state.storage, tidy_state.clock.now()).await {
                tracing::warn!(error = %e, "could not remove old kept uploads");
            }
        }
    });
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .unwrap_or_else(|e| {
            eprintln!("careway: cannot listen on {addr}: {e}");
            std::process::exit(1);
        });
    let local = listener.local_addr().expect("bound");
    tracing::info!("Careway listening on http://{local}");
    // The browser tests read this line to find the port when CAREWAY_PORT=0.
    println!("careway listening on http://{local}");
    let db = state.db.clone();
    // Connect info gives the client address for throttling and the coarse
    // origin in audit rows.
    axum::serve(
        listener,
        server::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .expect("server");
    db.close().await;
}

/// `server import-practices FILE.json`: imports practices from an Open
/// Referral UK file into the configured database. Prints what it created
/// and updated, or every problem (and changes nothing). Exit code 0 when
/// imported, 1 when the file was refused, 2 for a usage or set-up error.
async fn import_practices(path: Option<&String>) -> i32 {
    let Some(path) = path else {
        eprintln!("usage: cargo run -p server -- import-practices FILE.json");
        return 2;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("careway: cannot read {path}: {e}");
            return 2;
        }
    };
    let config = match Config::from_env(false) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("careway: configuration error: {e}");
            return 2;
        }
    };
    let db = match app::data::Db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("careway: cannot open the database: {e}");
            return 2;
        }
    };
    if let Err(e) = db.migrate().await {
        eprintln!("careway: cannot migrate the database: {e}");
        return 2;
    }
    let code = match app::practices::oruk::import(&db, &text, app::data::unix_now()).await {
        Ok(report) if report.problems.is_empty() => {
            for n in &report.created {
                println!("created: {n}");
            }
            for n in &report.updated {
                println!("updated: {n}");
            }
            println!("imported {} practices ({} new, {} updated)", report.created.len() + report.updated.len(), report.created.len(), report.updated.len());
            0
        }
        Ok(report) => {
            eprintln!("careway: {path} was not imported; nothing was changed. Problems:");
            for p in &report.problems {
                eprintln!("  - {p}");
            }
            1
        }
        Err(e) => {
            eprintln!("careway: the import failed and was rolled back: {e}");
            2
        }
    };
    db.close().await;
    code
}
