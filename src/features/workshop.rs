//! One open workshop: its name and toolbar (undo, redo, rename, download),
//! the step navigation and the current step; and keeping it safe: autosave,
//! the notice when another tab saved it, read-only for a newer version's file.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use scorecard_core::history::History;
use scorecard_core::model::Workshop;
use scorecard_core::saved::stamp_of;

use crate::app::library::{export_text, library_key, offer_download, SaveError};
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::features::familiarize::{provide_inventory_checks, Familiarize};
use crate::features::room::{PresenterView, RoomButtons, Stage};
use crate::features::writer;
use crate::features::{determine::Determine, discuss::Discuss, report::Report, share::SharePage};
use crate::ui::{focus_after_render, focus_nth_after_render, Field, FieldKind};

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
            let workshop = RwSignal::new(saved.workshop);
            provide_inventory_checks(workshop);
            let stage = RwSignal::new(Stage::new());
            // A memo, so that moving through the deck does not draw the presenter view anew.
            let room_shown = Memo::new(move |_| stage.with(|s| s.presenting || s.audience));
            keep_document_title(workshop, step);
            let keeper = keep_saved(id.clone(), workshop, saved.stamp, read_only);
            let undo = undo_history(workshop, read_only);
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
                        {move || {
                            undo.redrawn.track();
                            match step.get() {
                                Step::Familiarize => view! { <Familiarize workshop /> }.into_any(),
                                Step::Discuss => view! { <Discuss workshop /> }.into_any(),
                                Step::Determine => view! { <Determine workshop /> }.into_any(),
                                Step::Report => view! { <Report workshop /> }.into_any(),
                                Step::Share => view! { <SharePage id=share_id.get_value() workshop /> }.into_any(),
                            }
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
fn Toolbar(id: String, step: Memo<Step>, workshop: RwSignal<Workshop>, undo: Undo, read_only: bool, stage: RwSignal<Stage>) -> impl IntoView {
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
        // Drawn again after undo and redo, like the step, to show the name they put back.
        {move || {
            undo.redrawn.track();
            renaming.get().then(|| view! {
                <div class="rename">
                    <Field label=String::from("Workshop name") value=workshop.with_untracked(|w| w.name.clone()) kind=FieldKind::Line write=writer(workshop, Workshop::rename) />
                    <Field label=String::from("Organisation") value=workshop.with_untracked(|w| w.organisation.clone()) kind=FieldKind::Line write=writer(workshop, Workshop::set_organisation) />
                </div>
            })
        }}
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

/// How long after the last change the workshop is saved: within the half
/// second the product promises, and long enough that typing a word saves once.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// The saving of one open workshop: whether all is saved, what stands in
/// the way if not, and the way out after another tab saved it.
#[derive(Clone, Copy)]
struct Keeper {
    saved: RwSignal<bool>,
    problem: RwSignal<Option<SaveError>>,
    /// After another tab saved: this tab's version wins, knowingly.
    take_over: Callback<()>,
}

/// Saves the workshop `SAVE_DELAY` after the last change, and at once when
/// the page is hidden or closed or the workshop is left, so that nothing
/// typed is lost; never over a newer save from another tab, which is noticed
/// as it happens (a storage event) or at the latest when saving (its stamp).
fn keep_saved(id: String, workshop: RwSignal<Workshop>, stamp: String, read_only: bool) -> Keeper {
    let library = use_library();
    let saved = RwSignal::new(true);
    let problem = RwSignal::new(None);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let key_stamp = StoredValue::new(stamp);
    let id = StoredValue::new(id);
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let save_now = Callback::new(move |()| {
        cancel_pending();
        if saved.get_untracked() || read_only {
            return;
        }
        let outcome = library.with_value(|l| id.with_value(|id| key_stamp.with_value(|stamp| workshop.with_untracked(|w| l.save(id, w, stamp)))));
        match outcome {
            Ok(stamp) => {
                key_stamp.set_value(stamp);
                saved.set(true);
                problem.set(None);
            }
            Err(error) => problem.set(Some(error)),
        }
    });
    Effect::new(move |already_ran: Option<()>| {
        workshop.track();
        if already_ran.is_some() && !read_only {
            if saved.get_untracked() {
                saved.set(false);
            }
            cancel_pending();
            pending.set_value(set_timeout_with_handle(move || save_now.run(()), SAVE_DELAY).ok());
        }
    });
    let on_other_tab = window_event_listener(ev::storage, move |event| {
        // Another workshop's save is none of this tab's business: its text is not read.
        if !id.with_value(|id| event.key() == Some(library_key(id))) {
            return;
        }
        let still_ours = event.new_value().is_some_and(|text| key_stamp.with_value(|stamp| stamp_of(&text).as_deref() == Ok(stamp)));
        if !still_ours {
            problem.set(Some(SaveError::ChangedElsewhere));
        }
    });
    let on_hide = window_event_listener(ev::pagehide, move |_| save_now.run(()));
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            save_now.run(());
        }
    });
    on_cleanup(move || {
        save_now.run(());
        on_other_tab.remove();
        on_hide.remove();
        on_hidden.remove();
    });
    let take_over = Callback::new(move |()| {
        key_stamp.set_value(library.with_value(|l| id.with_value(|id| l.stored_stamp(id))));
        problem.set(None);
        saved.set(false);
        save_now.run(());
    });
    Keeper { saved, problem, take_over }
}

/// Undo and redo over the workshop's history, with the keyboard shortcuts
/// of every editor. The step view is drawn again after each, since its
/// fields hold their own text while it is typed.
#[derive(Clone, Copy)]
struct Undo {
    history: RwSignal<History<Workshop>>,
    workshop: RwSignal<Workshop>,
    /// Set while the workshop is put back, so that this is not recorded as a change.
    restoring: StoredValue<bool>,
    redrawn: RwSignal<u32>,
}

impl Undo {
    /// One step back (`true`) or forward (`false`).
    fn step(self, back: bool) {
        let current = self.workshop.get_untracked();
        let target = self.history.try_update(|h| if back { h.undo(current) } else { h.redo(current) }).flatten();
        let Some(target) = target else { return };
        // The control that had the focus is drawn again: the focus goes to its new self.
        let place = focused_place();
        self.restoring.set_value(true);
        self.workshop.set(target);
        self.redrawn.update(|n| *n += 1);
        if let Some(index) = place {
            focus_nth_after_render(REDRAWN_CONTROLS.into(), index);
        }
    }

    fn can_undo(self) -> bool {
        self.history.with(History::can_undo)
    }

    fn can_redo(self) -> bool {
        self.history.with(History::can_redo)
    }
}

/// Every control drawn again after undo and redo: the step's and the rename fields.
const REDRAWN_CONTROLS: &str = ".workshop :is(input, select, textarea, button)";

fn focused_place() -> Option<u32> {
    let active = document().active_element()?;
    let all = document().query_selector_all(REDRAWN_CONTROLS).ok()?;
    let active: &web_sys::Node = &active;
    (0..all.length()).find(|&i| all.item(i).is_some_and(|node| node == *active))
}

fn undo_history(workshop: RwSignal<Workshop>, read_only: bool) -> Undo {
    let undo = Undo { history: RwSignal::new(History::default()), workshop, restoring: StoredValue::new(false), redrawn: RwSignal::new(0) };
    // Each change needs the state before it, so the state after each change
    // is kept (a clone) until the next one.
    Effect::new(move |before: Option<Workshop>| {
        let now = workshop.get();
        if let Some(before) = before {
            if !undo.restoring.get_value() {
                undo.history.update(|h| h.record(before, js_sys::Date::now()));
            }
        }
        undo.restoring.set_value(false);
        now
    });
    let shortcuts = window_event_listener(ev::keydown, move |event| {
        let key = event.key();
        let redo = match key.as_str() {
            "z" | "Z" => event.shift_key(),
            "y" => true,
            _ => return,
        };
        if (event.ctrl_key() || event.meta_key()) && !read_only {
            event.prevent_default();
            undo.step(!redo);
        }
    });
    on_cleanup(move || shortcuts.remove());
    undo
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
