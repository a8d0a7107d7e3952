//! STUB
use serde::{Deserialize, Serialize};
use crate::model::Workshop;
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)] pub struct Merged { pub workshop: Workshop, pub conflicts: Vec<Conflict>, pub summary: Vec<String> }
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)] pub struct Conflict { pub key: String, pub source: String, pub what: String, pub ours: String, pub theirs: String, pub chosen: Side }
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)] pub enum Side { Ours, Theirs }
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)] pub struct Choice { pub key: String, pub side: Side }
pub fn merge(ours: &Workshop, _t: &[(String, Workshop)], _c: &[Choice]) -> Merged { Merged { workshop: ours.clone(), conflicts: vec![], summary: vec![] } }
