//! The practice's side: every conversation a member of staff answers. A
//! social worker sees their caseload's conversations and, for the duty
//! inbox, those of people at the practice whose worker is away; a practice
//! manager sees everyone at the practice. The same rule as
//! [`crate::authz`] (both use [`crate::authz::duty_condition`]).

use super::{
    conversation_columns, conversation_from, like_pattern, Conversation,
};
use crate::auth::{Role, Viewer};
use crate::data::{Db, Engine};
use sqlx::Row;

/// The inbox's filters (applied in SQL by `matching_sql`; overdue, which
/// needs working days, narrowed in Rust from the waiting).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Show {
    #[default]
    All,
    Unread,
    /// The last word is the person's: the practice owes a reply.
    Waiting,
    /// Waiting longer than the practice's target in working days.
    Overdue,
}

impl Show {
    pub const ALL: [Show; 4] = [Show::All, Show::Unread, Show::Waiting, Show::Overdue];
    pub fn code(self) -> &'static str {
        match self {
            Show::All => "all",
            Show::Unread => "unread",
            Show::Waiting => "waiting",
            Show::Overdue => "overdue",
        }
    }
    pub fn from_code(s: &str) -> Option<Show> {
        Show::ALL.into_iter().find(|x| x.code() == s)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InboxRow {
    pub conversation: Conversation,
    pub person_name: String,
    /// In the inbox through duty: the person's worker is away (or none).
    pub duty: bool,
    /// The person's allocated worker, for "usually answered by".
    pub worker_name: Option<String>,
    /// Communication format codes recorded for the person.
    pub formats: Vec<String>,
    /// The reply is due by this day (when waiting).
    pub due: Option<String>,
    pub overdue: bool,
}

/// Whose conversations a member of staff sees, as a condition on
/// `c.person_id` (binds: $1 the worker's account, $2 their practice, $3
/// today): a social worker's caseload and the practice's people on duty
/// (no worker, or their worker away); a manager's whole practice. Written
/// as a set of people, so conversations are found through their person
/// index rather than by scanning them all, which a council's database
/// with hundreds of thousands would feel on every page (the unread count).
///
/// The duty people are found from the two ways someone comes to be on
/// duty, never by testing everyone at the practice: people allocated to a
/// worker who is away today (then held to the same rule as
/// [`crate::authz::duty_condition`], below), and people with no current
/// allocation at all (`person.current_workers = 0`, kept by triggers on
/// `caseload` and read through the partial index `person_unallocated`).
/// On the large synthetic dataset, testing all 2,000 people at a practice
/// made the inbox seven times slower than on the demo data.
///
/// The away workers' people are found starting from the practice's own
/// staff (`account_practice`), then each one's absence today
/// (`worker_away_live`), then their current caseloads. Each person found
/// is then on duty when every one of their current allocations was found
/// that way: the allocations counted (`n`, one per allocation, however
/// many absences its worker has today, since `IN` takes each worker once)
/// equal `person.current_workers`. Only someone with a worker not counted
/// (in, or, against the rules below, at another practice) gets the full
/// duty test ([`crate::authz::duty_condition`]), so the answer is the
/// same as testing everyone found, without reading every person's
/// allocations and their workers' absences again. `CROSS JOIN` keeps
/// SQLite to this order (PostgreSQL plans it as an ordinary join), and
/// the person's practice is read by a lookup on its primary key per
/// person found, not by a join SQLite could start from (it otherwise
/// builds a Bloom filter over the whole person table first).
///
/// Measured on the large dataset, with one worker in ten away today
/// (three at this practice, 150 people covered), the people and the
/// navigation's count ([`covered_sql`]): with the full duty test for
/// every person found, PostgreSQL 1.47 ms (1,600 buffers; pgbench, one
/// client) and SQLite 0.45 ms; counting the allocations, 0.80 ms (849
/// buffers) and 0.30 ms; on the demo data PostgreSQL 0.46 ms against
/// 0.28 ms. Before that: starting from today's absences in the council
/// (which reads every absence not yet ended, 3,600 of them, for the three
/// at this practice) cost SQLite 0.55 ms against 0.30 ms, and testing
/// every person at the practice (SQLite's own choice) 5.8 ms. The steps
/// read indexes (migration 0015): each staff member's live absences with
/// both dates (`worker_away_live`), and on SQLite the current allocations
/// in both directions (`caseload_worker_current`,
/// `caseload_person_current`). Keeping to the practice's workers relies
/// on allocation offering only the person's practice's workers and a
/// switch ending allocations (`pages/people/allocate.rs`,
/// `practices/switch.rs`).
fn staff_scope(role: Role) -> Option<String> {
    staff_scope_of(role, "$1", "$2", "$3")
}

/// [`staff_scope`] with `account` the SQL for the worker's account,
/// `practice` for their practice and `today` for today's date, so the
/// session's own statement can count the unread messages (see
/// [`unread_sql`]).
pub fn staff_scope_of(role: Role, account: &str, practice: &str, today: &str) -> Option<String> {
    staff_people_of(role, account, practice, today).map(|people| format!("c.person_id IN ({people})"))
}

/// The people [`staff_scope_of`] covers, as a query of their ids.
fn staff_people_of(role: Role, account: &str, practice: &str, today: &str) -> Option<String> {
    match role {
        Role::SocialWorker => Some(format!(
            "SELECT k.person_id FROM caseload k WHERE k.worker_id = {account} AND k.ended_at IS NULL \
             UNION SELECT g.person_id FROM (SELECT ak.person_id, COUNT(*) AS n FROM caseload ak \
                WHERE ak.worker_id IN (SELECT aw.worker_id FROM account aa CROSS JOIN worker_away aw \
                    WHERE aa.practice_id = {practice} AND aw.worker_id = aa.id AND aw.cancelled_at IS NULL \
                    AND aw.starts_on <= {today} AND aw.ends_on >= {today}) \
                AND ak.ended_at IS NULL GROUP BY ak.person_id) g \
                CROSS JOIN person ap WHERE ap.id = g.person_id AND ap.practice_id = {practice} \
                AND (g.n = ap.current_workers OR {}) \
             UNION SELECT up.id FROM person up WHERE up.practice_id = {practice} AND up.current_workers = 0",
            crate::authz::duty_condition("g.person_id", today)
        )),
        Role::PracticeManager => Some(format!(
            "SELECT mp.id FROM person mp WHERE mp.practice_id = {practice} AND {today} = {today}"
        )),
        _ => None,
    }
}

/// The people a social worker covers (their caseload, and on duty an away
/// colleague's), worked out once for an inbox view with the navigation's
/// count ([`covered`]) and handed to the list ([`inbox`]). It used to be
/// worked out twice per view, once for the count and once for the list:
/// on the large dataset with PostgreSQL, the inbox's statement took
/// 0.98 ms working it out and 0.44 ms given the list (pgbench, one
/// client). Only the authentication layer makes one, for the
/// viewer it has just read, so a request cannot bring its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CoveredPeople(pub Vec<i64>);

impl CoveredPeople {
    /// The ids as a JSON array: the list's bind.
    fn json(&self) -> String {
        let ids: Vec<String> = self.0.iter().map(i64::to_string).collect();
        format!("[{}]", ids.join(","))
    }
}

/// The inbox's scope given the covered people as a JSON array in `$2`
/// (where the practice would be otherwise).
fn listed_scope(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "c.person_id IN (SELECT value FROM json_each($2))",
        Engine::Postgres => {
            "c.person_id IN (SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST($2 AS JSONB)))"
        }
    }
}

/// The statement [`covered`] runs on `engine`: the covered people's ids,
/// comma-separated in one value, and the navigation's unread count
/// (binds: $1 the social worker's account, $2 their practice, $3 today,
/// $4 a conversation left out of the count or 0). One row, not a row per
/// person: on SQLite each row costs a hop from the connection's thread
/// (measured: the inbox on the large data at 1,527 requests a second with
/// a row per person, against 1,925 before the list was handed over).
/// Public so the index tests EXPLAIN exactly this.
pub fn covered_sql(engine: Engine) -> &'static str {
    static SQLITE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static POSTGRES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let build = |ids: &str| {
        let people = staff_people_of(Role::SocialWorker, "$1", "$2", "$3").unwrap_or_default();
        format!(
            "WITH covered(person_id) AS MATERIALIZED ({people}) \
             SELECT (SELECT {ids} FROM covered) AS ids, ({count}) AS unread",
            count = unread_sql("$1", "c.person_id IN (SELECT person_id FROM covered)", "$4")
        )
    };
    match engine {
        Engine::Sqlite => SQLITE.get_or_init(|| build("group_concat(person_id)")),
        Engine::Postgres => POSTGRES.get_or_init(|| build("string_agg(CAST(person_id AS TEXT), ',')")),
    }
}

/// The people a social worker covers today and their unread messages for
/// the navigation (see [`unread_sql`]), leaving out `except`, in one
/// statement.
pub async fn covered(
    db: &Db,
    account_id: i64,
    practice_id: i64,
    today: &str,
    except: Option<i64>,
) -> Result<(i64, CoveredPeople), sqlx::Error> {
    let row = sqlx::query(covered_sql(db.engine))
        .bind(account_id)
        .bind(practice_id)
        .bind(today)
        .bind(except.unwrap_or(0))
        .fetch_one(db.reader())
        .await?;
    let unread: i64 = row.try_get("unread")?;
    let ids: Option<String> = row.try_get("ids")?;
    let ids = ids
        .unwrap_or_default()
        .split(',')
        .filter(|id| !id.is_empty())
        .map(|id| id.trim().parse::<i64>().map_err(|e| sqlx::Error::Decode(Box::new(e))))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((unread, CoveredPeople(ids)))
}

/// Beyond this many unread messages the navigation says "more than 99"
/// rather than the number.
pub const NAV_UNREAD_MAX: i64 = 99;

/// Counts the unread messages in the conversations `scope` picks, for the
/// account `account` (SQL), leaving out the conversation `except` (SQL;
/// one being opened by this very request, since opening it marks it read),
/// up to one more than [`NAV_UNREAD_MAX`]. The count stops there: a social
/// worker covering away colleagues can have thousands of unread messages,
/// and counting every one on every page cost the session's statement
/// about 1 ms on the large dataset, for a number nobody reads exactly.
pub fn unread_sql(account: &str, scope: &str, except: &str) -> String {
    format!(
        "SELECT COUNT(*) FROM (SELECT 1 AS one FROM message m JOIN conversation c ON c.id = m.conversation_id \
         WHERE c.id <> {except} AND {} AND {scope} LIMIT {}) counted",
        unread_message("m", account),
        NAV_UNREAD_MAX + 1
    )
}

/// Message `m` of conversation `c` is unread by `account`: someone else
/// wrote it after the last message the account read there.
pub(crate) fn unread_message(m: &str, account: &str) -> String {
    format!(
        "{m}.author_account_id <> {account} \
         AND {m}.id > COALESCE((SELECT r.last_read_message_id FROM message_read r WHERE r.conversation_id = c.id AND r.account_id = {account}), 0)"
    )
}

/// The inbox query for a role: one page of the conversations that match
/// (see [`matching_sql`]), each with the count of all matches (binds: $1
/// the worker's account, $2 their practice, $3 today, $4 the search
/// pattern, or '' when not `searching`, $5 the page's size and $6 its
/// offset); `None` for roles without an inbox. With `listed` (a social
/// worker's, on that engine), `$2` is instead the people they cover, as
/// a JSON array of ids (see [`CoveredPeople`]). Public so the index tests
/// EXPLAIN exactly this.
///
/// Without a search the query has no `LIKE`: SQLite compiles a statement
/// whose `LIKE` has a bound pattern again every time the pattern is bound,
/// which made every plain inbox page parse this whole query afresh
/// (measured: about a sixth of the page's time).
pub fn inbox_sql(role: Role, searching: bool, show: Show, listed: Option<Engine>) -> Option<String> {
    let duty = crate::authz::duty_condition("p.id", "$3");
    let matching = matching_sql(role, searching, show, listed)?;
    Some(format!(
        "WITH matching AS MATERIALIZED ({matching}) \
         SELECT {columns}, p.display_name AS person_name, COALESCE(pr.reply_target_days, 2) AS target_days, \
         COALESCE(cn.formats, '') AS formats, CASE WHEN {duty} THEN 1 ELSE 0 END AS duty, \
         (SELECT MIN(wa.display_name) FROM caseload wk JOIN account wa ON wa.id = wk.worker_id \
            WHERE wk.person_id = p.id AND wk.ended_at IS NULL) AS worker_name, \
         (SELECT COUNT(*) FROM matching) AS total \
         FROM (SELECT mid FROM matching ORDER BY mat DESC, mid DESC LIMIT $5 OFFSET $6) pg \
         JOIN conversation c ON c.id = pg.mid LEFT JOIN account a ON a.id = c.started_by \
         JOIN person p ON p.id = c.person_id LEFT JOIN practice pr ON pr.id = p.practice_id \
         LEFT JOIN communication_need cn ON cn.person_id = p.id \
         ORDER BY c.last_message_at DESC, c.id DESC",
        columns = conversation_columns()
    ))
}

/// How many conversations [`inbox_sql`] would list, for a page past the
/// end (the same binds, without the page's `$5` and `$6`).
fn inbox_count_sql(role: Role, searching: bool, show: Show, listed: Option<Engine>) -> Option<String> {
    let matching = matching_sql(role, searching, show, listed)?;
    Some(format!("SELECT COUNT(*) FROM ({matching}) x"))
}

/// The conversations the inbox lists (`mid`, and `mat` to order by): the
/// staff member's scope, the search, and the filter. Only these few
/// columns are read for every match; the row's details (the person, the
/// duty test, the worker's name, the unread count) are read for one page
/// alone. Overdue depends on working days worked out in Rust, so it is
/// read as "waiting" here and narrowed by [`inbox`].
fn matching_sql(role: Role, searching: bool, show: Show, listed: Option<Engine>) -> Option<String> {
    let scope = match (role, listed) {
        (Role::SocialWorker, Some(engine)) => listed_scope(engine).to_string(),
        _ => staff_scope(role)?,
    };
    let search = if searching {
        "EXISTS (SELECT 1 FROM person sp WHERE sp.id = c.person_id AND LOWER(sp.display_name) LIKE $4 ESCAPE '\\') \
         OR LOWER(c.subject_text) LIKE $4 ESCAPE '\\' \
         OR EXISTS (SELECT 1 FROM message sm WHERE sm.conversation_id = c.id \
         AND (LOWER(sm.body) LIKE $4 ESCAPE '\\' OR LOWER(sm.video_summary) LIKE $4 ESCAPE '\\'))"
    } else {
        "$4 = ''"
    };
    let filter = match show {
        Show::All => "1 = 1".to_string(),
        Show::Unread => format!(
            "EXISTS (SELECT 1 FROM message um WHERE um.conversation_id = c.id AND {})",
            unread_message("um", "$1")
        ),
        Show::Waiting | Show::Overdue => "c.waiting_since IS NOT NULL".to_string(),
    };
    Some(format!(
        "SELECT c.id AS mid, c.last_message_at AS mat FROM conversation c WHERE {scope} AND ({search}) AND {filter}"
    ))
}

/// One page of the viewer's inbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InboxPage {
    pub rows: Vec<InboxRow>,
    /// How many conversations match, over every page.
    pub total: usize,
    /// The page shown (a page past the end shows the last one).
    pub page: usize,
}

/// One page (of `size`, counting from 1) of the viewer's inbox, newest
/// activity first, matching `q` (a person's name, a subject or words in a
/// message) when it is not empty, and the filter. The database pages the
/// list, so a duty inbox covering many people costs a page's worth of
/// rows, not the whole list's.
#[allow(clippy::too_many_arguments)]
pub async fn inbox(
    db: &Db,
    viewer: &Viewer,
    today: &str,
    now: i64,
    q: &str,
    show: Show,
    page: usize,
    size: usize,
    covered: Option<&CoveredPeople>,
) -> Result<InboxPage, sqlx::Error> {
    let pattern = if q.trim().is_empty() {
        String::new()
    } else {
        like_pattern(q.trim())
    };
    let searching = !pattern.is_empty();
    // The people covered, when the request has worked them out already:
    // only ever for a social worker (a manager's scope is the practice).
    let list = covered.filter(|_| viewer.role == Role::SocialWorker).map(CoveredPeople::json);
    let listed = list.as_ref().map(|_| db.engine);
    let Some(sql) = inbox_sql(viewer.role, searching, show, listed) else {
        return Ok(InboxPage { page: 1, ..InboxPage::default() });
    };
    let size = size.max(1);
    // The binds the page and the count share: $1 to $4.
    let bound = |sql| {
        let query = sqlx::query(sql).bind(viewer.account_id);
        let query = match &list {
            Some(people) => query.bind(people.clone()),
            None => query.bind(viewer.practice_id.unwrap_or(0)),
        };
        query.bind(today).bind(pattern.clone())
    };
    let fetch = |limit: i64, offset: i64| bound(&sql).bind(limit).bind(offset).fetch_all(db.reader());
    let last_page = |total: usize| total.div_ceil(size).max(1);
    if show == Show::Overdue {
        // Every waiting conversation, narrowed here to the overdue.
        let rows = fetch(i64::MAX, 0).await?;
        let matching: Vec<InboxRow> = rows_from(&rows, now)?.into_iter().filter(|r| r.overdue).collect();
        let total = matching.len();
        let page = page.clamp(1, last_page(total));
        let rows = matching.into_iter().skip((page - 1) * size).take(size).collect();
        return Ok(InboxPage { rows, total, page });
    }
    let page = page.max(1);
    let offset = |page: usize| i64::try_from((page - 1).saturating_mul(size)).unwrap_or(i64::MAX);
    let rows = fetch(size as i64, offset(page)).await?;
    if let Some(first) = rows.first() {
        let total = usize::try_from(first.try_get::<i64, _>("total")?).unwrap_or(0);
        return Ok(InboxPage { rows: rows_from(&rows, now)?, total, page });
    }
    if page == 1 {
        return Ok(InboxPage { rows: vec![], total: 0, page: 1 });
    }
    // Past the end (an old link, or the list shrank): the last page.
    let count_sql = inbox_count_sql(viewer.role, searching, show, listed).unwrap_or_default();
    let total: i64 = bound(&count_sql).fetch_one(db.reader()).await?.try_get(0)?;
    let total = usize::try_from(total).unwrap_or(0);
    if total == 0 {
        return Ok(InboxPage { rows: vec![], total: 0, page: 1 });
    }
    let page = last_page(total);
    let rows = fetch(size as i64, offset(page)).await?;
    Ok(InboxPage { rows: rows_from(&rows, now)?, total, page })
}

fn rows_from(rows: &[sqlx::any::AnyRow], now: i64) -> Result<Vec<InboxRow>, sqlx::Error> {
    let mut out = Vec::with_capacity(rows.len());
    // Today (UK) worked out once for the whole list.
    let today_uk = crate::dates::uk_date_of(now);
    for r in rows {
        let conversation = conversation_from(r)?;
        let target = r.try_get::<i64, _>("target_days")?.clamp(0, 30) as u32;
        let due = conversation
            .waiting_since
            .map(|w| crate::working_days::due_date(w, target));
        let overdue = due.as_deref().is_some_and(|d| crate::working_days::past_due(&today_uk, d));
        out.push(InboxRow {
            person_name: r.try_get("person_name")?,
            duty: r.try_get::<i64, _>("duty")? == 1,
            worker_name: r.try_get("worker_name")?,
            formats: crate::needs::codes(&r.try_get::<String, _>("formats")?, &crate::needs::FORMATS),
            due,
            overdue,
            conversation,
        });
    }
    Ok(out)
}

/// Unread messages for the navigation, for a carer acting for `person`
/// (the caller has decided they may read that person's messages). A
/// person's own count and a member of staff's are read with the session
/// (see [`unread_for_session`]). `except` is a conversation being opened
/// by this very request (opening it marks it read).
pub async fn unread_count(
    db: &Db,
    account_id: i64,
    person: i64,
    except: Option<i64>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&unread_sql("$1", "c.person_id = $2", "$3"))
        .bind(account_id)
        .bind(person)
        .bind(except.unwrap_or(0))
        .fetch_one(db.reader())
        .await
}

/// The navigation's unread count as a column of the session's statement
/// (the account's row is `a`, its id the SQL `account`): a person's own
/// conversations, or a member of staff's inbox; `NULL` for other roles,
/// for a person without a record and for staff without a practice.
/// `except` and `today` are SQL for the conversation left out and today's
/// date.
///
/// The counts name the account by its bound id and read the practice in
/// a subquery of their own, never through `a`: SQLite works out a list
/// subquery that refers to the outer row again for every conversation it
/// checks (measured: the inbox at a third of its speed), and one that
/// does not, once.
pub fn unread_for_session(account: &str, except: &str, today: &str) -> String {
    let practice = format!("(SELECT xa.practice_id FROM account xa WHERE xa.id = {account})");
    let staff = |role: Role| {
        unread_sql(account, &staff_scope_of(role, account, &practice, today).unwrap_or_default(), except)
    };
    let own = format!("c.person_id = (SELECT xa.person_id FROM account xa WHERE xa.id = {account})");
    format!(
        "CASE WHEN a.role = '{person}' AND a.person_id IS NOT NULL THEN ({own}) \
         WHEN a.role = '{worker}' AND a.practice_id IS NOT NULL THEN ({worker_count}) \
         WHEN a.role = '{manager}' AND a.practice_id IS NOT NULL THEN ({manager_count}) \
         ELSE NULL END",
        person = Role::Person.code(),
        own = unread_sql(account, &own, except),
        worker = Role::SocialWorker.code(),
        worker_count = staff(Role::SocialWorker),
        manager = Role::PracticeManager.code(),
        manager_count = staff(Role::PracticeManager),
    )
}
