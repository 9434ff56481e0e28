//! Integration tests of the platform over HTTP (see `common`).

mod common;
use common::*;

#[tokio::test]
async fn the_home_page_is_complete_html_without_javascript() {
    let app = spawn().await;
    let res = app.get("/").await;
    assert_eq!(res.status(), 200);
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert_eq!(res.headers()["referrer-policy"], "same-origin");
    let html = res.text().await.unwrap();
    // The content itself is in the HTML, not in a <template> waiting for JS.
    assert!(
        html.contains("<h1 class=\"cw-heading-xl\">Your care and support, in one place</h1>"),
        "{html}"
    );
    assert!(!html.contains("<template"), "{html}");
    assert_eq!(count(&html, "<main"), 1);
    assert_eq!(count(&html, "<h1"), 1);
    assert!(html.contains(r#"<html lang="en-GB" dir="ltr""#), "{html}");
    assert!(html.contains("<title>Home – Careway</title>"), "{html}");
    // Strict CSP: no unsafe-inline; every inline script carries this response's nonce.
    assert!(
        !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert_eq!(
        count(&html, "<script"),
        count(&html, &format!("<script nonce=\"{nonce}\">")),
        "{html}"
    );
}

#[tokio::test]
async fn welsh_follows_accept_language_and_the_switcher_overrides_it() {
    let app = spawn().await;
    let html = app
        .get_with("/help", &[("accept-language", "cy,en;q=0.5")])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="cy""#), "{html}");
    assert!(html.contains("Neidio i'r prif gynnwys"), "{html}");
    // The switcher sets a cookie and returns to the page.
    let res = app.get("/language/en-GB?return=/help%3Fx%3D1").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/help?x=1");
    let html = app
        .get_with("/help", &[("accept-language", "cy")])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"<html lang="en-GB""#),
        "the cookie beats Accept-Language: {html}"
    );
}

#[tokio::test]
async fn the_language_switcher_never_sends_people_off_site() {
    let app = spawn().await;
    for bad in ["//evil.example", "https://evil.example", "/%5Cevil.example"] {
        let res = app.get(&format!("/language/cy?return={bad}")).await;
        assert_eq!(res.headers()["location"], "/", "{bad}");
    }
    assert_eq!(app.get("/language/fr?return=/").await.status(), 404);
}

#[tokio::test]
async fn a_bad_settings_post_comes_back_with_errors_and_the_input_kept() {
    let app = spawn().await;
    let res = app
        .post_form(
            "/settings/display",
            "text-size=%3Cscript%3Ex%3C%2Fscript%3E&theme=contrast-light",
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/settings/display");
    let html = app.get("/settings/display").await.text().await.unwrap();
    assert!(html.contains("There is a problem"), "{html}");
    assert!(
        html.contains(r##"<a href="#text-size">Select a text size</a>"##),
        "{html}"
    );
    assert!(
        html.contains("<title>Error: Display settings – Careway</title>"),
        "{html}"
    );
    assert!(!html.contains("<script>x"), "{html}");
    let at = html.find(r#"value="contrast-light""#).unwrap();
    assert!(
        html[at..at + 60].contains("checked"),
        "the chosen theme is kept: {html}"
    );
    // The flash is shown once: a refresh shows the saved settings, no errors.
    let html = app.get("/settings/display").await.text().await.unwrap();
    assert!(!html.contains("There is a problem"), "{html}");
}

#[tokio::test]
async fn saved_settings_apply_to_every_page_and_the_banner_shows_once() {
    let app = spawn().await;
    let res = app
        .post_form(
            "/settings/display",
            "text-size=largest&theme=contrast-dark&extras=spacing&extras=reduced-motion",
        )
        .await;
    assert_eq!(res.status(), 303);
    let html = app.get("/settings/display").await.text().await.unwrap();
    assert!(
        html.contains(r#"role="alert""#) && html.contains("Your display settings have been saved."),
        "{html}"
    );
    for path in ["/", "/help", "/nope"] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(
            html.contains(
                r#"class="cw-size-largest cw-theme-contrast-dark cw-spacing cw-reduced-motion""#
            ),
            "{path}: {html}"
        );
    }
    let html = app.get("/settings/display").await.text().await.unwrap();
    assert!(!html.contains(r#"role="alert""#), "{html}");
}

#[tokio::test]
async fn concurrent_and_double_submits_all_succeed() {
    let app = spawn().await;
    let mut handles = vec![];
    for i in 0..24 {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let base = app.base.clone();
        handles.push(tokio::spawn(async move {
            let body = if i % 2 == 0 {
                "text-size=large&theme=default"
            } else {
                "text-size=&theme="
            };
            client
                .post(format!("{base}/settings/display"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for h in handles {
        assert_eq!(h.await.unwrap(), 303);
    }
    // The same person double-clicking: both posts land, the page is sane.
    let (a, b) = tokio::join!(
        app.post_form("/settings/display", "text-size=large&theme=default"),
        app.post_form("/settings/display", "text-size=large&theme=default")
    );
    assert_eq!(a.status(), 303);
    assert_eq!(b.status(), 303);
    assert_eq!(app.get("/settings/display").await.status(), 200);
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = spawn().await;
    let body = "text-size=large&theme=default";
    let res = app
        .post_with(
            "/settings/display",
            &[("sec-fetch-site", "cross-site")],
            body,
        )
        .await;
    assert_eq!(res.status(), 403);
    let res = app
        .post_with(
            "/settings/display",
            &[("origin", "http://evil.example"), FORM],
            body,
        )
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn huge_and_wrong_type_bodies_are_refused_cleanly() {
    let app = spawn().await;
    let big = format!("text-size={}", "a".repeat(200_000));
    assert_eq!(app.post_form("/settings/display", &big).await.status(), 413);
    let res = app
        .post_with(
            "/settings/display",
            &[("content-type", "application/json"), SAME_ORIGIN],
            "{}",
        )
        .await;
    assert_eq!(res.status(), 415);
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404() {
    let app = spawn().await;
    let res = app
        .get_with("/no/such/page", &[("accept-language", "cy")])
        .await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("Heb ddod o hyd i'r dudalen"), "{html}");
    assert_eq!(count(&html, "<main"), 1);
}

#[tokio::test]
async fn an_unknown_or_expired_session_cookie_is_harmless() {
    let app = spawn().await;
    let res = app
        .get_with(
            "/settings/display",
            &[("cookie", "careway_session=AAAAAAAAAAAAAAAAAAAAAA")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .get_with(
            "/settings/display",
            &[("cookie", "careway_session=%3Cscript%3E")],
        )
        .await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn the_stylesheet_is_cache_busted_with_an_etag_and_compressed() {
    let app = spawn().await;
    let html = app.get("/").await.text().await.unwrap();
    let href = html
        .split("href=\"/assets/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let res = app
        .get_with(&format!("/assets/{href}"), &[("accept-encoding", "br")])
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "br");
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let res = app
        .get_with(&format!("/assets/{href}"), &[("if-none-match", &etag)])
        .await;
    assert_eq!(res.status(), 304);
    assert_eq!(app.get("/assets/careway.0000.css").await.status(), 404);
}

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = spawn().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    app.state.db.close().await;
    assert_eq!(app.get("/healthz").await.status(), 503);
}

#[tokio::test]
async fn demo_data_is_seeded_once_even_when_two_instances_race() {
    let app = spawn().await;
    let db = app.state.db.clone();
    let pw = app.state.passwords.clone();
    let seeded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice")
        .fetch_one(db.reader())
        .await
        .unwrap();
    assert_eq!(seeded, 0, "demo is off unless asked for in tests");
    let (a, b) = tokio::join!(
        app::data::seed::seed_if_empty(&db, &pw),
        app::data::seed::seed_if_empty(&db, &pw)
    );
    let seeded_count = [a, b].into_iter().filter(|r| matches!(r, Ok(true))).count();
    assert_eq!(seeded_count, 1);
    let practices: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM practice")
        .fetch_one(db.reader())
        .await
        .unwrap();
    assert_eq!(practices, app::data::seed::PRACTICES.len() as i64);
    let roles: Vec<String> = sqlx::query_scalar("SELECT DISTINCT role FROM account ORDER BY role")
        .fetch_all(db.reader())
        .await
        .unwrap();
    assert_eq!(
        roles,
        ["carer", "commissioner", "person", "practice_manager", "social_worker"]
    );
    assert!(!app::data::seed::seed_if_empty(&db, &pw).await.unwrap());
}

#[tokio::test]
async fn https_deployments_get_hsts_and_secure_cookies() {
    let app = spawn_with(&[("CAREWAY_PUBLIC_URL", "https://care.example")]).await;
    let res = app
        .post_form("/settings/display", "text-size=large&theme=default")
        .await;
    let cookies: Vec<_> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(cookies.iter().all(|c| c.contains("Secure")), "{cookies:?}");
    assert!(res.headers().contains_key("strict-transport-security"));
    let plain = spawn().await;
    assert!(!plain
        .get("/")
        .await
        .headers()
        .contains_key("strict-transport-security"));
}
