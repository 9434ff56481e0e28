use super::{described_by, group_class, ErrorMessage};
use crate::i18n::t;
use leptos::prelude::*;

/// A date as typed: day, month and year, kept as strings so a bad entry
/// comes back exactly as the person typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// A memorable-date field: three text inputs for day, month and year.
/// Props: `name` (the day input's id is `name`, so the error summary can
/// link to it; the others are `name-month`, `name-year`), `legend`,
/// `value`, `hint`, `error`, `autocomplete_bday` for a date of birth.
/// Accessibility: a `<fieldset>` and `<legend>` give the question; each part
/// has a visible label; `inputmode="numeric"` brings up a number keypad
/// on phones without the problems of `type="number"`.
#[component]
pub fn DateInput(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional)] value: DateParts,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = None, into)] error: Option<String>,
    #[prop(optional)] autocomplete_bday: bool,
) -> impl IntoView {
    let id = name.clone();
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let has_error = error.is_some();
    let part = |suffix: &str, label: String, v: String, width: &str, ac: &str| {
        let pid = if suffix == "day" { id.clone() } else { format!("{id}-{suffix}") };
        let pname = format!("{name}-{suffix}");
        let class = if has_error {
            format!("cw-input cw-input--width-{width} cw-input--error")
        } else {
            format!("cw-input cw-input--width-{width}")
        };
        let ac = autocomplete_bday.then(|| ac.to_string());
        view! {
            <div class="cw-date-input__item">
                <label class="cw-label cw-date-input__label" for=pid.clone()>{label}</label>
                <input class=class id=pid name=pname type="text" inputmode="numeric" value=v autocomplete=ac/>
            </div>
        }
    };
    let day = part("day", t("core-date-day"), value.day, "2", "bday-day");
    let month = part("month", t("core-date-month"), value.month, "2", "bday-month");
    let year = part("year", t("core-date-year"), value.year, "4", "bday-year");
    let hint_id = format!("{id}-hint");
    view! {
        <div class=group_class(has_error)>
            <fieldset class="cw-fieldset" role="group" aria-describedby=describedby>
                <legend class="cw-fieldset__legend">{legend}</legend>
                {hint.map(|h| view! { <div id=hint_id class="cw-hint">{h}</div> })}
                {error.map(|e| view! { <ErrorMessage id=id.clone() text=e/> })}
                <div class="cw-date-input">{day}{month}{year}</div>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn three_labelled_numeric_parts_in_a_group() {
        let v = DateParts { day: "3".into(), month: "x".into(), year: "2026".into() };
        let html = render(move || view! { <DateInput name="due" legend="When is it due?" value=v error="Enter a real month".to_string() hint="For example, 27 3 2027"/> });
        assert!(html.contains(r#"role="group""#) && html.contains("When is it due?</legend>"), "{html}");
        for (id, label) in [("due", "Day"), ("due-month", "Month"), ("due-year", "Year")] {
            assert!(tag_with(&html, "label", &[&format!(r#"for="{id}""#)]) && html.contains(&format!(">{label}</label>")), "{id}: {html}");
            assert!(html.contains(&format!(r#"id="{id}""#)), "{id}: {html}");
        }
        assert_eq!(count(&html, r#"inputmode="numeric""#), 3, "{html}");
        assert!(html.contains(r#"value="x""#), "the bad month is kept as typed: {html}");
        assert!(html.contains(r#"aria-describedby="due-hint due-error""#), "{html}");
        assert!(html.contains(r#"name="due-day""#) && html.contains(r#"name="due-year""#), "{html}");
    }
}
