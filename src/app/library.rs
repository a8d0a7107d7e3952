//! The workshops saved in this browser, each under its own storage key.
//! There is no separate index to drift out of step: the list is read from the
//! keys themselves.

use scorecard_core::model::Workshop;
use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::{self, LoadError, SavedWorkshop};

use crate::browser::clock::now_iso;
use crate::browser::storage::{Shelf, StorageFault};

const WORKSHOP_PREFIX: &str = "scorecard-workshop:workshop:";
/// Set once the sample has been offered, so that deleting it is respected.
const SAMPLE_OFFERED_KEY: &str = "scorecard-workshop:sample-offered";
pub const SAMPLE_ID: &str = "sample";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the home view shows of a saved workshop without opening it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    pub id: String,
    pub saved_at: String,
    pub content: Result<WorkshopOverview, LoadError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopOverview {
    pub name: String,
    pub organisation: String,
    pub measures: usize,
    pub customers: usize,
    pub conversations: usize,
}

pub struct Library {
    shelf: Shelf,
}

impl Library {
    pub fn new(shelf: Shelf) -> Library {
        Library { shelf }
    }

    pub fn storage_fault(&self) -> Option<&StorageFault> {
        self.shelf.fault()
    }

    /// Every saved workshop, the most recently saved first; one that cannot
    /// be read is listed with the reason instead of being hidden.
    pub fn list(&self) -> Vec<Listing> {
        let mut listings: Vec<Listing> = self
            .shelf
            .keys_with_prefix(WORKSHOP_PREFIX)
            .into_iter()
            .filter_map(|key| {
                let id = key[WORKSHOP_PREFIX.len()..].to_owned();
                let loaded = saved::decode(&self.shelf.read(&key)?);
                Some(Listing {
                    saved_at: loaded.as_ref().map(|s| s.saved_at.clone()).unwrap_or_default(),
                    content: loaded.map(|s| overview(&s.workshop)),
                    id,
                })
            })
            .collect();
        listings.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
        listings
    }

    /// `None` when nothing is saved under `id`.
    pub fn load(&self, id: &str) -> Option<Result<SavedWorkshop, LoadError>> {
        self.shelf.read(&key_for(id)).map(|text| saved::decode(&text))
    }

    pub fn save(&self, id: &str, workshop: &Workshop) -> Result<(), StorageFault> {
        self.shelf.write(&key_for(id), &saved::encode(workshop, APP_VERSION, &now_iso()))
    }

    /// Saves the sample at the very first visit and says so; later visits,
    /// even after the sample was deleted, get `false`.
    pub fn offer_sample_once(&self) -> Result<bool, StorageFault> {
        if self.shelf.read(SAMPLE_OFFERED_KEY).is_some() {
            return Ok(false);
        }
        self.save(SAMPLE_ID, &sample_workshop())?;
        self.shelf.write(SAMPLE_OFFERED_KEY, "1")?;
        Ok(true)
    }
}

fn key_for(id: &str) -> String {
    format!("{WORKSHOP_PREFIX}{id}")
}

fn overview(workshop: &Workshop) -> WorkshopOverview {
    WorkshopOverview {
        name: workshop.name.clone(),
        organisation: workshop.organisation.clone(),
        measures: workshop.measures.len(),
        customers: workshop.customers.len(),
        conversations: workshop.conversations.len(),
    }
}
