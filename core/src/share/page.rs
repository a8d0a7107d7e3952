//! The "Share and export" page's markup. Only someone sharing needs it, so
//! it is drawn by the on-demand module rather than by the app's components,
//! which would put it in everyone's first load (measured: 24 KB gzip as
//! Leptos components against a budget with 12 KB left).
//!
//! The page is plain HTML. Every control says what it does in its text or
//! its label, and carries a `data-action` (with what the action needs in
//! other `data-` attributes) that the app acts on: the app keeps the
//! workshop, the files picked and the link made, and asks for the page again
//! when one of them changes. All user text goes through `report::escape`.

use crate::charts::understanding_chart;
use crate::determine::{ChartSpec, Draw, STEP3_CHARTS};
use crate::workshops::WORKSHOP_FILE;
use crate::model::Workshop;
use crate::review::TREND_CHARTS;
use crate::share::compare::{compare, sources, OWN_SOURCE};
use crate::share::link::qr_svg;
use crate::share::merge::{Merged, Side};
use crate::share::report::{comparison_html, escape, report_sections};

/// Step 1's chart: the only chart outside step 3 and the trend.
const UNDERSTANDING_CHART: ChartSpec = ChartSpec {
    slug: "understanding",
    caption: "Internal emphasis against team understanding",
    description: "Scatter chart of internal emphasis against how well the team understands each measure.",
    draw: Draw::Workshop(understanding_chart),
};

/// Every chart the app draws, in the order a workshop shows them.
pub fn chart_specs() -> impl Iterator<Item = ChartSpec> {
    charts(true)
}

/// The charts a workshop shows: the trend only after an earlier review.
fn charts(with_trend: bool) -> impl Iterator<Item = ChartSpec> {
    let trend = if with_trend { &TREND_CHARTS[..] } else { &[] };
    std::iter::once(UNDERSTANDING_CHART).chain(STEP3_CHARTS).chain(trend.iter().copied())
}

/// A file the on-demand module makes from the workshop: the button's text,
/// what it is for, the request that makes it, the end of its file name and
/// its type.
struct Export {
    label: &'static str,
    explains: &'static str,
    op: &'static str,
    arg: &'static str,
    what: &'static str,
    mime: &'static str,
}

/// `arg` "today" is replaced by the date: the report says when it was made.
const EXPORTS: [Export; 6] = [
    Export {
        label: "Workshop file (JSON)",
        explains: "Opens back in the app, in any browser, exactly as it is: the file to send to teams who add their own input.",
        op: "saved",
        arg: "",
        what: WORKSHOP_FILE,
        mime: "application/json",
    },
    Export {
        label: "Report (HTML)",
        explains: "One file anyone can open offline, from an email or a shared drive: every chart, table and decision. The app opens it back as a workshop.",
        op: "report",
        arg: "today",
        what: "-report.html",
        mime: "text/html",
    },
    Export { label: "Measures (CSV)", explains: "The inventory, a measure a row, with its customer relevance.", op: "csv", arg: "measures", what: "-measures.csv", mime: "text/csv" },
    Export { label: "Answers (CSV)", explains: "A row per customer answer, with the conversation's quotes and notes.", op: "csv", arg: "answers", what: "-answers.csv", mime: "text/csv" },
    Export { label: "Decisions (CSV)", explains: "Keep, change, drop and add, with reasons, owners and dates.", op: "csv", arg: "decisions", what: "-decisions.csv", mime: "text/csv" },
    Export {
        label: "Revised scorecard (CSV)",
        explains: "The scorecard as the decisions leave it: what to take back to leadership.",
        op: "csv",
        arg: "revised",
        what: "-revised-scorecard.csv",
        mime: "text/csv",
    },
];

/// What the page shows besides the workshop: the files picked to merge
/// (with the merge they would make) and the share link once made.
pub struct PageState<'a> {
    /// The merge the files would make, or why they cannot be merged.
    pub merge: Option<Result<&'a Merged, &'a str>>,
    /// The names of the files picked to merge, in the order picked.
    pub merging: &'a [String],
    pub link: &'a str,
    pub today: &'a str,
}

/// The page's content below its heading.
pub fn share_page_html(workshop: &Workshop, state: &PageState<'_>) -> String {
    // What was made last takes the focus: a merge preview over a link.
    let link_focus = state.merge.is_none();
    [downloads(state.today), chart_downloads(workshop), share_link(state.link, link_focus), merge(state), comparison(workshop), next_review()]
        .concat()
}

fn section(id: &str, title: &str, body: &str) -> String {
    format!("<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{title}</h2>\n{body}</section>\n")
}

fn downloads(today: &str) -> String {
    let made: String = EXPORTS
        .iter()
        .map(|e| {
            let arg = if e.arg == "today" { today } else { e.arg };
            format!(
                "<li><button type=\"button\" class=\"button-small\" data-action=\"file\" data-op=\"{}\" data-arg=\"{}\" data-what=\"{}\" data-mime=\"{}\">{}</button> <span class=\"muted small\">{}</span></li>\n",
                e.op,
                escape(arg),
                e.what,
                e.mime,
                e.label,
                e.explains
            )
        })
        .collect();
    section(
        "downloads-title",
        "Download",
        &format!(
            "<ul class=\"export-list\">\n{made}</ul>\n"
        ),
    )
}

fn chart_downloads(workshop: &Workshop) -> String {
    let rows: String = charts(!workshop.earlier.is_empty())
        .map(|spec| {
            // Both ask for the SVG; the app draws the PNG from it.
            let button = |kind: &str, action: &str, mime: &str| {
                format!(
                    "<button type=\"button\" class=\"button-small\" data-action=\"{action}\" data-op=\"chart\" data-arg=\"{slug}\" data-what=\"-{slug}.{}\" data-mime=\"{mime}\" aria-label=\"Download “{}” as {kind}\">{kind}</button>",
                    kind.to_lowercase(),
                    spec.caption,
                    slug = spec.slug,
                )
            };
            format!(
                "<li><span class=\"export-name\">{}</span> {} {}</li>\n",
                spec.caption,
                button("SVG", "file", "image/svg+xml"),
                button("PNG", "png", "image/png")
            )
        })
        .collect();
    section(
        "chart-downloads-title",
        "Charts as pictures",
        &format!("<p class=\"muted\">SVG stays sharp at any size; PNG is drawn at twice the size, for slides.</p>\n<ul class=\"export-list\">\n{rows}</ul>\n"),
    )
}

/// `focus`: whether the link field takes the focus (it was just made).
fn share_link(link: &str, focus: bool) -> String {
    let made = if link.is_empty() {
        String::new()
    } else {
        let qr = match qr_svg(link) {
            Ok(svg) => format!("<div class=\"qr\" role=\"img\" aria-label=\"QR code of the share link\">{svg}</div>\n"),
            Err(too_long) => format!("<p class=\"notice\">{}</p>\n", escape(&too_long.to_string())),
        };
        format!(
            "<div class=\"share-link\">\n<label class=\"field\">Share link ({} characters)<input type=\"text\" readonly value=\"{}\"{}></label>\n</div>\n{qr}",
            link.chars().count(),
            escape(link),
            if focus { " data-focus" } else { "" }
        )
    };
    section(
        "share-link-title",
        "Share link",
        &format!(
            "<p class=\"muted\">The link carries the whole workshop — customer names and quotes too — so anyone who has it can read it. It opens read-only, with a button to save a copy. The part after # never leaves the browser: no server sees it. A link holds the workshop as it was when made.</p>\n<button type=\"button\" class=\"button-small\" data-action=\"link\">{}</button>\n{made}",
            if link.is_empty() { "Make a share link" } else { "Make the link again" }
        ),
    )
}

fn merge(state: &PageState<'_>) -> String {
    let picker = "<label class=\"field\">Choose files to merge into this workshop<input type=\"file\" multiple accept=\".json,.html,application/json,text/html\" data-action=\"merge-files\"></label>\n";
    let preview = match state.merge {
        Some(Ok(merged)) => merge_preview(merged, state.merging),
        Some(Err(why)) => format!(
            "<p class=\"field-error\" role=\"alert\">{}</p>\n<button type=\"button\" class=\"button-small\" data-action=\"merge-cancel\">Cancel the merge</button>\n",
            escape(why)
        ),
        None => String::new(),
    };
    section(
        "merge-title",
        "Merge other people's files",
        &format!(
            "<p class=\"muted\">Files of this workshop that teams sent back, as workshop files or HTML reports. Nothing changes until you merge; what differs is listed for you to choose.</p>\n{picker}{preview}"
        ),
    )
}

fn merge_preview(merged: &Merged, files: &[String]) -> String {
    let summary: String = merged.summary.iter().map(|line| format!("<li>{}</li>\n", escape(line))).collect();
    let choose = if merged.conflicts.is_empty() {
        String::new()
    } else {
        let differ = match merged.conflicts.len() {
            1 => "One item differs. Choose which version to keep:".to_owned(),
            n => format!("{n} items differ. Choose which version to keep for each:"),
        };
        format!("<p>{differ}</p>\n")
    };
    let conflicts: String = merged
        .conflicts
        .iter()
        .map(|c| {
            let option = |side: Side, text: String| {
                let (value, checked) = match side {
                    Side::Ours => ("ours", c.chosen == Side::Ours),
                    Side::Theirs => ("theirs", c.chosen == Side::Theirs),
                };
                format!(
                    "<label><input type=\"radio\" name=\"{}\" value=\"{value}\"{}> {}</label>\n",
                    escape(&c.key),
                    if checked { " checked" } else { "" },
                    escape(&text)
                )
            };
            format!(
                "<fieldset class=\"conflict\">\n<legend>{} — {}</legend>\n{}{}</fieldset>\n",
                escape(&c.what),
                escape(&c.source),
                option(Side::Ours, format!("Keep this workshop's: {}", c.ours)),
                option(Side::Theirs, format!("Take {}'s: {}", c.source, c.theirs))
            )
        })
        .collect();
    format!(
        "<div class=\"merge-preview card\">\n<h3 tabindex=\"-1\" data-focus>What merging {} does</h3>\n<ul>\n{summary}</ul>\n{choose}{conflicts}<div class=\"row-actions\"><button type=\"button\" class=\"button\" data-action=\"merge-apply\">Merge into this workshop</button> <button type=\"button\" class=\"button-small\" data-action=\"merge-cancel\">Cancel the merge</button></div>\n</div>\n",
        escape(&files.join(", "))
    )
}

/// Only once the workshop holds conversations from more than one source.
fn comparison(workshop: &Workshop) -> String {
    if sources(workshop).len() < 2 {
        return String::new();
    }
    section(
        "compare-title",
        "Compare the sources",
        &format!(
            "<p class=\"muted\">Each source's conversations on their own: where they disagree, the row is marked and says how.</p>\n<div class=\"comparison\">{}</div>\n",
            comparison_html(&compare(workshop, OWN_SOURCE))
        ),
    )
}

fn next_review() -> String {
    section(
        "next-review-title",
        "Next quarter",
        "<p class=\"muted\">A new workshop whose inventory is the revised scorecard, with the same segments and customers. This workshop stays as it is; the new one shows the trend across both.</p>\n<button type=\"button\" class=\"button-small\" data-action=\"next-review\">Start next quarter's review from this one</button>\n",
    )
}

/// A workshop opened from a share link: what it is, the way to keep it,
/// and its report.
pub fn shared_page_html(workshop: &Workshop) -> String {
    format!(
        "<header class=\"page-head\">\n<p class=\"eyebrow\">Shared with you</p>\n<h1 tabindex=\"-1\" data-focus>Scorecard review</h1>\n<p class=\"lede\">“{}”{}, shared as a link: read-only here, and nothing is kept in this browser unless you save a copy.</p>\n</header>\n<p class=\"no-print\"><button type=\"button\" class=\"button\" data-action=\"save-copy\">Save a copy to this browser</button></p>\n{}",
        escape(&workshop.name),
        if workshop.organisation.trim().is_empty() { String::new() } else { format!(" ({})", escape(&workshop.organisation)) },
        report_sections(workshop)
    )
}

/// Why a share link cannot be opened, and the way back.
pub fn unopenable_link_html(why: &str) -> String {
    format!(
        "<h1 tabindex=\"-1\" data-focus>This share link cannot be opened</h1>\n<p>{}</p>\n<p><a class=\"button\" href=\"#/\">Go to your workshops</a></p>\n",
        escape(why)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;
    use crate::share::merge::merge as merge_files;

    fn page(workshop: &Workshop, merge: Option<&Merged>, link: &str) -> String {
        share_page_html(workshop, &PageState { merge: merge.map(Ok), merging: &["team-a".to_owned()], link, today: "2026-12-01" })
    }

    #[test]
    fn every_export_and_every_chart_has_a_named_control() {
        let html = page(&sample_workshop(), None, "");
        for export in EXPORTS {
            assert!(html.contains(&format!(">{}</button>", export.label)), "{}", export.label);
        }
        assert!(html.contains("data-arg=\"2026-12-01\""), "the report is dated");
        assert_eq!(html.matches("data-op=\"chart\"").count(), 2 * (chart_specs().count() - TREND_CHARTS.len()), "no trend without an earlier review");
        let next = crate::review::next_review(&sample_workshop(), "2027-01-15", "w1");
        assert_eq!(page(&next, None, "").matches("data-op=\"chart\"").count(), 2 * chart_specs().count());
        assert_eq!(html.matches("data-action=\"png\"").count(), chart_specs().count() - TREND_CHARTS.len());
        assert!(html.contains("aria-label=\"Download “Relevance by customer segment” as PNG\""));
        assert!(!html.contains("Compare the sources"), "one source: nothing to compare");
        assert!(!html.contains("QR code"));
    }

    #[test]
    fn a_made_link_shows_with_its_qr_code_or_the_reason_there_is_none() {
        let short = page(&sample_workshop(), None, "https://example.org/#/shared/1.abc");
        assert!(short.contains("value=\"https://example.org/#/shared/1.abc\"") && short.contains("QR code of the share link"));
        let long = format!("https://example.org/#/shared/1.{}", "a".repeat(4000));
        let html = page(&sample_workshop(), None, &long);
        assert!(html.contains("there is no QR code") && !html.contains("<svg xmlns"));
    }

    #[test]
    fn hostile_text_in_a_merge_stays_text() {
        let ours = sample_workshop();
        let mut theirs = ours.clone();
        theirs.measures[0].owner = "<img src=x onerror=alert(1)>".into();
        let merged = merge_files(&ours, &[("\"><script>alert(1)</script>".into(), theirs)], &[]);
        let html = page(&ours, Some(&merged), "\"><script>x()</script>");
        assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert_eq!(html.matches("type=\"radio\"").count(), 2 * merged.conflicts.len());
        assert!(html.contains("data-action=\"merge-apply\""));
    }

    #[test]
    fn a_shared_workshop_shows_its_report_and_the_way_to_keep_it() {
        let mut w = sample_workshop();
        w.name = "<script>alert(1)</script>".into();
        let html = shared_page_html(&w);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script"));
        assert!(html.contains("data-action=\"save-copy\">Save a copy to this browser</button>"));
        assert_eq!(html.matches("<svg").count(), 5);
        assert!(unopenable_link_html("cut <b>short</b>").contains("cut &lt;b&gt;short&lt;/b&gt;"));
    }

    #[test]
    fn several_sources_are_compared() {
        let mut w = sample_workshop();
        for conversation in w.conversations.iter_mut().take(4) {
            conversation.source = "Team A".into();
        }
        let html = page(&w, None, "");
        assert!(html.contains("Compare the sources") && html.contains("Team A") && html.contains(OWN_SOURCE));
    }
}
