//! Spending from the direct payment account, as recorded by the person or
//! a carer who manages payments, with its receipt in storage.

use super::account::{Line, Terms};
use crate::data::Db;
use crate::plan::PlanVersion;
use sqlx::Row;

pub const CATEGORIES: [&str; 7] = [
    "pa_wages",
    "agency",
    "payroll_insurance",
    "equipment",
    "activities",
    "transport",
    "other",
];

/// The largest receipt accepted, stated on the form.
pub const RECEIPT_MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spend {
    pub id: i64,
    pub on: String,
    pub payee: String,
    pub category: String,
    pub pence: i64,
    pub outcome_key: String,
    pub description: String,
    pub receipt_key: Option<String>,
    pub receipt_type: Option<String>,
    pub recorded_by_name: String,
    pub created_at: i64,
}

impl Spend {
    pub fn line(&self) -> Line {
        Line {
            on: self.on.clone(),
            kind: "spend".into(),
            description: self.payee.clone(),
            pence: -self.pence,
            spend_id: Some(self.id),
            has_receipt: self.receipt_key.is_some(),
        }
    }
}

const SELECT: &str = "SELECT s.id, s.on_date, s.payee, s.category, s.amount_pence, s.outcome_key, s.description, s.receipt_key, s.receipt_type, \
     a.display_name AS recorded_by_name, s.created_at FROM dp_spend s JOIN account a ON a.id = s.recorded_by";

fn from_row(r: &sqlx::any::AnyRow) -> Result<Spend, sqlx::Error> {
    Ok(Spend {
        id: r.try_get("id")?,
        on: r.try_get("on_date")?,
        payee: r.try_get("payee")?,
        category: r.try_get("category")?,
        pence: r.try_get("amount_pence")?,
        outcome_key: r.try_get("outcome_key")?,
        description: r.try_get("description")?,
        receipt_key: r.try_get("receipt_key")?,
        receipt_type: r.try_get("receipt_type")?,
        recorded_by_name: r.try_get("recorded_by_name")?,
        created_at: r.try_get("created_at")?,
    })
}

pub async fn spends(db: &Db, person_id: i64) -> Result<Vec<Spend>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE s.person_id = $1 ORDER BY s.on_date, s.id"
    ))
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn spend(db: &Db, person_id: i64, id: i64) -> Result<Option<Spend>, sqlx::Error> {
    let row = sqlx::query(&format!("{SELECT} WHERE s.person_id = $1 AND s.id = $2"))
        .bind(person_id)
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub struct NewSpend<'a> {
    pub person_id: i64,
    pub on: &'a str,
    pub payee: &'a str,
    pub category: &'a str,
    pub pence: i64,
    pub outcome_key: &'a str,
    pub description: &'a str,
    pub receipt: Option<(&'a str, &'a str)>,
    pub recorded_by: i64,
    pub role: &'a str,
    pub idem: &'a str,
    pub now: i64,
}

/// The spend already recorded with this one-off key, if any.
pub async fn recorded_with(
    db: &Db,
    recorded_by: i64,
    idem: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM dp_spend WHERE recorded_by = $1 AND idem_key = $2")
        .bind(recorded_by)
        .bind(idem)
        .fetch_optional(db.writer())
        .await
}

/// Records a spend. Returns its id and whether it is new (the same form
/// sent twice is recorded once).
pub async fn record(db: &Db, s: NewSpend<'_>) -> Result<(i64, bool), sqlx::Error> {
    if let Some(id) = recorded_with(db, s.recorded_by, s.idem).await? {
        return Ok((id, false));
    }
    let r = sqlx::query_scalar(
        "INSERT INTO dp_spend (person_id, on_date, payee, category, amount_pence, outcome_key, description, receipt_key, receipt_type, \
         recorded_by, recorder_role, idem_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(s.person_id)
    .bind(s.on)
    .bind(s.payee)
    .bind(s.category)
    .bind(s.pence)
    .bind(s.outcome_key)
    .bind(s.description)
    .bind(s.receipt.map(|r| r.0))
    .bind(s.receipt.map(|r| r.1))
    .bind(s.recorded_by)
    .bind(s.role)
    .bind(s.idem)
    .bind(s.now)
    .fetch_one(db.writer())
    .await;
    match r {
        Ok(id) => Ok((id, true)),
        Err(sqlx::Error::Database(d)) if d.is_unique_violation() => Ok((
            recorded_with(db, s.recorded_by, s.idem).await?.unwrap_or(0),
            false,
        )),
        Err(e) => Err(e),
    }
}

/// Adds a receipt to a spend recorded without one.
pub async fn attach_receipt(
    db: &Db,
    person_id: i64,
    id: i64,
    key: &str,
    content_type: &str,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE dp_spend SET receipt_key = $3, receipt_type = $4 WHERE person_id = $1 AND id = $2 AND receipt_key IS NULL")
        .bind(person_id)
        .bind(id)
        .bind(key)
        .bind(content_type)
        .execute(db.writer())
        .await?;
    Ok(r.rows_affected() == 1)
}

/// The account's terms from the agreed plan, when the budget is paid (at
/// least partly) as a direct payment.
pub fn terms(v: &PlanVersion) -> Option<Terms> {
    let paid_so = matches!(
        v.budget_option.as_deref(),
        Some("direct_payment") | Some("mixed")
    );
    let frequency = v.dp_frequency.clone()?;
    if !paid_so || v.dp_amount_pence <= 0 {
        return None;
    }
    Some(Terms {
        starts_on: v.agreed_on.clone()?,
        amount_pence: v.dp_amount_pence,
        frequency,
        contribution_pence: v.contribution_pence,
        committed_weekly_pence: crate::money::sum_pence(
            v.support
                .iter()
                .filter(|s| s.direct_payment)
                .map(|s| s.weekly_cost_pence),
        ),
    })
}
