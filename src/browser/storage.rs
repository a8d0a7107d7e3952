//! Key–value storage that never takes the app down: the browser's
//! localStorage when it works, otherwise a map in memory that lasts as long as
//! the tab, with the reason kept so the app can say so.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

/// Why storage could not be used, in words for the person at the keyboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFault {
    /// Blocked by the browser (privacy settings, a sandboxed frame) or absent.
    Unavailable(String),
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// Any other refusal, with the browser's message.
    Other(String),
}

impl std::fmt::Display for StorageFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageFault::Unavailable(why) => write!(f, "This browser does not let the app save ({why})."),
            StorageFault::QuotaExceeded => write!(f, "The browser's storage for this app is full."),
            StorageFault::Other(why) => write!(f, "The browser refused to save: {why}."),
        }
    }
}

enum Backend {
    Local(web_sys::Storage),
    /// A list, not a map: a handful of entries, and less code in the bundle.
    Memory(RefCell<Vec<(String, String)>>),
}

pub struct Shelf {
    backend: Backend,
    /// Set when localStorage was refused at start and the shelf fell back to memory.
    fault: Option<StorageFault>,
}

/// The key written and removed to prove that storage accepts writes: some
/// browsers hand out a localStorage object that throws on every write.
const PROBE_KEY: &str = "scorecard-workshop:probe";

impl Shelf {
    /// The browser's localStorage if it can be read and written, otherwise memory.
    pub fn open() -> Shelf {
        match probe_local_storage() {
            Ok(storage) => Shelf { backend: Backend::Local(storage), fault: None },
            Err(fault) => Shelf::in_memory(Some(fault)),
        }
    }

    pub fn in_memory(fault: Option<StorageFault>) -> Shelf {
        Shelf { backend: Backend::Memory(RefCell::new(Vec::new())), fault }
    }

    /// Why the shelf is in memory, when it fell back to it.
    pub fn fault(&self) -> Option<&StorageFault> {
        self.fault.as_ref()
    }

    pub fn read(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local(storage) => storage.get_item(key).ok().flatten(),
            Backend::Memory(entries) => entries.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
        }
    }

    pub fn write(&self, key: &str, text: &str) -> Result<(), StorageFault> {
        match &self.backend {
            Backend::Local(storage) => storage.set_item(key, text).map_err(|e| classify_write_error(&e)),
            Backend::Memory(entries) => {
                let mut entries = entries.borrow_mut();
                entries.retain(|(k, _)| k != key);
                entries.push((key.to_owned(), text.to_owned()));
                Ok(())
            }
        }
    }

    pub fn remove(&self, key: &str) {
        match &self.backend {
            Backend::Local(storage) => {
                // A failed removal leaves the old entry, which is the safe outcome.
                let _ = storage.remove_item(key);
            }
            Backend::Memory(entries) => entries.borrow_mut().retain(|(k, _)| k != key),
        }
    }

    /// Every key that starts with `prefix`, in no particular order.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        match &self.backend {
            Backend::Local(storage) => {
                let count = storage.length().unwrap_or(0);
                (0..count)
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .filter(|k| k.starts_with(prefix))
                    .collect()
            }
            Backend::Memory(entries) => entries.borrow().iter().map(|(k, _)| k).filter(|k| k.starts_with(prefix)).cloned().collect(),
        }
    }
}

thread_local! {
    /// The browser's answer to `ask_to_persist`, once it has come.
    static PERSISTED: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Asks the browser to keep this site's storage under storage pressure
/// instead of clearing it, and hands its answer to `answer` once it comes.
/// Asked once per page load; later calls get the answer given (Firefox
/// would ask the person every time). A promise callback rather than an
/// `async fn`: the future executor would cost the bundle about 9 KB gzip
/// for this one call (measured).
pub fn ask_to_persist(answer: impl FnOnce(bool) + 'static) {
    if let Some(granted) = PERSISTED.get() {
        return answer(granted);
    }
    let Some(promise) = web_sys::window().and_then(|w| w.navigator().storage().persist().ok()) else { return };
    let callback = wasm_bindgen::closure::Closure::once(move |granted: JsValue| {
        let granted = granted.as_bool() == Some(true);
        PERSISTED.set(Some(granted));
        answer(granted);
    });
    drop(promise.then(&callback));
    // Runs once, when the browser answers; then it is garbage.
    callback.forget();
}

fn probe_local_storage() -> Result<web_sys::Storage, StorageFault> {
    let window = web_sys::window().ok_or_else(|| StorageFault::Unavailable("no window".into()))?;
    let storage = match window.local_storage() {
        Ok(Some(storage)) => storage,
        Ok(None) => return Err(StorageFault::Unavailable("localStorage is missing".into())),
        Err(e) => return Err(StorageFault::Unavailable(error_message(&e))),
    };
    match storage.set_item(PROBE_KEY, "1").and_then(|()| storage.remove_item(PROBE_KEY)) {
        Ok(()) => Ok(storage),
        // A full quota still lets the app read what was saved before; the
        // next save reports it.
        Err(e) if classify_write_error(&e) == StorageFault::QuotaExceeded => Ok(storage),
        Err(e) => Err(StorageFault::Unavailable(error_message(&e))),
    }
}

/// Browsers name a full quota differently: Chromium and Safari say
/// `QuotaExceededError` (legacy code 22), Firefox `NS_ERROR_DOM_QUOTA_REACHED`
/// (legacy code 1014). Read by property, not by type, since older browsers
/// throw error-like objects that are no `DOMException`.
pub fn classify_write_error(error: &JsValue) -> StorageFault {
    let property = |name: &str| js_sys::Reflect::get(error, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let name = property("name").as_string().unwrap_or_default();
    let code = property("code").as_f64().unwrap_or(0.0);
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == 22.0 || code == 1014.0 {
        return StorageFault::QuotaExceeded;
    }
    StorageFault::Other(error_message(error))
}

fn error_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
