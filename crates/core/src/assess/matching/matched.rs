//! The match report's types: what a resume has of a posting's requirements, as the report
//! shows them.

use crate::jd::Need;
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::taxonomy::SignalClass;
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// The match report. Every count comes from `requirements`: one source for the page's
/// headline, its table and the findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchReport {
    /// Percentage of the posting's requirements the resume meets.
    pub rate: u32,
    /// Requirements, and how many the resume meets.
    pub total: u32,
    pub matched_count: u32,
    /// Whether the posting separates required from preferred.
    pub split: bool,
    /// Required requirements (and those the posting names without marking them).
    pub required: NeedGroup,
    /// Preferred ("Nice to have") requirements.
    pub preferred: NeedGroup,
    /// Every requirement, in the posting's order.
    pub requirements: Vec<Requirement>,
    /// The requirements the resume meets, as terms.
    pub matched: Vec<MatchTerm>,
    /// The requirements the resume does not meet, as terms (frontend terms excluded: they
    /// are never suggested).
    pub missing: Vec<MatchTerm>,
    /// Terms the resume has under a different spelling than the posting uses.
    pub spelling: Vec<SpellingMirror>,
    pub title: TitleMatch,
    /// The posting's readable text when it differs from the paste (HTML): what the
    /// requirements' spans index into.
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NeedGroup {
    pub total: u32,
    pub met: u32,
    pub rate: u32,
}

/// Whether a requirement is required or preferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequirementKind {
    Required,
    Preferred,
}

/// One requirement of the posting and how the resume meets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    /// "Go, Python or Java"; "PostgreSQL".
    pub label: String,
    pub kind: RequirementKind,
    /// Canonical terms (as the posting writes an unknown word); any one meets the requirement.
    pub members: Vec<String>,
    /// The term the resume has that meets it (a member, or a term of the member's class).
    pub matched: Option<String>,
    /// The resume section where that term appears (an experience or project use first).
    pub on_resume: Option<SectionKind>,
    /// Where to add it: "skills", "a bullet of your latest role"; none for frontend terms.
    pub suggested_place: Option<String>,
    /// "5+ years of Go" → 5.
    pub years: Option<u32>,
    /// A frontend (counter-list) term the posting requires: shown, never suggested.
    pub counter: bool,
    /// Where the posting names it: byte ranges into the posting's (readable) text.
    pub spans: Vec<Span>,
    /// The same in UTF-16 code units.
    pub utf16: Vec<Span>,
    /// The resume's use of the matched term (into the resume's text).
    pub resume_at: Option<ResumePlace>,
}

/// A place in the resume: byte range and UTF-16 twin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResumePlace {
    pub span: Span,
    pub utf16: Span,
}

/// One of the posting's requirements, as a term (the older flat view).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchTerm {
    /// The requirement's label.
    pub term: String,
    /// The taxonomy's canonical name, for a plain taxonomy requirement.
    pub canonical: Option<&'static str>,
    pub class: Option<SignalClass>,
    pub need: Need,
    /// Known to the taxonomy or the vocabulary (false: a technology-looking word).
    pub known: bool,
    /// How the resume writes what meets it.
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

/// How the resume's title compares with the posting's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleStatus {
    /// The posting's title appears verbatim (case and "Back-end"/"Backend" aside).
    Exact,
    /// Same specialisation, different seniority or noun ("Backend Developer" for "Senior
    /// Backend Engineer").
    Close,
    /// A different title.
    Different,
    /// The resume shows no title line, summary title or role title.
    Missing,
    /// The posting's title could not be read.
    Unknown,
}

/// The title comparison in the match report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TitleMatch {
    /// The posting's title, without its level.
    pub jd: Option<String>,
    /// The level the posting's title names ("II", "L5").
    pub level: Option<String>,
    /// The resume's closest title.
    pub resume: Option<String>,
    pub status: TitleStatus,
    /// Where the resume's title is (for the finding's highlight).
    #[serde(skip)]
    pub span: Option<Span>,
}
