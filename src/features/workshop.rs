//! One open workshop: its name, the step navigation and the current step.

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::features::{determine::Determine, discuss::Discuss, familiarize::Familiarize, report::Report};

#[component]
pub fn WorkshopPage(id: String, step: Memo<Step>) -> impl IntoView {
    let loaded = use_library().with_value(|library| library.load(&id));
    match loaded {
        None => view! {
            <Unavailable
                title="This workshop is not in this browser"
                reason="Workshops are saved in the browser they were made in. Open it there and export it, or pick another one.".into()
            />
        }
        .into_any(),
        Some(Err(error)) => view! { <Unavailable title="This workshop cannot be opened" reason=error.to_string() /> }.into_any(),
        Some(Ok(saved)) => {
            let workshop = RwSignal::new(saved.workshop);
            keep_document_title(workshop, step);
            let save_error = save_every_change(id.clone(), workshop);
            view! {
                <div class="workshop">
                    <div class="workshop-title">
                        <p class="eyebrow">{move || workshop.with(|w| w.organisation.clone())}</p>
                        <p class="workshop-name">{move || workshop.with(|w| w.name.clone())}</p>
                    </div>
                    {move || save_error.get().map(|text| view! { <p class="banner banner-warning" role="alert">{text}</p> })}
                    <StepNav id step />
                    {move || match step.get() {
                        Step::Familiarize => view! { <Familiarize workshop /> }.into_any(),
                        Step::Discuss => view! { <Discuss workshop /> }.into_any(),
                        Step::Determine => view! { <Determine workshop /> }.into_any(),
                        Step::Report => view! { <Report workshop /> }.into_any(),
                    }}
                </div>
            }
            .into_any()
        }
    }
}

fn step_hint(step: Step) -> &'static str {
    match step {
        Step::Familiarize => "Know what is measured",
        Step::Discuss => "Ask customers, without bias",
        Step::Determine => "Measure the right things",
        Step::Report => "Share the results",
    }
}

#[component]
fn StepNav(id: String, step: Memo<Step>) -> impl IntoView {
    view! {
        <nav class="steps" aria-label="Workshop steps">
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|s| {
                        let href = Route::Workshop { id: id.clone(), step: s }.href();
                        view! {
                            <li>
                                <a href=href aria-current=move || (step.get() == s).then_some("page")>
                                    <span class="step-number" aria-hidden="true">
                                        {s.number().map(|n| n.to_string()).unwrap_or_else(|| "✓".into())}
                                    </span>
                                    <span class="step-text">
                                        <span class="step-title">{s.title()}</span>
                                        <span class="step-hint">{step_hint(s)}</span>
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Saves the workshop after every change and returns the last save error.
/// (Issue 6 replaces this with debounced autosave and fault recovery.)
fn save_every_change(id: String, workshop: RwSignal<Workshop>) -> RwSignal<Option<String>> {
    let library = use_library();
    let save_error = RwSignal::new(None);
    Effect::new(move |already_ran: Option<()>| {
        workshop.track();
        if already_ran.is_some() {
            let outcome = library.with_value(|l| workshop.with_untracked(|w| l.save(&id, w)));
            save_error.set(outcome.err().map(|fault| format!("{fault} Your last change is not saved yet.")));
        }
    });
    save_error
}

/// The tab title names the step and the workshop, so that a facilitator with
/// several tabs open can tell them apart.
fn keep_document_title(workshop: RwSignal<Workshop>, step: Memo<Step>) {
    Effect::new(move |_| {
        let title = workshop.with(|w| format!("{} — {} — Scorecard Workshop", step.get().title(), w.name));
        document().set_title(&title);
    });
}

#[component]
fn Unavailable(title: &'static str, reason: String) -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{title}</h1>
            <p>{reason}</p>
            <p><a class="button" href="#/">"Go to all workshops"</a></p>
        </section>
    }
}
