//! Complaints and feedback over HTTP, on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: the public form with "check your
//! answers", the reference and check code, routing to the council, the
//! handler's queue and actions, the person's answer, uploads, and who may
//! see what.

mod common;
use common::*;

async fn setup() -> (TestApp, World, i64) {
    let app = spawn_with(&[("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"), ("CAREWAY_SIGNIN_IP_BURST", "1000")]).await;
    let w = app.world().await;
    let council = app.insert_id("INSERT INTO council (name, created_at) VALUES ('Council A', 0) RETURNING id", &[]).await;
    app.exec(&format!("INSERT INTO practice_council (practice_id, council_id) VALUES ({}, {council})", w.practice_a)).await;
    app.exec(&format!("UPDATE person SET council_id = {council} WHERE id = {}", w.p1)).await;
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    let officer = app.account("officer@example.org", "commissioner", None, None, &hash, true).await;
    app.exec(&format!("UPDATE account SET council_id = {council} WHERE id = {officer}")).await;
    (app, w, council)
}

fn png() -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    b.extend(std::iter::repeat_n(7u8, 300));
    b
}

/// The reference and check code on the "sent" page.
fn reference_and_code(html: &str) -> (String, String) {
    let r = html.split("<strong>").nth(1).unwrap().split("</strong>").next().unwrap().to_string();
    let code = html.split("Your check code is ").nth(1).unwrap().split('.').next().unwrap().to_string();
    (r, code)
}

#[tokio::test]
async fn an_anonymous_complaint_is_checked_then_sent_and_found_by_reference_and_code_only() {
    let (app, w, _) = setup().await;
    let anon = app.user();
    let practice = w.practice_a.to_string();
    // Nothing filled in: errors, nothing stored.
    let res = anon.post_multipart("/complain/new", &[("kind", "nonsense"), ("route", ""), ("practice", "999999"), ("what", "")], &[]).await;
    assert_eq!(location(&res), "/complain/new");
    let page = anon.get_text("/complain/new").await;
    for e in ["Choose what you would like to do", "Choose who should deal with it", "Choose the practice it is about", "Tell us what happened"] {
        assert!(page.contains(e), "{e}: {page}");
    }
    // Hostile words, a good photo and a file of the wrong type.
    let res = anon
        .post_multipart(
            "/complain/new",
            &[("kind", "complaint"), ("route", "practice"), ("practice", &practice), ("what", "<script>alert(1)</script> ' OR 1=1 --"), ("contact-email", "not an email")],
            &[("files", "photo.png", &png()), ("files", "virus.exe", b"MZ\x90\x00 not a document")],
        )
        .await;
    assert_eq!(location(&res), "/complain/new");
    let page = anon.get_text("/complain/new").await;
    assert!(page.contains("Files must be PDF, JPEG, PNG or plain text"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "kept, as text: {page}");
    assert!(page.contains("photo.png"), "the good file is kept: {page}");
    // Put right: on to check your answers.
    let res = anon
        .post_multipart("/complain/new", &[("kind", "complaint"), ("route", "practice"), ("practice", &practice), ("what", "<script>alert(1)</script> ' OR 1=1 --"), ("contact-email", "me@example.org")], &[])
        .await;
    assert_eq!(location(&res), "/complain/check");
    let check = anon.get_text("/complain/check").await;
    assert!(check.contains("Check your answers") && check.contains("photo.png") && check.contains("me@example.org"), "{check}");
    let idem = check.split("name=\"idem\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    // Sent twice (a double click): one complaint.
    for _ in 0..2 {
        let res = anon.post("/complain/check", &form_body(&[("idem", &idem)])).await;
        assert_eq!(location(&res), "/complain/done");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM complaint").await, 1);
    let done = anon.get_text("/complain/done").await;
    let (reference, code) = reference_and_code(&done);
    assert!(reference.starts_with("CW-"), "{done}");
    // The acknowledgement email has the reference and no details.
    let mail = app.outbox().into_iter().find(|m| m.contains("To: me@example.org")).expect("an acknowledgement");
    assert!(mail.contains(&reference) && !mail.contains("OR 1=1"), "{mail}");
    // Found by reference and code (typed loosely), and by nothing else.
    let other = app.user();
    for (r, c) in [(reference.as_str(), "WRONGCODE"), ("CW-AAAA-BBBB", code.as_str()), (reference.as_str(), ""), ("", code.as_str()), ("' OR 1=1 --", "' OR 1=1 --")] {
        let res = other.post("/complain/status", &form_body(&[("reference", r), ("code", c)])).await;
        assert_eq!(location(&res), "/complain/status", "{r} {c}");
        let page = other.get_text("/complain/status/view").await;
        assert!(!page.contains("Received on"), "{r} {c}: {page}");
    }
    let res = other.post("/complain/status", &form_body(&[("reference", &reference.to_lowercase()), ("code", &format!(" {} ", code.to_lowercase()))])).await;
    assert_eq!(location(&res), "/complain/status/view");
    let page = other.get_text("/complain/status/view").await;
    assert!(page.contains(&reference) && page.contains("Received on"), "{page}");
    // The check code is never stored as it is.
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM complaint WHERE check_hash = '{code}'")).await, 0);
}

#[tokio::test]
async fn a_complaint_sent_to_the_council_is_invisible_to_the_practice_and_handled_by_the_commissioner() {
    let (app, w, council) = setup().await;
    let p = w.p1;
    let person = app.sign_in("person1@example.org").await;
    let res = person
        .post_multipart(&format!("/people/{p}/complaints/new"), &[("kind", "complaint"), ("route", "council"), ("what", "My worker shouted at me.")], &[])
        .await;
    assert_eq!(location(&res), format!("/people/{p}/complaints/check"));
    let check = person.get_text(&format!("/people/{p}/complaints/check")).await;
    assert!(check.contains("The council: Council A"), "{check}");
    let idem = check.split("name=\"idem\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let res = person.post(&format!("/people/{p}/complaints/check"), &form_body(&[("idem", &idem)])).await;
    let cid = app.scalar("SELECT id FROM complaint").await;
    assert_eq!(location(&res), format!("/people/{p}/complaints/{cid}"));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM complaint WHERE routed_to = 'council' AND council_id = {council}")).await, 1);
    // The practice's manager and the worker: not found, not even in a list.
    let manager = app.sign_in("manager@example.org").await;
    assert_eq!(manager.get(&format!("/complaints/{cid}")).await.status(), 404);
    assert_eq!(manager.post(&format!("/complaints/{cid}"), &form_body(&[("state", "resolved")])).await.status(), 404);
    assert!(!manager.get_text("/complaints?show=all").await.contains(&format!("/complaints/{cid}\"")));
    let worker = app.sign_in("worker@example.org").await;
    assert_eq!(worker.get(&format!("/complaints/{cid}")).await.status(), 403);
    assert_eq!(worker.get(&format!("/people/{p}/complaints/{cid}")).await.status(), 403);
    // The commissioner sees it in the queue, and answers.
    let officer = app.sign_in("officer@example.org").await;
    let queue = officer.get_text("/complaints").await;
    assert!(queue.contains(&format!("/complaints/{cid}\"")), "{queue}");
    let page = officer.get_text(&format!("/complaints/{cid}")).await;
    assert!(page.contains("My worker shouted at me."), "{page}");
    // An answer with no words is refused; then acknowledged, an internal note, the answer.
    officer.post(&format!("/complaints/{cid}"), &form_body(&[("state", "response_sent"), ("note", "")])).await;
    assert!(officer.get_text(&format!("/complaints/{cid}")).await.contains("Write the answer in the note"));
    for body in [
        form_body(&[("state", "acknowledged"), ("note", "We have it.")]),
        form_body(&[("state", ""), ("note", "Spoke to the practice manager."), ("internal", "yes")]),
        form_body(&[("state", "response_sent"), ("note", "We are sorry. The worker has had training.")]),
    ] {
        assert_eq!(location(&officer.post(&format!("/complaints/{cid}"), &body).await), format!("/complaints/{cid}"));
    }
    // The person sees every state with its date and the answer, never the internal note.
    let mine = person.get_text(&format!("/people/{p}/complaints/{cid}")).await;
    assert!(mine.contains("Acknowledged on") && mine.contains("Answer sent on") && mine.contains("The worker has had training."), "{mine}");
    assert!(!mine.contains("Spoke to the practice manager."), "{mine}");
    assert!(app.outbox().iter().any(|m| m.contains("To: person1@example.org") && m.contains("There is an answer to your complaint")));
    // Not satisfied: escalated, with the Ombudsman's details.
    person.post(&format!("/people/{p}/complaints/{cid}/answer"), &form_body(&[("satisfied", "no")])).await;
    let mine = person.get_text(&format!("/people/{p}/complaints/{cid}")).await;
    assert!(mine.contains("Taken further") && mine.contains("lgo.org.uk"), "{mine}");
    // Someone else's complaint id on this record: not found.
    let other = app.insert_id(&format!("INSERT INTO complaint (practice_id, routed_to, status, received_at, respond_by, person_id, reference, idem) VALUES ({}, 'practice', 'received', 0, '2030-01-01', {}, 'CW-OTHR-2222', 'x') RETURNING id", w.practice_b, w.p2), &[]).await;
    assert_eq!(person.get(&format!("/people/{p}/complaints/{other}")).await.status(), 404);
    assert_eq!(officer.get(&format!("/complaints/{other}")).await.status(), 404);
    // Events are append-only.
    assert!(sqlx::query("UPDATE complaint_event SET note = 'x'").execute(app.state.db.writer()).await.is_err());
}

#[tokio::test]
async fn the_practice_handles_its_own_with_deadlines_and_overdue_flags_and_files_only_it_may_open() {
    let (app, w, _) = setup().await;
    let p = w.p1;
    let person = app.sign_in("person1@example.org").await;
    person
        .post_multipart(&format!("/people/{p}/complaints/new"), &[("kind", "complaint"), ("route", "practice"), ("what", "Late again.")], &[("files", "letter.png", &png())])
        .await;
    let check = person.get_text(&format!("/people/{p}/complaints/check")).await;
    let idem = check.split("name=\"idem\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    person.post(&format!("/people/{p}/complaints/check"), &form_body(&[("idem", &idem)])).await;
    let cid = app.scalar("SELECT id FROM complaint").await;
    let fid = app.scalar("SELECT id FROM complaint_attachment").await;
    // Deadlines: 3 and 20 working days from today.
    let (ack, due): (String, String) = sqlx::query_as(&format!("SELECT acknowledge_by, respond_by FROM complaint WHERE id = {cid}")).fetch_one(app.state.db.reader()).await.unwrap();
    let now = app.state.clock.now();
    assert_eq!(ack, app::working_days::due_date(now, 3));
    assert_eq!(due, app::working_days::due_date(now, 20));
    let manager = app.sign_in("manager@example.org").await;
    let queue = manager.get_text("/complaints").await;
    assert!(queue.contains(&format!("/complaints/{cid}\"")) && !queue.contains("Overdue"), "{queue}");
    // The file: the handler may open it, nobody else.
    let res = manager.get(&format!("/complaints/{cid}/files/{fid}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let other = app.sign_in("workerb@example.org").await;
    assert_eq!(other.get(&format!("/complaints/{cid}/files/{fid}")).await.status(), 403);
    assert_eq!(app.user().get(&format!("/complaints/{cid}/files/{fid}")).await.status(), 303);
    // Past its acknowledge-by date, unacknowledged: overdue.
    app.exec(&format!("UPDATE complaint SET acknowledge_by = '2020-01-06' WHERE id = {cid}")).await;
    assert!(manager.get_text("/complaints").await.contains("Overdue"));
    // Assigning to someone outside the practice is refused.
    manager.post(&format!("/complaints/{cid}"), &form_body(&[("assign", &w.worker_b.to_string())])).await;
    assert!(manager.get_text(&format!("/complaints/{cid}")).await.contains("Choose someone from the list"));
    // Resolved: nothing more changes.
    manager.post(&format!("/complaints/{cid}"), &form_body(&[("state", "resolved"), ("note", "Sorted.")])).await;
    manager.post(&format!("/complaints/{cid}"), &form_body(&[("state", "escalated"), ("note", "Again")])).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM complaint WHERE id = {cid} AND status = 'resolved' AND resolved_at IS NOT NULL")).await, 1);
    // Figures: a complaint counted; compliments are not complaints.
    app.exec(&format!("UPDATE complaint SET kind = 'compliment' WHERE id = {cid}")).await;
    let figures = app::practices::figures::complaints(&app.state.db, w.practice_a, 0, app.state.clock.now()).await.unwrap();
    assert_eq!(figures.received, 0);
}

#[tokio::test]
async fn each_practice_sets_its_own_complaint_deadlines() {
    let (app, w, _) = setup().await;
    let manager = app.sign_in("manager@example.org").await;
    manager.post("/practice/settings", &form_body(&[("reply-target", "2"), ("complaint-ack", "abc"), ("complaint-response", "61")])).await;
    let page = manager.get_text("/practice/settings").await;
    assert!(page.contains("Enter a whole number of working days, up to 10") && page.contains("up to 60"), "{page}");
    let res = manager.post("/practice/settings", &form_body(&[("reply-target", "2"), ("complaint-ack", "5"), ("complaint-response", "30")])).await;
    assert_eq!(location(&res), "/practice/settings");
    let person = app.sign_in("person1@example.org").await;
    let p = w.p1;
    person.post_multipart(&format!("/people/{p}/complaints/new"), &[("kind", "complaint"), ("route", "practice"), ("what", "x")], &[]).await;
    let check = person.get_text(&format!("/people/{p}/complaints/check")).await;
    let idem = check.split("name=\"idem\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    person.post(&format!("/people/{p}/complaints/check"), &form_body(&[("idem", &idem)])).await;
    let (ack, due): (String, String) = sqlx::query_as("SELECT acknowledge_by, respond_by FROM complaint").fetch_one(app.state.db.reader()).await.unwrap();
    let now = app.state.clock.now();
    assert_eq!((ack, due), (app::working_days::due_date(now, 5), app::working_days::due_date(now, 30)));
}

#[test]
fn deadlines_skip_weekends_and_bank_holidays_in_england() {
    use app::working_days::due_date;
    let noon = |d: &str| {
        let date = app::dates::parse_date(d).unwrap();
        date.midnight().assume_utc().unix_timestamp() + 12 * 3600
    };
    // Christmas Eve 2026 (a Thursday): Christmas Day and the Boxing Day
    // substitute (Monday 28th) do not count.
    assert_eq!(due_date(noon("2026-12-24"), 3), "2026-12-31");
    // Before Easter 2027: Good Friday and Easter Monday do not count.
    assert_eq!(due_date(noon("2027-03-25"), 3), "2027-04-01");
    // A Friday: the weekend does not count.
    assert_eq!(due_date(noon("2027-01-08"), 3), "2027-01-13");
}
