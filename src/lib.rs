//! The browser app: Leptos components over the pure `scorecard-core`.
//!
//! - `browser`: storage, files, clock and the on-demand module's client, the
//!   only code that talks to browser APIs apart from the components themselves;
//! - `app`: the shell — the saved-workshop library, the hash route and the
//!   page frame;
//! - `features`: one module per view (home, the three steps, the report);
//! - `ui`: small pieces shared by several views;
//! - `first_paint`: what the page shows until the app has loaded.

pub mod app;
pub mod browser;
mod features;
pub mod first_paint;
mod ui;

pub fn start() {
    first_paint::remove();
    leptos::mount::mount_to_body(app::App);
}
