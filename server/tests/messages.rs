//! Messaging over HTTP, on SQLite and (with TEST_DATABASE_URL) PostgreSQL:
//! conversations, text kept exactly, who may read and send, uploads and
//! their limits, BSL video with captions and byte ranges, idempotency,
//! concurrency, overdue and duty routing, email rate limits, and the
//! demo data.

mod common;
use common::*;

const DAY: i64 = 86_400;

async fn setup() -> (TestApp, World) {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    let w = app.world().await;
    // The carer may read and send person 1's messages.
    app.exec(&format!(
        "UPDATE delegation SET read_messages = 1, message_for = 1 WHERE id = {}",
        w.d_consent
    ))
    .await;
    (app, w)
}

fn idem(n: u32) -> String {
    format!("{n:0>64}")
}

/// `/people/{p}/messages/{c}` → c
fn conversation_of(location: &str) -> i64 {
    let parts: Vec<&str> = location.trim_matches('/').split('/').collect();
    assert_eq!(
        parts.get(2),
        Some(&"messages"),
        "not a conversation: {location}"
    );
    parts[3].split(['#', '?']).next().unwrap().parse().unwrap()
}

async fn start(u: &User, p: i64, subject: &str, body: &str, key: &str) -> reqwest::Response {
    u.post_multipart(
        &format!("/people/{p}/messages/new"),
        &[("idem", key), ("subject", subject), ("body", body)],
        &[],
    )
    .await
}

async fn reply(u: &User, p: i64, c: i64, body: &str, key: &str) -> reqwest::Response {
    u.post_multipart(
        &format!("/people/{p}/messages/{c}"),
        &[("idem", key), ("body", body)],
        &[],
    )
    .await
}

/// Whether the radio or checkbox with this value is checked.
fn radio_checked(html: &str, value: &str) -> bool {
    html.split("<input").skip(1).any(|tag| {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        tag.contains(&format!("value=\"{value}\""))
            && tag
                .split_whitespace()
                .any(|a| a == "checked" || a.starts_with("checked="))
    })
}

fn png() -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    b.extend(std::iter::repeat_n(7u8, 300));
    b
}

fn mp4() -> Vec<u8> {
    app::data::seed::demo_media("demo-bsl-person.mp4")
        .unwrap()
        .to_vec()
}

fn vtt() -> Vec<u8> {
    app::data::seed::demo_media("demo-bsl-person.vtt")
        .unwrap()
        .to_vec()
}

async fn emails_to(app: &TestApp, to: &str) -> Vec<String> {
    app.outbox()
        .into_iter()
        .filter(|m| m.contains(&format!("To: {to}")))
        .collect()
}

#[tokio::test]
async fn a_person_starts_a_conversation_the_worker_replies_and_the_text_is_kept_exactly() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let list = person.get_text(&format!("/people/{}/messages", w.p1)).await;
    assert!(
        list.contains("Messages are not for emergencies.")
            && list.contains("01632 960 000")
            && list.contains("href=\"tel:999\""),
        "{list}"
    );
    assert!(
        list.contains("Your messages go to worker name."),
        "who will reply: {list}"
    );
    let form = person
        .get_text(&format!("/people/{}/messages/new", w.p1))
        .await;
    assert!(
        form.contains(r#"enctype="multipart/form-data""#)
            && form.contains(r#"accept="video/*""#)
            && form.contains(r#"capture="user""#),
        "{form}"
    );
    assert!(
        form.contains("up to 10 MB")
            && form.contains("up to 200 MB")
            && form.contains("Up to 5 files"),
        "limits are stated before upload: {form}"
    );
    assert!(form.contains("Messages are not for emergencies."), "{form}");

    let typed = "Line one\r\n<script>alert(1)</script>\r\n  indented ' OR 1=1 --";
    let res = start(&person, w.p1, "needs", typed, &idem(1)).await;
    assert_eq!(res.status(), 303);
    let thread = location(&res);
    let c = conversation_of(&thread);
    let page = person.get_text(&thread).await;
    assert!(page.contains("Your message has been sent."), "{page}");
    assert!(
        page.contains("Line one\n&lt;script&gt;alert(1)&lt;/script&gt;\n  indented &#39;")
            || page.contains("Line one\n&lt;script&gt;alert(1)&lt;/script&gt;\n  indented ' OR"),
        "{page}"
    );
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(page.contains("A change in needs"), "the subject: {page}");
    let stored: String = sqlx::query_scalar("SELECT body FROM message")
        .fetch_one(app.state.db.reader())
        .await
        .unwrap();
    assert_eq!(
        stored, "Line one\n<script>alert(1)</script>\n  indented ' OR 1=1 --",
        "exactly as written"
    );

    // The worker sees it waiting, with the unread count in the navigation.
    let worker = app.sign_in("worker@example.org").await;
    let inbox = worker.get_text("/messages").await;
    assert!(inbox.contains("Messages (1 unread)"), "{inbox}");
    assert!(
        inbox.contains("Person One")
            && inbox.contains("1 new message")
            && inbox.contains("Reply due by"),
        "{inbox}"
    );
    assert!(
        !inbox.contains("alert(1)"),
        "the inbox never shows message text: {inbox}"
    );
    let opened = worker.get_text(&thread).await;
    assert!(
        !opened.contains("(1 unread)"),
        "opening it marks it read: {opened}"
    );
    assert!(opened.contains("Waiting for our reply: due by"), "{opened}");
    assert_eq!(
        reply(
            &worker,
            w.p1,
            c,
            "Thanks, I will call on Tuesday.",
            &idem(2)
        )
        .await
        .status(),
        303
    );
    let waiting: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT waiting_since FROM conversation WHERE id = {c}"
    ))
    .fetch_one(app.state.db.reader())
    .await
    .unwrap();
    assert_eq!(waiting, None);

    // Back to the person: one unread, read on view, with a read receipt.
    let record = person.get_text(&format!("/people/{}", w.p1)).await;
    assert!(record.contains("Messages (1 unread)"), "{record}");
    let page = person.get_text(&thread).await;
    assert!(
        page.contains("Thanks, I will call on Tuesday.")
            && page.contains("worker name, social worker"),
        "{page}"
    );
    assert!(page.contains("Read by worker name on"), "{page}");
    assert!(!person
        .get_text(&format!("/people/{}", w.p1))
        .await
        .contains("unread"));

    // Audited, and in the person's own trail.
    for (action, n) in [("started_conversation", 1), ("sent_message", 1)] {
        assert_eq!(
            app.scalar(&format!(
                "SELECT COUNT(*) FROM audit_event WHERE action = '{action}' AND person_id = {}",
                w.p1
            ))
            .await,
            n,
            "{action}"
        );
    }
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_event WHERE action = 'viewed_conversation' AND person_id = {}", w.p1)).await >= 3);
    let trail = person.get_text(&format!("/people/{}/history", w.p1)).await;
    assert!(
        trail.contains("read a conversation in your messages"),
        "{trail}"
    );

    // Emails say only that there is a message, with a link.
    let to_worker = emails_to(&app, "worker@example.org").await;
    assert_eq!(to_worker.len(), 1, "{to_worker:?}");
    assert!(
        to_worker[0].contains("You have a new message in Careway")
            && to_worker[0].contains(&format!("/people/{}/messages/{c}", w.p1))
    );
    for secret in ["alert", "Line one", "change in needs", "Person One"] {
        assert!(
            !to_worker[0].contains(secret),
            "no content in email: {secret}"
        );
    }
    let to_person = emails_to(&app, "person1@example.org").await;
    assert_eq!(to_person.len(), 1);
    assert!(!to_person[0].contains("Tuesday"));
    // The carer, who may read the person's messages, is told too.
    assert_eq!(emails_to(&app, "carer@example.org").await.len(), 1);

    // Sent messages are never rewritten.
    assert!(sqlx::query("UPDATE message SET body = 'x'")
        .execute(app.state.db.writer())
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM message")
        .execute(app.state.db.writer())
        .await
        .is_err());
}

#[tokio::test]
async fn only_people_who_may_see_the_conversation_see_it() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "About my plan", &idem(1)).await,
    ));
    let res = person
        .post_multipart(
            &format!("/people/{}/messages/{c}", w.p1),
            &[("idem", &idem(2)), ("body", "A photo")],
            &[("files", "photo.png", &png())],
        )
        .await;
    assert_eq!(res.status(), 303);
    let file: i64 = app.scalar("SELECT MAX(id) FROM message_attachment").await;
    let thread = format!("/people/{}/messages/{c}", w.p1);
    let file_path = format!("{thread}/files/{file}");
    assert_eq!(person.get(&file_path).await.status(), 200);

    // Someone else, guessing ids: nothing, not even that it exists.
    let other = app.sign_in("person2@example.org").await;
    for path in [
        thread.clone(),
        file_path.clone(),
        format!("/people/{}/messages/{c}", w.p2),
        format!("/people/{}/messages/{c}/files/{file}", w.p2),
    ] {
        assert_eq!(other.get(&path).await.status(), 404, "{path}");
    }
    assert_eq!(
        reply(&other, w.p2, c, "hello", &idem(3)).await.status(),
        404,
        "another person's conversation under one's own record"
    );
    assert_eq!(
        reply(&other, w.p1, c, "hello", &idem(4)).await.status(),
        404
    );
    let worker_b = app.sign_in("workerb@example.org").await;
    assert_eq!(worker_b.get(&thread).await.status(), 404);
    assert_eq!(worker_b.get(&file_path).await.status(), 404);
    assert!(!worker_b.get_text("/messages").await.contains("Person One"));
    // The practice manager sees everyone at the practice.
    let manager = app.sign_in("manager@example.org").await;
    assert_eq!(manager.get(&thread).await.status(), 200);
    assert!(manager.get_text("/messages").await.contains("Person One"));
    // Signed out: to sign in.
    let anon = app.user();
    assert!(location(&anon.get(&thread).await).starts_with("/sign-in"));
    assert!(location(&anon.get(&file_path).await).starts_with("/sign-in"));

    // A carer: reading needs "see my messages", sending "message for me".
    let carer = app.sign_in("carer@example.org").await;
    let set = |read: i64, send: i64| {
        format!(
            "UPDATE delegation SET read_messages = {read}, message_for = {send} WHERE id = {}",
            w.d_consent
        )
    };
    app.exec(&set(0, 0)).await;
    for path in [
        format!("/people/{}/messages", w.p1),
        thread.clone(),
        file_path.clone(),
        format!("/people/{}/messages/new", w.p1),
    ] {
        assert_eq!(carer.get(&path).await.status(), 403, "{path}");
    }
    assert_eq!(
        reply(&carer, w.p1, c, "for them", &idem(5)).await.status(),
        403
    );
    assert!(
        !carer
            .get_text(&format!("/people/{}", w.p1))
            .await
            .contains("/messages\""),
        "no messages link without the scope"
    );
    app.exec(&set(1, 0)).await;
    assert_eq!(carer.get(&thread).await.status(), 200);
    assert!(carer
        .get_text(&format!("/people/{}", w.p1))
        .await
        .contains(&format!("href=\"/people/{}/messages\"", w.p1)));
    assert_eq!(
        reply(&carer, w.p1, c, "for them", &idem(6)).await.status(),
        403,
        "reading is not sending"
    );
    app.exec(&set(1, 1)).await;
    assert_eq!(
        reply(&carer, w.p1, c, "Writing for them.", &idem(7))
            .await
            .status(),
        303
    );
    let page = carer.get_text(&thread).await;
    assert!(page.contains("You, for Person One"), "{page}");
    assert!(person
        .get_text(&thread)
        .await
        .contains("carer name, carer, for Person One"));

    // Revoked: at once, on the very next request.
    let res = person
        .post(
            &format!("/people/{}/carers/{}/revoke", w.p1, w.d_consent),
            "",
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(carer.get(&thread).await.status(), 404);
    assert_eq!(carer.get(&file_path).await.status(), 404);
    assert_eq!(
        reply(&carer, w.p1, c, "still here?", &idem(8))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn refused_files_explain_themselves_and_keep_what_was_typed() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let new = format!("/people/{}/messages/new", w.p1);
    let typed = "Please read the letter I attached.";
    let fields = [
        ("idem", idem(1)),
        ("subject", "plan".to_string()),
        ("body", typed.to_string()),
    ];
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut too_big = b"%PDF-1.7\n".to_vec();
    too_big.resize(10 * 1024 * 1024 + 1, b'0');
    let exe = b"MZ\x90\x00\x03\x00\x00\x00".repeat(20);
    let bad_vtt = b"WEBVTT\n\n00:05.000 --> 00:01.000\nbackwards\n".to_vec();
    let pdf = b"%PDF-1.4 not really a video".to_vec();
    for (files, expected) in [
        (
            vec![("files", "setup.exe", exe.clone())],
            "Each file must be a PDF, a JPEG or PNG photo, a plain text file or a video",
        ),
        (
            vec![("files", "letter.pdf", too_big.clone())],
            "Each document or photo must be 10 MB or smaller",
        ),
        (
            vec![("video", "me.mp4", pdf.clone())],
            "The video must be an MP4, WebM or MOV file",
        ),
        (
            vec![
                ("video", "me.mp4", mp4()),
                ("captions", "me.vtt", bad_vtt.clone()),
            ],
            "The captions must be a WebVTT file",
        ),
        (
            vec![("captions", "me.vtt", vtt())],
            "Add the video these captions are for",
        ),
    ] {
        let f: Vec<(&str, &str, &[u8])> = files
            .iter()
            .map(|(a, b, c)| (*a, *b, c.as_slice()))
            .collect();
        let res = person.post_multipart(&new, &refs, &f).await;
        assert_eq!(location(&res), new, "{expected}");
        let page = person.get_text(&new).await;
        assert!(page.contains(expected), "{expected}: {page}");
        assert!(
            page.contains("cw-error-summary") && page.contains(typed),
            "the text is kept: {page}"
        );
        assert!(
            radio_checked(&page, "plan"),
            "the subject chosen is kept: {page}"
        );
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message").await,
        0,
        "nothing was sent"
    );
    // Empty: nothing to send.
    let res = person
        .post_multipart(
            &new,
            &[
                ("idem", &idem(2)),
                ("subject", "plan"),
                ("body", "   \r\n "),
            ],
            &[],
        )
        .await;
    assert_eq!(location(&res), new);
    assert!(person
        .get_text(&new)
        .await
        .contains("Write a message, or add a video or a file"));
    // Huge text is refused with its length, and kept to be cut.
    let huge = "x".repeat(12_000);
    person
        .post_multipart(
            &new,
            &[("idem", &idem(3)), ("subject", "plan"), ("body", &huge)],
            &[],
        )
        .await;
    assert!(person
        .get_text(&new)
        .await
        .contains("This must be 10000 characters or fewer"));
    // "Something else" needs words; nonsense subjects are refused.
    person
        .post_multipart(
            &new,
            &[("idem", &idem(4)), ("subject", "other"), ("body", "hi")],
            &[],
        )
        .await;
    assert!(person
        .get_text(&new)
        .await
        .contains("Enter a subject in your own words"));
    person
        .post_multipart(
            &new,
            &[("idem", &idem(5)), ("subject", "<script>"), ("body", "hi")],
            &[],
        )
        .await;
    assert!(person
        .get_text(&new)
        .await
        .contains("Select what the conversation is about"));

    // (What those tries kept is cleared, as a day's wait would.)
    app.exec("DELETE FROM pending_upload").await;
    // An accepted file is kept while the form is put right: no need to
    // choose (or record) it again.
    let evil_name = "<img src=x onerror=alert(1)>.png";
    let res = person
        .post_multipart(
            &new,
            &[("idem", &idem(6)), ("subject", ""), ("body", typed)],
            &[("files", evil_name, &png()), ("video", "me.mp4", &mp4())],
        )
        .await;
    assert_eq!(location(&res), new);
    let page = person.get_text(&new).await;
    assert!(
        page.contains("Files you have already chosen") && page.contains("me.mp4"),
        "{page}"
    );
    assert!(
        page.contains("&lt;img src=x onerror=alert(1)&gt;.png") && !page.contains("<img src=x"),
        "{page}"
    );
    let kept: Vec<i64> = sqlx::query_scalar("SELECT id FROM pending_upload ORDER BY id")
        .fetch_all(app.state.db.reader())
        .await
        .unwrap();
    assert_eq!(kept.len(), 2);
    let kept_fields: Vec<(&str, String)> = vec![
        ("idem", idem(6)),
        ("subject", "payments".into()),
        ("body", typed.into()),
        ("kept", kept[0].to_string()),
        ("kept", kept[1].to_string()),
    ];
    let refs: Vec<(&str, &str)> = kept_fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = person.post_multipart(&new, &refs, &[]).await;
    let thread = location(&res);
    let c = conversation_of(&thread);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message_attachment").await,
        2
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM pending_upload").await,
        0,
        "taken by the message"
    );
    let page = person.get_text(&thread).await;
    assert!(
        page.contains("<video") && page.contains("&lt;img src=x onerror=alert(1)&gt;.png"),
        "{page}"
    );
    // Someone else's kept upload id cannot be sent.
    let other = app.sign_in("person2@example.org").await;
    let res = other
        .post_multipart(
            &format!("/people/{}/messages/new", w.p2),
            &[("idem", &idem(7)), ("subject", ""), ("body", "x")],
            &[("files", "a.png", &png())],
        )
        .await;
    assert!(location(&res).ends_with("/messages/new"));
    let theirs: i64 = app.scalar("SELECT MAX(id) FROM pending_upload").await;
    let res = person
        .post_multipart(
            &format!("/people/{}/messages/{c}", w.p1),
            &[
                ("idem", &idem(8)),
                ("body", "with theirs?"),
                ("kept", &theirs.to_string()),
            ],
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let attached: i64 = app.scalar(&format!("SELECT COUNT(*) FROM message_attachment f JOIN message m ON m.id = f.message_id WHERE m.body = 'with theirs?'")).await;
    assert_eq!(attached, 0, "another account's upload is ignored");

    // The photo comes back with its checked type, as a download.
    let photo: i64 = app
        .scalar("SELECT id FROM message_attachment WHERE kind = 'image'")
        .await;
    let res = person.get(&format!("{thread}/files/{photo}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"message-file-"));
    assert!(!res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("onerror"));
    assert_eq!(res.bytes().await.unwrap().to_vec(), png());
    // Plain text is accepted as text.
    let res = person
        .post_multipart(
            &format!("/people/{}/messages/{c}", w.p1),
            &[("idem", &idem(9)), ("body", "")],
            &[(
                "files",
                "notes.txt",
                "Notes: <b>Tuesday</b>\r\n£5".as_bytes(),
            )],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message_attachment WHERE content_type = 'text/plain; charset=utf-8'").await, 1);

    // Kept uploads are cleared after a day.
    app.state.clock.advance(2 * DAY);
    assert_eq!(
        app::uploads::tidy(&app.state.db, &app.state.storage, app.state.clock.now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM pending_upload").await, 0);
}

#[tokio::test]
async fn bsl_video_with_captions_plays_and_seeks() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let video = mp4();
    let res = person
        .post_multipart(
            &format!("/people/{}/messages/new", w.p1),
            &[
                ("idem", &idem(1)),
                ("subject", "plan"),
                ("body", ""),
                ("summary", "I would like to move my visit."),
            ],
            &[
                ("video", "recording.mp4", &video),
                ("captions", "recording.vtt", &vtt()),
            ],
        )
        .await;
    let thread = location(&res);
    assert!(thread.contains("/messages/"), "{thread}");
    let page = person.get_text(&thread).await;
    assert!(
        page.contains("<video") && page.contains("controls") && !page.contains("autoplay"),
        "{page}"
    );
    assert!(
        page.contains(r#"kind="captions""#) && page.contains("default"),
        "{page}"
    );
    assert!(page.contains("I would like to move my visit."), "{page}");
    let vid: i64 = app
        .scalar("SELECT id FROM message_attachment WHERE kind = 'video'")
        .await;
    let cap: i64 = app
        .scalar("SELECT id FROM message_attachment WHERE kind = 'captions'")
        .await;
    assert_eq!(
        app.scalar(&format!(
            "SELECT captions_for FROM message_attachment WHERE id = {cap}"
        ))
        .await,
        vid
    );
    let file = format!("{thread}/files/{vid}");

    let res = person
        .client
        .get(format!("{}{file}", person.base))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "video/mp4");
    assert_eq!(res.headers()["accept-ranges"], "bytes");
    assert!(
        res.headers().get("content-encoding").is_none(),
        "video is never compressed"
    );
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("inline"));
    assert_eq!(res.bytes().await.unwrap().to_vec(), video);
    let ranged = |r: &'static str| {
        let (client, url) = (person.client.clone(), format!("{}{file}", person.base));
        async move { client.get(url).header("range", r).send().await.unwrap() }
    };
    let size = video.len();
    let res = ranged("bytes=0-99").await;
    assert_eq!(res.status(), 206);
    assert_eq!(
        res.headers()["content-range"],
        format!("bytes 0-99/{size}").as_str()
    );
    assert_eq!(res.bytes().await.unwrap().to_vec(), video[..100].to_vec());
    let res = ranged("bytes=1000-").await;
    assert_eq!(res.status(), 206);
    assert_eq!(res.bytes().await.unwrap().to_vec(), video[1000..].to_vec());
    let res = ranged("bytes=-10").await;
    assert_eq!(
        res.bytes().await.unwrap().to_vec(),
        video[size - 10..].to_vec()
    );
    let res = ranged("bytes=99999999-").await;
    assert_eq!(res.status(), 416);
    assert_eq!(
        res.headers()["content-range"],
        format!("bytes */{size}").as_str()
    );
    let captions = person.get(&format!("{thread}/files/{cap}")).await;
    assert_eq!(captions.headers()["content-type"], "text/vtt");
    assert_eq!(captions.bytes().await.unwrap().to_vec(), vtt());
    // Seeking is not audited as a new viewing; the first request is.
    let opened = app
        .scalar("SELECT COUNT(*) FROM audit_event WHERE action = 'viewed_message_file'")
        .await;
    assert_eq!(
        opened, 3,
        "the whole file, the range from its start, and the captions; not the seeks after the start"
    );

    // The video's own page, and a reply in BSL from the worker (WebM).
    let own = person.get_text(&format!("{thread}/videos/{vid}")).await;
    assert!(
        own.contains("<video")
            && own.contains(r#"kind="captions""#)
            && own.contains("I would like to move my visit."),
        "{own}"
    );
    assert_eq!(
        person.get(&format!("{thread}/videos/{cap}")).await.status(),
        404,
        "captions are not a video"
    );
    let worker = app.sign_in("worker@example.org").await;
    let webm = app::data::seed::demo_media("demo-bsl-worker.webm").unwrap();
    let c = conversation_of(&thread);
    let res = worker
        .post_multipart(
            &format!("/people/{}/messages/{c}", w.p1),
            &[("idem", &idem(2)), ("body", "My answer is in BSL.")],
            &[("video", "reply.webm", webm)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message_attachment WHERE content_type = 'video/webm'")
            .await,
        1
    );
    assert_eq!(person.get_text(&thread).await.matches("<video").count(), 2);
}

#[tokio::test]
async fn a_message_sent_twice_is_stored_once() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let a = start(&person, w.p1, "plan", "First", &idem(1)).await;
    let b = start(&person, w.p1, "plan", "First", &idem(1)).await;
    assert_eq!(
        location(&a),
        location(&b),
        "the resend goes to the same conversation"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM conversation").await, 1);
    let c = conversation_of(&location(&a));
    // A double click with a file: one message, one file, nothing left over.
    for _ in 0..2 {
        let res = person
            .post_multipart(
                &format!("/people/{}/messages/{c}", w.p1),
                &[("idem", &idem(2)), ("body", "With a photo")],
                &[("files", "p.png", &png())],
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message").await, 2);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message_attachment").await,
        1
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM pending_upload").await, 0);
    let stored = walk(&app.dir.join("uploads"));
    assert_eq!(stored, 1, "the second upload was not kept in storage");
}

fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(|e| e.ok())
                .map(|e| {
                    if e.path().is_dir() {
                        walk(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[tokio::test]
async fn many_people_sending_at_once_lose_nothing_and_duplicate_nothing() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let carer = app.sign_in("carer@example.org").await;
    let worker = app.sign_in("worker@example.org").await;
    let c1 = conversation_of(&location(
        &start(&person, w.p1, "plan", "one", &idem(1)).await,
    ));
    let c2 = conversation_of(&location(
        &start(&person, w.p1, "payments", "two", &idem(2)).await,
    ));
    let users = [person, carer, worker];
    let mut tasks = vec![];
    let mut n = 100;
    for (u, user) in users.iter().enumerate() {
        for i in 0..8u32 {
            n += 1;
            let key = idem(n);
            let c = if i % 2 == 0 { c1 } else { c2 };
            let body = format!("message {u}-{i}");
            // Each send twice at the same moment (a double click), and a
            // new conversation now and then.
            for _ in 0..2 {
                let (client, base, key, body) = (
                    user.client.clone(),
                    user.base.clone(),
                    key.clone(),
                    body.clone(),
                );
                let p1 = w.p1;
                let new = i == 7;
                tasks.push(tokio::spawn(async move {
                    let u = User { base, client };
                    let res = if new {
                        start(&u, p1, "plan", &body, &key).await
                    } else {
                        // The subject field is ignored on a reply.
                        reply(&u, p1, c, &body, &key).await
                    };
                    (res.status().as_u16(), key)
                }));
            }
        }
    }
    let mut acknowledged = std::collections::BTreeSet::new();
    for t in tasks {
        let (status, key) = t.await.unwrap();
        assert_eq!(status, 303, "{key}");
        acknowledged.insert(key);
    }
    assert_eq!(acknowledged.len(), 24);
    for key in &acknowledged {
        assert_eq!(
            app.scalar(&format!(
                "SELECT COUNT(*) FROM message WHERE idem_key = '{key}'"
            ))
            .await,
            1,
            "{key} exactly once"
        );
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message").await, 26);
    // Only the users whose key made a new conversation started one.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM conversation").await, 2 + 3);
}

#[tokio::test]
async fn overdue_waits_for_working_days_and_duty_covers_an_away_worker() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let thread = location(&start(&person, w.p1, "needs", "Can someone call me?", &idem(1)).await);
    let c = conversation_of(&thread);
    let worker = app.sign_in("worker@example.org").await;
    assert!(
        !worker
            .get_text("/messages?show=overdue")
            .await
            .contains("Person One"),
        "not overdue yet"
    );
    assert!(worker
        .get_text("/messages?show=waiting")
        .await
        .contains("Person One"));
    assert!(worker
        .get_text("/messages?show=unread")
        .await
        .contains("Person One"));

    // Ten days later (at least six working days, whatever the calendar),
    // it is overdue.
    app.state.clock.advance(10 * DAY);
    let person = app.sign_in("person1@example.org").await;
    let worker = app.sign_in("worker@example.org").await;
    let overdue = worker.get_text("/messages?show=overdue").await;
    assert!(
        overdue.contains("Person One") && overdue.contains("Overdue: reply was due by"),
        "{overdue}"
    );
    // The practice can allow longer: then it is not.
    let manager = app.sign_in("manager@example.org").await;
    let res = manager.post("/practice/settings", "reply-target=abc").await;
    assert_eq!(location(&res), "/practice/settings");
    assert!(manager
        .get_text("/practice/settings")
        .await
        .contains("Enter a whole number of working days from 1 to 10"));
    manager.post("/practice/settings", "reply-target=10").await;
    assert!(!worker
        .get_text("/messages?show=overdue")
        .await
        .contains("Person One"));
    assert_eq!(
        worker.get("/practice/settings").await.status(),
        403,
        "the manager's setting"
    );
    manager.post("/practice/settings", "reply-target=2").await;

    // A colleague at the practice sees nothing of it while the worker is in.
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    app.account(
        "colleague@example.org",
        "social_worker",
        Some(w.practice_a),
        None,
        &hash,
        true,
    )
    .await;
    let colleague = app.sign_in("colleague@example.org").await;
    assert_eq!(colleague.get(&thread).await.status(), 404);
    assert!(!colleague.get_text("/account").await.contains(" unread)"), "not in their count either");
    assert!(!colleague.get_text("/messages").await.contains("Person One"));

    // The worker goes away: the person is told, and duty answers.
    let today = app.state.clock.today();
    let (y, m, d) = (
        &today[0..4],
        today[5..7].trim_start_matches('0'),
        today[8..10].trim_start_matches('0'),
    );
    let bad = worker
        .post(
            "/messages/away",
            &form_body(&[
                ("starts-on", d),
                ("starts-on-month", m),
                ("starts-on-year", y),
                ("ends-on", "1"),
                ("ends-on-month", "1"),
                ("ends-on-year", "2001"),
            ]),
        )
        .await;
    assert_eq!(location(&bad), "/messages/away");
    assert!(worker
        .get_text("/messages/away")
        .await
        .contains("The last day away must be the same as or after the first day"));
    let end = app::working_days::add_working_days(app::dates::parse_date(&today).unwrap(), 3);
    let (ey, em, ed) = (
        end.year().to_string(),
        (end.month() as u8).to_string(),
        end.day().to_string(),
    );
    let away = form_body(&[
        ("starts-on", d),
        ("starts-on-month", m),
        ("starts-on-year", y),
        ("ends-on", &ed),
        ("ends-on-month", &em),
        ("ends-on-year", &ey),
    ]);
    assert_eq!(worker.post("/messages/away", &away).await.status(), 303);
    worker.post("/messages/away", &away).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM worker_away").await,
        1,
        "a double click saves one"
    );
    let page = person.get_text(&thread).await;
    assert!(
        page.contains("worker name is away until")
            && page.contains("The duty team at A will reply"),
        "{page}"
    );
    assert!(worker
        .get_text("/messages")
        .await
        .contains("You are away until"));
    assert_eq!(colleague.get(&thread).await.status(), 200, "duty may read");
    let inbox = colleague.get_text("/messages").await;
    assert!(
        inbox.contains("Person One") && inbox.contains("Duty: worker name is away"),
        "{inbox}"
    );
    assert_eq!(
        colleague
            .get(&format!("/people/{}/plan", w.p1))
            .await
            .status(),
        403,
        "duty is for messages only"
    );
    assert_eq!(
        reply(
            &colleague,
            w.p1,
            c,
            "I am on duty this week: I will call today.",
            &idem(2)
        )
        .await
        .status(),
        303
    );
    assert!(person
        .get_text(&thread)
        .await
        .contains("colleague name, social worker"));
    // A message while the worker is away is emailed to the duty manager.
    let before = emails_to(&app, "manager@example.org").await.len();
    let worker_before = emails_to(&app, "worker@example.org").await.len();
    reply(&person, w.p1, c, "Thank you.", &idem(3)).await;
    // Duty's navigation counts it (the duty part of the staff count).
    let page = colleague.get_text("/account").await;
    assert!(page.contains("Messages (1 unread)"), "{page}");
    assert_eq!(
        emails_to(&app, "manager@example.org").await.len(),
        before + 1
    );
    assert_eq!(
        emails_to(&app, "worker@example.org").await.len(),
        worker_before
    );
    // Back again: duty access ends.
    let away_id: i64 = app.scalar("SELECT id FROM worker_away").await;
    assert_eq!(
        colleague
            .post(&format!("/messages/away/{away_id}/cancel"), "")
            .await
            .status(),
        404,
        "not theirs to cancel"
    );
    assert_eq!(
        worker
            .post(&format!("/messages/away/{away_id}/cancel"), "")
            .await
            .status(),
        303
    );
    assert_eq!(
        worker
            .post(&format!("/messages/away/{away_id}/cancel"), "")
            .await
            .status(),
        303,
        "a double click is fine"
    );
    assert_eq!(colleague.get(&thread).await.status(), 404);
    assert!(!colleague.get_text("/account").await.contains(" unread)"), "out of their count with it");
}

#[tokio::test]
async fn emails_about_messages_are_at_most_hourly_and_can_be_turned_off() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "Hello", &idem(1)).await,
    ));
    let worker = app.sign_in("worker@example.org").await;
    for n in 2..5 {
        reply(&worker, w.p1, c, &format!("Reply {n}"), &idem(n)).await;
    }
    assert_eq!(
        emails_to(&app, "person1@example.org").await.len(),
        1,
        "three messages in an hour: one email"
    );
    app.state.clock.advance(61 * 60);
    let worker = app.sign_in("worker@example.org").await;
    reply(&worker, w.p1, c, "An hour later", &idem(5)).await;
    assert_eq!(emails_to(&app, "person1@example.org").await.len(), 2);
    // Another conversation is its own.
    let c2 = conversation_of(&location(
        &start(&worker, w.p1, "payments", "About payments", &idem(6)).await,
    ));
    assert_eq!(emails_to(&app, "person1@example.org").await.len(), 3);
    // Turned off in the account: no more.
    let person = app.sign_in("person1@example.org").await;
    assert!(person
        .get_text("/account")
        .await
        .contains("Emails about new messages"));
    assert_eq!(
        location(
            &person
                .post("/account/message-emails", "message-emails=maybe")
                .await
        ),
        "/account"
    );
    assert!(person
        .get_text("/account")
        .await
        .contains("Select whether you want emails about new messages"));
    person
        .post("/account/message-emails", "message-emails=off")
        .await;
    app.state.clock.advance(2 * 3600);
    let worker = app.sign_in("worker@example.org").await;
    reply(&worker, w.p1, c2, "Later still", &idem(7)).await;
    assert_eq!(emails_to(&app, "person1@example.org").await.len(), 3);
    assert_eq!(
        emails_to(&app, "carer@example.org").await.len(),
        4,
        "the carer still hears"
    );
}

#[tokio::test]
async fn what_was_typed_survives_an_expired_session_and_a_broken_store() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "Hello", &idem(1)).await,
    ));
    let thread = format!("/people/{}/messages/{c}", w.p1);
    app.state.clock.advance(31 * 60);
    let typed = "I wrote this slowly, over half an hour.";
    let res = person
        .post_multipart(
            &thread,
            &[("idem", &idem(2)), ("body", typed)],
            &[("files", "p.png", &png())],
        )
        .await;
    assert!(location(&res).starts_with("/sign-in"), "{}", location(&res));
    app.sign_in_as(&person, "person1@example.org", &thread)
        .await;
    let page = person.get_text(&thread).await;
    assert!(
        page.contains(typed),
        "offered back after signing in: {page}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message").await,
        1,
        "nothing sent while signed out"
    );

    // Storage refuses: a clear message, the text kept, no row pointing at
    // a file that is not there.
    let uploads = app.dir.join("uploads").join("messages");
    let _ = std::fs::remove_dir_all(&uploads);
    std::fs::write(&uploads, b"not a folder").unwrap();
    let res = person
        .post_multipart(
            &thread,
            &[("idem", &idem(3)), ("body", typed)],
            &[("files", "p.png", &png())],
        )
        .await;
    assert_eq!(location(&res), thread);
    let page = person.get_text(&thread).await;
    assert!(
        page.contains("Your file could not be saved just now") && page.contains(typed),
        "{page}"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM pending_upload").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM message_attachment").await,
        0
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM message").await, 1);
}

/// The navigation's unread count is read with the session for a person and
/// for staff, and after the authorisation decision for a carer: each sees
/// only their own count, a conversation being opened is left out of that
/// page's count, and a carer who loses the scope loses the count at once.
#[tokio::test]
async fn the_navigation_counts_each_viewers_own_unread_messages() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "About my plan", &idem(1)).await,
    ));
    let thread = format!("/people/{}/messages/{c}", w.p1);
    assert!(!person.get_text("/account").await.contains(" unread)"), "one's own message is not unread");
    let worker = app.sign_in("worker@example.org").await;
    let manager = app.sign_in("manager@example.org").await;
    let worker_b = app.sign_in("workerb@example.org").await;
    let carer = app.sign_in("carer@example.org").await;
    let res = carer
        .post("/acting-for", &form_body(&[("person", &w.p1.to_string())]))
        .await;
    assert_eq!(res.status(), 303);
    for (who, u) in [("worker", &worker), ("manager", &manager), ("carer", &carer)] {
        let page = u.get_text("/account").await;
        assert!(page.contains("Messages (1 unread)"), "{who}: {page}");
    }
    let other = worker_b.get_text("/account").await;
    assert!(!other.contains(" unread)"), "another practice's worker: {other}");
    // Opening it: left out of that very page's count, then read.
    let opened = carer.get_text(&thread).await;
    assert!(!opened.contains(" unread)"), "{opened}");
    assert!(!carer.get_text("/account").await.contains(" unread)"));
    // A hostile or odd conversation id in the path is only a page not found.
    for bad in ["0", "-1", "abc", "1%27%20OR%201%3D1", "99999999999999999999"] {
        let res = carer.get(&format!("/people/{}/messages/{bad}", w.p1)).await;
        assert!(res.status().is_client_error(), "{bad}: {}", res.status());
    }
    // The worker answers: one unread for the person and the carer, two for
    // the manager (who opened neither), none for the worker.
    assert_eq!(reply(&worker, w.p1, c, "Answer", &idem(2)).await.status(), 303);
    for (who, u, n) in [("person", &person, "1"), ("carer", &carer, "1"), ("manager", &manager, "2")] {
        let page = u.get_text("/account").await;
        assert!(page.contains(&format!("Messages ({n} unread)")), "{who}: {page}");
    }
    assert!(!worker.get_text("/account").await.contains(" unread)"));
    let opened = person.get_text(&thread).await;
    assert!(opened.contains("Answer") && !opened.contains(" unread)"), "{opened}");
    // The carer loses the scope: no count on the very next page.
    app.exec(&format!("UPDATE delegation SET read_messages = 0 WHERE id = {}", w.d_consent))
        .await;
    let page = carer.get_text("/account").await;
    assert!(!page.contains(" unread)") && page.contains("Person One"), "{page}");
    // A count that fails in itself costs only the count, never the page.
    assert_eq!(reply(&worker, w.p1, c, "Another answer", &idem(3)).await.status(), 303);
    assert!(person.get_text("/account").await.contains("Messages (1 unread)"));
    app.exec("ALTER TABLE message_read RENAME TO message_read_away").await;
    let res = person.get("/account").await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(!page.contains(" unread)") && page.contains("person1@example.org"), "{page}");
    app.exec("ALTER TABLE message_read_away RENAME TO message_read").await;
    assert!(person.get_text("/account").await.contains("Messages (1 unread)"));
}

/// The navigation's count stops past 99: "more than 99 unread", for staff
/// and for the person alike, and gone once the conversation is read.
#[tokio::test]
async fn the_navigation_says_more_than_99_past_99_unread_messages() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "Many questions", &idem(1)).await,
    ));
    let worker = app.sign_in("worker@example.org").await;
    // The person's side writes 98 more: 99 unread for the worker.
    // Copies of message `like` (by its key), `from..=to`.
    let more = |like: String, from: i64, to: i64| {
        (from..=to)
            .map(|n| {
                format!(
                    "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) \
                     SELECT conversation_id, author_account_id, author_role, from_person, 'Copy {n}', 'bulk-{n}', created_at \
                     FROM message WHERE conversation_id = {c} AND idem_key = '{like}'"
                )
            })
            .collect::<Vec<_>>()
    };
    for sql in more(idem(1), 2, 99) {
        app.exec(&sql).await;
    }
    let page = worker.get_text("/account").await;
    assert!(page.contains("Messages (99 unread)"), "{page}");
    for sql in more(idem(1), 100, 100) {
        app.exec(&sql).await;
    }
    let page = worker.get_text("/account").await;
    assert!(page.contains("Messages (more than 99 unread)") && !page.contains("100 unread"), "{page}");
    for sql in more(idem(1), 101, 130) {
        app.exec(&sql).await;
    }
    assert!(worker.get_text("/account").await.contains("Messages (more than 99 unread)"));
    // The conversation's own row still says how many (one conversation's
    // count is bounded by that conversation).
    let inbox = worker.get_text("/messages").await;
    assert!(inbox.contains("130 new messages"), "{inbox}");
    // In Welsh too.
    let res = worker.get("/language/cy?return=/account").await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let page = worker.get_text("/account").await;
    assert!(page.contains("Negeseuon (mwy na 99 heb eu darllen)"), "{page}");
    // The worker answers, and 100 more like it: the person counts past 99
    // too.
    assert_eq!(reply(&worker, w.p1, c, "Answer", &idem(2)).await.status(), 303);
    assert!(person.get_text("/account").await.contains("Messages (1 unread)"));
    for sql in more(idem(2), 1001, 1100) {
        app.exec(&sql).await;
    }
    assert!(person.get_text("/account").await.contains("Messages (more than 99 unread)"));
    // Opening the conversation reads them all: no count at all.
    worker.get_text(&format!("/people/{}/messages/{c}", w.p1)).await;
    assert!(!worker.get_text("/account").await.contains("heb eu darllen)"));
}

#[tokio::test]
async fn the_inbox_reuses_its_figures_for_a_minute_and_a_search_never_narrows_the_navigation_count() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(&person, w.p1, "plan", "First question", &idem(1)).await,
    ));
    let worker = app.sign_in("worker@example.org").await;
    // A search narrows the list, never the navigation's count.
    let searched = worker.get_text("/messages?q=nothing%20like%20it").await;
    assert!(
        searched.contains("Messages (1 unread)") && searched.contains("No conversations match"),
        "{searched}"
    );
    app.state.clock.advance(600);
    reply(&worker, w.p1, c, "First answer", &idem(2)).await;
    let page = worker.get_text("/messages").await;
    assert!(page.contains("(1 of 1)") && !page.contains(" unread)"), "{page}");
    let person = app.sign_in("person1@example.org").await;
    let c2 = conversation_of(&location(
        &start(&person, w.p1, "plan", "Second question", &idem(3)).await,
    ));
    reply(&worker, w.p1, c2, "Second answer", &idem(4)).await;
    let page = worker.get_text("/messages").await;
    assert!(page.contains("(1 of 1)"), "reused within the minute: {page}");
    app.state.clock.advance(app::messages::figures::KEPT_FOR);
    let page = worker.get_text("/messages").await;
    assert!(page.contains("(2 of 2)"), "counted again after it: {page}");
    assert_eq!(app.state.kept_figures.len(), 1, "one practice, one entry");
}

#[tokio::test]
async fn the_inbox_searches_as_text_and_its_figures_come_from_real_replies() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let c = conversation_of(&location(
        &start(
            &person,
            w.p1,
            "plan",
            "The ramp at the front door is broken",
            &idem(1),
        )
        .await,
    ));
    app.state.clock.advance(3600);
    let worker = app.sign_in("worker@example.org").await;
    reply(
        &worker,
        w.p1,
        c,
        "I will ask the council to repair it.",
        &idem(2),
    )
    .await;
    for (q, found) in [
        ("ramp", true),
        ("RAMP", true),
        ("person one", true),
        ("repair", true),
        ("nothing like it", false),
        ("%", false),
        ("_", false),
        ("' OR 1=1 --", false),
        ("<script>", false),
    ] {
        let page = worker
            .get_text(&format!(
                "/messages?q={}",
                form_body(&[("q", q)]).trim_start_matches("q=")
            ))
            .await;
        assert_eq!(page.contains("About the plan"), found, "{q}: {page}");
    }
    let none = worker.get_text("/messages?q=zzzz").await;
    assert!(
        none.contains("No conversations match") && none.contains("0 conversations"),
        "{none}"
    );
    let page = worker.get_text("/messages").await;
    assert!(page.contains("the median time to a first reply was 1 hour. 100% of conversations (1 of 1) were answered within 2 working days"), "{page}");
    let f = app::messages::figures::reply_figures(
        &app.state.db,
        w.practice_a,
        0,
        app.state.clock.now() + 1,
        app.state.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!((f.counted, f.answered, f.within_target), (1, 1, 1));
    // An hour, plus the moment the worker's two-step sign-in took.
    assert!(
        f.median_seconds.is_some_and(|m| (3600..3700).contains(&m)),
        "{f:?}"
    );
    // Nonsense in the query is ignored, not an error.
    assert_eq!(
        worker.get("/messages?show=<b>&page=-1&q=").await.status(),
        200
    );
    // People and carers have their own list, not the inbox.
    let person = app.sign_in("person1@example.org").await;
    assert_eq!(person.get("/messages").await.status(), 403);
    assert_eq!(person.get("/messages/away").await.status(), 403);
}

#[tokio::test]
async fn the_demo_has_a_bsl_exchange_a_carer_writing_and_an_overdue_thread() {
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
    app::data::seed::store_demo_media(&app.state.db, &app.state.storage)
        .await
        .unwrap();
    let demo = |email: &'static str| {
        let app = &app;
        async move {
            let u = app.user();
            app.sign_in_with_password(&u, email, app::data::seed::DEMO_PASSWORD, "/")
                .await;
            u
        }
    };
    let leah_id = app
        .scalar("SELECT id FROM person WHERE display_name = 'Leah Thomas (demo)'")
        .await;
    let leah = demo("leah@example.org").await;
    let list = leah.get_text(&format!("/people/{leah_id}/messages")).await;
    assert!(
        list.contains("Messages (1 unread)") && list.contains("Moving my Tuesday visit"),
        "{list}"
    );
    let c: i64 = app
        .scalar(&format!(
            "SELECT id FROM conversation WHERE person_id = {leah_id}"
        ))
        .await;
    let thread = leah
        .get_text(&format!("/people/{leah_id}/messages/{c}"))
        .await;
    assert_eq!(thread.matches("<video").count(), 2, "{thread}");
    assert_eq!(thread.matches(r#"kind="captions""#).count(), 2, "{thread}");
    let vid: i64 = app
        .scalar("SELECT MIN(id) FROM message_attachment WHERE kind = 'video'")
        .await;
    let res = leah
        .get(&format!("/people/{leah_id}/messages/{c}/files/{vid}"))
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.bytes().await.unwrap().len() > 1000,
        "the demo clip is in storage"
    );
    let rhys = demo("rhys@example.org").await;
    let staff_view = rhys
        .get_text(&format!("/people/{leah_id}/messages/{c}"))
        .await;
    assert!(
        staff_view.contains("Communication needs") && staff_view.contains("Prefers BSL video"),
        "{staff_view}"
    );
    let alex = app
        .scalar("SELECT id FROM person WHERE display_name = 'Alex Morgan (demo)'")
        .await;
    let priya = demo("priya@example.org").await;
    let overdue = priya.get_text("/messages?show=overdue").await;
    assert!(
        overdue.contains("Alex Morgan (demo)") && overdue.contains("A change in needs"),
        "{overdue}"
    );
    let sam = demo("sam@example.org").await;
    assert_eq!(
        sam.post("/acting-for", &format!("person={alex}"))
            .await
            .status(),
        303
    );
    let sams = sam.get_text(&format!("/people/{alex}/messages")).await;
    assert!(sams.contains("A change in needs"), "{sams}");
    let carer_msg: i64 = app
        .scalar("SELECT COUNT(*) FROM message WHERE author_role = 'carer'")
        .await;
    assert_eq!(carer_msg, 1);
    assert!(
        priya.get_text("/messages/away").await.contains("Cancel"),
        "Priya's coming away period"
    );
}

/// The duty inbox lists exactly the people the duty rule lets a colleague
/// answer (`authz::duty_condition`): through every way someone comes to be
/// on duty or stops being, the colleague's inbox shows the person's
/// conversation when, and only when, the colleague may open it, and their
/// unread count follows.
#[tokio::test]
async fn the_duty_inbox_and_the_duty_rule_agree_on_who_is_covered() {
    let (app, w) = setup().await;
    let person = app.sign_in("person1@example.org").await;
    let thread = location(&start(&person, w.p1, "needs", "Is anyone there?", &idem(7)).await);
    let hash = app.state.passwords.hash(PASSWORD.into()).await.unwrap();
    let colleague_id = app.account("colleague@example.org", "social_worker", Some(w.practice_a), None, &hash, true).await;
    let second = app.account("second@example.org", "social_worker", Some(w.practice_a), None, &hash, true).await;
    let colleague = app.sign_in("colleague@example.org").await;
    let today = app.state.clock.today();
    let next = app::dates::parse_date(&today).unwrap().next_day().unwrap();
    let tomorrow = format!("{:04}-{:02}-{:02}", next.year(), next.month() as u8, next.day());
    let away = |worker: i64, from: &str, cancelled: &str| {
        format!(
            "INSERT INTO worker_away (worker_id, starts_on, ends_on, created_at, cancelled_at) \
             VALUES ({worker}, '{from}', '{from}', 0, {cancelled})"
        )
    };
    // The colleague as the inbox's loader sees them.
    let viewer = app::auth::Viewer {
        account_id: colleague_id,
        session_key: String::new(),
        email: "colleague@example.org".into(),
        display_name: String::new(),
        role: app::auth::Role::SocialWorker,
        practice_id: Some(w.practice_a),
        council_id: None,
        person_id: None,
        acting_for: None,
        two_step: true,
        prefers_bsl: false,
        own_record: None,
    };
    let check = |why: &'static str, covered: bool| {
        let (app, colleague, thread, viewer, today) = (&app, &colleague, &thread, &viewer, &today);
        async move {
            let counted = colleague.get_text("/account").await.contains(" unread)");
            assert_eq!(counted, covered, "{why}: in the colleague's unread count");
            let inbox = colleague.get_text("/messages").await;
            assert_eq!(inbox.contains("Person One"), covered, "{why}: listed in the duty inbox");
            // The inbox counts with the people it covers (one statement),
            // and lists from that same list: both as everywhere else.
            assert_eq!(inbox.contains(" unread)"), covered, "{why}: in the count on the inbox itself");
            let db = &app.state.db;
            let (n, people) = app::messages::inbox::covered(db, colleague_id, w.practice_a, today, None).await.unwrap();
            assert_eq!(n > 0, covered, "{why}: the covered people's count");
            assert_eq!(people.0.contains(&w.p1), covered, "{why}: among the covered people");
            let now = app.state.clock.now();
            for show in app::messages::inbox::Show::ALL {
                for q in ["", "anyone", "' OR 1=1 --"] {
                    let worked_out = app::messages::inbox::inbox(db, viewer, today, now, q, show, 1, 25, None).await.unwrap();
                    let given = app::messages::inbox::inbox(db, viewer, today, now, q, show, 1, 25, Some(&people)).await.unwrap();
                    assert_eq!(worked_out, given, "{why}: {show:?} {q:?}: the list given the people, as worked out");
                }
            }
            let status = colleague.get(thread).await.status();
            assert_eq!(status == 200, covered, "{why}: may open the conversation ({status})");
            assert_eq!(status == 404, !covered, "{why}: ({status})");
            // Opening it marked it read; unread again for the next check.
            app.exec(&format!("DELETE FROM message_read WHERE account_id = {colleague_id}")).await;
        }
    };
    check("the worker is in", false).await;
    app.exec(&away(w.worker, &tomorrow, "NULL")).await;
    check("the worker is away from tomorrow", false).await;
    app.exec(&away(w.worker, &today, "1")).await;
    check("today's absence was cancelled", false).await;
    app.exec(&away(w.worker, &today, "NULL")).await;
    check("the worker is away today", true).await;
    app.exec(&format!("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ({}, {second}, 0)", w.p1)).await;
    check("a second worker is allocated and in", false).await;
    // Two absences overlapping today still make one away worker, not two.
    app.exec(&away(w.worker, &today, "NULL")).await;
    check("one worker is away twice over, the other is in", false).await;
    app.exec(&away(second, &today, "NULL")).await;
    check("both workers are away today", true).await;
    // A worker at another practice (allocation never offers one, but the
    // rule does not rely on it): in, so nobody covers for them.
    let elsewhere = app.account("elsewhere@example.org", "social_worker", Some(w.practice_b), None, &hash, true).await;
    app.exec(&format!("INSERT INTO caseload (person_id, worker_id, started_at) VALUES ({}, {elsewhere}, 0)", w.p1)).await;
    check("a third worker, at another practice, is in", false).await;
    app.exec(&away(elsewhere, &today, "NULL")).await;
    check("all three workers are away today", true).await;
    app.exec(&format!("UPDATE person SET practice_id = {} WHERE id = {}", w.practice_b, w.p1)).await;
    check("the person is with another practice", false).await;
    app.exec(&format!("UPDATE person SET practice_id = {} WHERE id = {}", w.practice_a, w.p1)).await;
    app.exec("UPDATE worker_away SET cancelled_at = 2").await;
    check("both are back", false).await;
    app.exec(&format!("UPDATE caseload SET ended_at = 3 WHERE person_id = {}", w.p1)).await;
    check("nobody is allocated", true).await;
    // Hostile search text changes nothing about who is covered.
    let found = colleague.get_text("/messages?q=%27%20OR%201%3D1%20--").await;
    assert!(!found.contains("Person One"), "a SQL-looking search matches nothing");
}

/// The conversations an inbox page links to, in order.
fn listed(html: &str, person: i64) -> Vec<i64> {
    let marker = format!("href=\"/people/{person}/messages/");
    html.split(&marker)
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

/// The database pages the inbox (a duty inbox can cover hundreds of
/// people): every filter and a search give the same conversations, in the
/// same order, page by page as the whole list would, each exactly once,
/// with the count of all matches; a page past the end shows the last one.
#[tokio::test]
async fn the_inbox_is_paged_by_the_database_for_every_filter() {
    let (app, w) = setup().await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM conversation").await, 0);
    let now = app.state.clock.now();
    // 30 conversations, newest first by i; a third waiting for a reply;
    // the even ones last written by the person (unread for the worker),
    // the odd ones by the worker; one in five mentions the ramp.
    let mut ids = vec![];
    for i in 0..30i64 {
        let at = now - i * 60;
        let waiting = if i % 3 == 0 { at.to_string() } else { "NULL".into() };
        let id = app
            .insert_id(
                &format!(
                    "INSERT INTO conversation (person_id, practice_id, subject_code, started_by, starter_role, idem_key, created_at, last_message_at, waiting_since) \
                     VALUES ({}, {}, 'plan', {}, 'person', 'page-{i}', {at}, {at}, {waiting}) RETURNING id",
                    w.p1, w.practice_a, w.person1
                ),
                &[],
            )
            .await;
        let (author, role, from_person) = if i % 2 == 0 { (w.person1, "person", 1) } else { (w.worker, "social_worker", 0) };
        let body = if i % 5 == 0 { "About the ramp at the back door" } else { "About the support hours" };
        app.exec(&format!(
            "INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) \
             VALUES ({id}, {author}, '{role}', {from_person}, '{body}', 'page-{i}', {at})"
        ))
        .await;
        ids.push(id);
    }
    let worker = app.sign_in("worker@example.org").await;
    let pick = |keep: &dyn Fn(usize) -> bool| -> Vec<i64> { ids.iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, id)| *id).collect() };
    // Walks every page of a listing: the ids in order, and the counts shown.
    let walk = |query: &'static str| {
        let worker = &worker;
        async move {
            let mut all = vec![];
            let mut page = 1;
            loop {
                let html = worker.get_text(&format!("/messages?{query}&page={page}")).await;
                let got = listed(&html, w.p1);
                assert!(got.len() <= 25, "{query} page {page}: {} rows", got.len());
                all.extend(got);
                let pages = html.split(&format!("(page {page} of ")).nth(1).map(|r| r.split(')').next().unwrap().parse::<usize>().unwrap());
                match pages {
                    Some(n) if n > page => page += 1,
                    _ => return (all, html),
                }
            }
        }
    };
    for (query, expected) in [
        ("show=all", pick(&|_| true)),
        ("show=unread", pick(&|i| i % 2 == 0)),
        ("show=waiting", pick(&|i| i % 3 == 0)),
        ("show=all&q=ramp", pick(&|i| i % 5 == 0)),
        ("show=unread&q=RAMP", pick(&|i| i % 10 == 0)),
        ("show=overdue", vec![]),
    ] {
        let (got, html) = walk(query).await;
        assert_eq!(got, expected, "{query}: every match once, newest first");
        let count = format!("{} conversation", expected.len());
        assert!(html.contains(&count), "{query}: shows {count}");
    }
    // The first page and the second split the 30 at 25.
    let first = worker.get_text("/messages").await;
    assert_eq!(listed(&first, w.p1), ids[..25].to_vec());
    assert!(first.contains("(page 1 of 2)") && first.contains("30 conversations"), "{first}");
    // A page past the end, or nonsense, shows the last page or the first.
    let past = worker.get_text("/messages?show=all&page=99").await;
    assert!(past.contains("(page 2 of 2)"), "{past}");
    assert_eq!(listed(&past, w.p1), ids[25..].to_vec());
    for bad in ["0", "-3", "abc", "1%20OR%201%3D1", "99999999999999999999"] {
        let html = worker.get_text(&format!("/messages?page={bad}")).await;
        assert_eq!(listed(&html, w.p1), ids[..25].to_vec(), "page={bad}");
    }
    let none = worker.get_text("/messages?show=unread&q=nothing-like-this&page=4").await;
    assert!(listed(&none, w.p1).is_empty() && none.contains("0 conversations"), "{none}");
    // Waiting a month, every one is overdue (paged in Rust, since working
    // days are), and a page past the end shows the last.
    app.exec(&format!("UPDATE conversation SET waiting_since = waiting_since - {} WHERE waiting_since IS NOT NULL", 30 * DAY)).await;
    let (got, html) = walk("show=overdue").await;
    assert_eq!(got, pick(&|i| i % 3 == 0));
    assert!(html.contains("10 conversations"), "{html}");
    let past = worker.get_text("/messages?show=overdue&page=7").await;
    assert_eq!(listed(&past, w.p1), pick(&|i| i % 3 == 0));
    // Someone else's inbox is not this one: the other practice's worker
    // sees none of them on any page.
    let other = app.sign_in("workerb@example.org").await;
    for page in ["1", "2"] {
        let html = other.get_text(&format!("/messages?page={page}")).await;
        assert!(listed(&html, w.p1).is_empty(), "worker B, page {page}");
    }
}
