//! The workshops saved in this browser, each under its own storage key.
//! There is no separate index to drift out of step: the lists are read from
//! the keys themselves. A deleted workshop moves to a key of its own until it
//! is restored or deleted for good.

use leptos::prelude::*;
use scorecard_core::workshops::{file_name, WORKSHOP_FILE};
use scorecard_core::model::Workshop;
use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::{self, LoadError, SavedWorkshop};

use crate::browser::clock::{new_id, now_iso, today};
use crate::browser::files::download;
use crate::browser::ondemand::ask;
use crate::browser::storage::{Shelf, StorageFault};

use super::route::{Route, Step};

/// The library lives outside the reactive graph (storage is not reactive);
/// views reach it through this handle.
pub type LibraryHandle = StoredValue<Library, LocalStorage>;

pub fn use_library() -> LibraryHandle {
    expect_context::<LibraryHandle>()
}

/// Opens a workshop of the library at step 1.
pub fn open_workshop(id: String) {
    let _ = window().location().set_hash(&Route::Workshop { id, step: Step::Familiarize }.href());
}

/// Saves an empty workshop in this browser and opens it at step 1.
pub fn start_workshop(name: &str, organisation: &str) -> Result<(), String> {
    let workshop = Workshop::blank(name, organisation)?;
    open_workshop(use_library().with_value(|l| l.create(&workshop)).map_err(|fault| fault.to_string())?);
    Ok(())
}

const APP_PREFIX: &str = "scorecard-workshop:";
const WORKSHOP_PREFIX: &str = "scorecard-workshop:workshop:";
const DELETED_PREFIX: &str = "scorecard-workshop:deleted:";
/// Where the raw text of a workshop that cannot be read is copied, so that
/// no later write can lose what may still be recovered from it.
const BACKUP_PREFIX: &str = "scorecard-workshop:backup:";
/// Set once the sample has been offered, so that deleting it is respected.
pub(crate) const SAMPLE_OFFERED_KEY: &str = "scorecard-workshop:sample-offered";
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
    pub from_newer_app: bool,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Storage(StorageFault),
    /// Another tab saved this workshop after this tab loaded or last saved
    /// it; writing now would silently throw that work away.
    ChangedElsewhere,
}

impl From<StorageFault> for SaveError {
    fn from(fault: StorageFault) -> Self {
        SaveError::Storage(fault)
    }
}

/// Which of the two lists a workshop is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelved {
    Current,
    Deleted,
}

impl Shelved {
    fn prefix(self) -> &'static str {
        match self {
            Shelved::Current => WORKSHOP_PREFIX,
            Shelved::Deleted => DELETED_PREFIX,
        }
    }

    fn key(self, id: &str) -> String {
        format!("{}{id}", self.prefix())
    }
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

    /// The workshops of one list, the most recently saved first. One that
    /// cannot be read is listed with the reason instead of being hidden, and
    /// its raw text is copied to a backup key the first time it is seen.
    pub fn list(&self, shelved: Shelved) -> Vec<Listing> {
        let prefix = shelved.prefix();
        let mut listings: Vec<Listing> = self
            .shelf
            .keys_with_prefix(prefix)
            .into_iter()
            .filter_map(|key| {
                let id = key[prefix.len()..].to_owned();
                let text = self.shelf.read(&key)?;
                let loaded = saved::decode(&text);
                if loaded.as_ref().is_err_and(|e| !matches!(e, LoadError::NewerSchema { .. })) {
                    self.back_up(&id, &text);
                }
                Some(Listing {
                    saved_at: loaded.as_ref().map(|s| s.saved_at.clone()).unwrap_or_default(),
                    content: loaded.map(|s| overview(&s)),
                    id,
                })
            })
            .collect();
        listings.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
        listings
    }

    fn back_up(&self, id: &str, text: &str) {
        let key = backup_key(id);
        if self.shelf.read(&key).is_none() {
            // If even this fails (a full quota) the original is still untouched.
            let _ = self.shelf.write(&key, text);
        }
    }

    /// The text kept for a workshop that cannot be read: the backup copy, or
    /// the stored text itself (in either list) if no backup could be written.
    pub fn raw_text(&self, id: &str) -> Option<String> {
        [backup_key(id), Shelved::Current.key(id), Shelved::Deleted.key(id)].iter().find_map(|key| self.shelf.read(key))
    }

    /// `None` when nothing is saved under `id`.
    pub fn load(&self, id: &str) -> Option<Result<SavedWorkshop, LoadError>> {
        self.text(id).map(|text| saved::decode(&text))
    }

    /// A workshop's saved text as it is stored: what a download must give
    /// for a newer version's file, which this app cannot write back whole.
    pub fn text(&self, id: &str) -> Option<String> {
        self.shelf.read(&Shelved::Current.key(id))
    }

    /// Saves over the copy this tab last loaded or saved, whose stamp is
    /// `expected_stamp`, and returns the new stamp. Refuses when the stored
    /// copy has another stamp: another tab saved in between.
    pub fn save(&self, id: &str, workshop: &Workshop, expected_stamp: &str) -> Result<String, SaveError> {
        let key = Shelved::Current.key(id);
        if let Some(stored) = self.shelf.read(&key) {
            if saved::stamp_of(&stored).as_deref() != Ok(expected_stamp) {
                return Err(SaveError::ChangedElsewhere);
            }
        }
        Ok(self.write(&key, workshop)?)
    }

    /// The stamp of the stored copy, for a tab that takes over after
    /// another one saved.
    pub fn stored_stamp(&self, id: &str) -> String {
        self.shelf.read(&Shelved::Current.key(id)).and_then(|text| saved::stamp_of(&text).ok()).unwrap_or_default()
    }

    fn write(&self, key: &str, workshop: &Workshop) -> Result<String, StorageFault> {
        let stamp = new_id();
        self.shelf.write(key, &saved::encode(workshop, APP_VERSION, &now_iso(), &stamp))?;
        Ok(stamp)
    }

    /// Saves a new workshop under a new id and returns the id.
    pub fn create(&self, workshop: &Workshop) -> Result<String, StorageFault> {
        let id = new_id();
        self.write(&Shelved::Current.key(&id), workshop)?;
        Ok(id)
    }

    /// Saves a downloaded workshop file under a new id and returns the id.
    /// The text is kept as it is, once it reads as a workshop: a file from a
    /// newer version then stays that version's, and opens read-only.
    pub fn import(&self, text: &str) -> Result<String, String> {
        saved::decode(text).map_err(|e| e.to_string())?;
        let id = new_id();
        self.shelf.write(&Shelved::Current.key(&id), text).map_err(|f| f.to_string())?;
        Ok(id)
    }

    /// Moves a workshop to the other list: deleting and restoring are the
    /// same move in opposite directions, so a deletion loses nothing. The
    /// original is removed before the copy is written, so that a move needs
    /// no room a full quota lacks; if the write fails anyway, the original
    /// is put back. If the other list already has this id (another tab saved
    /// the workshop again after it was deleted here), the moved copy gets a
    /// new id: both are kept.
    pub fn shelve(&self, id: &str, to: Shelved) -> Result<(), String> {
        let from = if to == Shelved::Current { Shelved::Deleted } else { Shelved::Current };
        let Some(text) = self.shelf.read(&from.key(id)) else { return Ok(()) };
        let target = if self.shelf.read(&to.key(id)).is_some() { to.key(&new_id()) } else { to.key(id) };
        self.shelf.remove(&from.key(id));
        self.shelf.write(&target, &text).map_err(|fault| {
            // The key was freed just now, so the same text fits again.
            let _ = self.shelf.write(&from.key(id), &text);
            fault.to_string()
        })
    }

    /// Removes a deleted workshop, and any backup of it, for good.
    pub fn delete_for_good(&self, id: &str) {
        self.shelf.remove(&Shelved::Deleted.key(id));
        self.shelf.remove(&backup_key(id));
    }

    /// How much of the browser's storage the app uses, in UTF-16 code
    /// units (the unit of the localStorage quota), keys included.
    pub fn used_units(&self) -> usize {
        self.shelf
            .keys_with_prefix(APP_PREFIX)
            .iter()
            .map(|key| key.encode_utf16().count() + self.shelf.read(key).map_or(0, |v| v.encode_utf16().count()))
            .sum()
    }

    /// Saves the sample at the very first visit and says so; later visits,
    /// even after the sample was deleted, get `false`.
    pub fn offer_sample_once(&self) -> Result<bool, StorageFault> {
        if self.shelf.read(SAMPLE_OFFERED_KEY).is_some() {
            return Ok(false);
        }
        self.write(&Shelved::Current.key(SAMPLE_ID), &sample_workshop())?;
        self.shelf.write(SAMPLE_OFFERED_KEY, "1")?;
        Ok(true)
    }
}

/// Checks a file or link text in the on-demand module and saves it as a new
/// workshop in this browser, never over an existing one; `done` hears the
/// new workshop's id or why it was refused.
pub fn import_as_new(library: LibraryHandle, text: &str, done: impl FnOnce(Result<String, String>) + 'static) {
    // The copy's own id range (see `Workshop::fork_ids`).
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    ask("import", &[text, &random.to_string(), &now_iso()], move |checked| {
        done(checked.and_then(|stored| library.with_value(|l| l.import(&stored))));
    });
}

/// The text of a workshop as a file, in the saved format, to keep outside
/// the browser.
pub fn export_text(workshop: &Workshop) -> String {
    saved::encode(workshop, APP_VERSION, &now_iso(), "")
}

/// The workshop as the on-demand module reads it: the saved format without
/// a save time, so that the same workshop is always the same text.
pub fn module_text(workshop: &Workshop) -> String {
    saved::encode(workshop, APP_VERSION, "", "")
}

/// Offers a workshop's saved `text` for download as a file named after it.
pub fn offer_download(workshop_name: &str, text: &str) -> Result<(), String> {
    offer_file(workshop_name, WORKSHOP_FILE, "application/json", text)
}

/// Offers `text` for download as a file named after the workshop, today's
/// date and `what` it is (e.g. `-measures.csv`).
pub fn offer_file(workshop_name: &str, what: &str, mime: &str, text: &str) -> Result<(), String> {
    if download(&file_name(workshop_name, &today(), what), mime, text) {
        Ok(())
    } else {
        Err("The browser did not start the download.".into())
    }
}

fn backup_key(id: &str) -> String {
    format!("{BACKUP_PREFIX}{id}")
}

/// The storage key of a workshop, to recognise its storage events.
pub fn library_key(id: &str) -> String {
    Shelved::Current.key(id)
}

fn overview(saved: &SavedWorkshop) -> WorkshopOverview {
    let workshop = &saved.workshop;
    WorkshopOverview {
        name: workshop.name.clone(),
        organisation: workshop.organisation.clone(),
        measures: workshop.measures.len(),
        customers: workshop.customers.len(),
        conversations: workshop.conversations.len(),
        from_newer_app: saved.is_from_newer_app(),
    }
}
