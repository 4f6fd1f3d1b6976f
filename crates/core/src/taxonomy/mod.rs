//! The keyword taxonomy: one table of terms (data, not code) and the matcher over it.

use crate::span::Span;
use crate::text::Token;
use alloc::vec::Vec;
use serde::Serialize;

/// Seed 003's five signal classes plus the three it also lists as Tier-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignalClass {
    Language,
    Datastore,
    Distributed,
    Api,
    Observability,
    Cloud,
    Security,
    Testing,
    /// Tier-2 context: frameworks, ORMs, migration and build tools.
    Framework,
    /// Seed 003's counter-list: keywords that backfire on a backend resume.
    Counter,
    /// Generic family words ("SQL", "NoSQL"): Tier-3 fillers.
    Generic,
}

impl SignalClass {
    /// The eight Tier-1 classes, in report order.
    pub const TIER1: [SignalClass; 8] = [
        SignalClass::Language,
        SignalClass::Datastore,
        SignalClass::Distributed,
        SignalClass::Api,
        SignalClass::Observability,
        SignalClass::Cloud,
        SignalClass::Security,
        SignalClass::Testing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SignalClass::Language => "language",
            SignalClass::Datastore => "datastore",
            SignalClass::Distributed => "distributed",
            SignalClass::Api => "api",
            SignalClass::Observability => "observability",
            SignalClass::Cloud => "cloud",
            SignalClass::Security => "security",
            SignalClass::Testing => "testing",
            SignalClass::Framework => "framework",
            SignalClass::Counter => "counter",
            SignalClass::Generic => "generic",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SignalClass::Language => "Languages",
            SignalClass::Datastore => "Datastores",
            SignalClass::Distributed => "Distributed systems",
            SignalClass::Api => "APIs & protocols",
            SignalClass::Observability => "Observability",
            SignalClass::Cloud => "Cloud & infra",
            SignalClass::Security => "Security & auth",
            SignalClass::Testing => "Testing",
            SignalClass::Framework => "Frameworks & tools",
            SignalClass::Counter => "Counter-list",
            SignalClass::Generic => "Generic words",
        }
    }
}

/// One taxonomy term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Canonical spelling ("PostgreSQL").
    pub name: &'static str,
    pub class: SignalClass,
    /// 1 = Tier-1, 2 = Tier-2 context, 3 = filler/counter.
    pub tier: u8,
    /// Every accepted spelling, canonical first.
    pub aliases: &'static [&'static str],
    /// The seed's typical resume phrasing for this term (what K-SUGGEST offers).
    pub phrasing: &'static str,
    /// Seed the term comes from.
    pub source: &'static str,
    /// Lowest level it is suggested for (e.g. consensus is a senior+ signal).
    pub min_level: crate::options::Level,
    /// An acronym that should be spelled out once (AWS → Amazon Web Services).
    pub expansion: Option<&'static str>,
}

/// A term found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermHit {
    pub span: Span,
    /// Index into [`terms()`].
    pub term: u16,
    /// Index into the term's `aliases`: which spelling was used.
    pub alias: u8,
}

impl TermHit {
    pub fn term(&self) -> &'static Term {
        term(self.term)
    }
}

/// Every term in the taxonomy.
pub fn terms() -> &'static [Term] {
    &[]
}

/// The term with index `i` (a fallback term if out of range, never a panic).
pub fn term(i: u16) -> &'static Term {
    static FALLBACK: Term = Term {
        name: "",
        class: SignalClass::Generic,
        tier: 3,
        aliases: &[],
        phrasing: "",
        source: "",
        min_level: crate::options::Level::Entry,
        expansion: None,
    };
    terms().get(usize::from(i)).unwrap_or(&FALLBACK)
}

/// Find every taxonomy term in `tokens` (of `text`), in text order, longest match first.
pub fn find_terms(_text: &str, _tokens: &[Token]) -> Vec<TermHit> {
    Vec::new()
}
