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

/// The draft's revision as written into a page's forms.
fn revision_in(html: &str) -> String {
    let at = html
        .find(r#"name="revision""#)
        .unwrap_or_else(|| panic!("no revision field in {html}"));
    let tag_start = html[..at].rfind('<').unwrap();
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>').unwrap()];
    let v = tag.split(r#"value=""#).nth(1).unwrap();
    v[..v.find('"').unwrap()].to_string()
}

fn date_fields<'a>(name: &'a str, date: &'a str) -> Vec<(String, String)> {
    let mut it = date.split('-');
    let (y, m, d) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
    vec![
        (name.to_string(), d.to_string()),
        (format!("{name}-month"), m.to_string()),
        (format!("{name}-year"), y.to_string()),
    ]
}

fn body_of(pairs: &[(String, String)]) -> String {
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    form_body(&refs)
}

#[tokio::test]
async fn a_worker_drafts_over_visits_and_publishes_and_the_person_sees_only_the_published_plan() {
    let (app, alex, _) = demo().await;
    let priya = demo_user(&app, "priya@example.org").await;
    let draft = format!("/people/{alex}/plan/draft");
    assert!(priya.get_text(&draft).await.contains("Start a new version"));
    // Start, twice (a double click): one draft.
    for _ in 0..2 {
        let res = priya.post(&draft, "").await;
        assert_eq!(location(&res), draft);
    }
    let drafts = format!("SELECT COUNT(*) FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.person_id = {alex} AND v.status = 'draft'");
    assert_eq!(app.scalar(&drafts).await, 1);
    let tasks = priya.get_text(&draft).await;
    assert!(tasks.contains("You have completed 7 of 7 sections") && tasks.contains("version 3"), "{tasks}");

    // The person and the carer never see the draft.
    let alex_user = demo_user(&app, "alex@example.org").await;
    assert_eq!(alex_user.get(&draft).await.status(), 403);
    assert_eq!(alex_user.get(&format!("{draft}/support")).await.status(), 403);
    assert_eq!(alex_user.post(&format!("{draft}/about"), "").await.status(), 403);

    // Change the personal assistant's hours and cost (the item keeps its key).
    let support = priya.get_text(&format!("{draft}/support")).await;
    let rev = revision_in(&support);
    let v_id = app.scalar(&format!("SELECT v.id FROM plan_version v JOIN care_plan p ON p.id = v.plan_id WHERE p.person_id = {alex} AND v.status = 'draft'")).await;
    let pa_key: String = sqlx::query_scalar(&format!("SELECT item_key FROM plan_support WHERE version_id = {v_id} AND what = 'Personal assistant'"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    let need_key: String = sqlx::query_scalar(&format!("SELECT item_key FROM plan_need WHERE version_id = {v_id} ORDER BY position LIMIT 1"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    let item = format!("{draft}/support/{pa_key}");
    let pa = |hours: &str, cost: &str, rev: &str| {
        form_body(&[
            ("revision", rev),
            ("what", "Personal assistant"),
            ("provider", "Alex's own PA (direct payment)"),
            ("how-often", "Weekday mornings"),
            ("hours", hours),
            ("cost", cost),
            ("direct-payment", "yes"),
            ("meets", &need_key),
        ])
    };
    // Hostile and wrong money: refused, explained, kept.
    for (cost, message) in [
        ("-3", "The amount cannot be less than zero"),
        ("abc", "Enter an amount in pounds and pence"),
        ("99999999999", "£10,000,000 or less"),
        ("", "Enter an amount in pounds"),
    ] {
        let res = priya.post(&item, &pa("12", cost, &rev)).await;
        assert_eq!(location(&res), item, "{cost}");
        let page = priya.get_text(&item).await;
        assert!(page.contains("There is a problem") && page.contains(message), "{cost}: {page}");
        assert!(page.contains(&format!(r#"value="{cost}""#)), "the typed cost is kept: {page}");
    }
    let res = priya.post(&item, &pa("twelve", "1", &rev)).await;
    assert_eq!(location(&res), item);
    assert!(priya.get_text(&item).await.contains("Enter hours a week as a number"));
    let res = priya.post(&item, &pa("12", "£1,216.50", &rev)).await;
    assert_eq!(location(&res), format!("{draft}/support"));
    assert_eq!(
        app.scalar(&format!("SELECT weekly_cost_pence FROM plan_support WHERE version_id = {v_id} AND item_key = '{pa_key}'")).await,
        121_650
    );
    // Not on any page the person sees.
    let seen = alex_user.get_text(&format!("/people/{alex}/plan/support")).await;
    assert!(!seen.contains("1,216.50") && !seen.contains("Weekday mornings"), "{seen}");

    // Two workers on one draft: the second, on a stale page, is told and
    // nothing of theirs overwrites the first.
    let about = format!("{draft}/about");
    let mut fields = vec![
        ("revision".to_string(), rev.clone()),
        ("plan-type".to_string(), "long_term".to_string()),
        ("what-matters".to_string(), "Stale words <script>alert(1)</script>".to_string()),
    ];
    fields.extend(date_fields("next-review", "2027-10-01"));
    let res = priya.post(&about, &body_of(&fields)).await;
    assert_eq!(location(&res), about);
    let page = priya.get_text(&about).await;
    assert!(page.contains("Someone else changed this draft"), "{page}");
    assert!(page.contains("Stale words &lt;script&gt;"), "kept, and escaped: {page}");
    assert!(!page.contains("<script>alert"), "{page}");
    let what: String = sqlx::query_scalar(&format!("SELECT what_matters FROM plan_version WHERE id = {v_id}"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert!(!what.contains("Stale"), "{what}");
    // With the page as it is now, it saves.
    fields[0].1 = revision_in(&page);
    fields[2].1 = "Football, my dog, and seeing friends".into();
    let res = priya.post(&about, &body_of(&fields)).await;
    assert_eq!(location(&res), draft);

    // "Add another": a new need; the same form sent twice adds it once.
    let needs = priya.get_text(&format!("{draft}/needs")).await;
    let rev = revision_in(&needs);
    let key_at = needs.find(r#"name="key""#).expect("a key for the new item");
    let key_tag = &needs[needs[..key_at].rfind('<').unwrap()..];
    let key = key_tag.split(r#"value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let add = form_body(&[("revision", &rev), ("key", &key), ("description", "Cooking a hot meal"), ("eligible", "yes")]);
    for _ in 0..2 {
        let res = priya.post(&format!("{draft}/needs"), &add).await;
        assert_eq!(location(&res), format!("{draft}/needs"));
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM plan_need WHERE version_id = {v_id} AND description = 'Cooking a hot meal'")).await, 1);
    // An empty need is refused, with the error summary.
    let res = priya.post(&format!("{draft}/needs"), &form_body(&[("revision", &rev), ("description", ""), ("eligible", "maybe")])).await;
    assert_eq!(location(&res), format!("{draft}/needs"));
    let page = priya.get_text(&format!("{draft}/needs")).await;
    assert!(page.contains("Enter the need") && page.contains("Choose whether it is an eligible need"), "{page}");

    // Check and publish: a future date is refused; today works.
    let check = format!("{draft}/check");
    let page = priya.get_text(&check).await;
    assert!(page.contains("Publish as version 3"), "{page}");
    let today = app.state.clock.today();
    let mut publish = vec![("revision".to_string(), revision_in(&page)), ("agreed-with".to_string(), "Alex Morgan and Sam Morgan (carer)".to_string())];
    publish.extend(date_fields("agreed-on", "2099-01-01"));
    let res = priya.post(&check, &body_of(&publish)).await;
    assert_eq!(location(&res), check);
    assert!(priya.get_text(&check).await.contains("must be today or in the past"));
    publish.truncate(2);
    publish.extend(date_fields("agreed-on", &today));
    let res = priya.post(&check, &body_of(&publish)).await;
    assert_eq!(location(&res), format!("/people/{alex}/plan/versions"));
    assert!(priya.get_text(&format!("/people/{alex}/plan/versions")).await.contains("The plan has been published"));
    // A second click finds no draft and goes to the task list.
    let res = priya.post(&check, &body_of(&publish)).await;
    assert_eq!(location(&res), draft);
    assert_eq!(app.scalar(&drafts).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM plan_version WHERE id = {v_id} AND status = 'agreed' AND number = 3")).await, 1);

    // Now the person sees version 3, and what changed in words.
    let versions = alex_user.get_text(&format!("/people/{alex}/plan/versions")).await;
    for words in [
        "Version 3, agreed on",
        "Personal assistant: hours a week is now 12 (was 10)",
        "Personal assistant: cost a week is now £1,216.50 (was £180.00)",
        "Need added: Cooking a hot meal",
    ] {
        assert!(versions.contains(words), "missing {words:?}: {versions}");
    }
    // Published means final: the database refuses a change.
    assert!(sqlx::query(&format!("UPDATE plan_version SET what_matters = 'x' WHERE id = {v_id}"))
        .execute(app.state.db.writer())
        .await
        .is_err());
    for action in ["started_plan_draft", "changed_plan_draft", "published_plan", "viewed_plan_draft"] {
        assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE action = '{action}' AND person_id = {alex}")).await >= 1, "{action}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'started_plan_draft'").await, 1, "one start, though clicked twice");
}

#[tokio::test]
async fn the_person_and_carer_comment_disagree_and_ask_for_a_review_and_the_worker_answers() {
    let (app, alex, dafydd) = demo().await;
    let alex_user = demo_user(&app, "alex@example.org").await;
    let section = format!("/people/{alex}/plan/support");
    let idem = "a".repeat(64);
    let said = form_body(&[("idem", &idem), ("kind", "disagree"), ("body", "<b>Too few hours</b>\nI need evenings too'; DROP TABLE plan_comment; --")]);
    for _ in 0..2 {
        let res = alex_user.post(&section, &said).await;
        assert_eq!(location(&res), format!("{section}#comments"));
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM plan_comment WHERE person_id = {alex}")).await, 1, "sent twice, kept once");
    let page = alex_user.get_text(&section).await;
    assert!(page.contains("&lt;b&gt;Too few hours&lt;/b&gt;") && page.contains("I don't agree with this") && page.contains("Waiting for an answer"), "{page}");
    // Empty, and a wrong kind: explained, kept.
    let res = alex_user.post(&section, &form_body(&[("kind", "disagree"), ("body", "   ")])).await;
    assert_eq!(location(&res), section);
    assert!(alex_user.get_text(&section).await.contains("Say what you do not agree with, and why"));
    alex_user.post(&section, &form_body(&[("kind", "<x>"), ("body", "hello")])).await;
    let page = alex_user.get_text(&section).await;
    assert!(page.contains("Choose a comment, or that you do not agree") && page.contains(">hello</textarea>"), "{page}");

    // The worker sees it to do, answers; the worker cannot speak as the person.
    let priya = demo_user(&app, "priya@example.org").await;
    let glance = priya.get_text(&format!("/people/{alex}/plan")).await;
    assert!(glance.contains("Comments: 1 waiting for an answer"), "{glance}");
    assert_eq!(priya.post(&section, &said).await.status(), 403);
    let cid = app.scalar(&format!("SELECT id FROM plan_comment WHERE person_id = {alex}")).await;
    let answer = format!("/people/{alex}/plan/comments/{cid}");
    assert_eq!(alex_user.get(&answer).await.status(), 403, "the person does not answer their own comment");
    let res = priya.post(&answer, &form_body(&[("answer", "")])).await;
    assert_eq!(location(&res), answer);
    let res = priya.post(&answer, &form_body(&[("answer", "I will add evening support at the review.")])).await;
    assert_eq!(location(&res), format!("/people/{alex}/plan/comments"));
    assert!(alex_user.get_text(&section).await.contains("I will add evening support at the review."));
    // Someone else's comment id: not found.
    let other = format!("/people/{dafydd}/plan/comments/{cid}");
    assert_eq!(priya.post(&other, &form_body(&[("answer", "x")])).await.status(), 404);

    // Sam, a carer with the plan scope for Alex, can comment; not for Dafydd.
    let sam = demo_user(&app, "sam@example.org").await;
    sam.post("/acting-for", &form_body(&[("person", &alex.to_string())])).await;
    let res = sam.post(&format!("/people/{alex}/plan/outcomes"), &form_body(&[("kind", "comment"), ("body", "Sam here")])).await;
    assert_eq!(location(&res), format!("/people/{alex}/plan/outcomes#comments"));
    assert!(alex_user.get_text(&format!("/people/{alex}/plan/outcomes")).await.contains("(carer)"));
    sam.post("/acting-for", &form_body(&[("person", &dafydd.to_string())])).await;
    assert_eq!(sam.post(&format!("/people/{dafydd}/plan/outcomes"), &form_body(&[("kind", "comment"), ("body", "x")])).await.status(), 403);
    assert_eq!(sam.get(&format!("/people/{dafydd}/plan/review")).await.status(), 403);

    // Ask for an early review; a second ask while one is open adds nothing.
    let review = format!("/people/{alex}/plan/review");
    let res = alex_user.post(&review, &form_body(&[("reason", ""), ("contact", "pigeon")])).await;
    assert_eq!(location(&res), review);
    let page = alex_user.get_text(&review).await;
    assert!(page.contains("Say why you want an early review") && page.contains("Choose how we should get in touch"), "{page}");
    for idem in ["b", "c"] {
        let res = alex_user.post(&review, &form_body(&[("idem", &idem.repeat(64)), ("reason", "My sight has got worse"), ("contact", "phone"), ("contact-detail", "07700 900123")])).await;
        assert_eq!(location(&res), review);
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM review_request WHERE person_id = {alex}")).await, 1);
    let rid = app.scalar(&format!("SELECT id FROM review_request WHERE person_id = {alex}")).await;
    let update = format!("{review}/{rid}");
    assert_eq!(alex_user.post(&update, &form_body(&[("status", "done")])).await.status(), 403);
    let res = priya.post(&update, &form_body(&[("status", "booked")])).await;
    assert_eq!(location(&res), update);
    assert!(priya.get_text(&update).await.contains("Enter the date of the review"));
    let mut fields = vec![("status".to_string(), "booked".to_string()), ("note".to_string(), "At home, with a BSL interpreter".to_string())];
    fields.extend(date_fields("booked-for", "2027-01-12"));
    let res = priya.post(&update, &body_of(&fields)).await;
    assert_eq!(location(&res), review);
    let page = alex_user.get_text(&review).await;
    assert!(page.contains("Booked") && page.contains("12 January 2027") && page.contains("At home, with a BSL interpreter"), "{page}");
    for action in ["commented_on_plan", "answered_plan_comment", "asked_for_review", "updated_review_request"] {
        assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE action = '{action}'")).await >= 1, "{action}");
    }
}

#[tokio::test]
async fn the_plan_downloads_as_fhir_json_and_as_a_self_contained_page_for_those_who_may_see_it() {
    let (app, alex, dafydd) = demo().await;
    let alex_user = demo_user(&app, "alex@example.org").await;
    let res = alex_user.get(&format!("/people/{alex}/plan/export.json")).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/fhir+json"));
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"careway-plan-version-2.json\""));
    let json: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    assert_eq!(json["resourceType"], "Bundle");
    let plan = &json["entry"][0]["resource"];
    assert_eq!(plan["resourceType"], "CarePlan");
    assert!(plan["replaces"][0]["reference"].as_str().unwrap().starts_with("CarePlan/"));
    assert!(plan["activity"].as_array().unwrap().len() >= 2);
    let kinds: Vec<&str> = json["entry"].as_array().unwrap().iter().map(|e| e["resource"]["resourceType"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"Condition") && kinds.contains(&"Goal"), "{kinds:?}");

    let res = alex_user.get(&format!("/people/{alex}/plan/export.html")).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains(r#"<html lang="en-GB""#), "{html}");
    assert!(html.contains("<caption") && html.contains("Day centre") && html.contains("<style>"), "{html}");
    assert!(!html.contains("<script") && !html.contains("<link"), "self-contained, no scripts: {html}");

    // A carer without the plan scope: refused; another person: not found.
    let sam = demo_user(&app, "sam@example.org").await;
    sam.post("/acting-for", &form_body(&[("person", &dafydd.to_string())])).await;
    for ext in ["json", "html"] {
        assert_eq!(sam.get(&format!("/people/{dafydd}/plan/export.{ext}")).await.status(), 403, "{ext}");
        assert_eq!(alex_user.get(&format!("/people/{dafydd}/plan/export.{ext}")).await.status(), 404, "{ext}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'exported_plan'").await, 2);
}

/// A version's four lists come back from one statement: each list holds
/// exactly its own table's rows, in position order, with every field, on
/// both engines. Checked against one query per table, with an item added
/// out of order to each list.
#[tokio::test]
async fn a_versions_lists_are_read_in_one_statement_each_in_its_own_order() {
    use sqlx::Row;
    let (app, alex, _) = demo().await;
    // A draft (agreed versions never change): a copy of the agreed lists.
    let worker = app.scalar("SELECT id FROM account WHERE role = 'social_worker' ORDER BY id LIMIT 1").await;
    let id = app::plan::draft::start(&app.state.db, alex, worker, 0).await.unwrap();
    for sql in [
        format!("INSERT INTO plan_need (version_id, item_key, position, description, eligible) VALUES ({id}, 'n-first', -1, 'First <need>', 0)"),
        format!("INSERT INTO plan_outcome (version_id, item_key, position, text, written_by, author_name) VALUES ({id}, 'o-first', -1, 'First outcome', 'carer', 'Sam')"),
        format!("INSERT INTO plan_support (version_id, item_key, position, what, provider, how_often, hours_per_week, weekly_cost_pence, direct_payment, meets) VALUES ({id}, 's-first', -1, 'First support', 'P', 'Daily', '3', 1234, 1, 'a,,b')"),
        format!("INSERT INTO plan_member (version_id, item_key, position, name, role) VALUES ({id}, 'm-first', -1, 'First member', 'other')"),
    ] {
        app.exec(&sql).await;
    }
    let v = app::plan::draft::current(&app.state.db, alex).await.unwrap().expect("the draft");
    assert_eq!(v.id, id);
    let pool = app.state.db.reader();
    let keys = |table: &'static str| async move {
        sqlx::query(&format!("SELECT item_key FROM {table} WHERE version_id = {id} ORDER BY position, id"))
            .fetch_all(pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get::<String, _>("item_key").unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(v.needs.iter().map(|n| n.key.clone()).collect::<Vec<_>>(), keys("plan_need").await);
    assert_eq!(v.outcomes.iter().map(|n| n.key.clone()).collect::<Vec<_>>(), keys("plan_outcome").await);
    assert_eq!(v.support.iter().map(|n| n.key.clone()).collect::<Vec<_>>(), keys("plan_support").await);
    assert_eq!(v.members.iter().map(|n| n.key.clone()).collect::<Vec<_>>(), keys("plan_member").await);
    assert!(v.needs.len() > 1 && v.outcomes.len() > 1 && v.support.len() > 1 && v.members.len() > 1);
    let n = &v.needs[0];
    assert_eq!((n.key.as_str(), n.description.as_str(), n.eligible), ("n-first", "First <need>", false));
    let o = &v.outcomes[0];
    assert_eq!((o.text.as_str(), o.written_by.as_str(), o.author_name.as_str()), ("First outcome", "carer", "Sam"));
    let s = &v.support[0];
    assert_eq!(
        (s.what.as_str(), s.provider.as_str(), s.how_often.as_str(), s.hours_per_week.as_str(), s.weekly_cost_pence, s.direct_payment),
        ("First support", "P", "Daily", "3", 1234, true)
    );
    assert_eq!(s.meets, vec!["a".to_string(), "b".to_string()]);
    let m = &v.members[0];
    assert_eq!((m.name.as_str(), m.role.as_str()), ("First member", "other"));
}
