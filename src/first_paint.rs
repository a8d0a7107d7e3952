//! What the page shows while the WebAssembly downloads.
//!
//! A first visit lands on step 1 of the sample, so the page holds that
//! view's first screen in the components' markup and, where they share them,
//! with their very texts (the header's, the save state's and the toolbar's
//! are copies). Every box must be where the app will draw it, so that the
//! largest paint happens here and the app's takeover shifts nothing:
//! tests/e2e/first-paint.spec.ts holds the two to that, text for text and box
//! for box. Any other visit is to a view only the app can tell (from the
//! route and what is saved), so it shows only the header; a line of script,
//! run before the rest is parsed, tells the two apart.
//!
//! `html` is written into index.html at build time (scripts/first-paint.mjs
//! runs examples/first_paint.rs). The page is inert and hidden from
//! assistive technology, and `start` removes it in the task that mounts the
//! app: nothing is read out twice, and no frame shows neither.

use scorecard_core::sample::{sample_workshop, ABOUT_SAMPLE};
use scorecard_core::share::report::escape;

use crate::app::library::{SAMPLE_ID, SAMPLE_OFFERED_KEY};
use crate::app::route::{Route, Step};
use crate::features::familiarize;
use crate::features::sample_notice::START_OWN_WORKSHOP;
use crate::features::workshop::step_hint;

const ID: &str = "first-paint";

pub fn remove() {
    if let Some(page) = leptos::prelude::document().get_element_by_id(ID) {
        page.remove();
    }
}

/// The markup, with no space between tags, as Leptos draws it.
pub fn html() -> String {
    let offered_key = serde_json::to_string(SAMPLE_OFFERED_KEY).unwrap_or_default();
    // The sample's view shows only where the app will draw it: the sample not
    // yet offered, and an address that `Route::parse` reads as the home view.
    // Storage that cannot be read means the app's view is not known either.
    let script = format!(
        "try{{if(!localStorage.getItem({offered_key})&&/^#?\\/*$/.test(location.hash))document.currentScript.parentNode.classList.add(\"first-visit\")}}catch(e){{}}"
    );
    // `aria-hidden` as well as `inert`, for the tools that do not read `inert` yet.
    format!(
        "<div id=\"{ID}\" inert aria-hidden=\"true\"><script>{script}</script>{}<main>{}</main></div>",
        app_header(),
        sample_first_screen()
    )
}

/// As `app::App` draws it.
fn app_header() -> String {
    "<header class=\"app-header\"><a class=\"brand\" href=\"#/\"><span class=\"brand-mark\">◆</span>Scorecard Workshop</a><span class=\"tagline\">Are we measuring what our customers value?</span></header>".to_owned()
}

/// As `features::workshop::WorkshopPage` draws the sample at step 1, down to
/// the step's lede: the largest text on the first screen of a phone and of a
/// laptop, which the browser reports as the page's largest contentful paint.
fn sample_first_screen() -> String {
    let sample = sample_workshop();
    let href = |step| escape(&Route::Workshop { id: SAMPLE_ID.into(), step }.href());
    let steps: String = Step::ALL
        .into_iter()
        .map(|step| {
            let current = if step == Step::Familiarize { " aria-current=\"page\"" } else { "" };
            let number = step.number().map_or_else(|| "✓".to_owned(), |n| n.to_string());
            format!(
                "<li><a href=\"{}\"{current}><span class=\"step-number\">{number}</span><span class=\"step-text\"><span class=\"step-title\">{}</span><span class=\"step-hint\">{}</span></span></a></li>",
                href(step),
                escape(step.title()),
                escape(step_hint(step)),
            )
        })
        .collect();
    // The toolbar of a workshop just opened: nothing to undo or redo.
    let toolbar = format!(
        "<div class=\"row-actions no-print\"><button class=\"button-small\" disabled>Undo</button><button class=\"button-small\" disabled>Redo</button><button class=\"button-small\">Rename</button><button class=\"button-small\">Download a copy</button><button class=\"button-small\">Present</button><a class=\"button-small\" href=\"{}\">Share and export</a></div>",
        href(Step::Share)
    );
    format!(
        "<div class=\"workshop\"><p class=\"banner-info sample-notice\">{}<button class=\"button-small\">{}</button></p>\
         <div class=\"workshop-title\"><p class=\"eyebrow\">{}</p><p class=\"workshop-name\">{}</p><p class=\"save-state muted small no-print\">All changes saved in this browser</p>{toolbar}</div>\
         <nav class=\"steps\"><ol>{steps}</ol></nav>\
         <fieldset class=\"plain\"><section class=\"page\"><header class=\"page-head\"><p class=\"eyebrow\">{}</p><h1>{}</h1><p class=\"lede\">{}</p></header></section></fieldset></div>",
        escape(ABOUT_SAMPLE),
        escape(START_OWN_WORKSHOP),
        escape(&sample.organisation),
        escape(&sample.name),
        escape(familiarize::EYEBROW),
        escape(familiarize::TITLE),
        escape(familiarize::LEDE),
    )
}
