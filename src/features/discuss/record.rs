//! Who has been heard, and what they said: the form to record a
//! conversation live, keyboard only, and the list of those recorded.

use leptos::prelude::*;
use scorecard_core::analysis::segment_coverage;
use scorecard_core::discuss::{ConversationEdit, Score};
use scorecard_core::model::{ConversationId, CustomerId, Workshop};

use super::writer;
use crate::features::try_edit;
use crate::ui::{confirmed, focus_after_render, Column, DataTable, Field, FieldKind};

const ANSWER_COLUMNS: &[Column] = &[("Measure", ""), ("Relevance (1–5)", ""), ("Value (1–5)", "")];

/// Per segment, how many of its customers have been heard.
#[component]
pub fn CoverageList(workshop: RwSignal<Workshop>) -> impl IntoView {
    let items = move || {
        workshop.with(|w| {
            segment_coverage(w)
                .into_iter()
                .map(|c| {
                    let name = w.segment(c.segment).map(|s| s.name.clone()).unwrap_or_default();
                    let percent = (c.customers_heard * 100).checked_div(c.customers).unwrap_or(0);
                    view! {
                        <li class="coverage" class:coverage-gap=c.customers_heard == 0>
                            <span class="coverage-name">
                                {name}
                                {(c.conversations == 0).then(|| view! { " " <span class="flag">"No conversation yet"</span> })}
                            </span>
                            <span class="bar" aria-hidden="true"><span style=format!("width: {percent}%")></span></span>
                            <span class="coverage-text">
                                {format!(
                                    "{} of {} customers heard · {} conversations",
                                    c.customers_heard, c.customers, c.conversations
                                )}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="coverage-list">{items}</ul> }
}

/// Conversations, newest first, with what each customer said in their own words.
#[component]
pub fn ConversationList(workshop: RwSignal<Workshop>, #[prop(optional)] recording: Option<RwSignal<Option<ConversationId>>>) -> impl IntoView {
    let cards = move || {
        workshop.with(|w| {
            let mut conversations: Vec<_> = w.conversations.iter().collect();
            conversations.sort_by(|a, b| b.date.cmp(&a.date));
            conversations
                .into_iter()
                .map(|c| {
                    let customer = w.customer(c.customer).map(|c| c.name.clone()).unwrap_or_else(|| "Unknown customer".into());
                    let id = c.id;
                    let actions = recording.map(|recording| {
                        let label = format!("{customer} on {}", c.date);
                        view! {
                            <p class="row-actions no-print">
                                <button type="button" class="button-small" on:click=move |_| open(recording, id)>
                                    "Edit"
                                    <span class="visually-hidden">{format!(" conversation with {label}")}</span>
                                </button>
                                <button
                                    type="button"
                                    class="button-small button-danger"
                                    on:click={
                                        let question = format!("Delete the conversation with {label}? Its scores, quotes and notes go with it; Undo brings them back while this workshop is open.");
                                        move |_| {
                                            if !confirmed(&question) {
                                                return;
                                            }
                                            workshop.update(|w| {
                                                w.delete_conversation(id);
                                            });
                                            if recording.get_untracked() == Some(id) {
                                                recording.set(None);
                                            }
                                        }
                                    }
                                >
                                    "Delete"
                                    <span class="visually-hidden">{format!(" conversation with {label}")}</span>
                                </button>
                            </p>
                        }
                    });
                    view! {
                        <li class="card conversation">
                            <h3>{customer}</h3>
                            <p class="muted small">{format!("{} · {} measures discussed", c.date, c.answers.len())}</p>
                            {c.quotes.iter().map(|q| view! { <blockquote>{q.clone()}</blockquote> }).collect_view()}
                            {(!c.unmeasured.is_empty()).then(|| view! {
                                <p class="tags">
                                    <span class="muted small">"Cares about, not measured: "</span>
                                    {c.unmeasured.iter().map(|f| view! { <span class="tag">{f.clone()}</span> }).collect_view()}
                                </p>
                            })}
                            {(!c.notes.is_empty()).then(|| view! { <p class="notes">{c.notes.clone()}</p> })}
                            {actions}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="conversation-list">{cards}</ul> }
}

/// Starts a conversation with the first customer not heard yet (or the
/// first customer), dated today, and opens it for recording.
#[component]
pub fn RecordButton(workshop: RwSignal<Workshop>, recording: RwSignal<Option<ConversationId>>) -> impl IntoView {
    let no_customer = move || workshop.with(|w| w.customers.is_empty());
    let start = move |_| {
        let mut started = None;
        workshop.update(|w| {
            let unheard = w.customers.iter().find(|c| w.conversations_with(c.id).next().is_none());
            if let Some(customer) = unheard.or(w.customers.first()).map(|c| c.id) {
                started = w.add_conversation(customer, &crate::browser::clock::today()).ok();
            }
        });
        if let Some(id) = started {
            open(recording, id);
        }
    };
    view! {
        <p class="no-print">
            <button type="button" class="button" on:click=start disabled=no_customer>"Record a conversation"</button>
            {move || no_customer().then(|| view! { <span class="muted small">" Add a customer first."</span> })}
        </p>
    }
}

/// Opens a conversation in the recorder and puts the cursor in its first field.
fn open(recording: RwSignal<Option<ConversationId>>, id: ConversationId) {
    recording.set(Some(id));
    focus_after_render("#recording-customer".into());
}

/// The form for one conversation, built once when it opens: typing saves each
/// field at once and never rebuilds the form under the cursor. Tab moves
/// from field to field; there is no dialog to confirm.
#[component]
pub fn ConversationRecorder(
    workshop: RwSignal<Workshop>,
    id: ConversationId,
    recording: RwSignal<Option<ConversationId>>,
) -> impl IntoView {
    let Some(conversation) = workshop.with_untracked(|w| w.conversation(id).cloned()) else {
        return ().into_any();
    };
    let edit = move |make: fn(&str) -> ConversationEdit<'_>| writer(workshop, move |w, text| w.edit_conversation(id, make(text)));
    // The list follows customers added, renamed or deleted while recording,
    // and is drawn again only then, not on every keystroke in the form.
    let choices = Memo::new(move |_| {
        workshop.with(|w| {
            let current = w.conversation(id).map(|c| c.customer);
            w.customers
                .iter()
                .map(|c| {
                    let segment = w.segment(c.segment).map(|s| s.name.as_str()).unwrap_or("");
                    (c.id.0, format!("{} ({segment})", c.name), Some(c.id) == current)
                })
                .collect::<Vec<_>>()
        })
    });
    let customers = move || {
        choices.get().into_iter().map(|(id, label, chosen)| view! { <option value=id selected=chosen>{label}</option> }).collect_view()
    };
    let set_customer = move |ev| {
        if let Ok(customer) = event_target_value(&ev).parse().map(CustomerId) {
            let _ = try_edit(workshop, &|w| w.edit_conversation(id, ConversationEdit::Customer(customer)));
        }
    };
    let rows = workshop.with_untracked(|w| {
        w.measures
            .iter()
            .map(|m| {
                let answer = conversation.answers.iter().find(|a| a.measure == m.id);
                let score_field = |score: Score| {
                    let measure = m.id;
                    view! {
                        <td>
                            <Field
                                label=format!("{} of {}", score.label(), m.name)
                                hide_label=true
                                value=answer.and_then(|a| score.of(a)).map(|r| r.to_string()).unwrap_or_default()
                                kind=FieldKind::Score
                                write=writer(workshop, move |w, text| w.edit_conversation(id, ConversationEdit::Answer(measure, score, text)))
                            />
                        </td>
                    }
                };
                view! {
                    <tr>
                        <th scope="row">{m.name.clone()}</th>
                        {score_field(Score::Relevance)}
                        {score_field(Score::Value)}
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <section class="card recorder" aria-labelledby="recorder-title">
            <h3 id="recorder-title">"Recording a conversation"</h3>
            <div class="field-grid">
                <div class="field">
                    <label for="recording-customer">"Customer"</label>
                    <select id="recording-customer" on:change=set_customer>{customers}</select>
                </div>
                <Field label=String::from("Date") value=conversation.date kind=FieldKind::Date write=edit(|t| ConversationEdit::Date(t)) />
            </div>
            <p class="muted small">"Scores from 1 to 5; leave a score empty when it was not discussed."</p>
            <div class="answers">
                <DataTable caption="Relevance and value of each measure to this customer" columns=ANSWER_COLUMNS>{rows}</DataTable>
            </div>
            <div class="field-grid">
                <Field label=String::from("Verbatim quotes, one per line") value=conversation.quotes.join("\n") kind=FieldKind::Lines write=edit(|t| ConversationEdit::Quotes(t)) />
                <Field
                    label=String::from("Cares about, not measured (separate with commas)")
                    value=conversation.unmeasured.join(", ")
                    kind=FieldKind::Line
                    write=edit(|t| ConversationEdit::Unmeasured(t))
                />
                <Field label=String::from("Notes") value=conversation.notes kind=FieldKind::Lines write=edit(|t| ConversationEdit::Notes(t)) />
            </div>
            <p>
                <button type="button" class="button" on:click=move |_| recording.set(None)>"Done recording"</button>
            </p>
        </section>
    }
    .into_any()
}
