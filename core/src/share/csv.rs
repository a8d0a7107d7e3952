//! STUB
use crate::model::Workshop;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvTable { Measures, Answers, Decisions }
impl CsvTable { pub const ALL: [CsvTable; 3] = [CsvTable::Measures, CsvTable::Answers, CsvTable::Decisions]; pub fn slug(self) -> &'static str { "measures" } }
pub fn csv(_w: &Workshop, _t: CsvTable) -> String { String::new() }
