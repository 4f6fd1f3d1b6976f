//! The keyword rules (SPEC §4): Tier-1 coverage, density, placement, suggestions.

use super::Rule;
use crate::document::Document;
use alloc::vec::Vec;
use serde::Serialize;

/// The keyword rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[];

/// Keyword coverage for the report's chart and chips.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeywordSummary {
    pub classes: Vec<ClassCoverage>,
    /// Distinct Tier-1 terms across the resume.
    pub tier1_distinct: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassCoverage {
    pub class: crate::taxonomy::SignalClass,
    pub label: &'static str,
    pub distinct: u32,
    pub occurrences: u32,
    pub terms: Vec<&'static str>,
}

pub fn summary(_doc: &Document<'_>) -> KeywordSummary {
    KeywordSummary::default()
}
