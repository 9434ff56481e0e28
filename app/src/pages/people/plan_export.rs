//! "Download your plan": the current agreed version as FHIR-shaped JSON
//! (see [`crate::plan::export`]) and as one self-contained, accessible HTML
//! file (its own styles inline, no scripts, no links it needs), in the
//! person's language. Behind `ViewPlan`, and audited like any view.

use super::plan::{section_body, SECTIONS};
use crate::auth::{Client, SignedIn};
use crate::authz::Action;
use crate::components::{SummaryList, SummaryRow};
use crate::dates::format_date;
use crate::error::AppError;
use crate::i18n::{current, t, t_args, Locale};
use crate::money::format_pence;
use crate::plan::{self, PlanVersion};
use crate::state::AppState;
use crate::ui::Ui;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, Uri};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// The styles of the downloaded copy: plain, large, high contrast, and
/// fine on paper.
const EXPORT_CSS: &str = "body{font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff;max-width:48rem;margin:0 auto;padding:1rem}\
h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem;border-top:2px solid #0b0c0c;padding-top:1rem}h3{font-size:1.1875rem}\
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}caption{text-align:left;font-weight:bold;padding-bottom:.5rem}\
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #505a5f;padding:.5rem .75rem .5rem 0}\
dl{margin:0 0 1.5rem}dt{font-weight:bold;margin-top:.75rem}dd{margin:0}.cw-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important}\
.cw-tag{display:inline-block;border:1px solid #0b0c0c;padding:0 .3rem;font-weight:bold}\
@media print{body{font-size:12pt;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

async fn version_for(
    state: &AppState,
    v: &crate::auth::Viewer,
    person_id: i64,
    meta: &crate::auth::ClientMeta,
    kind: &str,
) -> Result<(PlanVersion, String, Vec<(String, String)>), AppError> {
    let access = state.authorise(v, person_id, Action::ViewPlan).await?;
    let version = plan::current_agreed(&state.db, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let progress = if version.is_reablement() {
        plan::goal_progress(&state.db, version.plan_id)
            .await?
            .into_iter()
            .map(|(k, p, _, _)| (k, p))
            .collect()
    } else {
        vec![]
    };
    state
        .audit(
            v,
            &access,
            "exported_plan",
            kind,
            Some(version.id.to_string()),
            meta,
        )
        .await?;
    Ok((version, access.person_name, progress))
}

/// A file to download: its type, `attachment` with a safe name, never
/// cached, never sniffed.
pub fn attachment(
    body: impl Into<axum::body::Body>,
    content_type: &str,
    filename: &str,
) -> Response {
    let mut res = Response::new(body.into());
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    res
}

/// `GET /people/{id}/plan/export.json`.
pub async fn json(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let (version, name, progress) =
            version_for(&state, &v, person_id, &meta, "plan_export_json").await?;
        let at = time::OffsetDateTime::from_unix_timestamp(state.clock.now())
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default();
        let mut bundle = plan::export::fhir_bundle(&version, person_id, &name, &progress, &at);
        // The communication needs go with the plan (Accessible Information
        // Standard: share them), as a FHIR Flag.
        let needs = crate::needs::load(&state.db, person_id).await?;
        if let (Some(flag), Some(list)) = (crate::needs::fhir_flag(&needs, person_id), bundle["entry"].as_array_mut()) {
            list.push(serde_json::json!({ "fullUrl": format!("urn:careway:Flag/careway-communication-needs-{person_id}"), "resource": flag }));
        }
        let body =
            serde_json::to_string_pretty(&bundle).map_err(|e| AppError::internal(e.to_string()))?;
        Ok(attachment(
            body,
            "application/fhir+json; charset=utf-8",
            &format!("careway-plan-version-{}.json", version.number.unwrap_or(0)),
        ))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

/// `GET /people/{id}/plan/export.html`.
pub async fn html(
    State(state): State<AppState>,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let person_id = id.parse::<i64>().unwrap_or(0);
    let result: Result<Response, AppError> = async {
        let (version, name, progress) =
            version_for(&state, &v, person_id, &meta, "plan_export_html").await?;
        let ui = Ui::from_request(&headers, &uri);
        let today = state.clock.today();
        let body = render_document(ui.locale, ui, version.clone(), name, progress, today);
        Ok(attachment(
            body,
            "text/html; charset=utf-8",
            &format!("careway-plan-version-{}.html", version.number.unwrap_or(0)),
        ))
    }
    .await;
    result.unwrap_or_else(|e| e.into_response())
}

/// The whole downloadable document, rendered outside any page shell.
pub fn render_document(
    locale: Locale,
    ui: Ui,
    version: PlanVersion,
    person_name: String,
    progress: Vec<(String, String)>,
    today: String,
) -> String {
    let title = crate::i18n::tr(locale, "plan-export-title");
    standalone(
        locale,
        ui,
        &title,
        move || view! { <PlanDocument version person_name progress today/> },
    )
}

/// A self-contained HTML file: `<html lang>`, a title, the export styles
/// inline, and the view; no scripts, nothing it needs to fetch.
pub fn standalone<V: IntoView + 'static>(
    locale: Locale,
    ui: Ui,
    title: &str,
    f: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new();
    let inner = owner.with(|| {
        provide_context(ui);
        f().to_html()
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{EXPORT_CSS}</style></head><body>{inner}</body></html>\n",
        lang = locale.tag(),
        title = crate::error::escape_html(title),
    )
}

/// Every section of one version, in plan order, as one document.
#[component]
pub fn PlanDocument(
    version: PlanVersion,
    person_name: String,
    progress: Vec<(String, String)>,
    today: String,
) -> impl IntoView {
    let locale = current();
    let v = version;
    let date = |d: &Option<String>| {
        d.as_deref()
            .map(|x| format_date(locale, x))
            .unwrap_or_else(|| t("plan-not-set"))
    };
    let rows = vec![
        SummaryRow::new(t("plan-export-person"), person_name.clone()),
        SummaryRow::new(
            t("plan-type"),
            if v.is_reablement() {
                t("plan-type-reablement")
            } else {
                t("plan-type-long-term")
            },
        ),
        SummaryRow::new(t("plan-export-agreed"), date(&v.agreed_on)),
        SummaryRow::new(t("plan-next-review"), date(&v.next_review_due)),
        SummaryRow::new(
            t("plan-weekly-support"),
            format_pence(v.weekly_support_pence()),
        ),
    ];
    view! {
        <main>
            <h1>{t("plan-export-title")}</h1>
            <p>{t_args("plan-export-lead", &[("number", v.number.unwrap_or(0).into()), ("date", format_date(locale, &today).into())])}</p>
            <SummaryList rows=rows/>
            {SECTIONS.iter().map(|(code, title_id)| {
                let heading = if *code == "outcomes" && v.is_reablement() { t("plan-section-goals") } else { t(title_id) };
                view! {
                    <section>
                        <h2>{heading}</h2>
                        {section_body(&v, code, &progress)}
                    </section>
                }
            }).collect_view()}
        </main>
    }
}
