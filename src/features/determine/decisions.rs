//! Decisions: for every measure keep, change or drop, and add for what
//! customers miss, each with a reason, an owner and a date. The analysis
//! suggests; the team decides. Rows are keyed by what they decide about, so
//! typing in one never rebuilds the field under the cursor.

use leptos::prelude::*;
use scorecard_core::analysis::Analysis;
use scorecard_core::determine::{subject_name, suggestions, DecisionEdit, Suggestion};
use scorecard_core::model::{Decision, DecisionKind, DecisionSubject};

use crate::app::session::OpenWorkshop;
use crate::ui::{Field, FieldKind, KeyedRows};

#[component]
pub fn DecisionEditor(workshop: OpenWorkshop) -> impl IntoView {
    // Computed once per change for all rows, which each read their own.
    let all = Memo::new(move |_| workshop.with(|w| suggestions(&Analysis::of(w))));
    let keys = Signal::derive(move || all.with(|all| all.iter().enumerate().map(row_key).collect()));
    let row = Callback::new(move |key| {
        let subject = all.with_untracked(|all| all.iter().enumerate().find(|row| row_key(*row) == key).map(|(_, s)| s.subject.clone()));
        subject.map(|subject| view! { <DecisionRow workshop subject all /> }).into_any()
    });
    view! {
        <p class="muted">"Suggested from the quadrants and from what customers raised; every decision is yours to change."</p>
        <ul class="decisions">
            <KeyedRows keys row />
        </ul>
    }
}

/// A row's key: a measure's id, or for a factor (which has no id) its place
/// in the list with the top bit set. Ids stay below 2³¹, so keys never clash;
/// the places of factors only move when customers' answers change, which
/// never happens while a decision is typed on this page.
fn row_key((place, suggestion): (usize, &Suggestion)) -> u32 {
    match suggestion.subject {
        DecisionSubject::Measure(id) => id.0,
        DecisionSubject::Factor(_) => 0x8000_0000 | place as u32,
    }
}

#[component]
fn DecisionRow(workshop: OpenWorkshop, subject: DecisionSubject, all: Memo<Vec<Suggestion>>) -> impl IntoView {
    let name = StoredValue::new(workshop.with_untracked(|w| subject_name(w, &subject)));
    let kind = {
        let subject = subject.clone();
        Memo::new(move |_| workshop.with(|w| w.decision(&subject).map(|d| d.kind)))
    };
    let suggested = {
        let subject = subject.clone();
        move || {
            all.with(|all| match all.iter().find(|s| s.subject == subject) {
                Some(s) => format!("Suggested: {} — {}", s.kind.map_or("no suggestion", |k| k.label()), s.reason),
                None => String::new(),
            })
        }
    };
    let edit = {
        let subject = subject.clone();
        move |make: fn(&str) -> DecisionEdit<'_>| {
            let subject = subject.clone();
            workshop.writer(move |w, text| w.edit_decision(&subject, make(text)))
        }
    };
    let set_kind = edit(|text| DecisionEdit::Kind(DecisionKind::ALL.into_iter().find(|k| k.label() == text)));
    let field = move |what: &str| name.with_value(|name| format!("{what} for {name}"));
    // Each text follows the saved decision: cleared, undone or typed.
    let text = {
        let subject = subject.clone();
        move |pick: fn(&Decision) -> &String| {
            let subject = subject.clone();
            workshop.text(move |w| w.decision(&subject).map(|d| pick(d).clone()).unwrap_or_default())
        }
    };
    // Choosing or clearing a kind is never refused; only text typed before any kind is.
    let clear = move |_| {
        let _ = set_kind.run(String::new());
    };
    view! {
        <li class="card decision-row">
            <h3>{name.get_value()}</h3>
            <p class="muted small">{suggested}</p>
            <div class="field-grid">
                <div class="field">
                    <label>
                        {field("Decision")}
                        // Once decided, "Not decided" cannot be reached by arrowing
                        // through the list: clearing is the explicit button below.
                        <select
                            prop:value=move || kind.get().map_or("", |k| k.label())
                            on:change=move |ev| {
                                let _ = set_kind.run(event_target_value(&ev));
                            }
                        >
                            <option value="" disabled=move || kind.get().is_some()>"Not decided"</option>
                            {DecisionKind::ALL.into_iter().map(|k| view! { <option value=k.label()>{k.label()}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                <Field label=field("Reason") value=text(|d| &d.reason) kind=FieldKind::Line write=edit(|t| DecisionEdit::Reason(t)) />
                <Field label=field("Owner") value=text(|d| &d.owner) kind=FieldKind::Line write=edit(|t| DecisionEdit::Owner(t)) />
                <Field label=field("Due date") value=text(|d| &d.due) kind=FieldKind::Date write=edit(|t| DecisionEdit::Due(t)) />
            </div>
            {move || kind.get().is_some().then(|| view! {
                <button type="button" class="button-small button-danger no-print" on:click=clear>
                    "Clear"
                    <span class="visually-hidden">{name.with_value(|name| format!(" the decision for {name}"))}</span>
                </button>
            })}
        </li>
    }
}
