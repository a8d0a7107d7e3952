//! The inventory table, with the row actions when it is editable, and the
//! measures deleted from it.

use leptos::prelude::*;
use scorecard_core::checks::Check;
use scorecard_core::model::{Measure, MeasureId, Workshop};

use super::{use_checks, Inventory};
use crate::app::session::{refusal, OpenWorkshop};
use crate::features::measure_ids;
use crate::ui::{latest_and_target, Column, DataTable, KeyedRows, Score};

/// The last column, the row actions, is only there when the table is editable.
const COLUMNS: &[Column] = &[
    ("Measure", ""),
    ("Source", ""),
    ("Owner", ""),
    ("Decision it drives", ""),
    ("Latest / target", "numeric"),
    ("Emphasis", ""),
    ("Understanding", ""),
    ("Checks", ""),
    ("Actions", "no-print"),
];

/// The measures of the scorecard. With `actions`, each row can be edited,
/// moved and deleted; without, it is the read-only table of the report.
#[component]
pub fn InventoryTable(workshop: OpenWorkshop, #[prop(optional)] actions: Option<Inventory>) -> impl IntoView {
    let row = Callback::new(move |id| view! { <InventoryRow workshop id=MeasureId(id) actions /> }.into_any());
    view! {
        <DataTable caption="Measures on the scorecard" columns=if actions.is_some() { COLUMNS } else { &COLUMNS[..COLUMNS.len() - 1] } show_caption=true>
            <KeyedRows keys=measure_ids(workshop) row />
        </DataTable>
        {move || workshop.with(|w| w.measures.is_empty()).then(|| view! {
            <p class="empty">"No measure yet: add one from the catalogue or write your own."</p>
        })}
    }
}

/// One measure's row. It reads its measure through a memo, so that a change
/// to another measure leaves it as it is: only the row that changed is drawn
/// again.
#[component]
fn InventoryRow(workshop: OpenWorkshop, id: MeasureId, actions: Option<Inventory>) -> impl IntoView {
    let measure = Memo::new(move |_| workshop.with(|w| w.measure(id).cloned()));
    move || measure.with(|measure| measure.as_ref().map(|measure| row_view(workshop, measure, actions)))
}

fn check_labels(workshop: &Workshop, checks: &[Check]) -> Vec<String> {
    checks
        .iter()
        .map(|check| match check {
            Check::LikelyDuplicate(other) => {
                format!("Likely duplicate of {}", workshop.measure(*other).map(|o| o.name.as_str()).unwrap_or("another measure"))
            }
            other => other.kind().label().to_owned(),
        })
        .collect()
}

fn row_view(workshop: OpenWorkshop, measure: &Measure, actions: Option<Inventory>) -> impl IntoView {
    let id = measure.id;
    let checks = use_checks();
    // A measure's checks change with the others' (a duplicate), so they are read apart.
    let checks = move || {
        let labels = workshop.with(|w| {
            let index = w.measures.iter().position(|m| m.id == id);
            checks.with(|all| index.and_then(|i| all.get(i)).map(|checks| check_labels(w, checks)).unwrap_or_default())
        });
        if labels.is_empty() {
            view! { <span class="ok">"OK"</span> }.into_any()
        } else {
            labels.into_iter().map(|c| view! { <span class="flag">{c}</span> }).collect_view().into_any()
        }
    };
    view! {
        <tr>
            <th scope="row">
                <span class="measure-name">{measure.name.clone()}</span>
                <span class="measure-asks">{measure.asks.clone()}</span>
            </th>
            <td>{measure.source.clone()}<br /><span class="muted small">{measure.frequency.label()}</span></td>
            <td>{text_or_dash(&measure.owner)}</td>
            <td>{text_or_dash(&measure.drives_decision)}</td>
            <td class="numeric">{latest_and_target(measure.latest_value, measure.target)}<br /><span class="muted small">{measure.unit.clone()}</span></td>
            <td><Score score=measure.emphasis /></td>
            <td><Score score=measure.understanding /></td>
            <td class="checks">{checks}</td>
            {actions.map(|inventory| view! { <td class="no-print"><RowActions inventory id name=measure.name.clone() /></td> })}
        </tr>
    }
}

/// Buttons named after their measure ("Delete Net Promoter Score"), so that a
/// screen reader user knows which row each acts on.
#[component]
fn RowActions(inventory: Inventory, id: MeasureId, name: String) -> impl IntoView {
    let workshop = inventory.workshop;
    let delete = move |_| {
        let name = inventory.name_of(id);
        inventory.notice.set(match workshop.edit(&mut |w| w.delete_measure(id)) {
            Ok(()) => {
                if inventory.editing.get_untracked() == Some(id) {
                    inventory.editing.set(None);
                }
                format!("Deleted “{name}”. Restore it from “Recently deleted” below.")
            }
            Err(why) => why.to_string(),
        });
    };
    let shift = move |step: isize| inventory.notice.set(refusal(workshop.edit(&mut |w| w.move_measure(id, step))));
    view! {
        <div class="row-actions">
            <button type="button" class="button-small" aria-label=format!("Edit {name}") on:click=move |_| inventory.edit(id)>"Edit"</button>
            <button type="button" class="button-small" aria-label=format!("Move {name} up") on:click=move |_| shift(-1)>"↑"</button>
            <button type="button" class="button-small" aria-label=format!("Move {name} down") on:click=move |_| shift(1)>"↓"</button>
            <button type="button" class="button-small button-danger" aria-label=format!("Delete {name}") on:click=delete>"Delete"</button>
        </div>
    }
}

#[component]
pub fn DeletedMeasures(inventory: Inventory) -> impl IntoView {
    let items = move || {
        inventory.workshop.with(|w| {
            w.deleted_measures
                .iter()
                .rev()
                .map(|deleted| {
                    let id = deleted.measure.id;
                    let name = deleted.measure.name.clone();
                    let restore = move |_| {
                        let name = inventory.workshop.with_untracked(|w| {
                            w.deleted_measures.iter().find(|d| d.measure.id == id).map(|d| d.measure.name.clone())
                        });
                        inventory.notice.set(match inventory.workshop.edit(&mut |w| w.restore_measure(id)) {
                            Ok(()) => format!("Restored “{}”.", name.unwrap_or_default()),
                            Err(why) => why.to_string(),
                        });
                    };
                    view! {
                        <li>
                            <span>{name.clone()}</span>
                            <button type="button" class="button-small" aria-label=format!("Restore {name}") on:click=restore>"Restore"</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        {move || inventory.workshop.with(|w| !w.deleted_measures.is_empty()).then(|| view! {
            <section class="card deleted" aria-labelledby="deleted-title">
                <h2 id="deleted-title">"Recently deleted"</h2>
                <ul class="deleted-list">{items}</ul>
            </section>
        })}
    }
}

fn text_or_dash(text: &str) -> String {
    if text.trim().is_empty() { "–".into() } else { text.to_owned() }
}
