//! The social worker's draft: start one (a copy of the current agreed
//! version, item keys kept so "what changed" can match items), change it
//! over several visits, and publish it as the next agreed version.
//!
//! Every change names the `revision` the worker's form was showing. The
//! change only happens if the draft is still at that revision, and bumps
//! it, in one statement: two workers (or two tabs, or a double click) can
//! never silently overwrite each other. A stale form gets
//! [`DraftError::Conflict`] and the page explains.

use super::{
    version_from_row, with_items, Member, Need, Outcome, PlanVersion, Support, VERSION_COLUMNS,
};
use crate::data::Db;
use sqlx::{Any, Transaction};

#[derive(Debug)]
pub enum DraftError {
    /// Someone changed the draft since this form was shown (or it was
    /// published or discarded).
    Conflict,
    /// No such draft, or no such item in it.
    Missing,
    Db(sqlx::Error),
}

impl From<sqlx::Error> for DraftError {
    fn from(e: sqlx::Error) -> Self {
        DraftError::Db(e)
    }
}

/// An item of one of the four lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Need(Need),
    Outcome(Outcome),
    Support(Support),
    Member(Member),
}

impl Item {
    fn table(&self) -> &'static str {
        table_for(match self {
            Item::Need(_) => "needs",
            Item::Outcome(_) => "outcomes",
            Item::Support(_) => "support",
            Item::Member(_) => "people",
        })
        .unwrap_or("plan_need")
    }
}

/// The table behind an item section of the plan.
pub fn table_for(section: &str) -> Option<&'static str> {
    match section {
        "needs" => Some("plan_need"),
        "outcomes" => Some("plan_outcome"),
        "support" => Some("plan_support"),
        "people" => Some("plan_member"),
        _ => None,
    }
}

/// The person's plan id, if they have a plan yet.
pub async fn plan_id(db: &Db, person_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM care_plan WHERE person_id = $1 ORDER BY id LIMIT 1")
        .bind(person_id)
        .fetch_optional(db.reader())
        .await
}

/// The draft, with its items, if there is one.
pub async fn current(db: &Db, person_id: i64) -> Result<Option<PlanVersion>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {VERSION_COLUMNS} FROM plan_version v JOIN care_plan p ON p.id = v.plan_id \
         WHERE p.person_id = $1 AND v.status = 'draft' LIMIT 1"
    ))
    .bind(person_id)
    .fetch_optional(db.writer())
    .await?;
    match row {
        Some(r) => Ok(Some(with_items(db, version_from_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// Whether the person's plan has a draft (one indexed count, no items).
pub async fn exists(db: &Db, person_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.person_id = $1 AND v.status = 'draft'",
    )
    .bind(person_id)
    .fetch_one(db.writer())
    .await?;
    Ok(n > 0)
}

/// A new item key: stable across versions, never reused.
pub fn new_key() -> String {
    crate::auth::tokens::new_token()[..16].to_string()
}

/// Starts a draft for the person (a copy of the current agreed version, or
/// an empty long-term plan). Starting when a draft exists returns it: a
/// double click, or two workers at once, still make one draft.
pub async fn start(db: &Db, person_id: i64, account_id: i64, now: i64) -> Result<i64, sqlx::Error> {
    if let Some(d) = current(db, person_id).await? {
        return Ok(d.id);
    }
    let base = super::current_agreed(db, person_id).await?;
    let mut tx = db.writer().begin().await?;
    let plan_id: i64 = match sqlx::query_scalar::<_, i64>("SELECT id FROM care_plan WHERE person_id = $1 ORDER BY id LIMIT 1")
        .bind(person_id)
        .fetch_optional(&mut *tx)
        .await?
    {
        Some(id) => id,
        None => {
            sqlx::query_scalar("INSERT INTO care_plan (person_id, plan_type, created_at) VALUES ($1, 'long_term', $2) RETURNING id")
                .bind(person_id)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?
        }
    };
    let b = base.clone().unwrap_or_else(|| PlanVersion {
        plan_type: "long_term".into(),
        ..Default::default()
    });
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO plan_version (plan_id, status, plan_type, what_matters, advice, contingency, budget_total_pence, \
         budget_explanation, contribution_pence, dp_amount_pence, dp_frequency, next_review_due, reablement_ends_on, \
         revision, created_by, created_at, updated_at) \
         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $14, $14) RETURNING id",
    )
    .bind(plan_id)
    .bind(&b.plan_type)
    .bind(&b.what_matters)
    .bind(&b.advice)
    .bind(&b.contingency)
    .bind(b.budget_total_pence)
    .bind(&b.budget_explanation)
    .bind(b.contribution_pence)
    .bind(b.dp_amount_pence)
    .bind(&b.dp_frequency)
    .bind(&b.next_review_due)
    .bind(&b.reablement_ends_on)
    .bind(account_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(e) => {
            // The one-draft-per-plan index: someone else started it first.
            drop(tx);
            return match current(db, person_id).await? {
                Some(d) => Ok(d.id),
                None => Err(e),
            };
        }
    };
    for item in b
        .needs
        .into_iter()
        .map(Item::Need)
        .chain(b.outcomes.into_iter().map(Item::Outcome))
        .chain(b.support.into_iter().map(Item::Support))
        .chain(b.members.into_iter().map(Item::Member))
    {
        insert_item(&mut tx, id, &item).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Claims the draft at `revision` (bumping it) inside `tx`.
async fn claim(
    tx: &mut Transaction<'static, Any>,
    version_id: i64,
    revision: i64,
    now: i64,
) -> Result<(), DraftError> {
    let done = sqlx::query(
        "UPDATE plan_version SET revision = revision + 1, updated_at = $3 WHERE id = $1 AND status = 'draft' AND revision = $2",
    )
    .bind(version_id)
    .bind(revision)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DraftError::Conflict)
    }
}

async fn insert_item(
    tx: &mut Transaction<'static, Any>,
    version_id: i64,
    item: &Item,
) -> Result<(), sqlx::Error> {
    let table = item.table();
    let position: i64 = sqlx::query_scalar(&format!(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM {table} WHERE version_id = $1"
    ))
    .bind(version_id)
    .fetch_one(&mut **tx)
    .await?;
    match item {
        Item::Need(n) => {
            sqlx::query("INSERT INTO plan_need (version_id, item_key, position, description, eligible) VALUES ($1, $2, $3, $4, $5)")
                .bind(version_id)
                .bind(&n.key)
                .bind(position)
                .bind(&n.description)
                .bind(n.eligible as i64)
                .execute(&mut **tx)
                .await?;
        }
        Item::Outcome(o) => {
            sqlx::query("INSERT INTO plan_outcome (version_id, item_key, position, text, written_by, author_name) VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(version_id)
                .bind(&o.key)
                .bind(position)
                .bind(&o.text)
                .bind(&o.written_by)
                .bind(&o.author_name)
                .execute(&mut **tx)
                .await?;
        }
        Item::Support(s) => {
            sqlx::query(
                "INSERT INTO plan_support (version_id, item_key, position, what, provider, how_often, hours_per_week, weekly_cost_pence, direct_payment, meets) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(version_id)
            .bind(&s.key)
            .bind(position)
            .bind(&s.what)
            .bind(&s.provider)
            .bind(&s.how_often)
            .bind(&s.hours_per_week)
            .bind(s.weekly_cost_pence)
            .bind(s.direct_payment as i64)
            .bind(s.meets.join(","))
            .execute(&mut **tx)
            .await?;
        }
        Item::Member(m) => {
            sqlx::query("INSERT INTO plan_member (version_id, item_key, position, name, role) VALUES ($1, $2, $3, $4, $5)")
                .bind(version_id)
                .bind(&m.key)
                .bind(position)
                .bind(&m.name)
                .bind(&m.role)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

async fn update_item(
    tx: &mut Transaction<'static, Any>,
    version_id: i64,
    item: &Item,
) -> Result<u64, sqlx::Error> {
    let done = match item {
        Item::Need(n) => {
            sqlx::query("UPDATE plan_need SET description = $3, eligible = $4 WHERE version_id = $1 AND item_key = $2")
                .bind(version_id)
                .bind(&n.key)
                .bind(&n.description)
                .bind(n.eligible as i64)
                .execute(&mut **tx)
                .await?
        }
        Item::Outcome(o) => {
            sqlx::query("UPDATE plan_outcome SET text = $3, written_by = $4, author_name = $5 WHERE version_id = $1 AND item_key = $2")
                .bind(version_id)
                .bind(&o.key)
                .bind(&o.text)
                .bind(&o.written_by)
                .bind(&o.author_name)
                .execute(&mut **tx)
                .await?
        }
        Item::Support(s) => {
            sqlx::query(
                "UPDATE plan_support SET what = $3, provider = $4, how_often = $5, hours_per_week = $6, weekly_cost_pence = $7, \
                 direct_payment = $8, meets = $9 WHERE version_id = $1 AND item_key = $2",
            )
            .bind(version_id)
            .bind(&s.key)
            .bind(&s.what)
            .bind(&s.provider)
            .bind(&s.how_often)
            .bind(&s.hours_per_week)
            .bind(s.weekly_cost_pence)
            .bind(s.direct_payment as i64)
            .bind(s.meets.join(","))
            .execute(&mut **tx)
            .await?
        }
        Item::Member(m) => {
            sqlx::query("UPDATE plan_member SET name = $3, role = $4 WHERE version_id = $1 AND item_key = $2")
                .bind(version_id)
                .bind(&m.key)
                .bind(&m.name)
                .bind(&m.role)
                .execute(&mut **tx)
                .await?
        }
    };
    Ok(done.rows_affected())
}

/// Adds an item (a new key is made) or, with `replace`, changes the item
/// with that key.
pub async fn save_item(
    db: &Db,
    version_id: i64,
    revision: i64,
    now: i64,
    item: Item,
    replace: bool,
) -> Result<(), DraftError> {
    let mut tx = db.writer().begin().await?;
    claim(&mut tx, version_id, revision, now).await?;
    if replace {
        if update_item(&mut tx, version_id, &item).await? != 1 {
            return Err(DraftError::Missing);
        }
    } else {
        insert_item(&mut tx, version_id, &item).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes the item with `key` from a section's list. A need that is
/// removed is also taken off the support items that meet it.
pub async fn remove_item(
    db: &Db,
    version_id: i64,
    revision: i64,
    now: i64,
    section: &str,
    key: &str,
) -> Result<(), DraftError> {
    let table = table_for(section).ok_or(DraftError::Missing)?;
    let mut tx = db.writer().begin().await?;
    claim(&mut tx, version_id, revision, now).await?;
    let done = sqlx::query(&format!(
        "DELETE FROM {table} WHERE version_id = $1 AND item_key = $2"
    ))
    .bind(version_id)
    .bind(key)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(DraftError::Missing);
    }
    if section == "needs" {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT item_key, meets FROM plan_support WHERE version_id = $1")
                .bind(version_id)
                .fetch_all(&mut *tx)
                .await?;
        for (k, meets) in rows {
            let kept: Vec<&str> = meets
                .split(',')
                .filter(|m| !m.is_empty() && *m != key)
                .collect();
            if kept.len() != meets.split(',').filter(|m| !m.is_empty()).count() {
                sqlx::query(
                    "UPDATE plan_support SET meets = $3 WHERE version_id = $1 AND item_key = $2",
                )
                .bind(version_id)
                .bind(k)
                .bind(kept.join(","))
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The plan-wide fields a section form changes.
#[derive(Clone, Debug, Default)]
pub struct About {
    pub plan_type: String,
    pub what_matters: String,
    pub next_review_due: Option<String>,
    pub reablement_ends_on: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Budget {
    pub total_pence: i64,
    pub explanation: String,
    pub contribution_pence: i64,
    pub dp_frequency: Option<String>,
    pub dp_amount_pence: i64,
}

pub enum Fields {
    About(About),
    Budget(Budget),
    Advice { advice: String, contingency: String },
}

pub async fn save_fields(
    db: &Db,
    version_id: i64,
    revision: i64,
    now: i64,
    fields: Fields,
) -> Result<(), DraftError> {
    let mut tx = db.writer().begin().await?;
    claim(&mut tx, version_id, revision, now).await?;
    match fields {
        Fields::About(a) => {
            sqlx::query("UPDATE plan_version SET plan_type = $2, what_matters = $3, next_review_due = $4, reablement_ends_on = $5 WHERE id = $1")
                .bind(version_id)
                .bind(a.plan_type)
                .bind(a.what_matters)
                .bind(a.next_review_due)
                .bind(a.reablement_ends_on)
                .execute(&mut *tx)
                .await?;
        }
        Fields::Budget(b) => {
            sqlx::query(
                "UPDATE plan_version SET budget_total_pence = $2, budget_explanation = $3, contribution_pence = $4, \
                 dp_frequency = $5, dp_amount_pence = $6 WHERE id = $1",
            )
            .bind(version_id)
            .bind(b.total_pence)
            .bind(b.explanation)
            .bind(b.contribution_pence)
            .bind(b.dp_frequency)
            .bind(b.dp_amount_pence)
            .execute(&mut *tx)
            .await?;
        }
        Fields::Advice {
            advice,
            contingency,
        } => {
            sqlx::query("UPDATE plan_version SET advice = $2, contingency = $3 WHERE id = $1")
                .bind(version_id)
                .bind(advice)
                .bind(contingency)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Throws the draft away (the agreed versions are untouched).
pub async fn discard(db: &Db, version_id: i64, revision: i64, now: i64) -> Result<(), DraftError> {
    let mut tx = db.writer().begin().await?;
    claim(&mut tx, version_id, revision, now).await?;
    for table in ["plan_need", "plan_outcome", "plan_support", "plan_member"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE version_id = $1"))
            .bind(version_id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("DELETE FROM plan_version WHERE id = $1 AND status = 'draft'")
        .bind(version_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Publishes the draft as the next agreed version: numbered, replacing
/// the current one, with the date agreed and with whom. From this moment
/// the database refuses any change to it. Returns the new number.
pub async fn publish(
    db: &Db,
    draft: &PlanVersion,
    revision: i64,
    agreed_on: &str,
    agreed_with: &str,
    account_id: i64,
    now: i64,
) -> Result<i64, DraftError> {
    let mut tx = db.writer().begin().await?;
    // The newest agreed version, which this one replaces.
    let newest: Option<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, number FROM plan_version WHERE plan_id = $1 AND status = 'agreed' ORDER BY number DESC LIMIT 1",
    )
    .bind(draft.plan_id)
    .fetch_optional(&mut *tx)
    .await?;
    let replaces = newest.map(|(id, _)| id);
    let number = newest.and_then(|(_, n)| n).unwrap_or(0) + 1;
    let done = sqlx::query(
        "UPDATE plan_version SET status = 'agreed', number = $3, replaces_id = $4, agreed_on = $5, agreed_with = $6, \
         published_by = $7, published_at = $8, updated_at = $8, revision = revision + 1 \
         WHERE id = $1 AND status = 'draft' AND revision = $2",
    )
    .bind(draft.id)
    .bind(revision)
    .bind(number)
    .bind(replaces)
    .bind(agreed_on)
    .bind(agreed_with)
    .bind(account_id)
    .bind(now)
    .execute(&mut *tx)
    .await;
    match done {
        Ok(r) if r.rows_affected() == 1 => {}
        // Not at this revision any more, or another publish took the number.
        Ok(_) | Err(_) => return Err(DraftError::Conflict),
    }
    sqlx::query(
        "UPDATE care_plan SET plan_type = $2, agreed_on = $3, next_review_due = $4 WHERE id = $1",
    )
    .bind(draft.plan_id)
    .bind(&draft.plan_type)
    .bind(agreed_on)
    .bind(&draft.next_review_due)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(number)
}
