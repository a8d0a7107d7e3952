//! One open workshop: its name, the step navigation and the current step.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use scorecard_core::model::Workshop;

use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::features::familiarize::{provide_inventory_checks, Familiarize};
use crate::features::{determine::Determine, discuss::Discuss, report::Report};

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
            provide_inventory_checks(workshop);
            keep_document_title(workshop, step);
            let (all_saved, save_error) = autosave(id.clone(), workshop);
            view! {
                <div class="workshop">
                    <div class="workshop-title">
                        <p class="eyebrow">{move || workshop.with(|w| w.organisation.clone())}</p>
                        <p class="workshop-name">{move || workshop.with(|w| w.name.clone())}</p>
                        <p class="save-state muted small no-print">
                            {move || if all_saved.get() { "All changes saved in this browser" } else { "Saving…" }}
                        </p>
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

/// How long after the last change the workshop is saved: within the half
/// second the product promises, and long enough that typing a word saves once.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Saves the workshop `SAVE_DELAY` after the last change, and at once when
/// the page is hidden or closed or the workshop is left, so that nothing
/// typed is lost. Returns whether everything is saved, and the last save error.
fn autosave(id: String, workshop: RwSignal<Workshop>) -> (RwSignal<bool>, RwSignal<Option<String>>) {
    let library = use_library();
    let saved = RwSignal::new(true);
    let save_error = RwSignal::new(None);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let id = StoredValue::new(id);
    let save_now = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if saved.get_untracked() {
            return;
        }
        let outcome = library.with_value(|l| id.with_value(|id| workshop.with_untracked(|w| l.save(id, w))));
        saved.set(outcome.is_ok());
        save_error.set(outcome.err().map(|fault| format!("{fault} Your last change is not saved yet.")));
    };
    Effect::new(move |already_ran: Option<()>| {
        workshop.track();
        if already_ran.is_some() {
            saved.set(false);
            if let Some(handle) = pending.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            pending.set_value(set_timeout_with_handle(save_now, SAVE_DELAY).ok());
        }
    });
    let on_hide = window_event_listener(ev::pagehide, move |_| save_now());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            save_now();
        }
    });
    on_cleanup(move || {
        save_now();
        on_hide.remove();
        on_hidden.remove();
    });
    (saved, save_error)
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
