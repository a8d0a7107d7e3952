//! Who has been heard, and what they said: the form to record a
//! conversation live, keyboard only, and the list of those recorded.

use leptos::prelude::*;
use scorecard_core::analysis::segment_coverage;
use scorecard_core::discuss::{ConversationEdit, Score};
use scorecard_core::edit::{EditError, Thing};
use scorecard_core::model::{Conversation, ConversationId, CustomerId};
use scorecard_core::row_markup::{conversation_card, conversation_label};

use crate::app::session::OpenWorkshop;
use crate::ui::{action_clicked, confirmed, focus_after_render, Column, DataTable, Field, FieldKind, KeyedRows};

const ANSWER_COLUMNS: &[Column] = &[("Measure", ""), ("Relevance (1–5)", ""), ("Value (1–5)", "")];

/// Per segment, how many of its customers have been heard.
#[component]
pub fn CoverageList(workshop: OpenWorkshop) -> impl IntoView {
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

/// Conversations, newest first, with what each customer said in their own
/// words. A card's markup is recomputed on every change but set again only
/// when it differs, so typing in the recorder redraws the one card recorded.
#[component]
pub fn ConversationList(workshop: OpenWorkshop, recording: RwSignal<Option<ConversationId>>) -> impl IntoView {
    let newest_first = Memo::new(move |_| {
        workshop.with(|w| {
            let mut conversations: Vec<_> = w.conversations.iter().collect();
            conversations.sort_by(|a, b| b.date.cmp(&a.date));
            conversations.into_iter().map(|c| c.id.0).collect::<Vec<_>>()
        })
    });
    let card = Callback::new(move |id| {
        let markup = Memo::new(move |_| workshop.with(|w| w.conversation(ConversationId(id)).map(|c| conversation_card(w, c))).unwrap_or_default());
        view! { <li class="card conversation" inner_html=markup></li> }.into_any()
    });
    let act = move |ev| {
        let Some((action, id)) = action_clicked(&ev) else { return };
        let id = ConversationId(id);
        match action.as_str() {
            "edit" => open(recording, id),
            "delete" => delete(workshop, recording, id),
            _ => {}
        }
    };
    view! {
        <ul class="conversation-list" on:click=act>
            <KeyedRows keys=newest_first.into() row=card />
        </ul>
    }
}

/// Deletes a conversation once the person confirms; Undo brings it back.
fn delete(workshop: OpenWorkshop, recording: RwSignal<Option<ConversationId>>, id: ConversationId) {
    let Some(label) = workshop.with_untracked(|w| w.conversation(id).map(|c| conversation_label(w, c))) else { return };
    let question = format!("Delete the conversation with {label}? Its scores, quotes and notes go with it; Undo brings them back while this workshop is open.");
    if confirmed(&question) && workshop.edit(&mut |w| w.delete_conversation(id)).is_ok() && recording.get_untracked() == Some(id) {
        recording.set(None);
    }
}

/// Starts a conversation with the first customer not heard yet (or the
/// first customer), dated today, and opens it for recording.
#[component]
pub fn RecordButton(workshop: OpenWorkshop, recording: RwSignal<Option<ConversationId>>) -> impl IntoView {
    let no_customer = move || workshop.with(|w| w.customers.is_empty());
    let start = move |_| {
        let mut started = None;
        // Refused only without customers, when the button is disabled.
        let _ = workshop.edit(&mut |w| {
            let unheard = w.customers.iter().find(|c| w.conversations_with(c.id).next().is_none());
            let customer = unheard.or(w.customers.first()).map(|c| c.id).ok_or(EditError::Gone(Thing::Customer))?;
            started = Some(w.add_conversation(customer, &crate::browser::clock::today())?);
            Ok(())
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
/// field at once and never rebuilds the form under the cursor; each field
/// shows the conversation as it is, after undo too. Tab moves from field to
/// field; there is no dialog to confirm.
#[component]
pub fn ConversationRecorder(
    workshop: OpenWorkshop,
    id: ConversationId,
    recording: RwSignal<Option<ConversationId>>,
) -> impl IntoView {
    let edit = move |make: fn(&str) -> ConversationEdit<'_>| workshop.writer(move |w, text| w.edit_conversation(id, make(text)));
    // The list follows customers added, renamed or deleted while recording,
    // and is drawn again only then, not on every keystroke in the form.
    let choices = Memo::new(move |_| {
        workshop.with(|w| {
            w.customers
                .iter()
                .map(|c| {
                    let segment = w.segment(c.segment).map(|s| s.name.as_str()).unwrap_or("");
                    (c.id.0, format!("{} ({segment})", c.name))
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = Memo::new(move |_| workshop.with(|w| w.conversation(id).map(|c| c.customer.0.to_string()).unwrap_or_default()));
    let customers = move || choices.get().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view();
    let set_customer = move |ev| {
        // The options' values are the customers' ids, so the number always parses.
        let customer = CustomerId(event_target_value(&ev).parse().unwrap_or_default());
        // Refused only for a customer no longer there, and the options are the customers there.
        let _ = workshop.edit(&mut |w| w.edit_conversation(id, ConversationEdit::Customer(customer)));
    };
    let text = move |read: fn(&Conversation) -> String| workshop.text(move |w| w.conversation(id).map(read).unwrap_or_default());
    let rows = workshop.with_untracked(|w| {
        w.measures
            .iter()
            .map(|m| {
                let score_field = |score: Score| {
                    let measure = m.id;
                    let value = workshop.text(move |w| {
                        let answer = w.conversation(id).and_then(|c| c.answers.iter().find(|a| a.measure == measure));
                        answer.and_then(|a| score.of(a)).map(|r| r.to_string()).unwrap_or_default()
                    });
                    view! {
                        <td>
                            <Field
                                label=format!("{} of {}", score.label(), m.name)
                                hide_label=true
                                value
                                kind=FieldKind::Score
                                write=workshop.writer(move |w, text| w.edit_conversation(id, ConversationEdit::Answer(measure, score, text)))
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
                    <select id="recording-customer" prop:value=chosen on:change=set_customer>{customers}</select>
                </div>
                <Field label=String::from("Date") value=text(|c| c.date.clone()) kind=FieldKind::Date write=edit(|t| ConversationEdit::Date(t)) />
            </div>
            <p class="muted small">"Scores from 1 to 5; leave a score empty when it was not discussed."</p>
            <div class="answers">
                <DataTable caption="Relevance and value of each measure to this customer" columns=ANSWER_COLUMNS>{rows}</DataTable>
            </div>
            <div class="field-grid">
                <Field label=String::from("Verbatim quotes, one per line") value=text(|c| c.quotes.join("\n")) kind=FieldKind::Lines write=edit(|t| ConversationEdit::Quotes(t)) />
                <Field
                    label=String::from("Cares about, not measured (separate with commas)")
                    value=text(|c| c.unmeasured.join(", "))
                    kind=FieldKind::Line
                    write=edit(|t| ConversationEdit::Unmeasured(t))
                />
                <Field label=String::from("Notes") value=text(|c| c.notes.clone()) kind=FieldKind::Lines write=edit(|t| ConversationEdit::Notes(t)) />
            </div>
            <p>
                <button type="button" class="button" on:click=move |_| recording.set(None)>"Done recording"</button>
            </p>
        </section>
    }
}
