//! Step 1: build the inventory of the scorecard as it is today, with the
//! facilitator's checks and a chart of emphasis against understanding.
//!
//! The page owns which measure is open in the editor and the last notice;
//! the workshop itself belongs to the workshop page.

mod catalogue;
mod editor;
mod inventory;
mod summary;

use leptos::prelude::*;
use scorecard_core::checks::{duplicate_keys, duplicate_pairs, inventory_checks_with, Check};
use scorecard_core::model::{Measure, MeasureId};

use crate::app::session::{refusal, OpenWorkshop};
use crate::ui::{focus_after_render, PageHeading};
use catalogue::AddMeasures;
use editor::MeasureEditor;
use inventory::{DeletedMeasures, InventoryTable};
use summary::{ChecksSummary, InventorySummary, UnderstandingFigure};

/// What the step's parts share: the workshop, the measure being edited and a
/// notice that a screen reader reads out after an action.
#[derive(Clone, Copy)]
pub struct InventoryPage {
    pub workshop: OpenWorkshop,
    pub editing: RwSignal<Option<MeasureId>>,
    pub notice: RwSignal<String>,
}

impl InventoryPage {
    fn name_of(&self, id: MeasureId) -> String {
        self.workshop.with_untracked(|w| w.measure(id).map(|m| m.name.clone()).unwrap_or_default())
    }

    /// Adds a measure (with a fresh id), says so and opens it in the editor.
    fn add(&self, measure: Measure, notice: String) {
        let mut added = None;
        // Adding a measure is never refused.
        let _ = self.workshop.edit(&mut |w| {
            added = Some(w.add_measure(|id| Measure { id, ..measure.clone() }));
            Ok(())
        });
        if let Some(id) = added {
            self.notice.set(notice);
            self.edit(id);
        }
    }

    /// Deletes a measure (to "Recently deleted") and says so, or why not.
    fn delete(&self, id: MeasureId) {
        let name = self.name_of(id);
        self.notice.set(match self.workshop.edit(&mut |w| w.delete_measure(id)) {
            Ok(()) => {
                if self.editing.get_untracked() == Some(id) {
                    self.editing.set(None);
                }
                format!("Deleted “{name}”. Restore it from “Recently deleted” below.")
            }
            Err(why) => why.to_string(),
        });
    }

    /// Moves a measure one place up (`-1`) or down, or says why not.
    fn shift(&self, id: MeasureId, step: isize) {
        self.notice.set(refusal(self.workshop.edit(&mut |w| w.move_measure(id, step))));
    }

    /// Opens a measure in the editor and puts the cursor in its name.
    fn edit(&self, id: MeasureId) {
        self.editing.set(Some(id));
        focus_after_render(".editor input".into());
    }
}

/// The checks of the open workshop's inventory, computed once per change
/// however many views show them.
#[derive(Clone, Copy)]
struct InventoryChecks(Memo<Vec<Vec<Check>>>);

pub fn provide_inventory_checks(workshop: OpenWorkshop) {
    // Comparing every pair of names is the costly part: it reruns only when a
    // name or formula changes (measured: rating-change latency on 60 measures).
    let keys = Memo::new(move |_| workshop.with(duplicate_keys));
    let pairs = Memo::new(move |_| keys.with(|keys| duplicate_pairs(keys)));
    let checks = Memo::new(move |_| workshop.with(|w| pairs.with(|pairs| inventory_checks_with(w, pairs))));
    provide_context(InventoryChecks(checks));
}

fn use_checks() -> Memo<Vec<Vec<Check>>> {
    expect_context::<InventoryChecks>().0
}

// The heading of the view a first visit lands on, which the page also shows
// before the app has loaded (`crate::first_paint`).
pub const EYEBROW: &str = "Step 1";
pub const TITLE: &str = "Familiarize: know what is measured";
pub const LEDE: &str = "The scorecard as it is today: what each measure asks or counts, where the figure comes from, who owns it and which decision it drives.";

#[component]
pub fn Familiarize(workshop: OpenWorkshop) -> impl IntoView {
    let inventory = InventoryPage { workshop, editing: RwSignal::new(None), notice: RwSignal::new(String::new()) };
    // Open while its measure is there: undoing its adding closes it, redo opens it again.
    let edited = Memo::new(move |_| inventory.editing.get().filter(|id| workshop.with(|w| w.measure(*id).is_some())).map(|id| id.0));
    view! {
        <section class="page">
            <PageHeading eyebrow=EYEBROW.into() title=TITLE lede=LEDE />
            <InventorySummary workshop />
            <AddMeasures inventory />
            <p class="notice" role="status">{move || inventory.notice.get()}</p>
            {move || edited.get().map(|id| view! { <MeasureEditor inventory id=MeasureId(id) /> })}
            <InventoryTable inventory />
            <DeletedMeasures inventory />
            <h2>"Step summary"</h2>
            <ChecksSummary workshop />
            <UnderstandingFigure workshop />
        </section>
    }
}
