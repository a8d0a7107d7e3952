//! The thin layer between the app and the browser's APIs: storage and the clock.
//! It holds no workshop logic; that lives in `scorecard-core`.

pub mod ondemand;
pub mod clock;
pub mod files;
pub mod storage;
