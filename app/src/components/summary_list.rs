use leptos::prelude::*;

/// One row of a summary list: a key, a value and an optional change link.
#[derive(Clone, Debug)]
pub struct SummaryRow {
    pub key: String,
    pub value: String,
    /// (href, link text) — the link text is followed by the key, visually
    /// hidden, so "Change" reads as "Change text size".
    pub action: Option<(String, String)>,
}

impl SummaryRow {
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        SummaryRow { key: key.into(), value: value.into(), action: None }
    }
    pub fn with_action(mut self, href: impl Into<String>, text: impl Into<String>) -> Self {
        self.action = Some((href.into(), text.into()));
        self
    }
}

/// Key–value pairs, as on a "check your answers" page. Props: `rows`.
/// Accessibility: a `<dl>` with `<dt>`/`<dd>`, so each value is read with
/// its key; change links carry hidden context so each has a unique name
/// (2.4.4).
#[component]
pub fn SummaryList(rows: Vec<SummaryRow>) -> impl IntoView {
    view! {
        <dl class="cw-summary-list">
            {rows
                .into_iter()
                .map(|r| {
                    let key = r.key.clone();
                    view! {
                        <div class="cw-summary-list__row">
                            <dt class="cw-summary-list__key">{r.key}</dt>
                            <dd class="cw-summary-list__value">{r.value}</dd>
                            {r.action.map(|(href, text)| view! {
                                <dd class="cw-summary-list__actions">
                                    <a href=href>{text}<span class="cw-visually-hidden">" " {key}</span></a>
                                </dd>
                            })}
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn keys_and_values_pair_up_and_actions_have_context() {
        let rows = vec![SummaryRow::new("Text size", "Large").with_action("/settings#size", "Change"), SummaryRow::new("Theme", "Default")];
        let html = render(move || view! { <SummaryList rows=rows/> });
        assert_eq!(count(&html, "<dt"), 2, "{html}");
        assert_eq!(count(&html, r#"<dd class="cw-summary-list__value""#), 2, "{html}");
        assert!(html.contains(r#"Change<span class="cw-visually-hidden"> "#) && html.contains("Text size</span></a>"), "{html}");
    }
}
