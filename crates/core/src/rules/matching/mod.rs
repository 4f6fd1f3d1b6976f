//! The job-description match rules (SPEC §4), J-*: they judge the match report
//! ([`crate::assess::matching`]) of the posting's terms, required vs preferred, against the
//! resume: missing terms, spelling mirrors, title match.
//!
//! The seeds' rule is to mirror the posting: "Mirror the exact terms from the job description
//! when accurate (PostgreSQL, Kafka, gRPC)" (000), "Mirror job description language precisely"
//! (002), "If the posting says 'Golang', use 'Golang' — not just 'Go'" (004); and strict parsers
//! score the title block (003 on Workday and iCIMS).
//!
//! Scoring: the match part loses the weighted share of missing terms (required and unmarked
//! terms weigh 2, preferred 1) through J-MISSING-REQUIRED and J-MISSING-PREFERRED, plus the
//! spelling and title findings. `MatchReport::rate` is the plain share of terms matched.

mod missing_preferred;
mod missing_required;
mod spelling;
mod title_rule;

use super::Rule;
use crate::assess::matching::{MatchReport, MatchTerm, Requirement, RequirementKind};
use alloc::string::String;
use alloc::vec::Vec;

/// The match rules, in report order.
pub static RULES: &[&Rule] = &[
    &missing_required::RULE,
    &missing_preferred::RULE,
    &spelling::RULE,
    &title_rule::RULE,
];

/// Points a set of missing requirements costs: their weighted share of all the posting's
/// requirements (frontend terms excluded: they are not backend core).
fn missing_points(m: &MatchReport, need_required: bool) -> u32 {
    let weight_of = |r: &Requirement| match r.kind {
        RequirementKind::Required => 2,
        RequirementKind::Preferred => 1,
    };
    let core = m.requirements.iter().filter(|r| !r.counter);
    let all: u32 = core.clone().map(weight_of).sum();
    let lost: u32 = core
        .filter(|r| r.matched.is_none() && (r.kind == RequirementKind::Required) == need_required)
        .map(weight_of)
        .sum();
    if all == 0 {
        0
    } else {
        (lost * 200 + all) / (all * 2)
    }
}

/// "A, B, C, 3 more" for a finding's message.
fn list(terms: &[&MatchTerm], max: usize) -> String {
    let mut out: Vec<String> = terms.iter().take(max).map(|t| t.term.clone()).collect();
    let more = terms.len().saturating_sub(max);
    if more > 0 {
        out.push(alloc::format!("{more} more"));
    }
    out.join(", ")
}
