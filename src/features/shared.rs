//! A share link opened: the report of the workshop it carries, read-only,
//! with the way to keep a copy. Nothing is stored until the person asks.
//! The link is inflated, checked and drawn by the on-demand module, the
//! same code that writes the HTML report.

use leptos::prelude::*;

use crate::app::library::import_as_new;
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::browser::ondemand::ask;

#[component]
pub fn SharedPage(data: String) -> impl IntoView {
    let library = use_library();
    // The checked saved text, once the link is open, or why it cannot be.
    let opened = RwSignal::new(None::<Result<String, String>>);
    let report = RwSignal::new(String::new());
    ask("open-link", &[&data], move |text| {
        if let Ok(text) = &text {
            ask("report-body", &[text], move |html| report.set(html.unwrap_or_else(|why| why)));
        }
        opened.set(Some(text));
    });
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
    move || match opened.get() {
        None => view! { <section class="page narrow"><h1 tabindex="-1">"Opening the shared workshop…"</h1></section> }.into_any(),
        Some(Err(why)) => view! {
            <section class="page narrow">
                <h1 tabindex="-1">"This share link cannot be opened"</h1>
                <p>{why}</p>
                <p><a class="button" href="#/">"Go to your workshops"</a></p>
            </section>
        }
        .into_any(),
        Some(Ok(_)) => view! {
            <article class="page report shared">
                <header class="page-head">
                    <p class="eyebrow">"Shared with you"</p>
                    <h1 tabindex="-1">"Scorecard review"</h1>
                    <p class="lede">"A copy of a workshop that someone shared as a link: read-only here, and nothing is kept in this browser unless you save a copy."</p>
                </header>
                <p class="no-print">
                    <button class="button" type="button" on:click=save_copy>"Save a copy to this browser"</button>
                </p>
                <p class="field-error" role="status">{move || error.get()}</p>
                <div inner_html=move || report.get()></div>
            </article>
        }
        .into_any(),
    }
}
