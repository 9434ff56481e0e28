//! Display settings: text size, colour theme, extra spacing and reduced
//! motion. Stored in a cookie and applied on the server as classes on
//! `<html>`, so they work on every page without JS.

use crate::components::{Button, Checkboxes, Choice, ErrorSummary, NotificationBanner, Radios};
use crate::error::{AppError, Msg};
use crate::forms::{self, FieldError, FormState};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use crate::ui::{DisplayPrefs, TextSize, Theme, PREFS_COOKIE};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "display-settings";

/// What the display settings page shows.
#[derive(Clone, Debug, Default)]
pub struct DisplayData {
    pub prefs: DisplayPrefs,
    /// The failed submission, if the last POST had errors.
    pub form: Option<FormState>,
    /// The success message id, right after a save.
    pub notice: Option<String>,
}

pub async fn load_display(ctx: PageCtx) -> Result<DisplayData, AppError> {
    let session = ctx.session()?;
    let form = forms::take_form(session, FORM).await?;
    let notice = forms::take_notice(session).await?.map(|n| n.message_id);
    Ok(DisplayData {
        prefs: ctx.ui.prefs,
        form,
        notice,
    })
}

#[component]
pub fn DisplaySettingsPage() -> impl IntoView {
    loaded(
        load_display(PageCtx::current()),
        |data| view! { <DisplaySettingsView data/> },
    )
}

fn size_label(s: TextSize) -> Msg {
    match s {
        TextSize::Standard => Msg("settings-text-size-standard"),
        TextSize::Large => Msg("settings-text-size-large"),
        TextSize::Largest => Msg("settings-text-size-largest"),
    }
}

fn theme_label(th: Theme) -> (Msg, Msg) {
    match th {
        Theme::Default => (
            Msg("settings-theme-default"),
            Msg("settings-theme-default-hint"),
        ),
        Theme::HighContrastDark => (
            Msg("settings-theme-contrast-dark"),
            Msg("settings-theme-contrast-dark-hint"),
        ),
        Theme::HighContrastLight => (
            Msg("settings-theme-contrast-light"),
            Msg("settings-theme-contrast-light-hint"),
        ),
    }
}

/// The pure view: one form, its error summary, and a success banner.
#[component]
pub fn DisplaySettingsView(data: DisplayData) -> impl IntoView {
    let title = t("settings-display-title");
    let form = data.form.unwrap_or_default();
    let has_errors = form.has_errors();
    // After an error, show what was submitted; otherwise the saved prefs.
    let (size, theme, extras) = if has_errors {
        (
            form.value("text-size").unwrap_or_default().to_string(),
            form.value("theme").unwrap_or_default().to_string(),
            form.value("extras")
                .unwrap_or_default()
                .split(',')
                .map(str::to_string)
                .collect::<Vec<_>>(),
        )
    } else {
        let mut extras = vec![];
        if data.prefs.spacing {
            extras.push("spacing".to_string());
        }
        if data.prefs.reduced_motion {
            extras.push("reduced-motion".to_string());
        }
        if data.prefs.easy_read {
            extras.push("easy-read".to_string());
        }
        (
            data.prefs.text_size.code().to_string(),
            data.prefs.theme.code().to_string(),
            extras,
        )
    };
    let err = |f: &str| form.error(f).map(|e| t(&e.message_id));
    let (size_err, theme_err, extras_err) = (err("text-size"), err("theme"), err("extras"));
    let errors = form.errors.clone();
    let sizes: Vec<Choice> = TextSize::ALL
        .iter()
        .map(|s| Choice::new(s.code(), t(size_label(*s).0)))
        .collect();
    let themes: Vec<Choice> = Theme::ALL
        .iter()
        .map(|th| {
            let (l, h) = theme_label(*th);
            Choice::new(th.code(), t(l.0)).with_hint(t(h.0))
        })
        .collect();
    let extra_choices = vec![
        Choice::new("spacing", t("settings-extras-spacing"))
            .with_hint(t("settings-extras-spacing-hint")),
        Choice::new("reduced-motion", t("settings-extras-motion"))
            .with_hint(t("settings-extras-motion-hint")),
        Choice::new("easy-read", t("settings-extras-easy-read"))
            .with_hint(t("settings-extras-easy-read-hint")),
    ];
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=has_errors>
            <ErrorSummary errors=errors/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("settings-display-lead")}</p>
            <form method="post" action="/settings/display" novalidate=true>
                <Radios name="text-size" legend=t("settings-text-size-legend") choices=sizes selected=size error=size_err/>
                <Radios name="theme" legend=t("settings-theme-legend") choices=themes selected=theme error=theme_err/>
                <Checkboxes name="extras" legend=t("settings-extras-legend") hint=t("settings-extras-hint") choices=extra_choices selected=extras error=extras_err/>
                <Button text=t("settings-save")/>
            </form>
        </Page>
    }
}

/// Parses the posted fields into prefs, or field errors. Every field is
/// checked against the known codes, so nothing else reaches the cookie.
pub fn parse_display(fields: &[(String, String)]) -> Result<DisplayPrefs, FormState> {
    let mut state = FormState::new(FORM);
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let extras: Vec<&str> = fields
        .iter()
        .filter(|(n, _)| n == "extras")
        .map(|(_, v)| v.as_str())
        .collect();
    // Keep what was typed, but not unbounded amounts of it.
    let keep = |v: &str| v.chars().take(200).collect::<String>();
    state.values.insert(
        "text-size".into(),
        keep(get("text-size").unwrap_or_default()),
    );
    state
        .values
        .insert("theme".into(), keep(get("theme").unwrap_or_default()));
    state
        .values
        .insert("extras".into(), keep(&extras.join(",")));
    let size = get("text-size").and_then(TextSize::from_code);
    let theme = get("theme").and_then(Theme::from_code);
    if size.is_none() {
        state.errors.push(FieldError::new(
            "text-size",
            Msg("settings-error-text-size"),
        ));
    }
    if theme.is_none() {
        state
            .errors
            .push(FieldError::new("theme", Msg("settings-error-theme")));
    }
    if extras
        .iter()
        .any(|e| !matches!(*e, "spacing" | "reduced-motion" | "easy-read"))
    {
        state
            .errors
            .push(FieldError::new("extras", Msg("settings-error-extras")));
    }
    match (size, theme, state.errors.is_empty()) {
        (Some(text_size), Some(theme), true) => Ok(DisplayPrefs {
            text_size,
            theme,
            spacing: extras.contains(&"spacing"),
            reduced_motion: extras.contains(&"reduced-motion"),
            easy_read: extras.contains(&"easy-read"),
        }),
        _ => Err(state),
    }
}

/// `POST /settings/display`.
pub async fn save(
    State(state): State<AppState>,
    session: Session,
    viewer: Option<axum::Extension<Option<crate::auth::Viewer>>>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response, Response> {
    let internal = |e: tower_sessions::session::Error| errors_response(AppError::from(e));
    match parse_display(&fields) {
        Ok(prefs) => {
            // Signed in: the settings follow the account to other devices.
            if let Some(v) = viewer.and_then(|v| v.0) {
                sqlx::query("UPDATE account SET display_prefs = $1 WHERE id = $2")
                    .bind(prefs.to_cookie_value())
                    .bind(v.account_id)
                    .execute(state.db.writer())
                    .await
                    .map_err(|e| errors_response(AppError::from(e)))?;
            }
            forms::flash_notice(&session, Msg("settings-saved"))
                .await
                .map_err(internal)?;
            let cookie = super::preference_cookie(
                PREFS_COOKIE,
                &prefs.to_cookie_value(),
                state.config.is_https(),
            );
            let mut res = forms::see_other("/settings/display");
            res.headers_mut()
                .insert(header::SET_COOKIE, cookie.parse().expect("cookie is ASCII"));
            Ok(res)
        }
        Err(form) => {
            forms::flash_form(&session, &form).await.map_err(internal)?;
            Ok(forms::see_other("/settings/display"))
        }
    }
}

/// `POST /settings/easy-read`: the "Easy Read" button on a key page
/// turns Easy Read on or off and comes back to the page. Stored like the
/// other display settings (the cookie, and the account when signed in).
pub async fn easy_read(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Option<crate::auth::Viewer>>>,
    headers: axum::http::HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = forms::Fields(fields);
    let mut prefs = crate::ui::cookie(&headers, PREFS_COOKIE)
        .map(DisplayPrefs::from_cookie_value)
        .unwrap_or_default();
    prefs.easy_read = f.get("easy-read") == "on";
    if let Some(v) = viewer.and_then(|v| v.0) {
        if let Err(e) = sqlx::query("UPDATE account SET display_prefs = $1 WHERE id = $2")
            .bind(prefs.to_cookie_value())
            .bind(v.account_id)
            .execute(state.db.writer())
            .await
        {
            return errors_response(AppError::from(e));
        }
    }
    let back = crate::ui::safe_return_path(Some(f.get("return")));
    let cookie = super::preference_cookie(PREFS_COOKIE, &prefs.to_cookie_value(), state.config.is_https());
    let mut res = forms::see_other(&back);
    res.headers_mut().insert(header::SET_COOKIE, cookie.parse().expect("cookie is ASCII"));
    res
}

fn errors_response(e: AppError) -> Response {
    e.status().into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn fields(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn good_input_becomes_prefs() {
        let p = parse_display(&fields(&[
            ("text-size", "large"),
            ("theme", "contrast-dark"),
            ("extras", "spacing"),
        ]))
        .unwrap();
        assert_eq!(p.text_size, TextSize::Large);
        assert_eq!(p.theme, Theme::HighContrastDark);
        assert!(p.spacing && !p.reduced_motion);
    }

    #[test]
    fn empty_and_hostile_input_gets_field_errors_and_is_kept() {
        let e = parse_display(&fields(&[])).unwrap_err();
        assert_eq!(e.errors.len(), 2);
        let e = parse_display(&fields(&[
            ("text-size", "<script>alert(1)</script>"),
            ("theme", "default"),
            ("extras", "'; DROP TABLE x; --"),
        ]))
        .unwrap_err();
        assert_eq!(
            e.errors
                .iter()
                .map(|e| e.field.as_str())
                .collect::<Vec<_>>(),
            ["text-size", "extras"]
        );
        assert_eq!(e.value("text-size"), Some("<script>alert(1)</script>"));
    }

    #[test]
    fn huge_input_is_kept_only_in_part() {
        let big = "x".repeat(100_000);
        let e = parse_display(&fields(&[("text-size", &big)])).unwrap_err();
        assert_eq!(e.value("text-size").unwrap().len(), 200);
    }

    #[test]
    fn the_view_shows_errors_in_the_gov_uk_pattern_and_keeps_choices() {
        let form = parse_display(&fields(&[
            ("theme", "contrast-light"),
            ("extras", "reduced-motion"),
        ]))
        .unwrap_err();
        let data = DisplayData {
            form: Some(form),
            ..Default::default()
        };
        let html = render(move || view! { <DisplaySettingsView data/> });
        assert!(
            html.contains("cw-error-summary") && html.contains(r##"href="#text-size""##),
            "{html}"
        );
        assert!(html.contains(r#"id="text-size-error""#), "{html}");
        // The theme the person picked is still picked.
        let at = html.find(r#"value="contrast-light""#).unwrap();
        assert!(html[at..at + 80].contains("checked"), "{html}");
        assert_eq!(count(&html, "<h1"), 1);
    }

    #[test]
    fn the_saved_banner_is_an_alert() {
        let data = DisplayData {
            notice: Some("settings-saved".into()),
            ..Default::default()
        };
        let html = render(move || view! { <DisplaySettingsView data/> });
        assert!(html.contains(r#"role="alert""#), "{html}");
    }
}
