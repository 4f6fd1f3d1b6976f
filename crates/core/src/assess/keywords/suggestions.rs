//! Ranked Tier-1 terms to add (K-SUGGEST's findings and the report's keyword summary), each
//! with the seed's phrasing pattern and where to put it. The ranking is documented on the rule,
//! `rules/keywords/suggest.rs`.

use super::{coverage_status, profile, CoverageStatus};
use crate::document::Document;
use crate::options::Level;
use crate::taxonomy::{self, SignalClass};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use serde::Serialize;

/// Where to add a suggested term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Placement {
    Summary,
    Skills,
    Bullets,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Summary => "summary",
            Placement::Skills => "skills",
            Placement::Bullets => "bullets",
        }
    }

    /// Where it would go, in words: "your summary", "Skills", "a bullet of your latest role".
    pub fn words(self) -> &'static str {
        match self {
            Placement::Summary => "your summary",
            Placement::Skills => "Skills",
            Placement::Bullets => "a bullet of your latest role where you used it",
        }
    }
}

/// Why a term is suggested (also the ranking group, best first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestReason {
    /// Its class has no term at all.
    ClassMissing,
    /// Its class is below seed 003's density range.
    ClassThin,
}

/// One suggested term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// Canonical name ("PostgreSQL").
    pub term: &'static str,
    pub class: SignalClass,
    /// The class's display label ("Datastores").
    pub class_label: &'static str,
    /// The seed's phrasing pattern for it.
    pub phrasing: &'static str,
    /// Where to add it, in order.
    pub placement: Vec<Placement>,
    pub reason: SuggestReason,
    /// Seed the term and its phrasing come from.
    pub source: &'static str,
}

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 12;

/// Ranked suggestions for `doc`.
pub fn suggestions(doc: &Document<'_>, p: &profile::Profile) -> Vec<Suggestion> {
    let level = doc.level;
    let summary_thin = p.has_summary && p.summary_tier1 < super::targets::SUMMARY_TIER1.min;
    // (round, reason, class slot, term id): round is the term's rank within its class, so the
    // list opens with one term per gap before a second term for any of them.
    let mut out: Vec<(usize, SuggestReason, usize, u16, Suggestion)> = Vec::new();

    // Only terms the resume does not have: a skill listed but shown in no bullet is
    // K-UNPROVEN's finding, not a term "to add".
    // Missing and thin classes.
    for (slot, c) in p.classes.iter().enumerate() {
        let status = coverage_status(c.class, c.distinct, c.occurrences);
        let thin = status == CoverageStatus::Low
            || (super::targets::density(c.class).is_none() && c.distinct == 1);
        let (reason, cap) = match status {
            CoverageStatus::Missing if c.class == SignalClass::Language => {
                (SuggestReason::ClassMissing, 2)
            }
            CoverageStatus::Missing => (SuggestReason::ClassMissing, 3),
            // Another language is not something to "add": a thin language class needs the
            // primary language named more often (K-DENSITY says so), not a new one.
            _ if thin && c.class != SignalClass::Language => (SuggestReason::ClassThin, 2),
            _ => continue,
        };
        let mut placement = vec![Placement::Skills, Placement::Bullets];
        if reason == SuggestReason::ClassMissing && summary_thin {
            placement.insert(0, Placement::Summary);
        }
        let mut taken = 0;
        for (i, term) in taxonomy::terms().iter().enumerate() {
            if taken >= cap {
                break;
            }
            let Ok(id) = u16::try_from(i) else { break };
            let present = p.use_of(id).is_some_and(profile::TermUse::present);
            // Terms sharing one phrasing (OAuth 2.0, OIDC, PKCE) are one suggestion.
            let same_phrasing = !term.phrasing().is_empty()
                && out
                    .iter()
                    .any(|(_, _, _, _, s)| s.class == c.class && s.phrasing == term.phrasing());
            if term.class != c.class
                || !term.is_tier1()
                || term.min_level > level
                || present
                || same_phrasing
            {
                continue;
            }
            out.push((
                taken,
                reason,
                slot,
                id,
                Suggestion {
                    term: term.name(),
                    class: term.class,
                    class_label: term.class.label(),
                    phrasing: term.phrasing(),
                    placement: placement.clone(),
                    reason,
                    source: term.source(),
                },
            ));
            taken += 1;
        }
    }
    crate::sort::sort_by_key(&mut out, |(round, reason, slot, id, _)| {
        (*round, *reason, *slot, *id)
    });
    out.into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, _, _, s)| s)
        .collect()
}

/// ", e.g. \"<phrasing>\"." for the first Tier-1 term of `class` suggested at `level`, or "."
/// (used by the class rules' fixes).
pub fn example_for(class: SignalClass, level: Level) -> String {
    taxonomy::terms()
        .iter()
        .find(|t| {
            t.class == class && t.is_tier1() && t.min_level <= level && !t.phrasing().is_empty()
        })
        .map_or_else(
            || String::from("."),
            |t| format!(", e.g. \"{}\".", t.phrasing()),
        )
}
