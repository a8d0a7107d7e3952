//! The session of one open workshop, apart from how it is shown: the one
//! way to change it, saving it as people type (and never over another tab's
//! newer save), undo and redo with their keyboard shortcuts, and the tab's
//! title.

use std::panic::Location;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::traits::{DefinedAt, ReadUntracked, Track};
use scorecard_core::edit::EditError;
use scorecard_core::history::History;
use scorecard_core::model::Workshop;
use scorecard_core::saved::stamp_of;

use super::library::{library_key, use_library, SaveError};
use super::route::Step;

/// The open workshop as every view sees it: read like a signal, changed only
/// through `edit`. A refused edit changes nothing — no save, no undo step —
/// and comes back to the view that tried it, to show where it was made. (The
/// core's edits leave the workshop as it was when they refuse:
/// `core/tests/refused_edits.rs`.)
#[derive(Clone, Copy)]
pub struct OpenWorkshop(RwSignal<Workshop>);

impl OpenWorkshop {
    /// Runs one edit. The edit is a `dyn FnMut` so that this body and the
    /// signal update inside it are compiled once, not once per caller.
    pub fn edit(self, edit: &mut dyn FnMut(&mut Workshop) -> Result<(), EditError>) -> Result<(), EditError> {
        let mut outcome = Ok(());
        self.0.maybe_update(|w| {
            outcome = edit(w);
            outcome.is_ok()
        });
        outcome
    }

    /// One text of the workshop, as a field shows it: following every change.
    pub fn text(self, read: impl Fn(&Workshop) -> String + Send + Sync + 'static) -> Signal<String> {
        Signal::derive(move || self.0.with(&read))
    }

    /// A `Field`'s writer: one kind of edit, given the text typed.
    pub fn writer(self, edit: impl Fn(&mut Workshop, &str) -> Result<(), EditError> + Send + Sync + 'static) -> Callback<String, Result<(), EditError>> {
        self.boxed_writer(Box::new(edit))
    }

    /// `writer` without its type parameter, compiled once for every field.
    fn boxed_writer(self, edit: Box<TextEdit>) -> Callback<String, Result<(), EditError>> {
        Callback::new(move |text: String| self.edit(&mut |w| edit(w, &text)))
    }
}

/// What a view says after an edit: why it was refused, or nothing.
pub fn refusal(outcome: Result<(), EditError>) -> String {
    outcome.err().map(|e| e.to_string()).unwrap_or_default()
}

type TextEdit = dyn Fn(&mut Workshop, &str) -> Result<(), EditError> + Send + Sync;

// Reading: `with`, `get`, `track` and the untracked forms, as on the signal.
impl DefinedAt for OpenWorkshop {
    fn defined_at(&self) -> Option<&'static Location<'static>> {
        self.0.defined_at()
    }
}

impl Track for OpenWorkshop {
    fn track(&self) {
        self.0.track();
    }
}

impl ReadUntracked for OpenWorkshop {
    type Value = <RwSignal<Workshop> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.0.try_read_untracked()
    }
}

/// Opens a workshop for editing: the handle views get, with the undo history
/// that alone sets it without an edit.
pub fn begin_session(workshop: Workshop, read_only: bool) -> (OpenWorkshop, Undo) {
    let state = RwSignal::new(workshop);
    (OpenWorkshop(state), undo_history(state, read_only))
}

/// How long after the last change the workshop is saved: within the half
/// second the product promises, and long enough that typing a word saves once.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// The saving of one open workshop: whether all is saved, what stands in
/// the way if not, and the way out after another tab saved it.
#[derive(Clone, Copy)]
pub struct Keeper {
    pub saved: RwSignal<bool>,
    pub problem: RwSignal<Option<SaveError>>,
    /// After another tab saved: this tab's version wins, knowingly.
    pub take_over: Callback<()>,
}

/// Saves the workshop `SAVE_DELAY` after the last change, and at once when
/// the page is hidden or closed or the workshop is left, so that nothing
/// typed is lost; never over a newer save from another tab, which is noticed
/// as it happens (a storage event) or at the latest when saving (its stamp).
pub fn keep_saved(id: String, workshop: OpenWorkshop, stamp: String, read_only: bool) -> Keeper {
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
/// of every editor. They set the workshop and nothing else: fields show the
/// workshop, so open editors stay open and the focus stays where it was.
#[derive(Clone, Copy)]
pub struct Undo {
    history: RwSignal<History<Workshop>>,
    workshop: RwSignal<Workshop>,
    /// Set while the workshop is put back, so that this is not recorded as a change.
    restoring: StoredValue<bool>,
}

impl Undo {
    /// One step back (`true`) or forward (`false`).
    pub fn step(self, back: bool) {
        let current = self.workshop.get_untracked();
        let target = self.history.try_update(|h| if back { h.undo(current) } else { h.redo(current) }).flatten();
        let Some(target) = target else { return };
        self.restoring.set_value(true);
        self.workshop.set(target);
    }

    pub fn can_undo(self) -> bool {
        self.history.with(History::can_undo)
    }

    pub fn can_redo(self) -> bool {
        self.history.with(History::can_redo)
    }
}

fn undo_history(workshop: RwSignal<Workshop>, read_only: bool) -> Undo {
    let undo = Undo { history: RwSignal::new(History::default()), workshop, restoring: StoredValue::new(false) };
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
pub fn keep_document_title(workshop: OpenWorkshop, step: Memo<Step>) {
    Effect::new(move |_| {
        let title = workshop.with(|w| format!("{} — {} — Scorecard Workshop", step.get().title(), w.name));
        document().set_title(&title);
    });
}
