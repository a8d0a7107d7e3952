//! The step summary: counts of each check, the measures each one flags, and
//! the chart of emphasis against understanding.

use leptos::prelude::*;
use scorecard_core::charts::{scale_chart_svg, ScalePoint, EMPHASIS_UNDERSTANDING};
use scorecard_core::checks::{checks_for, Check};
use scorecard_core::model::{MeasureId, Workshop};

use crate::ui::{ChartFigure, Column, DataTable, StatCard};

const UNDERSTANDING_COLUMNS: &[Column] =
    &[("Measure", ""), ("Internal emphasis", "numeric"), ("Team understanding", "numeric")];

/// How many measures each check flags, at a glance.
#[component]
pub fn InventorySummary(workshop: RwSignal<Workshop>) -> impl IntoView {
    let count = move |wanted: fn(&Check) -> bool| {
        workshop.with(|w| w.measures.iter().filter(|m| checks_for(w, m).iter().any(wanted)).count())
    };
    let card = move |label: &'static str, wanted: fn(&Check) -> bool| {
        let n = count(wanted);
        view! { <StatCard label value=n.to_string() attention={n > 0} /> }
    };
    view! {
        <div class="stats" aria-label="Inventory summary" role="group">
            {move || view! {
                <StatCard label="Measures" value=workshop.with(|w| w.measures.len()).to_string() />
                {card("Without an owner", |c| *c == Check::NoOwner)}
                {card("Drive no decision", |c| *c == Check::DrivesNoDecision)}
                {card("Poorly understood", |c| *c == Check::PoorlyUnderstood)}
                {card("Likely duplicates", |c| matches!(c, Check::LikelyDuplicate(_)))}
            }}
        </div>
    }
}

/// Each kind of check with the measures it flags and why it matters.
#[component]
pub fn ChecksSummary(workshop: RwSignal<Workshop>) -> impl IntoView {
    let kinds: [(&'static str, &'static str, fn(&Check) -> bool); 4] = [
        (Check::NoOwner.label(), Check::NoOwner.why(), |c| *c == Check::NoOwner),
        (Check::DrivesNoDecision.label(), Check::DrivesNoDecision.why(), |c| *c == Check::DrivesNoDecision),
        (Check::PoorlyUnderstood.label(), Check::PoorlyUnderstood.why(), |c| *c == Check::PoorlyUnderstood),
        ("Likely duplicate", Check::LikelyDuplicate(MeasureId(0)).why(), |c| matches!(c, Check::LikelyDuplicate(_))),
    ];
    let items = move || {
        workshop.with(|w| {
            kinds
                .iter()
                .map(|(label, why, wanted)| {
                    let flagged: Vec<String> =
                        w.measures.iter().filter(|m| checks_for(w, m).iter().any(wanted)).map(|m| m.name.clone()).collect();
                    let list = if flagged.is_empty() { "none".to_owned() } else { flagged.join(", ") };
                    view! {
                        <li>
                            <strong>{format!("{label}: ")}</strong>
                            {list}
                            <span class="muted small">{format!(" — {why}")}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="checks-summary">{items}</ul> }
}

#[component]
pub fn UnderstandingFigure(workshop: RwSignal<Workshop>) -> impl IntoView {
    let rated = move || {
        workshop.with(|w| {
            w.measures
                .iter()
                .filter_map(|m| Some((m.name.clone(), m.emphasis?.get(), m.understanding?.get())))
                .collect::<Vec<_>>()
        })
    };
    let svg = Signal::derive(move || {
        let points: Vec<ScalePoint> = rated()
            .into_iter()
            .map(|(label, emphasis, understanding)| ScalePoint { label, x: emphasis.into(), y: understanding.into() })
            .collect();
        scale_chart_svg(&EMPHASIS_UNDERSTANDING, &points, (880, 560))
    });
    let rows = move || {
        rated()
            .into_iter()
            .map(|(name, emphasis, understanding)| {
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="numeric">{emphasis}</td>
                        <td class="numeric">{understanding}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <ChartFigure
            caption="Internal emphasis against team understanding"
            description="Scatter chart of internal emphasis against team understanding per measure; the table below gives the same figures."
            svg
        >
            <DataTable caption="Emphasis and understanding per measure" columns=UNDERSTANDING_COLUMNS>{rows}</DataTable>
        </ChartFigure>
    }
}
