//! Careway's UI: the HTML shell, the router, every page, and what a page
//! needs on the server (data layer, sessions, forms, Fluent).

pub mod assets;
pub mod components;
pub mod config;
pub mod data;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod pages;
pub mod state;
pub mod ui;

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
    LeptosOptions::builder().output_name("careway").site_root("style").build()
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
    let ui = parts.as_ref().map(|p| Ui::from_request(&p.headers, &p.uri)).unwrap_or_default();
    provide_context(ui.clone());
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
    use pages::{errors::NotFoundPage, home::HomePage, info::*, settings::display::DisplaySettingsPage};
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
            </Routes>
        </Router>
        <Footer/>
    }
}

/// Every form and action route, merged by the server beside the pages.
pub fn form_routes() -> axum::Router<state::AppState> {
    axum::Router::new().merge(pages::settings::routes())
}
