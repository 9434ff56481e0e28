//! Careway's benchmark: `./bench.sh` (see README, "Performance and
//! scale"). In one process, on loopback, it serves
//!
//! - **the ceiling**: a bare axum handler returning a static page the size
//!   of the plan page;
//! - **the limit for the work**: a bare axum handler behind the same
//!   session and sign-in layers, doing the plan page's authorisation,
//!   database reads and audit write, and writing the same amount of HTML
//!   with `String` pushes;
//! - **Careway itself** (the production router, unchanged),
//!
//! then drives each with `wrk` and prints requests per second, p50, p99,
//! the ratios to the ceiling and the limit, pass or fail against the
//! targets, and the process's memory. The two bare handlers exist only in
//! this binary, never in Careway's routes.
//!
//! `careway-bench seed-scale` fills a database with the large synthetic
//! dataset (see `app::data::scale`).

use app::auth::{ClientMeta, Viewer};
use app::authz::Action;
use app::config::Config;
use app::state::AppState;
use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Extension, Router,
};
use std::collections::HashMap;
use std::process::Command;
use tower_sessions::{Session, SessionManagerLayer};

const DEMO_PASSWORD: &str = "careway-demo-2026";
const PLAN_RATIO_TARGET: f64 = 0.5;
const P99_TARGET_MS: f64 = 25.0;
/// On the large dataset each page stays within this many times its
/// latency on the demo dataset.
const BASELINE_FACTOR: f64 = 2.0;

struct Args {
    engine: String,
    database_url: Option<String>,
    duration: u64,
    connections: u64,
    seed_scale: bool,
    /// Write the figures here (tab-separated: name, req/s, p50, p99).
    save: Option<String>,
    /// Compare each page's latency with figures saved earlier (the demo
    /// dataset's): at most `BASELINE_FACTOR` times them.
    baseline: Option<String>,
    /// Start everything, print each target's URL and cookie, and keep
    /// serving until killed, for profiling one page by hand.
    hold: bool,
}

fn args() -> Args {
    let mut a = Args {
        engine: "sqlite".into(),
        database_url: None,
        duration: 10,
        connections: 32,
        seed_scale: false,
        save: None,
        baseline: None,
        hold: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "seed-scale" => a.seed_scale = true,
            "--engine" => a.engine = it.next().expect("--engine sqlite|postgres"),
            "--database-url" => a.database_url = it.next(),
            "--duration" => a.duration = it.next().and_then(|d| d.parse().ok()).expect("--duration SECONDS"),
            "--connections" => a.connections = it.next().and_then(|d| d.parse().ok()).expect("--connections N"),
            "--save" => a.save = Some(it.next().expect("--save FILE")),
            "--baseline" => a.baseline = Some(it.next().expect("--baseline FILE")),
            "--hold" => a.hold = true,
            other => {
                eprintln!("careway-bench: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    a
}

fn pg_admin() -> String {
    std::env::var("BENCH_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A fresh database for this run: a SQLite file, or a new PostgreSQL
/// database beside `BENCH_PG_URL`.
async fn fresh_database(engine: &str, dir: &std::path::Path) -> String {
    if engine == "postgres" {
        use sqlx::Connection;
        let admin = pg_admin();
        let name = format!("careway_bench_{}", std::process::id());
        let mut c = sqlx::PgConnection::connect(&admin).await.expect("connect to PostgreSQL");
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut c).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut c).await.unwrap();
        format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
    } else {
        format!("sqlite://{}/careway.db", dir.display())
    }
}

fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .await
            .unwrap()
    });
    format!("http://{addr}")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Signs in through the real sign-in form (and the second step for
/// staff); returns the session cookie.
async fn sign_in(base: &str, email: &str) -> String {
    let c = client();
    let post = |path: &str, body: String| {
        c.post(format!("{base}{path}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body)
            .send()
    };
    let res = post("/sign-in", format!("email={}&password={DEMO_PASSWORD}&return=%2F", email.replace('@', "%40")))
        .await
        .unwrap();
    let mut cookie = session_cookie(&res).expect("a session cookie");
    if res.headers().get("location").is_some_and(|l| l == "/sign-in/code") {
        let code = app::auth::totp::code_at(app::data::seed::DEMO_TOTP_SECRET, app::data::unix_now());
        let res = post("/sign-in/code", format!("code={code}")).await.unwrap();
        assert_eq!(res.status(), 303, "second step for {email}");
        if let Some(c) = session_cookie(&res) {
            cookie = c;
        }
    }
    cookie
}

fn session_cookie(res: &reqwest::Response) -> Option<String> {
    server::session_cookie(res.headers().get_all("set-cookie"))
}

/// The limit for the work: the plan page's authorisation, reads and audit
/// write, behind the same session and sign-in layers, and HTML written
/// with `String` pushes, padded to the real page's size.
async fn limit_plan(
    State((state, size)): State<(AppState, usize)>,
    Path(person): Path<i64>,
    Extension(viewer): Extension<Option<Viewer>>,
    Extension(meta): Extension<ClientMeta>,
    session: Session,
) -> Response {
    let Some(v) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let work = async {
        let access = state.authorise(&v, person, Action::ViewPlan).await?;
        let version = app::plan::current_agreed(&state.db, person).await?;
        let progress = match &version {
            Some(p) if p.is_reablement() => app::plan::goal_progress(&state.db, p.plan_id).await?,
            _ => vec![],
        };
        state
            .audit(&v, &access, "viewed_plan", "plan_version", version.as_ref().map(|p| p.id.to_string()), &meta)
            .await?;
        let _ = app::forms::take_notice(&session).await;
        let bsl = app::bsl::exists(&state.db, "plan").await?;
        let bsl_first = app::needs::viewer_prefers_bsl(Some(&v));
        Ok::<_, app::error::AppError>((access, version, progress, bsl, bsl_first))
    };
    let (access, version, progress, bsl, bsl_first) = match work.await {
        Ok(w) => w,
        Err(e) => return e.into_response(),
    };
    let esc = |s: &str, out: &mut String| {
        for c in s.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
    };
    let mut h = String::with_capacity(size + 256);
    h.push_str("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Your plan at a glance</title>");
    h.push_str("<link rel=\"stylesheet\" href=\"");
    h.push_str(&app::assets::css_href());
    h.push_str("\"></head><body><main id=\"main-content\"><h1>");
    esc(&access.person_name, &mut h);
    h.push_str("</h1>");
    if bsl || bsl_first {
        h.push_str("<p><a href=\"/bsl/plan\">BSL</a></p>");
    }
    if let Some(p) = &version {
        h.push_str("<h2>What matters to you</h2><p>");
        esc(&p.what_matters, &mut h);
        h.push_str("</p><dl>");
        for o in &p.outcomes {
            h.push_str("<dt>");
            esc(&o.author_name, &mut h);
            h.push_str("</dt><dd>");
            esc(&o.text, &mut h);
            h.push_str("</dd>");
        }
        for n in &p.needs {
            h.push_str("<dt>Need</dt><dd>");
            esc(&n.description, &mut h);
            h.push_str("</dd>");
        }
        for s in &p.support {
            h.push_str("<dt>");
            esc(&s.what, &mut h);
            h.push_str("</dt><dd>");
            esc(&s.provider, &mut h);
            h.push_str(", ");
            esc(&s.how_often, &mut h);
            h.push_str("</dd>");
        }
        h.push_str("</dl><p>");
        esc(&p.advice, &mut h);
        h.push_str("</p><p>");
        esc(&p.contingency, &mut h);
        h.push_str("</p>");
    }
    for (k, p, _, _) in &progress {
        h.push_str("<p>");
        esc(k, &mut h);
        h.push(' ');
        esc(p, &mut h);
        h.push_str("</p>");
    }
    h.push_str("</main>");
    while h.len() + 14 < size {
        h.push_str("<p>&nbsp;</p>");
    }
    h.push_str("</body></html>");
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        h,
    )
        .into_response()
}

struct Measured {
    rps: f64,
    p50: f64,
    p99: f64,
    errors: u64,
}

fn ms(s: &str) -> f64 {
    let (n, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len()));
    let n: f64 = n.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1000.0,
        "ms" => n,
        "s" => n * 1000.0,
        _ => f64::NAN,
    }
}

fn parse_wrk(out: &str) -> Measured {
    let mut m = Measured { rps: 0.0, p50: f64::NAN, p99: f64::NAN, errors: 0 };
    for line in out.lines() {
        let t: Vec<&str> = line.split_whitespace().collect();
        match t.as_slice() {
            ["50%", v] => m.p50 = ms(v),
            ["99%", v] => m.p99 = ms(v),
            ["Requests/sec:", v] => m.rps = v.parse().unwrap_or(0.0),
            ["Non-2xx", "or", "3xx", "responses:", n] => m.errors += n.parse::<u64>().unwrap_or(0),
            ["Socket", "errors:", rest @ ..] => {
                m.errors += rest
                    .iter()
                    .filter_map(|x| x.trim_end_matches(',').parse::<u64>().ok())
                    .sum::<u64>()
            }
            _ => {}
        }
    }
    m
}

fn wrk(url: &str, cookie: Option<&str>, duration: u64, connections: u64) -> Measured {
    let mut cmd = Command::new("wrk");
    cmd.args(["-t2", &format!("-c{connections}"), &format!("-d{duration}s"), "--latency", "--timeout", "5s"]);
    if let Some(c) = cookie {
        cmd.args(["-H", &format!("Cookie: {c}")]);
    }
    let out = cmd.arg(url).output().expect("run wrk (./bench.sh installs it)");
    let text = String::from_utf8_lossy(&out.stdout);
    parse_wrk(&text)
}

#[tokio::main]
async fn main() {
    // Quiet unless asked (RUST_LOG=sqlx::query=debug lists each page's statements).
    if let Ok(filter) = tracing_subscriber::EnvFilter::try_from_default_env() {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    let a = args();
    let dir = std::env::temp_dir().join(format!("careway-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = a.database_url.is_none();
    let url = match &a.database_url {
        Some(u) => u.clone(),
        None => fresh_database(&a.engine, &dir).await,
    };
    let mut vars: HashMap<&str, String> = HashMap::new();
    vars.insert("DATABASE_URL", url.clone());
    vars.insert("CAREWAY_DEMO", "true".into());
    vars.insert("CAREWAY_STORAGE_DIR", dir.join("uploads").display().to_string());
    vars.insert("CAREWAY_OUTBOX_DIR", dir.join("outbox").display().to_string());
    vars.insert("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000".into());
    vars.insert("CAREWAY_SIGNIN_IP_BURST", "1000".into());
    let config = Config::from_lookup(|k| vars.get(k).cloned(), true).expect("configuration");
    let state = server::prepare(config).await.expect("prepare the database");
    if a.seed_scale {
        let t = std::time::Instant::now();
        app::data::scale::seed(&state.db, |msg| eprintln!("seed-scale: {msg}")).await.expect("seed the large dataset");
        println!("seeded the large dataset into {url} in {:.0} s", t.elapsed().as_secs_f64());
        return;
    }
    app::data::scale::caseload_of_40(&state.db).await.expect("give Priya 40 people");

    let careway = serve(server::router(state.clone())).await;
    let alex = sign_in(&careway, "alex@example.org").await;
    let priya = sign_in(&careway, "priya@example.org").await;
    let alex_person: i64 = sqlx::query_scalar("SELECT person_id FROM account WHERE email = 'alex@example.org'")
        .fetch_one(state.db.reader())
        .await
        .unwrap();
    let c = reqwest::Client::new();
    let plan_path = format!("/people/{alex_person}/plan");
    let plan_page = c
        .get(format!("{careway}{plan_path}"))
        .header("cookie", &alex)
        .send()
        .await
        .unwrap();
    assert_eq!(plan_page.status(), 200, "the plan page answers");
    let plan_html = plan_page.bytes().await.unwrap();
    let size = plan_html.len();

    let ceiling = {
        let body = plan_html.clone();
        serve(Router::new().route(
            "/",
            get(move || {
                let body = body.clone();
                async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body) }
            }),
        ))
        .await
    };
    let limit = serve(
        Router::new()
            .route("/plan/{id}", get(limit_plan))
            .layer(axum::middleware::from_fn_with_state(state.clone(), app::auth::authenticate))
            .layer(
                SessionManagerLayer::new(app::data::session_store::DbSessionStore::new(state.db.clone()))
                    .with_name("careway_session")
                    .with_secure(false)
                    .with_same_site(tower_sessions::cookie::SameSite::Strict),
            )
            .with_state((state.clone(), size)),
    )
    .await;
    let limit_len = c
        .get(format!("{limit}/plan/{alex_person}"))
        .header("cookie", &alex)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .len();

    let targets: Vec<(&str, String, Option<&str>)> = vec![
        ("ceiling (static page, plan size)", format!("{ceiling}/"), None),
        ("limit for the work (plan, hand-written)", format!("{limit}/plan/{alex_person}"), Some(alex.as_str())),
        ("home page, signed out", format!("{careway}/"), None),
        ("your plan at a glance (person)", format!("{careway}{plan_path}"), Some(alex.as_str())),
        ("inbox, 40 people on the caseload", format!("{careway}/messages"), Some(priya.as_str())),
        (
            "practice search with filters",
            format!("{careway}/practices?council=1&group=deaf&language=bfi&only=bsl&only=accepting&sort=wait"),
            None,
        ),
    ];
    for (_, u, cookie) in &targets {
        let mut r = c.get(u);
        if let Some(k) = cookie {
            r = r.header("cookie", *k);
        }
        let res = r.send().await.unwrap();
        assert_eq!(res.status(), 200, "{u} answers 200 before the run");
    }
    if a.hold {
        for (name, u, cookie) in &targets {
            println!("{name}\t{u}\t{}", cookie.unwrap_or(""));
        }
        println!("serving until killed (--hold)");
        std::future::pending::<()>().await;
    }
    let (idle, _) = rss_kib();
    let engine = if url.starts_with("sqlite") { "SQLite" } else { "PostgreSQL" };
    println!(
        "Careway benchmark: {engine}, wrk -t2 -c{} -d{}s on loopback, plan page {size} bytes (limit handler {limit_len})",
        a.connections, a.duration
    );
    println!("{}", machine());
    let mut results = vec![];
    for (name, u, cookie) in &targets {
        let m = wrk(u, *cookie, a.duration, a.connections);
        results.push((*name, m));
    }
    let (_, peak) = rss_kib();
    // VmHWM is kept lazily by the kernel and can trail VmRSS slightly.
    let peak = peak.max(idle);
    let ceiling_rps = results[0].1.rps;
    let limit_rps = results[1].1.rps;
    println!();
    println!("| what | req/s | p50 ms | p99 ms | of ceiling | of limit | errors |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, m) in &results {
        println!(
            "| {name} | {:.0} | {:.2} | {:.2} | {:.0} % | {:.0} % | {} |",
            m.rps,
            m.p50,
            m.p99,
            100.0 * m.rps / ceiling_rps,
            100.0 * m.rps / limit_rps,
            m.errors
        );
    }
    println!();
    println!("memory: {:.1} MiB resident at idle, {:.1} MiB at most under load", idle as f64 / 1024.0, peak as f64 / 1024.0);
    let plan = &results[3].1;
    let mut ok = true;
    let ratio = plan.rps / limit_rps;
    let pass = ratio >= PLAN_RATIO_TARGET;
    ok &= pass;
    println!(
        "target: plan page at least {:.0} % of the limit for the work: {:.0} % {}",
        PLAN_RATIO_TARGET * 100.0,
        ratio * 100.0,
        if pass { "PASS" } else { "FAIL" }
    );
    for (name, m) in &results[2..] {
        let pass = m.p99 <= P99_TARGET_MS && m.errors == 0;
        ok &= pass;
        println!(
            "target: p99 at most {P99_TARGET_MS} ms at {} connections, {name}: {:.2} ms{} {}",
            a.connections,
            m.p99,
            if m.errors > 0 { format!(", {} errors", m.errors) } else { String::new() },
            if pass { "PASS" } else { "FAIL" }
        );
    }
    if let Some(path) = &a.save {
        let text: String = results
            .iter()
            .map(|(name, m)| format!("{name}\t{:.1}\t{:.3}\t{:.3}\n", m.rps, m.p50, m.p99))
            .collect();
        std::fs::write(path, text).expect("write --save");
    }
    if let Some(path) = &a.baseline {
        let text = std::fs::read_to_string(path).expect("read --baseline");
        let before: HashMap<&str, (f64, f64)> = text
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((*f.first()?, (f.get(2)?.parse().ok()?, f.get(3)?.parse().ok()?)))
            })
            .collect();
        for (name, m) in &results[2..] {
            let Some((p50, p99)) = before.get(name) else {
                println!("target: {name} has no figure in {path} FAIL");
                ok = false;
                continue;
            };
            let pass = m.p50 <= BASELINE_FACTOR * p50 && m.p99 <= BASELINE_FACTOR * p99;
            ok &= pass;
            println!(
                "target: {name} within {BASELINE_FACTOR}x its demo latency: p50 {:.2} ms against {p50:.2} ({:.2}x), p99 {:.2} ms against {p99:.2} ({:.2}x) {}",
                m.p50,
                m.p50 / p50,
                m.p99,
                m.p99 / p99,
                if pass { "PASS" } else { "FAIL" }
            );
        }
    }
    if fresh && engine == "PostgreSQL" {
        state.db.close().await;
        use sqlx::Connection;
        if let Ok(mut c) = sqlx::PgConnection::connect(&pg_admin()).await {
            let name = url.rsplit('/').next().unwrap();
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut c).await;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::process::exit(if ok { 0 } else { 1 });
}

/// The hardware the figures came from.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| m.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|k| k.parse::<u64>().ok()))
        .map(|k| format!("{:.0} GiB", k as f64 / 1024.0 / 1024.0))
        .unwrap_or_default();
    format!("machine: {cpu}, {cores} cores, {mem}")
}
