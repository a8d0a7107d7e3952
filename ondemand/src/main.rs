//! The on-demand module's Web Worker (its logic is `lib.rs`).
//!
//! Messages: the app posts `[id, operation, ...text arguments]`; the worker
//! answers `[id, ok, text]`, where `text` is the result or, when `ok` is
//! false, the sentence that says why there is none. It posts `"ready"` once,
//! when it can take requests (a message posted before that would be lost).
//! The share link's compression uses the browser's own streams, which are
//! asynchronous; every other operation answers at once.

#[cfg(target_arch = "wasm32")]
mod room;
#[cfg(target_arch = "wasm32")]
mod streams;

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = js_sys::Array::from(&event.data());
        let id = request.get(0);
        let op = request.get(1).as_string().unwrap_or_default();
        let args: Vec<String> = (2..request.length()).map(|i| request.get(i).as_string().unwrap_or_default()).collect();
        let replies = replies.clone();
        let reply = move |answer: scorecard_ondemand::Answer| {
            let (ok, text) = match answer {
                Ok(text) => (true, text),
                Err(why) => (false, why),
            };
            let _ = replies.post_message(&js_sys::Array::of3(&id, &JsValue::from(ok), &JsValue::from(text)));
        };
        match op.as_str() {
            "link" => wasm_bindgen_futures::spawn_local(async move { reply(streams::share_link(args.first().map_or("", String::as_str)).await) }),
            "open-link" => wasm_bindgen_futures::spawn_local(async move { reply(streams::open_link(args.first().map_or("", String::as_str)).await) }),
            "shared-page" => wasm_bindgen_futures::spawn_local(async move {
                let opened = streams::open_link(args.first().map_or("", String::as_str)).await;
                reply(Ok(scorecard_ondemand::shared_page(opened)))
            }),
            // A presenter screen, also sent to the audience window when the
            // app names its workshop (the fifth argument).
            "present" => {
                let drawn = scorecard_ondemand::answer(&op, &args).unwrap_or_else(|| Err(op.clone()));
                let arg = |i: usize| args.get(i).map_or("", String::as_str);
                if let (Ok(html), false) = (&drawn, arg(5).is_empty()) {
                    room::send(arg(5), html, arg(4).parse().unwrap_or(-1.0), arg(3).split(' ').any(|w| w == "running"));
                }
                reply(drawn)
            }
            _ => reply(scorecard_ondemand::answer(&op, &args).unwrap_or_else(|| Err(format!("Unknown request “{op}”.")))),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from("ready"));
}

/// Natively there is no worker; its logic is tested through `lib.rs`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
