//! The question checker in a Web Worker of its own. Its rules and phrase
//! lists are about 23 KB gzip: loaded with the app they would take the first
//! load over its budget, so they load when step 2 first needs them.
//!
//! Messages: the app posts `[id, question]`; the worker answers
//! `[id, findings as JSON]`, and `"ready"` once, when it can take questions
//! (a message posted before that would be lost).

#[cfg(target_arch = "wasm32")]
fn main() {
    use scorecard_core::question_check::check_question;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = js_sys::Array::from(&event.data());
        let question = request.get(1).as_string().unwrap_or_default();
        let findings = serde_json::to_string(&check_question(&question)).unwrap_or_else(|_| "[]".into());
        let _ = replies.post_message(&js_sys::Array::of2(&request.get(0), &JsValue::from(findings)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from("ready"));
}

/// Natively there is no worker; the checker itself is tested in `scorecard-core`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
