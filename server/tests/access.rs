//! Communication needs, communication support bookings, BSL versions of
//! pages and Easy Read, over HTTP, on SQLite and (with TEST_DATABASE_URL)
//! PostgreSQL.

mod common;
use common::*;

async fn setup() -> (TestApp, World) {
    let app = spawn_with(&[("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"), ("CAREWAY_SIGNIN_IP_BURST", "1000")]).await;
    let w = app.world().await;
    (app, w)
}

fn today_plus(app: &TestApp, days: i64) -> (String, String, String) {
    let d = app::dates::uk_date_of(app.state.clock.now() + days * 86_400);
    let parts: Vec<&str> = d.split('-').collect();
    (parts[2].trim_start_matches('0').to_string(), parts[1].trim_start_matches('0').to_string(), parts[0].to_string())
}

#[tokio::test]
async fn a_person_records_their_needs_and_staff_see_them_where_they_act() {
    let (app, w) = setup().await;
    app::bsl::store_demo(&app.state.db, &app.state.storage, 0).await.unwrap();
    let person = app.sign_in("person1@example.org").await;
    let p = w.p1;
    // No needs recorded yet: the plan's BSL version is offered after the
    // heading, like everyone's.
    let plan = person.get_text(&format!("/people/{p}/plan")).await;
    assert!(plan.contains("/bsl/plan") && !plan.contains("cw-versions--first"), "{plan}");
    let page = person.get_text(&format!("/people/{p}/communication")).await;
    assert!(page.contains("My communication needs"), "{page}");
    // Hostile and unknown input: errors, and what was typed is kept.
    let bad = form_body(&[
        ("formats", "bsl_video"),
        ("formats", "<script>x</script>"),
        ("large-print-size", "20 point"),
        ("notes", "<b>Don't phone</b>' OR 1=1 --"),
    ]);
    let res = person.post(&format!("/people/{p}/communication"), &bad).await;
    assert_eq!(res.status(), 303);
    let page = person.get_text(&format!("/people/{p}/communication")).await;
    assert!(page.contains("cw-error-summary"), "{page}");
    assert!(page.contains("Choose from the options shown"), "{page}");
    assert!(page.contains("Select large print, or leave the size empty"), "{page}");
    assert!(page.contains("&lt;b&gt;Don&#x27;t phone&lt;/b&gt;") || page.contains("&lt;b&gt;Don't phone&lt;/b&gt;"), "kept as text: {page}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM communication_need WHERE person_id = {p}")).await, 0);
    // A good save, twice (a double click): one row, the same answers.
    let good = form_body(&[
        ("contact", "video"),
        ("formats", "bsl_video"),
        ("formats", "large_print"),
        ("large-print-size", "20 point"),
        ("meeting", "interpreter"),
        ("notes", "<b>Don't phone</b>"),
    ]);
    for _ in 0..2 {
        let res = person.post(&format!("/people/{p}/communication"), &good).await;
        assert_eq!(location(&res), format!("/people/{p}/communication"));
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM communication_need WHERE person_id = {p}")).await, 1);
    let page = person.get_text(&format!("/people/{p}/communication")).await;
    assert!(page.contains("Your communication needs are saved."), "{page}");
    // The person sees no staff banner; staff see it on the plan, messages and overview.
    let plan = person.get_text(&format!("/people/{p}/plan")).await;
    assert!(!plan.contains("cw-needs-banner"), "{plan}");
    // They asked for BSL video: in the same session, the very next page
    // offers the BSL version first (read with the session on each request).
    assert!(plan.contains("cw-versions--first"), "{plan}");
    let worker = app.sign_in("worker@example.org").await;
    let staff_plan = worker.get_text(&format!("/people/{p}/plan")).await;
    assert!(!staff_plan.contains("cw-versions--first"), "staff get the usual order: {staff_plan}");
    for path in [format!("/people/{p}/plan"), format!("/people/{p}/messages"), format!("/people/{p}")] {
        let html = worker.get_text(&path).await;
        assert!(html.contains("cw-needs-banner"), "{path}: {html}");
        assert!(html.contains("Needs large print (20 point)") && html.contains("&lt;b&gt;Don"), "{path}: {html}");
    }
    let caseload = worker.get_text("/caseload").await;
    assert!(caseload.contains("Needs: BSL video, large print"), "{caseload}");
    // The FHIR export carries them as a Flag.
    let json: serde_json::Value = serde_json::from_str(&worker.get_text(&format!("/people/{p}/plan/export.json")).await).unwrap();
    let flag = json["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "Flag").expect("a Flag");
    let codes: Vec<&str> = flag["resource"]["code"]["coding"].as_array().unwrap().iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(codes, vec!["video", "bsl_video", "large_print", "interpreter"]);
    // Every look and change is in the person's trail.
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE person_id = {p} AND action = 'updated_communication_needs'")).await, 2);
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE person_id = {p} AND action = 'viewed_communication_needs'")).await >= 3);
}

#[tokio::test]
async fn who_may_record_needs_and_someone_elses_record_is_not_found() {
    let (app, w) = setup().await;
    let carer = app.sign_in("carer@example.org").await;
    let path = format!("/people/{}/communication", w.p1);
    // The carer may see the plan but not send messages: no.
    assert_eq!(carer.get(&path).await.status(), 403);
    app.exec(&format!("UPDATE delegation SET message_for = 1 WHERE id = {}", w.d_consent)).await;
    assert_eq!(carer.get(&path).await.status(), 200);
    let res = carer.post(&path, &form_body(&[("formats", "easy_read")])).await;
    assert_eq!(res.status(), 303);
    let worker_b = app.sign_in("workerb@example.org").await;
    assert_eq!(worker_b.get(&path).await.status(), 404);
    assert_eq!(worker_b.post(&path, &form_body(&[("formats", "braille")])).await.status(), 404);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM communication_need WHERE person_id = {} AND formats = 'easy_read'", w.p1)).await, 1);
    // Signed out: to sign in, and nothing changes.
    let anon = app.user();
    let res = anon.post(&path, &form_body(&[("formats", "braille")])).await;
    assert!(location(&res).starts_with("/sign-in"), "{}", location(&res));
}

#[tokio::test]
async fn new_message_emails_follow_the_persons_needs() {
    let (app, w) = setup().await;
    let p = w.p1;
    let worker = app.sign_in("worker@example.org").await;
    let send = |key: &'static str| {
        let worker = &worker;
        async move {
            worker
                .post_multipart(&format!("/people/{p}/messages/new"), &[("idem", key), ("subject", "plan"), ("body", "Hello")], &[])
                .await
        }
    };
    // BSL: the email says a reply can be a BSL video (and still no content).
    app.exec(&format!("INSERT INTO communication_need (person_id, contact, formats, large_print_size, meeting_support, notes, updated_at) VALUES ({p}, 'email,video', 'bsl_video', '', '', '', 0)")).await;
    assert_eq!(send("1111111111111111111111111111111111111111111111111111111111111111").await.status(), 303);
    let mails: Vec<String> = app.outbox().into_iter().filter(|m| m.contains("To: person1@example.org")).collect();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].contains("You can reply in BSL video too"), "{}", mails[0]);
    assert!(!mails[0].contains("Hello"), "{}", mails[0]);
    // Letters only: no email to the person.
    app.exec(&format!("UPDATE communication_need SET contact = 'letter', formats = '' WHERE person_id = {p}")).await;
    assert_eq!(send("2222222222222222222222222222222222222222222222222222222222222222").await.status(), 303);
    let mails = app.outbox().into_iter().filter(|m| m.contains("To: person1@example.org")).count();
    assert_eq!(mails, 1, "the person asked for letters, not email");
    // Easy Read wording.
    app.exec(&format!("UPDATE communication_need SET contact = 'email', formats = 'easy_read' WHERE person_id = {p}")).await;
    assert_eq!(send("3333333333333333333333333333333333333333333333333333333333333333").await.status(), 303);
    let last = app.outbox().into_iter().rev().find(|m| m.contains("To: person1@example.org")).unwrap();
    assert!(last.contains("Click this link to read it"), "{last}");
}

#[tokio::test]
async fn an_interpreter_is_asked_for_booked_and_done_with_every_state_dated() {
    let (app, w) = setup().await;
    let p = w.p1;
    let person = app.sign_in("person1@example.org").await;
    let path = format!("/people/{p}/support");
    let (d, m, y) = today_plus(&app, 10);
    let key = "4444444444444444444444444444444444444444444444444444444444444444";
    let ask = form_body(&[
        ("idem", key),
        ("kind", "bsl_interpreter"),
        ("occasion", "review"),
        ("wanted-on", &d),
        ("wanted-on-month", &m),
        ("wanted-on-year", &y),
        ("notes", "<script>alert(1)</script> Jo if possible"),
    ]);
    // A double click: one request.
    for _ in 0..2 {
        assert_eq!(location(&person.post(&path, &ask).await), path);
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM support_request WHERE person_id = {p}")).await, 1);
    let page = person.get_text(&path).await;
    assert!(page.contains("BSL interpreter for a review on"), "{page}");
    assert!(page.contains("&lt;script&gt;"), "{page}");
    assert!(page.contains("Asked on"), "{page}");
    // Bad input: a past date, an unknown kind; what was typed stays.
    let (pd, pm, py) = today_plus(&app, -3);
    let bad = form_body(&[("idem", "5555555555555555555555555555555555555555555555555555555555555555"), ("kind", "telepathy"), ("occasion", "review"), ("wanted-on", &pd), ("wanted-on-month", &pm), ("wanted-on-year", &py), ("notes", "kept words")]);
    person.post(&path, &bad).await;
    let page = person.get_text(&path).await;
    assert!(page.contains("Choose the support you need") && page.contains("The date must be today or in the future"), "{page}");
    assert!(page.contains("kept words"), "{page}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM support_request WHERE person_id = {p}")).await, 1);
    let rid = app.scalar(&format!("SELECT id FROM support_request WHERE person_id = {p}")).await;
    // The person cannot book it; another practice's worker cannot see it.
    let upd = |state: &str, note: &str| {
        form_body(&[(&format!("state-{rid}"), state), (&format!("booked-on-{rid}"), &d), (&format!("booked-on-{rid}-month"), &m), (&format!("booked-on-{rid}-year"), &y), (&format!("note-{rid}"), note)])
    };
    assert_eq!(person.post(&format!("{path}/{rid}"), &upd("booked", "x")).await.status(), 403);
    let other = app.sign_in("workerb@example.org").await;
    assert_eq!(other.post(&format!("/people/{}/support/{rid}", w.p2), &upd("booked", "x")).await.status(), 404);
    assert_eq!(other.get(&path).await.status(), 404);
    // The worker books it, then marks it done (twice: a double click).
    let worker = app.sign_in("worker@example.org").await;
    let wpage = worker.get_text(&path).await;
    assert!(wpage.contains(&format!("action=\"/people/{p}/support/{rid}\"")), "{wpage}");
    assert_eq!(location(&worker.post(&format!("{path}/{rid}"), &upd("booked", "Jo Evans, 10am")).await), path);
    let page = person.get_text(&path).await;
    assert!(page.contains("Booked for") && page.contains("Jo Evans, 10am"), "{page}");
    for _ in 0..2 {
        assert_eq!(location(&worker.post(&format!("{path}/{rid}"), &upd("done", "")).await), path);
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM support_request_event WHERE request_id = {rid}")).await, 3, "asked, booked, done: once each");
    let page = person.get_text(&path).await;
    assert!(page.contains("Done on"), "{page}");
    // A person's request on another person's record id: not found.
    assert_eq!(worker.post(&format!("/people/{p}/support/999999"), &upd("done", "")).await.status(), 404);
    // Events are append-only.
    let err = sqlx::query("DELETE FROM support_request_event").execute(app.state.db.writer()).await;
    assert!(err.is_err());
}

#[tokio::test]
async fn bsl_versions_play_with_captions_and_ranges_and_managers_replace_them() {
    let (app, _w) = setup().await;
    app::bsl::store_demo(&app.state.db, &app.state.storage, 0).await.unwrap();
    let anon = app.user();
    let page = anon.get_text("/bsl/home").await;
    assert!(page.contains("<video") && !page.contains("autoplay"), "{page}");
    assert!(page.contains(r#"src="/bsl/home/en-GB/captions.vtt""#), "{page}");
    assert!(page.contains("This is a demo clip, not real BSL"), "{page}");
    assert!(page.contains("Welcome to Careway."), "the transcript: {page}");
    // The home page links to it.
    let home = anon.get_text("/").await;
    assert!(home.contains("/bsl/home?return=%2F"), "{home}");
    assert_eq!(anon.get("/bsl/nonsense").await.status(), 404);
    assert_eq!(anon.get("/bsl/home/fr/video").await.status(), 404);
    // The video: its type, and byte ranges.
    let res = app.client.get(format!("{}/bsl/home/en-GB/video", app.base)).header("range", "bytes=0-99").send().await.unwrap();
    assert_eq!(res.status(), 206);
    assert_eq!(res.headers()["content-type"], "video/mp4");
    assert_eq!(res.headers()["content-range"].to_str().unwrap(), format!("bytes 0-99/{}", app::bsl::DEMO_CLIP.len()));
    assert_eq!(res.bytes().await.unwrap().len(), 100);
    let caps = app.client.get(format!("{}/bsl/home/cy/captions.vtt", app.base)).send().await.unwrap();
    assert_eq!(caps.headers()["content-type"], "text/vtt; charset=utf-8");
    assert!(caps.text().await.unwrap().starts_with("WEBVTT"));
    // Only managers upload.
    let worker = app.sign_in("worker@example.org").await;
    assert_eq!(worker.get("/practice/bsl").await.status(), 403);
    let video = app::bsl::DEMO_CLIP;
    let vtt = b"WEBVTT\n\n00:00.000 --> 00:02.000\nReal captions.\n";
    assert_eq!(worker.post_multipart("/practice/bsl/home/en-GB", &[("transcript", "x")], &[("video", "v.mp4", video), ("captions", "c.vtt", vtt)]).await.status(), 403);
    let manager = app.sign_in("manager@example.org").await;
    assert!(manager.get_text("/practice/bsl").await.contains("Demo clip (not real BSL)"));
    // Bad captions: an error, the transcript kept, nothing replaced, no file left.
    let files_before = count_files(&app.dir.join("uploads"));
    let res = manager
        .post_multipart("/practice/bsl/home/en-GB", &[("transcript", "My <em>words</em>")], &[("video", "v.mp4", video), ("captions", "c.vtt", b"not captions")])
        .await;
    assert_eq!(location(&res), "/practice/bsl/home/en-GB");
    let page = manager.get_text("/practice/bsl/home/en-GB").await;
    assert!(page.contains("cw-error-summary") && page.contains("My &lt;em&gt;words&lt;/em&gt;"), "{page}");
    assert_eq!(count_files(&app.dir.join("uploads")), files_before, "a failed upload leaves no files");
    assert!(anon.get_text("/bsl/home").await.contains("demo clip"));
    // Missing transcript.
    manager.post_multipart("/practice/bsl/home/en-GB", &[("transcript", "")], &[("video", "v.mp4", video), ("captions", "c.vtt", vtt)]).await;
    assert!(manager.get_text("/practice/bsl/home/en-GB").await.contains("Enter the transcript"));
    // A real upload replaces the demo.
    let res = manager
        .post_multipart("/practice/bsl/home/en-GB", &[("transcript", "Real transcript.\n\nSecond paragraph.")], &[("video", "v.mp4", video), ("captions", "c.vtt", vtt)])
        .await;
    assert_eq!(location(&res), "/practice/bsl");
    let page = anon.get_text("/bsl/home").await;
    assert!(page.contains("Real transcript.") && page.contains("Second paragraph."), "{page}");
    assert!(!page.contains("This is a demo clip"), "{page}");
    let caps = anon.get_text("/bsl/home/en-GB/captions.vtt").await;
    assert!(caps.contains("Real captions."), "{caps}");
    // The demo store never overwrites a real recording.
    app::bsl::store_demo(&app.state.db, &app.state.storage, 0).await.unwrap();
    assert!(anon.get_text("/bsl/home").await.contains("Real transcript."));
    assert_eq!(manager.get("/practice/bsl/nonsense/en-GB").await.status(), 404);
}

fn count_files(dir: &std::path::Path) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else { return 0 };
    rd.filter_map(|e| e.ok())
        .map(|e| if e.path().is_dir() { count_files(&e.path()) } else { 1 })
        .sum()
}

#[tokio::test]
async fn easy_read_is_a_display_setting_that_changes_the_words_and_comes_back_to_the_page() {
    let (app, _w) = setup().await;
    let u = app.user();
    let res = u.post("/settings/easy-read", &form_body(&[("easy-read", "on"), ("return", "/practices?only=bsl")])).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/practices?only=bsl");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("careway_display=standard.default.0.0.1"), "{cookie}");
    let home = u.get_text("/").await;
    assert!(home.contains("cw-easy-points") && home.contains("This website helps you with your care and support."), "{home}");
    assert!(home.contains(r#"alt="A house""#), "{home}");
    assert!(home.contains("cw-easy-read-mode"), "{home}");
    // Other display settings are kept; a hostile return stays on this site.
    let res = u.post("/settings/easy-read", &form_body(&[("easy-read", "off"), ("return", "//evil.example/")])).await;
    assert_eq!(location(&res), "/");
    let home = u.get_text("/").await;
    assert!(!home.contains("cw-easy-points"), "{home}");
    // The display settings page shows it as an extra, and saves it.
    let res = u.post("/settings/display", &form_body(&[("text-size", "large"), ("theme", "default"), ("extras", "easy-read")])).await;
    assert!(res.headers()["set-cookie"].to_str().unwrap().starts_with("careway_display=large.default.0.0.1"));
    let page = u.get_text("/settings/display").await;
    assert!(page.contains(r#"value="easy-read""#), "{page}");
    // In Welsh too.
    let cy = app.client.get(format!("{}/", app.base)).header("cookie", "careway_lang=cy; careway_display=standard.default.0.0.1").send().await.unwrap().text().await.unwrap();
    assert!(cy.contains(&app::i18n::tr(app::i18n::Locale::Cy, "easy-home-lead")), "{cy}");
    // The icons are served, and nothing else under that name.
    let icon = u.get("/assets/icons/sign.svg").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml; charset=utf-8");
    assert_eq!(u.get("/assets/icons/..%2Fsecret.svg").await.status(), 404);
    assert_eq!(u.get("/assets/icons/nope.svg").await.status(), 404);
}

#[tokio::test]
async fn a_practice_links_its_video_relay_service() {
    let (app, w) = setup().await;
    let manager = app.sign_in("manager@example.org").await;
    let bad = form_body(&[("reply-target", "2"), ("relay-name", ""), ("relay-url", "javascript:alert(1)")]);
    manager.post("/practice/settings", &bad).await;
    let page = manager.get_text("/practice/settings").await;
    assert!(page.contains("Enter a web address starting https://") && page.contains("javascript:alert(1)"), "{page}");
    let good = form_body(&[("reply-target", "2"), ("relay-name", "SignVideo"), ("relay-url", "https://signvideo.example/call")]);
    assert_eq!(location(&manager.post("/practice/settings", &good).await), "/practice/settings");
    let person = app.sign_in("person1@example.org").await;
    let page = person.get_text(&format!("/people/{}/support", w.p1)).await;
    assert!(page.contains(r#"href="https://signvideo.example/call""#) && page.contains("SignVideo"), "{page}");
}
