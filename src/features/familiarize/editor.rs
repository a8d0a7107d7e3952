//! The form for one measure. Every keystroke is checked by the core: a valid
//! value is saved at once, an invalid one stays in the field with a message
//! and the saved value is left as it was.

use leptos::prelude::*;
use scorecard_core::catalogue::PLATFORMS;
use scorecard_core::inventory::MeasureField;
use scorecard_core::model::{Frequency, MeasureId};

use super::InventoryPage;
use crate::ui::{Field, FieldKind};

#[component]
pub fn MeasureEditor(inventory: InventoryPage, id: MeasureId) -> impl IntoView {
    let title = move || format!("Edit “{}”", inventory.workshop.with(|w| w.measure(id).map(|m| m.name.clone()).unwrap_or_default()));
    view! {
        <section class="card editor" aria-labelledby="editor-title">
            <h2 id="editor-title">{title}</h2>
            <div class="field-grid">
                {MeasureField::ALL.into_iter().map(|field| measure_field(inventory, id, field)).collect_view()}
            </div>
            <SourceSuggestions inventory />
            <p>
                <button type="button" class="button" on:click=move |_| inventory.editing.set(None)>"Done editing"</button>
            </p>
        </section>
    }
}

fn measure_field(inventory: InventoryPage, id: MeasureId, field: MeasureField) -> impl IntoView {
    let kind = match field {
        MeasureField::Frequency => FieldKind::Choice(&Frequency::LABELS),
        MeasureField::Asks | MeasureField::Formula => FieldKind::Lines,
        MeasureField::LatestValue | MeasureField::Target => FieldKind::Decimal,
        MeasureField::Emphasis | MeasureField::Understanding => FieldKind::Score,
        _ => FieldKind::Line,
    };
    let workshop = inventory.workshop;
    let value = workshop.text(move |w| w.measure(id).map(|m| field.text(m)).unwrap_or_default());
    let write = workshop.writer(move |w, text| w.set_measure_field(id, field, text));
    let suggestions = (field == MeasureField::Source).then_some("source-suggestions");
    view! { <Field label=field.label().to_owned() value kind write suggestions /> }
}

/// Platforms from the catalogue and those already typed in this workshop.
#[component]
fn SourceSuggestions(inventory: InventoryPage) -> impl IntoView {
    // Read once when the editor opens: the other measures' sources do not
    // change while this one is edited.
    let mut sources: Vec<String> = PLATFORMS.iter().flat_map(|kind| kind.iter().map(|p| (*p).to_owned())).collect();
    inventory.workshop.with_untracked(|w| sources.extend(w.measures.iter().map(|m| m.source.clone())));
    sources.retain(|s| !s.trim().is_empty());
    sources.sort();
    sources.dedup();
    let options = sources.into_iter().map(|s| view! { <option value=s></option> }).collect_view();
    view! { <datalist id="source-suggestions">{options}</datalist> }
}
