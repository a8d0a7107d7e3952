//! Step 1: the scorecard as it is today, with the facilitator's checks.

use leptos::prelude::*;
use scorecard_core::checks::{checks_for, Check};
use scorecard_core::model::Workshop;

use crate::ui::{latest_and_target, Flag, PageHeading, Score, StatCard};

#[component]
pub fn Familiarize(workshop: RwSignal<Workshop>) -> impl IntoView {
    view! {
        <section class="page">
            <PageHeading
                eyebrow="Step 1".into()
                title="Familiarize: know what is measured"
                lede="The scorecard as it is today: what each measure asks or counts, where the figure comes from, who owns it and which decision it drives."
            />
            <InventorySummary workshop />
            <InventoryTable workshop />
        </section>
    }
}

/// How many measures each check flags, at a glance.
#[component]
pub fn InventorySummary(workshop: RwSignal<Workshop>) -> impl IntoView {
    let count = move |check: Check| {
        workshop.with(|w| w.measures.iter().filter(|m| checks_for(m).contains(&check)).count())
    };
    view! {
        <div class="stats" aria-label="Inventory summary" role="group">
            {move || view! {
                <StatCard label="Measures" value=workshop.with(|w| w.measures.len()).to_string() />
                <StatCard label="Without an owner" value=count(Check::NoOwner).to_string() attention={count(Check::NoOwner) > 0} />
                <StatCard label="Drive no decision" value=count(Check::DrivesNoDecision).to_string() attention={count(Check::DrivesNoDecision) > 0} />
                <StatCard label="Poorly understood" value=count(Check::PoorlyUnderstood).to_string() attention={count(Check::PoorlyUnderstood) > 0} />
            }}
        </div>
    }
}

#[component]
pub fn InventoryTable(workshop: RwSignal<Workshop>) -> impl IntoView {
    let rows = move || {
        workshop.with(|w| {
            w.measures
                .iter()
                .map(|m| {
                    let checks = checks_for(m);
                    view! {
                        <tr>
                            <th scope="row">
                                <span class="measure-name">{m.name.clone()}</span>
                                <span class="measure-asks">{m.asks.clone()}</span>
                            </th>
                            <td>{m.source.clone()}<br /><span class="muted small">{m.frequency.label()}</span></td>
                            <td>{text_or_dash(&m.owner)}</td>
                            <td>{text_or_dash(&m.drives_decision)}</td>
                            <td class="numeric">{latest_and_target(m.latest_value, m.target)}<br /><span class="muted small">{m.unit.clone()}</span></td>
                            <td><Score score=m.emphasis /></td>
                            <td><Score score=m.understanding /></td>
                            <td class="checks">
                                {if checks.is_empty() {
                                    view! { <span class="ok">"OK"</span> }.into_any()
                                } else {
                                    checks.into_iter().map(|c| view! { <Flag label=c.label() why=c.why() /> }).collect_view().into_any()
                                }}
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-wrap">
            <table class="data inventory">
                <caption>"Measures on the scorecard"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Measure"</th>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Owner"</th>
                        <th scope="col">"Decision it drives"</th>
                        <th scope="col" class="numeric">"Latest / target"</th>
                        <th scope="col">"Emphasis"</th>
                        <th scope="col">"Understanding"</th>
                        <th scope="col">"Checks"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn text_or_dash(text: &str) -> String {
    if text.trim().is_empty() { "–".into() } else { text.to_owned() }
}
