//! Adding measures: from the searchable catalogue, or written from scratch.

use leptos::prelude::*;
use scorecard_core::catalogue::{search, CatalogueEntry};
use scorecard_core::model::Measure;

use super::Inventory;
use crate::ui::format_number;

#[component]
pub fn AddMeasures(inventory: Inventory) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let add_custom = move |_| {
        let id = inventory.workshop.update_untracked(|w| w.add_measure(|id| Measure::named(id, "New measure")));
        inventory.workshop.notify();
        inventory.notice.set("Added a new measure: give it a name and fill in what you know.".into());
        inventory.edit(id);
    };
    let results = move || {
        let query = query.get();
        let entries: Vec<&'static CatalogueEntry> = search(&query).collect();
        if entries.is_empty() {
            return view! { <p class="muted">"No measure in the catalogue matches. Write a custom one instead."</p> }.into_any();
        }
        view! {
            <ul class="catalogue-results">
                {entries.into_iter().map(|entry| view! { <CatalogueItem inventory entry /> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <details class="card add-measures" open=move || inventory.workshop.with(|w| w.measures.is_empty())>
            <summary><h2>"Add measures"</h2></summary>
            <p class="muted">"Start from the catalogue of common measures, or write your own."</p>
            <div class="add-row">
                <label class="search">
                    <span>"Search the catalogue"</span>
                    <input type="search" placeholder="e.g. churn, NPS, delivery" on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <button type="button" class="button" on:click=add_custom>"Write a custom measure"</button>
            </div>
            {results}
        </details>
    }
}

#[component]
fn CatalogueItem(inventory: Inventory, entry: &'static CatalogueEntry) -> impl IntoView {
    let already = move || inventory.workshop.with(|w| w.measures.iter().any(|m| m.name == entry.name));
    let add = move |_| {
        let id = inventory.workshop.update_untracked(|w| w.add_measure(|id| entry.to_measure(id)));
        inventory.workshop.notify();
        inventory.notice.set(format!("Added “{}”. Fill in its owner and the decision it drives.", entry.name));
        inventory.edit(id);
    };
    let (inputs, result) = entry.example;
    let example = format!(
        "Example: {} → {}",
        inputs.iter().map(|v| format_number(*v)).collect::<Vec<_>>().join(", "),
        format_number(result)
    );
    view! {
        <li class="catalogue-item">
            <div>
                <p class="catalogue-name">{entry.name}</p>
                <p class="small">{entry.description}</p>
                <p class="small muted">{format!("{} · {}", entry.formula_text, entry.unit)}</p>
                <p class="small muted">{example}</p>
            </div>
            <div class="catalogue-action">
                {move || already().then(|| view! { <span class="small muted">"On the scorecard"</span> })}
                <button type="button" class="button button-secondary" aria-label=format!("Add {}", entry.name) on:click=add>
                    "Add"
                </button>
            </div>
        </li>
    }
}
