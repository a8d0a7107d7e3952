//! The browser layer against the real APIs of headless Chromium:
//! `make test-browser` runs these with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::LoadError;
use scorecard_workshop::app::library::{Library, SAMPLE_ID};
use scorecard_workshop::browser::storage::{Shelf, StorageFault};
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
    assert_eq!(library.list().len(), 1);

    local_storage().remove_item(&format!("scorecard-workshop:workshop:{SAMPLE_ID}")).unwrap();
    let reopened = Library::new(Shelf::open());
    assert_eq!(reopened.offer_sample_once(), Ok(false));
    assert!(reopened.list().is_empty());
}

#[wasm_bindgen_test]
fn a_corrupt_entry_is_listed_with_its_reason_not_hidden() {
    local_storage().clear().unwrap();
    local_storage().set_item("scorecard-workshop:workshop:broken", "{\"schema\": 1, \"work").unwrap();
    let library = Library::new(Shelf::open());
    let listed = library.list();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, "broken");
    assert!(matches!(listed[0].content, Err(LoadError::NotJson(_))));
    // The raw text is untouched, for the recovery that issue 6 adds.
    assert!(local_storage().get_item("scorecard-workshop:workshop:broken").unwrap().is_some());
}

#[wasm_bindgen_test]
fn memory_shelf_keeps_work_for_the_life_of_the_tab() {
    let library = Library::new(Shelf::in_memory(Some(StorageFault::Unavailable("blocked".into()))));
    assert!(library.storage_fault().is_some());
    assert_eq!(library.offer_sample_once(), Ok(true));
    assert_eq!(library.list().len(), 1);
}
