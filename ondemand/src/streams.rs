//! The share link's compression, done by the browser's own DEFLATE
//! (`CompressionStream("deflate-raw")`): no compression code in the module.

use js_sys::{Array, Reflect, Uint8Array};
use scorecard_core::share::link::{self, LinkError, MAX_EXPANDED_BYTES};
use scorecard_ondemand::{opened_link, Answer};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

/// The fragment of a share link carrying `saved_text`.
pub async fn share_link(saved_text: &str) -> Answer {
    let compressed = deflate(saved_text.as_bytes())
        .await
        .ok()
        .flatten()
        .ok_or("This browser could not compress the workshop for a link: send the workshop file instead.")?;
    Ok(link::fragment(&compressed))
}

/// The saved text a share link's data carries, checked like any file.
pub async fn open_link(data: &str) -> Answer {
    let compressed = link::compressed(data).map_err(|e| e.to_string())?;
    let damaged = || LinkError::Damaged.to_string();
    let inflated = inflate(&compressed).await.map_err(|_| damaged())?.ok_or_else(|| LinkError::TooLong.to_string())?;
    opened_link(&String::from_utf8(inflated).map_err(|_| damaged())?)
}

async fn deflate(bytes: &[u8]) -> Result<Option<Vec<u8>>, JsValue> {
    read_all(source(bytes)?.pipe_through(&raw_deflate("CompressionStream")?), usize::MAX).await
}

/// `None` when the data would inflate beyond what any workshop file may be:
/// read chunk by chunk and stopped there, so that a small hostile link
/// cannot unpack into gigabytes.
async fn inflate(bytes: &[u8]) -> Result<Option<Vec<u8>>, JsValue> {
    read_all(source(bytes)?.pipe_through(&raw_deflate("DecompressionStream")?), MAX_EXPANDED_BYTES).await
}

/// A `CompressionStream` or `DecompressionStream` for raw DEFLATE. Both are
/// a readable and a writable side, which is all `pipe_through` asks for;
/// built by name because web-sys marks their bindings unstable.
fn raw_deflate(class: &str) -> Result<ReadableWritablePair, JsValue> {
    let constructor: js_sys::Function = Reflect::get(&js_sys::global(), &class.into())?.dyn_into()?;
    Ok(Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into()))?.unchecked_into())
}

fn source(bytes: &[u8]) -> Result<ReadableStream, JsValue> {
    Ok(Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?.stream())
}

async fn read_all(stream: ReadableStream, limit: usize) -> Result<Option<Vec<u8>>, JsValue> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if Reflect::get(&chunk, &"done".into())?.as_bool() != Some(false) {
            return Ok(Some(out));
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())?.unchecked_into();
        if out.len() + value.length() as usize > limit {
            drop(reader.cancel());
            return Ok(None);
        }
        out.extend(value.to_vec());
    }
}
