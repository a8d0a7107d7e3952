//! One open workshop's page: its name and toolbar (undo, redo, rename,
//! download), the step navigation and the current step, the notice when
//! another tab saved it, read-only for a newer version's file. Its session
//! (saving, undo, the tab's title) is `crate::app::session`.

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use crate::app::library::{export_text, offer_download, use_library, SaveError};
use crate::app::route::{Route, Step};
use crate::app::session::{begin_session, keep_document_title, keep_saved, Keeper, OpenWorkshop, Undo};
use crate::features::familiarize::{provide_inventory_checks, Familiarize};
use crate::features::room::{PresenterView, RoomButtons, Stage};
use crate::features::{determine::Determine, discuss::Discuss, report::Report, share::SharePage};
use crate::ui::{focus_after_render, Field, FieldKind};

#[component]
pub fn WorkshopPage(id: String, step: Memo<Step>) -> impl IntoView {
    let loaded = use_library().with_value(|library| library.load(&id));
    match loaded {
        None => view! {
            <Unavailable
                title="This workshop is not in this browser"
                reason="Workshops are saved in the browser they were made in. Open it there, use “Download a copy”, and open that file here from the list of workshops.".into()
            />
        }
        .into_any(),
        Some(Err(error)) => view! { <Unavailable title="This workshop cannot be opened" reason=error.to_string() /> }.into_any(),
        Some(Ok(saved)) => {
            let read_only = saved.is_from_newer_app();
            let schema = saved.schema;
            let (workshop, undo) = begin_session(saved.workshop, read_only);
            provide_inventory_checks(workshop);
            let stage = RwSignal::new(Stage::new());
            // A memo, so that moving through the deck does not draw the presenter view anew.
            let room_shown = Memo::new(move |_| stage.with(|s| s.presenting || s.audience));
            keep_document_title(workshop, step);
            let keeper = keep_saved(id.clone(), workshop, saved.stamp, read_only);
            let share_id = StoredValue::new(id.clone());
            view! {
                <div class="workshop">
                    {crate::features::sample_notice::sample_notice(&id)}
                    <div class="workshop-title">
                        <p class="eyebrow">{move || workshop.with(|w| w.organisation.clone())}</p>
                        <p class="workshop-name">{move || workshop.with(|w| w.name.clone())}</p>
                        <p class="save-state muted small no-print">
                            {move || match (read_only, keeper.saved.get(), keeper.problem.with(Option::is_some)) {
                                (true, ..) => "Read-only: nothing is saved",
                                (false, true, _) => "All changes saved in this browser",
                                (false, false, true) => "Not saved: see the message below",
                                (false, false, false) => "Saving…",
                            }}
                        </p>
                        <Toolbar id=id.clone() step workshop undo read_only stage />
                    </div>
                    {read_only.then(|| view! {
                        <p class="banner banner-warning" role="alert">
                            {format!("This workshop was saved by a newer version of Scorecard Workshop (format {schema}). It is open read-only here, and the saved copy is left exactly as it is. Open it in the newer version to change it.")}
                        </p>
                    })}
                    {move || keeper.problem.get().map(|problem| problem_banner(problem, keeper))}
                    <StepNav id=id.clone() step />
                    <fieldset class="plain" disabled=read_only>
                        {move || match step.get() {
                            Step::Familiarize => view! { <Familiarize workshop /> }.into_any(),
                            Step::Discuss => view! { <Discuss workshop /> }.into_any(),
                            Step::Determine => view! { <Determine workshop /> }.into_any(),
                            Step::Report => view! { <Report workshop /> }.into_any(),
                            Step::Share => view! { <SharePage id=share_id.get_value() workshop /> }.into_any(),
                        }}
                    </fieldset>
                </div>
                {move || room_shown.get().then(|| view! { <PresenterView id=share_id.get_value() workshop step stage /> })}
            }
            .into_any()
        }
    }
}

/// Undo, redo, rename and download: what acts on the whole workshop.
#[component]
fn Toolbar(id: String, step: Memo<Step>, workshop: OpenWorkshop, undo: Undo, read_only: bool, stage: RwSignal<Stage>) -> impl IntoView {
    let renaming = RwSignal::new(false);
    let id_for_share = id.clone();
    // What is on screen, saved or not (the way out of a full quota); a newer
    // version's file as stored, since writing it anew would drop what this
    // version does not know.
    let download = move |_| {
        let name = workshop.with_untracked(|w| w.name.clone());
        let text = if read_only { use_library().with_value(|l| l.text(&id)).unwrap_or_default() } else { workshop.with_untracked(export_text) };
        if let Err(why) = offer_download(&name, &text) {
            let _ = window().alert_with_message(&why);
        }
    };
    view! {
        <div class="row-actions no-print">
            <button class="button-small" type="button" aria-keyshortcuts="Control+Z" disabled=move || !undo.can_undo() on:click=move |_| undo.step(true)>"Undo"</button>
            <button class="button-small" type="button" aria-keyshortcuts="Control+Shift+Z" disabled=move || !undo.can_redo() on:click=move |_| undo.step(false)>"Redo"</button>
            <button class="button-small" type="button" disabled=read_only aria-expanded=move || renaming.get().to_string() on:click=move |_| {
                renaming.update(|r| *r = !*r);
                focus_after_render(".rename input".into());
            }>"Rename"</button>
            <button class="button-small" type="button" on:click=download>"Download a copy"</button>
            <RoomButtons stage />
            <a class="button-small" href=Route::Workshop { id: id_for_share, step: Step::Share }.href() aria-current=move || (step.get() == Step::Share).then_some("page")>"Share and export"</a>
        </div>
        {move || renaming.get().then(|| view! {
            <div class="rename">
                <Field label=String::from("Workshop name") value=Signal::derive(move || workshop.with(|w| w.name.clone())) kind=FieldKind::Line write=workshop.writer(Workshop::rename) />
                <Field label=String::from("Organisation") value=Signal::derive(move || workshop.with(|w| w.organisation.clone())) kind=FieldKind::Line write=workshop.writer(Workshop::set_organisation) />
            </div>
        })}
    }
}

fn problem_banner(problem: SaveError, keeper: Keeper) -> impl IntoView {
    match problem {
        SaveError::ChangedElsewhere => view! {
            <div class="banner banner-warning" role="alert">
                <p>"This workshop was changed in another tab or window after this tab opened it. Nothing from this tab is saved until you choose:"</p>
                <div class="row-actions">
                    <button class="button-small" type="button" on:click=move |_| { let _ = window().location().reload(); }>"Load the newer version"</button>
                    <button class="button-small" type="button" on:click=move |_| keeper.take_over.run(())>"Keep this tab's version"</button>
                </div>
            </div>
        }
        .into_any(),
        SaveError::Storage(fault) => view! {
            <p class="banner banner-warning" role="alert">
                {format!("{fault} Your latest changes are kept in this tab but not saved: use “Download a copy” to keep them.")}
            </p>
        }
        .into_any(),
    }
}

pub(crate) fn step_hint(step: Step) -> &'static str {
    match step {
        Step::Familiarize => "Know what is measured",
        Step::Discuss => "Ask customers, without bias",
        Step::Determine => "Measure the right things",
        Step::Report => "Share the results",
        Step::Share => "Files, link, merge, next review",
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
