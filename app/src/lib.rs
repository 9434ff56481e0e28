#![recursion_limit = "512"]
//! Careway's UI: the HTML shell, the router, every page, and what a page
//! needs on the server (data layer, sessions, forms, Fluent).

pub mod assets;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod bsl;
pub mod clock;
pub mod complaints;
pub mod components;
pub mod config;
pub mod data;
pub mod dates;
pub mod easy_read;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod mail;
pub mod messages;
pub mod money;
pub mod needs;
pub mod pages;
pub mod budget;
pub mod plan;
pub mod practices;
pub mod state;
pub mod storage;
pub mod support;
pub mod ui;
pub mod uploads;
pub mod vtt;
pub mod working_days;

use crate::layout::{Footer, Header, Site};
use crate::ui::Ui;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// Leptos options for a server-only app: no wasm, no cargo-leptos.
pub fn leptos_options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("careway")
        .site_root("style")
        .build()
}

/// The Content-Security-Policy for a rendered page. Leptos appends small
/// inline scripts after `</html>`; they carry this request's nonce, and no
/// other script may run. Styles come only from our own stylesheet.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script = match nonce {
        Some(n) => format!("'nonce-{n}'"),
        None => "'none'".to_string(),
    };
    format!(
        "default-src 'none'; script-src {script}; style-src 'self'; img-src 'self'; media-src 'self'; \
         font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
}

/// The whole HTML document. `lang`, `dir` and the display-setting classes
/// are set here, on the server, from the request.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    let parts = use_context::<axum::http::request::Parts>();
    let ui = parts
        .as_ref()
        .map(|p| Ui::from_request(&p.headers, &p.uri))
        .unwrap_or_default();
    provide_context(ui.clone());
    let viewer = parts
        .as_ref()
        .and_then(|p| p.extensions.get::<Option<auth::Viewer>>().cloned())
        .flatten();
    provide_context(viewer);
    provide_context(
        parts
            .as_ref()
            .and_then(|p| p.extensions.get::<layout::NavCounts>().cloned())
            .unwrap_or_default(),
    );
    if let Some(state) = use_context::<state::AppState>() {
        provide_context(Site {
            service_name: state.config.service_name.clone(),
            organisation_name: state.config.organisation_name.clone(),
        });
    }
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        let nonce = use_nonce().map(|n| n.to_string());
        if let Ok(v) = content_security_policy(nonce.as_deref()).parse() {
            res.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, v);
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang=ui.locale.tag() dir=ui.locale.dir() class=ui.prefs.html_classes()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=assets::css_href()/>
                <MetaTags/>
            </head>
            <body class="cw-template">
                <App/>
            </body>
        </html>
    }
}

/// The router. Every route is `SsrMode::Async`: the server waits for the
/// page's data and sends complete HTML, because streamed content would stay
/// hidden from people without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    use pages::account::{
        email::{EmailConfirmPage, EmailPage},
        overview::AccountPage,
        password::PasswordPage,
        sessions::SessionsPage,
        two_step::TwoStepPage,
    };
    use pages::auth::{
        invitation::InvitationPage,
        reset::{ForgotPage, ResetPage},
        sign_in::{SignInPage, SignedOutPage},
        two_step_code::SignInCodePage,
    };
    use pages::people::{
        allocate::AllocatePage,
        carers::{CarerChangePage, CarerInvitePage, CarersPage, LegalAccessPage},
        history::HistoryPage,
        invite::InvitePersonPage,
        needs::NeedsPage,
        support::SupportPage,
        overview::PersonPage,
        plan::{PlanPage, PlanSectionPage, PlanVersionsPage},
        budget::{BudgetDecidePage, BudgetDiscussionsPage, BudgetEasyReadPage, BudgetOptionsPage, BudgetPage},
        budget_account::{DpAccountPage, ReceiptPage, SpendPage, StatementPage},
        budget_returns::{ReturnPage, ReturnsPage},
        budget_choose::{ChooseOptionPage, ChooseStepPage},
        plan_edit::{DraftCheckPage, DraftItemPage, DraftPage, DraftSectionPage},
        plan_voice::{PlanAnswerPage, PlanCommentsPage, PlanReviewPage, PlanReviewUpdatePage},
    };
    use pages::work::{
        acting_for::ActingForPage, caseload::CaseloadPage, practice_audit::PracticeAuditPage,
        practice_settings::PracticeSettingsPage, staff::StaffPage,
    };
    use pages::practices::{
        compare::ComparePage,
        directory::DirectoryPage,
        manage::{ManageProfilePage, ManageReviewsPage, ManageSwitchesPage},
        profile::PracticeProfilePage,
        review::ReviewPage,
        switch::SwitchPage,
    };
    use pages::messages::{
        away::AwayPage,
        conversations::{ConversationsPage, NewConversationPage},
        inbox::InboxPage,
        thread::{ThreadPage, VideoPage},
    };
    use pages::bsl::{BslLibraryPage, BslPlayerPage, BslUploadPage};
    use pages::complaints::{
        ComplainInfoPage, ComplaintDonePage, HandlePage, MyComplaintPage, MyComplaintsPage, PersonCheckPage, PersonComplaintPage,
        PublicCheckPage, PublicComplaintPage, QueuePage, StatusPage, StatusViewPage,
    };
    use pages::{
        errors::NotFoundPage, home::HomePage, info::*, settings::display::DisplaySettingsPage,
    };
    provide_meta_context();
    view! {
        <Header/>
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/settings/display") view=DisplaySettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/help") view=HelpPage ssr=SsrMode::Async/>
                <Route path=path!("/contact") view=ContactPage ssr=SsrMode::Async/>
                <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async/>
                <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/code") view=SignInCodePage ssr=SsrMode::Async/>
                <Route path=path!("/signed-out") view=SignedOutPage ssr=SsrMode::Async/>
                <Route path=path!("/password/forgot") view=ForgotPage ssr=SsrMode::Async/>
                <Route path=path!("/password/reset/:token") view=ResetPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation/:token") view=InvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/account/password") view=PasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/account/email") view=EmailPage ssr=SsrMode::Async/>
                <Route path=path!("/account/email/confirm/:token") view=EmailConfirmPage ssr=SsrMode::Async/>
                <Route path=path!("/account/two-step") view=TwoStepPage ssr=SsrMode::Async/>
                <Route path=path!("/account/sessions") view=SessionsPage ssr=SsrMode::Async/>
                <Route path=path!("/acting-for") view=ActingForPage ssr=SsrMode::Async/>
                <Route path=path!("/caseload") view=CaseloadPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/staff") view=StaffPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/audit") view=PracticeAuditPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/settings") view=PracticeSettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/profile") view=ManageProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/practice/reviews") view=ManageReviewsPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/switches") view=ManageSwitchesPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/bsl") view=BslLibraryPage ssr=SsrMode::Async/>
                <Route path=path!("/practice/bsl/:key/:lang") view=BslUploadPage ssr=SsrMode::Async/>
                <Route path=path!("/bsl/:key") view=BslPlayerPage ssr=SsrMode::Async/>
                <Route path=path!("/complain") view=ComplainInfoPage ssr=SsrMode::Async/>
                <Route path=path!("/complain/new") view=PublicComplaintPage ssr=SsrMode::Async/>
                <Route path=path!("/complain/check") view=PublicCheckPage ssr=SsrMode::Async/>
                <Route path=path!("/complain/done") view=ComplaintDonePage ssr=SsrMode::Async/>
                <Route path=path!("/complain/status") view=StatusPage ssr=SsrMode::Async/>
                <Route path=path!("/complain/status/view") view=StatusViewPage ssr=SsrMode::Async/>
                <Route path=path!("/complaints") view=QueuePage ssr=SsrMode::Async/>
                <Route path=path!("/complaints/:cid") view=HandlePage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/complaints") view=MyComplaintsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/complaints/new") view=PersonComplaintPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/complaints/check") view=PersonCheckPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/complaints/:cid") view=MyComplaintPage ssr=SsrMode::Async/>
                <Route path=path!("/practices") view=DirectoryPage ssr=SsrMode::Async/>
                <Route path=path!("/practices/compare") view=ComparePage ssr=SsrMode::Async/>
                <Route path=path!("/practices/:pid") view=PracticeProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/practices/:pid/review") view=ReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/switch") view=SwitchPage ssr=SsrMode::Async/>
                <Route path=path!("/messages") view=InboxPage ssr=SsrMode::Async/>
                <Route path=path!("/messages/away") view=AwayPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/messages") view=ConversationsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/messages/new") view=NewConversationPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/messages/:cid") view=ThreadPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/messages/:cid/videos/:aid") view=VideoPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id") view=PersonPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan") view=PlanPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/versions") view=PlanVersionsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/draft") view=DraftPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/draft/check") view=DraftCheckPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/draft/:section") view=DraftSectionPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/draft/:section/:key") view=DraftItemPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/comments") view=PlanCommentsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/comments/:cid") view=PlanAnswerPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/review") view=PlanReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/review/:rid") view=PlanReviewUpdatePage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/plan/:section") view=PlanSectionPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget") view=BudgetPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/options") view=BudgetOptionsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/options/easy-read") view=BudgetEasyReadPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/choose") view=ChooseOptionPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/choose/:step") view=ChooseStepPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/requests/:rid") view=BudgetDecidePage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/discussions") view=BudgetDiscussionsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account") view=DpAccountPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account/spend") view=SpendPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account/spends/:sid") view=ReceiptPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account/returns") view=ReturnsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account/returns/:quarter") view=ReturnPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/budget/account/:month") view=StatementPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/history") view=HistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/communication") view=NeedsPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/support") view=SupportPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/invite") view=InvitePersonPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/allocate") view=AllocatePage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/carers") view=CarersPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/carers/new") view=CarerInvitePage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/carers/legal") view=LegalAccessPage ssr=SsrMode::Async/>
                <Route path=path!("/people/:id/carers/:did") view=CarerChangePage ssr=SsrMode::Async/>
            </Routes>
        </Router>
        <Footer/>
    }
}

/// Every form and action route, merged by the server beside the pages.
pub fn form_routes() -> axum::Router<state::AppState> {
    axum::Router::new()
        .merge(pages::settings::routes())
        .merge(pages::auth::routes())
        .merge(pages::account::routes())
        .merge(pages::people::routes())
        .merge(pages::work::routes())
        .merge(pages::messages::routes())
        .merge(pages::practices::routes())
        .merge(pages::bsl::routes())
        .merge(pages::complaints::routes())
        .route("/assets/icons/{file}", axum::routing::get(easy_read::icon))
}
