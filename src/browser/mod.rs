//! The thin layer between the app and the browser's APIs: storage, files in
//! and out, the clock, and the client of the on-demand module's worker.
//! It holds no workshop logic; that lives in `scorecard-core`.

pub mod clock;
pub mod files;
pub mod ondemand;
pub mod storage;
