//! The care and support plan (Care Act 2014 s.25): a plan has versions; a
//! draft is staff-only; an agreed version is immutable and replaces the one
//! before. This module reads versions and says in words what changed.

pub mod draft;
pub mod export;
pub mod voice;

use crate::data::Db;
use sqlx::Row;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Need {
    pub key: String,
    pub description: String,
    pub eligible: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub key: String,
    pub text: String,
    /// person, carer or social_worker
    pub written_by: String,
    pub author_name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Support {
    pub key: String,
    pub what: String,
    pub provider: String,
    pub how_often: String,
    pub hours_per_week: String,
    pub weekly_cost_pence: i64,
    pub direct_payment: bool,
    /// Keys of the needs this meets.
    pub meets: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Member {
    pub key: String,
    pub name: String,
    /// person, carer, nominated_person, social_worker, other
    pub role: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanVersion {
    pub id: i64,
    pub plan_id: i64,
    pub status: String,
    pub number: Option<i64>,
    /// The agreed version this one replaced (FHIR `replaces`).
    pub replaces_id: Option<i64>,
    pub plan_type: String,
    pub what_matters: String,
    pub advice: String,
    pub contingency: String,
    pub budget_total_pence: i64,
    pub budget_explanation: String,
    pub contribution_pence: i64,
    pub dp_amount_pence: i64,
    pub dp_frequency: Option<String>,
    pub agreed_on: Option<String>,
    pub agreed_with: String,
    pub next_review_due: Option<String>,
    pub reablement_ends_on: Option<String>,
    pub revision: i64,
    /// How the budget is paid, as agreed with the person (kept on the
    /// plan, not the version; see `crate::budget`).
    pub budget_option: Option<String>,
    pub needs: Vec<Need>,
    pub outcomes: Vec<Outcome>,
    pub support: Vec<Support>,
    pub members: Vec<Member>,
}

impl PlanVersion {
    pub fn weekly_support_pence(&self) -> i64 {
        crate::money::sum_pence(self.support.iter().map(|s| s.weekly_cost_pence))
    }

    pub fn is_reablement(&self) -> bool {
        self.plan_type == "reablement"
    }
}

pub(crate) const VERSION_COLUMNS: &str = "p.budget_option, v.id, v.plan_id, v.status, v.number, v.replaces_id, v.plan_type, v.what_matters, v.advice, v.contingency, \
     v.budget_total_pence, v.budget_explanation, v.contribution_pence, v.dp_amount_pence, v.dp_frequency, v.agreed_on, \
     v.agreed_with, v.next_review_due, v.reablement_ends_on, v.revision";

pub(crate) fn version_from_row(r: &sqlx::any::AnyRow) -> Result<PlanVersion, sqlx::Error> {
    Ok(PlanVersion {
        id: r.try_get("id")?,
        plan_id: r.try_get("plan_id")?,
        status: r.try_get("status")?,
        number: r.try_get("number")?,
        replaces_id: r.try_get("replaces_id")?,
        plan_type: r.try_get("plan_type")?,
        what_matters: r.try_get("what_matters")?,
        advice: r.try_get("advice")?,
        contingency: r.try_get("contingency")?,
        budget_total_pence: r.try_get("budget_total_pence")?,
        budget_explanation: r.try_get("budget_explanation")?,
        contribution_pence: r.try_get("contribution_pence")?,
        dp_amount_pence: r.try_get("dp_amount_pence")?,
        dp_frequency: r.try_get("dp_frequency")?,
        agreed_on: r.try_get("agreed_on")?,
        agreed_with: r.try_get("agreed_with")?,
        next_review_due: r.try_get("next_review_due")?,
        reablement_ends_on: r.try_get("reablement_ends_on")?,
        revision: r.try_get("revision")?,
        budget_option: r.try_get("budget_option")?,
        ..Default::default()
    })
}

pub(crate) async fn with_items(db: &Db, mut v: PlanVersion) -> Result<PlanVersion, sqlx::Error> {
    // One statement for the four lists (each statement is a round trip to
    // the database, or a hand-off to SQLite's worker thread): each list's
    // columns go into shared text (t1..t5) and number (n1, n2) slots, and
    // `kind` says which list a row belongs to.
    let rows = sqlx::query(ITEMS_SQL).bind(v.id).fetch_all(db.reader()).await?;
    for r in &rows {
        let key: String = r.try_get("item_key")?;
        let text = |slot: &str| r.try_get::<String, _>(slot);
        match r.try_get::<i64, _>("kind")? {
            0 => v.needs.push(Need { key, description: text("t1")?, eligible: r.try_get::<i64, _>("n1")? == 1 }),
            1 => v.outcomes.push(Outcome { key, text: text("t1")?, written_by: text("t2")?, author_name: text("t3")? }),
            2 => v.support.push(Support {
                key,
                what: text("t1")?,
                provider: text("t2")?,
                how_often: text("t3")?,
                hours_per_week: text("t4")?,
                weekly_cost_pence: r.try_get("n1")?,
                direct_payment: r.try_get::<i64, _>("n2")? == 1,
                meets: text("t5")?.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
            }),
            _ => v.members.push(Member { key, name: text("t1")?, role: text("t2")? }),
        }
    }
    Ok(v)
}

/// A version's needs (kind 0), outcomes (1), support (2) and members (3),
/// each in its own order. The literals' types match the columns' on both
/// engines (TEXT, BIGINT).
const ITEMS_SQL: &str = "\
    SELECT CAST(0 AS BIGINT) AS kind, position, id, item_key, description AS t1, '' AS t2, '' AS t3, '' AS t4, '' AS t5, eligible AS n1, 0 AS n2 \
      FROM plan_need WHERE version_id = $1 \
    UNION ALL SELECT 1, position, id, item_key, text, written_by, author_name, '', '', 0, 0 \
      FROM plan_outcome WHERE version_id = $1 \
    UNION ALL SELECT 2, position, id, item_key, what, provider, how_often, hours_per_week, meets, weekly_cost_pence, direct_payment \
      FROM plan_support WHERE version_id = $1 \
    UNION ALL SELECT 3, position, id, item_key, name, role, '', '', '', 0, 0 \
      FROM plan_member WHERE version_id = $1 \
    ORDER BY kind, position, id";

/// The person's current agreed version (the highest number), with items.
pub async fn current_agreed(db: &Db, person_id: i64) -> Result<Option<PlanVersion>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {VERSION_COLUMNS} FROM plan_version v JOIN care_plan p ON p.id = v.plan_id \
         WHERE p.person_id = $1 AND v.status = 'agreed' ORDER BY v.number DESC, v.id DESC LIMIT 1"
    ))
    .bind(person_id)
    .fetch_optional(db.reader())
    .await?;
    match row {
        Some(r) => Ok(Some(with_items(db, version_from_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// Every agreed version of the person's plan, newest first, with items.
pub async fn agreed_versions(db: &Db, person_id: i64) -> Result<Vec<PlanVersion>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {VERSION_COLUMNS} FROM plan_version v JOIN care_plan p ON p.id = v.plan_id \
         WHERE p.person_id = $1 AND v.status = 'agreed' ORDER BY v.number DESC, v.id DESC"
    ))
    .bind(person_id)
    .fetch_all(db.reader())
    .await?;
    let mut out = vec![];
    for r in rows {
        out.push(with_items(db, version_from_row(&r)?).await?);
    }
    Ok(out)
}

/// The latest progress for each reablement goal: outcome key → progress code.
pub async fn goal_progress(
    db: &Db,
    plan_id: i64,
) -> Result<Vec<(String, String, String, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.outcome_key, g.progress, g.note, g.updated_at FROM goal_progress g \
         WHERE g.plan_id = $1 AND g.id = (SELECT MAX(h.id) FROM goal_progress h WHERE h.plan_id = g.plan_id AND h.outcome_key = g.outcome_key)",
    )
    .bind(plan_id)
    .fetch_all(db.reader())
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("outcome_key")?,
                r.try_get("progress")?,
                r.try_get("note")?,
                r.try_get("updated_at")?,
            ))
        })
        .collect()
}

/// One difference between two versions, ready to be put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// kind: need, outcome, support, member; summary: the item in words.
    Added {
        kind: &'static str,
        summary: String,
    },
    Removed {
        kind: &'static str,
        summary: String,
    },
    /// field: a Fluent-id suffix, e.g. "support-hours".
    Changed {
        kind: &'static str,
        item: String,
        field: &'static str,
        from: String,
        to: String,
    },
}

fn support_summary(s: &Support) -> String {
    let mut parts = vec![s.what.clone()];
    if !s.hours_per_week.is_empty() {
        parts.push(format!("{} h/wk", s.hours_per_week));
    }
    parts.push(format!(
        "{}/wk",
        crate::money::format_pence(s.weekly_cost_pence)
    ));
    parts.join(", ")
}

fn diff_items<T: Clone>(
    kind: &'static str,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> &str,
    summary: impl Fn(&T) -> String,
    fields: impl Fn(&T, &T) -> Vec<(&'static str, String, String)>,
    out: &mut Vec<Change>,
) {
    for n in new {
        match old.iter().find(|o| key(o) == key(n)) {
            None => out.push(Change::Added {
                kind,
                summary: summary(n),
            }),
            Some(o) => {
                for (field, from, to) in fields(o, n) {
                    if from != to {
                        out.push(Change::Changed {
                            kind,
                            item: summary(n),
                            field,
                            from,
                            to,
                        });
                    }
                }
            }
        }
    }
    for o in old {
        if !new.iter().any(|n| key(n) == key(o)) {
            out.push(Change::Removed {
                kind,
                summary: summary(o),
            });
        }
    }
}

/// What changed from `old` to `new`, item by item and field by field.
pub fn what_changed(old: &PlanVersion, new: &PlanVersion) -> Vec<Change> {
    use crate::money::format_pence as money;
    let mut out = vec![];
    let yes_no = |b: bool| {
        if b {
            "yes".to_string()
        } else {
            "no".to_string()
        }
    };
    diff_items(
        "need",
        &old.needs,
        &new.needs,
        |n| &n.key,
        |n| n.description.clone(),
        |o, n| {
            vec![
                (
                    "need-description",
                    o.description.clone(),
                    n.description.clone(),
                ),
                ("need-eligible", yes_no(o.eligible), yes_no(n.eligible)),
            ]
        },
        &mut out,
    );
    diff_items(
        "outcome",
        &old.outcomes,
        &new.outcomes,
        |n| &n.key,
        |n| n.text.clone(),
        |o, n| vec![("outcome-text", o.text.clone(), n.text.clone())],
        &mut out,
    );
    diff_items(
        "support",
        &old.support,
        &new.support,
        |n| &n.key,
        |n| n.what.clone(),
        |o, n| {
            vec![
                ("support-what", o.what.clone(), n.what.clone()),
                ("support-provider", o.provider.clone(), n.provider.clone()),
                (
                    "support-how-often",
                    o.how_often.clone(),
                    n.how_often.clone(),
                ),
                (
                    "support-hours",
                    o.hours_per_week.clone(),
                    n.hours_per_week.clone(),
                ),
                (
                    "support-cost",
                    money(o.weekly_cost_pence),
                    money(n.weekly_cost_pence),
                ),
                (
                    "support-direct-payment",
                    yes_no(o.direct_payment),
                    yes_no(n.direct_payment),
                ),
            ]
        },
        &mut out,
    );
    diff_items(
        "member",
        &old.members,
        &new.members,
        |n| &n.key,
        |n| n.name.clone(),
        |o, n| vec![("member-role", o.role.clone(), n.role.clone())],
        &mut out,
    );
    let plain: [(&'static str, String, String); 10] = [
        (
            "what-matters",
            old.what_matters.clone(),
            new.what_matters.clone(),
        ),
        ("advice", old.advice.clone(), new.advice.clone()),
        (
            "contingency",
            old.contingency.clone(),
            new.contingency.clone(),
        ),
        (
            "budget-total",
            money(old.budget_total_pence),
            money(new.budget_total_pence),
        ),
        (
            "budget-explanation",
            old.budget_explanation.clone(),
            new.budget_explanation.clone(),
        ),
        (
            "contribution",
            money(old.contribution_pence),
            money(new.contribution_pence),
        ),
        (
            "dp-amount",
            money(old.dp_amount_pence),
            money(new.dp_amount_pence),
        ),
        (
            "dp-frequency",
            old.dp_frequency.clone().unwrap_or_default(),
            new.dp_frequency.clone().unwrap_or_default(),
        ),
        (
            "next-review",
            old.next_review_due.clone().unwrap_or_default(),
            new.next_review_due.clone().unwrap_or_default(),
        ),
        (
            "reablement-ends",
            old.reablement_ends_on.clone().unwrap_or_default(),
            new.reablement_ends_on.clone().unwrap_or_default(),
        ),
    ];
    for (field, from, to) in plain {
        if from != to {
            out.push(Change::Changed {
                kind: "plan",
                item: String::new(),
                field,
                from,
                to,
            });
        }
    }
    let _ = support_summary;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support(key: &str, what: &str, hours: &str, pence: i64) -> Support {
        Support {
            key: key.into(),
            what: what.into(),
            provider: "Ability PA Co".into(),
            how_often: "Daily".into(),
            hours_per_week: hours.into(),
            weekly_cost_pence: pence,
            ..Default::default()
        }
    }

    fn base() -> PlanVersion {
        PlanVersion {
            needs: vec![Need {
                key: "n1".into(),
                description: "Getting washed".into(),
                eligible: true,
            }],
            outcomes: vec![Outcome {
                key: "o1".into(),
                text: "Go to football".into(),
                written_by: "person".into(),
                author_name: "Alex".into(),
            }],
            support: vec![support("s1", "Personal assistant", "8", 14_400)],
            members: vec![Member {
                key: "m1".into(),
                name: "Sam".into(),
                role: "carer".into(),
            }],
            budget_total_pence: 14_400,
            ..Default::default()
        }
    }

    #[test]
    fn no_change_says_nothing() {
        assert!(what_changed(&base(), &base()).is_empty());
    }

    #[test]
    fn additions_removals_and_changes_of_each_field_are_found() {
        let old = base();
        let mut new = base();
        new.support[0].hours_per_week = "10".into();
        new.support[0].weekly_cost_pence = 18_000;
        new.support[0].provider = "Own PA".into();
        new.support[0].how_often = "Weekdays".into();
        new.support[0].what = "PA".into();
        new.support[0].direct_payment = true;
        new.support.push(support("s2", "Day centre", "", 6_000));
        new.needs[0].eligible = false;
        new.needs[0].description = "Washing".into();
        new.needs.push(Need {
            key: "n2".into(),
            description: "Cooking".into(),
            eligible: true,
        });
        new.outcomes.clear();
        new.members[0].role = "nominated_person".into();
        new.budget_total_pence = 24_000;
        new.next_review_due = Some("2027-09-14".into());
        new.what_matters = "My dog".into();
        let changes = what_changed(&old, &new);
        let has = |c: &Change| changes.contains(c);
        assert!(
            has(&Change::Added {
                kind: "support",
                summary: "Day centre".into()
            }),
            "{changes:#?}"
        );
        assert!(has(&Change::Added {
            kind: "need",
            summary: "Cooking".into()
        }));
        assert!(has(&Change::Removed {
            kind: "outcome",
            summary: "Go to football".into()
        }));
        for (field, from, to) in [
            ("support-hours", "8", "10"),
            ("support-cost", "£144.00", "£180.00"),
            ("support-provider", "Ability PA Co", "Own PA"),
            ("support-how-often", "Daily", "Weekdays"),
            ("support-what", "Personal assistant", "PA"),
            ("support-direct-payment", "no", "yes"),
        ] {
            assert!(
                has(&Change::Changed {
                    kind: "support",
                    item: "PA".into(),
                    field,
                    from: from.into(),
                    to: to.into()
                }),
                "{field}: {changes:#?}"
            );
        }
        assert!(has(&Change::Changed {
            kind: "need",
            item: "Washing".into(),
            field: "need-eligible",
            from: "yes".into(),
            to: "no".into()
        }));
        assert!(has(&Change::Changed {
            kind: "member",
            item: "Sam".into(),
            field: "member-role",
            from: "carer".into(),
            to: "nominated_person".into()
        }));
        assert!(has(&Change::Changed {
            kind: "plan",
            item: String::new(),
            field: "budget-total",
            from: "£144.00".into(),
            to: "£240.00".into()
        }));
        assert!(has(&Change::Changed {
            kind: "plan",
            item: String::new(),
            field: "next-review",
            from: String::new(),
            to: "2027-09-14".into()
        }));
        assert!(has(&Change::Changed {
            kind: "plan",
            item: String::new(),
            field: "what-matters",
            from: String::new(),
            to: "My dog".into()
        }));
    }
}
