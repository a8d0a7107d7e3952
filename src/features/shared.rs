//! A share link opened: the workshop it carries, read-only, as its report,
//! with the way to keep a copy. Nothing is stored until the person asks.

use leptos::prelude::*;
use scorecard_core::model::Workshop;
use scorecard_core::saved;

use crate::app::library::import_as_new;
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::browser::ondemand::ask;
use crate::features::familiarize::provide_inventory_checks;
use crate::features::report::Report;

/// What the link held, once the on-demand module has inflated and checked it.
#[derive(Clone)]
enum Opened {
    Opening,
    Refused(String),
    Workshop { text: String, workshop: RwSignal<Workshop> },
}

#[component]
pub fn SharedPage(data: String) -> impl IntoView {
    let opened = RwSignal::new(Opened::Opening);
    ask("open-link", &[&data], move |answer| {
        opened.set(match answer.and_then(|text| saved::decode(&text).map(|s| (text, s.workshop)).map_err(|e| e.to_string())) {
            Ok((text, workshop)) => Opened::Workshop { text, workshop: RwSignal::new(workshop) },
            Err(why) => Opened::Refused(why),
        });
    });
    Effect::new(|_| document().set_title("Shared workshop — Scorecard Workshop"));
    move || match opened.get() {
        Opened::Opening => view! {
            <section class="page narrow"><h1 tabindex="-1">"Opening the shared workshop…"</h1></section>
        }
        .into_any(),
        Opened::Refused(why) => view! {
            <section class="page narrow">
                <h1 tabindex="-1">"This share link cannot be opened"</h1>
                <p>{why}</p>
                <p><a class="button" href="#/">"Go to your workshops"</a></p>
            </section>
        }
        .into_any(),
        Opened::Workshop { text, workshop } => view! { <SharedWorkshop text workshop /> }.into_any(),
    }
}

#[component]
fn SharedWorkshop(text: String, workshop: RwSignal<Workshop>) -> impl IntoView {
    let library = use_library();
    provide_inventory_checks(workshop);
    let error = RwSignal::new(None::<String>);
    let text = StoredValue::new(text);
    let save_copy = move |_| {
        import_as_new(library, &text.get_value(), move |saved| match saved {
            Ok(id) => {
                let _ = window().location().set_hash(&Route::Workshop { id, step: Step::Familiarize }.href());
            }
            Err(why) => error.set(Some(why)),
        });
    };
    view! {
        <div class="workshop shared">
            <div class="banner banner-info" role="region" aria-label="Shared copy">
                <p>
                    {move || workshop.with(|w| format!("A shared copy of “{}”, read-only: nothing is saved in this browser unless you save a copy.", w.name))}
                </p>
                <button class="button" type="button" on:click=save_copy>"Save a copy to this browser"</button>
                <p class="field-error" role="status">{move || error.get()}</p>
            </div>
            <fieldset class="plain" disabled>
                <Report workshop />
            </fieldset>
        </div>
    }
}
