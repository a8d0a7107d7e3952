//! What a workshop becomes outside the browser, and how it comes back in:
//! spreadsheet files, the self-contained HTML report, the share link, the
//! reading of any of these as a workshop, and the merge and comparison of
//! several people's copies.
//!
//! The app runs this code in its on-demand module (`ondemand/`), fetched
//! when sharing is first used, so none of it weighs on the first load.

pub mod compare;
pub mod csv;
pub mod import;
pub mod link;
pub mod merge;
pub mod page;
pub mod report;

/// How the HTML report carries its workshop: the saved JSON in a data block
/// that no browser runs, with every `<` written `\u003c` so that no text in
/// it can close the element.
pub const HTML_DATA_OPEN: &str = r#"<script type="application/json" id="scorecard-workshop">"#;
pub const HTML_DATA_CLOSE: &str = "</script>";
