//! A share link opened: the workshop it carries, as its report, read-only,
//! with the way to keep a copy. Nothing is stored until the person asks.
//! The on-demand module inflates and checks the link like any file.

use leptos::prelude::*;
use scorecard_core::saved;

use crate::app::library::import_as_new;
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::browser::ondemand::ask;
use crate::features::report::Report;

#[component]
pub fn SharedPage(data: String) -> impl IntoView {
    let library = use_library();
    // The checked saved text, once the link is open, or why it cannot be.
    let opened = RwSignal::new(None::<Result<String, String>>);
    ask("open-link", &[&data], move |text| opened.set(Some(text)));
    Effect::new(|_| document().set_title("Shared workshop — Scorecard Workshop"));
    let error = RwSignal::new(None::<String>);
    let save_copy = move |_| {
        let Some(Ok(text)) = opened.get_untracked() else { return };
        import_as_new(library, &text, move |saved| match saved {
            Ok(id) => {
                let _ = window().location().set_hash(&Route::Workshop { id, step: Step::Familiarize }.href());
            }
            Err(why) => error.set(Some(why)),
        });
    };
    move || match opened.get().map(|text| text.and_then(|text| saved::decode(&text).map_err(|e| e.to_string()))) {
        None => view! { <section class="page narrow"><h1 tabindex="-1">"Opening the shared workshop…"</h1></section> }.into_any(),
        Some(Err(why)) => view! {
            <section class="page narrow">
                <h1 tabindex="-1">"This share link cannot be opened"</h1>
                <p>{why}</p>
                <p><a class="button" href="#/">"Go to your workshops"</a></p>
            </section>
        }
        .into_any(),
        Some(Ok(shared)) => view! {
            <div class="workshop shared">
                <div class="banner banner-info no-print" role="region" aria-label="Shared copy">
                    <p>{format!("“{}” ({}), shared as a link: read-only here, and nothing is kept in this browser unless you save a copy.", shared.workshop.name, shared.workshop.organisation)}</p>
                    <button class="button" type="button" on:click=save_copy>"Save a copy to this browser"</button>
                    <p class="field-error" role="status">{move || error.get()}</p>
                </div>
                <Report workshop=RwSignal::new(shared.workshop) />
            </div>
        }
        .into_any(),
    }
}
