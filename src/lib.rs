//! The browser app: Leptos components over the pure `scorecard-core`.
//!
//! - `browser`: storage, files, clock and the on-demand module's client, the
//!   only code that talks to browser APIs apart from the components themselves;
//! - `app`: the shell — the saved-workshop library, the hash route and the
//!   page frame;
//! - `features`: one module per view (home, the three steps, the report);
//! - `ui`: small pieces shared by several views.

pub mod app;
pub mod browser;
mod features;
mod ui;

pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
