//! Social Work Practices: the public directory and profiles (shaped along
//! Open Referral UK lines), finding and comparing them, their figures
//! (computed from Careway's own records), people's reviews, and moving to
//! another practice.

pub mod figures;
pub mod oruk;
pub mod reviews;
pub mod switch;

use crate::data::Db;
use sqlx::Row;

/// Who a practice supports.
pub const GROUPS: [&str; 8] = [
    "physical_disability",
    "older_mental_health",
    "deaf",
    "deafblind",
    "visually_impaired",
    "learning_disability",
    "mental_health",
    "autism",
];

/// Languages Careway has names for (ISO 639: `bfi` is British Sign
/// Language).
pub const LANGUAGES: [&str; 10] = ["en", "cy", "bfi", "pl", "pa", "ur", "bn", "so", "ro", "ar"];

/// Who runs it.
pub const ORGANISATION_TYPES: [&str; 5] = [
    "social_enterprise",
    "mutual",
    "community_interest_company",
    "charity",
    "partnership",
];

pub const REGULATORS: [&str; 3] = ["swe", "cqc", "other"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Registration {
    pub regulator: String,
    pub reference: String,
    pub url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub summary: String,
    pub organisation_type: String,
    pub accepting_new: bool,
    pub description: String,
    pub website: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub postcode: String,
    pub opening_hours: String,
    pub wait_weeks: Option<i64>,
    pub bsl_staff: bool,
    pub deafblind: bool,
    pub home_visits: bool,
    pub premises: String,
    pub complaints_url: String,
    pub complaints_text: String,
    pub advocacy_url: String,
    /// (council id, name)
    pub councils: Vec<(i64, String)>,
    pub groups: Vec<String>,
    pub languages: Vec<String>,
    pub registrations: Vec<Registration>,
}

impl Profile {
    pub fn supports(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group)
    }
    pub fn covers(&self, council: i64) -> bool {
        self.councils.iter().any(|(id, _)| *id == council)
    }
}

const COLUMNS: &str = "id, name, summary, organisation_type, accepting_new, description, website, email, phone, address, postcode, \
     opening_hours, wait_weeks, bsl_staff, deafblind, home_visits, premises, complaints_url, complaints_text, advocacy_url";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Profile, sqlx::Error> {
    let flag = |c: &str| -> Result<bool, sqlx::Error> { Ok(r.try_get::<i64, _>(c)? == 1) };
    Ok(Profile {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        summary: r.try_get("summary")?,
        organisation_type: r.try_get("organisation_type")?,
        accepting_new: flag("accepting_new")?,
        description: r.try_get("description")?,
        website: r.try_get("website")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        address: r.try_get("address")?,
        postcode: r.try_get("postcode")?,
        opening_hours: r.try_get("opening_hours")?,
        wait_weeks: r.try_get("wait_weeks")?,
        bsl_staff: flag("bsl_staff")?,
        deafblind: flag("deafblind")?,
        home_visits: flag("home_visits")?,
        premises: r.try_get("premises")?,
        complaints_url: r.try_get("complaints_url")?,
        complaints_text: r.try_get("complaints_text")?,
        advocacy_url: r.try_get("advocacy_url")?,
        ..Default::default()
    })
}

/// Every practice with its councils, groups, languages and registrations
/// (five queries in all, however many practices there are), by name.
pub async fn all(db: &Db) -> Result<Vec<Profile>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM practice ORDER BY name, id"))
        .fetch_all(db.reader())
        .await?;
    let mut out: Vec<Profile> = rows.iter().map(from_row).collect::<Result<_, _>>()?;
    fill(db, &mut out).await?;
    Ok(out)
}

/// One practice.
pub async fn profile(db: &Db, id: i64) -> Result<Option<Profile>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM practice WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    let Some(row) = row else { return Ok(None) };
    let mut list = vec![from_row(&row)?];
    fill(db, &mut list).await?;
    Ok(list.pop())
}

/// `sql` with each id bound in turn.
fn with_ids<'q>(sql: &'q str, ids: &[i64]) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut q = sqlx::query(sql);
    for id in ids {
        q = q.bind(*id);
    }
    q
}

/// Reads the lists of exactly the practices in `list` (four queries, or
/// none for an empty list).
async fn fill(db: &Db, list: &mut [Profile]) -> Result<(), sqlx::Error> {
    if list.is_empty() {
        return Ok(());
    }
    let find = |list: &mut [Profile], id: i64| list.iter_mut().position(|p| p.id == id);
    // `($1, $2, …)`: the text depends only on how many, so a statement is
    // prepared once per length rather than once per set of practices.
    // A list longer than any directory page (every practice, for the
    // comparison) reads every row instead, well within both engines'
    // limits on parameters.
    let ids: Vec<i64> = if list.len() <= 500 { list.iter().map(|p| p.id).collect() } else { vec![] };
    let listed = if ids.is_empty() {
        "1 = 1".to_string()
    } else {
        format!(
            "practice_id IN ({})",
            (1..=ids.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
        )
    };
    for r in with_ids(
        &format!(
            "SELECT pc.practice_id, c.id, c.name FROM practice_council pc JOIN council c ON c.id = pc.council_id \
             WHERE {listed} ORDER BY c.name"
        ),
        &ids,
    )
    .fetch_all(db.reader())
    .await?
    {
        if let Some(i) = find(list, r.try_get("practice_id")?) {
            list[i].councils.push((r.try_get("id")?, r.try_get("name")?));
        }
    }
    for r in with_ids(&format!("SELECT practice_id, group_code FROM practice_group WHERE {listed}"), &ids)
        .fetch_all(db.reader())
        .await?
    {
        if let Some(i) = find(list, r.try_get("practice_id")?) {
            list[i].groups.push(r.try_get("group_code")?);
        }
    }
    for r in with_ids(&format!("SELECT practice_id, language FROM practice_language WHERE {listed}"), &ids)
        .fetch_all(db.reader())
        .await?
    {
        if let Some(i) = find(list, r.try_get("practice_id")?) {
            list[i].languages.push(r.try_get("language")?);
        }
    }
    for r in with_ids(
        &format!("SELECT practice_id, regulator, reference, url FROM practice_registration WHERE {listed} ORDER BY practice_id, id"),
        &ids,
    )
    .fetch_all(db.reader())
    .await?
    {
        if let Some(i) = find(list, r.try_get("practice_id")?) {
            list[i].registrations.push(Registration {
                regulator: r.try_get("regulator")?,
                reference: r.try_get("reference")?,
                url: r.try_get("url")?,
            });
        }
    }
    // Stable orders, whatever order the rows came in.
    for p in list.iter_mut() {
        p.groups.sort_by_key(|g| GROUPS.iter().position(|x| x == g));
        p.languages.sort_by_key(|l| {
            (
                LANGUAGES.iter().position(|x| x == l).unwrap_or(usize::MAX),
                l.clone(),
            )
        });
    }
    Ok(())
}

/// Every council, by name.
pub async fn councils(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM council ORDER BY name")
        .fetch_all(db.reader())
        .await
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    Wait,
}

/// The directory's filters, from its GET form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub council: Option<i64>,
    pub group: Option<String>,
    pub language: Option<String>,
    pub bsl: bool,
    pub accepting: bool,
    pub sort: Sort,
}

impl Filters {
    /// From the query string; anything unknown is ignored, never an error.
    pub fn from_query(pairs: &[(String, String)]) -> Filters {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or_default()
        };
        // "only" is a group of checkboxes: each ticked one is sent.
        let only = |v: &str| pairs.iter().any(|(n, x)| n == "only" && x == v);
        Filters {
            council: get("council").parse().ok().filter(|n: &i64| *n > 0),
            group: Some(get("group")).filter(|g| GROUPS.contains(&g.as_str())),
            language: Some(get("language")).filter(|l| LANGUAGES.contains(&l.as_str())),
            bsl: only("bsl"),
            accepting: only("accepting"),
            sort: if get("sort") == "wait" {
                Sort::Wait
            } else {
                Sort::Name
            },
        }
    }

    pub fn is_empty(&self) -> bool {
        self.council.is_none()
            && self.group.is_none()
            && self.language.is_none()
            && !self.bsl
            && !self.accepting
    }

    pub fn matches(&self, p: &Profile) -> bool {
        self.council.is_none_or(|c| p.covers(c))
            && self.group.as_deref().is_none_or(|g| p.supports(g))
            && self
                .language
                .as_deref()
                .is_none_or(|l| p.languages.iter().any(|x| x == l))
            && (!self.bsl || p.bsl_staff)
            && (!self.accepting || p.accepting_new)
    }
}

/// The directory: the practices that match `f`, with their lists, in the
/// order asked for. The filters run in SQL (each list through its primary
/// key), so only the matches and their lists are read: the page costs the
/// same with 50 practices as with 6 (README, "Performance and scale").
pub async fn search(db: &Db, f: &Filters) -> Result<Vec<Profile>, sqlx::Error> {
    let mut sql = format!("SELECT {COLUMNS} FROM practice WHERE 1 = 1");
    let mut n = 0;
    let mut param = || {
        n += 1;
        n
    };
    if f.council.is_some() {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM practice_council fc WHERE fc.practice_id = practice.id AND fc.council_id = ${})",
            param()
        ));
    }
    if f.group.is_some() {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM practice_group fg WHERE fg.practice_id = practice.id AND fg.group_code = ${})",
            param()
        ));
    }
    if f.language.is_some() {
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM practice_language fl WHERE fl.practice_id = practice.id AND fl.language = ${})",
            param()
        ));
    }
    if f.bsl {
        sql.push_str(" AND bsl_staff = 1");
    }
    if f.accepting {
        sql.push_str(" AND accepting_new = 1");
    }
    sql.push_str(" ORDER BY name, id");
    let mut q = sqlx::query(&sql);
    if let Some(c) = f.council {
        q = q.bind(c);
    }
    if let Some(g) = &f.group {
        q = q.bind(g.clone());
    }
    if let Some(l) = &f.language {
        q = q.bind(l.clone());
    }
    let rows = q.fetch_all(db.reader()).await?;
    let mut out: Vec<Profile> = rows.iter().map(from_row).collect::<Result<_, _>>()?;
    fill(db, &mut out).await?;
    sort(&mut out, f.sort);
    Ok(out)
}

/// The practices that match, in the order asked for. Sorting by wait puts
/// the shortest first, and practices that give no wait last.
pub fn find(all: Vec<Profile>, f: &Filters) -> Vec<Profile> {
    let mut out: Vec<Profile> = all.into_iter().filter(|p| f.matches(p)).collect();
    sort(&mut out, f.sort);
    out
}

/// Puts practices in the order asked for (see [`find`]).
fn sort(list: &mut [Profile], by: Sort) {
    match by {
        Sort::Name => list.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase())),
        Sort::Wait => {
            list.sort_by_key(|p| (p.wait_weeks.is_none(), p.wait_weeks, p.name.to_lowercase()))
        }
    }
}

/// Replaces a practice's lists (councils, groups, languages,
/// registrations) inside a transaction.
pub async fn replace_lists(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    councils: &[i64],
    groups: &[String],
    languages: &[String],
    registrations: &[Registration],
) -> Result<(), sqlx::Error> {
    for t in [
        "practice_council",
        "practice_group",
        "practice_language",
        "practice_registration",
    ] {
        sqlx::query(&format!("DELETE FROM {t} WHERE practice_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for c in councils {
        sqlx::query("INSERT INTO practice_council (practice_id, council_id) VALUES ($1, $2)")
            .bind(id)
            .bind(c)
            .execute(&mut **tx)
            .await?;
    }
    for g in groups {
        sqlx::query("INSERT INTO practice_group (practice_id, group_code) VALUES ($1, $2)")
            .bind(id)
            .bind(g)
            .execute(&mut **tx)
            .await?;
    }
    for l in languages {
        sqlx::query("INSERT INTO practice_language (practice_id, language) VALUES ($1, $2)")
            .bind(id)
            .bind(l)
            .execute(&mut **tx)
            .await?;
    }
    for r in registrations {
        sqlx::query("INSERT INTO practice_registration (practice_id, regulator, reference, url) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(&r.regulator)
            .bind(&r.reference)
            .bind(&r.url)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Writes a practice's profile (everything but its id and name's
/// uniqueness, which the caller checked) and its lists, in one transaction.
pub async fn save(db: &Db, p: &Profile, now: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    write(&mut tx, p, now).await?;
    tx.commit().await
}

pub(crate) async fn write(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    p: &Profile,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE practice SET name = $2, summary = $3, organisation_type = $4, accepting_new = $5, description = $6, website = $7, \
         email = $8, phone = $9, address = $10, postcode = $11, opening_hours = $12, wait_weeks = $13, bsl_staff = $14, deafblind = $15, \
         home_visits = $16, premises = $17, complaints_url = $18, complaints_text = $19, advocacy_url = $20, updated_at = $21 WHERE id = $1",
    )
    .bind(p.id)
    .bind(&p.name)
    .bind(&p.summary)
    .bind(&p.organisation_type)
    .bind(p.accepting_new as i64)
    .bind(&p.description)
    .bind(&p.website)
    .bind(&p.email)
    .bind(&p.phone)
    .bind(&p.address)
    .bind(&p.postcode)
    .bind(&p.opening_hours)
    .bind(p.wait_weeks)
    .bind(p.bsl_staff as i64)
    .bind(p.deafblind as i64)
    .bind(p.home_visits as i64)
    .bind(&p.premises)
    .bind(&p.complaints_url)
    .bind(&p.complaints_text)
    .bind(&p.advocacy_url)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let councils: Vec<i64> = p.councils.iter().map(|(id, _)| *id).collect();
    replace_lists(
        tx,
        p.id,
        &councils,
        &p.groups,
        &p.languages,
        &p.registrations,
    )
    .await
}

/// A web address people may follow: http(s) only (never `javascript:`),
/// no spaces, at most 300 characters.
pub fn is_web_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() <= 300
        && s.len() > "https://".len()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: i64, name: &str, wait: Option<i64>) -> Profile {
        Profile {
            id,
            name: name.into(),
            wait_weeks: wait,
            ..Default::default()
        }
    }

    #[test]
    fn filters_combine_and_ignore_nonsense() {
        let mut a = p(1, "Alder", Some(4));
        a.councils = vec![(1, "W".into())];
        a.groups = vec!["deaf".into()];
        a.languages = vec!["bfi".into(), "en".into()];
        a.bsl_staff = true;
        a.accepting_new = true;
        let mut b = p(2, "birch", Some(1));
        b.councils = vec![(1, "W".into()), (2, "O".into())];
        b.groups = vec!["physical_disability".into()];
        let c = p(3, "Cedar", None);
        let q = |s: &str| -> Vec<(String, String)> { serde_urlencoded::from_str(s).unwrap() };
        let ids = |f: &Filters| {
            find(vec![a.clone(), b.clone(), c.clone()], f)
                .iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(&Filters::from_query(&q(""))),
            vec![1, 2, 3],
            "by name, ignoring case"
        );
        assert_eq!(
            ids(&Filters::from_query(&q("sort=wait"))),
            vec![2, 1, 3],
            "shortest wait first, unknown last"
        );
        assert_eq!(ids(&Filters::from_query(&q("council=1"))), vec![1, 2]);
        assert_eq!(ids(&Filters::from_query(&q("council=2"))), vec![2]);
        assert_eq!(
            ids(&Filters::from_query(&q(
                "council=1&group=deaf&only=bsl&only=accepting&language=bfi"
            ))),
            vec![1]
        );
        assert_eq!(
            ids(&Filters::from_query(&q("council=2&only=bsl"))),
            Vec::<i64>::new(),
            "an empty result"
        );
        let hostile = Filters::from_query(&q(
            "council=1%20OR%201=1&group=<script>&language=xx&sort=drop",
        ));
        assert!(
            hostile.is_empty() && hostile.sort == Sort::Name,
            "{hostile:?}"
        );
    }

    #[test]
    fn only_real_web_addresses_are_links() {
        assert!(is_web_address("https://example.org/complaints"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https://a b.org"));
        assert!(!is_web_address("https://x.org/\"><script>"));
    }
}
