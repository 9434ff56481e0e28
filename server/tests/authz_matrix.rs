//! The authorisation matrix: every protected route × every role × (for
//! carers) each scope × own record and someone else's, against an
//! independent statement of who may do what. Zero unexpected successes,
//! and every expected success really succeeds.

mod common;
use common::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    Ok,
    Forbidden,
    NotFound,
    SignIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Person,
    Carer,
    Worker,
    Manager,
}

/// What each route is, for the rules below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Summary,
    Plan,
    /// The social worker's draft: staff only.
    PlanEdit,
    /// Comment, disagree, ask for a review: the person, or a carer who may
    /// see the plan.
    PlanSpeak,
    /// The budget and its options: the person, a carer who may see the
    /// budget, staff.
    Budget,
    /// Choosing how the budget is paid: the person, or a carer who may
    /// manage payments.
    BudgetChoose,
    /// Answering a choice, the record of the discussion: staff.
    BudgetDecide,
    /// Recording direct payment spending: the person, or a carer who may
    /// manage payments. Never staff.
    BudgetSpend,
    Carers,
    InviteCarer,
    RecordLegal,
    ConsentDelegation,
    LegalDelegation,
    History,
    InvitePerson,
    Allocate,
    /// A person's messages: the person, a carer who may read them, staff.
    MessagesRead,
    /// Sending: the person, a carer who may send for them, staff.
    MessagesSend,
    /// The practice's inbox and away periods: staff.
    Inbox,
    /// The practice's settings, profile, reviews and switch requests: the
    /// manager.
    PracticeSettings,
    /// Asking to move practice: the person only.
    Switch,
    /// Communication needs and asking for an interpreter: the person, a
    /// carer who may send messages for them, staff.
    Needs,
    /// Booking, completing or cancelling communication support: staff.
    SupportUpdate,
    /// The BSL library: the manager.
    BslLibrary,
    /// A person's complaints and making one: the person, or a carer who
    /// may send messages for them. Never the practice's staff.
    Complain,
    /// The complaints queue: the manager (and a council's commissioner).
    ComplaintQueue,
    /// The directory and profiles: everyone, signed in or not.
    Public,
    Caseload,
    Staff,
    PracticeAudit,
    ActingFor,
    Account,
}

struct Route {
    method: &'static str,
    path: String,
    kind: Kind,
    /// Whose record: 1 = person 1 (related to every viewer), 2 = person 2
    /// (related to none), 0 = not a person's record.
    target: u8,
    /// Delegation id belongs to someone else's record.
    foreign_delegation: bool,
}

/// A conversation, a message and its files on each person's record.
struct Msgs {
    /// (conversation, file, video) for person 1 and person 2.
    p1: (i64, i64, i64),
    p2: (i64, i64, i64),
    /// A communication support request on each record.
    support: (i64, i64),
}

async fn messages_world(app: &TestApp, w: &World) -> Msgs {
    let mut out = vec![];
    for (p, author) in [(w.p1, w.person1), (w.p2, w.person2)] {
        let c = app
            .insert_id(&format!("INSERT INTO conversation (person_id, subject_code, started_by, starter_role, idem_key, created_at, last_message_at) VALUES ({p}, 'plan', {author}, 'person', 'k{p}', 0, 0) RETURNING id"), &[])
            .await;
        let m = app
            .insert_id(&format!("INSERT INTO message (conversation_id, author_account_id, author_role, from_person, body, idem_key, created_at) VALUES ({c}, {author}, 'person', 1, 'hello', 'k{p}', 0) RETURNING id"), &[])
            .await;
        let mut ids = vec![];
        for (kind, ctype, key) in [("document", "application/pdf", format!("messages/{p}/a.pdf")), ("video", "video/mp4", format!("messages/{p}/v.mp4"))] {
            app.state.storage.put(&key, b"%PDF-1.4 x".to_vec()).await.unwrap();
            ids.push(
                app.insert_id(&format!("INSERT INTO message_attachment (message_id, kind, storage_key, content_type, size_bytes, file_name, created_at) VALUES ({m}, '{kind}', '{key}', '{ctype}', 10, 'f', 0) RETURNING id"), &[])
                    .await,
            );
        }
        out.push((c, ids[0], ids[1]));
    }
    let mut support = vec![];
    for (p, author) in [(w.p1, w.person1), (w.p2, w.person2)] {
        support.push(
            app.insert_id(&format!("INSERT INTO support_request (person_id, kind, occasion, wanted_on, idem, created_by, created_at, updated_at) VALUES ({p}, 'bsl_interpreter', 'visit', '2030-01-01', 's{p}', {author}, 0, 0) RETURNING id"), &[])
                .await,
        );
    }
    Msgs { p1: out[0], p2: out[1], support: (support[0], support[1]) }
}

fn routes(w: &World, msgs: &Msgs) -> Vec<Route> {
    let mut out = vec![];
    for (target, p, dc, dl) in [
        (1u8, w.p1, w.d_consent, w.d_legal),
        (2u8, w.p2, w.d_other, w.d_other),
    ] {
        let r = |method, path: String, kind| Route {
            method,
            path,
            kind,
            target,
            foreign_delegation: false,
        };
        out.push(r("GET", format!("/people/{p}"), Kind::Summary));
        out.push(r("GET", format!("/people/{p}/plan"), Kind::Plan));
        for section in ["outcomes", "needs", "support", "budget", "advice", "people", "versions"] {
            out.push(r("GET", format!("/people/{p}/plan/{section}"), Kind::Plan));
        }
        for path in ["comments", "review", "export.json", "export.html"] {
            out.push(r("GET", format!("/people/{p}/plan/{path}"), Kind::Plan));
        }
        for path in ["support", "review"] {
            out.push(r("POST", format!("/people/{p}/plan/{path}"), Kind::PlanSpeak));
        }
        for path in ["budget", "budget/options", "budget/options/easy-read", "budget/account"] {
            out.push(r("GET", format!("/people/{p}/{path}"), Kind::Budget));
        }
        for (method, path) in [("GET", "budget/choose"), ("POST", "budget/choose"), ("POST", "budget/choose/manager"), ("GET", "budget/choose/check")] {
            out.push(r(method, format!("/people/{p}/{path}"), Kind::BudgetChoose));
        }
        out.push(r("GET", format!("/people/{p}/budget/discussions"), Kind::BudgetDecide));
        out.push(r("GET", format!("/people/{p}/budget/account/spend"), Kind::BudgetSpend));
        // Start the draft first, so the draft's pages have one to show.
        out.push(r("GET", format!("/people/{p}/plan/draft"), Kind::PlanEdit));
        out.push(r("POST", format!("/people/{p}/plan/draft"), Kind::PlanEdit));
        for path in ["check", "about", "needs", "needs/n1"] {
            out.push(r("GET", format!("/people/{p}/plan/draft/{path}"), Kind::PlanEdit));
        }
        for path in ["check", "about", "budget", "needs", "needs/n1", "needs/n1/remove", "discard"] {
            out.push(r("POST", format!("/people/{p}/plan/draft/{path}"), Kind::PlanEdit));
        }
        out.push(r("GET", format!("/people/{p}/carers"), Kind::Carers));
        out.push(r(
            "GET",
            format!("/people/{p}/carers/new"),
            Kind::InviteCarer,
        ));
        out.push(r(
            "POST",
            format!("/people/{p}/carers/new"),
            Kind::InviteCarer,
        ));
        out.push(r(
            "GET",
            format!("/people/{p}/carers/legal"),
            Kind::RecordLegal,
        ));
        out.push(r(
            "POST",
            format!("/people/{p}/carers/legal"),
            Kind::RecordLegal,
        ));
        out.push(r(
            "GET",
            format!("/people/{p}/carers/{dc}"),
            Kind::ConsentDelegation,
        ));
        out.push(r(
            "POST",
            format!("/people/{p}/carers/{dc}"),
            Kind::ConsentDelegation,
        ));
        out.push(r(
            "POST",
            format!("/people/{p}/carers/{dc}/revoke"),
            Kind::ConsentDelegation,
        ));
        if target == 1 {
            out.push(r(
                "GET",
                format!("/people/{p}/carers/{dl}"),
                Kind::LegalDelegation,
            ));
            out.push(r(
                "POST",
                format!("/people/{p}/carers/{dl}"),
                Kind::LegalDelegation,
            ));
            out.push(r(
                "POST",
                format!("/people/{p}/carers/{dl}/revoke"),
                Kind::LegalDelegation,
            ));
            // Person 1's record with person 2's delegation id.
            for (m, suffix) in [("GET", ""), ("POST", ""), ("POST", "/revoke")] {
                out.push(Route {
                    method: m,
                    path: format!("/people/{p}/carers/{}{suffix}", w.d_other),
                    kind: Kind::ConsentDelegation,
                    target,
                    foreign_delegation: true,
                });
            }
        }
        let (c, file, video) = if target == 1 { msgs.p1 } else { msgs.p2 };
        out.push(r("GET", format!("/people/{p}/messages"), Kind::MessagesRead));
        out.push(r("GET", format!("/people/{p}/messages/{c}"), Kind::MessagesRead));
        out.push(r("GET", format!("/people/{p}/messages/{c}/files/{file}"), Kind::MessagesRead));
        out.push(r("GET", format!("/people/{p}/messages/{c}/videos/{video}"), Kind::MessagesRead));
        out.push(r("GET", format!("/people/{p}/messages/new"), Kind::MessagesSend));
        out.push(r("MULTIPART", format!("/people/{p}/messages/new"), Kind::MessagesSend));
        out.push(r("MULTIPART", format!("/people/{p}/messages/{c}"), Kind::MessagesSend));
        if target == 1 {
            // Person 1's record with person 2's conversation and file ids.
            let (c2, f2, v2) = msgs.p2;
            for (m, path, kind) in [
                ("GET", format!("/people/{p}/messages/{c2}"), Kind::MessagesRead),
                ("GET", format!("/people/{p}/messages/{c2}/files/{f2}"), Kind::MessagesRead),
                ("GET", format!("/people/{p}/messages/{c}/files/{f2}"), Kind::MessagesRead),
                ("GET", format!("/people/{p}/messages/{c2}/videos/{v2}"), Kind::MessagesRead),
                ("MULTIPART", format!("/people/{p}/messages/{c2}"), Kind::MessagesSend),
            ] {
                out.push(Route { method: m, path, kind, target, foreign_delegation: true });
            }
        }
        let rid = if target == 1 { msgs.support.0 } else { msgs.support.1 };
        out.push(r("GET", format!("/people/{p}/communication"), Kind::Needs));
        out.push(r("POST", format!("/people/{p}/communication"), Kind::Needs));
        out.push(r("GET", format!("/people/{p}/support"), Kind::Needs));
        out.push(r("POST", format!("/people/{p}/support"), Kind::Needs));
        out.push(r("POST", format!("/people/{p}/support/{rid}"), Kind::SupportUpdate));
        out.push(r("GET", format!("/people/{p}/complaints"), Kind::Complain));
        out.push(r("GET", format!("/people/{p}/complaints/new"), Kind::Complain));
        out.push(r("GET", format!("/people/{p}/complaints/check"), Kind::Complain));
        out.push(r("POST", format!("/people/{p}/complaints/check"), Kind::Complain));
        out.push(r("GET", format!("/people/{p}/switch"), Kind::Switch));
        out.push(r("POST", format!("/people/{p}/switch"), Kind::Switch));
        out.push(r("GET", format!("/people/{p}/history"), Kind::History));
        out.push(r("GET", format!("/people/{p}/invite"), Kind::InvitePerson));
        out.push(r("POST", format!("/people/{p}/invite"), Kind::InvitePerson));
        out.push(r("GET", format!("/people/{p}/allocate"), Kind::Allocate));
        out.push(r("POST", format!("/people/{p}/allocate"), Kind::Allocate));
    }
    // Ids that are no record at all.
    for path in [
        "/people/0",
        "/people/-1/plan",
        "/people/abc/carers",
        "/people/99999999/history",
        "/people/1%27%20OR%201=1/plan",
    ] {
        out.push(Route {
            method: "GET",
            path: path.into(),
            kind: Kind::Summary,
            target: 2,
            foreign_delegation: false,
        });
    }
    for (path, kind) in [
        ("/caseload", Kind::Caseload),
        ("/practice/staff", Kind::Staff),
        ("/practice/audit", Kind::PracticeAudit),
        ("/acting-for", Kind::ActingFor),
        ("/account", Kind::Account),
        ("/account/sessions", Kind::Account),
        ("/account/two-step", Kind::Account),
        ("/messages", Kind::Inbox),
        ("/messages/away", Kind::Inbox),
        ("/practice/settings", Kind::PracticeSettings),
        ("/practice/profile", Kind::PracticeSettings),
        ("/practice/reviews", Kind::PracticeSettings),
        ("/practice/switches", Kind::PracticeSettings),
        ("/practice/bsl", Kind::BslLibrary),
        ("/complaints", Kind::ComplaintQueue),
        ("/practice/bsl/home/en-GB", Kind::BslLibrary),
        ("/practices", Kind::Public),
        ("/practices/compare", Kind::Public),
    ] {
        out.push(Route {
            method: "GET",
            path: path.into(),
            kind,
            target: 0,
            foreign_delegation: false,
        });
    }
    for (path, kind) in [("/messages/away", Kind::Inbox), ("/practice/settings", Kind::PracticeSettings), ("/practice/profile", Kind::PracticeSettings)] {
        out.push(Route { method: "POST", path: path.into(), kind, target: 0, foreign_delegation: false });
    }
    out
}

/// The rules, stated independently of `app::authz`.
fn expected(who: Who, route: &Route, scopes: &[&str]) -> Expect {
    let view_plan = scopes.contains(&"view_plan");
    use Expect::*;
    use Kind::*;
    if route.kind == Public {
        return Ok;
    }
    if who == Who::Anonymous {
        return SignIn;
    }
    if route.target == 0 {
        return match (who, route.kind) {
            (_, Account) => Ok,
            (Who::Carer, ActingFor) => Ok,
            (Who::Worker | Who::Manager, Caseload | Inbox) => Ok,
            (Who::Manager, PracticeSettings | BslLibrary | ComplaintQueue) => Ok,
            (Who::Manager, Staff | PracticeAudit) => Ok,
            _ => Forbidden,
        };
    }
    if route.target == 2 {
        return NotFound;
    }
    let ok_or = |b: bool| if b { Ok } else { Forbidden };
    let e = match who {
        Who::Person => ok_or(matches!(
            route.kind,
            Summary | Plan | PlanSpeak | Budget | BudgetChoose | BudgetSpend | Carers | InviteCarer | ConsentDelegation | History
                | MessagesRead | MessagesSend | Switch | Needs | Complain
        )),
        Who::Carer => match route.kind {
            Summary => Ok,
            MessagesRead => ok_or(scopes.contains(&"read_messages")),
            MessagesSend | Needs | Complain => ok_or(scopes.contains(&"message_for")),
            Plan | PlanSpeak => ok_or(view_plan),
            Budget => ok_or(scopes.contains(&"view_budget")),
            BudgetChoose | BudgetSpend => ok_or(scopes.contains(&"manage_payments")),
            _ => Forbidden,
        },
        Who::Worker => ok_or(matches!(
            route.kind,
            Summary | Plan | PlanEdit | Budget | BudgetDecide | Carers | RecordLegal | LegalDelegation | InvitePerson
                | MessagesRead | MessagesSend | Needs | SupportUpdate
        )),
        // Only the manager allocates a social worker.
        Who::Manager => ok_or(matches!(
            route.kind,
            Summary | Plan | PlanEdit | Budget | BudgetDecide | Carers | RecordLegal | LegalDelegation | InvitePerson | Allocate
                | MessagesRead | MessagesSend | Needs | SupportUpdate
        )),
        Who::Anonymous => unreachable!(),
    };
    // Someone else's delegation id on this record: not found, once the
    // viewer may see the record's carers at all.
    if route.foreign_delegation && e == Ok {
        return NotFound;
    }
    if route.foreign_delegation && who != Who::Carer {
        return NotFound;
    }
    e
}

async fn observe(u: &User, route: &Route) -> Expect {
    let res = match route.method {
        "GET" => u.get(&route.path).await,
        // An empty multipart form (a message with no words or files).
        "MULTIPART" => u.post_multipart(&route.path, &[], &[]).await,
        // An empty form: allowed requests come back to the form with
        // errors (303), refused ones never get that far.
        _ => u.post(&route.path, "").await,
    };
    let status = res.status().as_u16();
    let loc = location(&res);
    match status {
        200 => Expect::Ok,
        303 if loc.starts_with("/sign-in") => Expect::SignIn,
        303 => Expect::Ok,
        403 => Expect::Forbidden,
        404 => Expect::NotFound,
        other => panic!("{} {} gave {other}", route.method, route.path),
    }
}

#[tokio::test]
async fn the_authorisation_matrix() {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    let w = app.world().await;
    let msgs = messages_world(&app, &w).await;
    let routes = routes(&w, &msgs);
    let viewers = [
        (Who::Anonymous, None),
        (Who::Person, Some("person1@example.org")),
        (Who::Carer, Some("carer@example.org")),
        (Who::Worker, Some("worker@example.org")),
        (Who::Manager, Some("manager@example.org")),
    ];
    let scope_sets: [&[&str]; 7] = [
        &[],
        &["view_plan"],
        &["view_budget"],
        &["manage_payments"],
        &["message_for"],
        &["read_messages"],
        &[
            "view_plan",
            "view_budget",
            "manage_payments",
            "message_for",
            "read_messages",
        ],
    ];
    let (mut checked, mut unexpected_success, mut wrong) = (0, vec![], vec![]);
    for (who, email) in viewers {
        let u = match email {
            Some(e) => app.sign_in(e).await,
            None => app.user(),
        };
        let sets: &[&[&str]] = if who == Who::Carer {
            &scope_sets
        } else {
            &scope_sets[..1]
        };
        for scopes in sets {
            let set = |c: &str| if scopes.contains(&c) { 1 } else { 0 };
            app.exec(&format!(
                "UPDATE delegation SET view_plan = {}, view_budget = {}, manage_payments = {}, message_for = {}, read_messages = {} WHERE id = {}",
                set("view_plan"), set("view_budget"), set("manage_payments"), set("message_for"), set("read_messages"), w.d_consent
            ))
            .await;
            for route in &routes {
                // Every check starts from the same state: nothing revoked.
                app.exec("UPDATE delegation SET revoked_at = NULL, revoked_by = NULL")
                    .await;
                let want = expected(who, route, scopes);
                let got = observe(&u, route).await;
                checked += 1;
                if got != want {
                    let line = format!(
                        "{who:?} scopes={scopes:?} {} {}: expected {want:?}, got {got:?}",
                        route.method, route.path
                    );
                    if got == Expect::Ok {
                        unexpected_success.push(line);
                    } else {
                        wrong.push(line);
                    }
                }
            }
        }
    }
    assert!(checked > 300, "the matrix is too small: {checked}");
    assert!(
        unexpected_success.is_empty(),
        "{} unexpected successes:\n{}",
        unexpected_success.len(),
        unexpected_success.join("\n")
    );
    assert!(
        wrong.is_empty(),
        "{} wrong answers:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
