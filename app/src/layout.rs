//! The page shell's parts: header, primary navigation, language switcher,
//! footer, and [`Page`], which every page view wraps itself
//! in (title, breadcrumbs, the one `<main>`).

use crate::auth::{Role, Viewer};
use crate::components::{Breadcrumbs, Crumb, SkipLink};
use crate::i18n::{t, t_args, Locale};
use crate::ui::Ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// Names shown to people, from configuration. Provided by the shell (and by
/// view tests), so views never reach into the server's config.
#[derive(Clone, Debug)]
pub struct Site {
    pub service_name: String,
    pub organisation_name: String,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            service_name: "Careway".into(),
            organisation_name: "Riverside Social Work Practice (demo)".into(),
        }
    }
}

fn site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

fn ui() -> Ui {
    use_context::<Ui>().unwrap_or_default()
}

/// An entry in the primary navigation: the path and its Fluent label id.
pub struct NavItem {
    pub href: &'static str,
    pub label_id: &'static str,
}

/// An entry with a computed address (a person's own record).
pub struct NavLink {
    pub href: String,
    pub label_id: &'static str,
}

/// Counts the navigation shows, worked out once per request by the
/// sign-in middleware. `messages` is `None` when the viewer has no
/// messages to read (a carer without the scope), so there is no link; it
/// counts no further than one past `messages::inbox::NAV_UNREAD_MAX`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NavCounts {
    pub messages: Option<i64>,
}

/// Where the viewer's messages are.
pub fn messages_href(v: &Viewer) -> Option<String> {
    match v.role {
        Role::Person => v.person_id.map(|p| format!("/people/{p}/messages")),
        Role::Carer => v.acting_for.as_ref().map(|(p, _)| format!("/people/{p}/messages")),
        Role::SocialWorker | Role::PracticeManager => Some("/messages".into()),
        Role::Commissioner => None,
    }
}

/// The primary navigation for this viewer. Later areas add themselves here.
pub fn nav_items() -> Vec<NavItem> {
    vec![
        NavItem {
            href: "/",
            label_id: "core-nav-home",
        },
        NavItem {
            href: "/practices",
            label_id: "core-nav-practices",
        },
        NavItem {
            href: "/settings/display",
            label_id: "core-nav-display-settings",
        },
        NavItem {
            href: "/help",
            label_id: "core-nav-help",
        },
    ]
}

/// The role's own places, after Home.
pub fn role_nav(viewer: Option<&Viewer>) -> Vec<NavLink> {
    let Some(v) = viewer else {
        return vec![NavLink {
            href: "/sign-in".into(),
            label_id: "core-nav-sign-in",
        }];
    };
    let l = |href: String, label_id| NavLink { href, label_id };
    let mut out = match v.role {
        Role::Person => match v.person_id {
            Some(p) => vec![
                l(format!("/people/{p}"), "core-nav-my-record"),
                l(format!("/people/{p}/carers"), "core-nav-carers"),
            ],
            None => vec![],
        },
        Role::Carer => {
            let mut x = vec![l("/acting-for".into(), "core-nav-acting-for")];
            if let Some((p, _)) = &v.acting_for {
                x.insert(0, l(format!("/people/{p}"), "core-nav-their-record"));
            }
            x
        }
        Role::SocialWorker => vec![l("/caseload".into(), "core-nav-caseload")],
        Role::PracticeManager => vec![
            l("/caseload".into(), "core-nav-practice-people"),
            l("/practice/profile".into(), "core-nav-practice"),
            l("/practice/staff".into(), "core-nav-staff"),
            l("/practice/audit".into(), "core-nav-audit"),
            l("/complaints".into(), "core-nav-complaints"),
        ],
        Role::Commissioner => vec![l("/complaints".into(), "core-nav-complaints")],
    };
    out.push(l("/account".into(), "core-nav-account"));
    out
}

fn viewer() -> Option<Viewer> {
    use_context::<Option<Viewer>>().flatten()
}

/// The header: skip link, service name (a link home), the organisation,
/// the language switcher and the primary navigation.
/// Accessibility: `<header>` is the banner landmark; the nav is labelled;
/// the current section has `aria-current="page"`, not only a colour.
#[component]
pub fn Header() -> impl IntoView {
    let site = site();
    let ui = ui();
    let current = ui.path.clone();
    let viewer = viewer();
    let is_here = {
        let current = current.clone();
        move |href: &str| {
            href == current || (href != "/" && current.starts_with(&format!("{href}/")))
        }
    };
    let counts = use_context::<NavCounts>().unwrap_or_default();
    let mut links: Vec<(String, String)> = vec![("/".to_string(), t("core-nav-home"))];
    let mut own = role_nav(viewer.as_ref())
        .into_iter()
        .map(|n| (n.href, t(n.label_id)))
        .collect::<Vec<_>>();
    // Messages, with the unread count as words ("Messages (2 unread)", or
    // "more than 99"), after the viewer's own record or caseload.
    if let (Some(v), Some(n)) = (viewer.as_ref(), counts.messages) {
        if let Some(href) = messages_href(v) {
            let at = if own.len() > 1 { 1 } else { 0 };
            let label = if n > crate::messages::inbox::NAV_UNREAD_MAX {
                t_args("core-nav-messages-many", &[("count", crate::messages::inbox::NAV_UNREAD_MAX.into())])
            } else {
                t_args("core-nav-messages", &[("count", n.into())])
            };
            own.insert(at.min(own.len()), (href, label));
        }
    }
    links.extend(own);
    links.extend(
        nav_items()
            .into_iter()
            .skip(1)
            .map(|n| (n.href.to_string(), t(n.label_id))),
    );
    // Only the most specific match is "current" (the record, not also Home).
    let best = links
        .iter()
        .filter(|(h, _)| is_here(h))
        .map(|(h, _)| h.len())
        .max();
    let acting = viewer
        .as_ref()
        .filter(|v| v.role == Role::Carer)
        .map(|v| v.acting_for.clone());
    let signed_in = viewer.as_ref().map(|v| v.display_name.clone());
    view! {
        <SkipLink/>
        <header class="cw-header">
            <div class="cw-header__container cw-width-container">
                <div class="cw-header__brand">
                    <a href="/" class="cw-header__service-name">{site.service_name.clone()}</a>
                    <span class="cw-header__organisation">{site.organisation_name.clone()}</span>
                </div>
                <LanguageSwitcher/>
            </div>
            <nav class="cw-nav" aria-label=t("core-nav-label")>
                <ul class="cw-nav__list cw-width-container">
                    {links
                        .into_iter()
                        .map(|(href, label)| {
                            let here = is_here(&href) && Some(href.len()) == best;
                            view! {
                                <li class="cw-nav__item">
                                    <a class="cw-nav__link" href=href aria-current=here.then_some("page")>{label}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            {signed_in.map(|name| view! {
                <div class="cw-account-bar">
                    <div class="cw-account-bar__inner cw-width-container">
                        <p class="cw-account-bar__who">{t_args("core-signed-in-as", &[("name", name.into())])}</p>
                        <form method="post" action="/sign-out" class="cw-account-bar__form">
                            <button type="submit" class="cw-link-button">{t("core-sign-out")}</button>
                        </form>
                    </div>
                </div>
            })}
            {acting.map(|a| match a {
                Some((_, name)) => view! {
                    <div class="cw-acting-for" role="region" aria-label=t("core-acting-for-label")>
                        <p class="cw-acting-for__text cw-width-container">
                            <strong>{t_args("core-acting-for", &[("name", name.into())])}</strong>" "
                            <a href="/acting-for">{t("core-acting-for-change")}</a>
                        </p>
                    </div>
                }.into_any(),
                None => view! {
                    <div class="cw-acting-for" role="region" aria-label=t("core-acting-for-label")>
                        <p class="cw-acting-for__text cw-width-container">
                            <a href="/acting-for">{t("core-acting-for-choose")}</a>
                        </p>
                    </div>
                }.into_any(),
            })}
        </header>
    }
}

/// Links to the page in each other language. Works without JS: each link
/// sets the language cookie and comes back to this page.
/// Accessibility: each link is in its own language (`lang`, `hreflang`), so
/// a screen reader pronounces "Cymraeg" in Welsh; the current language is
/// text, marked `aria-current`.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ui = ui();
    let back = urlencode(&ui.path_and_query);
    view! {
        <nav class="cw-language-switcher" aria-label=t("core-language-label")>
            <ul class="cw-language-switcher__list">
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        let name = crate::i18n::tr(l, "core-language-name");
                        if l == ui.locale {
                            view! { <li class="cw-language-switcher__item" aria-current="true" lang=l.tag()>{name}</li> }.into_any()
                        } else {
                            let href = format!("/language/{}?return={back}", l.tag());
                            view! { <li class="cw-language-switcher__item"><a href=href lang=l.tag() hreflang=l.tag()>{name}</a></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Percent-encodes a path for use as a query value.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The footer: help and policy links in the same place on every page
/// (3.2.6), and the "not for emergencies" notice.
#[component]
pub fn Footer() -> impl IntoView {
    let site = site();
    view! {
        <footer class="cw-footer">
            <div class="cw-width-container">
                <div class="cw-footer__emergency" role="note" aria-labelledby="footer-emergency-title">
                    <h2 class="cw-footer__heading" id="footer-emergency-title">{t("core-emergency-title")}</h2>
                    <p>{t("core-emergency-body")}</p>
                </div>
                <h2 class="cw-visually-hidden">{t("core-footer-links-heading")}</h2>
                <ul class="cw-footer__links">
                    <li><a href="/help">{t("core-footer-help")}</a></li>
                    <li><a href="/complain">{t("core-footer-complain")}</a></li>
                    <li><a href="/contact">{t("core-footer-contact")}</a></li>
                    <li><a href="/accessibility">{t("core-footer-accessibility")}</a></li>
                    <li><a href="/privacy">{t("core-footer-privacy")}</a></li>
                    <li><a href="/settings/display">{t("core-footer-display-settings")}</a></li>
                </ul>
                <p class="cw-footer__meta">{t_args("core-footer-run-by", &[("organisation", site.organisation_name.into())])}</p>
            </div>
        </footer>
    }
}

/// Every page view's frame: the unique `<title>` ("Page – Service"), with
/// "Error: " first when the page shows form errors; the breadcrumbs (for
/// inner pages); and the one `<main>`, which the skip link targets.
#[component]
pub fn Page(
    #[prop(into)] title: String,
    #[prop(optional)] crumbs: Vec<Crumb>,
    #[prop(optional)] has_errors: bool,
    children: Children,
) -> impl IntoView {
    let site = site();
    let full = if has_errors {
        t_args(
            "core-title-with-error",
            &[
                ("page", title.into()),
                ("service", site.service_name.into()),
            ],
        )
    } else {
        t_args(
            "core-title",
            &[
                ("page", title.into()),
                ("service", site.service_name.into()),
            ],
        )
    };
    view! {
        <Title text=full/>
        <div class="cw-width-container">
            {(!crumbs.is_empty()).then(|| view! { <Breadcrumbs crumbs=crumbs/> })}
            // tabindex=-1 lets the skip link move keyboard focus here, not
            // just scroll; the focus ring is suppressed on <main> in CSS.
            <main class="cw-main" id="main-content" tabindex="-1">
                {children()}
            </main>
        </div>
    }
}

/// The breadcrumb trail for an inner page: Home, then this page.
pub fn crumbs_home_then(label: String) -> Vec<Crumb> {
    vec![Crumb::link(t("core-nav-home"), "/"), Crumb::here(label)]
}
