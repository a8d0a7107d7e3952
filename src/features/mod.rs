//! One module per view. Each step module owns the pieces of its view; the
//! report assembles those same pieces instead of drawing them again.

pub mod determine;
pub mod discuss;
pub mod familiarize;
pub mod home;
pub mod report;
pub mod room;
pub mod sample_notice;
pub mod share;
pub mod shared;
pub mod workshop;

use leptos::prelude::*;
use scorecard_core::model::Workshop;

/// Runs one edit on the workshop. When the core refuses it, the workshop is
/// left untouched — nothing is saved or redrawn — and the reason is returned.
/// The edit is a `dyn Fn` so that this body and the signal update inside it
/// are compiled once, not once per caller.
pub fn try_edit(workshop: RwSignal<Workshop>, edit: &dyn Fn(&mut Workshop) -> Result<(), String>) -> Result<(), String> {
    let mut outcome = Ok(());
    workshop.maybe_update(|w| {
        outcome = edit(w);
        outcome.is_ok()
    });
    outcome
}

/// A `Field`'s writer for one kind of edit, given the text typed.
pub fn writer(
    workshop: RwSignal<Workshop>,
    edit: impl Fn(&mut Workshop, &str) -> Result<(), String> + Send + Sync + 'static,
) -> Callback<String, Result<(), String>> {
    boxed_writer(workshop, Box::new(edit))
}

/// An edit of the workshop from the text typed in a field.
type TextEdit = dyn Fn(&mut Workshop, &str) -> Result<(), String> + Send + Sync;

/// `writer` without its type parameter, so that the callback is compiled once
/// for every field instead of once per call site.
fn boxed_writer(workshop: RwSignal<Workshop>, edit: Box<TextEdit>) -> Callback<String, Result<(), String>> {
    Callback::new(move |text: String| try_edit(workshop, &|w| edit(w, &text)))
}
