//! The pure core of Scorecard Workshop: the model of a workshop, its saved
//! format, the sample, the analysis and the charts. Nothing here touches a
//! browser, so all of it is tested natively with `cargo test`.

pub mod analysis;
pub mod catalogue;
pub mod charts;
pub mod checks;
pub mod determine;
pub mod discuss;
pub mod edit;
pub mod findings;
pub mod formula;
pub mod history;
pub mod inventory;
pub mod model;
pub mod present;
pub mod question_check;
pub mod rating;
pub mod review;
pub mod room;
pub mod row_markup;
pub mod sample;
pub mod saved;
pub mod share;
pub mod stats;
pub mod workshops;
