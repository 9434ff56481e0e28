//! Shared by the integration tests: the real app on port 0 with a fresh
//! database each, talking HTTP. SQLite always; PostgreSQL when
//! `TEST_DATABASE_URL=postgres://…` is set (each test creates its own
//! database there).
#![allow(dead_code)]

use app::config::Config;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: app::state::AppState,
    pub dir: std::path::PathBuf,
    _dir: TempDir,
}

struct TempDir(std::path::PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{}_{}", std::process::id(), t % 1_000_000_000, n)
}

/// A fresh database URL: a new SQLite file, or a new PostgreSQL database.
async fn fresh_database(dir: &std::path::Path) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(pg) if pg.starts_with("postgres") => {
            use sqlx::Connection;
            let name = format!("careway_t_{}", unique());
            let mut conn = sqlx::PgConnection::connect(&pg)
                .await
                .expect("connect to TEST_DATABASE_URL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            let (head, _) = pg
                .rsplit_once('/')
                .expect("postgres url with a database name");
            format!("{head}/{name}")
        }
        _ => format!("sqlite://{}/careway.db", dir.display()),
    }
}

pub async fn spawn_with(extra: &[(&str, &str)]) -> TestApp {
    let dir = std::env::temp_dir().join(format!("careway-test-{}", unique()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = fresh_database(&dir).await;
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("DATABASE_URL".into(), url);
    vars.insert("CAREWAY_DEMO".into(), "false".into());
    vars.insert(
        "CAREWAY_STORAGE_DIR".into(),
        dir.join("uploads").display().to_string(),
    );
    vars.insert(
        "CAREWAY_OUTBOX_DIR".into(),
        dir.join("outbox").display().to_string(),
    );
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    let config = Config::from_lookup(|k| vars.get(k).cloned(), false).unwrap();
    let state = server::prepare(config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = server::router(state.clone());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap()
    });
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        base: format!("http://{addr}"),
        client,
        state,
        dir: dir.clone(),
        _dir: TempDir(dir),
    }
}

pub async fn spawn() -> TestApp {
    spawn_with(&[]).await
}

pub const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");
pub const SAME_ORIGIN: (&str, &str) = ("sec-fetch-site", "same-origin");

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.get_with(path, &[]).await
    }
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.unwrap()
    }
    /// A POST with exactly these headers, as an attacker or odd client sends it.
    pub async fn post_with(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> reqwest::Response {
        let mut req = self.client.post(format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.body(body.to_string()).send().await.unwrap()
    }
    /// A form POST as a browser sends it from Careway's own page.
    pub async fn post_form(&self, path: &str, body: &str) -> reqwest::Response {
        self.post_with(path, &[FORM, SAME_ORIGIN], body).await
    }
}

pub fn count(h: &str, n: &str) -> usize {
    h.matches(n).count()
}

pub const PASSWORD: &str = "purple tractor lantern";
pub const TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/// One browser: its own cookie jar, no automatic redirects.
pub struct User {
    pub base: String,
    pub client: reqwest::Client,
}

pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl User {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }
    pub async fn get_text(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }
    pub async fn post(&self, path: &str, body: &str) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header(FORM.0, FORM.1)
            .header(SAME_ORIGIN.0, SAME_ORIGIN.1)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
    }
}

/// A multipart/form-data body, as a browser sends a form with file
/// inputs: text fields in order, then files as (field, file name, bytes).
pub fn multipart_body(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----careway-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = vec![];
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    for (field, name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

impl User {
    /// A multipart form POST (see [`multipart_body`]).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> reqwest::Response {
        let (ct, body) = multipart_body(fields, files);
        self.client
            .post(format!("{}{path}", self.base))
            .header("content-type", ct)
            .header(SAME_ORIGIN.0, SAME_ORIGIN.1)
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

pub fn set_cookie_session(res: &reqwest::Response) -> Option<String> {
    server::session_cookie(res.headers().get_all("set-cookie"))
}

pub fn form_body(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded_encode(pairs)
}

fn serde_urlencoded_encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A small world: two practices, a person in each, and one account of every
/// role around person 1, plus staff for practice 2.
pub struct World {
    pub practice_a: i64,
    pub practice_b: i64,
    pub p1: i64,
    pub p2: i64,
    pub person1: i64,
    pub person2: i64,
    pub carer: i64,
    pub worker: i64,
    pub manager: i64,
    pub worker_b: i64,
    /// The carer's consent delegation on person 1.
    pub d_consent: i64,
    /// A legal-basis delegation on person 1 (another carer).
    pub d_legal: i64,
    /// A consent delegation on person 2.
    pub d_other: i64,
}

impl TestApp {
    pub async fn exec(&self, sql: &str) {
        sqlx::query(sql)
            .execute(self.state.db.writer())
            .await
            .unwrap();
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.state.db.reader())
            .await
            .unwrap()
    }

    pub async fn insert_id(&self, sql: &str, binds: &[Option<String>]) -> i64 {
        let mut q = sqlx::query_scalar::<_, i64>(sql);
        for b in binds {
            q = q.bind(b.clone());
        }
        q.fetch_one(self.state.db.writer()).await.unwrap()
    }

    pub async fn account(
        &self,
        email: &str,
        role: &str,
        practice: Option<i64>,
        person: Option<i64>,
        hash: &str,
        totp: bool,
    ) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO account (email, display_name, role, practice_id, person_id, created_at, password_hash, totp_secret) \
             VALUES ($1, $2, $3, $4, $5, 0, $6, $7) RETURNING id",
        )
        .bind(email)
        .bind(format!("{} name", email.split('@').next().unwrap()))
        .bind(role)
        .bind(practice)
        .bind(person)
        .bind(hash)
        .bind(totp.then_some(TOTP_SECRET))
        .fetch_one(self.state.db.writer())
        .await
        .unwrap()
    }

    pub async fn world(&self) -> World {
        let hash = self.state.passwords.hash(PASSWORD.into()).await.unwrap();
        let practice = |n: &str| {
            format!("INSERT INTO practice (name, summary, organisation_type, created_at) VALUES ('{n}', 's', 'mutual', 0) RETURNING id")
        };
        let practice_a = self.insert_id(&practice("A"), &[]).await;
        let practice_b = self.insert_id(&practice("B"), &[]).await;
        let person = |n: &str, p: i64| {
            format!("INSERT INTO person (display_name, practice_id, created_at) VALUES ('{n}', {p}, 0) RETURNING id")
        };
        let p1 = self.insert_id(&person("Person One", practice_a), &[]).await;
        let p2 = self.insert_id(&person("Person Two", practice_b), &[]).await;
        self.exec(&format!("INSERT INTO care_plan (person_id, plan_type, agreed_on, next_review_due, created_at) VALUES ({p1}, 'long_term', '2026-01-01', '2027-01-01', 0)")).await;
        self.exec(&format!("INSERT INTO care_plan (person_id, plan_type, agreed_on, next_review_due, created_at) VALUES ({p2}, 'reablement', '2026-01-01', '2027-01-01', 0)")).await;
        let person1 = self
            .account(
                "person1@example.org",
                "person",
                None,
                Some(p1),
                &hash,
                false,
            )
            .await;
        let person2 = self
            .account(
                "person2@example.org",
                "person",
                None,
                Some(p2),
                &hash,
                false,
            )
            .await;
        let carer = self
            .account("carer@example.org", "carer", None, None, &hash, false)
            .await;
        let carer2 = self
            .account("carer2@example.org", "carer", None, None, &hash, false)
            .await;
        let worker = self
            .account(
                "worker@example.org",
                "social_worker",
                Some(practice_a),
                None,
                &hash,
                true,
            )
            .await;
        let manager = self
            .account(
                "manager@example.org",
                "practice_manager",
                Some(practice_a),
                None,
                &hash,
                true,
            )
            .await;
        let worker_b = self
            .account(
                "workerb@example.org",
                "social_worker",
                Some(practice_b),
                None,
                &hash,
                true,
            )
            .await;
        self.exec(&format!(
            "INSERT INTO caseload (person_id, worker_id, started_at) VALUES ({p1}, {worker}, 0)"
        ))
        .await;
        self.exec(&format!(
            "INSERT INTO caseload (person_id, worker_id, started_at) VALUES ({p2}, {worker_b}, 0)"
        ))
        .await;
        let deleg = |p: i64, c: i64, email: &str, basis: &str, by: i64| {
            format!(
                "INSERT INTO delegation (person_id, carer_account_id, carer_email, carer_name, view_plan, basis, granted_by, starts_at, created_at, updated_at) \
                 VALUES ({p}, {c}, '{email}', 'Carer', 1, '{basis}', {by}, 0, 0, 0) RETURNING id"
            )
        };
        let d_consent = self
            .insert_id(
                &deleg(p1, carer, "carer@example.org", "consent", person1),
                &[],
            )
            .await;
        let d_legal = self
            .insert_id(&deleg(p1, carer2, "carer2@example.org", "lpa", worker), &[])
            .await;
        let d_other = self
            .insert_id(
                &deleg(p2, carer2, "carer2@example.org", "consent", person2),
                &[],
            )
            .await;
        // An agreed plan version for each, so every plan page has content.
        for p in [p1, p2] {
            let plan: i64 = self
                .scalar(&format!("SELECT id FROM care_plan WHERE person_id = {p}"))
                .await;
            let v = self
                .insert_id(&format!("INSERT INTO plan_version (plan_id, status, plan_type, created_at, updated_at) VALUES ({plan}, 'draft', 'long_term', 0, 0) RETURNING id"), &[])
                .await;
            self.exec(&format!("INSERT INTO plan_need (version_id, item_key, position, description, eligible) VALUES ({v}, 'n1', 0, 'A need', 1)")).await;
            self.exec(&format!("UPDATE plan_version SET status = 'agreed', number = 1, agreed_on = '2026-01-01', next_review_due = '2027-01-01' WHERE id = {v}")).await;
        }
        World {
            practice_a,
            practice_b,
            p1,
            p2,
            person1,
            person2,
            carer,
            worker,
            manager,
            worker_b,
            d_consent,
            d_legal,
            d_other,
        }
    }

    pub fn user(&self) -> User {
        User {
            base: self.base.clone(),
            client: new_client(),
        }
    }

    /// Signs in with the shared test password, and the TOTP code for staff.
    pub async fn sign_in(&self, email: &str) -> User {
        let u = self.user();
        self.sign_in_as(&u, email, "/").await;
        u
    }

    pub async fn sign_in_as(&self, u: &User, email: &str, return_to: &str) -> reqwest::Response {
        self.sign_in_with_password(u, email, PASSWORD, return_to)
            .await
    }

    pub async fn sign_in_with_password(
        &self,
        u: &User,
        email: &str,
        password: &str,
        return_to: &str,
    ) -> reqwest::Response {
        let res = u
            .post(
                "/sign-in",
                &form_body(&[
                    ("email", email),
                    ("password", password),
                    ("return", return_to),
                ]),
            )
            .await;
        assert_eq!(res.status(), 303, "sign-in for {email}");
        if location(&res) == "/sign-in/code" {
            // A fresh time step for each staff sign-in (codes are single-use).
            self.state.clock.advance(31);
            let code = app::auth::totp::code_at(TOTP_SECRET, self.state.clock.now());
            let res = u
                .post("/sign-in/code", &form_body(&[("code", &code)]))
                .await;
            assert_eq!(res.status(), 303);
            assert!(
                !location(&res).starts_with("/sign-in"),
                "second step failed for {email}: {}",
                location(&res)
            );
            return res;
        }
        assert!(
            !location(&res).starts_with("/sign-in"),
            "sign-in failed for {email}: {}",
            location(&res)
        );
        res
    }

    /// Emails in the outbox, as text, oldest first.
    pub fn outbox(&self) -> Vec<String> {
        let dir = self.dir.join("outbox");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files
            .iter()
            .filter(|p| p.extension().map(|e| e == "eml").unwrap_or(false))
            .map(|p| decode_quoted_printable(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }

    /// The first link to this site's `path_prefix` in the newest email to `to`.
    pub fn link_in_mail(&self, to: &str, path_prefix: &str) -> Option<String> {
        let needle = format!("{}{path_prefix}", self.state.config.public_url);
        self.outbox()
            .into_iter()
            .rev()
            .filter(|m| m.contains(&format!("To: {to}")))
            .find_map(|m| {
                let at = m.find(&needle)?;
                let rest = &m[at + self.state.config.public_url.len()..];
                Some(rest.split(|c: char| c.is_whitespace()).next()?.to_string())
            })
    }
}

/// Undoes quoted-printable (soft line breaks and =XX bytes), as a mail
/// client would.
pub fn decode_quoted_printable(s: &str) -> String {
    let s = s.replace("=\r\n", "");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
