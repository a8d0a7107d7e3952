//! The workshop as files: the app's own JSON, spreadsheet tables and the
//! self-contained HTML report.

use leptos::prelude::*;
use scorecard_core::model::Workshop;

use super::status_line;
use crate::app::library::{export_text, offer_download, offer_file};
use crate::browser::clock::today;
use crate::browser::ondemand::ask;

/// What the on-demand module makes from the saved workshop: the button's
/// label, the request with its second argument, the file name's ending and type.
struct Made {
    label: &'static str,
    explains: &'static str,
    op: &'static str,
    arg: &'static str,
    what: &'static str,
    mime: &'static str,
}

const MADE: [Made; 5] = [
    Made {
        label: "Report (HTML)",
        explains: "One file anyone can open offline, from an email or a shared drive: every chart, table and decision. The app opens it back as a workshop.",
        op: "report",
        arg: "",
        what: "-report.html",
        mime: "text/html",
    },
    Made { label: "Measures (CSV)", explains: "The inventory, one measure a row, with its customer relevance.", op: "csv", arg: "measures", what: "-measures.csv", mime: "text/csv" },
    Made { label: "Answers (CSV)", explains: "One row per customer answer, with the conversation's quotes and notes.", op: "csv", arg: "answers", what: "-answers.csv", mime: "text/csv" },
    Made { label: "Decisions (CSV)", explains: "Keep, change, drop and add, with reasons, owners and dates.", op: "csv", arg: "decisions", what: "-decisions.csv", mime: "text/csv" },
    Made { label: "Revised scorecard (CSV)", explains: "The scorecard as the decisions leave it: what to take back to leadership.", op: "csv", arg: "revised", what: "-revised-scorecard.csv", mime: "text/csv" },
];

#[component]
pub fn Downloads(workshop: RwSignal<Workshop>) -> impl IntoView {
    let status = RwSignal::new(Ok(String::new()));
    let json = move |_| {
        let (name, text) = workshop.with_untracked(|w| (w.name.clone(), export_text(w)));
        status.set(offer_download(&name, &text).map(|()| "Workshop file: download started.".into()));
    };
    let make = move |made: &'static Made| {
        status.set(Ok(format!("{}: preparing…", made.label)));
        let (name, text) = workshop.with_untracked(|w| (w.name.clone(), export_text(w)));
        let arg = if made.op == "report" { today() } else { made.arg.to_owned() };
        ask(made.op, &[&text, &arg], move |answer| {
            status.set(answer.and_then(|file| offer_file(&name, made.what, made.mime, &file)).map(|()| format!("{}: download started.", made.label)));
        });
    };
    view! {
        <section aria-labelledby="downloads-title">
            <h2 id="downloads-title">"Download"</h2>
            <ul class="export-list">
                <li>
                    <button class="button-small" type="button" on:click=json>"Workshop file (JSON)"</button>
                    <span class="muted small">"Opens back in the app, in any browser, exactly as it is: the file to send to teams who add their own input."</span>
                </li>
                {MADE
                    .iter()
                    .map(|made| view! {
                        <li>
                            <button class="button-small" type="button" on:click=move |_| make(made)>{made.label}</button>
                            <span class="muted small">{made.explains}</span>
                        </li>
                    })
                    .collect_view()}
            </ul>
            {status_line(status)}
        </section>
    }
}
