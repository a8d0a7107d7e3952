//! The inventory table with each row's actions, and the measures deleted
//! from it.

use leptos::prelude::*;
use scorecard_core::model::MeasureId;
use scorecard_core::row_markup::inventory_row;
use wasm_bindgen::JsCast;

use super::{use_checks, InventoryPage};
use crate::features::measure_ids;
use crate::ui::{action_clicked, action_control, Column, DataTable, KeyedRows};

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

/// The measures of the scorecard, each row with its buttons to edit, move
/// and delete it. A row's markup is recomputed on every change but set
/// again only when it differs, so a keystroke redraws one row.
#[component]
pub fn InventoryTable(inventory: InventoryPage) -> impl IntoView {
    let workshop = inventory.workshop;
    let checks = use_checks();
    let row = Callback::new(move |id| {
        let id = MeasureId(id);
        let markup = Memo::new(move |_| {
            workshop.with(|w| {
                let index = w.measures.iter().position(|m| m.id == id);
                checks.with(|all| index.map(|i| inventory_row(w, &w.measures[i], all.get(i).map_or(&[][..], Vec::as_slice))))
            })
            .unwrap_or_default()
        });
        view! { <tr inner_html=markup></tr> }.into_any()
    });
    let act = move |ev| {
        let Some((action, id)) = action_clicked(&ev) else { return };
        let id = MeasureId(id);
        match action.as_str() {
            "edit" => inventory.edit(id),
            "up" | "down" => {
                inventory.shift(id, if action == "up" { -1 } else { 1 });
                // The row's element moved, which took the focus from the
                // button: it gets it back, so the keyboard can press it again.
                if let Some(button) = action_control(&ev).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
                    request_animation_frame(move || drop(button.focus()));
                }
            }
            "delete" => inventory.delete(id),
            _ => {}
        }
    };
    view! {
        <div on:click=act>
            <DataTable caption="Measures on the scorecard" columns=COLUMNS show_caption=true>
                <KeyedRows keys=measure_ids(workshop) row />
            </DataTable>
        </div>
        {move || workshop.with(|w| w.measures.is_empty()).then(|| view! {
            <p class="empty">"No measure yet: add one from the catalogue or write your own."</p>
        })}
    }
}

#[component]
pub fn DeletedMeasures(inventory: InventoryPage) -> impl IntoView {
    let items = move || {
        inventory.workshop.with(|w| {
            w.deleted_measures
                .iter()
                .rev()
                .map(|deleted| {
                    let id = deleted.measure.id;
                    let name = deleted.measure.name.clone();
                    let restore = move |_| {
                        inventory.notice.set(match inventory.workshop.edit(&mut |w| w.restore_measure(id)) {
                            Ok(()) => format!("Restored “{}”.", inventory.name_of(id)),
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
