//! Every chart as a picture for slides: SVG as drawn, PNG at twice its size.

use leptos::prelude::*;
use scorecard_core::charts::understanding_chart;
use scorecard_core::determine::{ChartSpec, STEP3_CHARTS};
use scorecard_core::library::file_name;
use scorecard_core::model::Workshop;
use scorecard_core::review::TREND_CHARTS;

use super::status_line;
use crate::app::library::offer_file;
use crate::browser::clock::today;
use crate::browser::files::download_png;

/// Step 1's chart, then step 3's and the trend: the order the workshop shows them.
fn every_chart() -> impl Iterator<Item = ChartSpec> {
    let understanding = ChartSpec {
        slug: "understanding",
        caption: "Internal emphasis against team understanding",
        description: "",
        draw: understanding_chart,
    };
    std::iter::once(understanding).chain(STEP3_CHARTS).chain(TREND_CHARTS)
}

#[component]
pub fn ChartDownloads(workshop: RwSignal<Workshop>) -> impl IntoView {
    let status = RwSignal::new(Ok(String::new()));
    let svg = move |spec: ChartSpec| {
        let (name, chart) = workshop.with_untracked(|w| (w.name.clone(), (spec.draw)(w)));
        let what = format!("-{}.svg", spec.slug);
        status.set(offer_file(&name, &what, "image/svg+xml", &chart.svg).map(|()| format!("{} (SVG): download started.", spec.caption)));
    };
    let png = move |spec: ChartSpec| {
        let (name, chart) = workshop.with_untracked(|w| (w.name.clone(), (spec.draw)(w)));
        let file = file_name(&name, &today(), &format!("-{}.png", spec.slug));
        download_png(file, &chart.svg, 2.0, move |ok| {
            status.set(if ok {
                Ok(format!("{} (PNG): download started.", spec.caption))
            } else {
                Err("This browser could not draw the chart as a picture: download the SVG instead.".into())
            });
        });
    };
    view! {
        <section aria-labelledby="chart-downloads-title">
            <h2 id="chart-downloads-title">"Charts as pictures"</h2>
            <p class="muted">"SVG stays sharp at any size; PNG is drawn at twice the size for slides."</p>
            <ul class="export-list">
                {every_chart()
                    .map(|spec| view! {
                        <li>
                            <span class="export-name">{spec.caption}</span>
                            <button class="button-small" type="button" aria-label=format!("Download “{}” as SVG", spec.caption) on:click=move |_| svg(spec)>"SVG"</button>
                            <button class="button-small" type="button" aria-label=format!("Download “{}” as PNG", spec.caption) on:click=move |_| png(spec)>"PNG"</button>
                        </li>
                    })
                    .collect_view()}
            </ul>
            {status_line(status)}
        </section>
    }
}
