//! The session of one open workshop, apart from how it is shown: saving it
//! as people type (and never over another tab's newer save), undo and redo
//! with their keyboard shortcuts, and the tab's title.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use scorecard_core::history::History;
use scorecard_core::model::Workshop;
use scorecard_core::saved::stamp_of;

use super::library::{library_key, use_library, SaveError};
use super::route::Step;
use crate::ui::focus_nth_after_render;

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
pub fn keep_saved(id: String, workshop: RwSignal<Workshop>, stamp: String, read_only: bool) -> Keeper {
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
pub struct Undo {
    history: RwSignal<History<Workshop>>,
    workshop: RwSignal<Workshop>,
    /// Set while the workshop is put back, so that this is not recorded as a change.
    restoring: StoredValue<bool>,
    pub redrawn: RwSignal<u32>,
}

impl Undo {
    /// One step back (`true`) or forward (`false`).
    pub fn step(self, back: bool) {
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

    pub fn can_undo(self) -> bool {
        self.history.with(History::can_undo)
    }

    pub fn can_redo(self) -> bool {
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

pub fn undo_history(workshop: RwSignal<Workshop>, read_only: bool) -> Undo {
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
pub fn keep_document_title(workshop: RwSignal<Workshop>, step: Memo<Step>) {
    Effect::new(move |_| {
        let title = workshop.with(|w| format!("{} — {} — Scorecard Workshop", step.get().title(), w.name));
        document().set_title(&title);
    });
}
