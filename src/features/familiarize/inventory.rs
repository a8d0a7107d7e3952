//! The inventory table, with the row actions when it is editable, and the
//! measures deleted from it.

use leptos::prelude::*;
use scorecard_core::checks::Check;
use scorecard_core::model::{Measure, MeasureId, Workshop};

use super::{use_checks, Inventory};
use crate::ui::{latest_and_target, Column, DataTable, Score};

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
pub fn InventoryTable(workshop: RwSignal<Workshop>, #[prop(optional)] actions: Option<Inventory>) -> impl IntoView {
    let checks = use_checks();
    let rows = move || {
        workshop.with(|w| {
            checks.with(|checks| {
                w.measures
                    .iter()
                    .zip(checks.iter().cloned())
                    .map(|(m, checks)| view! { <InventoryRow workshop=w measure=m checks actions /> })
                    .collect_view()
            })
        })
    };
    view! {
        <DataTable caption="Measures on the scorecard" columns=if actions.is_some() { COLUMNS } else { &COLUMNS[..COLUMNS.len() - 1] } show_caption=true>
            {rows}
        </DataTable>
        {move || workshop.with(|w| w.measures.is_empty()).then(|| view! {
            <p class="empty">"No measure yet: add one from the catalogue or write your own."</p>
        })}
    }
}

#[component]
fn InventoryRow<'a>(
    workshop: &'a Workshop,
    measure: &'a Measure,
    checks: Vec<Check>,
    actions: Option<Inventory>,
) -> impl IntoView {
    let checks: Vec<String> = checks
        .into_iter()
        .map(|check| match check {
            Check::LikelyDuplicate(other) => {
                format!("Likely duplicate of {}", workshop.measure(other).map(|o| o.name.as_str()).unwrap_or("another measure"))
            }
            other => other.kind().label().to_owned(),
        })
        .collect();
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
            <td class="checks">
                {if checks.is_empty() {
                    view! { <span class="ok">"OK"</span> }.into_any()
                } else {
                    checks.into_iter().map(|c| view! { <span class="flag">{c}</span> }).collect_view().into_any()
                }}
            </td>
            {actions.map(|inventory| view! { <td class="no-print"><RowActions inventory id=measure.id name=measure.name.clone() /></td> })}
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
        workshop.update(|w| {
            w.delete_measure(id);
        });
        if inventory.editing.get_untracked() == Some(id) {
            inventory.editing.set(None);
        }
        inventory.notice.set(format!("Deleted “{name}”. Restore it from “Recently deleted” below."));
    };
    let shift = move |step: isize| workshop.maybe_update(|w| w.move_measure(id, step));
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
                        inventory.workshop.update(|w| {
                            w.restore_measure(id);
                        });
                        inventory.notice.set(format!("Restored “{}”.", name.unwrap_or_default()));
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
