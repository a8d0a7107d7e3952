//! The form for one measure. Every keystroke is checked by the core: a valid
//! value is saved at once, an invalid one stays in the field with a message
//! and the saved value is left as it was.

use leptos::prelude::*;
use scorecard_core::catalogue::CATALOGUE;
use scorecard_core::inventory::MeasureField;
use scorecard_core::model::{Frequency, MeasureId};

use super::Inventory;
use crate::features::try_edit;

#[component]
pub fn MeasureEditor(inventory: Inventory, id: MeasureId) -> impl IntoView {
    let Some(measure) = inventory.workshop.with_untracked(|w| w.measure(id).cloned()) else {
        return ().into_any();
    };
    let title = move || format!("Edit “{}”", inventory.workshop.with(|w| w.measure(id).map(|m| m.name.clone()).unwrap_or_default()));
    view! {
        <section class="card editor" aria-labelledby="editor-title">
            <h2 id="editor-title">{title}</h2>
            <div class="field-grid">
                {MeasureField::ALL
                    .into_iter()
                    .map(|field| view! { <FieldInput inventory id field initial=field.text(&measure) /> })
                    .collect_view()}
            </div>
            <SourceSuggestions inventory />
            <p>
                <button type="button" class="button" on:click=move |_| inventory.editing.set(None)>"Done editing"</button>
            </p>
        </section>
    }
    .into_any()
}

#[component]
fn FieldInput(inventory: Inventory, id: MeasureId, field: MeasureField, initial: String) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // The field's place in the form: Debug names are compiled out of the shipped build.
    let slug = MeasureField::ALL.iter().position(|f| *f == field).unwrap_or_default();
    let input_id = format!("measure-field-{slug}");
    let error_id = format!("measure-error-{slug}");
    let write = move |text: String| {
        let outcome = try_edit(inventory.workshop, |w| match w.measure_mut(id) {
            Some(measure) => field.set(measure, &text),
            None => Err("That measure is no longer here.".into()),
        });
        error.set(outcome.err());
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let described = error_id.clone();
    let control = match field {
        MeasureField::Frequency => view! {
            <select id=input_id.clone() on:change=move |ev| write(event_target_value(&ev))>
                {Frequency::ALL
                    .into_iter()
                    .map(|f| view! { <option selected=f.label() == initial>{f.label()}</option> })
                    .collect_view()}
            </select>
        }
        .into_any(),
        MeasureField::Asks | MeasureField::Formula => view! {
            <textarea
                id=input_id.clone()
                rows="2"
                aria-invalid=invalid
                aria-describedby=described
                on:input=move |ev| write(event_target_value(&ev))
            >
                {initial}
            </textarea>
        }
        .into_any(),
        _ => {
            let numeric = matches!(
                field,
                MeasureField::LatestValue | MeasureField::Target | MeasureField::Emphasis | MeasureField::Understanding
            );
            view! {
                <input
                    id=input_id.clone()
                    type="text"
                    value=initial
                    inputmode=numeric.then_some("decimal")
                    list=(field == MeasureField::Source).then_some("source-suggestions")
                    aria-invalid=invalid
                    aria-describedby=described
                    on:input=move |ev| write(event_target_value(&ev))
                />
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:field-wide=matches!(field, MeasureField::Asks | MeasureField::Formula)>
            <label for=input_id>{field.label()}</label>
            {control}
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

/// Platforms from the catalogue and those already typed in this workshop.
#[component]
fn SourceSuggestions(inventory: Inventory) -> impl IntoView {
    let options = move || {
        let mut sources: Vec<String> = CATALOGUE.iter().flat_map(|e| e.platforms.iter().map(|p| (*p).to_owned())).collect();
        inventory.workshop.with(|w| sources.extend(w.measures.iter().map(|m| m.source.clone())));
        sources.retain(|s| !s.trim().is_empty());
        sources.sort();
        sources.dedup();
        sources.into_iter().map(|s| view! { <option value=s></option> }).collect_view()
    };
    view! { <datalist id="source-suggestions">{options}</datalist> }
}
