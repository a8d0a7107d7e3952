//! The customers to talk to and the segments they belong to. Rows are keyed
//! by id so that typing in one never rebuilds the field under the cursor.

use leptos::prelude::*;
use scorecard_core::discuss::placeholder_name;
use scorecard_core::model::{CustomerId, SegmentId};

use crate::app::session::{refusal, OpenWorkshop};
use crate::ui::{focus_after_render, Column, DataTable, Field, FieldKind, KeyedRows};

const CUSTOMER_COLUMNS: &[Column] = &[
    ("Name or pseudonym", ""),
    ("Role", ""),
    ("Segment", ""),
    ("Conversations", "numeric"),
    ("Actions", "no-print"),
];

#[component]
pub fn SegmentEditor(workshop: OpenWorkshop) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let add = move |_| {
        let name = workshop.with_untracked(|w| placeholder_name("Segment", w.segments.iter().map(|s| s.name.as_str())));
        message.set(refusal(workshop.edit(&mut |w| w.add_segment(&name).map(drop))));
    };
    view! {
        <h3>"Segments"</h3>
        <ul class="edit-list">
            <KeyedRows
                keys=Signal::derive(move || workshop.with(|w| w.segments.iter().map(|s| s.id.0).collect()))
                row=Callback::new(move |id| view! { <SegmentRow workshop id=SegmentId(id) message /> }.into_any())
            />
        </ul>
        <p class="notice" role="status">{move || message.get()}</p>
        <button type="button" class="button button-secondary" on:click=add>"Add a segment"</button>
    }
}

#[component]
fn SegmentRow(workshop: OpenWorkshop, id: SegmentId, message: RwSignal<String>) -> impl IntoView {
    // The controls' names follow renaming, so that each still says whose it is.
    let name = move || workshop.with(|w| w.segment(id).map(|s| s.name.clone()).unwrap_or_default());
    let members = move || workshop.with(|w| w.customers_in(id).count());
    let delete = move |_| message.set(refusal(workshop.edit(&mut |w| w.delete_segment(id))));
    view! {
        <li class="edit-row">
            <Field
                label=Signal::derive(move || format!("Segment name ({})", name()))
                hide_label=true
                value=workshop.text(move |w| w.segment(id).map(|s| s.name.clone()).unwrap_or_default())
                kind=FieldKind::Line
                write=workshop.writer(move |w, text| w.rename_segment(id, text))
            />
            <span class="muted small">{move || format!("{} customers", members())}</span>
            <button type="button" class="button-small button-danger" on:click=delete>
                "Delete"
                <span class="visually-hidden">{move || format!(" segment {}", name())}</span>
            </button>
        </li>
    }
}

#[component]
pub fn CustomerEditor(workshop: OpenWorkshop) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let add = move |_| {
        let name = workshop.with_untracked(|w| placeholder_name("Customer", w.customers.iter().map(|c| c.name.as_str())));
        let added = workshop.edit(&mut |w| w.add_customer(&name, None).map(drop));
        if added.is_ok() {
            focus_after_render("#customers tbody tr:last-child td:first-child input".into());
        }
        message.set(refusal(added));
    };
    view! {
        <h3>"Customers"</h3>
        <p class="muted small">"A name or a pseudonym: the workshop may be on a projector."</p>
        <div id="customers">
            <DataTable caption="Customers to talk to" columns=CUSTOMER_COLUMNS>
                <KeyedRows
                    keys=Signal::derive(move || workshop.with(|w| w.customers.iter().map(|c| c.id.0).collect()))
                    row=Callback::new(move |id| view! { <CustomerRow workshop id=CustomerId(id) message /> }.into_any())
                />
            </DataTable>
        </div>
        <p class="notice" role="status">{move || message.get()}</p>
        <button type="button" class="button button-secondary" on:click=add>"Add a customer"</button>
    }
}

#[component]
fn CustomerRow(workshop: OpenWorkshop, id: CustomerId, message: RwSignal<String>) -> impl IntoView {
    // Names follow renaming, so that every control still says whose it is.
    let name = move || workshop.with(|w| w.customer(id).map(|c| c.name.clone()).unwrap_or_default());
    let label = move |what: &'static str| Signal::derive(move || format!("{what} of {}", name()));
    let heard = move || workshop.with(|w| w.conversations_with(id).count());
    let segments = move || {
        workshop.with(|w| {
            let current = w.customer(id).map(|c| c.segment);
            w.segments
                .iter()
                .map(|s| view! { <option value=s.id.0 selected=Some(s.id) == current>{s.name.clone()}</option> })
                .collect_view()
        })
    };
    let set_segment = move |ev| {
        // The options' values are the segments' ids, so the number always parses.
        let segment = SegmentId(event_target_value(&ev).parse().unwrap_or_default());
        message.set(refusal(workshop.edit(&mut |w| w.set_customer_segment(id, segment))));
    };
    let delete = move |_| message.set(refusal(workshop.edit(&mut |w| w.delete_customer(id))));
    view! {
        <tr>
            <td>
                <Field
                    label=label("Name")
                    hide_label=true
                    value=workshop.text(move |w| w.customer(id).map(|c| c.name.clone()).unwrap_or_default())
                    kind=FieldKind::Line
                    write=workshop.writer(move |w, text| w.set_customer_name(id, text))
                />
            </td>
            <td>
                <Field
                    label=label("Role")
                    hide_label=true
                    value=workshop.text(move |w| w.customer(id).map(|c| c.role.clone()).unwrap_or_default())
                    kind=FieldKind::Line
                    write=workshop.writer(move |w, text| w.set_customer_role(id, text))
                />
            </td>
            <td>
                <select aria-label=label("Segment") on:change=set_segment>{segments}</select>
            </td>
            <td class="numeric">{heard}</td>
            <td class="no-print">
                <button type="button" class="button-small button-danger" on:click=delete>
                    "Delete"
                    <span class="visually-hidden">{move || format!(" {}", name())}</span>
                </button>
            </td>
        </tr>
    }
}
