//! Adding measures: from the searchable catalogue, or written from scratch.
//! The catalogue's list is drawn by the on-demand module, fetched when the
//! panel is first open: its twenty entries' texts stay out of the first load.

use leptos::prelude::*;
use scorecard_core::model::{Measure, MeasureId};

use super::InventoryPage;
use crate::browser::ondemand::ask;
use crate::ui::ModuleView;

#[component]
pub fn AddMeasures(inventory: InventoryPage) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(inventory.workshop.with_untracked(|w| w.measures.is_empty()));
    let add_custom = move |_| {
        inventory.add(Measure::named(MeasureId(0), "New measure"), "Added a new measure: give it a name and fill in what you know.".into());
    };
    let add = Callback::new(move |control: web_sys::Element| {
        let name = control.get_attribute("data-name").unwrap_or_default();
        ask("catalogue-measure", &[&name.clone()], move |entry| {
            match entry.and_then(|json| serde_json::from_str::<Measure>(&json).map_err(|e| e.to_string())) {
                Ok(entry) => inventory.add(entry, format!("Added “{name}”. Fill in its owner and the decision it drives.")),
                Err(why) => inventory.notice.set(why),
            }
        });
    });
    // The search and the names already on the scorecard ("On the scorecard").
    // Not a memo (it measured 0.3 KB the first load lacks): while the panel
    // is open, any edit asks for the list again, a moment after typing stops.
    let search = Signal::derive(move || {
        vec![query.get(), inventory.workshop.with(|w| w.measures.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join("\n"))]
    });
    view! {
        <details class="card add-measures" prop:open=open on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary><h2>"Add measures"</h2></summary>
            <p class="muted">"Start from the catalogue of common measures, or write your own."</p>
            <div class="add-row">
                <label class="search">
                    <span>"Search the catalogue"</span>
                    <input type="search" placeholder="e.g. churn, NPS, delivery" on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <button type="button" class="button" on:click=add_custom>"Write a custom measure"</button>
            </div>
            {move || open.get().then(|| view! { <ModuleView op="catalogue" extra=search act=add /> })}
        </details>
    }
}
