//! Accessible building blocks, one per file, in the GOV.UK Design System's
//! patterns. Each file's doc comment states its props and its accessibility
//! criteria, and its tests render it to HTML and assert on roles, labels and
//! ids.

pub mod back_link;
pub mod breadcrumbs;
pub mod button;
pub mod checkboxes;
pub mod date_input;
pub mod details;
pub mod error_message;
pub mod error_summary;
pub mod needs_banner;
pub mod notification_banner;
pub mod page_versions;
pub mod pagination;
pub mod panel;
pub mod radios;
pub mod select;
pub mod skip_link;
pub mod summary_list;
pub mod table;
pub mod tag;
pub mod text_input;
pub mod textarea;

pub use back_link::BackLink;
pub use breadcrumbs::{Breadcrumbs, Crumb};
pub use button::{Button, LinkButton};
pub use checkboxes::Checkboxes;
pub use date_input::{DateInput, DateParts};
pub use details::Details;
pub use error_message::ErrorMessage;
pub use error_summary::ErrorSummary;
pub use needs_banner::NeedsBanner;
pub use notification_banner::NotificationBanner;
pub use page_versions::{EasyReadPoints, PageVersions, Versions};
pub use pagination::Pagination;
pub use panel::Panel;
pub use radios::Radios;
pub use select::Select;
pub use skip_link::SkipLink;
pub use summary_list::{SummaryList, SummaryRow};
pub use table::Table;
pub use tag::Tag;
pub use text_input::TextInput;
pub use textarea::Textarea;

/// A choice in radios, checkboxes or a select: the stored value, the label
/// and an optional hint.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice { value: value.into(), label: label.into(), hint: None }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// `aria-describedby` from the ids that exist, or nothing.
pub(crate) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = vec![];
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The form-group class, with the error modifier when there is an error.
pub(crate) fn group_class(error: bool) -> &'static str {
    if error {
        "cw-form-group cw-form-group--error"
    } else {
        "cw-form-group"
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::i18n::Locale;
    use crate::ui::Ui;
    use leptos::prelude::*;

    /// Renders a view to HTML on the server, in `locale`, as tests do.
    pub fn render_in<V: IntoView + 'static>(locale: Locale, f: impl FnOnce() -> V) -> String {
        let owner = Owner::new();
        owner.with(|| {
            leptos_meta::provide_meta_context();
            provide_context(Ui { locale, path: "/".into(), path_and_query: "/".into(), ..Default::default() });
            f().to_html()
        })
    }

    pub fn render<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
        render_in(Locale::EnGb, f)
    }

    /// Renders as for a reader who chose Easy Read.
    pub fn render_easy<V: IntoView + 'static>(locale: Locale, f: impl FnOnce() -> V) -> String {
        let owner = Owner::new();
        owner.with(|| {
            leptos_meta::provide_meta_context();
            let mut ui = Ui { locale, path: "/".into(), path_and_query: "/".into(), ..Default::default() };
            ui.prefs.easy_read = true;
            provide_context(ui);
            f().to_html()
        })
    }

    /// Whether some `<tag …>` start tag carries every one of `attrs`
    /// (attribute order is not significant in HTML, nor in these tests).
    pub fn tag_with(html: &str, tag: &str, attrs: &[&str]) -> bool {
        let open = format!("<{tag}");
        html.match_indices(&open).any(|(i, _)| {
            let rest = &html[i..];
            let end = rest.find('>').unwrap_or(rest.len());
            let start_tag = &rest[..end];
            let next = start_tag[open.len()..].chars().next();
            matches!(next, Some(' ') | None) && attrs.iter().all(|a| start_tag.contains(a))
        })
    }

    /// How many times `needle` occurs.
    pub fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }
}
