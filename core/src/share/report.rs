//! The self-contained HTML report: one file to mail or drop on a shared
//! drive, read offline in any browser with no app and no script, and opened
//! back by the app as a workshop through the saved JSON it carries.
//!
//! Every text that people typed goes through `escape`; the charts come from
//! `crate::charts`, whose SVG backend escapes its own text. The page's
//! Content-Security-Policy forbids scripts and requests, so even a mistake
//! here could neither run code nor reach the network.

use crate::analysis::{segment_coverage, Analysis, FitScore};
use crate::charts::{columns, Chart, TextTable};
use crate::determine::{decision_table, fit_table, FIT_EXPLANATION, STEP3_CHARTS};
use crate::model::{Measure, Workshop};
use crate::rating::Rating;
use crate::stats::latest_and_target;
use crate::share::compare::{compare, sources, Comparison, OWN_SOURCE};
use crate::review::{revised_scorecard, revised_table, TREND_CHARTS};
use crate::share::{HTML_DATA_CLOSE, HTML_DATA_OPEN};

/// Readable on a screen, on a phone (charts and tables shrink to the
/// width) and on A4 or Letter paper (figures and table rows kept whole).
const STYLE: &str = r#"
:root{--ink:#1f2937;--soft:#4b5563;--line:#d9dee7;--brand:#0b4f71;font:100%/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#f4f6fa}
body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem}
h1,h2{line-height:1.25;margin:0 0 .5rem}
h1{font-size:1.9rem}
h2{font-size:1.35rem;margin-top:2.5rem}
header p{margin:.25rem 0;color:var(--soft)}
header .eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;font-weight:600;color:var(--brand)}
.fit-value{font-size:3rem;font-weight:800;color:var(--brand)}
.fit-of{font-size:1.25rem;color:var(--soft)}
.muted{color:var(--soft)}
figure{margin:1.5rem 0 .75rem}
figcaption{font-weight:700;font-size:1.1rem;margin-bottom:.5rem}
.chart-svg{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.5rem}
svg{display:block;width:100%;height:auto}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:10px;margin:.75rem 0}
table{width:100%;border-collapse:collapse;font-size:.95rem}
caption{text-align:left;padding:.8rem 1rem .2rem;font-weight:600}
th,td{text-align:left;vertical-align:top;padding:.6rem .8rem;border-bottom:1px solid var(--line)}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--soft);background:#fafbfd}
tbody th{font-weight:600}
.differs th,.differs td{background:#fff1e3}
footer{margin-top:3rem;font-size:.85rem;color:var(--soft)}
@media (max-width:48rem){body{padding:1rem .75rem 2rem}h1{font-size:1.5rem}table{font-size:.85rem}th,td{padding:.4rem .5rem}}
@media print{
@page{margin:15mm}
:root{background:#fff;font-size:11pt}
body{max-width:none;padding:0}
.table-wrap{overflow:visible;border:0}
.chart-svg{border:0;padding:0}
svg{max-height:230mm}
table{font-size:8.5pt}
th,td{padding:.2rem .3rem}
td{overflow-wrap:anywhere}
thead th{text-transform:none;letter-spacing:0}
figure,tr{break-inside:avoid}
h2,figcaption,caption{break-after:avoid}
}
"#;

/// Forbids every script and every request, inline styles and `data:`
/// images aside: a report from a stranger can do nothing but be read.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// `generated_on` is `YYYY-MM-DD`. `saved_text` is the workshop in the saved
/// JSON format (`crate::saved::encode`), embedded so the app can open the
/// file back; `embedded_text` reads it out again.
pub fn html_report(workshop: &Workshop, saved_text: &str, generated_on: &str) -> String {
    let organisation = if workshop.organisation.trim().is_empty() {
        String::new()
    } else {
        format!("{} · ", escape(&workshop.organisation))
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name} — Scorecard Workshop report</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<p class="eyebrow">Scorecard review</p>
<h1>{name}</h1>
<p>{organisation}Generated on {generated_on}</p>
<p>What the scorecard measures today, what customers told us, and what we decided.</p>
</header>
<main>
{sections}</main>
<footer>Made with Scorecard Workshop. Open this file in the app to continue the workshop from it.</footer>
{data_block}
</body>
</html>
"#,
        name = escape(&workshop.name),
        generated_on = escape(generated_on),
        sections = report_sections(workshop),
        data_block = data_block(saved_text),
    )
}

/// The report's sections without the page around them: the body of the
/// HTML report, and what the app shows for a workshop opened from a link.
pub fn report_sections(workshop: &Workshop) -> String {
    let hands = workshop.room_hands();
    let room = if workshop.room.in_analysis && hands > 0 {
        format!("<p class=\"muted\">These figures count the room's show of hands ({hands} hands, one relevance answer each) with the customers' answers.</p>\n")
    } else {
        String::new()
    };
    let analysis = Analysis::of(workshop);
    let charts = room + &step3_charts_html(&analysis);
    [
        fit_section(&analysis.fit_score()),
        section_html("1. What we measure today", &table_html("Measures on the scorecard", &inventory_table(workshop))),
        section_html("2. Who we asked", &table_html("Customers heard per segment", &coverage_table(workshop))),
        section_html("3. What we found", &charts),
        section_html("4. What we decided", &table_html("Decisions", &decision_table(workshop))),
        after_decisions(workshop),
        sources_section(workshop),
    ]
    .concat()
}

/// Step 3's charts, each with its table: in the report, and in the app,
/// where the module draws them so that their code is not in the first load.
pub fn step3_charts_html(analysis: &Analysis) -> String {
    STEP3_CHARTS.iter().map(|spec| chart_html(spec.caption, spec.description, &spec.draw(analysis))).collect()
}

/// Step 3 in the app, drawn by the module so that none of its analysis
/// and chart code is in the first load: once the room has answered in the
/// presenter view, whether its hands count with the customers' answers (off
/// until the facilitator says so, since the room may be the team, not
/// customers); then the fit score and the charts.
pub fn step3_in_app(workshop: &Workshop) -> String {
    let hands = workshop.room_hands();
    let choice = if hands == 0 {
        String::new()
    } else {
        format!(
            "<p class=\"room-in-analysis\"><label><input type=\"checkbox\" data-action=\"room-in-analysis\"{}> Count the room's show of hands ({hands} hands, captured in the presenter view) with the customers' answers</label></p>\n",
            if workshop.room.in_analysis { " checked" } else { "" }
        )
    };
    let analysis = Analysis::of(workshop);
    [choice, fit_section(&analysis.fit_score()), step3_charts_html(&analysis)].concat()
}

/// The saved JSON text carried by a report, if `html` is one. The `\u003c`
/// that stand for `<` are left as they are: a JSON reader turns them back.
pub fn embedded_text(html: &str) -> Option<String> {
    let start = html.find(HTML_DATA_OPEN)? + HTML_DATA_OPEN.len();
    let length = html[start..].find(HTML_DATA_CLOSE)?;
    Some(html[start..start + length].to_owned())
}

/// `\u003c` is the same character to a JSON reader (a `<` only ever occurs
/// inside a JSON string), while an HTML parser, seeing no `<` at all, can
/// neither end the element early nor start a comment in it.
fn data_block(saved_text: &str) -> String {
    format!("{HTML_DATA_OPEN}{}{HTML_DATA_CLOSE}", saved_text.replace('<', "\\u003c"))
}

/// Text made safe for an HTML element or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A section of the report under its heading.
/// A section named by its heading, so that it is a landmark a screen reader
/// can jump to. Titles are the report's own, unique within it.
pub fn section_html(title: &str, body: &str) -> String {
    let id: String = title.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("<section aria-labelledby=\"report-{id}\">\n<h2 id=\"report-{id}\">{}</h2>\n{body}</section>\n", escape(title))
}

/// A table whose first column names each row, as the app's tables do.
pub fn table_html(caption: &str, table: &TextTable) -> String {
    marked_table_html(caption, &table.columns, table.rows.iter().map(|row| (false, row.as_slice())))
}

/// A table whose rows may be marked (`class="differs"`) for the eye as
/// well as saying so in their text.
fn marked_table_html<'a>(caption: &str, columns: &[String], rows: impl ExactSizeIterator<Item = (bool, &'a [String])>) -> String {
    let head: String = columns.iter().map(|c| format!("<th scope=\"col\">{}</th>", escape(c))).collect();
    let body: String = if rows.len() == 0 {
        format!("<tr><td colspan=\"{}\">Not enough data yet.</td></tr>\n", columns.len().max(1))
    } else {
        rows.map(|(marked, row)| row_html(marked, row)).collect()
    };
    format!(
        "<div class=\"table-wrap\"><table class=\"data\">\n<caption>{}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table></div>\n",
        escape(caption)
    )
}

fn row_html(marked: bool, row: &[String]) -> String {
    let Some((head, cells)) = row.split_first() else {
        return String::new();
    };
    let cells: String = cells.iter().map(|c| format!("<td>{}</td>", escape(c))).collect();
    let class = if marked { " class=\"differs\"" } else { "" };
    format!("<tr{class}><th scope=\"row\">{}</th>{cells}</tr>\n", escape(head))
}

/// The sources side by side, each table with a last column that says
/// where they differ; those rows are also marked for the eye.
pub fn comparison_html(comparison: &Comparison) -> String {
    comparison
        .tables
        .iter()
        .map(|table| {
            let columns: Vec<String> = table.columns.iter().cloned().chain(["Difference".to_owned()]).collect();
            let rows: Vec<(bool, Vec<String>)> = table
                .rows
                .iter()
                .map(|row| {
                    let verdict = if row.differs { row.difference.clone() } else { "Alike".to_owned() };
                    let cells = std::iter::once(row.label.clone()).chain(row.cells.iter().cloned()).chain([verdict]).collect();
                    (row.differs, cells)
                })
                .collect();
            marked_table_html(&table.caption, &columns, rows.iter().map(|(marked, cells)| (*marked, cells.as_slice())))
        })
        .collect()
}

/// A chart drawn inline, described for screen readers, then the table that
/// gives its figures. The SVG is inlined as `crate::charts` wrote it, which
/// escaped every text in it.
pub fn chart_html(caption: &str, description: &str, chart: &Chart) -> String {
    format!(
        "<figure>\n<figcaption>{}</figcaption>\n<div class=\"chart-svg\" role=\"img\" aria-label=\"{}\">\n{}</div>\n</figure>\n{}",
        escape(caption),
        escape(description),
        chart.svg,
        table_html(caption, &chart.table),
    )
}

/// The score, what it means, and the terms that add up to it, so that
/// nobody has to take it on trust.
fn fit_section(fit: &FitScore) -> String {
    let score = fit.score.map_or_else(|| "not enough data".to_owned(), |s| format!("{s:.0}"));
    section_html(
        "Scorecard fit",
        &format!(
            "<p><span class=\"fit-value\">{score}</span><span class=\"fit-of\"> / 100</span></p>\n\
             <p class=\"muted\">{FIT_EXPLANATION}</p>\n{}",
            table_html("Terms of the fit score", &fit_table(fit))
        ),
    )
}

/// What follows step 3's decisions, in the app as in the report: the
/// revised scorecard and, for a review that follows others, the trend.
pub fn after_decisions(workshop: &Workshop) -> String {
    revised_section(workshop) + &trend_section(workshop, "")
}

/// `after_decisions` in the app's step 3, where each earlier review links to
/// its workshop in this browser (a link the HTML report, a file, cannot hold).
pub fn after_decisions_in_app(workshop: &Workshop) -> String {
    revised_section(workshop) + &trend_section(workshop, &earlier_links(workshop))
}

/// "Earlier reviews: Q3 review (2026-09-30), …", each a link to the
/// workshop it was when this browser started the next one.
fn earlier_links(workshop: &Workshop) -> String {
    let links: Vec<String> = workshop
        .earlier
        .list()
        .iter()
        .filter(|a| !a.workshop.is_empty())
        .map(|a| {
            // Ids are the app's own letters and digits; anything else in a file is dropped.
            let id: String = a.workshop.chars().filter(char::is_ascii_alphanumeric).collect();
            format!("<a href=\"#/w/{id}/determine\">{} ({})</a>", escape(&a.name), escape(&a.date))
        })
        .collect();
    if links.is_empty() {
        String::new()
    } else {
        format!("<p>Earlier reviews: {}.</p>\n", links.join(", "))
    }
}

/// The scorecard as the decisions leave it, with what they drop.
fn revised_section(workshop: &Workshop) -> String {
    let revised = revised_scorecard(workshop);
    let dropped = if revised.dropped.is_empty() {
        String::new()
    } else {
        format!("<p>Dropped: {}.</p>\n", escape(&revised.dropped.join(", ")))
    };
    section_html("The revised scorecard", &format!("{}{dropped}", table_html("The scorecard as the decisions leave it", &revised_table(&revised))))
}

/// Only for a workshop merged from several people's files.
fn sources_section(workshop: &Workshop) -> String {
    if sources(workshop).len() < 2 {
        return String::new();
    }
    section_html("The sources compared", &comparison_html(&compare(workshop, OWN_SOURCE)))
}

/// Only for a review that follows earlier ones; `lead` comes first.
fn trend_section(workshop: &Workshop, lead: &str) -> String {
    if workshop.earlier.is_empty() {
        return String::new();
    }
    let analysis = Analysis::of(workshop);
    let charts: String = TREND_CHARTS.iter().map(|spec| chart_html(spec.caption, spec.description, &spec.draw(&analysis))).collect();
    section_html("The trend across assessments", &format!("{lead}{charts}"))
}

/// Every measure of the scorecard as step 1 records it.
pub fn inventory_table(workshop: &Workshop) -> TextTable {
    let rows = workshop
        .measures
        .iter()
        .map(|m| {
            vec![
                m.name.clone(),
                or_dash(&m.asks),
                or_dash(&m.source),
                m.frequency.label().to_owned(),
                or_dash(&m.owner),
                or_dash(&m.drives_decision),
                figures_with_unit(m),
                rating_text(m.emphasis),
                rating_text(m.understanding),
            ]
        })
        .collect();
    TextTable {
        columns: columns(&[
            "Measure",
            "What it asks or counts",
            "Source",
            "Frequency",
            "Owner",
            "Decision it drives",
            "Latest / target",
            "Emphasis",
            "Understanding",
        ]),
        rows,
    }
}

/// How many of each segment's customers were heard, and in how many conversations.
pub fn coverage_table(workshop: &Workshop) -> TextTable {
    let rows = segment_coverage(workshop)
        .into_iter()
        .map(|c| {
            vec![
                workshop.segment(c.segment).map(|s| s.name.clone()).unwrap_or_default(),
                format!("{} of {}", c.customers_heard, c.customers),
                c.conversations.to_string(),
            ]
        })
        .collect();
    TextTable { columns: columns(&["Segment", "Customers heard", "Conversations"]), rows }
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() { "–".into() } else { text.to_owned() }
}

/// "86 / 90 (%)", with a dash for a missing figure, as the app shows it.
fn figures_with_unit(measure: &Measure) -> String {
    let unit = if measure.unit.trim().is_empty() { String::new() } else { format!(" ({})", measure.unit) };
    format!("{}{unit}", latest_and_target(measure.latest_value, measure.target))
}

fn rating_text(rating: Option<Rating>) -> String {
    rating.map_or_else(|| "not rated".to_owned(), |r| format!("{r} of 5"))
}
