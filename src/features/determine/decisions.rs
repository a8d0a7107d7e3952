//! Decisions: for every measure keep, change or drop, and add for what
//! customers miss, each with a reason, an owner and a date. The analysis
//! suggests; the team decides. Rows are keyed by what they decide about, so
//! typing in one never rebuilds the field under the cursor.

use leptos::prelude::*;
use scorecard_core::determine::{decision_table, subject_name, suggestions, DecisionEdit};
use scorecard_core::discuss::factor_key;
use scorecard_core::model::{DecisionKind, DecisionSubject, Workshop};

use crate::features::writer;
use crate::ui::{Field, FieldKind, KeyedRows, TableView};

#[component]
pub fn DecisionEditor(workshop: RwSignal<Workshop>) -> impl IntoView {
    let subjects = Memo::new(move |_| workshop.with(|w| suggestions(w).into_iter().map(|s| s.subject).collect::<Vec<_>>()));
    let keys = Signal::derive(move || subjects.with(|s| s.iter().map(subject_key).collect()));
    let row = Callback::new(move |key| {
        let subject = subjects.with_untracked(|s| s.iter().find(|s| subject_key(s) == key).cloned());
        subject.map(|subject| view! { <DecisionRow workshop subject /> }).into_any()
    });
    view! {
        <p class="muted">"Suggested from the quadrants and from what customers raised; every decision is yours to change."</p>
        <ul class="decisions">
            <KeyedRows keys row />
        </ul>
    }
}

/// A number for what a decision is about: a measure's id, or a hash of a
/// factor's words (case and spacing aside) with the top bit set.
fn subject_key(subject: &DecisionSubject) -> u32 {
    match subject {
        DecisionSubject::Measure(id) => id.0,
        DecisionSubject::Factor(factor) => {
            let hash = factor_key(factor).bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
            0x8000_0000 | hash
        }
    }
}

#[component]
fn DecisionRow(workshop: RwSignal<Workshop>, subject: DecisionSubject) -> impl IntoView {
    let name = workshop.with_untracked(|w| subject_name(w, &subject));
    let current = workshop.with_untracked(|w| w.decision(&subject).cloned());
    let suggestion = {
        let subject = subject.clone();
        Memo::new(move |_| workshop.with(|w| suggestions(w).into_iter().find(|s| s.subject == subject)))
    };
    let suggested = move || {
        suggestion.with(|s| match s {
            Some(s) => format!("Suggested: {} — {}", s.kind.map_or("no suggestion", |k| k.label()), s.reason),
            None => String::new(),
        })
    };
    let edit = {
        let subject = subject.clone();
        move |make: fn(&str) -> DecisionEdit<'_>| {
            let subject = subject.clone();
            writer(workshop, move |w, text| w.edit_decision(&subject, make(text)))
        }
    };
    let set_kind = edit(|text| DecisionEdit::Kind(DecisionKind::ALL.into_iter().find(|k| k.label() == text)));
    let chosen = current.as_ref().map(|d| d.kind);
    let field = |what: &str| format!("{what} for {name}");
    view! {
        <li class="card decision-row">
            <h3>{name.clone()}</h3>
            <p class="muted small">{suggested}</p>
            <div class="field-grid">
                <div class="field">
                    <label>
                        {field("Decision")}
                        <select on:change=move |ev| {
                            let _ = set_kind.run(event_target_value(&ev));
                        }>
                            <option value="" selected=chosen.is_none()>"Not decided"</option>
                            {DecisionKind::ALL
                                .into_iter()
                                .map(|k| view! { <option selected=chosen == Some(k)>{k.label()}</option> })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                <Field
                    label=field("Reason")
                    value=current.as_ref().map(|d| d.reason.clone()).unwrap_or_default()
                    kind=FieldKind::Line
                    write=edit(|t| DecisionEdit::Reason(t))
                />
                <Field
                    label=field("Owner")
                    value=current.as_ref().map(|d| d.owner.clone()).unwrap_or_default()
                    kind=FieldKind::Line
                    write=edit(|t| DecisionEdit::Owner(t))
                />
                <Field
                    label=field("Due date")
                    value=current.as_ref().map(|d| d.due.clone()).unwrap_or_default()
                    kind=FieldKind::Date
                    write=edit(|t| DecisionEdit::Due(t))
                />
            </div>
        </li>
    }
}

/// The decisions taken, for the report.
#[component]
pub fn DecisionTable(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! { <TableView caption="Decisions" table=Signal::derive(move || workshop.with(decision_table)) /> }
}
