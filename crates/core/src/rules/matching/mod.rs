//! Job-description match (SPEC §4): the posting's terms, required vs preferred, and how the
//! resume meets them: match rate, missing terms, spelling mirrors, title match.
//!
//! The seeds' rule is to mirror the posting: "Mirror the exact terms from the job description
//! when accurate (PostgreSQL, Kafka, gRPC)" (000), "Mirror job description language precisely"
//! (002), "If the posting says 'Golang', use 'Golang' — not just 'Go'" (004); and strict parsers
//! score the title block (003 on Workday and iCIMS).
//!
//! Scoring: the match part loses the weighted share of missing terms (required and unmarked
//! terms weigh 2, preferred 1) through J-MISSING-REQUIRED and J-MISSING-PREFERRED, plus the
//! spelling and title findings. `MatchReport::rate` is the plain share of terms matched.

mod jd;
mod missing_preferred;
mod missing_required;
mod spelling;
mod stoplist;
mod title;
mod title_rule;
mod unknown;

pub use jd::{JdTerm, JobDescription, Need, TermKey};
pub use title::{TitleMatch, TitleStatus};

use super::keywords::profile;
use super::Rule;
use crate::document::Document;
use crate::span::Span;
use crate::taxonomy::{self, SignalClass};
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use serde::Serialize;

/// The match rules, in report order.
pub static RULES: &[&Rule] = &[
    &missing_required::RULE,
    &missing_preferred::RULE,
    &spelling::RULE,
    &title_rule::RULE,
];

/// The match report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchReport {
    /// Percentage of the JD's terms the resume has (any spelling).
    pub rate: u32,
    /// Terms the posting names, and how many the resume has.
    pub total: u32,
    pub matched_count: u32,
    /// Whether the posting separates required from preferred.
    pub split: bool,
    /// Required terms (and, without a split, every term): total, matched, rate.
    pub required: NeedGroup,
    /// Preferred ("Nice to have") terms.
    pub preferred: NeedGroup,
    /// The posting's terms the resume has.
    pub matched: Vec<MatchTerm>,
    /// The posting's terms the resume lacks.
    pub missing: Vec<MatchTerm>,
    /// Terms the resume has under a different spelling than the posting uses.
    pub spelling: Vec<SpellingMirror>,
    pub title: TitleMatch,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NeedGroup {
    pub total: u32,
    pub matched: u32,
    pub rate: u32,
}

/// One of the posting's terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchTerm {
    /// As the posting writes it.
    pub term: String,
    /// The taxonomy's canonical name, for known terms.
    pub canonical: Option<&'static str>,
    pub class: Option<SignalClass>,
    pub need: Need,
    /// In the taxonomy (false: a technology-looking word it does not know).
    pub known: bool,
    /// How the resume writes it, when matched.
    pub resume: Option<String>,
}

/// A term the resume has under a different spelling than the posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpellingMirror {
    pub term: &'static str,
    /// The posting's spelling.
    pub jd: String,
    /// The resume's spelling.
    pub resume: String,
    /// The resume's first use (for the finding's highlight).
    #[serde(skip)]
    pub span: Span,
}

/// How the resume uses one of the posting's taxonomy terms.
#[derive(Default)]
struct ResumeUse {
    spellings: Vec<u8>,
    first: Option<Span>,
}

/// Match `doc` against `jd`.
///
/// The four J- rules and the report all ask for it; the first call computes it and the
/// posting keeps it for the same document.
pub fn report(doc: &Document<'_>, jd: &JobDescription) -> MatchReport {
    jd.cached(doc, compute)
}

fn compute(doc: &Document<'_>, jd: &JobDescription) -> MatchReport {
    let p = profile::build(doc);
    let text = doc.text;

    // The resume's spellings of the posting's taxonomy terms, in one walk (both indexed by term
    // id).
    let mut wanted = vec![false; taxonomy::TERM_COUNT];
    for t in &jd.terms {
        if let TermKey::Known(id) = t.key {
            if let Some(w) = wanted.get_mut(usize::from(id)) {
                *w = true;
            }
        }
    }
    let mut uses: Vec<Option<ResumeUse>> = (0..taxonomy::TERM_COUNT).map(|_| None).collect();
    for hit in &doc.terms {
        let id = usize::from(hit.term);
        let (Some(true), Some(slot)) = (wanted.get(id).copied(), uses.get_mut(id)) else {
            continue;
        };
        let u = slot.get_or_insert_with(ResumeUse::default);
        let spelling = hit.spelling();
        if !u.spellings.contains(&spelling) {
            u.spellings.push(spelling);
        }
        u.first.get_or_insert(hit.span);
    }
    // The resume's first use of each unknown word, in one walk: the words sorted (looked up by
    // binary search), `found` indexed like them.
    let mut unknowns: Vec<&str> = jd
        .terms
        .iter()
        .filter_map(|t| match &t.key {
            TermKey::Unknown(k) => Some(k.as_str()),
            TermKey::Known(_) => None,
        })
        .collect();
    crate::sort::sort(&mut unknowns);
    unknowns.dedup();
    let mut found: Vec<Option<Span>> = vec![None; unknowns.len()];
    if !unknowns.is_empty() {
        unknown::each_word(text, &doc.tokens, |span, lower| {
            let slot = unknowns
                .binary_search(&lower)
                .ok()
                .and_then(|i| found.get_mut(i));
            if let Some(first @ None) = slot {
                *first = Some(span);
            }
        });
    }
    let found_at = |k: &str| {
        unknowns
            .binary_search(&k)
            .ok()
            .and_then(|i| found.get(i).copied().flatten())
    };
    // A generic family word ("SQL") is met by any named datastore.
    let named_datastore = p
        .order
        .iter()
        .map(|&t| taxonomy::term(t))
        .find(|t| t.class == SignalClass::Datastore && t.is_tier1());

    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let mut spelling = Vec::new();
    let mut required = NeedGroup::default();
    let mut preferred = NeedGroup::default();
    for t in &jd.terms {
        let (canonical, class, resume) = match &t.key {
            TermKey::Known(id) => {
                let term = taxonomy::term(*id);
                let resume = match uses.get(usize::from(*id)).and_then(Option::as_ref) {
                    Some(u) => {
                        let first = u.first.unwrap_or_default();
                        if !u.spellings.iter().any(|s| t.spellings.contains(s)) {
                            spelling.push(SpellingMirror {
                                term: term.name(),
                                jd: t.spelling.clone(),
                                resume: first.slice(text).to_string(),
                                span: first,
                            });
                        }
                        Some(first.slice(text).to_string())
                    }
                    None if term.class == SignalClass::Generic => {
                        named_datastore.map(|d| d.name().to_string())
                    }
                    None => None,
                };
                (Some(term.name()), Some(term.class), resume)
            }
            TermKey::Unknown(k) => (None, None, found_at(k).map(|s| s.slice(text).to_string())),
        };
        let group = if t.need.is_required() {
            &mut required
        } else {
            &mut preferred
        };
        group.total += 1;
        let entry = MatchTerm {
            term: t.spelling.clone(),
            canonical,
            class,
            need: t.need,
            known: canonical.is_some(),
            resume,
        };
        if entry.resume.is_some() {
            group.matched += 1;
            matched.push(entry);
        } else {
            missing.push(entry);
        }
    }
    for g in [&mut required, &mut preferred] {
        g.rate = percent(g.matched, g.total);
    }
    let total = required.total + preferred.total;
    let matched_count = required.matched + preferred.matched;
    MatchReport {
        rate: percent(matched_count, total),
        total,
        matched_count,
        split: jd.split,
        required,
        preferred,
        matched,
        missing,
        spelling,
        title: title::compare(jd.title.as_deref(), &title::resume_candidates(doc)),
    }
}

/// `part` of `whole` in percent, rounded; 0 of 0 is 0.
fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        0
    } else {
        (part * 200 + whole) / (whole * 2)
    }
}

/// Weight of a term in the match part's score: required and unmarked 2, preferred 1.
fn weight(need: Need) -> u32 {
    if need.is_required() {
        2
    } else {
        1
    }
}

/// Points a set of missing terms costs: their weighted share of all the posting's terms.
fn missing_points(m: &MatchReport, need_required: bool) -> u32 {
    let all: u32 = m
        .matched
        .iter()
        .chain(&m.missing)
        .map(|t| weight(t.need))
        .sum();
    let lost: u32 = m
        .missing
        .iter()
        .filter(|t| t.need.is_required() == need_required)
        .map(|t| weight(t.need))
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
