//! Step 3's charts and the fit score's table, each chart with the table that
//! says the same in text.

use crate::analysis::{segment_findings, Analysis, FitScore};
use crate::charts::{
    columns, heat_map_svg, row_chart_svg, scale_chart_svg, Chart, ChartRow, HeatCell, Mark, RowChart, ScalePoint, TextTable,
    CHART_WIDTH, EMPHASIS_RELEVANCE, EXPECTATION_ROWS, RELEVANCE_ROWS,
};
use crate::model::Workshop;
use crate::stats::Spread;

fn describe(spread: Option<Spread>) -> String {
    spread.map_or_else(|| "not enough data".into(), |s| s.describe())
}

/// Emphasis × relevance, with each measure's quadrant.
pub fn quadrant_chart(analysis: &Analysis) -> Chart {
    let placed = &analysis.placements;
    let points: Vec<ScalePoint> =
        placed.iter().map(|p| ScalePoint { label: p.name.clone(), x: f64::from(p.emphasis), y: p.relevance.mean }).collect();
    let rows = placed
        .iter()
        .map(|p| vec![p.name.clone(), p.emphasis.to_string(), p.relevance.describe(), p.quadrant.label().to_owned()])
        .collect();
    Chart {
        svg: scale_chart_svg(&EMPHASIS_RELEVANCE, &points, (CHART_WIDTH, 560)),
        table: TextTable { columns: columns(&["Measure", "Internal emphasis", "Customer relevance", "Quadrant"]), rows },
    }
}

/// Mean relevance per measure with its spread; value alongside in the table.
pub fn relevance_chart(analysis: &Analysis) -> Chart {
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for (measure, f) in analysis.workshop.measures.iter().zip(&analysis.findings) {
        let relevance = describe(f.relevance);
        chart_rows.push(ChartRow {
            label: measure.name.clone(),
            marks: f.relevance.iter().map(|r| Mark::Bar { value: r.mean, spread: r.sd }).collect(),
            note: relevance.clone(),
        });
        rows.push(vec![measure.name.clone(), relevance, describe(f.value)]);
    }
    Chart {
        svg: row_chart_svg(&RELEVANCE_ROWS, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Measure", "Relevance", "Value"]), rows },
    }
}

/// Mean relevance of each measure in each segment.
pub fn segment_heat_map(analysis: &Analysis) -> Chart {
    let workshop = analysis.workshop;
    let names: Vec<String> = workshop.measures.iter().map(|m| m.name.clone()).collect();
    let segments: Vec<String> = workshop.segments.iter().map(|s| s.name.clone()).collect();
    let by_segment: Vec<Vec<Option<Spread>>> = workshop
        .segments
        .iter()
        .map(|s| segment_findings(workshop, s.id).into_iter().map(|f| f.relevance).collect())
        .collect();
    let cells: Vec<Vec<HeatCell>> = (0..names.len())
        .map(|m| by_segment.iter().map(|column| column[m].map(|s| (s.mean, s.n))).collect())
        .collect();
    let rows = names
        .iter()
        .enumerate()
        .map(|(m, name)| std::iter::once(name.clone()).chain(by_segment.iter().map(|column| describe(column[m]))).collect())
        .collect();
    let mut headers = vec!["Measure".to_owned()];
    headers.extend(segments.iter().cloned());
    Chart { svg: heat_map_svg(&names, &segments, &cells, CHART_WIDTH), table: TextTable { columns: headers, rows } }
}

/// What the team expected against what customers said, per measure.
pub fn expectation_chart(analysis: &Analysis) -> Chart {
    let mut chart_rows = Vec::new();
    let mut rows = Vec::new();
    for gap in analysis.expectation_gaps() {
        let name = analysis.workshop.measure(gap.measure).map(|m| m.name.clone()).unwrap_or_default();
        let expected = f64::from(gap.expected.get());
        let mut marks = vec![Mark::Dot { value: expected, filled: false }];
        marks.extend(gap.said.map(|s| Mark::Dot { value: s.mean, filled: true }));
        let difference = gap.gap().map_or_else(|| "not enough data".to_owned(), |g| format!("{g:+.1}"));
        chart_rows.push(ChartRow { label: name.clone(), marks, note: difference.clone() });
        rows.push(vec![name, gap.expected.to_string(), describe(gap.said), difference]);
    }
    Chart {
        svg: row_chart_svg(&EXPECTATION_ROWS, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Measure", "Expected", "Customers said", "Difference"]), rows },
    }
}

/// Things customers care about that no measure covers, by how many raised them.
pub fn factor_chart(analysis: &Analysis) -> Chart {
    let factors = &analysis.factors;
    let most = factors.first().map_or(1, |f| f.customers).max(1);
    let axis = RowChart { axis_title: "Customers who raised it", min: 0.0, max: most as f64, legend: "" };
    let chart_rows: Vec<ChartRow> = factors
        .iter()
        .map(|f| ChartRow {
            label: f.label.clone(),
            marks: vec![Mark::Bar { value: f.customers as f64, spread: None }],
            note: f.customers.to_string(),
        })
        .collect();
    let rows = factors.iter().map(|f| vec![f.label.clone(), f.customers.to_string()]).collect();
    Chart {
        svg: row_chart_svg(&axis, &chart_rows, CHART_WIDTH),
        table: TextTable { columns: columns(&["Not measured", "Customers who raised it"]), rows },
    }
}

/// A chart as the app, the report and the exports name it.
#[derive(Clone, Copy)]
pub struct ChartSpec {
    /// In file names: `quadrant`, `relevance` …
    pub slug: &'static str,
    pub caption: &'static str,
    /// What the chart shows, for people who cannot see it.
    pub description: &'static str,
    pub draw: Draw,
}

/// What a chart is drawn from: the workshop, or step 3's analysis of it,
/// which all of step 3's charts share.
#[derive(Clone, Copy)]
pub enum Draw {
    Workshop(fn(&Workshop) -> Chart),
    Analysis(fn(&Analysis) -> Chart),
}

impl ChartSpec {
    /// The chart, from an analysis that the other charts drawn with it share.
    pub fn draw(&self, analysis: &Analysis) -> Chart {
        match self.draw {
            Draw::Workshop(draw) => draw(analysis.workshop),
            Draw::Analysis(draw) => draw(analysis),
        }
    }
}

/// Step 3's charts, in the order the step and the report show them.
pub const STEP3_CHARTS: [ChartSpec; 5] = [
    ChartSpec {
        slug: "quadrant",
        caption: "Internal emphasis against customer relevance",
        description: "Scatter chart of internal emphasis against mean customer relevance per measure, in four quadrants: keep, over-measured, blind spot, drop candidate.",
        draw: Draw::Analysis(quadrant_chart),
    },
    ChartSpec {
        slug: "relevance",
        caption: "Customer relevance per measure, with its spread",
        description: "Bar chart of mean customer relevance per measure with whiskers of one standard deviation.",
        draw: Draw::Analysis(relevance_chart),
    },
    ChartSpec {
        slug: "segments",
        caption: "Relevance by customer segment",
        description: "Heat map of mean customer relevance for each measure in each segment; darker is more relevant.",
        draw: Draw::Analysis(segment_heat_map),
    },
    ChartSpec {
        slug: "expectations",
        caption: "What we expected against what customers said",
        description: "For each measure, the relevance the team expected next to the mean relevance customers gave.",
        draw: Draw::Analysis(expectation_chart),
    },
    ChartSpec {
        slug: "not-measured",
        caption: "What customers care about that no measure covers",
        description: "Bar chart of the things customers raised that no measure covers, by how many customers raised them.",
        draw: Draw::Analysis(factor_chart),
    },
];

/// Every chart of step 3, from one analysis, as the step and the report show them.
pub fn step3_charts(analysis: &Analysis) -> [Chart; 5] {
    STEP3_CHARTS.map(|spec| spec.draw(analysis))
}

/// What the fit score means, said wherever it is shown.
pub const FIT_EXPLANATION: &str = "How well the scorecard measures what its own customers care about: the points of the four terms below add up to it. A term without data is left out and the others' weights scaled up.";

/// The fit score's terms with their weights, shares and points, which add
/// up to the score.
pub fn fit_table(fit: &FitScore) -> TextTable {
    let counted: f64 = fit.terms.iter().filter(|t| t.share.is_some()).map(|t| t.weight).sum();
    let rows = fit
        .terms
        .iter()
        .map(|t| {
            let (share, points) = match t.share {
                Some(s) => (format!("{:.0} %", s * 100.0), format!("{:.1}", t.weight * s * 100.0 / counted)),
                None => ("not enough data".into(), "–".into()),
            };
            vec![t.name.to_owned(), format!("{}", t.weight), share, points, t.explanation.clone()]
        })
        .collect();
    TextTable { columns: columns(&["Term", "Weight", "Share", "Points", "From"]), rows }
}
