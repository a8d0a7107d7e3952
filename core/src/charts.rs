//! Charts drawn as SVG text with plotters, so that the same code renders in
//! the browser, in exports and in native tests. plotters escapes every text
//! and attribute it writes, so a measure named `<script>` stays text.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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

/// One measure on the emphasis × relevance chart.
#[derive(Clone, Debug, PartialEq)]
pub struct QuadrantPoint {
    pub label: String,
    /// Internal emphasis, 1–5.
    pub emphasis: f64,
    /// Mean customer relevance, 1–5.
    pub relevance: f64,
}

/// Internal emphasis (x) against customer relevance (y), split into the four
/// quadrants, each point labelled with its measure.
pub fn quadrant_svg(points: &[QuadrantPoint], size: (u32, u32)) -> String {
    let mut svg = String::new();
    draw_quadrant(&mut svg, points, size).expect("drawing into a String cannot fail");
    svg
}

fn draw_quadrant(
    svg: &mut String,
    points: &[QuadrantPoint],
    size: (u32, u32),
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .margin(16)
        .x_label_area_size(56)
        .y_label_area_size(64)
        .build_cartesian_2d(0.5f64..5.5f64, 0.5f64..5.5f64)?;

    let quadrant_names = [
        ((0.5, MIDPOINT), (MIDPOINT, 5.5), "Blind spot", HPos::Left, VPos::Top),
        ((MIDPOINT, MIDPOINT), (5.5, 5.5), "Keep", HPos::Right, VPos::Top),
        ((0.5, 0.5), (MIDPOINT, MIDPOINT), "Drop candidate", HPos::Left, VPos::Bottom),
        ((MIDPOINT, 0.5), (5.5, MIDPOINT), "Over-measured", HPos::Right, VPos::Bottom),
    ];
    chart.draw_series(quadrant_names.iter().enumerate().map(|(i, (from, to, ..))| {
        let shade = if i % 3 == 0 { RGBColor(244, 246, 250) } else { WHITE };
        Rectangle::new([*from, *to], shade.filled())
    }))?;

    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .x_desc("Internal emphasis (1 = little, 5 = a lot)")
        .y_desc("Customer relevance (mean, 1–5)")
        .label_style((FONT, 18).into_font().color(&palette::INK))
        .axis_desc_style((FONT, 18).into_font().color(&palette::INK))
        .draw()?;

    let divider = palette::GREY.stroke_width(1);
    chart.draw_series([
        PathElement::new(vec![(MIDPOINT, 0.5), (MIDPOINT, 5.5)], divider),
        PathElement::new(vec![(0.5, MIDPOINT), (5.5, MIDPOINT)], divider),
    ])?;

    let corner_style = (FONT, 20).into_font().color(&palette::GREY);
    chart.draw_series(quadrant_names.iter().map(|(from, to, name, h, v)| {
        let x = if matches!(h, HPos::Left) { from.0 + 0.08 } else { to.0 - 0.08 };
        let y = if matches!(v, VPos::Top) { to.1 - 0.08 } else { from.1 + 0.08 };
        Text::new(name.to_string(), (x, y), corner_style.clone().pos(Pos::new(*h, *v)))
    }))?;

    let label_style = (FONT, 16).into_font().color(&palette::INK);
    chart.draw_series(points.iter().map(|p| {
        EmptyElement::at((p.emphasis, p.relevance))
            + Circle::new((0, 0), 7, palette::BLUE.filled())
            + Text::new(p.label.clone(), (10, -6), label_style.clone())
    }))?;

    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(label: &str, emphasis: f64, relevance: f64) -> QuadrantPoint {
        QuadrantPoint { label: label.into(), emphasis, relevance }
    }

    #[test]
    fn labels_every_point_and_quadrant() {
        let svg = quadrant_svg(&[point("NPS", 5.0, 2.4), point("On-time delivery", 2.0, 4.6)], (800, 520));
        assert!(svg.starts_with("<svg"));
        for text in ["NPS", "On-time delivery", "Keep", "Blind spot", "Over-measured", "Drop candidate"] {
            assert!(svg.contains(&format!(">{text}<")) || svg.contains(&format!(">\n{text}\n<")), "missing {text}");
        }
        assert_eq!(svg.matches("<circle").count(), 2);
    }

    #[test]
    fn hostile_labels_stay_text() {
        let svg = quadrant_svg(&[point("<script>alert(1)</script> & \"x\"", 3.0, 3.0)], (800, 520));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
    }
}
