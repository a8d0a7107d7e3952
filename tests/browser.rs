//! The browser layer against the real APIs of headless Chromium:
//! `make test-browser` runs these with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use scorecard_core::model::Workshop;
use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::{self, LoadError, SCHEMA_VERSION};
use scorecard_workshop::app::library::{Library, SaveError, Shelved, SAMPLE_ID};
use scorecard_workshop::browser::storage::{classify_write_error, Shelf, StorageFault};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn shelf_uses_the_real_local_storage() {
    local_storage().clear().unwrap();
    let shelf = Shelf::open();
    assert_eq!(shelf.fault(), None);
    shelf.write("scorecard-workshop:test", "<script>x</script> ünïcode").unwrap();
    assert_eq!(
        local_storage().get_item("scorecard-workshop:test").unwrap().as_deref(),
        Some("<script>x</script> ünïcode")
    );
    assert_eq!(shelf.keys_with_prefix("scorecard-workshop:"), vec!["scorecard-workshop:test".to_owned()]);
    shelf.remove("scorecard-workshop:test");
    assert_eq!(shelf.read("scorecard-workshop:test"), None);
    // The write probe leaves nothing behind.
    assert_eq!(local_storage().length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn a_full_quota_is_named_as_such() {
    local_storage().clear().unwrap();
    let shelf = Shelf::open();
    let chunk = "x".repeat(1 << 20);
    let mut outcome = Ok(());
    for i in 0..64 {
        outcome = shelf.write(&format!("scorecard-workshop:fill:{i}"), &chunk);
        if outcome.is_err() {
            break;
        }
    }
    local_storage().clear().unwrap();
    assert_eq!(outcome, Err(StorageFault::QuotaExceeded));
}

#[wasm_bindgen_test]
fn sample_is_offered_once_and_deleting_it_is_respected() {
    local_storage().clear().unwrap();
    let library = Library::new(Shelf::open());
    assert_eq!(library.offer_sample_once(), Ok(true));
    let saved = library.load(SAMPLE_ID).unwrap().unwrap();
    assert_eq!(saved.workshop, sample_workshop());
    assert_eq!(library.list(Shelved::Current).len(), 1);

    local_storage().remove_item(&format!("scorecard-workshop:workshop:{SAMPLE_ID}")).unwrap();
    let reopened = Library::new(Shelf::open());
    assert_eq!(reopened.offer_sample_once(), Ok(false));
    assert!(reopened.list(Shelved::Current).is_empty());
}

#[wasm_bindgen_test]
fn a_corrupt_entry_is_listed_with_its_reason_not_hidden() {
    local_storage().clear().unwrap();
    local_storage().set_item("scorecard-workshop:workshop:broken", "{\"schema\": 1, \"work").unwrap();
    let library = Library::new(Shelf::open());
    let listed = library.list(Shelved::Current);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, "broken");
    assert!(matches!(listed[0].content, Err(LoadError::NotJson(_))));
    // The raw text is untouched, and copied to a backup key that no save touches.
    let stored = |key: &str| local_storage().get_item(key).unwrap();
    assert_eq!(stored("scorecard-workshop:workshop:broken").as_deref(), Some("{\"schema\": 1, \"work"));
    assert_eq!(stored("scorecard-workshop:backup:broken").as_deref(), Some("{\"schema\": 1, \"work"));
    assert_eq!(library.raw_text("broken").as_deref(), Some("{\"schema\": 1, \"work"));
    // Deleting it keeps both: it can be restored, and the backup stays until deleted for good.
    library.shelve("broken", Shelved::Deleted).unwrap();
    assert!(library.list(Shelved::Current).is_empty());
    assert_eq!(stored("scorecard-workshop:deleted:broken").as_deref(), Some("{\"schema\": 1, \"work"));
    library.delete_for_good("broken");
    assert_eq!(local_storage().length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn memory_shelf_keeps_work_for_the_life_of_the_tab() {
    let library = Library::new(Shelf::in_memory(Some(StorageFault::Unavailable("blocked".into()))));
    assert!(library.storage_fault().is_some());
    assert_eq!(library.offer_sample_once(), Ok(true));
    assert_eq!(library.list(Shelved::Current).len(), 1);
    let id = library.create(&Workshop::blank("In memory", "").unwrap()).unwrap();
    library.shelve(&id, Shelved::Deleted).unwrap();
    assert_eq!(library.list(Shelved::Deleted).len(), 1);
    library.shelve(&id, Shelved::Current).unwrap();
    assert_eq!(library.list(Shelved::Current).len(), 2);
    assert!(library.used_units() > 0);
}

/// A library on an emptied localStorage, holding the sample under a new id.
fn library_with_the_sample() -> (Library, String) {
    local_storage().clear().unwrap();
    let library = Library::new(Shelf::open());
    let id = library.create(&sample_workshop()).unwrap();
    (library, id)
}

/// Fills localStorage to the last character, so that any write that needs
/// more room fails: big chunks first, then smaller, then single characters.
fn fill_storage() {
    for (size, prefix) in [(256 * 1024, "filler"), (1024, "piece"), (1, "crumb")] {
        let chunk = "x".repeat(size);
        let mut i = 0;
        while local_storage().set_item(&format!("{prefix}:{i}"), &chunk).is_ok() {
            i += 1;
        }
    }
}

/// Saves `workshop` as `library` would after loading it: over the stored stamp.
fn save_over_stored(library: &Library, id: &str, workshop: &Workshop) -> Result<String, SaveError> {
    let stamp = library.load(id).unwrap().unwrap().stamp;
    library.save(id, workshop, &stamp)
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_save_and_keeps_the_last_saved_copy() {
    let (library, id) = library_with_the_sample();
    fill_storage();
    let mut bigger = sample_workshop();
    bigger.rename(&"A much longer name, so that the save needs more room ".repeat(3)).unwrap();
    let outcome = save_over_stored(&library, &id, &bigger);
    let kept = library.load(&id).unwrap().unwrap().workshop;
    local_storage().clear().unwrap();
    assert_eq!(outcome, Err(SaveError::Storage(StorageFault::QuotaExceeded)));
    assert_eq!(kept, sample_workshop());
}

#[wasm_bindgen_test]
fn every_browser_s_name_for_a_full_quota_is_recognised() {
    let named = |name: &str| web_sys::DomException::new_with_message_and_name("full", name).unwrap();
    assert_eq!(classify_write_error(&named("QuotaExceededError").into()), StorageFault::QuotaExceeded);
    assert_eq!(classify_write_error(&named("NS_ERROR_DOM_QUOTA_REACHED").into()), StorageFault::QuotaExceeded);
    // Older browsers threw error-like objects carrying only a legacy code.
    for code in [22.0, 1014.0] {
        let legacy = js_sys::Object::new();
        js_sys::Reflect::set(&legacy, &"code".into(), &JsValue::from_f64(code)).unwrap();
        assert_eq!(classify_write_error(&legacy.into()), StorageFault::QuotaExceeded);
    }
    assert!(matches!(classify_write_error(&named("SecurityError").into()), StorageFault::Other(_)));
}

#[wasm_bindgen_test]
fn a_tab_never_saves_over_what_another_tab_saved_since() {
    local_storage().clear().unwrap();
    let first_tab = Library::new(Shelf::open());
    let id = first_tab.create(&sample_workshop()).unwrap();
    let first_stamp = first_tab.load(&id).unwrap().unwrap().stamp;
    let second_tab = Library::new(Shelf::open());
    let mut newer = sample_workshop();
    newer.rename("Saved by the second tab").unwrap();
    save_over_stored(&second_tab, &id, &newer).unwrap();

    let mut older = sample_workshop();
    older.rename("Typed in the first tab").unwrap();
    assert_eq!(first_tab.save(&id, &older, &first_stamp), Err(SaveError::ChangedElsewhere));
    assert_eq!(first_tab.load(&id).unwrap().unwrap().workshop.name, "Saved by the second tab");
    // Taking over knowingly: save over the stamp now stored.
    first_tab.save(&id, &older, &first_tab.stored_stamp(&id)).unwrap();
    assert_eq!(second_tab.load(&id).unwrap().unwrap().workshop.name, "Typed in the first tab");
}

#[wasm_bindgen_test]
fn every_saved_format_ever_written_loads_from_the_real_storage() {
    let fixtures = [
        include_str!("../core/tests/fixtures/schema-1-first-writer.json"),
        include_str!("../core/tests/fixtures/schema-1.json"),
        include_str!("../core/tests/fixtures/schema-1-stamped.json"),
        include_str!("../core/tests/fixtures/schema-2.json"),
        include_str!("../core/tests/fixtures/schema-3.json"),
    ];
    for (i, text) in fixtures.iter().enumerate() {
        local_storage().clear().unwrap();
        local_storage().set_item(&format!("scorecard-workshop:workshop:f{i}"), text).unwrap();
        let library = Library::new(Shelf::open());
        let saved = library.load(&format!("f{i}")).unwrap().unwrap();
        assert!(saved.schema <= SCHEMA_VERSION);
        assert_eq!(saved.workshop.measures.len(), 10, "fixture {i}");
        assert_eq!(library.list(Shelved::Current).len(), 1);
    }
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_newer_format_is_listed_as_such_and_never_saved_over() {
    local_storage().clear().unwrap();
    let newer = saved::encode(&sample_workshop(), "9.0.0", "2030-01-01T00:00:00.000Z", "n1").replacen(&format!("\"schema\":{SCHEMA_VERSION}"), "\"schema\":7", 1);
    local_storage().set_item("scorecard-workshop:workshop:future", &newer).unwrap();
    let library = Library::new(Shelf::open());
    let listed = library.list(Shelved::Current);
    assert!(listed[0].content.as_ref().unwrap().from_newer_app);
    assert!(library.load("future").unwrap().unwrap().is_from_newer_app());
    // Not copied to a backup: it is not damaged.
    assert_eq!(local_storage().get_item("scorecard-workshop:backup:future").unwrap(), None);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn restoring_never_overwrites_a_copy_another_tab_saved_after_the_delete() {
    let (library, id) = library_with_the_sample();
    library.shelve(&id, Shelved::Deleted).unwrap();
    // The tab that still had it open saves it again (its stamp check finds nothing stored).
    let mut edited = sample_workshop();
    edited.rename("Edited in the other tab").unwrap();
    library.save(&id, &edited, "").unwrap();
    // Restoring keeps both: the restored copy comes back under an id of its own.
    library.shelve(&id, Shelved::Current).unwrap();
    let mut names: Vec<String> =
        library.list(Shelved::Current).into_iter().map(|l| l.content.unwrap().name).collect();
    names.sort();
    assert_eq!(names, ["Edited in the other tab", sample_workshop().name.as_str()]);
    assert!(library.list(Shelved::Deleted).is_empty());
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_workshop_can_be_deleted_to_make_room_when_the_quota_is_full() {
    let (library, id) = library_with_the_sample();
    fill_storage();
    let moved = library.shelve(&id, Shelved::Deleted);
    let deleted = library.list(Shelved::Deleted).len();
    library.delete_for_good(&id);
    let freed = local_storage().set_item("after", &"z".repeat(1024)).is_ok();
    local_storage().clear().unwrap();
    assert_eq!(moved, Ok(()));
    assert_eq!(deleted, 1);
    assert!(freed, "deleting for good frees the room");
}
