//! Files in and out: a text handed to the person as a download, and a file
//! they pick read back as text. The only ways in and out of the browser's
//! storage this app has: no server ever sees a workshop.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Starts the download of `text` as `file_name`. Returns `false` if the
/// browser refused, so the caller can say so.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    try_download(file_name, mime, text).is_some()
}

fn try_download(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = web_sys::window()?.document()?.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Freed later, not at once: Firefox reads the URL after the click returns.
    leptos::prelude::set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(30));
    Some(())
}

/// Reads the first file picked in `input` as text and hands it to `read`,
/// or the reason it could not be read.
pub fn read_picked_file(input: &web_sys::HtmlInputElement, read: impl FnOnce(Result<String, String>) + 'static) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
    // One of the two callbacks runs; both may need `read`.
    let read = std::rc::Rc::new(std::cell::Cell::new(Some(read)));
    let answer = move |outcome: Result<String, String>| {
        if let Some(read) = read.take() {
            read(outcome);
        }
    };
    let on_error = answer.clone();
    // Promise callbacks, not an `async fn`: see `storage::ask_to_persist`.
    let on_read = Closure::once(move |text: JsValue| answer(text.as_string().ok_or_else(|| "The file is not text.".to_owned())));
    let on_error = Closure::once(move |_: JsValue| on_error(Err("The browser could not read the file.".to_owned())));
    drop(file.text().then2(&on_read, &on_error));
    on_read.forget();
    on_error.forget();
}
