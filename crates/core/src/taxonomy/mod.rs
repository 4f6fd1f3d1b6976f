//! The keyword taxonomy: one table of terms (data, not code) and the matcher over it.
//!
//! The table is `crates/core/data/taxonomy.tsv`; its comment lines document the columns and the
//! alias markers. `build.rs` validates it (a bad row fails the build with its line number) and
//! compiles it into the static tables included below; `matcher.rs` walks the text's tokens
//! against them. To add a term, add a row: nothing else changes.
//!
//! False positives are the enemy. Every trap is either impossible by construction (matching is
//! per token, so `Go` cannot match inside `good` nor `Java` inside `JavaScript`) or handled by the
//! row's data: a case-sensitive alias (`=REST` never matches "the rest"), a guard (`=?Go` is
//! rejected before "to" or "live": "Go to market", "go-to"), or a `requires` list (`Gin` only
//! counts on a resume that mentions Go). Each trap is pinned by a test in
//! `tests/tests/taxonomy.rs`. Known limit: an employer that shares a product's name
//! ("Snowflake", "Datadog") matches like the product; rules that care can skip role headers.
//!
//! What rules use:
//! - [`terms()`], [`term()`], [`terms_of()`], [`tier1_classes()`], [`TERM_COUNT`]: the table.
//! - [`find_terms()`] (tokens already computed, as `Document::build` does) and
//!   [`find_terms_in()`] (raw text, e.g. a job description): hits in text order, leftmost-longest,
//!   non-overlapping. "Amazon Web Services (AWS)" is two hits; "Cloudflare Workers" is two hits
//!   (Cloudflare, then the Workers service); "Google Cloud Run" is one (Cloud Run).
//! - [`lookup()`]: the term a name or alias denotes ("PG" → PostgreSQL).
//! - [`Term::spelling`] / [`TermHit::spelling`]: whether two hits used different *spellings*
//!   (K-VARIANTS: "Postgres" vs "PostgreSQL") rather than grammatical forms of one spelling
//!   ("webhook" / "webhooks").
//! - [`Term::is_expansion`] / [`TermHit::is_expansion`]: whether a hit is the spelled-out form of
//!   an acronym (K-ACRONYM: "Amazon Web Services" for AWS); never counted as a variant.
//! - [`Term::is_tier1`], [`Term::min_level`](Term), [`Term::phrasing`]: K-COUNT and
//!   K-SUGGEST.

pub mod lexicon;
mod matcher;

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

/// A string of the term table: `TERM_TEXT[at..at + len]`. The table stores offsets, not
/// `&'static str`s, to keep the web build small (see `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextRef {
    at: u16,
    len: u16,
}

impl TextRef {
    const EMPTY: TextRef = TextRef { at: 0, len: 0 };

    fn text(self) -> &'static str {
        let at = usize::from(self.at);
        TERM_TEXT.get(at..at + usize::from(self.len)).unwrap_or("")
    }
}

/// One taxonomy term (a row of `data/taxonomy.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Canonical spelling ("PostgreSQL"): [`Term::name`].
    name: TextRef,
    pub class: SignalClass,
    /// 1 = Tier-1, 2 = Tier-2 context, 3 = filler/counter.
    pub tier: u8,
    /// Its aliases are `ALIASES[first_alias..first_alias + alias_count]`: [`Term::aliases`].
    first_alias: u16,
    alias_count: u8,
    /// [`Term::phrasing`].
    phrasing: TextRef,
    /// [`Term::phrasing`] is quoted verbatim from a seed (otherwise it is written in the seed's
    /// style, so a message should not attribute it to the seed).
    pub phrasing_quoted: bool,
    /// [`Term::source`].
    source: TextRef,
    /// Lowest level it is suggested for (e.g. consensus is a senior+ signal).
    pub min_level: crate::options::Level,
    /// Index in the aliases of [`Term::expansion`], the spelled-out form of an acronym.
    pub expansion_alias: Option<u8>,
}

impl Term {
    /// Canonical spelling ("PostgreSQL").
    pub fn name(&self) -> &'static str {
        self.name.text()
    }

    /// Every accepted spelling, canonical first (`(s)` plurals listed out, markers stripped).
    /// The first alias is the name, except for a vendor's service named "Vendor Service"
    /// ("Cloudflare Workers", "Azure Functions", "AWS CDK"): its aliases are the service words,
    /// matched only when the vendor term occurs too, so "Cloudflare Workers" yields two hits.
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = &'static str> + Clone {
        let first = usize::from(self.first_alias);
        ALIASES
            .get(first..first + usize::from(self.alias_count))
            .unwrap_or(&[])
            .iter()
            .map(|r| r.text())
    }

    /// The alias with index `alias` ("" if out of range).
    pub fn alias(&self, alias: u8) -> &'static str {
        self.alias_ref(alias).map_or("", |r| r.text())
    }

    fn alias_ref(&self, alias: u8) -> Option<&'static TextRef> {
        if alias >= self.alias_count {
            return None;
        }
        ALIASES.get(usize::from(self.first_alias) + usize::from(alias))
    }

    /// The seed's typical resume phrasing for this term (what K-SUGGEST offers), or one
    /// written in the same style where the seed gives none ("" for none).
    pub fn phrasing(&self) -> &'static str {
        self.phrasing.text()
    }

    /// Seeds the term comes from ("003", "000, 004"). An id with a `+` ("003+") means the seed
    /// does not name the term; it is one more member of a list the seed gives (another named
    /// datastore, another test framework), included so real resumes are read fully.
    pub fn source(&self) -> &'static str {
        self.source.text()
    }

    /// An acronym that should be spelled out once (AWS → Amazon Web Services): the spelled-out
    /// alias, always one of [`Term::aliases`], so it is matched too.
    pub fn expansion(&self) -> Option<&'static str> {
        self.expansion_alias.map(|i| self.alias(i))
    }

    /// The spelling an alias belongs to (an index into the aliases): itself for a distinct
    /// spelling ("PostgreSQL", "Postgres", "PG"), the base spelling for a form of it
    /// ("webhooks" → "webhook", "idempotent" → "idempotency"). Two hits of one term with
    /// different spellings are "two spellings of one skill" (K-VARIANTS), unless one of them
    /// [`is_expansion`](Term::is_expansion).
    pub fn spelling(&self, alias: u8) -> u8 {
        if alias >= self.alias_count {
            return alias;
        }
        SPELLINGS
            .get(usize::from(self.first_alias) + usize::from(alias))
            .copied()
            .unwrap_or(alias)
    }

    /// Is this alias the spelled-out form of the term's acronym (or a form of it)?
    pub fn is_expansion(&self, alias: u8) -> bool {
        self.expansion_alias
            .is_some_and(|e| self.spelling(alias) == self.spelling(e))
    }

    /// Is this a Tier-1 term of one of the eight Tier-1 classes?
    pub fn is_tier1(&self) -> bool {
        self.tier == 1 && SignalClass::TIER1.contains(&self.class)
    }
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

    /// The alias that matched, as listed in the table (not as written in the text).
    pub fn alias_text(&self) -> &'static str {
        self.term().alias(self.alias)
    }

    /// The spelling used (see [`Term::spelling`]).
    pub fn spelling(&self) -> u8 {
        self.term().spelling(self.alias)
    }

    /// Is this hit the spelled-out form of an acronym ("Amazon Web Services")?
    pub fn is_expansion(&self) -> bool {
        self.term().is_expansion(self.alias)
    }
}

/// A token of a compiled alias: `TOKEN_TEXT[at..at + len]`. The tables are compact (offsets,
/// not `&str`s) to keep the web build small.
#[derive(Debug)]
struct PatTok {
    at: u16,
    len: u8,
    /// Written with no space before it in the alias (`Node.js`): the text must be too.
    glued: bool,
}

impl PatTok {
    /// As written in the table (compared exactly for `=` aliases, ASCII-case-insensitively
    /// otherwise).
    fn text(&self) -> &'static str {
        let at = usize::from(self.at);
        TOKEN_TEXT.get(at..at + usize::from(self.len)).unwrap_or("")
    }

    /// [`PatTok::text`] as bytes (no character-boundary checks).
    fn bytes(&self) -> &'static [u8] {
        let at = usize::from(self.at);
        TOKEN_TEXT
            .as_bytes()
            .get(at..at + usize::from(self.len))
            .unwrap_or(&[])
    }
}

/// A compiled alias.
#[derive(Debug)]
struct Pattern {
    term: u16,
    alias: u8,
    /// `=` alias: case-sensitive.
    exact: bool,
    /// `?` alias: subject to the term's guard.
    guarded: bool,
    /// Its tokens are `TOKENS[first_tok..first_tok + len]`.
    first_tok: u16,
    len: u8,
}

impl Pattern {
    fn toks(&self) -> &'static [PatTok] {
        let first = usize::from(self.first_tok);
        TOKENS
            .get(first..first + usize::from(self.len))
            .unwrap_or(&[])
    }

    /// The first token, lowercase only in the comparisons that use it.
    fn first(&self) -> &'static str {
        self.toks().first().map_or("", PatTok::text)
    }
}

/// A term's context guard (applies to its `?` aliases only).
#[derive(Debug)]
struct Guard {
    /// The term it guards.
    term: u16,
    /// Lowercase token phrases that must not follow the match (`#num`: any number).
    not_before: &'static [&'static [&'static str]],
    /// Lowercase token phrases that must not precede the match.
    not_after: &'static [&'static [&'static str]],
    /// Term ids of which at least one must occur somewhere in the same text.
    requires: &'static [u16],
}

/// The guard of term `term`, if it has one.
fn guard(term: u16) -> Option<&'static Guard> {
    GUARDS
        .binary_search_by_key(&term, |g| g.term)
        .ok()
        .and_then(|i| GUARDS.get(i))
}

include!(concat!(env!("OUT_DIR"), "/taxonomy_table.rs"));

/// Every term in the taxonomy, in table order (a term's id is its index).
pub fn terms() -> &'static [Term] {
    &TERMS
}

/// The term with index `i` (a fallback term if out of range, never a panic).
pub fn term(i: u16) -> &'static Term {
    static FALLBACK: Term = Term {
        name: TextRef::EMPTY,
        class: SignalClass::Generic,
        tier: 3,
        first_alias: 0,
        alias_count: 0,
        phrasing: TextRef::EMPTY,
        phrasing_quoted: false,
        source: TextRef::EMPTY,
        min_level: crate::options::Level::Entry,
        expansion_alias: None,
    };
    terms().get(usize::from(i)).unwrap_or(&FALLBACK)
}

/// The eight Tier-1 classes, in report order.
pub fn tier1_classes() -> &'static [SignalClass] {
    &SignalClass::TIER1
}

/// The terms of one class, with their ids, in table order.
pub fn terms_of(class: SignalClass) -> impl Iterator<Item = (u16, &'static Term)> {
    terms()
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.class == class)
        .filter_map(|(i, t)| u16::try_from(i).ok().map(|i| (i, t)))
}

/// Find every taxonomy term in `tokens` (of `text`), in text order, longest match first,
/// non-overlapping.
pub fn find_terms(text: &str, tokens: &[Token]) -> Vec<TermHit> {
    matcher::find(text, tokens)
}

/// Add to `hits` the words in capitals inside `spans` (the Skills sections) that spell a term
/// case aside ("GO", "POSTGRESQL", "RABBITMQ"): a list in capitals names its terms, and the
/// case-sensitive aliases that keep "go to" and "the rest" out elsewhere would miss them.
/// Only inside `spans`, where a word in capitals is a list item: in a heading or a sentence
/// "GO LIVE" is not the language. Only words no hit covers; `hits` stays in text order.
pub fn add_capitalised(text: &str, tokens: &[Token], spans: &[Span], hits: &mut Vec<TermHit>) {
    let mut added = Vec::new();
    for span in spans {
        let from = tokens.partition_point(|t| t.span.start < span.start);
        for t in tokens.get(from..).unwrap_or(&[]).iter() {
            if t.span.end > span.end {
                break;
            }
            let word = t.span.slice(text);
            if !crate::text::is_all_caps(word, 2) {
                continue;
            }
            let at = hits.partition_point(|h| h.span.end <= t.span.start);
            if hits.get(at).is_some_and(|h| h.span.start < t.span.end) {
                continue;
            }
            let Some(term) = lookup(word) else { continue };
            added.push(TermHit {
                span: t.span,
                term,
                alias: 0,
            });
        }
    }
    if added.is_empty() {
        return;
    }
    hits.extend(added);
    crate::sort::sort_by_key(hits, |h| h.span.start);
}

/// [`find_terms`] on raw text (tokenizes it first): for job descriptions and tests.
pub fn find_terms_in(text: &str) -> Vec<TermHit> {
    find_terms(text, &crate::text::tokenize(text))
}

/// The term a name or alias denotes: `lookup("PG")` is PostgreSQL's id. The whole string must
/// be one alias or a canonical name (surrounding whitespace ignored). Case-sensitive aliases are
/// tried as written first, then case-insensitively, so `lookup("golang")` and `lookup("go")`
/// both find Go; guards are not applied (there is no context to judge).
pub fn lookup(name_or_alias: &str) -> Option<u16> {
    let wanted = name_or_alias.trim();
    let by_name = terms()
        .iter()
        .position(|t| t.name().eq_ignore_ascii_case(wanted))
        .and_then(|i| u16::try_from(i).ok());
    if by_name.is_some() {
        return by_name;
    }
    let tokens = crate::text::tokenize(name_or_alias);
    let toks = matcher::normalize(name_or_alias, &tokens);
    let first = toks.first()?;
    let whole = |p: &&Pattern| usize::from(p.len) == toks.len();
    let found = matcher::candidates(first.text_in(name_or_alias))
        .filter(whole)
        .find(|p| matcher::matches_at(name_or_alias, &toks, 0, p))
        .or_else(|| {
            matcher::candidates(first.text_in(name_or_alias))
                .filter(whole)
                .find(|p| {
                    p.toks()
                        .iter()
                        .zip(&toks)
                        .all(|(pt, t)| t.text_in(name_or_alias).eq_ignore_ascii_case(pt.text()))
                })
        })?;
    Some(found.term)
}

#[cfg(test)]
mod tests;
