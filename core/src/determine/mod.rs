//! Step 3, Determine: the charts built from the analysis, so that the
//! browser, the report and the benchmark draw exactly the same thing, and
//! the decisions they suggest.

mod charts;
mod decisions;

pub use crate::charts::{Chart, TextTable, CHART_WIDTH};
pub use charts::{
    expectation_chart, factor_chart, fit_table, quadrant_chart, relevance_chart, segment_heat_map, step3_charts, ChartSpec, Draw,
    FIT_EXPLANATION, STEP3_CHARTS,
};
pub use decisions::{analysis_input, decision_table, subject_name, suggestions, DecisionEdit, Suggestion};

#[cfg(test)]
mod tests;
