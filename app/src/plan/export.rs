//! The plan as portable data: a FHIR R4 `Bundle` (type `collection`) of a
//! UK Core-shaped `CarePlan` with its `Condition`s (the assessed needs,
//! `CarePlan.addresses`) and `Goal`s (the outcomes, `CarePlan.goal`).
//! Support items are `activity.detail`, the version it replaces is
//! `replaces`, and the personal budget is an extension. Amounts are GBP
//! `Money` built from integer pence.

use super::PlanVersion;
use serde_json::{json, Value};

/// Where Careway's own FHIR extensions are defined.
pub const EXTENSION_BASE: &str = "https://careway.org.uk/fhir/StructureDefinition";

fn money(pence: i64) -> Value {
    // Integer pence to a decimal without float rounding: 28250 → 282.5.
    let s = format!("{}.{:02}", pence / 100, pence % 100);
    json!({ "value": serde_json::from_str::<Value>(&s).unwrap_or(Value::Null), "currency": "GBP" })
}

fn plan_ref(id: i64) -> String {
    format!("CarePlan/careway-plan-version-{id}")
}

/// The bundle for one agreed version. `progress` is each reablement goal's
/// latest progress (outcome key, code); `exported_at` an RFC 3339 instant.
pub fn fhir_bundle(
    v: &PlanVersion,
    person_id: i64,
    person_name: &str,
    progress: &[(String, String)],
    exported_at: &str,
) -> Value {
    let subject = json!({ "reference": format!("Patient/careway-person-{person_id}"), "display": person_name });
    let need_id = |k: &str| format!("careway-need-{}-{k}", v.plan_id);
    let goal_id = |k: &str| format!("careway-outcome-{}-{k}", v.plan_id);
    let mut entries = vec![];
    let mut period = serde_json::Map::new();
    if let Some(d) = &v.agreed_on {
        period.insert("start".into(), json!(d));
    }
    let end = if v.is_reablement() {
        v.reablement_ends_on.as_ref()
    } else {
        v.next_review_due.as_ref()
    };
    if let Some(d) = end {
        period.insert("end".into(), json!(d));
    }
    let activities: Vec<Value> = v
        .support
        .iter()
        .map(|s| {
            let detail = json!({
                "status": "in-progress",
                "description": s.what,
                "performer": [{ "display": s.provider }],
                "scheduledString": if s.hours_per_week.is_empty() { s.how_often.clone() } else { format!("{} ({} hours a week)", s.how_often, s.hours_per_week) },
                "reasonReference": s.meets.iter().map(|k| json!({ "reference": format!("Condition/{}", need_id(k)) })).collect::<Vec<_>>(),
                "extension": [
                    { "url": format!("{EXTENSION_BASE}/weekly-cost"), "valueMoney": money(s.weekly_cost_pence) },
                    { "url": format!("{EXTENSION_BASE}/paid-by-direct-payment"), "valueBoolean": s.direct_payment },
                ],
            });
            json!({ "detail": detail })
        })
        .collect();
    let mut budget = vec![
        json!({ "url": "total-weekly", "valueMoney": money(v.budget_total_pence) }),
        json!({ "url": "explanation", "valueString": v.budget_explanation }),
        json!({ "url": "person-contribution-weekly", "valueMoney": money(v.contribution_pence) }),
    ];
    if let Some(f) = &v.dp_frequency {
        budget.push(
            json!({ "url": "direct-payment-amount", "valueMoney": money(v.dp_amount_pence) }),
        );
        budget.push(json!({ "url": "direct-payment-frequency", "valueCode": f }));
    }
    let mut notes = vec![];
    for (label, text) in [
        ("What matters to me", &v.what_matters),
        ("Advice and information", &v.advice),
        ("Contingency plan", &v.contingency),
    ] {
        if !text.is_empty() {
            notes.push(json!({ "text": format!("{label}: {text}") }));
        }
    }
    let mut plan = json!({
        "resourceType": "CarePlan",
        "id": format!("careway-plan-version-{}", v.id),
        "meta": { "profile": ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan"] },
        "identifier": [{ "system": "https://careway.org.uk/id/plan-version", "value": format!("{}-{}", v.plan_id, v.number.unwrap_or(0)) }],
        "status": "active",
        "intent": "plan",
        "category": [{ "text": if v.is_reablement() { "Reablement" } else { "Long-term care and support" } }],
        "title": format!("Care and support plan, version {}", v.number.unwrap_or(0)),
        "subject": subject,
        "period": period,
        "created": v.agreed_on,
        "contributor": v.members.iter().map(|m| json!({ "display": format!("{} ({})", m.name, m.role.replace('_', " ")) })).collect::<Vec<_>>(),
        "addresses": v.needs.iter().map(|n| json!({ "reference": format!("Condition/{}", need_id(&n.key)), "display": n.description })).collect::<Vec<_>>(),
        "goal": v.outcomes.iter().map(|o| json!({ "reference": format!("Goal/{}", goal_id(&o.key)), "display": o.text })).collect::<Vec<_>>(),
        "activity": activities,
        "note": notes,
        "extension": [
            { "url": format!("{EXTENSION_BASE}/personal-budget"), "extension": budget },
            { "url": format!("{EXTENSION_BASE}/agreed-with"), "valueString": v.agreed_with },
        ],
    });
    if let Some(next) = &v.next_review_due {
        plan["extension"]
            .as_array_mut()
            .expect("an array")
            .push(json!({ "url": format!("{EXTENSION_BASE}/next-review-due"), "valueDate": next }));
    }
    if let Some(r) = v.replaces_id {
        plan["replaces"] = json!([{ "reference": plan_ref(r) }]);
    }
    entries.push(json!({ "fullUrl": format!("urn:careway:{}", plan_ref(v.id)), "resource": plan }));
    for n in &v.needs {
        entries.push(json!({
            "fullUrl": format!("urn:careway:Condition/{}", need_id(&n.key)),
            "resource": {
                "resourceType": "Condition",
                "id": need_id(&n.key),
                "category": [{ "text": "Care Act 2014 assessed need" }],
                "code": { "text": n.description },
                "subject": subject,
                "extension": [{ "url": format!("{EXTENSION_BASE}/care-act-eligible"), "valueBoolean": n.eligible }],
            }
        }));
    }
    for o in &v.outcomes {
        let achievement =
            progress
                .iter()
                .find(|(k, _)| *k == o.key)
                .map(|(_, p)| match p.as_str() {
                    "achieved" => "achieved",
                    "nearly" | "started" => "in-progress",
                    _ => "no-progress",
                });
        let mut goal = json!({
            "resourceType": "Goal",
            "id": goal_id(&o.key),
            "lifecycleStatus": "active",
            "description": { "text": o.text },
            "subject": subject,
            "expressedBy": { "display": format!("{} ({})", o.author_name, o.written_by.replace('_', " ")) },
        });
        if let Some(a) = achievement {
            goal["achievementStatus"] = json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/goal-achievement", "code": a }] });
        }
        entries.push(
            json!({ "fullUrl": format!("urn:careway:Goal/{}", goal_id(&o.key)), "resource": goal }),
        );
    }
    json!({ "resourceType": "Bundle", "type": "collection", "timestamp": exported_at, "entry": entries })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Need, Outcome, Support};

    #[test]
    fn a_version_maps_onto_care_plan_conditions_and_goals() {
        let v = PlanVersion {
            id: 7,
            plan_id: 3,
            number: Some(2),
            replaces_id: Some(5),
            plan_type: "long_term".into(),
            budget_total_pence: 28_250,
            dp_frequency: Some("weekly".into()),
            dp_amount_pence: 18_000,
            agreed_on: Some("2026-09-14".into()),
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
            support: vec![Support {
                key: "s1".into(),
                what: "PA".into(),
                weekly_cost_pence: 18_005,
                meets: vec!["n1".into()],
                ..Default::default()
            }],
            ..Default::default()
        };
        let b = fhir_bundle(&v, 9, "Alex <b>", &[], "2026-11-27T00:00:00Z");
        assert_eq!(b["resourceType"], "Bundle");
        let plan = &b["entry"][0]["resource"];
        assert_eq!(plan["resourceType"], "CarePlan");
        assert_eq!(
            plan["replaces"][0]["reference"],
            "CarePlan/careway-plan-version-5"
        );
        assert_eq!(
            plan["addresses"][0]["reference"],
            "Condition/careway-need-3-n1"
        );
        assert_eq!(plan["goal"][0]["reference"], "Goal/careway-outcome-3-o1");
        assert_eq!(
            plan["activity"][0]["detail"]["reasonReference"][0]["reference"],
            "Condition/careway-need-3-n1"
        );
        assert_eq!(
            plan["activity"][0]["detail"]["extension"][0]["valueMoney"]["value"].to_string(),
            "180.05"
        );
        assert_eq!(
            plan["extension"][0]["extension"][0]["valueMoney"]["value"].to_string(),
            "282.5"
        );
        assert_eq!(plan["subject"]["display"], "Alex <b>");
        assert_eq!(b["entry"][1]["resource"]["resourceType"], "Condition");
        assert_eq!(b["entry"][2]["resource"]["resourceType"], "Goal");
    }
}
