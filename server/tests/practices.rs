//! Practices over HTTP, on SQLite and (with TEST_DATABASE_URL)
//! PostgreSQL: finding with filters, comparing, figures with small numbers
//! suppressed, the Open Referral UK import command, reviews and their
//! moderation, and moving practice with access following the record.

mod common;
use common::*;

async fn demo() -> TestApp {
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
    app
}

async fn id_of(app: &TestApp, table: &str, name_col: &str, like: &str) -> i64 {
    app.scalar(&format!(
        "SELECT id FROM {table} WHERE {name_col} LIKE '{like}%'"
    ))
    .await
}

/// The practice names in a results page, in order.
fn names(html: &str) -> Vec<String> {
    html.split("<h3 class=\"cw-heading-s cw-card__title\"><a href=\"/practices/")
        .skip(1)
        .map(|s| {
            s.split_once('>')
                .unwrap()
                .1
                .split("</a>")
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn the_directory_finds_practices_by_every_filter_and_says_how_many() {
    let app = demo().await;
    let anon = app.user();
    let all = anon.get_text("/practices").await;
    assert!(all.contains("6 practices found"), "{all}");
    assert_eq!(names(&all).len(), 6);
    assert_eq!(
        app.scalar("SELECT COUNT(DISTINCT council_id) FROM practice_council")
            .await,
        2,
        "across two councils"
    );
    let oak = id_of(&app, "council", "name", "Oakhaven").await;
    let wend = id_of(&app, "council", "name", "Wendlebury").await;
    for (query, want) in [
        (
            format!("council={oak}"),
            vec![
                "Clearview Sight Loss Practice (demo)",
                "Elm Tree Practice for Older People (demo)",
                "Harbour Mental Health Social Work (demo)",
                "Northgate Deaf and Sensory Practice (demo)",
            ],
        ),
        (
            format!("council={wend}&group=physical_disability"),
            vec![
                "Brookside Practice (demo)",
                "Riverside Social Work Practice (demo)",
            ],
        ),
        (
            "group=deaf&only=bsl".into(),
            vec!["Northgate Deaf and Sensory Practice (demo)"],
        ),
        (
            "language=ur".into(),
            vec!["Elm Tree Practice for Older People (demo)"],
        ),
        ("group=older_mental_health&only=accepting".into(), vec![]),
        (
            format!("council={oak}&group=visually_impaired&only=accepting&sort=wait"),
            vec![
                "Northgate Deaf and Sensory Practice (demo)",
                "Clearview Sight Loss Practice (demo)",
            ],
        ),
        (
            format!("council={wend}&only=accepting&sort=wait"),
            vec![
                "Brookside Practice (demo)",
                "Northgate Deaf and Sensory Practice (demo)",
                "Riverside Social Work Practice (demo)",
            ],
        ),
    ] {
        let page = anon.get_text(&format!("/practices?{query}")).await;
        assert_eq!(names(&page), want, "{query}");
    }
    let none = anon
        .get_text("/practices?group=older_mental_health&only=accepting")
        .await;
    assert!(
        none.contains("No practices found") && none.contains("Try taking away a filter"),
        "an empty result with advice: {none}"
    );
    // Nonsense filters are ignored, not errors, and are never echoed as markup.
    let odd = anon.get("/practices?council=1%27%20OR%201=1&group=%3Cscript%3E&language=xx&sort=drop&only=everything").await;
    assert_eq!(odd.status(), 200);
    assert!(!odd.text().await.unwrap().contains("<script>"));
}

#[tokio::test]
async fn figures_come_from_records_and_small_numbers_are_not_shown() {
    let app = demo().await;
    let anon = app.user();
    let elm = id_of(&app, "practice", "name", "Elm Tree").await;
    let riverside = id_of(&app, "practice", "name", "Riverside").await;
    let now = app.state.clock.now();
    let f = app::practices::figures::for_practice(&app.state.db, elm, now)
        .await
        .unwrap();
    assert_eq!(f.replies.counted, 12, "{f:?}");
    assert_eq!(f.ratings.count, 12);
    assert_eq!(f.ratings.total, 50);
    assert_eq!(f.complaints.received, 3);
    assert_eq!(
        f.replies.median_seconds,
        Some(6 * 3600),
        "the median of the seeded reply times"
    );
    let page = anon.get_text(&format!("/practices/{elm}")).await;
    assert!(page.contains("4.2 out of 5, from 12 reviews"), "{page}");
    assert!(
        page.contains("A first reply in 6 hours (median)."),
        "{page}"
    );
    assert_eq!(
        page.matches("Not enough data yet").count(),
        2,
        "plan reviews and complaints are too few: {page}"
    );
    assert!(
        page.contains("over the last 365 days"),
        "each figure says its period"
    );
    assert!(
        page.contains("They speak Urdu") && !page.contains("Elm Tree client"),
        "reviews are published without names: {page}"
    );
    assert!(
        page.contains("We now book reviews two months ahead."),
        "the practice's reply"
    );
    let page = anon.get_text(&format!("/practices/{riverside}")).await;
    assert_eq!(page.matches("Not enough data yet").count(), 4, "{page}");
    assert!(
        !page.contains("Priya listens"),
        "a review waiting for moderation is not public"
    );
    // One more published review is still too few for Riverside.
    let fr = app::practices::figures::for_practice(&app.state.db, riverside, now)
        .await
        .unwrap();
    assert_eq!((fr.ratings.count, fr.complaints.received), (0, 5), "compliments are not complaints");
    // Ten published reviews make the figure appear: the threshold is real.
    let alex = id_of(&app, "person", "display_name", "Alex Morgan").await;
    let alex_account = id_of(&app, "account", "email", "alex@").await;
    app.exec(&format!(
        "UPDATE practice_review SET status = 'published' WHERE person_id = {alex}"
    ))
    .await;
    for n in 0..9 {
        let p = app.insert_id(&format!("INSERT INTO person (display_name, practice_id, created_at) VALUES ('Extra {n}', {riverside}, 0) RETURNING id"), &[]).await;
        app.exec(&format!("INSERT INTO practice_review (practice_id, person_id, author_account_id, rating, body, status, created_at, updated_at) VALUES ({riverside}, {p}, {alex_account}, 3, 'ok', 'published', {now}, {now})")).await;
    }
    let page = anon.get_text(&format!("/practices/{riverside}")).await;
    assert!(page.contains("3.1 out of 5, from 10 reviews"), "{page}");
}

#[tokio::test]
async fn two_to_four_practices_compare_side_by_side() {
    let app = demo().await;
    let anon = app.user();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM practice ORDER BY id")
        .fetch_all(app.state.db.reader())
        .await
        .unwrap();
    let page = anon
        .get_text(&format!(
            "/practices/compare?id={}&id={}&id={}",
            ids[0], ids[1], ids[2]
        ))
        .await;
    assert!(
        page.contains("<caption") && page.contains("3 practices side by side"),
        "{page}"
    );
    let wide = page.split("cw-compare--stacked").next().unwrap();
    assert_eq!(wide.matches(r#"scope="col""#).count(), 3, "{wide}");
    assert_eq!(
        wide.matches(r#"scope="row""#).count(),
        14,
        "one row header per attribute and figure: {wide}"
    );
    let stacked = page.split("cw-compare--stacked").nth(1).unwrap();
    assert_eq!(
        stacked.matches("<table").count(),
        3,
        "one table per practice for narrow screens"
    );
    for bad in [
        format!("id={}", ids[0]),
        format!("id={0}&id={0}", ids[0]),
        ids.iter()
            .take(5)
            .map(|i| format!("id={i}"))
            .collect::<Vec<_>>()
            .join("&"),
        "id=abc&id=-1".into(),
        "id=99999&id=99998".into(),
    ] {
        let p = anon.get_text(&format!("/practices/compare?{bad}")).await;
        assert!(
            p.contains("Choose from 2 to 4 practices to compare") && p.contains("cw-error-summary"),
            "{bad}: {p}"
        );
    }
}

#[tokio::test]
async fn an_open_referral_file_imports_reports_problems_and_reimports_as_an_update() {
    let app = spawn().await;
    let dir = &app.dir;
    let good = include_str!("fixtures/oruk-practice.json");
    let bad = good
        .replace(r#""name": "Lantern Deaf Practice""#, r#""name": 7"#)
        .replace("British Sign Language", "Klingon");
    let run = |text: &str, name: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(["import-practices", path.to_str().unwrap()])
            .env("DATABASE_URL", &app.state.config.database_url)
            .env("CAREWAY_OUTBOX_DIR", dir.join("outbox"))
            .env("CAREWAY_STORAGE_DIR", dir.join("uploads"))
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    let out = run(&bad, "bad.json");
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        report.contains("nothing was changed")
            && report.contains("content[0].organization.name: must be text")
            && report.contains("Klingon"),
        "{report}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice").await,
        0,
        "nothing changed"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM council").await, 0);
    let out = run(good, "good.json");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created: Lantern Deaf Practice"));
    let page = app.user().get_text("/practices").await;
    assert!(
        page.contains("Lantern Deaf Practice")
            && page.contains("deaf people")
            && page.contains("British Sign Language (BSL)"),
        "{page}"
    );
    let out = run(
        &good
            .replace("Lantern Deaf Practice", "Lantern Deaf and Sensory Practice")
            .replace(r#""wait_weeks": 2"#, r#""wait_weeks": 5"#),
        "again.json",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("updated: Lantern Deaf and Sensory Practice")
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice").await,
        1,
        "updated, not duplicated"
    );
    assert_eq!(app.scalar("SELECT wait_weeks FROM practice").await, 5);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice_group").await,
        2,
        "lists replaced, not added to"
    );
    let out = run("{not json", "broken.json");
    assert_eq!(out.status.code(), Some(1));
}

#[tokio::test]
async fn only_people_a_practice_supported_can_review_it_and_reviews_are_moderated() {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    let w = app.world().await;
    let person = app.sign_in("person1@example.org").await;
    let review = format!("/practices/{}/review", w.practice_a);
    assert_eq!(person.get(&review).await.status(), 200);
    assert_eq!(
        person
            .get(&format!("/practices/{}/review", w.practice_b))
            .await
            .status(),
        403,
        "never supported by B"
    );
    assert_eq!(
        person
            .post(
                &format!("/practices/{}/review", w.practice_b),
                "rating=5&body=great"
            )
            .await
            .status(),
        403
    );
    for who in ["carer@example.org", "worker@example.org"] {
        let u = app.sign_in(who).await;
        assert_eq!(u.get(&review).await.status(), 403, "{who}");
    }
    assert!(location(&app.user().get(&review).await).starts_with("/sign-in"));
    assert_eq!(
        location(&person.post(&review, "rating=9&body=").await),
        review
    );
    let page = person.get_text(&review).await;
    assert!(
        page.contains("Select a rating from 1 to 5")
            && page.contains("Tell us why you gave this rating"),
        "{page}"
    );
    let body = "Helpful, <b>kind</b>' OR 1=1 --";
    person
        .post(&review, &form_body(&[("rating", "4"), ("body", body)]))
        .await;
    person
        .post(
            &review,
            &form_body(&[("rating", "1"), ("body", "double click")]),
        )
        .await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice_review").await,
        1,
        "one review per person"
    );
    let public = format!("/practices/{}", w.practice_a);
    assert!(
        !app.user().get_text(&public).await.contains("Helpful"),
        "not public until checked"
    );
    assert!(person
        .get_text(&public)
        .await
        .contains("The practice is checking it"));
    let rid = app.scalar("SELECT id FROM practice_review").await;

    // The manager of another practice cannot touch it.
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    app.account(
        "managerb@example.org",
        "practice_manager",
        Some(w.practice_b),
        None,
        &hash,
        true,
    )
    .await;
    let manager_b = app.sign_in("managerb@example.org").await;
    assert_eq!(
        manager_b
            .post(
                &format!("/practice/reviews/{rid}"),
                "action=publish&review=1"
            )
            .await
            .status(),
        404
    );
    let manager = app.sign_in("manager@example.org").await;
    let list = manager.get_text("/practice/reviews").await;
    assert!(
        list.contains("From Person One") && list.contains("Helpful, &lt;b&gt;kind&lt;/b&gt;"),
        "{list}"
    );
    assert_eq!(
        location(
            &manager
                .post(&format!("/practice/reviews/{rid}"), "action=reject")
                .await
        ),
        "/practice/reviews"
    );
    assert!(manager
        .get_text("/practice/reviews")
        .await
        .contains("Enter the reason for rejecting the review"));
    manager
        .post(
            &format!("/practice/reviews/{rid}"),
            &form_body(&[
                ("action", "reject"),
                (&format!("reason-{rid}"), "It names a member of staff."),
            ]),
        )
        .await;
    manager
        .post(&format!("/practice/reviews/{rid}"), "action=publish")
        .await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice_review WHERE status = 'rejected'")
            .await,
        1,
        "a decision is final"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM practice_review_decision")
            .await,
        1,
        "and logged once"
    );
    assert!(person
        .get_text(&public)
        .await
        .contains("The practice's reason: It names a member of staff."));
    assert!(
        sqlx::query("DELETE FROM practice_review_decision")
            .execute(app.state.db.writer())
            .await
            .is_err(),
        "the log is append-only"
    );

    // A past client (once allocated to A's worker, now with B) may review A.
    app.exec(&format!(
        "UPDATE caseload SET person_id = {} WHERE person_id = {}",
        w.p2, w.p1
    ))
    .await;
    let past = app.sign_in("person2@example.org").await;
    assert_eq!(
        past.post(&review, "rating=5&body=They+were+brilliant.")
            .await
            .status(),
        303
    );
    let rid2 = app
        .scalar(&format!(
            "SELECT id FROM practice_review WHERE person_id = {}",
            w.p2
        ))
        .await;
    manager
        .post(&format!("/practice/reviews/{rid2}"), "action=publish")
        .await;
    manager
        .post(
            &format!("/practice/reviews/{rid2}"),
            &form_body(&[
                ("action", "reply"),
                (&format!("reply-{rid2}"), "Thank you!"),
            ]),
        )
        .await;
    let page = app.user().get_text(&public).await;
    assert!(
        page.contains("They were brilliant.")
            && page.contains("Thank you!")
            && !page.contains("Person Two"),
        "{page}"
    );
}

#[tokio::test]
async fn moving_practice_goes_through_its_states_and_access_follows_the_record() {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    let w = app.world().await;
    let council = app
        .insert_id(
            "INSERT INTO council (name, created_at) VALUES ('Testshire', 0) RETURNING id",
            &[],
        )
        .await;
    for p in [w.practice_a, w.practice_b] {
        app.exec(&format!(
            "INSERT INTO practice_council (practice_id, council_id) VALUES ({p}, {council})"
        ))
        .await;
        app.exec(&format!("INSERT INTO practice_group (practice_id, group_code) VALUES ({p}, 'physical_disability')")).await;
    }
    app.exec(&format!(
        "UPDATE person SET council_id = {council}, support_group = 'physical_disability'"
    ))
    .await;
    app.exec(&format!(
        "UPDATE delegation SET read_messages = 1 WHERE id = {}",
        w.d_consent
    ))
    .await;
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    app.account(
        "managerb@example.org",
        "practice_manager",
        Some(w.practice_b),
        None,
        &hash,
        true,
    )
    .await;
    let person = app.sign_in("person1@example.org").await;
    let page_path = format!("/people/{}/switch", w.p1);
    let page = person.get_text(&page_path).await;
    assert!(
        page.contains("You are with A.")
            && page.contains(">B</label>")
            && !page.contains(">A</label>"),
        "only another practice is offered: {page}"
    );
    // Who else may ask: nobody.
    for who in [
        "carer@example.org",
        "worker@example.org",
        "manager@example.org",
    ] {
        assert_eq!(
            app.sign_in(who).await.get(&page_path).await.status(),
            403,
            "{who}"
        );
    }
    assert_eq!(
        app.sign_in("person2@example.org")
            .await
            .get(&page_path)
            .await
            .status(),
        404
    );
    // Without consent, or to the practice they are with: refused, kept.
    let idem = "a".repeat(64);
    person
        .post(
            &page_path,
            &form_body(&[
                ("idem", &idem),
                ("to", &w.practice_b.to_string()),
                ("reason", "Closer to home"),
            ]),
        )
        .await;
    let page = person.get_text(&page_path).await;
    assert!(
        page.contains("Tick to agree that your record goes to the new practice")
            && page.contains("Closer to home"),
        "{page}"
    );
    person
        .post(
            &page_path,
            &form_body(&[
                ("idem", &idem),
                ("to", &w.practice_a.to_string()),
                ("consent", "yes"),
            ]),
        )
        .await;
    assert!(person
        .get_text(&page_path)
        .await
        .contains("Select the practice you would like to move to"));
    let ask = form_body(&[
        ("idem", &idem),
        ("to", &w.practice_b.to_string()),
        ("reason", "Closer to home"),
        ("consent", "yes"),
    ]);
    person.post(&page_path, &ask).await;
    person.post(&page_path, &ask).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM switch_request").await,
        1,
        "a double click asks once"
    );
    let again = form_body(&[
        ("idem", &"b".repeat(64)),
        ("to", &w.practice_b.to_string()),
        ("consent", "yes"),
    ]);
    person.post(&page_path, &again).await;
    assert!(person
        .get_text(&page_path)
        .await
        .contains("Your request to move to B"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM switch_request").await,
        1,
        "one open request at a time"
    );
    let sid = app.scalar("SELECT id FROM switch_request").await;

    // The old practice sees it going; the new one decides.
    let manager_a = app.sign_in("manager@example.org").await;
    assert!(manager_a
        .get_text("/practice/switches")
        .await
        .contains("Person One, to B: Asked"));
    assert_eq!(
        manager_a
            .post(
                &format!("/practice/switches/{sid}"),
                "from=requested&to=accepted"
            )
            .await
            .status(),
        404,
        "not A's to decide"
    );
    let manager_b = app.sign_in("managerb@example.org").await;
    let incoming = manager_b.get_text("/practice/switches").await;
    assert!(
        incoming.contains("Person One, from A")
            && incoming.contains("Their reason: Closer to home"),
        "{incoming}"
    );
    assert_eq!(
        manager_b.get(&format!("/people/{}", w.p1)).await.status(),
        404,
        "the record is not B's before the move"
    );
    assert_eq!(
        location(
            &manager_b
                .post(
                    &format!("/practice/switches/{sid}"),
                    "from=requested&to=declined"
                )
                .await
        ),
        "/practice/switches"
    );
    assert!(manager_b
        .get_text("/practice/switches")
        .await
        .contains("Enter the reason for declining"));
    assert_eq!(
        manager_b
            .post(
                &format!("/practice/switches/{sid}"),
                "from=requested&to=done"
            )
            .await
            .status(),
        400,
        "no skipping states"
    );
    for (from, to) in [
        ("requested", "accepted"),
        ("requested", "accepted"),
        ("accepted", "moving"),
    ] {
        assert_eq!(
            manager_b
                .post(
                    &format!("/practice/switches/{sid}"),
                    &format!("from={from}&to={to}")
                )
                .await
                .status(),
            303
        );
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM switch_event").await,
        3,
        "asked, accepted, moving: the double click did nothing"
    );
    assert_eq!(
        app.sign_in("worker@example.org")
            .await
            .get(&format!("/people/{}/plan", w.p1))
            .await
            .status(),
        200,
        "the old worker still has access while it moves"
    );
    manager_b
        .post(&format!("/practice/switches/{sid}"), "from=moving&to=done")
        .await;

    // Done: the record is B's, and A's staff lose it at once.
    assert_eq!(
        app.scalar(&format!(
            "SELECT practice_id FROM person WHERE id = {}",
            w.p1
        ))
        .await,
        w.practice_b
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM caseload WHERE person_id = {} AND ended_at IS NULL",
            w.p1
        ))
        .await,
        0
    );
    let worker = app.sign_in("worker@example.org").await;
    for path in [
        format!("/people/{}", w.p1),
        format!("/people/{}/plan", w.p1),
        format!("/people/{}/messages", w.p1),
    ] {
        assert_eq!(worker.get(&path).await.status(), 404, "{path}");
        assert_eq!(manager_a.get(&path).await.status(), 404, "{path}");
        assert_eq!(manager_b.get(&path).await.status(), 200, "{path}");
    }
    let page = person.get_text(&page_path).await;
    for state in [
        "Asked",
        "Accepted by the new practice",
        "Your record is moving",
        "Moved",
    ] {
        assert!(page.contains(state), "{state}: {page}");
    }
    assert!(page.contains("You are with B."), "{page}");
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'moved_practice' AND person_id = {}",
            w.p1
        ))
        .await,
        1
    );
    let mails: Vec<String> = app
        .outbox()
        .into_iter()
        .filter(|m| m.contains("change social work practice"))
        .collect();
    assert!(
        mails.iter().any(|m| m.contains("To: person1@example.org"))
            && mails.iter().any(|m| m.contains("To: carer@example.org")),
        "{mails:?}"
    );
    assert!(
        mails.iter().all(|m| !m.contains("Closer to home")),
        "no content in the emails"
    );
    assert!(
        sqlx::query("DELETE FROM switch_event")
            .execute(app.state.db.writer())
            .await
            .is_err(),
        "the history is append-only"
    );
}
