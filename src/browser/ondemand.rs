//! The app's side of the on-demand module's Web Worker (`ondemand/`): the
//! question checker and everything sharing needs, fetched with the first
//! request so that none of it weighs on the first load. Each answer goes to
//! whoever asked.
//!
//! ```ignore
//! ask("csv", &[&saved_text, "measures"], |answer| match answer {
//!     Ok(csv) => download(&name, "text/csv", &csv),
//!     Err(why) => show(why),
//! });
//! ```

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The result of a request: its text, or the sentence that says why not.
pub type Answer = Result<String, String>;
type Reply = Box<dyn FnOnce(Answer)>;

/// What every request is answered with once the module cannot be loaded.
pub const UNAVAILABLE: &str = "This part of the app could not be loaded (after an update, reloading the page usually helps).";

#[derive(Default)]
struct Client {
    worker: Option<web_sys::Worker>,
    ready: bool,
    failed: bool,
    next_id: u32,
    /// Asked before the worker could take requests; posted once it can.
    queued: Vec<js_sys::Array>,
    waiting: Vec<(u32, Reply)>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// Runs `op` with `args` in the worker and hands the answer to `reply`.
pub fn ask(op: &str, args: &[&str], reply: impl FnOnce(Answer) + 'static) {
    ask_boxed(op, args, Box::new(reply));
}

/// `ask` without its type parameter: its body is compiled once, not once
/// per caller.
fn ask_boxed(op: &str, args: &[&str], reply: Reply) {
    if CLIENT.with_borrow(|client| client.failed) {
        reply(Err(UNAVAILABLE.into()));
        return;
    }
    CLIENT.with_borrow_mut(|client| {
        let id = client.next_id;
        client.next_id += 1;
        client.waiting.push((id, reply));
        let request = js_sys::Array::of2(&id.into(), &op.into());
        for arg in args {
            request.push(&JsValue::from_str(arg));
        }
        match &client.worker {
            Some(worker) if client.ready => drop(worker.post_message(&request)),
            _ => client.queued.push(request),
        }
        if client.worker.is_none() {
            client.worker = start();
        }
    });
    if CLIENT.with_borrow(|client| client.worker.is_none()) {
        give_up();
    }
}

fn start() -> Option<web_sys::Worker> {
    // Beside the page: Trunk gives workers fixed names, without a hash.
    let worker = web_sys::Worker::new("./ondemand_loader.js").ok()?;
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_message);
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(on_error);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Both live as long as the worker, which lives as long as the page.
    on_message.forget();
    on_error.forget();
    Some(worker)
}

fn on_message(event: web_sys::MessageEvent) {
    let data = event.data();
    if data.as_string().as_deref() == Some("ready") {
        CLIENT.with_borrow_mut(|client| {
            client.ready = true;
            if let Some(worker) = &client.worker {
                for request in client.queued.drain(..) {
                    let _ = worker.post_message(&request);
                }
            }
        });
        return;
    }
    let answer = js_sys::Array::from(&data);
    let id = answer.get(0).as_f64().map_or(u32::MAX, |id| id as u32);
    let text = answer.get(2).as_string().unwrap_or_default();
    let outcome = if answer.get(1).as_bool() == Some(true) { Ok(text) } else { Err(text) };
    let reply = CLIENT.with_borrow_mut(|client| {
        let at = client.waiting.iter().position(|(waiting, _)| *waiting == id)?;
        Some(client.waiting.swap_remove(at).1)
    });
    if let Some(reply) = reply {
        reply(outcome);
    }
}

/// The worker could not be loaded (a missing file after an update, say):
/// everyone waiting is told, and later requests are answered at once. The
/// error is handled here, so it is not reported as an uncaught page error.
fn on_error(event: web_sys::Event) {
    event.prevent_default();
    give_up();
}

/// Says to everyone waiting, and from now on at once, that the module is missing.
fn give_up() {
    let waiting = CLIENT.with_borrow_mut(|client| {
        client.failed = true;
        std::mem::take(&mut client.waiting)
    });
    // Told outside the borrow: a reply may ask again.
    for (_, reply) in waiting {
        reply(Err(UNAVAILABLE.into()));
    }
}
