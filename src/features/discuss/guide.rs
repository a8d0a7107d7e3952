//! The conversation guide and the team's expectations. Every question is
//! checked for biased wording as it is typed, with the rule, the words, the
//! reason and a neutral rewrite that one click (or Enter) puts in place.

use leptos::prelude::*;
use scorecard_core::discuss::{GuidePart, RELEVANCE_SCALE, VALUE_QUESTION, VALUE_SCALE};
use scorecard_core::edit::EditError;
use scorecard_core::model::MeasureId;

use crate::app::session::OpenWorkshop;
use crate::features::measure_ids;
use crate::ui::{focus_after_render, next_field_id, BoundText, Field, FieldKind, KeyedRows, ModuleView};

#[component]
pub fn ExpectationTable(workshop: OpenWorkshop) -> impl IntoView {
    view! {
        <ul class="edit-list expectations">
            <KeyedRows keys=measure_ids(workshop) row=Callback::new(move |id| expectation_row(workshop, MeasureId(id))) />
        </ul>
    }
}

fn expectation_row(workshop: OpenWorkshop, id: MeasureId) -> AnyView {
    let name = workshop.with_untracked(|w| w.measure(id).map(|m| m.name.clone()).unwrap_or_default());
    view! {
        <li class="edit-row">
            <Field
                label=format!("Expected relevance of {name} (1–5)")
                value=workshop.text(move |w| w.expectation(id).map(|r| r.to_string()).unwrap_or_default())
                kind=FieldKind::Score
                write=workshop.writer(move |w, text| w.set_expectation(id, text))
            />
        </li>
    }
    .into_any()
}

#[component]
pub fn GuideEditor(workshop: OpenWorkshop) -> impl IntoView {
    let print = move |_| {
        let body = document().body();
        if let Some(body) = &body {
            let _ = body.set_attribute("data-print", "guide");
        }
        let _ = window().print();
        if let Some(body) = &body {
            let _ = body.remove_attribute("data-print");
        }
    };
    view! {
        <section class="guide" aria-labelledby="guide-title">
            <h2 id="guide-title">"Conversation guide"</h2>
            <p class="muted">
                "Written from the inventory: open questions first, then each measure on a balanced scale, then what we missed. Every question is checked for wording that would lead the customer."
            </p>
            <p class="no-print">
                <button type="button" class="button button-secondary" on:click=print>"Print the guide"</button>
            </p>
            <h3>"1. Their own experience"</h3>
            <QuestionList workshop part=GuidePart::Opening />
            <h3>"2. The measures"</h3>
            <p class="muted small">
                {format!("Each on the scale: {}. Then: “{VALUE_QUESTION}” ({}).", RELEVANCE_SCALE.join(" / "), VALUE_SCALE.join(" / "))}
            </p>
            <ol class="questions">
                <KeyedRows
                    keys=measure_ids(workshop)
                    row=Callback::new(move |id| view! { <MeasureQuestion workshop id=MeasureId(id) /> }.into_any())
                />
            </ol>
            <h3>"3. What we missed"</h3>
            <QuestionList workshop part=GuidePart::Closing />
        </section>
    }
}

#[component]
fn MeasureQuestion(workshop: OpenWorkshop, id: MeasureId) -> impl IntoView {
    let name = workshop.with_untracked(|w| w.measure(id).map(|m| m.name.clone()).unwrap_or_default());
    view! {
        <li>
            <QuestionInput
                label=format!("Question about {name}")
                value=workshop.text(move |w| w.measure_question(id))
                write=workshop.writer(move |w, text| w.set_measure_question(id, text))
            />
        </li>
    }
}

/// The free questions of one part of the guide. The rows are rebuilt when a
/// question is added or removed, so each row always edits its own question.
#[component]
fn QuestionList(workshop: OpenWorkshop, part: GuidePart) -> impl IntoView {
    let count = Memo::new(move |_| workshop.with(|w| w.guide.part(part).len()));
    let kind = match part {
        GuidePart::Opening => "Opening",
        GuidePart::Closing => "Closing",
    };
    let add = move |_| {
        // Adding a question is never refused.
        let _ = workshop.edit(&mut |w| {
            w.add_guide_question(part);
            Ok(())
        });
        focus_after_render(format!(".questions[data-part={kind}] > li:last-child textarea"));
    };
    let rows = move || {
        (0..count.get())
            .map(|index| {
                let remove = move |_| {
                    // Refused only for a question no longer there; the rows are drawn from the questions there.
                    let _ = workshop.edit(&mut |w| w.remove_guide_question(part, index).map(drop));
                    // The removed row took the focus with it: give it to the part's "Add" button.
                    focus_after_render(format!(".questions[data-part={kind}] + button"));
                };
                view! {
                    <li>
                        <QuestionInput
                            label=format!("{kind} question {}", index + 1)
                            value=workshop.text(move |w| w.guide.part(part).get(index).cloned().unwrap_or_default())
                            write=workshop.writer(move |w, text| w.set_guide_question(part, index, text))
                        />
                        <button type="button" class="button-small button-danger no-print" on:click=remove>
                            "Remove"
                            <span class="visually-hidden">{format!(" {} question {}", kind.to_lowercase(), index + 1)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="questions" data-part=kind>{rows}</ol>
        <button type="button" class="button-small no-print" on:click=add>{format!("Add {} question", kind.to_lowercase())}</button>
    }
}

/// A question's text with the checker's findings beneath it, updated as it
/// is typed; the module draws them, and "Use this wording" puts the rewrite in place.
#[component]
fn QuestionInput(label: String, value: Signal<String>, write: Callback<String, Result<(), EditError>>) -> impl IntoView {
    let text = BoundText::new(value, write);
    let error_id = next_field_id();
    let extra = {
        let label = label.clone();
        Signal::derive(move || vec![text.shown.get(), label.clone()])
    };
    let act = Callback::new(move |control: web_sys::Element| text.input(control.get_attribute("data-text").unwrap_or_default()));
    view! {
        <div class="question">
            <textarea
                rows="2"
                aria-label=label
                prop:value=text.shown
                aria-invalid=move || text.error().is_some().then_some("true")
                aria-describedby=error_id.clone()
                on:input=move |ev| text.input(event_target_value(&ev))
            ></textarea>
            <p class="field-error" id=error_id>{move || text.error()}</p>
            <ModuleView op="check" extra act />
        </div>
    }
}
