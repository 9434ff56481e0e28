//! Accounts, sessions, carer access and the audit trail, over HTTP, on
//! SQLite and (with TEST_DATABASE_URL) PostgreSQL.

mod common;
use common::*;

const NO_THROTTLE: &[(&str, &str)] = &[
    ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
    ("CAREWAY_SIGNIN_IP_BURST", "1000"),
];

async fn error_text(u: &User, path: &str) -> String {
    let html = u.get_text(path).await;
    let start = html.find("cw-error-summary__list").unwrap_or(0);
    html[start..]
        .split("</ul>")
        .next()
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn sign_in_cycles_the_session_id_and_sign_out_ends_the_session() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let u = app.user();
    // A failed attempt creates a session (it carries the error).
    let res = u
        .post(
            "/sign-in",
            &form_body(&[
                ("email", "person1@example.org"),
                ("password", "wrong password!"),
            ]),
        )
        .await;
    let before = set_cookie_session(&res).expect("a session for the flash");
    let res = app.sign_in_as(&u, "person1@example.org", "/").await;
    let after = set_cookie_session(&res).expect("a new session id at sign-in");
    assert_ne!(before, after, "the session id must change at sign-in");
    let old_id = before.split('=').nth(1).unwrap().to_string();
    let still: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tower_session WHERE id = $1")
        .bind(&old_id)
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert_eq!(still, 0, "the old session record is gone");
    // Straight to the person's own record.
    let res = u.get("/start").await;
    assert_eq!(location(&res), format!("/people/{}", w.p1));
    let page = u.get_text(&format!("/people/{}", w.p1)).await;
    assert!(page.contains("Signed in as person1 name"), "{page}");
    // The cookie is HttpOnly and SameSite=Strict.
    let c = res_cookie_attrs(&app).await;
    assert!(
        c.contains("HttpOnly") && c.contains("SameSite=Strict"),
        "{c}"
    );
    let res = u.post("/sign-out", "").await;
    assert_eq!(location(&res), "/signed-out");
    let res = u.get("/account").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/sign-in?return=/account");
}

async fn res_cookie_attrs(app: &TestApp) -> String {
    let u = app.user();
    let res = u
        .post(
            "/sign-in",
            &form_body(&[("email", "x@example.org"), ("password", "y")]),
        )
        .await;
    res.headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("careway_session="))
        .unwrap()
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_look_and_take_the_same() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let u = app.user();
    let known = form_body(&[
        ("email", "person1@example.org"),
        ("password", "not the password"),
    ]);
    let unknown = form_body(&[
        ("email", "nobody-here@example.org"),
        ("password", "not the password"),
    ]);
    u.post("/sign-in", &known).await;
    let known_msg = error_text(&u, "/sign-in").await;
    u.post("/sign-in", &unknown).await;
    let unknown_msg = error_text(&u, "/sign-in").await;
    assert!(
        known_msg.contains("email address or password is not right"),
        "{known_msg}"
    );
    assert_eq!(known_msg, unknown_msg);
    // Timing is measured on its own, in tests/enumeration_timing.rs.
}

#[tokio::test]
async fn the_attempt_after_the_limit_is_refused_with_when_to_try_again() {
    let app = spawn().await;
    app.world().await;
    let u = app.user();
    let wrong = form_body(&[
        ("email", "person1@example.org"),
        ("password", "not the password"),
    ]);
    for i in 0..5 {
        u.post("/sign-in", &wrong).await;
        let msg = error_text(&u, "/sign-in").await;
        assert!(msg.contains("not right"), "attempt {i}: {msg}");
    }
    // The 6th is refused, even with the right password.
    let right = form_body(&[("email", "person1@example.org"), ("password", PASSWORD)]);
    let res = u.post("/sign-in", &right).await;
    assert!(
        location(&res).starts_with("/sign-in"),
        "throttled sign-in must not succeed"
    );
    let msg = error_text(&u, "/sign-in").await;
    assert!(msg.contains("too many attempts. Wait 3 minutes"), "{msg}");
    // Throttling is per account: someone else can still sign in.
    app.sign_in("person2@example.org").await;
}

#[tokio::test]
async fn sessions_end_after_30_idle_minutes_and_after_12_hours() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let u = app.sign_in("person1@example.org").await;
    assert_eq!(u.get("/account").await.status(), 200);
    app.state.clock.advance(29 * 60);
    assert_eq!(
        u.get("/account").await.status(),
        200,
        "29 minutes idle is fine"
    );
    app.state.clock.advance(31 * 60);
    let res = u.get("/account").await;
    assert_eq!(res.status(), 303, "31 minutes idle ends the session");
    let page = u.get_text(&location(&res)).await;
    assert!(page.contains("no activity for 30 minutes"), "{page}");
    // Absolute: active every 25 minutes, still ended at 12 hours.
    let u = app.sign_in("person1@example.org").await;
    let mut ok = 0;
    loop {
        app.state.clock.advance(25 * 60);
        let res = u.get("/account").await;
        if res.status() != 200 {
            break;
        }
        ok += 1;
        assert!(ok < 40, "never timed out");
    }
    assert_eq!(ok, 12 * 60 / 25, "ended at the 12-hour mark");
    assert!(u.get_text("/sign-in").await.contains("12 hours"));
}

#[tokio::test]
async fn a_form_posted_after_the_session_ended_keeps_its_input() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let u = app.sign_in("person1@example.org").await;
    app.state.clock.advance(45 * 60);
    let path = format!("/people/{}/carers/new", w.p1);
    let res = u
        .post(
            &path,
            &form_body(&[
                ("name", "Robin <Helper>"),
                ("email", "robin@example.org"),
                ("scopes", "view_plan"),
            ]),
        )
        .await;
    assert_eq!(res.status(), 303);
    let to = location(&res);
    assert!(to.starts_with("/sign-in?return="), "{to}");
    let page = u.get_text(&to).await;
    assert!(page.contains("What you typed has been kept"), "{page}");
    let res = app.sign_in_as(&u, "person1@example.org", &path).await;
    assert_eq!(location(&res), path);
    let form = u.get_text(&path).await;
    assert!(form.contains(r#"value="Robin &lt;Helper&gt;""#), "{form}");
    assert!(form.contains(r#"value="robin@example.org""#), "{form}");
    // Nothing was created while signed out.
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM delegation WHERE carer_email = 'robin@example.org'")
            .await,
        0
    );
}

#[tokio::test]
async fn a_person_can_end_their_other_sessions() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let phone = app.sign_in("person1@example.org").await;
    let laptop = app.sign_in("person1@example.org").await;
    let page = laptop.get_text("/account/sessions").await;
    assert!(
        page.contains("This device") && page.contains("Sign out of the other device"),
        "{page}"
    );
    assert_eq!(phone.get("/account").await.status(), 200);
    let res = laptop.post("/account/sessions/end-others", "").await;
    assert_eq!(location(&res), "/account/sessions");
    assert_eq!(
        phone.get("/account").await.status(),
        303,
        "the other session has ended"
    );
    assert_eq!(
        laptop.get("/account").await.status(),
        200,
        "this one goes on"
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused_with_403() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let u = app.sign_in("person1@example.org").await;
    let path = format!("{}/people/{}/carers/{}/revoke", app.base, w.p1, w.d_consent);
    for (k, v) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let res = u
            .client
            .post(&path)
            .header(k, v)
            .header(FORM.0, FORM.1)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{k}: {v}");
    }
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM delegation WHERE id = {} AND revoked_at IS NULL",
            w.d_consent
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn a_revoked_carer_is_refused_on_their_next_request() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let carer = app.sign_in("carer@example.org").await;
    let plan = format!("/people/{}/plan", w.p1);
    let page = carer.get_text(&plan).await;
    assert!(page.contains("You are acting for Person One"), "{page}");
    assert!(page.contains("Long-term care and support"), "{page}");
    let person = app.sign_in("person1@example.org").await;
    let res = person
        .post(
            &format!("/people/{}/carers/{}/revoke", w.p1, w.d_consent),
            "",
        )
        .await;
    assert_eq!(location(&res), format!("/people/{}/carers", w.p1));
    // Double-clicked: harmless.
    let res = person
        .post(
            &format!("/people/{}/carers/{}/revoke", w.p1, w.d_consent),
            "",
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(carer.get(&plan).await.status(), 404);
    assert_eq!(carer.get(&format!("/people/{}", w.p1)).await.status(), 404);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'revoked_carer'")
            .await,
        1
    );
    // The carer was told, without any care detail.
    let mail = app
        .outbox()
        .into_iter()
        .find(|m| m.contains("To: carer@example.org"))
        .expect("an email to the carer");
    assert!(
        mail.contains("has changed") && !mail.contains("Person One") && !mail.contains("plan"),
        "{mail}"
    );
}

#[tokio::test]
async fn a_narrowed_scope_applies_at_once() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let carer = app.sign_in("carer@example.org").await;
    let plan = format!("/people/{}/plan", w.p1);
    assert_eq!(carer.get(&plan).await.status(), 200);
    let person = app.sign_in("person1@example.org").await;
    let res = person
        .post(
            &format!("/people/{}/carers/{}", w.p1, w.d_consent),
            &form_body(&[("scopes", "read_messages")]),
        )
        .await;
    assert_eq!(location(&res), format!("/people/{}/carers", w.p1));
    assert_eq!(carer.get(&plan).await.status(), 403);
    // An end date in the past is refused and the choice kept.
    let res = person
        .post(
            &format!("/people/{}/carers/{}", w.p1, w.d_consent),
            &form_body(&[
                ("scopes", "view_plan"),
                ("ends-on", "1"),
                ("ends-on-month", "1"),
                ("ends-on-year", "2001"),
            ]),
        )
        .await;
    assert_eq!(
        location(&res),
        format!("/people/{}/carers/{}", w.p1, w.d_consent)
    );
    let page = person.get_text(&location(&res)).await;
    assert!(
        page.contains("today or in the future") && page.contains(r#"value="2001""#),
        "{page}"
    );
}

#[tokio::test]
async fn every_audited_read_leaves_exactly_one_row() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    for email in [
        "person1@example.org",
        "carer@example.org",
        "worker@example.org",
        "manager@example.org",
    ] {
        let u = app.sign_in(email).await;
        for (path, action) in [
            (format!("/people/{}", w.p1), "viewed_summary"),
            (format!("/people/{}/plan", w.p1), "viewed_plan"),
            (format!("/people/{}/carers", w.p1), "viewed_carers"),
        ] {
            let sql = format!(
                "SELECT COUNT(*) FROM audit_event WHERE action = '{action}' AND person_id = {}",
                w.p1
            );
            let before = app.scalar(&sql).await;
            let status = u.get(&path).await.status();
            let after = app.scalar(&sql).await;
            let expected = if status == 200 { 1 } else { 0 };
            assert_eq!(after - before, expected, "{email} {path} ({status})");
        }
    }
    // Who, acting for whom, from where (coarse).
    let (role, acting, origin): (String, Option<i64>, String) =
        sqlx::query_as("SELECT actor_role, acting_for_person_id, origin FROM audit_event WHERE action = 'viewed_plan' AND actor_role = 'carer'")
            .fetch_one(app.state.db.reader())
            .await
            .unwrap();
    assert_eq!(
        (role.as_str(), acting, origin.as_str()),
        ("carer", Some(w.p1), "127.0.0.0/24")
    );
    // The person sees it in plain words; their own reads are not listed.
    let person = app.sign_in("person1@example.org").await;
    let page = person.get_text(&format!("/people/{}/history", w.p1)).await;
    let table = page.split("<tbody").nth(1).unwrap_or("").to_string();
    assert!(
        table.contains("carer name (carer) looked at your care and support plan"),
        "{table}"
    );
    assert!(
        table.contains("worker name (social worker) opened your record"),
        "{table}"
    );
    assert!(!table.contains("person1 name"), "{table}");
    // The practice manager sees the practice's trail.
    let manager = app.sign_in("manager@example.org").await;
    let trail = manager.get_text("/practice/audit").await;
    assert!(
        trail.contains("Looked at the plan") && trail.contains("Person One"),
        "{trail}"
    );
    // Append-only, enforced by the database.
    assert!(sqlx::query("UPDATE audit_event SET action = 'x'")
        .execute(app.state.db.writer())
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_event")
        .execute(app.state.db.writer())
        .await
        .is_err());
}

#[tokio::test]
async fn password_reset_by_a_single_use_emailed_link() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let u = app.user();
    for email in ["person1@example.org", "nobody@example.org"] {
        let res = u
            .post("/password/forgot", &form_body(&[("email", email)]))
            .await;
        assert_eq!(location(&res), "/password/forgot");
        assert!(u
            .get_text("/password/forgot")
            .await
            .contains("If that email address has an account"));
    }
    // The email is sent after the answer; wait for it.
    let mut link = None;
    for _ in 0..50 {
        link = app.link_in_mail("person1@example.org", "/password/reset/");
        if link.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let link = link.expect("a reset email");
    assert!(
        app.outbox()
            .iter()
            .all(|m| !m.contains("nobody@example.org")),
        "no email for an unknown address"
    );
    assert!(u.get_text(&link).await.contains("Choose a new password"));
    let res = u
        .post(&link, &form_body(&[("new-password", "short")]))
        .await;
    assert_eq!(location(&res), link);
    assert!(u.get_text(&link).await.contains("at least 12 characters"));
    let res = u
        .post(
            &link,
            &form_body(&[("new-password", "a brand new long password")]),
        )
        .await;
    assert_eq!(location(&res), "/sign-in");
    // Used once: the link no longer works.
    assert!(u.get_text(&link).await.contains("This link does not work"));
    let res = u
        .post(
            "/sign-in",
            &form_body(&[
                ("email", "person1@example.org"),
                ("password", "a brand new long password"),
            ]),
        )
        .await;
    assert_eq!(location(&res), "/start");
    // An expired link does not work either.
    u.post(
        "/password/forgot",
        &form_body(&[("email", "person2@example.org")]),
    )
    .await;
    let mut link2 = None;
    for _ in 0..50 {
        link2 = app.link_in_mail("person2@example.org", "/password/reset/");
        if link2.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    app.state.clock.advance(61 * 60);
    assert!(u
        .get_text(&link2.unwrap())
        .await
        .contains("This link does not work"));
}

#[tokio::test]
async fn a_person_invites_a_carer_who_sees_only_what_was_granted() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let person = app.sign_in("person1@example.org").await;
    let path = format!("/people/{}/carers/new", w.p1);
    // Bad input first: empty, hostile, self, unknown scope.
    let res = person
        .post(
            &path,
            &form_body(&[
                ("name", ""),
                ("email", "person1@example.org"),
                ("scopes", "<script>"),
            ]),
        )
        .await;
    assert_eq!(location(&res), path);
    let page = person.get_text(&path).await;
    assert!(
        page.contains("Enter their name")
            && page.contains("not your own")
            && page.contains("Select from the list"),
        "{page}"
    );
    let res = person
        .post(
            &path,
            &form_body(&[
                ("name", "Robin"),
                ("email", "Robin@Example.org"),
                ("scopes", "read_messages"),
                ("ends-on", ""),
                ("ends-on-month", ""),
                ("ends-on-year", ""),
            ]),
        )
        .await;
    assert_eq!(location(&res), format!("/people/{}/carers", w.p1));
    // The same email twice is refused.
    let res = person
        .post(
            &path,
            &form_body(&[
                ("name", "Robin"),
                ("email", "robin@example.org"),
                ("scopes", "view_plan"),
            ]),
        )
        .await;
    assert_eq!(location(&res), path);
    let link = app
        .link_in_mail("robin@example.org", "/invitation/")
        .expect("an invitation email");
    let robin = app.user();
    assert!(robin.get_text(&link).await.contains("Create your account"));
    let res = robin
        .post(
            &link,
            &form_body(&[("name", "Robin Carer"), ("new-password", PASSWORD)]),
        )
        .await;
    assert_eq!(location(&res), "/start");
    assert_eq!(
        location(&robin.get("/start").await),
        format!("/people/{}", w.p1)
    );
    assert_eq!(robin.get(&format!("/people/{}", w.p1)).await.status(), 200);
    assert_eq!(
        robin.get(&format!("/people/{}/plan", w.p1)).await.status(),
        403,
        "not granted"
    );
    assert_eq!(
        robin.get(&format!("/people/{}/plan", w.p2)).await.status(),
        404
    );
    // The invitation cannot be used twice.
    assert!(app
        .user()
        .get_text(&link)
        .await
        .contains("This link does not work"));
}

#[tokio::test]
async fn staff_must_set_up_two_step_sign_in_and_codes_work_once() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    app.account(
        "new-worker@example.org",
        "social_worker",
        Some(w.practice_a),
        None,
        &hash,
        false,
    )
    .await;
    let u = app.user();
    let res = u
        .post(
            "/sign-in",
            &form_body(&[("email", "new-worker@example.org"), ("password", PASSWORD)]),
        )
        .await;
    assert_eq!(location(&res), "/start");
    let res = u.get("/caseload").await;
    assert_eq!(
        location(&res),
        "/account/two-step",
        "no work before two-step sign-in"
    );
    let page = u.get_text("/account/two-step").await;
    assert!(
        page.contains("<svg") && page.contains("type this key into the app"),
        "{page}"
    );
    let secret: String = sqlx::query_scalar(
        "SELECT totp_pending_secret FROM account WHERE email = 'new-worker@example.org'",
    )
    .fetch_one(app.state.db.reader())
    .await
    .unwrap();
    let grouped = app::auth::totp::grouped(&secret);
    assert!(page.contains(&grouped), "the key is shown as text");
    let res = u
        .post(
            "/account/two-step",
            &form_body(&[("action", "confirm"), ("code", "000000")]),
        )
        .await;
    assert_eq!(location(&res), "/account/two-step");
    assert!(u.get_text("/account/two-step").await.contains("not right"));
    let code = app::auth::totp::code_at(&secret, app.state.clock.now());
    u.post(
        "/account/two-step",
        &form_body(&[("action", "confirm"), ("code", &code)]),
    )
    .await;
    let page = u.get_text("/account/two-step").await;
    assert!(page.contains("Your recovery codes"), "{page}");
    let start = page.find("cw-recovery-codes").unwrap();
    let recovery = page[start..]
        .split("<code>")
        .nth(1)
        .unwrap()
        .split("</code>")
        .next()
        .unwrap()
        .to_string();
    assert_eq!(u.get("/caseload").await.status(), 200);
    // Staff cannot turn it off.
    assert_eq!(
        u.post(
            "/account/two-step",
            &form_body(&[("action", "off"), ("current-password", PASSWORD)])
        )
        .await
        .status(),
        403
    );
    // Next sign-in needs a code; the same TOTP code is refused (replay).
    let v = app.user();
    v.post(
        "/sign-in",
        &form_body(&[("email", "new-worker@example.org"), ("password", PASSWORD)]),
    )
    .await;
    let res = v
        .post("/sign-in/code", &form_body(&[("code", &code)]))
        .await;
    assert_eq!(location(&res), "/sign-in/code");
    let res = v
        .post("/sign-in/code", &form_body(&[("code", &recovery)]))
        .await;
    assert_eq!(location(&res), "/start", "a recovery code works");
    let x = app.user();
    x.post(
        "/sign-in",
        &form_body(&[("email", "new-worker@example.org"), ("password", PASSWORD)]),
    )
    .await;
    let res = x
        .post("/sign-in/code", &form_body(&[("code", &recovery)]))
        .await;
    assert_eq!(location(&res), "/sign-in/code", "but only once");
}

#[tokio::test]
async fn a_carer_for_two_people_chooses_and_the_session_id_changes() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let carer: i64 = w.carer;
    app.exec(&format!(
        "INSERT INTO delegation (person_id, carer_account_id, carer_email, carer_name, view_plan, basis, granted_by, starts_at, created_at, updated_at) \
         VALUES ({}, {carer}, 'carer@example.org', 'Carer', 1, 'consent', {}, 0, 0, 0)",
        w.p2, w.person2
    ))
    .await;
    let u = app.sign_in("carer@example.org").await;
    assert_eq!(location(&u.get("/start").await), "/acting-for");
    assert_eq!(
        u.get(&format!("/people/{}/plan", w.p1)).await.status(),
        403,
        "not acting for anyone yet"
    );
    let page = u.get_text("/acting-for").await;
    assert!(
        page.contains("Person One") && page.contains("Person Two"),
        "{page}"
    );
    let res = u
        .post("/acting-for", &form_body(&[("person", &w.p2.to_string())]))
        .await;
    assert!(set_cookie_session(&res).is_some(), "a new session id");
    assert_eq!(location(&res), format!("/people/{}", w.p2));
    assert!(u
        .get_text(&format!("/people/{}/plan", w.p2))
        .await
        .contains("You are acting for Person Two"));
    assert_eq!(u.get(&format!("/people/{}/plan", w.p1)).await.status(), 403);
    // Someone they do not help: refused, and nothing changes.
    let res = u
        .post("/acting-for", &form_body(&[("person", "999999")]))
        .await;
    assert_eq!(location(&res), "/acting-for");
}

#[tokio::test]
async fn account_changes_need_the_current_password_and_email_is_confirmed() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let u = app.sign_in("person1@example.org").await;
    let other = app.sign_in("person1@example.org").await;
    let res = u
        .post(
            "/account/password",
            &form_body(&[
                ("current-password", "wrong"),
                ("new-password", "another long password"),
            ]),
        )
        .await;
    assert_eq!(location(&res), "/account/password");
    assert!(u
        .get_text("/account/password")
        .await
        .contains("current password is not right"));
    let res = u
        .post(
            "/account/password",
            &form_body(&[
                ("current-password", PASSWORD),
                ("new-password", "another long password"),
            ]),
        )
        .await;
    assert_eq!(location(&res), "/account");
    assert_eq!(
        other.get("/account").await.status(),
        303,
        "other sessions end when the password changes"
    );
    assert_eq!(u.get("/account").await.status(), 200);
    // Email change: confirmed from the new address.
    let res = u
        .post(
            "/account/email",
            &form_body(&[
                ("new-email", "new.one@example.org"),
                ("current-password", "another long password"),
            ]),
        )
        .await;
    assert_eq!(location(&res), "/account/email");
    let link = app
        .link_in_mail("new.one@example.org", "/account/email/confirm/")
        .expect("confirmation email");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM account WHERE email = 'new.one@example.org'")
            .await,
        0,
        "not changed until confirmed"
    );
    u.post(&link, "").await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM account WHERE email = 'new.one@example.org'")
            .await,
        1
    );
    assert!(app
        .outbox()
        .iter()
        .any(|m| m.contains("To: person1@example.org") && m.contains("email address has changed")));
    // Display settings follow the account.
    u.post("/settings/display", "text-size=largest&theme=contrast-dark")
        .await;
    let fresh = app.user();
    let res = fresh
        .post(
            "/sign-in",
            &form_body(&[
                ("email", "new.one@example.org"),
                ("password", "another long password"),
            ]),
        )
        .await;
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("careway_display=largest.contrast-dark")),
        "{cookies:?}"
    );
}

#[tokio::test]
async fn kept_input_is_only_given_back_to_the_account_that_typed_it() {
    let app = spawn_with(NO_THROTTLE).await;
    app.world().await;
    let u = app.sign_in("person1@example.org").await;
    app.state.clock.advance(31 * 60);
    let res = u
        .post(
            "/account/email",
            &form_body(&[
                ("new-email", "private.address@example.org"),
                ("current-password", "x"),
            ]),
        )
        .await;
    assert!(location(&res).starts_with("/sign-in"));
    // Someone else signs in on the same browser: they do not see it.
    app.sign_in_as(&u, "person2@example.org", "/account/email")
        .await;
    let page = u.get_text("/account/email").await;
    assert!(!page.contains("private.address"), "{page}");
}

#[tokio::test]
async fn a_double_clicked_invitation_creates_one_grant() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let person = app.sign_in("person1@example.org").await;
    let path = format!("/people/{}/carers/new", w.p1);
    let body = form_body(&[
        ("name", "Kim"),
        ("email", "kim@example.org"),
        ("scopes", "view_plan"),
    ]);
    let (a, b) = tokio::join!(person.post(&path, &body), person.post(&path, &body));
    assert_eq!(
        (a.status(), b.status()),
        (
            reqwest::StatusCode::SEE_OTHER,
            reqwest::StatusCode::SEE_OTHER
        )
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM delegation WHERE carer_email = 'kim@example.org'")
            .await,
        1
    );
    // Huge and hostile input is refused and bounded, never stored.
    let huge = "x".repeat(50_000);
    let res = person
        .post(
            &path,
            &form_body(&[
                ("name", &huge),
                ("email", "'; DROP TABLE delegation; --"),
                ("scopes", "view_plan"),
            ]),
        )
        .await;
    assert_eq!(location(&res), path);
    let page = person.get_text(&path).await;
    assert!(
        page.contains("100 characters or fewer") && page.contains("right format"),
        "{page}"
    );
    assert!(!page.contains(&"x".repeat(201)), "kept input is bounded");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM delegation").await, 4);
}

#[tokio::test]
async fn a_practice_manager_allocates_and_the_old_worker_loses_access() {
    let app = spawn_with(NO_THROTTLE).await;
    let w = app.world().await;
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    let second = app
        .account(
            "second@example.org",
            "social_worker",
            Some(w.practice_a),
            None,
            &hash,
            true,
        )
        .await;
    let worker = app.sign_in("worker@example.org").await;
    let plan = format!("/people/{}/plan", w.p1);
    assert_eq!(worker.get(&plan).await.status(), 200);
    let manager = app.sign_in("manager@example.org").await;
    let path = format!("/people/{}/allocate", w.p1);
    assert!(manager.get_text("/caseload").await.contains(&path));
    // A worker from another practice cannot be picked, nor can junk.
    for bad in [
        w.worker_b.to_string(),
        "<script>".to_string(),
        String::new(),
    ] {
        let res = manager.post(&path, &form_body(&[("worker", &bad)])).await;
        assert_eq!(location(&res), path, "{bad}");
    }
    assert!(manager
        .get_text(&path)
        .await
        .contains("Select a social worker from the list"));
    let res = manager
        .post(&path, &form_body(&[("worker", &second.to_string())]))
        .await;
    assert_eq!(location(&res), "/caseload");
    assert_eq!(
        worker.get(&plan).await.status(),
        404,
        "the old worker's access ends"
    );
    let second_user = app.sign_in("second@example.org").await;
    assert_eq!(second_user.get(&plan).await.status(), 200);
    // History is kept, not overwritten.
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM caseload WHERE person_id = {}",
            w.p1
        ))
        .await,
        2
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'allocated_worker'")
            .await,
        1
    );
    // A social worker cannot allocate.
    assert_eq!(second_user.get(&path).await.status(), 403);
}
