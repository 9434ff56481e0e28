//! The audit trail: who did what, acting for whom, to whose data, when,
//! and from where (a coarse network). Rows are only ever inserted; the
//! database refuses UPDATE and DELETE on `audit_event` (triggers in the
//! migrations), so not even a bug in the app can rewrite history
//! (ASVS 5.0 V16.2.1, V16.4.2).

use crate::auth::{ClientMeta, Viewer};
use crate::authz::Access;
use crate::data::Db;
use sqlx::Row;

/// Action codes. Each has a Fluent sentence `audit-<code>` for the person's
/// trail ("Priya Shah looked at your care plan").
pub const ACTIONS: &[&str] = &[
    "viewed_summary",
    "viewed_plan",
    "viewed_carers",
    "invited_carer",
    "changed_carer",
    "revoked_carer",
    "recorded_legal_access",
    "invited_person",
    "allocated_worker",
    "viewed_plan_draft",
    "started_plan_draft",
    "changed_plan_draft",
    "discarded_plan_draft",
    "published_plan",
    "commented_on_plan",
    "viewed_plan_comments",
    "answered_plan_comment",
    "asked_for_review",
    "viewed_review_requests",
    "updated_review_request",
    "exported_plan",
    "viewed_budget",
    "viewed_budget_options",
    "chose_budget_option",
    "decided_budget_choice",
    "viewed_dp_account",
    "recorded_dp_spend",
    "viewed_dp_receipt",
    "exported_dp_statement",
    "submitted_dp_return",
    "answered_dp_return",
    "decided_dp_return",
    "viewed_conversations",
    "viewed_conversation",
    "started_conversation",
    "sent_message",
    "viewed_message_file",
    "viewed_switch_request",
    "requested_switch",
    "updated_switch",
    "moved_practice",
    "viewed_communication_needs",
    "updated_communication_needs",
    "viewed_support_requests",
    "asked_for_support",
    "updated_support_request",
    "made_complaint",
    "viewed_complaint",
    "updated_complaint",
    "signed_in",
];

/// Appends one event about a person's record.
pub async fn record(
    db: &Db,
    now: i64,
    viewer: &Viewer,
    access: &Access,
    action: &str,
    record_kind: &str,
    record_id: Option<String>,
    meta: &ClientMeta,
) -> Result<(), sqlx::Error> {
    debug_assert!(ACTIONS.contains(&action), "unknown audit action {action}");
    sqlx::query(
        "INSERT INTO audit_event (at, actor_account_id, actor_role, acting_for_person_id, person_id, practice_id, action, record_kind, record_id, origin) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(now)
    .bind(viewer.account_id)
    .bind(viewer.role.code())
    .bind(viewer.acting_for.as_ref().map(|a| a.0))
    .bind(access.person_id)
    .bind(access.practice_id)
    .bind(action)
    .bind(record_kind)
    .bind(record_id)
    .bind(&meta.origin)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Appends an event about an account itself (signing in).
pub async fn record_account(
    db: &Db,
    now: i64,
    account_id: i64,
    role: &str,
    action: &str,
    origin: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_event (at, actor_account_id, actor_role, practice_id, person_id, action, record_kind, record_id, origin) \
         SELECT $1, a.id, $2, a.practice_id, a.person_id, $3, 'account', CAST(a.id AS TEXT), $4 FROM account a WHERE a.id = $5",
    )
    .bind(now)
    .bind(role)
    .bind(action)
    .bind(origin)
    .bind(account_id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// One row of a trail, ready to put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrailRow {
    pub at: i64,
    pub actor_name: String,
    pub actor_role: String,
    pub acting_for_name: Option<String>,
    pub person_name: Option<String>,
    pub action: String,
    pub origin: String,
}

const TRAIL_SELECT: &str = "SELECT e.at, COALESCE(a.display_name, '') AS actor_name, e.actor_role, af.display_name AS acting_for_name, \
     p.display_name AS person_name, e.action, e.origin FROM audit_event e \
     LEFT JOIN account a ON a.id = e.actor_account_id \
     LEFT JOIN person af ON af.id = e.acting_for_person_id \
     LEFT JOIN person p ON p.id = e.person_id";

fn rows_to_trail(rows: Vec<sqlx::any::AnyRow>) -> Result<Vec<TrailRow>, sqlx::Error> {
    rows.into_iter()
        .map(|r| {
            Ok(TrailRow {
                at: r.try_get("at")?,
                actor_name: r.try_get("actor_name")?,
                actor_role: r.try_get("actor_role")?,
                acting_for_name: r.try_get("acting_for_name")?,
                person_name: r.try_get("person_name")?,
                action: r.try_get("action")?,
                origin: r.try_get("origin")?,
            })
        })
        .collect()
}

pub const PAGE_SIZE: i64 = 25;

/// The events about a person's record by anyone but the person, newest
/// first, a page at a time. Returns the rows and the total count.
pub async fn for_person(
    db: &Db,
    person_id: i64,
    page: i64,
) -> Result<(Vec<TrailRow>, i64), sqlx::Error> {
    let filter = "e.person_id = $1 AND e.record_kind <> 'account' AND NOT EXISTS \
                  (SELECT 1 FROM account own WHERE own.id = e.actor_account_id AND own.person_id = $1)";
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM audit_event e WHERE {filter}"
    ))
    .bind(person_id)
    .fetch_one(db.reader())
    .await?;
    let rows = sqlx::query(&format!(
        "{TRAIL_SELECT} WHERE {filter} ORDER BY e.at DESC, e.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(person_id)
    .bind(PAGE_SIZE)
    .bind((page.max(1) - 1) * PAGE_SIZE)
    .fetch_all(db.reader())
    .await?;
    Ok((rows_to_trail(rows)?, total))
}

/// Every event in a practice, newest first, a page at a time.
pub async fn for_practice(
    db: &Db,
    practice_id: i64,
    page: i64,
) -> Result<(Vec<TrailRow>, i64), sqlx::Error> {
    let total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_event e WHERE e.practice_id = $1")
            .bind(practice_id)
            .fetch_one(db.reader())
            .await?;
    let rows = sqlx::query(&format!(
        "{TRAIL_SELECT} WHERE e.practice_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(practice_id)
    .bind(PAGE_SIZE)
    .bind((page.max(1) - 1) * PAGE_SIZE)
    .fetch_all(db.reader())
    .await?;
    Ok((rows_to_trail(rows)?, total))
}

#[cfg(test)]
mod tests {
    use super::ACTIONS;
    use crate::i18n::{tr, tr_args, Locale};

    #[test]
    fn every_action_has_words_in_every_language() {
        for locale in Locale::ALL {
            for action in ACTIONS {
                let code = action.replace('_', "-");
                let label = tr(locale, &format!("audit-code-{code}"));
                assert!(!label.contains("audit-"), "{locale:?} lacks audit-code-{code}");
                // Signing in is about the account, not the person's record,
                // so it is never in the person's own trail.
                if *action != "signed_in" {
                    let sentence = tr_args(locale, &format!("audit-{code}"), &[("who", "Priya".into())]);
                    assert!(!sentence.contains("audit-") && sentence.contains("Priya"), "{locale:?} audit-{code}: {sentence}");
                }
            }
        }
    }
}
