//! BSL versions of key pages.
//!
//! - `/bsl/{key}`: the player page, public. The native `<video controls>`
//!   (never autoplaying), its captions track on by default, the full
//!   transcript as text below, and a link back to the page.
//! - `/bsl/{key}/{lang}/video` and `…/captions.vtt`: the files, from the
//!   storage abstraction, with their checked types and byte ranges.
//! - `/practice/bsl`: the media library, for practice managers, with an
//!   upload page per slot (`/practice/bsl/{key}/{lang}`).

use crate::auth::{Role, SignedIn, Viewer};
use crate::bsl::{self, Media, KEYS, MAX_TRANSCRIPT};
use crate::components::{Button, Crumb, ErrorSummary, NotificationBanner, Textarea};
use crate::dates::format_instant;
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FieldError, FormState};
use crate::i18n::{current, t, t_args, Locale};
use crate::layout::Page;
use crate::pages::messages::FileInput;
use crate::pages::people::param_str;
use crate::pages::{loaded, run, PageCtx};
use crate::state::AppState;
use crate::uploads::{self, Accept, Problem, Rules};
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use leptos::prelude::*;
use tower_sessions::Session;

pub fn routes() -> axum::Router<AppState> {
    let limit = DefaultBodyLimit::max((uploads::VIDEO_MAX + 16 * 1024 * 1024) as usize);
    axum::Router::new()
        .route("/bsl/{key}/{lang}/video", get(video))
        .route("/bsl/{key}/{lang}/captions.vtt", get(captions))
        .route("/practice/bsl/{key}/{lang}", post(upload_submit).layer(limit))
}

fn lang_ok(l: &str) -> bool {
    Locale::ALL.iter().any(|x| x.tag() == l)
}

// ---------------------------------------------------------------- the player

#[derive(Clone, Debug, Default)]
pub struct PlayerData {
    pub media: Media,
    pub back: String,
}

async fn load_player(ctx: PageCtx, key: String) -> Result<PlayerData, AppError> {
    if !bsl::is_key(&key) {
        return Err(AppError::NotFound);
    }
    let media = bsl::find(&ctx.state.db, &key, ctx.ui.locale.tag()).await?.ok_or(AppError::NotFound)?;
    let pairs = crate::pages::practices::directory::query_pairs(&ctx.ui.path_and_query);
    let asked = pairs.iter().find(|(k, _)| k == "return").map(|(_, v)| v.as_str());
    let default = KEYS.iter().find(|(k, _)| *k == key).and_then(|(_, p)| *p).unwrap_or("/");
    let back = match asked {
        Some(_) => crate::ui::safe_return_path(asked),
        None => default.to_string(),
    };
    Ok(PlayerData { media, back })
}

#[component]
pub fn BslPlayerPage() -> impl IntoView {
    loaded(load_player(PageCtx::current(), param_str("key")), |data| view! { <BslPlayerView data/> })
}

fn file_base(m: &Media) -> String {
    format!("/bsl/{}/{}", m.key, m.locale)
}

/// Accessibility: the heading names the page; the video never plays by
/// itself and uses the browser's own keyboard- and screen-reader-operable
/// controls; captions are on by default; the transcript is the full text,
/// as paragraphs, so nothing is only in the video; a demo clip says so in
/// words before the player.
#[component]
pub fn BslPlayerView(data: PlayerData) -> impl IntoView {
    let m = data.media.clone();
    let page = t(&bsl::title_id(&m.key));
    let title = t_args("bsl-player-title", &[("page", page.clone().into())]);
    let base = file_base(&m);
    let captions_label = t(if m.locale == "cy" { "bsl-captions-cy" } else { "bsl-captions-en" });
    let other_language = m.locale != current().tag();
    let crumbs = vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(page.clone(), data.back.clone()), Crumb::here(title.clone())];
    let paragraphs: Vec<String> = m.transcript.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
    view! {
        <Page title=title.clone() crumbs=crumbs>
            <h1 class="cw-heading-l">{title}</h1>
            {m.is_demo.then(|| view! { <p class="cw-body cw-inset">{t("bsl-demo-notice")}</p> })}
            {other_language.then(|| view! { <p class="cw-body">{t("bsl-captions-other-language")}</p> })}
            <div class="cw-video-figure">
                <video class="cw-video" controls=true preload="metadata" width="640" height="360">
                    <source src=format!("{base}/video") type=m.video_type.clone()/>
                    <track kind="captions" src=format!("{base}/captions.vtt") srclang=m.locale.clone() label=captions_label default=true/>
                    <a href=format!("{base}/video") download="">{t("bsl-download")}</a>
                </video>
            </div>
            <p class="cw-body"><a href=format!("{base}/video") download="">{t("bsl-download")}</a></p>
            <h2 class="cw-heading-m">{t("bsl-transcript-heading")}</h2>
            <div class="cw-transcript">
                {paragraphs.into_iter().map(|p| view! { <p class="cw-body">{p}</p> }).collect_view()}
            </div>
            <p class="cw-body"><a href=data.back.clone()>{t_args("bsl-back", &[("page", page.into())])}</a></p>
        </Page>
    }
}

async fn serve(state: &AppState, key: &str, lang: &str, headers: &HeaderMap, captions: bool) -> Result<Response, AppError> {
    if !bsl::is_key(key) || !lang_ok(lang) {
        return Err(AppError::NotFound);
    }
    let m = bsl::find(&state.db, key, lang).await?.filter(|m| m.locale == lang).ok_or(AppError::NotFound)?;
    let (object, size, ctype, name) = if captions {
        let size = state.storage.size(&m.captions_key).await.map_err(|e| AppError::internal(e.to_string()))?;
        (m.captions_key.clone(), size, "text/vtt; charset=utf-8".to_string(), format!("bsl-{key}-{lang}.vtt"))
    } else {
        let ext = if m.video_type == "video/webm" { "webm" } else if m.video_type == "video/quicktime" { "mov" } else { "mp4" };
        (m.video_key.clone(), m.video_bytes, m.video_type.clone(), format!("bsl-{key}-{lang}.{ext}"))
    };
    let want = crate::pages::messages::files::wanted(crate::pages::messages::files::range_header(headers), size);
    crate::pages::messages::files::serve(
        &state.storage,
        &object,
        size,
        &ctype,
        &format!("inline; filename=\"{name}\""),
        want,
        // Public, and replaced by a new upload: cached briefly.
        "public, max-age=300",
    )
    .await
}

/// `GET /bsl/{key}/{lang}/video`.
pub async fn video(State(state): State<AppState>, Path((key, lang)): Path<(String, String)>, headers: HeaderMap) -> Response {
    serve(&state, &key, &lang, &headers, false).await.unwrap_or_else(|e| e.into_response())
}

/// `GET /bsl/{key}/{lang}/captions.vtt`.
pub async fn captions(State(state): State<AppState>, Path((key, lang)): Path<(String, String)>, headers: HeaderMap) -> Response {
    serve(&state, &key, &lang, &headers, true).await.unwrap_or_else(|e| e.into_response())
}

// ---------------------------------------------------------------- the library

fn manager(v: &Viewer) -> Result<(), AppError> {
    if v.role == Role::PracticeManager {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Clone, Debug, Default)]
pub struct LibraryData {
    pub media: Vec<Media>,
    pub notice: Option<String>,
}

async fn load_library(ctx: PageCtx) -> Result<LibraryData, AppError> {
    manager(ctx.viewer()?)?;
    Ok(LibraryData { media: bsl::all(&ctx.state.db).await?, notice: ctx.take_notice().await? })
}

#[component]
pub fn BslLibraryPage() -> impl IntoView {
    loaded(load_library(PageCtx::current()), |data| view! { <BslLibraryView data/> })
}

fn language_name(l: &str) -> String {
    t(if l == "cy" { "bsl-language-cy" } else { "bsl-language-en" })
}

#[component]
pub fn BslLibraryView(data: LibraryData) -> impl IntoView {
    let title = t("bsl-library-title");
    let locale = current();
    view! {
        <Page title=title.clone() crumbs=crate::layout::crumbs_home_then(title.clone())>
            {data.notice.clone().map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("bsl-library-lead")}</p>
            <table class="cw-table">
                <caption class="cw-table__caption">{t("bsl-library-caption")}</caption>
                <thead class="cw-table__head"><tr class="cw-table__row">
                    <th scope="col" class="cw-table__header">{t("bsl-library-page")}</th>
                    <th scope="col" class="cw-table__header">{t("bsl-library-language")}</th>
                    <th scope="col" class="cw-table__header">{t("bsl-library-state")}</th>
                    <th scope="col" class="cw-table__header">{t("bsl-library-action")}</th>
                </tr></thead>
                <tbody class="cw-table__body">
                    {KEYS.iter().flat_map(|(key, _)| Locale::ALL.iter().map(move |l| (*key, l.tag()))).map(|(key, lang)| {
                        let m = data.media.iter().find(|m| m.key == key && m.locale == lang).cloned();
                        let page = t(&bsl::title_id(key));
                        let state = match &m {
                            None => t("bsl-library-none"),
                            Some(m) if m.is_demo => t("bsl-library-demo"),
                            Some(m) => t_args("bsl-library-uploaded", &[
                                ("name", m.uploaded_by.clone().unwrap_or_default().into()),
                                ("date", format_instant(locale, m.uploaded_at).into()),
                            ]),
                        };
                        let label = t_args("bsl-library-upload-label", &[("page", page.clone().into()), ("language", language_name(lang).into())]);
                        view! {
                            <tr class="cw-table__row">
                                <th scope="row" class="cw-table__header">{m.is_some().then(|| view! { <a href=format!("/bsl/{key}")>{page.clone()}</a> }.into_any()).unwrap_or_else(|| view! { {page.clone()} }.into_any())}</th>
                                <td class="cw-table__cell">{language_name(lang)}</td>
                                <td class="cw-table__cell">{state}</td>
                                <td class="cw-table__cell"><a href=format!("/practice/bsl/{key}/{lang}") aria-label=label>{t("bsl-library-upload")}</a></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Page>
    }
}

// ---------------------------------------------------------------- upload

fn form_name(key: &str, lang: &str) -> String {
    format!("bsl-upload-{key}-{lang}")
}

#[derive(Clone, Debug, Default)]
pub struct UploadData {
    pub key: String,
    pub lang: String,
    pub current: Option<Media>,
    pub form: FormState,
}

async fn load_upload(ctx: PageCtx, key: String, lang: String) -> Result<UploadData, AppError> {
    manager(ctx.viewer()?)?;
    if !bsl::is_key(&key) || !lang_ok(&lang) {
        return Err(AppError::NotFound);
    }
    let current = bsl::find(&ctx.state.db, &key, &lang).await?.filter(|m| m.locale == lang);
    Ok(UploadData { form: ctx.take_form(&form_name(&key, &lang)).await?.unwrap_or_default(), key, lang, current })
}

#[component]
pub fn BslUploadPage() -> impl IntoView {
    loaded(load_upload(PageCtx::current(), param_str("key"), param_str("lang")), |data| view! { <BslUploadView data/> })
}

#[component]
pub fn BslUploadView(data: UploadData) -> impl IntoView {
    let page = t(&bsl::title_id(&data.key));
    let title = t_args("bsl-upload-title", &[("page", page.clone().into()), ("language", language_name(&data.lang).into())]);
    let form = data.form.clone();
    let library = t("bsl-library-title");
    let crumbs = vec![Crumb::link(t("core-nav-home"), "/"), Crumb::link(library, "/practice/bsl"), Crumb::here(title.clone())];
    let mb = (uploads::VIDEO_MAX / (1024 * 1024)) as i64;
    view! {
        <Page title=title.clone() crumbs=crumbs has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("bsl-upload-lead")}</p>
            {data.current.as_ref().map(|m| view! {
                <p class="cw-body">{if m.is_demo { t("bsl-upload-replaces-demo") } else { t("bsl-upload-replaces") }}" "
                    <a href=format!("/bsl/{}", m.key)>{t("bsl-upload-see-current")}</a></p>
            })}
            <form method="post" action=format!("/practice/bsl/{}/{}", data.key, data.lang) enctype="multipart/form-data" novalidate=true>
                <FileInput name="video" label=t("bsl-upload-video-label") hint=t_args("bsl-upload-video-hint", &[("mb", mb.into())])
                    accept="video/mp4,video/webm,video/quicktime,.mp4,.webm,.mov" error=form.error_text("video")/>
                <FileInput name="captions" label=t("bsl-upload-captions-label") hint=t("bsl-upload-captions-hint")
                    accept=".vtt,text/vtt" error=form.error_text("captions")/>
                <Textarea name="transcript" label=t("bsl-upload-transcript-label") hint=t("bsl-upload-transcript-hint")
                    value=form.v("transcript") error=form.error_text("transcript") max_chars=MAX_TRANSCRIPT rows=10/>
                <Button text=t("bsl-upload-save")/>
            </form>
        </Page>
    }
}

fn upload_problem(field: &str, p: Problem) -> FieldError {
    let mb = (uploads::VIDEO_MAX / (1024 * 1024)) as i64;
    match (field, p) {
        ("video", Problem::TooBig) => FieldError::new("video", Msg("messages-error-video-too-big")).with_count(mb),
        ("video", Problem::Storage) | ("captions", Problem::Storage) => FieldError::new(field, Msg("messages-error-storage")),
        ("video", _) => FieldError::new("video", Msg("messages-error-video-type")),
        (_, _) => FieldError::new("captions", Msg("messages-error-captions-type")),
    }
}

/// `POST /practice/bsl/{key}/{lang}` (multipart): a BSL video, its
/// captions and its transcript, all three required. Nothing is replaced
/// unless all three are good; files of a failed upload are removed.
pub async fn upload_submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Path((key, lang)): Path<(String, String)>,
    multipart: Multipart,
) -> Response {
    run(async {
        manager(&v)?;
        if !bsl::is_key(&key) || !lang_ok(&lang) {
            return Err(AppError::NotFound);
        }
        let back = format!("/practice/bsl/{key}/{lang}");
        let received = uploads::receive(
            multipart,
            &state.storage,
            Rules {
                prefix: format!("bsl/{key}/{lang}"),
                accept: &[("video", Accept::Video), ("captions", Accept::Captions)],
                already_sent: None,
            },
        )
        .await?;
        let f = Fields(received.fields);
        let mut form = FormState::new(&form_name(&key, &lang));
        let transcript = f.get("transcript").replace("\r\n", "\n").trim().chars().take(MAX_TRANSCRIPT * 2).collect::<String>();
        form.values.insert("transcript".into(), transcript.clone());
        for (field, p) in &received.problems {
            let e = upload_problem(field, *p);
            if form.error(&e.field).is_none() {
                form.errors.push(e);
            }
        }
        let video = received.stored.iter().find(|s| s.kind == uploads::Kind::Video);
        let caps = received.stored.iter().find(|s| s.kind == uploads::Kind::Captions);
        if video.is_none() && form.error("video").is_none() {
            form.push("video", Msg("bsl-error-video-missing"));
        }
        if caps.is_none() && form.error("captions").is_none() {
            form.push("captions", Msg("bsl-error-captions-missing"));
        }
        if transcript.is_empty() {
            form.push("transcript", Msg("bsl-error-transcript-missing"));
        } else if transcript.chars().count() > MAX_TRANSCRIPT {
            form.errors.push(FieldError::new("transcript", Msg("core-error-too-long")).with_count(MAX_TRANSCRIPT as i64));
        }
        let (Some(video), Some(caps), false) = (video, caps, form.has_errors()) else {
            for s in &received.stored {
                let _ = state.storage.delete(&s.key).await;
            }
            if !form.has_errors() {
                form.push("video", Msg("bsl-error-video-missing"));
            }
            return Ok(forms::fail(&session, &form, &back).await);
        };
        let old = bsl::replace(
            &state.db,
            bsl::NewMedia {
                key: &key,
                locale: &lang,
                video_key: &video.key,
                video_type: &video.content_type,
                video_bytes: video.size,
                captions_key: &caps.key,
                transcript: &transcript,
                is_demo: false,
                by: Some(v.account_id),
                now: state.clock.now(),
            },
        )
        .await;
        let old = match old {
            Ok(o) => o,
            Err(e) => {
                // The row was not written: the new files point nowhere.
                let _ = state.storage.delete(&video.key).await;
                let _ = state.storage.delete(&caps.key).await;
                return Err(e.into());
            }
        };
        // The files it replaced, now that nothing points at them (the demo
        // clip is shared by every slot and stays).
        if let Some((ov, oc)) = old {
            for k in [ov, oc] {
                if !k.starts_with("bsl/demo/") {
                    let _ = state.storage.delete(&k).await;
                }
            }
        }
        tracing::info!(key, lang, account = v.account_id, "BSL version uploaded");
        Ok(forms::done(&session, Msg("bsl-upload-saved"), "/practice/bsl").await)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    fn media() -> Media {
        Media {
            key: "home".into(),
            locale: "en-GB".into(),
            video_key: "bsl/demo/demo-bsl-page.mp4".into(),
            video_type: "video/mp4".into(),
            video_bytes: 10,
            captions_key: "bsl/demo/home.en-GB.vtt".into(),
            transcript: "Welcome.\n\n<script>alert(1)</script>".into(),
            is_demo: true,
            uploaded_by: None,
            uploaded_at: 0,
        }
    }

    #[test]
    fn the_player_never_autoplays_has_captions_on_and_the_whole_transcript() {
        let data = PlayerData { media: media(), back: "/".into() };
        let html = render(move || view! { <BslPlayerView data/> });
        assert!(tag_with(&html, "video", &["controls"]), "{html}");
        assert!(!html.contains("autoplay"), "{html}");
        assert!(tag_with(&html, "track", &[r#"kind="captions""#, r#"src="/bsl/home/en-GB/captions.vtt""#, "default", r#"srclang="en-GB""#]), "{html}");
        assert!(html.contains("Welcome.") && html.contains("&lt;script&gt;"), "the transcript is text: {html}");
        assert!(html.contains(&crate::i18n::tr(Locale::EnGb, "bsl-demo-notice")), "{html}");
        assert_eq!(count(&html, "<h1"), 1);
    }

    #[test]
    fn welsh_readers_are_told_when_the_captions_are_in_english() {
        let data = PlayerData { media: media(), back: "/".into() };
        let html = render_in(Locale::Cy, move || view! { <BslPlayerView data/> });
        assert!(html.contains(&crate::i18n::tr(Locale::Cy, "bsl-captions-other-language")), "{html}");
    }

    #[test]
    fn the_library_lists_every_slot_in_both_languages() {
        let data = LibraryData { media: vec![media()], notice: None };
        let html = render(move || view! { <BslLibraryView data/> });
        assert_eq!(count(&html, "/practice/bsl/"), KEYS.len() * 2, "{html}");
    }
}
