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

use crate::app::session::OpenWorkshop;

/// The workshop's measure ids in order, the keys of every list of measures.
pub fn measure_ids(workshop: OpenWorkshop) -> Signal<Vec<u32>> {
    Signal::derive(move || workshop.with(|w| w.measures.iter().map(|m| m.id.0).collect()))
}
