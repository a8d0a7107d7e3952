//! Charts drawn as SVG text with plotters, so that the same code renders in
//! the browser, in exports and in native tests. plotters escapes every text
//! and attribute it writes, so a measure named `<script>` stays text.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;
use plotters_backend::DrawingErrorKind;

/// Okabe–Ito colours: told apart by people with any common colour-vision deficiency.
pub mod palette {
    use plotters::style::RGBColor;
    pub const BLUE: RGBColor = RGBColor(0, 114, 178);
    pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
    pub const GREEN: RGBColor = RGBColor(0, 158, 115);
    pub const VERMILLION: RGBColor = RGBColor(213, 94, 0);
    pub const GREY: RGBColor = RGBColor(90, 90, 90);
    pub const INK: RGBColor = RGBColor(31, 41, 55);
}

const FONT: &str = "sans-serif";
/// Where the 1–5 scales are split into low and high.
pub const MIDPOINT: f64 = 3.0;

/// One labelled point on a chart whose both axes are the 1–5 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ScalePoint {
    pub label: String,
    pub x: f64,
    pub y: f64,
}

/// What a 1–5 × 1–5 chart says around its points.
pub struct ScaleChart {
    pub x_title: &'static str,
    pub y_title: &'static str,
    /// Names of the top-left, top-right, bottom-left and bottom-right quarters.
    pub corners: [&'static str; 4],
}

/// Step 3: internal emphasis against what customers find relevant.
pub const EMPHASIS_RELEVANCE: ScaleChart = ScaleChart {
    x_title: "Internal emphasis (1 = little, 5 = a lot)",
    y_title: "Customer relevance (mean, 1–5)",
    corners: ["Blind spot", "Keep", "Drop candidate", "Over-measured"],
};

/// Step 1: internal emphasis against how well the team understands each measure.
pub const EMPHASIS_UNDERSTANDING: ScaleChart = ScaleChart {
    x_title: "Internal emphasis (1 = little, 5 = a lot)",
    y_title: "Team understanding (1–5)",
    corners: ["Understood, little weight", "Understood and weighted", "Neither", "Weighted, not understood"],
};

/// Labelled points on two 1–5 scales split at the midpoint into named quarters.
///
/// Drawn in pixel space straight on plotters' SVG backend rather than
/// through its `ChartBuilder` or drawing area: the fixed 1–5 axes need none
/// of their layout machinery, which measured 19 KB gzip of the bundle for
/// the builder and 0.7 KB more for the drawing area.
pub fn scale_chart_svg(chart: &ScaleChart, points: &[ScalePoint], size: (u32, u32)) -> String {
    let mut svg = String::new();
    draw_scale_chart(&mut svg, chart, points, size).expect("drawing into a String cannot fail");
    svg
}

/// Maps 0.5..5.5 on both scales onto the plot area, y growing upwards.
struct ScalePlot {
    left: i32,
    top: i32,
    width: i32,
    height: i32,
}

impl ScalePlot {
    const LOW: f64 = 0.5;
    const HIGH: f64 = 5.5;

    fn x(&self, score: f64) -> i32 {
        self.left + ((score - Self::LOW) / (Self::HIGH - Self::LOW) * f64::from(self.width)).round() as i32
    }

    fn y(&self, score: f64) -> i32 {
        self.top + self.height - ((score - Self::LOW) / (Self::HIGH - Self::LOW) * f64::from(self.height)).round() as i32
    }

    fn at(&self, x: f64, y: f64) -> (i32, i32) {
        (self.x(x), self.y(y))
    }
}

/// plotters writes `font-size` as the given size ÷ 1.24; this gives the pixel size asked for.
fn font(px: f64, color: &RGBColor) -> TextStyle<'static> {
    (FONT, px * 1.24).into_font().color(color)
}

fn draw_scale_chart(
    svg: &mut String,
    chart: &ScaleChart,
    points: &[ScalePoint],
    (width, height): (u32, u32),
) -> Result<(), DrawingErrorKind<std::io::Error>> {
    let mut root = SVGBackend::with_string(svg, (width, height));
    root.draw_rect((0, 0), (width as i32, height as i32), &WHITE.filled(), true)?;
    let plot = ScalePlot { left: 84, top: 16, width: width as i32 - 84 - 24, height: height as i32 - 16 - 76 };

    let shade = RGBColor(238, 242, 248);
    root.draw_rect(plot.at(0.5, 5.5), plot.at(MIDPOINT, MIDPOINT), &shade.filled(), true)?;
    root.draw_rect(plot.at(MIDPOINT, MIDPOINT), plot.at(5.5, 0.5), &shade.filled(), true)?;

    let axis = palette::INK.stroke_width(2);
    let tick_label = font(18.0, &palette::INK);
    for score in 1..=5 {
        let score = f64::from(score);
        let (x, bottom) = plot.at(score, 0.5);
        root.draw_path(vec![(x, bottom), (x, bottom + 6)], &axis)?;
        root.draw_text(&score.to_string(), &tick_label.pos(Pos::new(HPos::Center, VPos::Top)), (x, bottom + 10))?;
        let (left, y) = plot.at(0.5, score);
        root.draw_path(vec![(left - 6, y), (left, y)], &axis)?;
        root.draw_text(&score.to_string(), &tick_label.pos(Pos::new(HPos::Right, VPos::Center)), (left - 10, y))?;
    }
    root.draw_path(vec![plot.at(0.5, 5.5), plot.at(0.5, 0.5), plot.at(5.5, 0.5)], &axis)?;
    let divider = palette::GREY.stroke_width(1);
    root.draw_path(vec![plot.at(MIDPOINT, 0.5), plot.at(MIDPOINT, 5.5)], &divider)?;
    root.draw_path(vec![plot.at(0.5, MIDPOINT), plot.at(5.5, MIDPOINT)], &divider)?;

    let title = font(18.0, &palette::INK);
    root.draw_text(chart.x_title, &title.pos(Pos::new(HPos::Center, VPos::Bottom)), (plot.x(MIDPOINT), height as i32 - 8))?;
    root.draw_text(chart.y_title, &title.transform(FontTransform::Rotate270).pos(Pos::new(HPos::Center, VPos::Center)), (22, plot.y(MIDPOINT)))?;

    let corner = font(20.0, &palette::GREY);
    let inset = 10;
    let [top_left, top_right, bottom_left, bottom_right] = chart.corners;
    let corners = [
        (top_left, plot.at(0.5, 5.5), HPos::Left, VPos::Top, (inset, inset)),
        (top_right, plot.at(5.5, 5.5), HPos::Right, VPos::Top, (-inset, inset)),
        (bottom_left, plot.at(0.5, 0.5), HPos::Left, VPos::Bottom, (inset, -inset)),
        (bottom_right, plot.at(5.5, 0.5), HPos::Right, VPos::Bottom, (-inset, -inset)),
    ];
    for (name, (x, y), h, v, (dx, dy)) in corners {
        root.draw_text(name, &corner.pos(Pos::new(h, v)), (x + dx, y + dy))?;
    }

    let label = font(17.0, &palette::INK);
    for (point, label_y) in points.iter().zip(label_rows(points, &plot)) {
        let (x, y) = plot.at(point.x, point.y);
        root.draw_circle((x, y), 8, &palette::BLUE.filled(), true)?;
        if label_y != y {
            root.draw_path(vec![(x + 8, y), (x + 12, label_y)], &palette::GREY.stroke_width(1))?;
        }
        root.draw_text(point.label.as_str(), &label.pos(Pos::new(HPos::Left, VPos::Center)), (x + 14, label_y))?;
    }

    root.present()?;
    Ok(())
}

/// The pixel row of each point's label: points that share a column are
/// spread apart so that no two labels overlap.
fn label_rows(points: &[ScalePoint], plot: &ScalePlot) -> Vec<i32> {
    const ROW: i32 = 22;
    let mut rows: Vec<i32> = points.iter().map(|p| plot.y(p.y)).collect();
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by_key(|&i| (plot.x(points[i].x), rows[i]));
    for pair in order.windows(2) {
        let (above, below) = (pair[0], pair[1]);
        if plot.x(points[above].x) == plot.x(points[below].x) && rows[below] - rows[above] < ROW {
            rows[below] = rows[above] + ROW;
        }
    }
    rows
}

/// Width of every chart's drawing; the page scales it to fit.
pub const CHART_WIDTH: u32 = 880;

/// A table of texts: the alternative to a chart, and the printed figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub svg: String,
    pub table: TextTable,
}

/// Column headings from names.
pub fn columns(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

/// Step 1: emphasis against understanding for every measure rated on both.
pub fn understanding_chart(workshop: &crate::model::Workshop) -> Chart {
    let rated: Vec<(&str, u8, u8)> = workshop
        .measures
        .iter()
        .filter_map(|m| Some((m.name.as_str(), m.emphasis?.get(), m.understanding?.get())))
        .collect();
    let points: Vec<ScalePoint> =
        rated.iter().map(|(label, e, u)| ScalePoint { label: (*label).to_owned(), x: (*e).into(), y: (*u).into() }).collect();
    let rows = rated.iter().map(|(label, e, u)| vec![(*label).to_owned(), e.to_string(), u.to_string()]).collect();
    Chart {
        svg: scale_chart_svg(&EMPHASIS_UNDERSTANDING, &points, (CHART_WIDTH, 560)),
        table: TextTable { columns: columns(&["Measure", "Internal emphasis", "Team understanding"]), rows },
    }
}

/// One row of a row chart: a label and what is drawn for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub label: String,
    pub marks: Vec<Mark>,
    /// Printed at the end of the row: the figures behind the marks.
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A bar from the start of the axis, with ± `spread` whiskers if given.
    Bar { value: f64, spread: Option<f64> },
    /// A hollow (`filled: false`) or filled dot; two dots in a row are joined.
    Dot { value: f64, filled: bool },
}

/// What a row chart says around its rows.
pub struct RowChart {
    pub axis_title: &'static str,
    pub min: f64,
    pub max: f64,
    /// Shown under the axis; empty for none.
    pub legend: &'static str,
}

pub const RELEVANCE_ROWS: RowChart =
    RowChart { axis_title: "Mean customer relevance (1–5), whiskers ± one standard deviation", min: 1.0, max: 5.0, legend: "" };
pub const EXPECTATION_ROWS: RowChart = RowChart {
    axis_title: "Relevance (1–5)",
    min: 1.0,
    max: 5.0,
    legend: "○ what the team expected   ● what customers said (mean)",
};
/// The trend: the fit score of each assessment, oldest first.
pub const FIT_TREND_ROWS: RowChart = RowChart { axis_title: "Scorecard fit score (0–100)", min: 0.0, max: 100.0, legend: "" };
pub const RELEVANCE_TREND_ROWS: RowChart = RowChart {
    axis_title: "Mean customer relevance (1–5)",
    min: 1.0,
    max: 5.0,
    legend: "○ the previous assessment   ● this one",
};

/// Horizontal rows, one per label: bars for figures with their spread,
/// dots for comparisons. The label column and the note column are text, so
/// a projector shows the figures even where a bar is short.
pub fn row_chart_svg(chart: &RowChart, rows: &[ChartRow], width: u32) -> String {
    let mut svg = String::new();
    draw_row_chart(&mut svg, chart, rows, width).expect("drawing into a String cannot fail");
    svg
}

const ROW_HEIGHT: i32 = 34;

fn draw_row_chart(
    svg: &mut String,
    chart: &RowChart,
    rows: &[ChartRow],
    width: u32,
) -> Result<(), DrawingErrorKind<std::io::Error>> {
    let legend_height = if chart.legend.is_empty() { 0 } else { 26 };
    let height = 16 + ROW_HEIGHT * rows.len().max(1) as i32 + 64 + legend_height;
    let mut root = SVGBackend::with_string(svg, (width, height as u32));
    root.draw_rect((0, 0), (width as i32, height), &WHITE.filled(), true)?;
    let left = (width as i32 * 36 / 100).min(330);
    let right = width as i32 - 240;
    let top = 16;
    let x = |value: f64| {
        let share = ((value - chart.min) / (chart.max - chart.min)).clamp(0.0, 1.0);
        left + (share * f64::from(right - left)).round() as i32
    };
    let bottom = top + ROW_HEIGHT * rows.len().max(1) as i32;

    let grid = RGBColor(225, 230, 238).stroke_width(1);
    let axis = palette::INK.stroke_width(2);
    let tick = font(16.0, &palette::INK);
    let step = if chart.max - chart.min > 10.0 { ((chart.max - chart.min) / 5.0).ceil() } else { 1.0 };
    let mut value = chart.min;
    while value <= chart.max + 1e-9 {
        root.draw_path(vec![(x(value), top), (x(value), bottom)], &grid)?;
        root.draw_text(&format!("{value}"), &tick.pos(Pos::new(HPos::Center, VPos::Top)), (x(value), bottom + 8))?;
        value += step;
    }
    root.draw_path(vec![(left, bottom), (right, bottom)], &axis)?;
    root.draw_text(chart.axis_title, &font(16.0, &palette::INK).pos(Pos::new(HPos::Center, VPos::Top)), ((left + right) / 2, bottom + 34))?;
    if !chart.legend.is_empty() {
        root.draw_text(chart.legend, &font(15.0, &palette::GREY).pos(Pos::new(HPos::Left, VPos::Top)), (left, bottom + 58))?;
    }

    let label = font(16.0, &palette::INK);
    let note = font(15.0, &palette::GREY);
    for (index, row) in rows.iter().enumerate() {
        let middle = top + ROW_HEIGHT * index as i32 + ROW_HEIGHT / 2;
        root.draw_text(&shortened(&row.label), &label.pos(Pos::new(HPos::Right, VPos::Center)), (left - 10, middle))?;
        root.draw_text(row.note.as_str(), &note.pos(Pos::new(HPos::Left, VPos::Center)), (right + 12, middle))?;
        let dots: Vec<i32> = row.marks.iter().filter_map(|m| if let Mark::Dot { value, .. } = m { Some(x(*value)) } else { None }).collect();
        if let [first, second] = dots[..] {
            root.draw_path(vec![(first, middle), (second, middle)], &palette::GREY.stroke_width(3))?;
        }
        for mark in &row.marks {
            match *mark {
                Mark::Bar { value, spread } => {
                    root.draw_rect((left, middle - 9), (x(value), middle + 9), &palette::BLUE.filled(), true)?;
                    if let Some(spread) = spread {
                        let whisker = palette::INK.stroke_width(2);
                        let (low, high) = (x(value - spread), x(value + spread));
                        root.draw_path(vec![(low, middle), (high, middle)], &whisker)?;
                        for end in [low, high] {
                            root.draw_path(vec![(end, middle - 7), (end, middle + 7)], &whisker)?;
                        }
                    }
                }
                Mark::Dot { value, filled: true } => root.draw_circle((x(value), middle), 8, &palette::VERMILLION.filled(), true)?,
                Mark::Dot { value, filled: false } => {
                    root.draw_circle((x(value), middle), 8, &WHITE.filled(), true)?;
                    root.draw_circle((x(value), middle), 8, &palette::BLUE.stroke_width(3), false)?;
                }
            }
        }
    }
    root.present()?;
    Ok(())
}

/// A row label that fits the label column; the table beside the chart has it in full.
fn shortened(label: &str) -> String {
    const MAX_CHARS: usize = 34;
    if label.chars().count() <= MAX_CHARS {
        label.to_owned()
    } else {
        let kept: String = label.chars().take(MAX_CHARS - 1).collect();
        format!("{}…", kept.trim_end())
    }
}

/// One cell of the heat map: mean relevance and how many answers it rests on.
pub type HeatCell = Option<(f64, usize)>;

/// Measures down, segments across, each cell shaded by mean relevance on a
/// single-hue scale (readable with any colour vision and in greyscale) and
/// labelled with its figure and n; a cell without answers shows "–".
pub fn heat_map_svg(measures: &[String], segments: &[String], cells: &[Vec<HeatCell>], width: u32) -> String {
    let mut svg = String::new();
    draw_heat_map(&mut svg, measures, segments, cells, width).expect("drawing into a String cannot fail");
    svg
}

fn draw_heat_map(
    svg: &mut String,
    measures: &[String],
    segments: &[String],
    cells: &[Vec<HeatCell>],
    width: u32,
) -> Result<(), DrawingErrorKind<std::io::Error>> {
    const CELL_HEIGHT: i32 = 34;
    let top = 56;
    let height = top + CELL_HEIGHT * measures.len().max(1) as i32 + 16;
    let mut root = SVGBackend::with_string(svg, (width, height as u32));
    root.draw_rect((0, 0), (width as i32, height), &WHITE.filled(), true)?;
    let left = (width as i32 * 36 / 100).min(330);
    let cell_width = (width as i32 - left - 8) / segments.len().max(1) as i32;
    let heading = font(15.0, &palette::INK);
    for (column, segment) in segments.iter().enumerate() {
        let centre = left + cell_width * column as i32 + cell_width / 2;
        root.draw_text(segment.as_str(), &heading.pos(Pos::new(HPos::Center, VPos::Bottom)), (centre, top - 10))?;
    }
    let label = font(16.0, &palette::INK);
    for (row, measure) in measures.iter().enumerate() {
        let y = top + CELL_HEIGHT * row as i32;
        root.draw_text(&shortened(measure), &label.pos(Pos::new(HPos::Right, VPos::Center)), (left - 10, y + CELL_HEIGHT / 2))?;
        for (column, cell) in cells.get(row).map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
            let x = left + cell_width * column as i32;
            let (fill, ink, text) = match cell {
                Some((mean, n)) => {
                    // 1 → pale, 5 → the darkest blue of the palette.
                    let share = ((mean - 1.0) / 4.0).clamp(0.0, 1.0);
                    let mix = |pale: u8, dark: u8| (f64::from(pale) + (f64::from(dark) - f64::from(pale)) * share).round() as u8;
                    let fill = RGBColor(mix(236, 8), mix(244, 69), mix(250, 148));
                    let ink = if share > 0.5 { WHITE } else { palette::INK };
                    (fill, ink, format!("{mean:.1} (n = {n})"))
                }
                None => (RGBColor(246, 246, 246), palette::GREY, "–".to_string()),
            };
            root.draw_rect((x + 1, y + 1), (x + cell_width - 1, y + CELL_HEIGHT - 1), &fill.filled(), true)?;
            root.draw_text(&text, &font(15.0, &ink).pos(Pos::new(HPos::Center, VPos::Center)), (x + cell_width / 2, y + CELL_HEIGHT / 2))?;
        }
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(label: &str, x: f64, y: f64) -> ScalePoint {
        ScalePoint { label: label.into(), x, y }
    }

    #[test]
    fn labels_every_point_and_quadrant() {
        let svg = scale_chart_svg(&EMPHASIS_RELEVANCE, &[point("NPS", 5.0, 2.4), point("On-time delivery", 2.0, 4.6)], (800, 520));
        assert!(svg.starts_with("<svg"));
        for text in ["NPS", "On-time delivery", "Keep", "Blind spot", "Over-measured", "Drop candidate"] {
            assert!(svg.contains(&format!(">{text}<")) || svg.contains(&format!(">\n{text}\n<")), "missing {text}");
        }
        assert_eq!(svg.matches("<circle").count(), 2);
    }

    #[test]
    fn hostile_labels_stay_text() {
        let svg = scale_chart_svg(&EMPHASIS_UNDERSTANDING, &[point("<script>alert(1)</script> & \"x\"", 3.0, 3.0)], (800, 520));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
    }

    #[test]
    fn labels_in_one_column_never_overlap() {
        let points: Vec<ScalePoint> = (0..6).map(|i| point(&format!("M{i}"), 2.0, 4.0 + f64::from(i) * 0.05)).collect();
        let plot = ScalePlot { left: 0, top: 0, width: 500, height: 500 };
        let mut rows = label_rows(&points, &plot);
        rows.sort_unstable();
        assert!(rows.windows(2).all(|pair| pair[1] - pair[0] >= 22), "{rows:?}");
    }

    #[test]
    fn row_chart_draws_a_bar_per_row_with_its_whiskers_and_notes() {
        let rows = vec![
            ChartRow { label: "On-time delivery".into(), marks: vec![Mark::Bar { value: 4.4, spread: Some(0.5) }], note: "4.4 ± 0.5 (n = 7)".into() },
            ChartRow { label: "<b>NRR</b>".into(), marks: vec![Mark::Bar { value: 1.5, spread: None }], note: "1.5 (n = 2) small sample".into() },
        ];
        let svg = row_chart_svg(&RELEVANCE_ROWS, &rows, 900);
        assert_eq!(svg.matches("<rect").count(), 3, "background and two bars");
        assert!(svg.contains("4.4 ± 0.5 (n = 7)") && svg.contains("&lt;b&gt;NRR&lt;/b&gt;") && !svg.contains("<b>"));
    }

    #[test]
    fn dumbbell_rows_join_expected_and_said() {
        let rows = vec![ChartRow {
            label: "NPS".into(),
            marks: vec![Mark::Dot { value: 5.0, filled: false }, Mark::Dot { value: 2.8, filled: true }],
            note: "expected 5, said 2.8".into(),
        }];
        let svg = row_chart_svg(&EXPECTATION_ROWS, &rows, 900);
        assert_eq!(svg.matches("<circle").count(), 3, "hollow dot drawn as fill and ring, and the filled dot");
        assert!(svg.contains("what the team expected"));
    }

    #[test]
    fn heat_map_labels_every_cell_and_marks_missing_ones() {
        let svg = heat_map_svg(
            &["NPS".into(), "OTD".into()],
            &["Water".into(), "OEM".into()],
            &[vec![Some((2.0, 3)), None], vec![Some((4.5, 2)), Some((5.0, 1))]],
            900,
        );
        for text in ["2.0 (n = 3)", "4.5 (n = 2)", "5.0 (n = 1)", "–", "Water", "OEM"] {
            assert!(svg.contains(text), "missing {text}");
        }
    }

    #[test]
    fn long_row_labels_are_shortened_to_fit_their_column() {
        let long = "A very long measure name that would run off the left edge of the chart";
        let rows = vec![ChartRow { label: long.into(), marks: vec![], note: String::new() }];
        let svg = row_chart_svg(&RELEVANCE_ROWS, &rows, 880);
        assert!(!svg.contains(long));
        assert!(svg.contains("A very long measure name that wou…"));
    }
}
