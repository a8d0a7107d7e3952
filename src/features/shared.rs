//! A share link opened: the workshop it carries, as its report, read-only,
//! with the way to keep a copy. Nothing is stored until the person asks.
//! The on-demand module inflates and checks the link like any file, and
//! draws the page with the code that writes the HTML report.

use leptos::prelude::*;

use crate::app::library::import_as_new;
use crate::app::library::use_library;
use crate::app::route::{Route, Step};
use crate::browser::ondemand::ask;
use crate::ui::ModuleView;

#[component]
pub fn SharedPage(data: String) -> impl IntoView {
    let library = use_library();
    Effect::new(|_| document().set_title("Shared workshop — Scorecard Workshop"));
    let save_copy = {
        let data = data.clone();
        Callback::new(move |_: web_sys::Element| {
            ask("open-link", &[&data], move |text| {
                let refused = |why: String| drop(window().alert_with_message(&format!("The copy was not saved. {why}")));
                match text {
                    Ok(text) => import_as_new(library, &text, move |saved| match saved {
                        Ok(id) => drop(window().location().set_hash(&Route::Workshop { id, step: Step::Familiarize }.href())),
                        Err(why) => refused(why),
                    }),
                    Err(why) => refused(why),
                }
            });
        })
    };
    view! {
        <article class="page report shared">
            <ModuleView op="shared-page" extra=vec![data] act=save_copy />
        </article>
    }
}
