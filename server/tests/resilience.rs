//! Faults survived, on loopback, each bounded in time: two Careway
//! processes on one database, `kill -9` under load with one-off keys, the
//! database going away and coming back, and storage that will not write.
//!
//! The processes are the real `server` binary (not the in-process router)
//! so that a kill is a real kill. The database test always runs against
//! PostgreSQL, through a small TCP proxy the test can cut; the others run
//! on the engine `TEST_DATABASE_URL` picks, like every other test.

mod common;
use common::*;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_server");
const DEMO_PASSWORD: &str = "careway-demo-2026";

/// One Careway process.
struct Proc {
    child: Child,
    base: String,
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the binary on `port` against `url`, with storage and the outbox
/// in `dir` (shared by every process started on the same `dir`), and waits
/// (at most 60 s) for it to listen.
fn start(url: &str, dir: &std::path::Path, port: u16, demo: bool) -> Proc {
    let mut child = Command::new(BIN)
        .env("DATABASE_URL", url)
        .env("CAREWAY_HOST", "127.0.0.1")
        .env("CAREWAY_PORT", port.to_string())
        .env("CAREWAY_DEMO", if demo { "true" } else { "false" })
        .env("CAREWAY_STORAGE_DIR", dir.join("uploads"))
        .env("CAREWAY_OUTBOX_DIR", dir.join("outbox"))
        .env("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000")
        .env("CAREWAY_SIGNIN_IP_BURST", "1000")
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server binary");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(addr) = line.strip_prefix("careway listening on ") {
                let _ = tx.send(addr.to_string());
            }
        }
    });
    let base = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("Careway listened within 60 s");
    Proc { child, base }
}

fn at(base: &str, client: &reqwest::Client) -> User {
    User {
        base: base.to_string(),
        client: client.clone(),
    }
}

/// Signs in a person or carer (no second step) with `password`.
async fn sign_in(u: &User, email: &str, password: &str) {
    let res = u
        .post(
            "/sign-in",
            &form_body(&[("email", email), ("password", password), ("return", "/")]),
        )
        .await;
    assert_eq!(res.status(), 303, "sign-in for {email}");
    assert!(
        !location(&res).starts_with("/sign-in"),
        "sign-in failed for {email}: {}",
        location(&res)
    );
}

fn key(n: usize) -> String {
    format!("{n:0>64}")
}

async fn start_conversation(u: &User, p: i64, body: &str, idem: &str) -> reqwest::Response {
    u.post_multipart(
        &format!("/people/{p}/messages/new"),
        &[("idem", idem), ("subject", "plan"), ("body", body)],
        &[],
    )
    .await
}

fn conversation_of(location: &str) -> i64 {
    location
        .trim_matches('/')
        .split('/')
        .nth(3)
        .and_then(|c| c.split(['#', '?']).next())
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("not a conversation: {location}"))
}

#[tokio::test]
async fn two_instances_share_sign_in_messages_and_revocation() {
    let app = spawn().await;
    let w = app.world().await;
    app.exec(&format!(
        "UPDATE delegation SET read_messages = 1, message_for = 1 WHERE id = {}",
        w.d_consent
    ))
    .await;
    let url = app.state.config.database_url.clone();
    let a = start(&url, &app.dir, free_port(), false);
    let b = start(&url, &app.dir, free_port(), false);

    // One browser: cookies are per host, not per port, so the cookie set
    // by A is sent to B, as a load balancer in front of both would do.
    let browser = new_client();
    let person_a = at(&a.base, &browser);
    let person_b = at(&b.base, &browser);
    sign_in(&person_a, "person1@example.org", PASSWORD).await;
    let overview = person_b.get(&format!("/people/{}", w.p1)).await;
    assert_eq!(overview.status(), 200, "the sign-in on A is valid on B");
    assert!(overview.text().await.unwrap().contains("Person One"));

    // A message sent on A is read on B (by the carer, signed in on B).
    let res = start_conversation(&person_a, w.p1, "Sent through instance A.", &key(1)).await;
    assert_eq!(res.status(), 303);
    let c = conversation_of(&location(&res));
    let carer = at(&b.base, &new_client());
    sign_in(&carer, "carer@example.org", PASSWORD).await;
    let thread = format!("/people/{}/messages/{c}", w.p1);
    let page = carer.get_text(&thread).await;
    assert!(page.contains("Sent through instance A."), "{page}");

    // Revoked on A: the carer's very next request on B is refused.
    let res = person_a
        .post(&format!("/people/{}/carers/{}/revoke", w.p1, w.d_consent), "")
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(carer.get(&thread).await.status(), 404);
    assert_eq!(carer.get(&format!("/people/{}", w.p1)).await.status(), 404);

    // Signing out on B ends the session on A too.
    let res = person_b.post("/sign-out", "").await;
    assert_eq!(res.status(), 303);
    let after = person_a.get(&format!("/people/{}", w.p1)).await;
    assert_eq!(after.status(), 303, "signed out on B, so A asks to sign in");
    assert!(location(&after).starts_with("/sign-in"));
}

#[tokio::test]
async fn killed_mid_load_every_acknowledged_message_exists_exactly_once() {
    const CLIENTS: usize = 8;
    const EACH: usize = 15;
    let app = spawn().await;
    let w = app.world().await;
    let url = app.state.config.database_url.clone();
    let port = free_port();
    let proc = Arc::new(Mutex::new(Some(start(&url, &app.dir, port, false))));
    let base = proc.lock().unwrap().as_ref().unwrap().base.clone();
    let person = at(&base, &new_client());
    sign_in(&person, "person1@example.org", PASSWORD).await;
    let res = start_conversation(&person, w.p1, "The first message.", &key(1)).await;
    let c = conversation_of(&location(&res));

    let acked = Arc::new(AtomicUsize::new(0));
    let retried = Arc::new(AtomicUsize::new(0));
    let mut clients = vec![];
    for i in 0..CLIENTS {
        let person = at(&base, &person.client);
        let acked = acked.clone();
        let retried = retried.clone();
        let p = w.p1;
        clients.push(tokio::spawn(async move {
            let mut mine = vec![];
            for j in 0..EACH {
                let body = format!("Load message {i}-{j}.");
                let idem = key(1000 + i * 100 + j);
                let deadline = Instant::now() + Duration::from_secs(60);
                loop {
                    assert!(Instant::now() < deadline, "message {i}-{j} was never acknowledged");
                    let (content_type, form) = multipart_body(&[("idem", &idem), ("body", &body)], &[]);
                    let sent = person
                        .client
                        .post(format!("{}/people/{p}/messages/{c}", person.base))
                        .header(SAME_ORIGIN.0, SAME_ORIGIN.1)
                        .header("content-type", content_type)
                        .body(form)
                        .timeout(Duration::from_secs(10))
                        .send()
                        .await;
                    match sent {
                        Ok(r) if r.status() == 303 => {
                            acked.fetch_add(1, Ordering::SeqCst);
                            mine.push(body.clone());
                            break;
                        }
                        Ok(r) => assert!(r.status().is_server_error(), "message {i}-{j}: {}", r.status()),
                        Err(_) => {}
                    }
                    retried.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
            mine
        }));
    }
    // Once a quarter of the messages are acknowledged, kill -9 mid-run,
    // then start again on the same port; the clients retry meanwhile.
    let until = Instant::now() + Duration::from_secs(60);
    while acked.load(Ordering::SeqCst) < CLIENTS * EACH / 4 {
        assert!(Instant::now() < until, "no load reached the server");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    {
        let mut guard = proc.lock().unwrap();
        let mut old = guard.take().unwrap();
        old.child.kill().unwrap(); // SIGKILL
        old.child.wait().unwrap();
    }
    let acked_at_kill = acked.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let again = start(&url, &app.dir, port, false);
    *proc.lock().unwrap() = Some(again);

    let mut all = vec![];
    for c in clients {
        all.extend(c.await.expect("a client finished"));
    }
    assert_eq!(all.len(), CLIENTS * EACH, "every message was acknowledged in the end");
    assert!(acked_at_kill < CLIENTS * EACH, "the kill came mid-run");
    assert!(retried.load(Ordering::SeqCst) > 0, "some sends failed and were retried");
    for body in &all {
        let n = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM message WHERE body = $1")
            .bind(body)
            .fetch_one(app.state.db.reader())
            .await
            .unwrap();
        assert_eq!(n, 1, "{body} is stored exactly once");
    }
    let total = app
        .scalar(&format!("SELECT COUNT(*) FROM message WHERE conversation_id = {c}"))
        .await;
    assert_eq!(total as usize, CLIENTS * EACH + 1, "nothing more, nothing less");
}

/// A TCP proxy to PostgreSQL that can be cut (every connection dropped,
/// new ones refused), as when the database restarts.
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    live: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Proxy {
    async fn start(target: String) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let live: Arc<Mutex<Vec<tokio::task::AbortHandle>>> = Arc::default();
        let (u, l) = (up.clone(), live.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else { break };
                if !u.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                l.lock().unwrap().push(task.abort_handle());
            }
        });
        Proxy { port, up, live }
    }
    fn down(&self) {
        self.up.store(false, Ordering::SeqCst);
        for t in self.live.lock().unwrap().drain(..) {
            t.abort();
        }
    }
    fn up(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// PostgreSQL's address and a fresh database on it (this test needs
/// PostgreSQL whichever engine the other tests use).
async fn fresh_postgres() -> (String, String, String) {
    use sqlx::Connection;
    let admin = std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".into());
    let name = format!(
        "careway_t_restart_{}_{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() % 1_000_000_000
    );
    let mut conn = sqlx::PgConnection::connect(&admin).await.expect("PostgreSQL is up");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.unwrap();
    let rest = admin.split_once("://").unwrap().1;
    let (userhost, _) = rest.split_once('/').unwrap();
    let (user, hostport) = userhost.rsplit_once('@').unwrap();
    (admin.clone(), format!("{user}@{hostport}"), name)
}

// Multi-threaded: the proxy keeps serving while the test waits for the
// process to start.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_database_restart_careway_says_try_again_then_answers_within_5_seconds() {
    let (admin, userhost, name) = fresh_postgres().await;
    let (user, hostport) = userhost.split_once('@').unwrap();
    let proxy = Proxy::start(hostport.to_string()).await;
    let url = format!("postgres://{user}@127.0.0.1:{}/{name}", proxy.port);
    let dir = std::env::temp_dir().join(format!("careway-restart-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    let careway = start(&url, &dir, free_port(), true);
    let alex = at(&careway.base, &new_client());
    sign_in(&alex, "alex@example.org", DEMO_PASSWORD).await;
    let direct = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    let pool = sqlx::postgres::PgPoolOptions::new().max_connections(1).connect(&direct).await.unwrap();
    let alex_id: i64 = sqlx::query_scalar("SELECT person_id FROM account WHERE email = 'alex@example.org'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let plan = format!("/people/{alex_id}/plan");
    assert_eq!(alex.get(&plan).await.status(), 200);

    // Down: every request ends within the pool's acquire timeout (3 s,
    // plus a little), with the friendly page, in the reader's language.
    proxy.down();
    let outage = Instant::now();
    let mut seen_503 = 0;
    while outage.elapsed() < Duration::from_secs(4) {
        let t = Instant::now();
        let res = alex
            .client
            .get(format!("{}{plan}", alex.base))
            .header("accept-language", "cy")
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .expect("Careway answered while the database was away");
        assert!(t.elapsed() < Duration::from_millis(4500), "a request hung for {:?}", t.elapsed());
        let status = res.status();
        let retry = res.headers().get("retry-after").cloned();
        let body = res.text().await.unwrap();
        assert_eq!(status, 503, "{body}");
        assert_eq!(retry.as_ref().map(|v| v.to_str().unwrap()), Some("5"));
        assert!(body.contains("<html lang=\"cy\"") && body.contains("Rhowch gynnig arall arni"), "{body}");
        for leak in ["sqlx", "panicked", "error returned", "Pool", "127.0.0.1"] {
            assert!(!body.contains(leak), "the page shows internal detail ({leak}): {body}");
        }
        seen_503 += 1;
    }
    assert!(seen_503 >= 1);

    // Back: the plan page answers within 5 seconds, and Alex is still
    // signed in.
    proxy.up();
    let back = Instant::now();
    loop {
        let res = alex.get(&plan).await;
        if res.status() == 200 {
            assert!(res.text().await.unwrap().contains("Your plan at a glance"));
            break;
        }
        assert_eq!(res.status(), 503);
        assert!(back.elapsed() < Duration::from_secs(5), "no answer 5 s after the database came back");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(back.elapsed() < Duration::from_secs(5));

    // Every backend terminated (as `pg_ctl restart` does): the next
    // requests reconnect without a visible error for long.
    sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
        .bind(&name)
        .execute(&pool)
        .await
        .unwrap();
    let t = Instant::now();
    loop {
        let res = alex.get(&plan).await;
        if res.status() == 200 {
            break;
        }
        assert_eq!(res.status(), 503);
        assert!(t.elapsed() < Duration::from_secs(5), "no answer 5 s after the backends were terminated");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    drop(careway);
    pool.close().await;
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin).await.unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn).await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn when_storage_cannot_write_the_upload_fails_clearly_the_text_is_kept_and_no_row_dangles() {
    let app = spawn().await;
    let w = app.world().await;
    let person = app.sign_in("person1@example.org").await;
    // Storage breaks: the upload folder becomes a plain file, which no one
    // (not even root) can write a file inside.
    let uploads = app.dir.join("uploads");
    std::fs::remove_dir_all(&uploads).unwrap();
    std::fs::write(&uploads, b"not a folder").unwrap();

    let mut png = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    png.extend(std::iter::repeat_n(7u8, 300));
    let new = format!("/people/{}/messages/new", w.p1);
    let text = "Please see the photo of my new wheelchair <b>ramp</b>.";
    let idem = key(7);
    let fields = [("idem", idem.as_str()), ("subject", "plan"), ("body", text)];
    let files = [("files", "ramp.png", png.as_slice())];
    let send = || person.post_multipart(&new, &fields, &files);
    let res = send().await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), new, "back to the form");
    let page = person.get_text(&new).await;
    assert!(page.contains("cw-error-summary"), "{page}");
    assert!(page.contains("Your file could not be saved just now"), "{page}");
    assert!(
        page.contains("Please see the photo of my new wheelchair &lt;b&gt;ramp&lt;/b&gt;."),
        "the text is kept (and escaped): {page}"
    );
    for table in ["message", "conversation", "pending_upload", "message_attachment"] {
        assert_eq!(
            app.scalar(&format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "no {table} row after the failed upload"
        );
    }

    // Storage mended: the same form (same one-off key) sends once.
    std::fs::remove_file(&uploads).unwrap();
    std::fs::create_dir_all(&uploads).unwrap();
    // The same form again (the same one-off key).
    let res = send().await;
    assert_eq!(res.status(), 303);
    assert!(!location(&res).ends_with("/new"), "sent: {}", location(&res));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message").await, 1);
    let key: String = sqlx::query_scalar("SELECT storage_key FROM message_attachment")
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert!(app.state.storage.get(&key).await.is_ok(), "the attachment's file exists");
}
