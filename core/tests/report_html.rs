//! The self-contained HTML report: what it shows, that it carries the
//! workshop back losslessly, and that no text typed into a workshop can
//! become markup, script or a request in it.

use proptest::prelude::*;
use scorecard_core::analysis::fit_score;
use scorecard_core::model::{Decision, DecisionKind, DecisionSubject, Workshop};
use scorecard_core::sample::sample_workshop;
use scorecard_core::saved::{decode, encode};
use scorecard_core::share::report::{embedded_text, escape, html_report};
use scorecard_core::share::{HTML_DATA_CLOSE, HTML_DATA_OPEN};

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "</script><script>x()</script>",
    "\"><img src=x onerror=alert(1)>",
    "&amp;",
    "=HYPERLINK()",
];

/// Every element the report may contain: its own, and those plotters draws.
const ELEMENTS: [&str; 26] = [
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer", "h1", "h2", "p", "span",
    "figure", "figcaption", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "svg", "text",
];
const SVG_ELEMENTS: [&str; 5] = ["rect", "circle", "polyline", "path", "g"];

fn saved(workshop: &Workshop) -> String {
    encode(workshop, "0.1.0", "2026-11-22T10:00:00.000Z", "k3x9")
}

fn report(workshop: &Workshop) -> String {
    html_report(workshop, &saved(workshop), "2026-11-22")
}

/// The page without its data block, which holds no `<` at all.
fn page_outside_data(html: &str) -> String {
    let inner = embedded_text(html).expect("a report carries its workshop");
    assert!(!inner.contains('<'), "the data block must hold no `<`");
    html.replacen(&format!("{HTML_DATA_OPEN}{inner}{HTML_DATA_CLOSE}"), "", 1)
}

/// Fails unless every tag outside the data block is an allowed element
/// with no event-handler attribute.
fn assert_only_known_markup(html: &str) {
    let page = page_outside_data(html);
    let page = page.strip_prefix("<!DOCTYPE html>").expect("starts with the doctype");
    for (start, _) in page.match_indices('<') {
        let tag = &page[start + 1..start + page[start..].find('>').expect("every tag is closed")];
        let name: String = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
        assert!(ELEMENTS.contains(&name.as_str()) || SVG_ELEMENTS.contains(&name.as_str()), "unexpected element <{tag}>");
        // Attribute values are quoted and escaped, so what is left outside
        // the quotes is the attribute names.
        let names_only: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        for attribute in names_only.split_whitespace().skip(1) {
            assert!(!attribute.to_ascii_lowercase().starts_with("on"), "event handler in <{tag}>");
        }
    }
}

fn assert_no_url_but_the_svg_namespace(html: &str) {
    let rest = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!rest.contains("http://") && !rest.contains("https://"), "a URL in the report");
}

fn assert_carries(html: &str, workshop: &Workshop) {
    let text = embedded_text(html).expect("a report carries its workshop");
    assert_eq!(decode(&text).expect("the carried text reads back").workshop, *workshop);
    let as_json = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
    assert_eq!(as_json(&text), as_json(&saved(workshop)), "the carried JSON is the saved JSON");
}

#[test]
fn sample_report_shows_every_part_in_the_order_of_the_app() {
    let w = sample_workshop();
    let html = report(&w);
    eprintln!("sample report: {} bytes", html.len());
    assert!(html.len() < 200_000, "{} bytes", html.len());

    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
    assert!(html.contains(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#
    ));
    assert!(html.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#));
    assert_eq!(html.matches("<style>").count(), 1);
    assert!(!html.contains("<?xml"));

    let score = format!("<span class=\"fit-value\">{:.0}</span>", fit_score(&w).score.unwrap());
    let order = [
        "<h1>Kestrel Pumps — Q4 scorecard review</h1>",
        "Kestrel Pumps · Generated on 2026-11-22",
        ">Scorecard fit</h2>",
        score.as_str(),
        "<caption>Terms of the fit score</caption>",
        ">1. What we measure today</h2>",
        ">2. Who we asked</h2>",
        ">3. What we found</h2>",
        ">4. What we decided</h2>",
        ">The revised scorecard</h2>",
        HTML_DATA_OPEN,
    ];
    let places: Vec<usize> = order.iter().map(|part| html.find(part).unwrap_or_else(|| panic!("missing {part}"))).collect();
    assert!(places.windows(2).all(|pair| pair[0] < pair[1]), "out of order: {places:?}");

    assert_eq!(html.matches("<svg").count(), 5);
    assert_eq!(html.matches("<figure>").count(), 5);
    assert_eq!(html.matches("role=\"img\" aria-label=\"").count(), 5);
    for measure in &w.measures {
        assert!(html.contains(&format!("<th scope=\"row\">{}</th>", escape(&measure.name))), "missing {}", measure.name);
    }
    assert!(html.contains("<td>Head of Customer Success</td>") && html.contains("<td>31 / 40 (−100 to 100)</td>"));
    assert_only_known_markup(&html);
    assert_no_url_but_the_svg_namespace(&html);
    assert_carries(&html, &w);
}

#[test]
fn an_empty_workshop_reports_that_there_is_not_enough_data() {
    let w = Workshop::new("Fresh", "");
    let html = report(&w);
    assert!(html.contains("<p>Generated on 2026-11-22</p>"));
    assert!(html.contains("<span class=\"fit-value\">not enough data</span>"));
    assert!(html.contains("<td colspan=\"9\">Not enough data yet.</td>"));
    assert!(!html.contains("NaN"));
    assert_only_known_markup(&html);
    assert_carries(&html, &w);
}

#[test]
fn a_page_that_is_not_a_report_carries_nothing() {
    assert_eq!(embedded_text("<!DOCTYPE html><html><body>hello</body></html>"), None);
    assert_eq!(embedded_text(&format!("<p>{HTML_DATA_OPEN}{{\"cut\": ")), None);
}

#[test]
#[should_panic(expected = "unexpected element")]
fn the_markup_check_catches_an_injected_element() {
    assert_only_known_markup(&report(&sample_workshop()).replacen("<main>", "<main><img src=x>", 1));
}

#[test]
#[should_panic(expected = "event handler")]
fn the_markup_check_catches_an_event_handler() {
    assert_only_known_markup(&report(&sample_workshop()).replacen("<main>", "<main onclick=x()>", 1));
}

#[test]
fn escape_covers_the_five_characters_of_markup() {
    assert_eq!(escape(r#"<a href='x'>"R&D"</a>"#), "&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;");
}

/// The sample with `texts` typed into every kind of field the report shows
/// or carries, cycling through them.
fn typed_into(texts: &[String]) -> Workshop {
    let mut w = sample_workshop();
    let mut next = texts.iter().cycle().cloned();
    let mut take = || next.next().expect("at least one text");
    w.name = take();
    w.organisation = take();
    for m in &mut w.measures {
        m.name = take();
        m.asks = take();
        m.source = take();
        m.owner = take();
        m.drives_decision = take();
        m.unit = take();
    }
    for s in &mut w.segments {
        s.name = take();
    }
    for c in &mut w.customers {
        c.name = take();
    }
    for c in &mut w.conversations {
        c.quotes.push(take());
        c.unmeasured.push(take());
        c.notes = take();
    }
    for d in &mut w.decisions {
        d.reason = take();
        d.owner = take();
    }
    w.decisions.push(Decision {
        subject: DecisionSubject::Factor(take()),
        kind: DecisionKind::Add,
        reason: take(),
        owner: take(),
        due: String::new(),
    });
    w
}

#[test]
fn hostile_text_stays_text_and_the_workshop_still_comes_back() {
    let texts: Vec<String> = HOSTILE.iter().map(|t| (*t).to_owned()).collect();
    let w = typed_into(&texts);
    let html = report(&w);
    assert_eq!(html.matches("<script").count(), 1, "only the data block");
    assert!(!html.contains("<img"));
    assert_only_known_markup(&html);
    assert_no_url_but_the_svg_namespace(&html);
    assert_carries(&html, &w);
    let page = page_outside_data(&html);
    for text in HOSTILE {
        assert!(page.contains(&escape(text)), "{text} is not shown as text");
    }
    assert!(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
    assert!(page.contains("&amp;amp;") && page.contains("=HYPERLINK()"));
}

proptest! {
    // Each case draws five charts; no file to persist failures to in an integration test.
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever people type, alone or mixed with markup, the report shows it
    /// as text and carries the workshop back exactly.
    #[test]
    fn any_text_stays_text(texts in prop::collection::vec(
        prop_oneof![
            "\\PC{0,24}",
            prop::sample::select(HOSTILE.to_vec()).prop_map(str::to_owned),
            "[<>&\"'/= a-z\\\\]{1,16}",
        ],
        1..8,
    )) {
        let w = typed_into(&texts);
        let html = report(&w);
        prop_assert_eq!(html.matches("<script").count(), 1);
        assert_only_known_markup(&html);
        assert_carries(&html, &w);
        let page = page_outside_data(&html);
        let name = format!("<h1>{}</h1>", escape(&w.name));
        prop_assert!(page.contains(&name));
    }
}
