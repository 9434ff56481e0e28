//! The personal budget: the options side by side (and in Easy Read), the
//! record of the discussion, choosing in steps without typing anything
//! twice, and the social worker's answer. On the demo data.

mod common;
use common::*;

async fn demo() -> (TestApp, i64, i64) {
    let app = spawn_with(&[("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"), ("CAREWAY_SIGNIN_IP_BURST", "1000")]).await;
    assert!(app::data::seed::seed_if_empty(&app.state.db, &app.state.passwords).await.unwrap());
    let alex = app.scalar("SELECT id FROM person WHERE display_name = 'Alex Morgan (demo)'").await;
    let dafydd = app.scalar("SELECT id FROM person WHERE display_name = 'Dafydd Jones (demo)'").await;
    (app, alex, dafydd)
}

async fn demo_user(app: &TestApp, email: &str) -> User {
    let u = app.user();
    app.sign_in_with_password(&u, email, app::data::seed::DEMO_PASSWORD, "/").await;
    u
}

fn discussions(kind: &str, person: i64) -> String {
    format!("SELECT COUNT(*) FROM budget_discussion WHERE event = '{kind}' AND person_id = {person}")
}

#[tokio::test]
async fn the_options_are_a_real_comparison_table_and_each_showing_is_recorded() {
    let (app, alex, _) = demo().await;
    let u = demo_user(&app, "alex@example.org").await;
    let before = app.scalar(&discussions("shown", alex)).await;
    let page = u.get_text(&format!("/people/{alex}/budget/options")).await;
    assert!(page.contains("<caption") && page.contains("The ways your budget can be paid, side by side"), "{page}");
    assert_eq!(count(&page, r#"scope="col""#), 5, "one column per option: {page}");
    assert_eq!(count(&page, r#"scope="row""#), 6, "one row per aspect: {page}");
    assert!(page.contains("Your personal budget is £282.00 a week."), "{page}");
    assert!(page.contains("Getting washed and dressed in the morning"), "the needs it pays for: {page}");
    assert_eq!(app.scalar(&discussions("shown", alex)).await, before + 1);
    let shown: String = sqlx::query_scalar(&format!("SELECT shown FROM budget_discussion WHERE person_id = {alex} ORDER BY id DESC LIMIT 1"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert!(shown.contains(app::budget::CONTENT_VERSION) && shown.contains("£282.00") && shown.contains("standard"), "{shown}");
    let easy = u.get_text(&format!("/people/{alex}/budget/options/easy-read")).await;
    assert!(easy.contains("cw-easy-read") && easy.contains("There are 5 ways."), "{easy}");
    assert_eq!(app.scalar(&discussions("shown_easy_read", alex)).await, 1);
    // The record cannot be rewritten.
    assert!(sqlx::query("UPDATE budget_discussion SET shown = 'x'").execute(app.state.db.writer()).await.is_err());
    assert!(sqlx::query("DELETE FROM budget_discussion").execute(app.state.db.writer()).await.is_err());
    // Staff see the record per person; the person does not need to.
    let priya = demo_user(&app, "priya@example.org").await;
    let record = priya.get_text(&format!("/people/{alex}/budget/discussions")).await;
    assert!(record.contains("Looked at the options in Easy Read") && record.contains("Alex Morgan (demo) (person receiving support)"), "{record}");
    assert_eq!(u.get(&format!("/people/{alex}/budget/discussions")).await.status(), 403);
}

#[tokio::test]
async fn choosing_takes_steps_keeps_every_answer_and_sends_once() {
    let (app, alex, _) = demo().await;
    let u = demo_user(&app, "alex@example.org").await;
    let choose = format!("/people/{alex}/budget/choose");
    let chose_before = app.scalar(&discussions("chose", alex)).await;
    // Jumping ahead asks for the earlier answer first.
    assert!(u.get_text(&format!("{choose}/check")).await.contains("Please answer an earlier question first"));
    // Hostile and empty answers: explained, kept.
    let res = u.post(&choose, &form_body(&[("option", "<script>alert(1)</script>")])).await;
    assert_eq!(location(&res), choose);
    let page = u.get_text(&choose).await;
    assert!(page.contains("Choose how you would like your budget to be paid") && !page.contains("<script>alert"), "{page}");
    let res = u.post(&choose, &form_body(&[("option", "mixed")])).await;
    assert_eq!(location(&res), format!("{choose}/manager"));
    let manager = format!("{choose}/manager");
    let res = u.post(&manager, &form_body(&[("manager", "carer"), ("manager-name", "")])).await;
    assert_eq!(location(&res), manager);
    assert!(u.get_text(&manager).await.contains("Enter the name of the carer or organisation"));
    let res = u.post(&manager, &form_body(&[("manager", "carer"), ("manager-name", "Sam Morgan")])).await;
    assert_eq!(location(&res), format!("{choose}/checks"));
    // Going back shows what was answered, not an empty form.
    assert!(u.get_text(&manager).await.contains(r#"value="Sam Morgan""#));
    let checks = u.get_text(&format!("{choose}/checks")).await;
    assert!(checks.contains("I understand that if I employ a personal assistant, I become an employer."), "{checks}");
    let res = u.post(&format!("{choose}/checks"), "checks=what_it_means&checks=change_later&checks=records").await;
    assert_eq!(location(&res), format!("{choose}/questions"));
    let res = u.post(&format!("{choose}/questions"), &form_body(&[("questions", "Can Sam be paid? <b>really</b>"), ("talk", "nonsense")])).await;
    assert_eq!(location(&res), format!("{choose}/questions"));
    let page = u.get_text(&format!("{choose}/questions")).await;
    assert!(page.contains("Choose whether you would like to talk it through") && page.contains("Can Sam be paid? &lt;b&gt;really&lt;/b&gt;"), "kept: {page}");
    let res = u.post(&format!("{choose}/questions"), &form_body(&[("questions", "Can Sam be paid? <b>really</b>"), ("talk", "no")])).await;
    assert_eq!(location(&res), format!("{choose}/check"));
    let check = u.get_text(&format!("{choose}/check")).await;
    for words in ["A mix of these", "A carer or family member (Sam Morgan)", "I know I can change my mind later.", "No, thank you"] {
        assert!(check.contains(words), "{words}: {check}");
    }
    // The employer statement was not ticked, so they will talk it through.
    assert!(check.contains("Your social worker will talk it through with you"), "{check}");
    // Change an answer from the check page, then come straight back to it.
    let res = u.post(&format!("{choose}/questions"), &form_body(&[("questions", ""), ("talk", "video")])).await;
    assert_eq!(location(&res), format!("{choose}/check"));
    // Send, twice (a double click): one request.
    let body = form_body(&[("idem", &"d".repeat(64))]);
    for _ in 0..2 {
        let res = u.post(&format!("{choose}/check"), &body).await;
        assert_eq!(location(&res), format!("/people/{alex}/budget"));
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM budget_request WHERE person_id = {alex} AND status = 'sent'")).await, 1);
    assert_eq!(app.scalar(&discussions("chose", alex)).await, chose_before + 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'chose_budget_option'").await, 1);
    let overview = u.get_text(&format!("/people/{alex}/budget")).await;
    assert!(overview.contains("Your choice has been sent") && overview.contains("Sent to the social worker"), "{overview}");

    // The social worker answers: "discuss" needs a note; "agree" changes the plan's budget.
    let priya = demo_user(&app, "priya@example.org").await;
    let rid = app.scalar(&format!("SELECT id FROM budget_request WHERE person_id = {alex} AND status = 'sent'")).await;
    let decide = format!("/people/{alex}/budget/requests/{rid}");
    assert_eq!(u.get(&decide).await.status(), 403, "the person does not answer their own choice");
    let res = priya.post(&decide, &form_body(&[("decision", "discuss"), ("note", "")])).await;
    assert_eq!(location(&res), decide);
    assert!(priya.get_text(&decide).await.contains("Say what you want to talk about"));
    let res = priya.post(&decide, &form_body(&[("decision", "agreed"), ("note", "Agreed at today's visit.")])).await;
    assert_eq!(location(&res), format!("/people/{alex}/budget"));
    let option: String = sqlx::query_scalar(&format!("SELECT budget_option FROM care_plan WHERE person_id = {alex}"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert_eq!(option, "mixed");
    // The plan's budget now says so.
    let section = u.get_text(&format!("/people/{alex}/plan/budget")).await;
    assert!(section.contains("How it is paid") && section.contains("A mix of these"), "{section}");
    let overview = u.get_text(&format!("/people/{alex}/budget")).await;
    assert!(overview.contains("Agreed at today's visit.") && overview.contains("Agreed"), "{overview}");
}

#[tokio::test]
async fn only_those_allowed_see_or_choose() {
    let (app, alex, dafydd) = demo().await;
    // Sam: for Alex, the plan and messages (no budget); for Dafydd, the
    // budget under a lasting power of attorney (see, and manage payments).
    let sam = demo_user(&app, "sam@example.org").await;
    sam.post("/acting-for", &form_body(&[("person", &alex.to_string())])).await;
    for path in ["budget", "budget/options", "budget/choose"] {
        assert_eq!(sam.get(&format!("/people/{alex}/{path}")).await.status(), 403, "{path}");
    }
    assert_eq!(sam.post(&format!("/people/{alex}/budget/choose"), "option=mixed").await.status(), 403);
    sam.post("/acting-for", &form_body(&[("person", &dafydd.to_string())])).await;
    assert_eq!(sam.get(&format!("/people/{dafydd}/budget/options")).await.status(), 200);
    assert_eq!(sam.get(&format!("/people/{dafydd}/budget/choose")).await.status(), 200);
    // Staff see the options and answer, but do not choose for the person.
    let priya = demo_user(&app, "priya@example.org").await;
    assert_eq!(priya.get(&format!("/people/{alex}/budget/options")).await.status(), 200);
    assert_eq!(priya.post(&format!("/people/{alex}/budget/choose"), "option=mixed").await.status(), 403);
    // Another person's record: not found.
    let alex_user = demo_user(&app, "alex@example.org").await;
    for path in ["budget", "budget/options", "budget/options/easy-read", "budget/choose", "budget/discussions"] {
        assert_eq!(alex_user.get(&format!("/people/{dafydd}/{path}")).await.status(), 404, "{path}");
    }
    assert_eq!(alex_user.post(&format!("/people/{dafydd}/budget/choose"), "option=mixed").await.status(), 404);
}

async fn post_multipart(u: &User, path: &str, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> reqwest::Response {
    let files: Vec<(&str, &str, &[u8])> = file.into_iter().map(|(name, bytes)| ("receipt", name, bytes)).collect();
    u.post_multipart(path, fields, &files).await
}

#[tokio::test]
async fn the_direct_payment_account_records_spending_with_receipts_and_gives_statements() {
    let (app, alex, dafydd) = demo().await;
    app::data::seed::store_demo_receipts(&app.state.db, &app.state.storage).await.unwrap();
    let u = demo_user(&app, "alex@example.org").await;
    let account = format!("/people/{alex}/budget/account");
    let page = u.get_text(&account).await;
    assert!(page.contains("Balance") && page.contains("Things to look at") && page.contains("1 payment has no receipt yet"), "{page}");
    // A receipt from the demo, served only with its checked type.
    let sid = app.scalar(&format!("SELECT MIN(id) FROM dp_spend WHERE person_id = {alex} AND receipt_key IS NOT NULL")).await;
    let res = u.get(&format!("{account}/spends/{sid}/receipt")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));

    let spend = format!("{account}/spend");
    let form = u.get_text(&spend).await;
    assert!(form.contains(r#"enctype="multipart/form-data""#) && form.contains("up to 10 MB"), "the limit is stated: {form}");
    let today = app.state.clock.today();
    let (y, rest) = today.split_once('-').unwrap();
    let (m, d) = rest.split_once('-').unwrap();
    let fields = |idem: &'static str, amount: &'static str| -> Vec<(&'static str, String)> {
        vec![
            ("idem", idem.repeat(64)),
            ("on", d.to_string()),
            ("on-month", m.to_string()),
            ("on-year", y.to_string()),
            ("payee", "=HYPERLINK(\"http://evil\") <b>Corner shop</b>".to_string()),
            ("category", "equipment".to_string()),
            ("amount", amount.to_string()),
            ("outcome", "".to_string()),
            ("description", "Grab rail".to_string()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, x)| (*k, x.clone())).collect::<Vec<_>>();
    // A receipt of the wrong type (HTML named .pdf), and one too large:
    // refused with the field error, everything else kept.
    for (file, message) in [
        (("receipt.pdf", b"<html><script>alert(1)</script></html>".to_vec()), "must be a JPEG, PNG or PDF"),
        (("big.pdf", { let mut b = b"%PDF-1.4\n".to_vec(); b.resize(11 * 1024 * 1024, b'x'); b }), "10 MB or smaller"),
    ] {
        let f = as_refs(&fields("a", "12.50"));
        let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = post_multipart(&u, &spend, &refs, Some((file.0, &file.1))).await;
        assert_eq!(location(&res), spend, "{message}");
        let page = u.get_text(&spend).await;
        assert!(page.contains(message), "{message}: {page}");
        assert!(page.contains(r#"value="12.50""#) && page.contains("Grab rail") && page.contains("&lt;b&gt;Corner shop"), "kept: {page}");
    }
    // Hostile amounts and dates.
    for (amount, message) in [("-3", "cannot be less than zero"), ("0", "more than £0"), ("£1,0", "pounds and pence")] {
        let f = as_refs(&fields("b", amount));
        let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        post_multipart(&u, &spend, &refs, None).await;
        assert!(u.get_text(&spend).await.contains(message), "{amount}");
    }
    let mut future = as_refs(&fields("c", "1"));
    future[3].1 = "2099".into();
    let refs: Vec<(&str, &str)> = future.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post_multipart(&u, &spend, &refs, None).await;
    assert!(u.get_text(&spend).await.contains("must be today or in the past"));
    // A good one with a PNG receipt, sent twice: recorded once.
    let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    let before = app.scalar(&format!("SELECT COUNT(*) FROM dp_spend WHERE person_id = {alex}")).await;
    for _ in 0..2 {
        let f = as_refs(&fields("d", "12.50"));
        let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = post_multipart(&u, &spend, &refs, Some(("photo.jpg", &png))).await;
        assert_eq!(location(&res), account);
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM dp_spend WHERE person_id = {alex}")).await, before + 1);
    let stored: String = sqlx::query_scalar(&format!("SELECT receipt_type FROM dp_spend WHERE person_id = {alex} ORDER BY id DESC LIMIT 1"))
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert_eq!(stored, "image/png", "the type comes from the content, not the name");

    // This month's statement: a page with a captioned table, CSV, HTML.
    let month = &today[..7];
    let statement = u.get_text(&format!("{account}/{month}")).await;
    assert!(statement.contains("<caption") && statement.contains("Balance at the start of the month"), "{statement}");
    let res = u.get(&format!("{account}/{month}/statement.csv")).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = res.text().await.unwrap();
    assert!(csv.starts_with("\"date\",\"what\""), "{csv}");
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\") <b>Corner shop</b>\""), "no formula, quotes doubled: {csv}");
    assert!(csv.contains(",12.50,"), "pounds from pence: {csv}");
    let html = u.get_text(&format!("{account}/{month}/statement.html")).await;
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<caption") && !html.contains("<script"), "{html}");
    assert_eq!(u.get(&format!("{account}/2026-13")).await.status(), 404);
    assert_eq!(u.get(&format!("{account}/nonsense/statement.csv")).await.status(), 404);

    // Who may: a carer with only the view scope reads but cannot record;
    // with the manage scope, records; staff read only; others, not found.
    app.exec(&format!("UPDATE delegation SET view_budget = 1, manage_payments = 0 WHERE person_id = {alex}")).await;
    let sam = demo_user(&app, "sam@example.org").await;
    sam.post("/acting-for", &form_body(&[("person", &alex.to_string())])).await;
    assert_eq!(sam.get(&account).await.status(), 200);
    assert_eq!(sam.get(&format!("{account}/{month}/statement.csv")).await.status(), 200);
    assert_eq!(sam.get(&spend).await.status(), 403);
    let f = as_refs(&fields("e", "1"));
    let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(post_multipart(&sam, &spend, &refs, None).await.status(), 403);
    app.exec(&format!("UPDATE delegation SET manage_payments = 1 WHERE person_id = {alex}")).await;
    assert_eq!(location(&post_multipart(&sam, &spend, &refs, None).await), account);
    let priya = demo_user(&app, "priya@example.org").await;
    assert_eq!(priya.get(&account).await.status(), 200);
    assert_eq!(post_multipart(&priya, &spend, &refs, None).await.status(), 403);
    for path in [format!("/people/{dafydd}/budget/account/spend"), format!("/people/{dafydd}/budget/account/spends/{sid}/receipt")] {
        assert_eq!(u.get(&path).await.status(), 404, "{path}");
    }
    // Alex's receipt id under Dafydd's record, by Sam who may see Dafydd's budget: not found.
    sam.post("/acting-for", &form_body(&[("person", &dafydd.to_string())])).await;
    assert_eq!(sam.get(&format!("/people/{dafydd}/budget/account/spends/{sid}/receipt")).await.status(), 404);
    for action in ["recorded_dp_spend", "viewed_dp_receipt", "exported_dp_statement", "viewed_dp_account"] {
        assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE action = '{action}'")).await >= 1, "{action}");
    }
}

#[tokio::test]
async fn the_quarterly_return_is_sent_queried_answered_and_accepted() {
    let (app, alex, dafydd) = demo().await;
    let u = demo_user(&app, "alex@example.org").await;
    let priya = demo_user(&app, "priya@example.org").await;
    let returns = format!("/people/{alex}/budget/account/returns");
    let list = u.get_text(&returns).await;
    assert!(list.contains("<caption") && list.contains("Question to answer"), "the demo's September quarter: {list}");
    // The demo quarter has a question from Priya: Alex answers it (empty is refused).
    let q3 = format!("{returns}/2026-Q3");
    let page = u.get_text(&q3).await;
    assert!(page.contains("payroll payment on 30 September") && page.contains("Balance at the end of the quarter"), "{page}");
    let res = u.post(&q3, &form_body(&[("action", "answer"), ("message", "  ")])).await;
    assert_eq!(location(&res), q3);
    assert!(u.get_text(&q3).await.contains("Enter your answer"));
    let answer = form_body(&[("action", "answer"), ("message", "September only. <b>Thanks</b>")]);
    for _ in 0..2 {
        let res = u.post(&q3, &answer).await;
        assert_eq!(location(&res), q3);
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM dp_return_message").await, 2, "answered once, though sent twice");
    assert!(u.get_text(&q3).await.contains("September only. &lt;b&gt;Thanks&lt;/b&gt;"));
    // Alex cannot accept their own return; Priya must give a reason to query.
    assert_eq!(u.post(&q3, &form_body(&[("action", "decide"), ("decision", "accepted")])).await.status(), 403);
    let res = priya.post(&q3, &form_body(&[("action", "decide"), ("decision", "queries"), ("message", "")])).await;
    assert_eq!(location(&res), q3);
    assert!(priya.get_text(&q3).await.contains("Enter your question"));
    let res = priya.post(&q3, &form_body(&[("action", "decide"), ("decision", "accepted"), ("message", "")])).await;
    assert_eq!(location(&res), q3);
    assert!(u.get_text(&q3).await.contains("Accepted"));
    // Staff cannot send a return for the person.
    assert_eq!(priya.post(&format!("{returns}/2026-Q4"), &form_body(&[("action", "submit")])).await.status(), 403);
    // A quarter that has not ended cannot be sent yet; nonsense quarters are not found.
    let today = app.state.clock.today();
    let current = app::budget::account::quarter_of(&today).unwrap();
    assert_eq!(u.post(&format!("{returns}/{current}"), &form_body(&[("action", "submit")])).await.status(), 404);
    assert!(u.get_text(&format!("{returns}/{current}")).await.contains("when the quarter has ended"));
    for bad in ["2026-Q9", "nonsense", "2019-Q1"] {
        assert_eq!(u.get(&format!("{returns}/{bad}")).await.status(), 404, "{bad}");
    }
    // A quarter from before the account began cannot be sent.
    assert_eq!(u.post(&format!("{returns}/2025-Q4"), &form_body(&[("action", "submit")])).await.status(), 404);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM dp_return WHERE quarter = '2025-Q4'").await, 0);
    // Someone else's return: not found.
    assert_eq!(u.get(&format!("/people/{dafydd}/budget/account/returns/2026-Q3")).await.status(), 404);
    for action in ["answered_dp_return", "decided_dp_return"] {
        assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE action = '{action}'")).await, 1, "{action}");
    }
}

#[tokio::test]
async fn a_missing_receipt_can_be_added_later_by_those_who_manage_payments() {
    let (app, alex, _) = demo().await;
    let u = demo_user(&app, "alex@example.org").await;
    let sid = app.scalar(&format!("SELECT id FROM dp_spend WHERE person_id = {alex} AND receipt_key IS NULL")).await;
    let account = format!("/people/{alex}/budget/account");
    let page = format!("{account}/spends/{sid}");
    assert!(u.get_text(&account).await.contains(&format!(r#"href="{page}""#)), "the missing receipt links to where it can be added");
    let res = post_multipart(&u, &page, &[], None).await;
    assert_eq!(location(&res), page);
    assert!(u.get_text(&page).await.contains("Choose the receipt to add"));
    let res = post_multipart(&u, &page, &[], Some(("receipt.png", b"GIF89a not a png"))).await;
    assert_eq!(location(&res), page);
    assert!(u.get_text(&page).await.contains("must be a JPEG, PNG or PDF"));
    // A carer who may only see the budget cannot add one.
    app.exec(&format!("UPDATE delegation SET view_budget = 1, manage_payments = 0 WHERE person_id = {alex}")).await;
    let sam = demo_user(&app, "sam@example.org").await;
    sam.post("/acting-for", &form_body(&[("person", &alex.to_string())])).await;
    assert_eq!(sam.get(&page).await.status(), 403);
    let pdf = b"%PDF-1.4 receipt";
    assert_eq!(post_multipart(&sam, &page, &[], Some(("r.pdf", pdf))).await.status(), 403);
    for _ in 0..2 {
        let res = post_multipart(&u, &page, &[], Some(("r.pdf", pdf))).await;
        assert_eq!(location(&res), account);
    }
    assert!(!u.get_text(&account).await.contains("has no receipt yet"), "the warning has gone");
    let res = u.get(&format!("{page}/receipt")).await;
    assert_eq!(res.headers()["content-type"], "application/pdf");
}
