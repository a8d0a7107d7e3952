//! The page's side of the service worker (`sw.js`, written at build time by
//! scripts/service-worker.mjs), which caches the app so that after one visit
//! it opens with the network off. A new version installs in the background
//! and then waits: the page says so (src/app/update.rs) and the person
//! chooses when to reload, so a workshop is never swapped mid-session.
//!
//! Through `Reflect`, callback properties and the promise glue the app
//! already has, rather than web-sys' service worker bindings: the first load
//! is within a few hundred bytes of its budget.

use std::{cell::RefCell, rc::Rc};

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    /// The worker's registration, once the browser has made it.
    static REGISTRATION: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
}

/// Undefined where there is no such property, or no object to have it.
fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn container() -> JsValue {
    get(&window().navigator(), "serviceWorker")
}

/// Registers the worker. Once it is registered, `make_announcer` is called,
/// and what it returns is called whenever a new version is installed and
/// waiting. Called as the app starts, when every file of the first load is
/// in (the wasm has been fetched in full and compiled, the stylesheet
/// applied): the worker's caching, off the page's thread, competes with
/// nothing the first view needs.
pub fn watch<A: Fn() + 'static>(make_announcer: impl FnOnce() -> A + 'static) {
    let container = container();
    // None in browsers without service workers, nor on plain http.
    let Ok(register) = get(&container, "register").dyn_into::<Function>() else { return };
    let Ok(promise) = register.call1(&container, &"./sw.js".into()) else { return };
    // One callback for both outcomes; only a registration has `waiting`
    // (null or a worker). A refusal leaves the app as it is: online only.
    let settled = Closure::once(move |registration: JsValue| {
        if get(&registration, "waiting").is_undefined() {
            return;
        }
        REGISTRATION.set(registration.clone());
        let announce = Rc::new(make_announcer());
        announce_if_waiting(&*announce);
        // Checked again whenever an update is found or changes state: the
        // same function serves both events.
        let check = Closure::<dyn Fn()>::new(move || announce_if_waiting(&*announce));
        let _ = Reflect::set(&registration, &"onupdatefound".into(), check.as_ref());
        check.forget();
    });
    drop(promise.unchecked_into::<Promise>().then2(&settled, &settled));
    settled.forget();
}

fn announce_if_waiting(announce: &dyn Fn()) {
    let registration = REGISTRATION.with_borrow(JsValue::clone);
    let installing = get(&registration, "installing");
    if installing.is_truthy() {
        let _ = Reflect::set(&installing, &"onstatechange".into(), &get(&registration, "onupdatefound"));
    }
    // The very first install has no controller: that is no update.
    if get(&registration, "waiting").is_truthy() && get(&container(), "controller").is_truthy() {
        announce();
    }
}

/// Lets the waiting version take over, and reloads once it has. With none
/// waiting (another tab has already let it in) it just reloads.
pub fn apply_update() {
    let location = window().location();
    let waiting = REGISTRATION.with_borrow(|registration| get(registration, "waiting"));
    let Ok(post) = get(&waiting, "postMessage").dyn_into::<Function>() else { return drop(location.reload()) };
    // The browser's own function, bound: no closure to pay for.
    let reload = get(&location, "reload").unchecked_into::<Function>().bind0(&location);
    let _ = Reflect::set(&container(), &"oncontrollerchange".into(), &reload);
    let _ = post.call1(&waiting, &"skip-waiting".into());
}
