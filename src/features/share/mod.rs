//! Share and export: the workshop as files and pictures, the share link with
//! its QR code, other people's files merged in and compared, and next
//! quarter's review started from this one.
//!
//! Only someone sharing needs this page, so its markup and all its work come
//! from the on-demand module (`scorecard_core::share::page`), fetched the
//! first time it is used. The page here owns what the markup is drawn from —
//! the files picked to merge and the link made — and carries out the
//! actions its controls name in their `data-action`.

use leptos::prelude::*;
use scorecard_core::workshops::file_name;
use scorecard_core::saved;
use scorecard_core::share::import::MAX_IMPORT_BYTES;
use wasm_bindgen::JsCast;

use crate::app::library::use_library;
use crate::app::library::{export_text, offer_file};
use crate::app::route::{Route, Step};
use crate::app::session::OpenWorkshop;
use crate::browser::clock::today;
use crate::browser::files::{download_png, read_files};
use crate::browser::ondemand::ask;
use crate::ui::{ModuleView, PageHeading};

type Status = RwSignal<Result<String, String>>;

#[component]
pub fn SharePage(id: String, workshop: OpenWorkshop) -> impl IntoView {
    let status: Status = RwSignal::new(Ok(String::new()));
    // The files picked to merge, as the JSON list of `[name, text]` the module reads.
    let files = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let id = StoredValue::new(id);
    // A link shows the workshop as it was when made: a change takes it away.
    Effect::new(move |first: Option<()>| {
        workshop.track();
        if first.is_some() {
            link.set(String::new());
        }
    });
    let extra = Signal::derive(move || vec![files.get(), link.get(), today()]);
    let act = Callback::new(move |control: web_sys::Element| {
        let data = |name: &str| control.get_attribute(&format!("data-{name}")).unwrap_or_default();
        let (name, text) = workshop.with_untracked(|w| (w.name.clone(), export_text(w)));
        match data("action").as_str() {
            // Every file the module makes, the workshop's own JSON and the
            // charts' SVG among them; a PNG is drawn here, from the SVG.
            action @ ("file" | "png") => {
                let (what, mime, label) = (data("what"), data("mime"), control.get_attribute("aria-label").or(control.text_content()).unwrap_or_default());
                let png = action == "png";
                ask(&data("op"), &[&text, &data("arg")], move |file| {
                    let done = format!("{label}: download started.");
                    match file {
                        Ok(svg) if png => download_png(file_name(&name, &today(), &what), &svg, 2.0, Box::new(move |ok| {
                            status.set(if ok { Ok(done) } else { Err("This browser could not draw the chart as a picture: download the SVG instead.".into()) })
                        })),
                        file => status.set(file.and_then(|file| offer_file(&name, &what, &mime, &file)).map(|()| done)),
                    }
                });
            }
            "link" => ask("link", &[&text], move |fragment| match fragment {
                Ok(fragment) => {
                    let location = window().location();
                    link.set(format!("{}{}{fragment}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default()));
                    status.set(Ok("The link is ready: copy it from the field below.".into()));
                }
                Err(why) => status.set(Err(why)),
            }),
            "merge-apply" => merge_into(workshop, files, &control, status),
            "merge-cancel" => {
                files.set(String::new());
                status.set(Ok("Nothing was merged.".into()));
            }
            "next-review" => start_next_review(&text, &id.get_value(), status),
            _ => {}
        }
    });
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(picked) = input.files().filter(|_| input.get_attribute("data-action").as_deref() == Some("merge-files")) else { return };
        read_files(picked, MAX_IMPORT_BYTES, move |read| match read {
            Ok(read) => {
                status.set(Ok(String::new()));
                files.set(serde_json::to_string(&read).unwrap_or_default());
            }
            Err(why) => status.set(Err(why)),
        });
    };
    view! {
        <section class="page share">
            <PageHeading
                eyebrow="Share and export".into()
                title="Share the results with the team"
                lede="Files for people and spreadsheets, a link that carries the whole workshop, other people's files merged in and compared, and next quarter's review. Nothing here goes through a server."
            />
            <p class=move || if status.with(Result::is_ok) { "notice" } else { "field-error" } role="status">
                {move || status.get().unwrap_or_else(|why| why)}
            </p>
            <div on:change=pick>
                <ModuleView op="share-page" workshop=workshop extra act />
            </div>
        </section>
    }
}

/// Merges the files picked with the versions chosen on the page (its
/// checked radio buttons, one group per difference) as one edit, which
/// Undo takes back.
fn merge_into(workshop: OpenWorkshop, files: RwSignal<String>, control: &web_sys::Element, status: Status) {
    let form = control.closest(".merge-preview").ok().flatten();
    let checked = form.and_then(|f| f.query_selector_all("input[type=radio]:checked").ok());
    let choices: Vec<(String, String)> = checked
        .map(|all| {
            (0..all.length())
                .filter_map(|i| all.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|radio| (radio.name(), radio.value()))
                .collect()
        })
        .unwrap_or_default();
    let text = workshop.with_untracked(export_text);
    ask("merge", &[&text, &files.get_untracked(), &serde_json::to_string(&choices).unwrap_or_default()], move |merged| {
        match merged.and_then(|text| saved::decode(&text).map_err(|e| e.to_string())) {
            Ok(merged) => {
                files.set(String::new());
                let mut merged = Some(merged.workshop);
                // The module checked the merged workshop; putting it in place is never refused.
                let _ = workshop.edit(&mut |w| {
                    if let Some(merged) = merged.take() {
                        *w = merged;
                    }
                    Ok(())
                });
                status.set(Ok("Merged into this workshop. Undo takes the merge back.".into()));
            }
            Err(why) => status.set(Err(why)),
        }
    });
}

/// A new workshop in this browser whose inventory is the revised scorecard,
/// opened at step 1; this one stays as it is.
fn start_next_review(text: &str, id: &str, status: Status) {
    let library = use_library();
    ask("next-review", &[text, &today(), id], move |next| {
        match next.and_then(|text| library.with_value(|l| l.import(&text))) {
            Ok(new_id) => {
                let _ = window().location().set_hash(&Route::Workshop { id: new_id, step: Step::Familiarize }.href());
            }
            Err(why) => status.set(Err(format!("The next review was not started. {why}"))),
        }
    });
}
