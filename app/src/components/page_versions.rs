use crate::easy_read::{icon_href, point_ids, points};
use crate::i18n::{easy_read, t};
use leptos::prelude::*;

/// What a key page knows about its other versions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Versions {
    /// The page's content key (see `crate::bsl::KEYS`).
    pub key: &'static str,
    /// A BSL version exists.
    pub bsl: bool,
    /// The reader prefers BSL: the BSL version is offered first, large.
    pub bsl_first: bool,
}

/// "Watch this page in British Sign Language" and "Easy Read" for a key
/// page. Props: `versions`. Placement: right after the `<h1>`; when the
/// reader prefers BSL (their communication needs say so), the BSL link is
/// instead a prominent box before the heading, so it is the first thing
/// they meet. Accessibility: a plain link and a real form button (no JS);
/// the icons beside them are decorative (`alt=""`), the words say it all;
/// the Easy Read button says which way it switches.
#[component]
pub fn PageVersions(versions: Versions, #[prop(optional)] placement_first: bool) -> impl IntoView {
    let ui = use_context::<crate::ui::Ui>().unwrap_or_default();
    let here = ui.path_and_query.clone();
    let bsl_href = format!(
        "/bsl/{}?{}",
        versions.key,
        serde_urlencoded::to_string([("return", here.as_str())]).unwrap_or_default()
    );
    let easy = easy_read();
    // The box before the heading shows only for BSL-first readers; the
    // line after the heading shows for everyone else (and, for BSL-first
    // readers, only the Easy Read switch).
    if placement_first {
        return (versions.bsl && versions.bsl_first)
            .then(|| {
                view! {
                    <div class="cw-versions cw-versions--first">
                        <img class="cw-versions__icon" src=icon_href("sign") alt="" width="48" height="48"/>
                        <a class="cw-versions__bsl cw-body-l" href=bsl_href>{t("versions-bsl-link")}</a>
                    </div>
                }
            })
            .into_any();
    }
    let show_bsl = versions.bsl && !versions.bsl_first;
    view! {
        <div class="cw-versions">
            {show_bsl.then(|| view! {
                <p class="cw-versions__item">
                    <img class="cw-versions__icon" src=icon_href("sign") alt="" width="32" height="32"/>
                    <a href=bsl_href>{t("versions-bsl-link")}</a>
                </p>
            })}
            <form method="post" action="/settings/easy-read" class="cw-versions__item cw-inline-form">
                <input type="hidden" name="return" value=here/>
                <input type="hidden" name="easy-read" value=if easy { "off" } else { "on" }/>
                <button type="submit" class="cw-button cw-button--secondary cw-button--small">
                    {if easy { t("versions-standard-button") } else { t("versions-easy-read-button") }}
                </button>
            </form>
        </div>
    }
    .into_any()
}

/// A key page's Easy Read points: one idea a line, each with its picture
/// and the picture's own alt text. Renders nothing unless the reader chose
/// Easy Read. Props: `key`. Accessibility: a list, so a screen reader says
/// how many points there are; the pictures have alt text (they carry the
/// idea too), and the words are large.
#[component]
pub fn EasyReadPoints(key: &'static str) -> impl IntoView {
    easy_read().then(|| {
        view! {
            <ul class="cw-easy-points">
                {points(key).iter().enumerate().map(|(i, icon)| {
                    let (words, alt) = point_ids(key, i + 1);
                    view! {
                        <li class="cw-easy-points__item">
                            <img class="cw-easy-points__icon" src=icon_href(icon) alt=t(&alt) width="64" height="64"/>
                            <p class="cw-easy-points__text">{t(&words)}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_bsl_link_goes_to_the_player_and_back() {
        let v = Versions { key: "home", bsl: true, bsl_first: false };
        let html = render(move || view! { <PageVersions versions=v/> });
        assert!(html.contains(r#"href="/bsl/home?return="#), "{html}");
        assert!(html.contains(r#"name="easy-read" value="on""#), "{html}");
        let none = Versions { key: "home", bsl: false, bsl_first: false };
        let html = render(move || view! { <PageVersions versions=none/> });
        assert!(!html.contains("/bsl/"), "no BSL version, no link: {html}");
    }

    #[test]
    fn bsl_first_readers_get_the_box_before_the_heading_instead() {
        let v = Versions { key: "home", bsl: true, bsl_first: true };
        let first = render(move || view! { <PageVersions versions=v placement_first=true/> });
        assert!(first.contains("cw-versions--first") && first.contains("/bsl/home"), "{first}");
        let after = render(move || view! { <PageVersions versions=v/> });
        assert!(!after.contains("/bsl/home"), "not twice: {after}");
        let normal = Versions { bsl_first: false, ..v };
        let first = render(move || view! { <PageVersions versions=normal placement_first=true/> });
        assert!(!first.contains("cw-versions"), "{first}");
    }

    #[test]
    fn easy_read_points_show_only_in_easy_read_each_with_its_picture_and_alt() {
        let html = render(|| view! { <EasyReadPoints key="home"/> });
        assert!(!html.contains("cw-easy-points"), "{html}");
        let html = render_easy(crate::i18n::Locale::EnGb, || view! { <EasyReadPoints key="home"/> });
        assert_eq!(count(&html, "<li"), crate::easy_read::points("home").len(), "{html}");
        assert_eq!(count(&html, "<img"), crate::easy_read::points("home").len(), "{html}");
        assert!(!html.contains(r#"alt="""#), "every picture has its own alt text: {html}");
        let v = Versions { key: "home", bsl: false, bsl_first: false };
        let html = render_easy(crate::i18n::Locale::EnGb, move || view! { <PageVersions versions=v/> });
        assert!(html.contains(r#"name="easy-read" value="off""#), "{html}");
    }
}
