//! Sends each presenter screen the module draws to the audience window
//! (`audience.html`), over a BroadcastChannel between windows of this
//! browser: no network, no storage. Here rather than in the app, so that a
//! person who never presents loads none of it.
//!
//! Messages: `[html, milliseconds left or -1 when the part has no timer,
//! running]` to the audience; `"hello"` from an audience window that has
//! just opened, answered with the latest screen; `"who"` when the channel
//! opens, which an audience window still open from before answers with its
//! hello.

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

struct Link {
    workshop: String,
    channel: BroadcastChannel,
    latest: JsValue,
}

thread_local! {
    static LINK: RefCell<Option<Link>> = const { RefCell::new(None) };
}

/// Sends a drawn screen to the audience windows of `workshop`.
pub fn send(workshop: &str, html: &str, left_ms: f64, running: bool) {
    let message: JsValue = Array::of3(&html.into(), &left_ms.into(), &running.into()).into();
    LINK.with_borrow_mut(|link| {
        if link.as_ref().is_none_or(|l| l.workshop != workshop) {
            if let Some(old) = link.take() {
                old.channel.close();
            }
            *link = open(workshop);
        }
        if let Some(link) = link {
            let _ = link.channel.post_message(&message);
            link.latest = message;
        }
    });
}

/// One channel per workshop, so that two workshops presented in two tabs never cross.
fn open(workshop: &str) -> Option<Link> {
    let channel = BroadcastChannel::new(&format!("scorecard-room-{workshop}")).ok()?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        if event.data().as_string().as_deref() == Some("hello") {
            LINK.with_borrow(|link| link.as_ref().map(|l| l.channel.post_message(&l.latest)));
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Lives as long as the worker.
    on_message.forget();
    let _ = channel.post_message(&JsValue::from_str("who"));
    Some(Link { workshop: workshop.to_owned(), channel, latest: JsValue::UNDEFINED })
}
