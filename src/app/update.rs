//! The notice that a new version of the app is ready (src/browser/offline.rs).
//! It never reloads by itself: the facilitator chooses the moment, so a
//! workshop in progress is not swapped for another version.
//!
//! Plain DOM rather than a Leptos view: the notice's region is made only
//! once a worker is registered, and at the end of the page; and so it weighs
//! no more on the first load than a component did (measured: 0.1 KB gzip
//! less than one with `aria-live` and a reactive `hidden`).

use leptos::prelude::document;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::browser::offline;

/// Written here, and holding nothing anyone typed.
const NOTICE: &str = "<p class=banner-info>A new version of Scorecard Workshop is ready. <button type=button class=button>Reload to update</button></p>";

/// Called once, as the app starts.
pub fn offer_updates() {
    offline::watch(|| {
        let region = status_region();
        // Said once: written again, the button would lose the focus.
        let said = std::cell::Cell::new(false);
        move || match &region {
            Some(region) if !said.replace(true) => region.set_inner_html(NOTICE),
            _ => {}
        }
    });
}

/// The notice's place: a status region at the end of the page, made once the
/// worker is registered (after the app's first view), so that it is there
/// before the notice; screen readers read what comes into a region, not
/// always a region that comes with its text. Fixed in a corner
/// (style/main.css), so that nothing on the page moves when it shows.
fn status_region() -> Option<web_sys::Element> {
    let region = document().create_element("div").ok()?;
    region.set_attribute("class", "update-notice no-print").ok()?;
    region.set_attribute("role", "status").ok()?;
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target.is_some_and(|t| t.closest("button").ok().flatten().is_some()) {
            offline::apply_update();
        }
    });
    region.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref()).ok()?;
    // Lives as long as the page.
    on_click.forget();
    document().body()?.insert_before(&region, None).ok()?;
    Some(region)
}
