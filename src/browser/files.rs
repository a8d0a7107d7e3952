//! Files in and out: a text or a picture handed to the person as a
//! download, and files they pick or drop read back as text.
//! The only ways in and out of the browser's storage this app has: no server
//! ever sees a workshop.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Starts the download of `text` as `file_name`. Returns `false` if the
/// browser refused, so the caller can say so.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok().and_then(|blob| download_blob(file_name, &blob)).is_some()
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let link: web_sys::HtmlAnchorElement = web_sys::window()?.document()?.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Freed later, not at once: Firefox reads the URL after the click returns.
    leptos::prelude::set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(30));
    Some(())
}

/// Draws `svg` at `scale` times its size and starts the download of the
/// picture as a PNG; `done` hears whether it worked. The browser draws it
/// (an image on a canvas), so the PNG shows exactly what the page shows.
pub fn download_png(file_name: String, svg: &str, scale: f64, done: Box<dyn FnOnce(bool)>) {
    let Ok(image) = web_sys::HtmlImageElement::new() else { return done(false) };
    // Exactly one of the outcomes below reports: the first to take `done`.
    let done = Once::new(done);
    let (drawn, failed) = (image.clone(), done.clone());
    let on_load = Closure::once(move || {
        let on_saved = done.clone();
        if draw_png(&drawn, scale, file_name, move |ok| on_saved.call(ok)).is_none() {
            done.call(false);
        }
    });
    let on_error = Closure::once(move || failed.call(false));
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    image.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_load.forget();
    on_error.forget();
    // A data URL, not a blob URL: the canvas stays readable in every browser.
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(svg)));
}

fn draw_png(image: &web_sys::HtmlImageElement, scale: f64, file_name: String, done: impl FnOnce(bool) + 'static) -> Option<()> {
    let canvas: web_sys::HtmlCanvasElement = document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    let (width, height) = (f64::from(image.natural_width()), f64::from(image.natural_height()));
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width * scale, height * scale).ok()?;
    let on_blob = Closure::once(move |blob: JsValue| done(blob.dyn_into::<web_sys::Blob>().ok().and_then(|blob| download_blob(&file_name, &blob)).is_some()));
    canvas.to_blob(on_blob.as_ref().unchecked_ref()).ok()?;
    on_blob.forget();
    Some(())
}

/// A callback that several browser callbacks share, of which only the
/// first to run may call it.
struct Once<T>(std::rc::Rc<std::cell::Cell<Option<Callback<T>>>>);

type Callback<T> = Box<dyn FnOnce(T)>;

impl<T> Clone for Once<T> {
    fn clone(&self) -> Self {
        Once(self.0.clone())
    }
}

impl<T> Once<T> {
    fn new(callback: impl FnOnce(T) + 'static) -> Self {
        Once(std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(callback)))))
    }

    fn call(&self, value: T) {
        if let Some(callback) = self.0.take() {
            callback(value);
        }
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// A file picked or dropped, read as text: its name and its text.
pub type PickedFile = (String, String);

/// Reads every file in `files` as text, refusing any above `max_bytes`
/// before reading it, and hands `read` all of them in order, or the first
/// reason one could not be read.
pub fn read_files(files: web_sys::FileList, max_bytes: usize, read: impl FnOnce(Result<Vec<PickedFile>, String>) + 'static) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    read_each(files, Vec::new(), max_bytes, Box::new(read));
}

/// One file after the other, so that the answer keeps the order picked.
fn read_each(
    mut files: Vec<web_sys::File>,
    mut done: Vec<PickedFile>,
    max_bytes: usize,
    read: Box<dyn FnOnce(Result<Vec<PickedFile>, String>)>,
) {
    if files.is_empty() {
        return read(Ok(done));
    }
    let file = files.remove(0);
    let name = file.name();
    if file.size() > max_bytes as f64 {
        let megabytes = file.size() / 1e6;
        return read(Err(format!(
            "“{name}” is {megabytes:.1} MB: larger than any workshop file ({} MB at most). Is it the right file?",
            max_bytes / 1_000_000
        )));
    }
    read_file(&file, move |text| match text {
        Ok(text) => {
            done.push((name, text));
            read_each(files, done, max_bytes, read);
        }
        Err(why) => read(Err(format!("“{name}”: {why}"))),
    });
}

fn read_file(file: &web_sys::File, read: impl FnOnce(Result<String, String>) + 'static) {
    let read = Once::new(read);
    let failed = read.clone();
    // Promise callbacks, not an `async fn`: see `storage::ask_to_persist`.
    let on_read = Closure::once(move |text: JsValue| read.call(text.as_string().ok_or_else(|| "The file is not text.".to_owned())));
    let on_error = Closure::once(move |_: JsValue| failed.call(Err("The browser could not read the file.".to_owned())));
    drop(file.text().then2(&on_read, &on_error));
    on_read.forget();
    on_error.forget();
}
