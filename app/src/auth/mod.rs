//! Who is this? Sign-in state, the signed-in [`Viewer`], and the
//! middleware that works it out once per request.
//!
//! A signed-in session is two things: the tower-sessions record (cookie
//! `careway_session`, or `__Host-careway_session` over TLS; HttpOnly,
//! SameSite=Strict) holding an [`AuthSession`], and an `account_session`
//! row with the same key, which carries the timeouts and lets people list
//! and end their sessions. The middleware checks both on every request
//! against [`crate::clock::Clock`]: 30 minutes idle or 12 hours in all
//! ends the session (ASVS 5.0 V7.3.1, V7.3.2).

pub mod password;
pub mod throttle;
pub mod tokens;
pub mod totp;

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::{request::Parts, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::net::{IpAddr, SocketAddr};
use tower_sessions::Session;

pub const IDLE_LIMIT: i64 = 30 * 60;
pub const ABSOLUTE_LIMIT: i64 = 12 * 60 * 60;
/// Pending second-step sign-ins expire after this long.
pub const PENDING_LIMIT: i64 = 5 * 60;

const AUTH_KEY: &str = "careway.auth";
const PENDING_KEY: &str = "careway.pending";
const ENDED_KEY: &str = "careway.ended";
const KEPT_KEY: &str = "careway.kept";
/// The account whose session ended here (kept input is only ever given
/// back to that account).
const ENDED_ACCOUNT_KEY: &str = "careway.ended_account";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Person,
    Carer,
    SocialWorker,
    PracticeManager,
    /// The council's commissioning officer: handles complaints sent to the
    /// council instead of the practice. No access to anyone's record.
    Commissioner,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Person,
        Role::Carer,
        Role::SocialWorker,
        Role::PracticeManager,
        Role::Commissioner,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Person => "person",
            Role::Carer => "carer",
            Role::SocialWorker => "social_worker",
            Role::PracticeManager => "practice_manager",
            Role::Commissioner => "commissioner",
        }
    }

    pub fn from_code(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == s)
    }

    pub fn is_staff(self) -> bool {
        matches!(self, Role::SocialWorker | Role::PracticeManager)
    }

    /// The Fluent id of the role's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Person => "role-person",
            Role::Carer => "role-carer",
            Role::SocialWorker => "role-social-worker",
            Role::PracticeManager => "role-practice-manager",
            Role::Commissioner => "role-commissioner",
        }
    }
}

/// What the session record holds once someone has signed in.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct AuthSession {
    pub key: String,
    pub account_id: i64,
    pub acting_for: Option<i64>,
}

/// A password accepted, waiting for the second step.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingSignIn {
    pub account_id: i64,
    pub started_at: i64,
    pub return_to: String,
}

/// The signed-in account for this request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub account_id: i64,
    pub session_key: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub practice_id: Option<i64>,
    /// For a commissioner: their council.
    pub council_id: Option<i64>,
    /// For a person's own account: their person record.
    pub person_id: Option<i64>,
    /// For a carer: the person they are acting for, and that person's name.
    pub acting_for: Option<(i64, String)>,
    pub two_step: bool,
    /// For a person's own account: their communication needs ask for BSL
    /// video, so key pages offer their BSL version first. Read with the
    /// session on every request, so a change applies on the next page.
    pub prefers_bsl: bool,
    /// For a person's own account: their record's name and practice, read
    /// with the session, so deciding on their own record needs no read.
    pub own_record: Option<(String, Option<i64>)>,
}

impl Viewer {
    /// Staff must set up two-step sign-in before anything else.
    pub fn needs_two_step_setup(&self) -> bool {
        (self.role.is_staff() || self.role == Role::Commissioner) && !self.two_step
    }

    /// Where this viewer starts: their own record, the people they act
    /// for, or their caseload.
    pub fn home_path(&self) -> String {
        match self.role {
            Role::Person => self
                .person_id
                .map(|p| format!("/people/{p}"))
                .unwrap_or_else(|| "/account".into()),
            Role::Carer => match &self.acting_for {
                Some((p, _)) => format!("/people/{p}"),
                None => "/acting-for".into(),
            },
            Role::SocialWorker | Role::PracticeManager => "/caseload".into(),
            Role::Commissioner => "/complaints".into(),
        }
    }
}

/// Facts about the client for audit rows and the sessions page: a coarse
/// network (never the full address) and a short device description.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientMeta {
    pub ip: String,
    pub origin: String,
    pub device: String,
}

/// An IPv4 address to its /24, an IPv6 address to its /48.
pub fn coarse_origin(ip: Option<IpAddr>) -> String {
    match ip {
        Some(IpAddr::V4(v4)) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        Some(IpAddr::V6(v6)) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return coarse_origin(Some(IpAddr::V4(v4)));
            }
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
        None => "unknown".into(),
    }
}

/// A short, stable description of the browser from its User-Agent: enough
/// to recognise "my phone" on the sessions page, no more.
pub fn device_of(user_agent: Option<&str>) -> String {
    let ua = user_agent.unwrap_or("");
    let browser = if ua.contains("Edg/") {
        "Edge"
    } else if ua.contains("Firefox/") {
        "Firefox"
    } else if ua.contains("Chrome/") || ua.contains("Chromium/") {
        "Chrome"
    } else if ua.contains("Safari/") {
        "Safari"
    } else {
        "Other browser"
    };
    let os = if ua.contains("Android") {
        "Android"
    } else if ua.contains("iPhone") || ua.contains("iPad") {
        "iOS"
    } else if ua.contains("Windows") {
        "Windows"
    } else if ua.contains("Mac OS") {
        "macOS"
    } else if ua.contains("Linux") {
        "Linux"
    } else {
        "unknown system"
    };
    format!("{browser}, {os}")
}

/// Why a session ended, for the sign-in page's explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ended {
    Idle,
    Absolute,
    Elsewhere,
}

/// What the person typed into a form when their session had ended: kept,
/// and offered back on that page after they sign in again.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct KeptInput {
    pub path: String,
    pub account_id: Option<i64>,
    pub values: std::collections::BTreeMap<String, String>,
}

/// Paths that need a signed-in account. Everything else is public (the
/// practice directory too, but not leaving a review).
pub fn requires_sign_in(path: &str) -> bool {
    if path.starts_with("/practices/") && path.ends_with("/review") {
        return true;
    }
    [
        "/account",
        "/people",
        "/caseload",
        "/practice/",
        "/acting-for",
        "/messages",
        "/complaints",
    ]
    .iter()
    .any(|p| {
        path == p.trim_end_matches('/')
            || path.starts_with(&format!("{}/", p.trim_end_matches('/')))
    })
}

/// Paths a staff member without two-step sign-in may still use.
fn allowed_before_two_step(path: &str) -> bool {
    path.starts_with("/account/two-step") || path == "/sign-out"
}

/// Reads the signed-in state for this request and puts `Option<Viewer>`
/// and [`ClientMeta`] into the request's extensions. Protected paths
/// without a viewer are sent to sign in (a form's input is kept); staff
/// without two-step sign-in are sent to set it up.
pub async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let meta = ClientMeta {
        ip: ip
            .map(|i| i.to_string())
            .unwrap_or_else(|| "unknown".into()),
        origin: coarse_origin(ip),
        device: device_of(
            req.headers()
                .get(axum::http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok()),
        ),
    };
    req.extensions_mut().insert(meta);
    let Some(session) = req.extensions().get::<Session>().cloned() else {
        req.extensions_mut().insert(None::<Viewer>);
        return next.run(req).await;
    };
    let path = req.uri().path().to_string();
    // Pages show the unread count in their navigation; it is read with the
    // session (leaving out a conversation this request opens, since opening
    // it marks it read).
    let counting = req.method() == Method::GET && !path.starts_with("/assets/") && !path.contains("/files/");
    // The staff inbox counts after the session is read: a social worker's
    // count there comes with the people they cover, which the list reuses
    // (see `nav_counts`).
    let inbox_view = counting && path == "/messages";
    let unread_ask = (counting && !inbox_view).then(|| opened_conversation(&path));
    let read = match current_viewer(&state, &session, unread_ask).await {
        // A count that fails in itself (not an unreachable database) costs
        // only the count, as when it was a statement of its own: the page
        // is shown without it.
        Err(crate::error::AppError::Internal(e)) if unread_ask.is_some() => {
            tracing::warn!(error = %e, "could not count unread messages; reading the session without the count");
            current_viewer(&state, &session, None).await
        }
        read => read,
    };
    let (viewer, unread) = match read {
        Ok(Some((v, unread))) => (Some(v), unread),
        Ok(None) => (None, None),
        Err(e) => {
            tracing::error!(error = ?e, "could not read the signed-in state");
            // The server's `friendly_errors` layer gives the whole page.
            return e.into_response();
        }
    };
    if requires_sign_in(&path) {
        match &viewer {
            None => {
                if req.method() == Method::POST {
                    return keep_and_sign_in(&session, req, &path).await;
                }
                let back = req
                    .uri()
                    .path_and_query()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or(path);
                return crate::forms::see_other(&format!(
                    "/sign-in?return={}",
                    crate::layout::urlencode(&back)
                ));
            }
            Some(v) if v.needs_two_step_setup() && !allowed_before_two_step(&path) => {
                return crate::forms::see_other("/account/two-step");
            }
            _ => {}
        }
    }
    let (counts, covered) = match &viewer {
        Some(v) if counting => nav_counts(&state, v, unread_ask.flatten(), unread, inbox_view).await,
        _ => (crate::layout::NavCounts::default(), None),
    };
    if let Some(covered) = covered {
        req.extensions_mut().insert(covered);
    }
    req.extensions_mut().insert(counts);
    req.extensions_mut().insert(viewer);
    next.run(req).await
}

/// The navigation's unread messages count for this viewer: only where
/// they may read messages at all (the same authorisation decision as the
/// pages). A person's own count and a member of staff's came with the
/// session (`read`); a carer's needs the decision on the person they act
/// for first. `opening` is the conversation this request opens, left out.
///
/// On the staff inbox (`inbox_view`) the session came without the count:
/// a social worker's is read here with the people they cover, which the
/// inbox's list then uses instead of working them out again; anyone
/// else's is read here on its own, with the session's own count.
async fn nav_counts(
    state: &AppState,
    v: &Viewer,
    opening: Option<i64>,
    read: Option<i64>,
    inbox_view: bool,
) -> (crate::layout::NavCounts, Option<crate::messages::inbox::CoveredPeople>) {
    let (read, covered) = if inbox_view {
        let today = state.clock.today();
        let counted = match (v.role, v.practice_id) {
            (Role::SocialWorker, Some(practice)) => {
                crate::messages::inbox::covered(&state.db, v.account_id, practice, &today, opening)
                    .await
                    .map(|(n, people)| (Some(n), Some(people)))
            }
            // A carer's count needs the decision on the person they act
            // for (below); the staff inbox is not theirs in any case.
            (Role::Carer, _) => Ok((None, None)),
            _ => unread_alone(state, v.account_id, opening, &today).await.map(|n| (n, None)),
        };
        counted.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "could not count unread messages");
            (None, None)
        })
    } else {
        (read, None)
    };
    (nav_messages(state, v, opening, read).await, covered)
}

/// The session's unread count (see
/// [`crate::messages::inbox::unread_for_session`]) read on its own.
async fn unread_alone(state: &AppState, account: i64, except: Option<i64>, today: &str) -> Result<Option<i64>, sqlx::Error> {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        format!(
            "SELECT {} AS unread FROM account a WHERE a.id = $1",
            crate::messages::inbox::unread_for_session("$1", "$2", "$3")
        )
    });
    sqlx::query_scalar::<_, Option<i64>>(sql)
        .bind(account)
        .bind(except.unwrap_or(0))
        .bind(today)
        .fetch_optional(state.db.reader())
        .await
        .map(Option::flatten)
}

/// The navigation's count of messages, given what was `read` for a person
/// or a member of staff.
async fn nav_messages(state: &AppState, v: &Viewer, opening: Option<i64>, read: Option<i64>) -> crate::layout::NavCounts {
    let messages = match (v.role, v.person_id, v.acting_for.as_ref().map(|a| a.0)) {
        // A person's own record: the same decision, which needs no read
        // (their account points at their record).
        (Role::Person, Some(_), _)
            if crate::authz::decide(
                Role::Person,
                Some(&crate::authz::Relationship::Own),
                crate::authz::Action::ReadMessages,
            ) == crate::authz::Decision::Allow =>
        {
            read
        }
        (Role::SocialWorker | Role::PracticeManager, _, _) => Some(read.unwrap_or(0)),
        (Role::Carer, _, Some(p)) => {
            if state.authorise(v, p, crate::authz::Action::ReadMessages).await.is_err() {
                return crate::layout::NavCounts::default();
            }
            match crate::messages::inbox::unread_count(&state.db, v.account_id, p, opening).await {
                Ok(n) => Some(n),
                Err(e) => {
                    tracing::warn!(error = %e, "could not count unread messages");
                    None
                }
            }
        }
        _ => None,
    };
    crate::layout::NavCounts { messages }
}

/// The conversation a page opens (`/people/{p}/messages/{cid}`), if any.
fn opened_conversation(path: &str) -> Option<i64> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["people", _, "messages", cid] => cid.parse::<i64>().ok(),
        _ => None,
    }
}

/// Fields never kept: secrets.
fn is_secret_field(name: &str) -> bool {
    name.contains("password") || name == "code" || name.starts_with("token")
}

async fn keep_and_sign_in(session: &Session, req: Request, path: &str) -> Response {
    let multipart = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let pairs = if multipart {
        multipart_text_fields(req).await
    } else {
        let body = axum::body::to_bytes(req.into_body(), 64 * 1024)
            .await
            .unwrap_or_default();
        form_urlencoded_pairs(&body)
    };
    let mut values = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        if !is_secret_field(&k) {
            values
                .entry(k)
                .and_modify(|old: &mut String| {
                    old.push(',');
                    old.push_str(&v);
                })
                .or_insert(v);
        }
    }
    let account_id = session.get::<i64>(ENDED_ACCOUNT_KEY).await.ok().flatten();
    let kept = KeptInput {
        path: path.to_string(),
        account_id,
        values,
    };
    if let Err(e) = session.insert(KEPT_KEY, kept).await {
        tracing::error!(error = %e, "could not keep form input");
    }
    // The form's page is where they come back to (the POST path's page).
    crate::forms::see_other(&format!(
        "/sign-in?return={}",
        crate::layout::urlencode(path)
    ))
}

/// The text fields of a multipart form (a message with files), in order.
/// Files are skipped, never kept; reading stops at the general body
/// limit, and text fields come before the files in every Careway form.
async fn multipart_text_fields(req: Request) -> Vec<(String, String)> {
    use axum::extract::FromRequest;
    let mut out = vec![];
    let Ok(mut m) = axum::extract::Multipart::from_request(req, &()).await else {
        return out;
    };
    while let Ok(Some(field)) = m.next_field().await {
        if field.file_name().is_some() {
            continue;
        }
        let name = field.name().unwrap_or_default().to_string();
        match field.text().await {
            Ok(text) if out.len() < 100 => out.push((name, text.chars().take(20_000).collect())),
            _ => break,
        }
    }
    out
}

fn form_urlencoded_pairs(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(body).unwrap_or_default()
}

/// Takes what was kept for `path` when a session ended mid-form, if it
/// was typed by this same account (never by whoever used the browser last).
pub async fn take_kept(
    session: &Session,
    path: &str,
    account_id: Option<i64>,
) -> Option<KeptInput> {
    let kept: Option<KeptInput> = session.get(KEPT_KEY).await.ok().flatten();
    match kept {
        Some(k) if k.path == path && k.account_id.is_some() && k.account_id == account_id => {
            let _ = session.remove::<KeptInput>(KEPT_KEY).await;
            Some(k)
        }
        _ => None,
    }
}

/// Whether input is waiting for this path (the sign-in page says so).
pub async fn has_kept(session: &Session) -> bool {
    matches!(session.get::<KeptInput>(KEPT_KEY).await, Ok(Some(_)))
}

/// Why the last session ended, once.
pub async fn take_ended(session: &Session) -> Option<Ended> {
    crate::forms::take_once::<Ended>(session, ENDED_KEY).await.ok().flatten()
}

/// The signed-in viewer, read in one statement with the session's row:
/// the account, a person's own record and communication needs, and, when
/// `unread` is `Some(except)`, the navigation's unread count (see
/// [`crate::messages::inbox::unread_for_session`]).
async fn current_viewer(
    state: &AppState,
    session: &Session,
    unread: Option<Option<i64>>,
) -> Result<Option<(Viewer, Option<i64>)>, crate::error::AppError> {
    let auth = match session.get::<AuthSession>(AUTH_KEY).await {
        Ok(Some(a)) => a,
        // The session store (the database) did not answer: say "try
        // again", never "sign in" (the session is still there).
        Err(tower_sessions::session::Error::Store(e)) => return Err(crate::error::AppError::Unavailable(e.to_string())),
        _ => return Ok(None),
    };
    let now = state.clock.now();
    let mut query = sqlx::query(viewer_sql(unread.is_some()))
        .bind(&auth.key)
        .bind(auth.account_id);
    if let Some(except) = unread {
        query = query.bind(except.unwrap_or(0)).bind(state.clock.today());
    }
    let row = query.fetch_optional(state.db.reader()).await?;
    let Some(row) = row else {
        end_here(session, Ended::Elsewhere, auth.account_id).await;
        return Ok(None);
    };
    let created: i64 = row.try_get("created_at")?;
    let last_seen: i64 = row.try_get("last_seen_at")?;
    let ended: Option<i64> = row.try_get("ended_at")?;
    let why = if ended.is_some() {
        Some((Ended::Elsewhere, None))
    } else if now - created >= ABSOLUTE_LIMIT {
        Some((Ended::Absolute, Some("absolute")))
    } else if now - last_seen >= IDLE_LIMIT {
        Some((Ended::Idle, Some("idle")))
    } else {
        None
    };
    if let Some((why, reason)) = why {
        if let Some(reason) = reason {
            sqlx::query("UPDATE account_session SET ended_at = $1, end_reason = $2 WHERE id = $3 AND ended_at IS NULL")
                .bind(now)
                .bind(reason)
                .bind(&auth.key)
                .execute(state.db.writer())
                .await?;
        }
        end_here(session, why, auth.account_id).await;
        return Ok(None);
    }
    // Record activity, at most once a minute (one small write).
    if now - last_seen >= 60 {
        sqlx::query("UPDATE account_session SET last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&auth.key)
            .execute(state.db.writer())
            .await?;
    }
    let role = Role::from_code(&row.try_get::<String, _>("role")?).unwrap_or(Role::Person);
    let acting_for = match (role, auth.acting_for) {
        (Role::Carer, Some(pid)) => {
            sqlx::query_scalar::<_, String>("SELECT display_name FROM person WHERE id = $1")
                .bind(pid)
                .fetch_optional(state.db.reader())
                .await?
                .map(|name| (pid, name))
        }
        _ => None,
    };
    let own_record = match row.try_get::<Option<String>, _>("own_name")? {
        Some(name) if role == Role::Person => Some((name, row.try_get::<Option<i64>, _>("own_practice_id")?)),
        _ => None,
    };
    let unread: Option<i64> = row.try_get("unread")?;
    Ok(Some((Viewer {
        account_id: auth.account_id,
        session_key: auth.key,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        role,
        practice_id: row.try_get("practice_id")?,
        council_id: row.try_get("council_id")?,
        person_id: row.try_get("person_id")?,
        acting_for,
        two_step: row.try_get::<Option<String>, _>("totp_secret")?.is_some(),
        prefers_bsl: role == Role::Person
            && crate::needs::formats_prefer_bsl(row.try_get::<Option<String>, _>("need_formats")?.as_deref().unwrap_or("")),
        own_record,
    }, unread)))
}

/// The statement [`current_viewer`] runs, with the navigation's unread
/// count when `counting` (binds: $1 the session key, $2 the account, and
/// when counting $3 a conversation left out of the count or 0, $4 today).
/// Without the count it names no message table at all, so a count that
/// cannot be worked out never stops the session being read. Built once.
pub fn viewer_sql(counting: bool) -> &'static str {
    static WITH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static WITHOUT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let build = |unread: String| {
        format!(
            "SELECT s.created_at, s.last_seen_at, s.ended_at, a.email, a.display_name, a.role, a.practice_id, \
             a.person_id, a.council_id, a.totp_secret, n.formats AS need_formats, \
             op.display_name AS own_name, op.practice_id AS own_practice_id, {unread} AS unread \
             FROM account_session s JOIN account a ON a.id = s.account_id \
             LEFT JOIN communication_need n ON n.person_id = a.person_id \
             LEFT JOIN person op ON op.id = a.person_id \
             WHERE s.id = $1 AND s.account_id = $2"
        )
    };
    if counting {
        WITH.get_or_init(|| build(crate::messages::inbox::unread_for_session("$2", "$3", "$4")))
    } else {
        WITHOUT.get_or_init(|| build("CAST(NULL AS BIGINT)".into()))
    }
}

async fn end_here(session: &Session, why: Ended, account_id: i64) {
    let _ = session.remove::<AuthSession>(AUTH_KEY).await;
    let _ = session.insert(ENDED_ACCOUNT_KEY, account_id).await;
    let _ = session.insert(ENDED_KEY, why).await;
}

/// Completes a sign-in: a new session id (V7.2.4), an `account_session`
/// row, the saved language and display settings, and an audit row.
/// Returns where to go next.
pub async fn start_session(
    state: &AppState,
    session: &Session,
    account_id: i64,
    meta: &ClientMeta,
) -> Result<AuthSession, crate::error::AppError> {
    let now = state.clock.now();
    let key = tokens::new_token();
    session.cycle_id().await?;
    let _ = session.remove::<PendingSignIn>(PENDING_KEY).await;
    sqlx::query(
        "INSERT INTO account_session (id, account_id, created_at, last_seen_at, device, origin) \
         VALUES ($1, $2, $3, $3, $4, $5)",
    )
    .bind(&key)
    .bind(account_id)
    .bind(now)
    .bind(&meta.device)
    .bind(&meta.origin)
    .execute(state.db.writer())
    .await?;
    // A carer who acts for exactly one person starts acting for them.
    let role: String = sqlx::query_scalar("SELECT role FROM account WHERE id = $1")
        .bind(account_id)
        .fetch_one(state.db.reader())
        .await?;
    let acting_for = if role == "carer" {
        let people =
            crate::authz::people_acted_for(&state.db, account_id, &state.clock.today()).await?;
        (people.len() == 1).then(|| people[0].0)
    } else {
        None
    };
    let auth = AuthSession {
        key,
        account_id,
        acting_for,
    };
    session.insert(AUTH_KEY, auth.clone()).await?;
    // Make sure the new id is stored now: cycle_id deletes the old record
    // first, so a failed save here must fail the sign-in, not half-sign-in.
    session.save().await?;
    crate::audit::record_account(&state.db, now, account_id, &role, "signed_in", &meta.origin)
        .await?;
    Ok(auth)
}

pub async fn set_pending(
    session: &Session,
    pending: PendingSignIn,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(PENDING_KEY, pending).await
}

pub async fn pending(session: &Session, now: i64) -> Option<PendingSignIn> {
    let p: PendingSignIn = session.get(PENDING_KEY).await.ok().flatten()?;
    (now - p.started_at < PENDING_LIMIT).then_some(p)
}

pub async fn clear_pending(session: &Session) {
    let _ = session.remove::<PendingSignIn>(PENDING_KEY).await;
}

/// Changes whom a carer is acting for, with a new session id.
pub async fn set_acting_for(
    session: &Session,
    person_id: Option<i64>,
) -> Result<(), tower_sessions::session::Error> {
    let Some(mut auth) = session.get::<AuthSession>(AUTH_KEY).await? else {
        return Ok(());
    };
    auth.acting_for = person_id;
    session.cycle_id().await?;
    session.insert(AUTH_KEY, auth).await?;
    session.save().await
}

/// Signs out: ends the `account_session` row and deletes the session.
pub async fn sign_out(state: &AppState, session: &Session) -> Result<(), crate::error::AppError> {
    if let Some(auth) = session.get::<AuthSession>(AUTH_KEY).await? {
        sqlx::query("UPDATE account_session SET ended_at = $1, end_reason = 'signed_out' WHERE id = $2 AND ended_at IS NULL")
            .bind(state.clock.now())
            .bind(&auth.key)
            .execute(state.db.writer())
            .await?;
    }
    session.flush().await?;
    Ok(())
}

/// Ends every other session of an account (or all of them).
pub async fn end_sessions(
    state: &AppState,
    account_id: i64,
    except: Option<&str>,
    reason: &str,
) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE account_session SET ended_at = $1, end_reason = $2 \
         WHERE account_id = $3 AND ended_at IS NULL AND id <> $4",
    )
    .bind(state.clock.now())
    .bind(reason)
    .bind(account_id)
    .bind(except.unwrap_or(""))
    .execute(state.db.writer())
    .await?;
    Ok(r.rows_affected())
}

/// The signed-in viewer, for form handlers. Without one, the request goes
/// to sign in (the middleware has already kept any form input).
pub struct SignedIn(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Option<Viewer>>().cloned().flatten() {
            Some(v) => Ok(SignedIn(v)),
            None => Err(crate::forms::see_other("/sign-in")),
        }
    }
}

/// The client facts, for form handlers.
pub struct Client(pub ClientMeta);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Client(
            parts
                .extensions
                .get::<ClientMeta>()
                .cloned()
                .unwrap_or_default(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_coarse() {
        assert_eq!(coarse_origin("203.0.113.77".parse().ok()), "203.0.113.0/24");
        assert_eq!(
            coarse_origin("2001:db8:abcd:12::1".parse().ok()),
            "2001:db8:abcd::/48"
        );
        assert_eq!(coarse_origin(None), "unknown");
    }

    #[test]
    fn protected_paths() {
        for p in [
            "/account",
            "/account/password",
            "/people/1",
            "/caseload",
            "/practice/staff",
            "/acting-for",
            "/messages",
            "/messages/away",
            "/practices/3/review",
            "/practice/profile",
            "/complaints",
            "/complaints/3",
        ] {
            assert!(requires_sign_in(p), "{p}");
        }
        for p in [
            "/",
            "/sign-in",
            "/accounts",
            "/peoplex",
            "/practices",
            "/complain",
            "/complain/status",
            "/help",
            "/password/forgot",
            "/messagesx",
            "/practices/3",
            "/practices/compare",
        ] {
            assert!(!requires_sign_in(p), "{p}");
        }
    }

    #[test]
    fn kept_form_input_is_decoded_and_drops_secrets() {
        let pairs = form_urlencoded_pairs(b"name=A+B%26C&password=x&note=%3Cb%3E");
        assert_eq!(pairs[0], ("name".into(), "A B&C".into()));
        assert_eq!(pairs[2], ("note".into(), "<b>".into()));
        assert!(is_secret_field("current-password") && is_secret_field("code"));
        assert_eq!(
            device_of(Some("Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile")),
            "Chrome, Android"
        );
    }
}
