//! Share and export: everything that takes a workshop out of this browser
//! or brings other people's work into it — downloads, charts as pictures,
//! the share link with its QR code, merging other people's files, comparing
//! them, and starting next quarter's review from this one.
//!
//! The work itself runs in the on-demand module (`browser::ondemand`),
//! fetched the first time something here is used; this page only asks and
//! shows. Each section owns its own status line.

mod charts;
mod downloads;
mod link;
mod merge;
mod next_review;

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use crate::ui::PageHeading;
use charts::ChartDownloads;
use downloads::Downloads;
use link::ShareLink;
use merge::{Compare, MergeFiles};
use next_review::NextReview;

#[component]
pub fn SharePage(id: String, workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <section class="page share">
            <PageHeading
                eyebrow="Share and export".into()
                title="Share the results with the team"
                lede="Files for people and spreadsheets, a link that carries the whole workshop, other people's files merged in and compared, and next quarter's review. Nothing here goes through a server."
            />
            <Downloads workshop />
            <ChartDownloads workshop />
            <ShareLink workshop />
            <MergeFiles workshop />
            <Compare workshop />
            <NextReview id workshop />
        </section>
    }
}

/// A status line read out by screen readers: what an action did, or why not.
fn status_line(status: RwSignal<Result<String, String>>) -> impl IntoView {
    view! {
        <p class=move || if status.with(Result::is_ok) { "notice" } else { "field-error" } role="status">
            {move || status.get().unwrap_or_else(|why| why)}
        </p>
    }
}
