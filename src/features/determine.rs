//! Step 3: the internal view next to the customers' view, and the decisions.

use leptos::prelude::*;
use scorecard_core::analysis::{placements, unmeasured_factors};
use scorecard_core::charts::{scale_chart_svg, ScalePoint, EMPHASIS_RELEVANCE};
use scorecard_core::model::{DecisionKind, DecisionSubject, Workshop};

use crate::ui::{ChartFigure, Column, DataTable, PageHeading, SpreadText};

const PLACEMENT_COLUMNS: &[Column] =
    &[("Measure", ""), ("Internal emphasis", "numeric"), ("Customer relevance", ""), ("Quadrant", "")];
const DECISION_COLUMNS: &[Column] = &[("About", ""), ("Decision", ""), ("Reason", ""), ("Owner", ""), ("Due", "")];

#[component]
pub fn Determine(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 3".into()
                title="Determine: are we measuring the right things?"
                lede="What leadership emphasises, set against what customers find relevant. Then decide what to keep, change, drop or add."
            />
            <QuadrantFigure workshop />
            <h2>"What customers care about that no measure covers"</h2>
            <UnmeasuredList workshop />
            <h2>"Decisions"</h2>
            <DecisionTable workshop />
        </section>
    }
}

/// The emphasis × relevance chart, with the same figures as a table for
/// screen readers and for anyone who wants the numbers.
#[component]
pub fn QuadrantFigure(workshop: RwSignal<Workshop>) -> impl IntoView {
    let placed = Memo::new(move |_| workshop.with(placements));
    let svg = Signal::derive(move || {
        placed.with(|placed| {
            let points: Vec<ScalePoint> = placed
                .iter()
                .map(|p| ScalePoint { label: p.name.clone(), x: f64::from(p.emphasis), y: p.relevance.mean })
                .collect();
            scale_chart_svg(&EMPHASIS_RELEVANCE, &points, (880, 560))
        })
    });
    let rows = move || {
        placed.with(|placed| {
            placed
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <th scope="row">{p.name.clone()}</th>
                            <td class="numeric">{p.emphasis}</td>
                            <td><SpreadText spread=Some(p.relevance) /></td>
                            <td>{p.quadrant.label()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <ChartFigure
            caption="Internal emphasis against customer relevance"
            description="Scatter chart of internal emphasis against mean customer relevance per measure; the table below gives the same figures."
            svg
        >
            <DataTable caption="Emphasis and customer relevance per measure" columns=PLACEMENT_COLUMNS>{rows}</DataTable>
        </ChartFigure>
    }
}

#[component]
pub fn UnmeasuredList(workshop: RwSignal<Workshop>) -> impl IntoView {
    let items = move || {
        workshop.with(|w| {
            let factors = unmeasured_factors(w);
            if factors.is_empty() {
                return view! { <p class="empty">"No customer has raised anything the scorecard misses yet."</p> }.into_any();
            }
            view! {
                <ol class="factor-list">
                    {factors
                        .into_iter()
                        .map(|f| {
                            let by = if f.customers == 1 { "1 customer".to_owned() } else { format!("{} customers", f.customers) };
                            view! { <li><span class="factor">{f.label}</span>{format!(" — raised by {by}")}</li> }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any()
        })
    };
    view! { <div>{items}</div> }
}

fn decision_label(kind: DecisionKind) -> &'static str {
    match kind {
        DecisionKind::Keep => "Keep",
        DecisionKind::Change => "Change",
        DecisionKind::Drop => "Drop",
        DecisionKind::Add => "Add",
    }
}

#[component]
pub fn DecisionTable(workshop: RwSignal<Workshop>) -> impl IntoView {
    let rows = move || {
        workshop.with(|w| {
            w.decisions
                .iter()
                .map(|d| {
                    let subject = match &d.subject {
                        DecisionSubject::Measure(id) => w.measure(*id).map(|m| m.name.clone()).unwrap_or_else(|| "A deleted measure".into()),
                        DecisionSubject::Factor(factor) => factor.clone(),
                    };
                    view! {
                        <tr>
                            <th scope="row">{subject}</th>
                            <td><span class=format!("decision decision-{}", decision_label(d.kind).to_lowercase())>{decision_label(d.kind)}</span></td>
                            <td>{d.reason.clone()}</td>
                            <td>{d.owner.clone()}</td>
                            <td>{d.due.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <DataTable caption="Decisions" columns=DECISION_COLUMNS>{rows}</DataTable>
    }
}
