//! Keyword assessment: one [`profile`] of where each taxonomy term appears, the seeds'
//! [`targets`], and from them the report's coverage summary ([`summary`]) and the ranked
//! suggestions of terms to add. The K- rules read the same profile (through
//! `rules::Context::profile`), so the chart and the findings agree on what "appears" means.

pub mod profile;
mod suggestions;
pub mod targets;

pub use suggestions::{example_for, suggestions, Placement, SuggestReason, Suggestion};
pub use targets::{CountTarget, Range};

use crate::document::Document;
use crate::options::Level;
use crate::taxonomy::{self, SignalClass};
use alloc::vec::Vec;
use serde::Serialize;

/// Keyword coverage for the report's chart and chips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeywordSummary {
    /// The eight Tier-1 signal classes, in [`SignalClass::TIER1`] order.
    pub classes: Vec<ClassCoverage>,
    /// Distinct Tier-1 terms across the resume.
    pub tier1_distinct: u32,
    /// Of those, how many appear outside the Skills list (in context).
    pub tier1_in_context: u32,
    /// What the resume's level expects of `tier1_distinct` (seed 003, scaled for non-senior).
    pub tier1_target: CountTarget,
    /// Distinct Tier-1 terms in the summary; `None` without a summary.
    pub summary_tier1: Option<u32>,
    /// Seed 003: 6–8 in the summary.
    pub summary_target: Range,
    /// Distinct Tier-1 terms per recent bullet, in tenths (20 = 2.0); `None` without bullets.
    pub recent_per_bullet_tenths: Option<u32>,
    /// Seed 003: about 2 per recent bullet.
    pub recent_per_bullet_target: u32,
    /// Counter-list terms present (seed 003), canonical names.
    pub counter: Vec<&'static str>,
    /// Generic family words present ("SQL", "NoSQL"), canonical names.
    pub generic: Vec<&'static str>,
    /// K-SUGGEST: ranked terms to add, best first.
    pub suggestions: Vec<Suggestion>,
}

impl Default for KeywordSummary {
    fn default() -> Self {
        KeywordSummary {
            classes: Vec::new(),
            tier1_distinct: 0,
            tier1_in_context: 0,
            tier1_target: targets::count_target(Level::Senior),
            summary_tier1: None,
            summary_target: targets::SUMMARY_TIER1,
            recent_per_bullet_tenths: None,
            recent_per_bullet_target: targets::RECENT_PER_BULLET,
            counter: Vec::new(),
            generic: Vec::new(),
            suggestions: Vec::new(),
        }
    }
}

/// How a class stands against its seed range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CoverageStatus {
    /// No term of the class at all.
    Missing,
    /// Below the seed's density range.
    Low,
    /// Inside the range (or present, for classes the seed gives no range).
    Ok,
    /// Above the range.
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClassCoverage {
    pub class: SignalClass,
    pub label: &'static str,
    /// Distinct terms of the class (Tier 1 and Tier 2).
    pub distinct: u32,
    /// Occurrences of the class's Tier-1 terms in the Experience and Project bullets: what seed
    /// 003's density rule of thumb (`density`) is about.
    pub occurrences: u32,
    /// Occurrences of the class's Tier-1 terms anywhere (summary and Skills included).
    pub mentions: u32,
    /// Canonical names, in order of first appearance.
    pub terms: Vec<&'static str>,
    /// Seed 003's density range for the class, when it gives one.
    pub density: Option<Range>,
    pub status: CoverageStatus,
}

/// Coverage status of a class from its distinct terms (anywhere) and its bullet occurrences.
pub fn coverage_status(class: SignalClass, distinct: u32, occurrences: u32) -> CoverageStatus {
    if distinct == 0 {
        return CoverageStatus::Missing;
    }
    match targets::density(class) {
        Some(r) if occurrences < r.min => CoverageStatus::Low,
        Some(r) if occurrences > r.max => CoverageStatus::High,
        _ => CoverageStatus::Ok,
    }
}

/// The keyword summary of `doc` (the page's coverage chart, chips and suggestions), from its
/// profile `p`.
pub fn summary(doc: &Document<'_>, p: &profile::Profile) -> KeywordSummary {
    let classes = p
        .classes
        .iter()
        .map(|c| ClassCoverage {
            class: c.class,
            label: c.class.label(),
            distinct: c.distinct,
            occurrences: c.occurrences,
            mentions: c.mentions,
            terms: c.terms.iter().map(|&t| taxonomy::term(t).name()).collect(),
            density: targets::density(c.class),
            status: coverage_status(c.class, c.distinct, c.occurrences),
        })
        .collect();
    let of_class = |class: SignalClass| -> Vec<&'static str> {
        p.order
            .iter()
            .map(|&t| taxonomy::term(t))
            .filter(|t| t.class == class)
            .map(|t| t.name())
            .collect()
    };
    KeywordSummary {
        classes,
        tier1_distinct: p.tier1_distinct,
        tier1_in_context: p.tier1_in_context,
        tier1_target: targets::count_target(doc.level),
        summary_tier1: p.has_summary.then_some(p.summary_tier1),
        summary_target: targets::SUMMARY_TIER1,
        recent_per_bullet_tenths: p.recent_tenths(),
        recent_per_bullet_target: targets::RECENT_PER_BULLET,
        counter: of_class(SignalClass::Counter),
        generic: of_class(SignalClass::Generic),
        suggestions: suggestions(doc, p),
    }
}
