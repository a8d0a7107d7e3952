//! One module per view. Each step module owns the pieces of its view; the
//! report assembles those same pieces instead of drawing them again.

pub mod determine;
pub mod discuss;
pub mod familiarize;
pub mod home;
pub mod report;
pub mod workshop;
