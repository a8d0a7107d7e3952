//! The list of workshops saved in this browser.

use leptos::prelude::*;

use crate::app::library::Listing;
use crate::app::route::{Route, Step};
use crate::app::use_library;
use crate::ui::PageHeading;

#[component]
pub fn HomePage() -> impl IntoView {
    let listings = use_library().with_value(|library| library.list());
    Effect::new(|_| document().set_title("Workshops — Scorecard Workshop"));
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Scorecard Workshop".into()
                title="Your workshops"
                lede="Each workshop walks one scorecard through three steps: know what is measured, ask customers about it, decide what to keep, change, drop or add. Workshops are saved in this browser only."
            />
            {if listings.is_empty() {
                view! {
                    <p class="empty">"No workshop is saved in this browser yet."</p>
                }
                .into_any()
            } else {
                view! {
                    <ul class="workshop-list">
                        {listings.into_iter().map(|listing| view! { <WorkshopCard listing /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn WorkshopCard(listing: Listing) -> impl IntoView {
    let href = Route::Workshop { id: listing.id.clone(), step: Step::Familiarize }.href();
    let saved = saved_at_text(&listing.saved_at);
    match listing.content {
        Ok(overview) => view! {
            <li class="card workshop-card">
                <h2><a href=href>{overview.name}</a></h2>
                <p class="muted">{overview.organisation}</p>
                <p class="counts">
                    {format!(
                        "{} measures · {} customers · {} conversations",
                        overview.measures, overview.customers, overview.conversations
                    )}
                </p>
                <p class="muted small">{saved}</p>
            </li>
        }
        .into_any(),
        Err(error) => view! {
            <li class="card workshop-card card-error">
                <h2>{format!("Workshop “{}”", listing.id)}</h2>
                <p>{error.to_string()}</p>
            </li>
        }
        .into_any(),
    }
}

/// "Saved 2026-11-22 14:03 UTC" from an ISO timestamp; the raw text if it is not one.
fn saved_at_text(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16)) {
        (Some(day), Some(time)) => format!("Saved {day} {time} UTC"),
        _ => format!("Saved {iso}"),
    }
}
