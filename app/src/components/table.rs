use leptos::prelude::*;

/// A data table. Props: `caption`, `head` (column headings), `rows`,
/// `first_cell_is_header` (the first cell of each row names the row),
/// `numeric` (column indexes to right-align, such as money).
/// Accessibility: a `<caption>` names the table; column headers have
/// `scope="col"` and row headers `scope="row"`, so a screen reader reads
/// each cell with its headings.
#[component]
pub fn Table(
    #[prop(into)] caption: String,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    #[prop(optional)] first_cell_is_header: bool,
    #[prop(optional)] numeric: Vec<usize>,
) -> impl IntoView {
    let num = move |i: usize| numeric.contains(&i);
    let head_num = num.clone();
    view! {
        <table class="cw-table">
            <caption class="cw-table__caption">{caption}</caption>
            <thead class="cw-table__head">
                <tr class="cw-table__row">
                    {head
                        .into_iter()
                        .enumerate()
                        .map(|(i, h)| {
                            let class = if head_num(i) { "cw-table__header cw-table__header--numeric" } else { "cw-table__header" };
                            view! { <th scope="col" class=class>{h}</th> }
                        })
                        .collect_view()}
                </tr>
            </thead>
            <tbody class="cw-table__body">
                {rows
                    .into_iter()
                    .map(|row| {
                        let num = num.clone();
                        view! {
                            <tr class="cw-table__row">
                                {row
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, cell)| {
                                        if i == 0 && first_cell_is_header {
                                            view! { <th scope="row" class="cw-table__header">{cell}</th> }.into_any()
                                        } else {
                                            let class = if num(i) { "cw-table__cell cw-table__cell--numeric" } else { "cw-table__cell" };
                                            view! { <td class=class>{cell}</td> }.into_any()
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn it_has_a_caption_and_scoped_headers() {
        let html = render(|| {
            view! {
                <Table caption="Spending" head=vec!["Date".into(), "Amount".into()]
                    rows=vec![vec!["1 May".into(), "£10.00".into()], vec!["2 May".into(), "£5.00".into()]]
                    first_cell_is_header=true numeric=vec![1]/>
            }
        });
        assert!(html.contains(r#"<caption class="cw-table__caption">Spending</caption>"#), "{html}");
        assert_eq!(count(&html, r#"scope="col""#), 2, "{html}");
        assert_eq!(count(&html, r#"scope="row""#), 2, "{html}");
        assert_eq!(count(&html, "cw-table__cell--numeric"), 2, "{html}");
    }
}
