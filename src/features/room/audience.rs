//! The laptop's side of the audience window (`audience.html`): a
//! BroadcastChannel between windows of this browser, so the mirror needs no
//! network and no storage. The audience window says "hello" when it opens;
//! the laptop answers every change with the presented screen and the
//! timer. It only ever shows what it is sent.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

#[derive(Clone, Copy)]
pub struct Link {
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    /// How many times an audience window said hello: each one is sent the screen anew.
    hellos: RwSignal<u32>,
}

/// One channel per workshop, so that two workshops presented in two tabs
/// never cross.
fn channel_name(id: &str) -> String {
    format!("scorecard-room-{id}")
}

impl Link {
    pub fn open(id: &str) -> Link {
        let hellos = RwSignal::new(0);
        let channel = web_sys::BroadcastChannel::new(&channel_name(id)).ok();
        if let Some(channel) = &channel {
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                if event.data().as_string().as_deref() == Some("hello") {
                    hellos.try_update(|n| *n += 1);
                }
            });
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            // Lives as long as the channel, which is closed with the workshop.
            on_message.forget();
            // An audience window left open from before a reload answers this with its hello.
            let _ = channel.post_message(&JsValue::from_str("who"));
        }
        let channel = StoredValue::new_local(channel);
        on_cleanup(move || {
            if let Some(Some(channel)) = channel.try_update_value(Option::take) {
                channel.set_onmessage(None);
                channel.close();
            }
        });
        Link { channel, hellos }
    }

    /// Whether an audience window is listening (tracked).
    pub fn connected(self) -> bool {
        self.hellos.get() > 0
    }

    /// The screen and, when the part has one, the timer as
    /// `[html, milliseconds left, running]`.
    pub fn send(self, html: &str, timer: Option<(f64, bool)>) {
        if self.hellos.get_untracked() == 0 {
            return;
        }
        let (left, running) = timer.unwrap_or((-1.0, false));
        let message = js_sys::Array::of3(&JsValue::from_str(html), &JsValue::from_f64(left), &JsValue::from_bool(running));
        self.channel.with_value(|channel| channel.as_ref().map(|c| c.post_message(&message)));
    }

    /// Opens the audience window, or brings it back to the front.
    pub fn open_window(self, id: &str) {
        let opened = window().open_with_url_and_target_and_features(&format!("audience.html#{id}"), "scorecard-audience", "popup,width=1280,height=720");
        if !matches!(opened, Ok(Some(_))) {
            let _ = window().alert_with_message("The browser did not open the audience window: allow pop-ups for this page, then press the button again.");
        }
    }
}
