//! The step summary: counts of each check, the measures each one flags, and
//! the chart of emphasis against understanding.

use leptos::prelude::*;
use scorecard_core::charts::understanding_chart;
use scorecard_core::checks::{flagged, CheckKind};

use super::use_checks;
use crate::app::session::OpenWorkshop;
use crate::ui::{CoreChart, StatCard};

/// How many measures each check flags, at a glance.
#[component]
pub fn InventorySummary(workshop: OpenWorkshop) -> impl IntoView {
    let checks = use_checks();
    view! {
        <div class="stats" aria-label="Inventory summary" role="group">
            {move || workshop.with(|w| checks.with(|checks| {
                let flagged_cards = CheckKind::ALL.map(|kind| {
                    let n = flagged(w, checks, kind).count();
                    view! { <StatCard label=stat_label(kind) value=n.to_string() attention={n > 0} /> }
                });
                view! {
                    <StatCard label="Measures" value=w.measures.len().to_string() />
                    {flagged_cards.into_iter().collect_view()}
                }
            }))}
        </div>
    }
}

fn stat_label(kind: CheckKind) -> &'static str {
    match kind {
        CheckKind::NoOwner => "Without an owner",
        CheckKind::DrivesNoDecision => "Drive no decision",
        CheckKind::PoorlyUnderstood => "Poorly understood",
        CheckKind::LikelyDuplicate => "Likely duplicates",
    }
}

/// Each kind of check with the measures it flags and why it matters.
#[component]
pub fn ChecksSummary(workshop: OpenWorkshop) -> impl IntoView {
    let checks = use_checks();
    let items = move || {
        workshop.with(|w| checks.with(|checks| {
            CheckKind::ALL
                .map(|kind| {
                    let names: Vec<&str> = flagged(w, checks, kind).map(|m| m.name.as_str()).collect();
                    let list = if names.is_empty() { "none".to_owned() } else { names.join(", ") };
                    view! {
                        <li>
                            <strong>{format!("{}: ", kind.label())}</strong>
                            {list}
                            <span class="muted small">{format!(" — {}", kind.why())}</span>
                        </li>
                    }
                })
                .into_iter()
                .collect_view()
        }))
    };
    view! { <ul class="checks-summary">{items}</ul> }
}

#[component]
pub fn UnderstandingFigure(workshop: OpenWorkshop) -> impl IntoView {
    view! {
        <CoreChart
            workshop
            draw=understanding_chart
            caption="Internal emphasis against team understanding"
            description="Scatter chart of internal emphasis against team understanding per measure; the table below gives the same figures."
        />
    }
}
