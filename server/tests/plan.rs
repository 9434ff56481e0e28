//! The care and support plan as people read it: at a glance, by section,
//! and what changed between versions. On the demo plans.

mod common;
use common::*;

async fn demo() -> (TestApp, i64, i64) {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    assert!(
        app::data::seed::seed_if_empty(&app.state.db, &app.state.passwords)
            .await
            .unwrap()
    );
    let alex = app
        .scalar("SELECT id FROM person WHERE display_name = 'Alex Morgan (demo)'")
        .await;
    let dafydd = app
        .scalar("SELECT id FROM person WHERE display_name = 'Dafydd Jones (demo)'")
        .await;
    (app, alex, dafydd)
}

async fn demo_user(app: &TestApp, email: &str) -> User {
    let u = app.user();
    app.sign_in_with_password(&u, email, app::data::seed::DEMO_PASSWORD, "/")
        .await;
    u
}

const SECTIONS: [&str; 6] = ["outcomes", "needs", "support", "budget", "advice", "people"];

#[tokio::test]
async fn the_person_reads_their_plan_at_a_glance_by_section_and_what_changed() {
    let (app, alex, _) = demo().await;
    let u = demo_user(&app, "alex@example.org").await;
    let glance = u.get_text(&format!("/people/{alex}/plan")).await;
    assert!(glance.contains("Your plan at a glance"), "{glance}");
    assert!(
        glance.contains("Version 2, agreed on 14 September 2026"),
        "{glance}"
    );
    assert!(glance.contains("£282.00"), "weekly support total: {glance}");
    assert!(
        glance.contains("14 September 2027 (in "),
        "review countdown: {glance}"
    );
    for s in SECTIONS {
        let res = u.get(&format!("/people/{alex}/plan/{s}")).await;
        assert_eq!(res.status(), 200, "{s}");
    }
    let support = u.get_text(&format!("/people/{alex}/plan/support")).await;
    assert!(
        support.contains("<caption")
            && support.contains("Day centre")
            && support.contains("£282.00"),
        "{support}"
    );
    let budget = u.get_text(&format!("/people/{alex}/plan/budget")).await;
    assert!(
        budget.contains("£25.00 a week") && budget.contains("£180.00, paid every week"),
        "{budget}"
    );
    let versions = u.get_text(&format!("/people/{alex}/plan/versions")).await;
    for words in [
        "Support added: Day centre",
        "Need added: Seeing friends and getting out of the house",
        "Personal assistant: hours a week is now 10 (was 8)",
        "Personal assistant: cost a week is now £180.00 (was £144.00)",
        "The personal budget is now £282.00 (was £186.00)",
        "The next review is now 14 September 2027 (was 14 September 2026)",
        "The first agreed version.",
    ] {
        assert!(versions.contains(words), "missing {words:?} in {versions}");
    }
    assert_eq!(
        u.get(&format!("/people/{alex}/plan/nonsense"))
            .await
            .status(),
        404
    );
    assert_eq!(
        u.get(&format!("/people/{alex}/plan/%3Cscript%3E"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn drafts_are_never_shown_and_agreed_versions_never_change() {
    let (app, alex, _) = demo().await;
    let plan = app
        .scalar(&format!(
            "SELECT id FROM care_plan WHERE person_id = {alex}"
        ))
        .await;
    app.exec(&format!(
        "INSERT INTO plan_version (plan_id, status, plan_type, what_matters, created_at, updated_at) VALUES ({plan}, 'draft', 'long_term', 'DRAFT ONLY TEXT', 0, 0)"
    ))
    .await;
    let u = demo_user(&app, "alex@example.org").await;
    for path in [
        format!("/people/{alex}/plan"),
        format!("/people/{alex}/plan/outcomes"),
        format!("/people/{alex}/plan/versions"),
    ] {
        assert!(
            !u.get_text(&path).await.contains("DRAFT ONLY TEXT"),
            "{path}"
        );
    }
    // Only one draft per plan.
    let second = sqlx::query(&format!("INSERT INTO plan_version (plan_id, status, plan_type, created_at, updated_at) VALUES ({plan}, 'draft', 'long_term', 0, 0)"))
        .execute(app.state.db.writer())
        .await;
    assert!(second.is_err(), "a second draft is refused");
    let agreed = app
        .scalar(&format!(
            "SELECT MAX(id) FROM plan_version WHERE plan_id = {plan} AND status = 'agreed'"
        ))
        .await;
    for sql in [
        format!("UPDATE plan_version SET what_matters = 'changed' WHERE id = {agreed}"),
        format!("DELETE FROM plan_version WHERE id = {agreed}"),
        format!("INSERT INTO plan_need (version_id, item_key, position, description, eligible) VALUES ({agreed}, 'x', 9, 'x', 1)"),
        format!("UPDATE plan_support SET weekly_cost_pence = 1 WHERE version_id = {agreed}"),
        format!("DELETE FROM plan_outcome WHERE version_id = {agreed}"),
        format!("UPDATE plan_member SET name = 'x' WHERE version_id = {agreed}"),
    ] {
        assert!(sqlx::query(&sql).execute(app.state.db.writer()).await.is_err(), "the database must refuse: {sql}");
    }
}

#[tokio::test]
async fn a_carer_without_the_plan_scope_sees_no_plan_page_and_others_get_404() {
    let (app, alex, dafydd) = demo().await;
    let sam = demo_user(&app, "sam@example.org").await;
    // Sam acts for Alex (plan granted) …
    let res = sam
        .post("/acting-for", &form_body(&[("person", &alex.to_string())]))
        .await;
    assert_eq!(location(&res), format!("/people/{alex}"));
    assert_eq!(
        sam.get(&format!("/people/{alex}/plan/support"))
            .await
            .status(),
        200
    );
    // … and for Dafydd, whose LPA covers the budget but not the plan.
    sam.post(
        "/acting-for",
        &form_body(&[("person", &dafydd.to_string())]),
    )
    .await;
    let mut paths = vec![
        format!("/people/{dafydd}/plan"),
        format!("/people/{dafydd}/plan/versions"),
    ];
    paths.extend(
        SECTIONS
            .iter()
            .map(|s| format!("/people/{dafydd}/plan/{s}")),
    );
    for path in &paths {
        assert_eq!(sam.get(path).await.status(), 403, "{path}");
    }
    // Alex cannot open Dafydd's plan at all.
    let alex_user = demo_user(&app, "alex@example.org").await;
    for path in &paths {
        assert_eq!(alex_user.get(path).await.status(), 404, "{path}");
    }
    // Every plan page view is one audit row.
    let before = app
        .scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'viewed_plan'")
        .await;
    alex_user.get(&format!("/people/{alex}/plan/budget")).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'viewed_plan'")
            .await,
        before + 1
    );
}

#[tokio::test]
async fn a_reablement_plan_shows_goals_with_progress() {
    let (app, _, dafydd) = demo().await;
    let rhys = app.user();
    let res = app
        .sign_in_with_password(
            &rhys,
            "rhys@example.org",
            app::data::seed::DEMO_PASSWORD,
            "/",
        )
        .await;
    assert_eq!(res.status(), 303);
    let glance = rhys.get_text(&format!("/people/{dafydd}/plan")).await;
    assert!(
        glance.contains("Reablement") && glance.contains("Reablement ends"),
        "{glance}"
    );
    let goals = rhys
        .get_text(&format!("/people/{dafydd}/plan/outcomes"))
        .await;
    assert!(
        goals.contains("Goals and progress")
            && goals.contains("Started")
            && goals.contains("Not started"),
        "{goals}"
    );
}
