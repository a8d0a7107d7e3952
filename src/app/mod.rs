//! The frame around every view: header, storage banner, and the switch from
//! the route in the address bar to the view it names.

pub mod library;
pub mod route;
pub mod session;

use leptos::prelude::*;

use crate::browser::storage::Shelf;
use crate::features::home::HomePage;
use crate::features::shared::SharedPage;
use crate::features::workshop::WorkshopPage;
use crate::ui::focus_after_render;
use library::{Library, LibraryHandle, SAMPLE_ID};
use route::{Route, Step};

#[component]
pub fn App() -> impl IntoView {
    let library = Library::new(Shelf::open());
    let first_visit = library.offer_sample_once();
    let storage_banner = match (&first_visit, library.storage_fault()) {
        (_, Some(fault)) => Some(format!("{fault} Your work is kept in this tab only and is lost when the tab closes: use “Download a copy” in a workshop to keep it.")),
        (Err(fault), None) => Some(format!("{fault} The sample workshop could not be saved.")),
        _ => None,
    };
    if first_visit == Ok(true) && Route::current() == Route::Home {
        Route::Workshop { id: SAMPLE_ID.into(), step: Step::Familiarize }.replace_current();
    }
    provide_context::<LibraryHandle>(StoredValue::new_local(library));

    let route = RwSignal::new(Route::current());
    // Kept for the life of the page, which is the life of the app.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| route.set(Route::current()));

    let workshop_id = Memo::new(move |_| match route.get() {
        Route::Workshop { id, .. } => Some(id),
        _ => None,
    });
    let step = Memo::new(move |_| match route.get() {
        Route::Workshop { step, .. } => step,
        _ => Step::Familiarize,
    });
    let shared = Memo::new(move |_| match route.get() {
        Route::Shared { data } => Some(data),
        _ => None,
    });
    // Memos, so that moving between the steps of one workshop keeps its
    // page (and its undo history) instead of drawing it anew.
    let not_found = Memo::new(move |_| route.with(|r| *r == Route::NotFound));
    move_focus_to_heading_on_navigation(route);

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Scorecard Workshop"
            </a>
            <span class="tagline">"Are we measuring what our customers value?"</span>
        </header>
        {storage_banner.map(|text| view! { <p class="banner banner-warning" role="alert">{text}</p> })}
        <main id="main">
            {move || match (workshop_id.get(), shared.get(), not_found.get()) {
                (Some(id), ..) => view! { <WorkshopPage id step /> }.into_any(),
                (None, Some(data), _) => view! { <SharedPage data /> }.into_any(),
                (None, None, true) => view! { <NotFound /> }.into_any(),
                (None, None, false) => view! { <HomePage /> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            "Everything you type stays in this browser. Scorecard Workshop "
            {library::APP_VERSION}
        </footer>
    }
}

/// After a navigation, a screen reader user lands on the new view's heading
/// instead of staying on a link that is no longer there.
fn move_focus_to_heading_on_navigation(route: RwSignal<Route>) {
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            focus_after_render("main h1".into());
        }
        current
    });
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">"This page does not exist"</h1>
            <p>"The link may be mistyped or from a newer version of the app."</p>
            <p><a class="button" href="#/">"Go to all workshops"</a></p>
        </section>
    }
}
