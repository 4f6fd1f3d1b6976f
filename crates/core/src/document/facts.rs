//! What a bullet contains, computed once so every bullet rule reads the same facts.
//!
//! The bullet rules (`rules/bullets/`) and the grade ask these facts instead of re-reading the
//! text: the opening verb, every figure and what kind of metric it is (percent, latency with its
//! percentile, throughput with its unit, money, data size, users, counts, uptime, durations),
//! before → after pairs, the technologies named, the method clause, and the phrase hits of the
//! bullet tables in [`crate::phrases::bullet`]. Everything is linear in the bullet's tokens: the
//! phrase tables are indexed by their first word at compile time.

use super::Document;
use crate::phrases::bullet as ph;
use crate::phrases::PhraseTable;
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::taxonomy::SignalClass;
use crate::text::{Token, TokenKind};
use alloc::vec::Vec;
use serde::Serialize;

/// What one bullet contains.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BulletFacts {
    /// Whether the bullet rules judge this bullet: an experience or project bullet (the ones
    /// [`Document::experience_bullets`] yields), not a Skills, Education, Certifications,
    /// Summary or Objective line.
    pub judged: bool,
    /// Word count: whitespace-separated words with a letter or digit ("authorization-code" is
    /// one word, "—" is none).
    pub words: usize,
    /// The first word of the bullet (after any leading punctuation).
    pub first_word: Option<Span>,
    /// The opening verb, when the bullet starts with one.
    pub verb: Option<OpeningVerb>,
    /// A duty phrase opening the bullet ("Responsible for", "Worked on").
    pub duty: Option<PhraseHit>,
    /// Every figure, in text order (years, versions and tenure included; see
    /// [`MetricKind::is_metric`]).
    pub metrics: Vec<Metric>,
    /// Before → after pairs ("from 800ms to 45ms", "2 hours to 15 minutes").
    pub before_after: Vec<BeforeAfter>,
    /// Percentile words ("p99", "P95", "99th percentile", "median").
    pub percentiles: Vec<Span>,
    /// "average latency", "mean response time": an average where seed 003 wants a percentile.
    pub average_latency: Vec<Span>,
    pub hedges: Vec<PhraseHit>,
    pub giant_claims: Vec<PhraseHit>,
    pub self_praise: Vec<PhraseHit>,
    pub frontend: Vec<PhraseHit>,
    /// Scale claims ("high-throughput", "millions of") and speed claims ("low-latency").
    pub unitless_scale: Vec<PhraseHit>,
    pub unitless_speed: Vec<PhraseHit>,
    /// Claims of improvement without a measure ("much faster", "significantly").
    pub vague_claims: Vec<PhraseHit>,
    /// The word opening the method clause ("by redesigning", "via", "using", "through").
    pub method: Option<Span>,
    /// Passive constructions ("was implemented").
    pub passive: Vec<Span>,
    /// First-person pronouns.
    pub pronouns: Vec<Span>,
    /// Distinct taxonomy terms named, in text order (indexes into `taxonomy::terms()`).
    pub terms: Vec<u16>,
    /// Where each of `terms` first appears.
    pub term_spans: Vec<Span>,
    /// Distinct Tier-1 terms.
    pub tier1: usize,
    /// Distinct technologies: Tier-1 and Tier-2 terms (not generic family words or the
    /// counter-list).
    pub tech: usize,
    /// Distinct technologies of the lexicon outside the taxonomy (HTTP, LDAP, Nix, Riak, …):
    /// they make a bullet technical without counting toward the keyword score.
    pub lexicon: usize,
    /// Distinct frontend technologies of the lexicon (HTML, Webpack): named, but not backend.
    pub lexicon_frontend: usize,
    /// Where the lexicon's technologies appear, in text order.
    pub lexicon_spans: Vec<Span>,
    /// Distinct generic family words ("SQL", "NoSQL").
    pub generic: usize,
    /// Distinct counter-list terms (frontend keywords).
    pub counter: usize,
    /// Tier-1 signal classes named, in order of first appearance.
    pub classes: Vec<SignalClass>,
    /// The XYZ parts.
    pub xyz: Xyz,
}

/// The parts of seed 004's formula, "Accomplished [X] as measured by [Y], by doing [Z]", as
/// the bullet has them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Xyz {
    /// X: the action verb and its object ("Cut p99 checkout latency"), when the bullet says
    /// what was done (not a duty phrase or a tool verb).
    pub x: Option<Span>,
    /// Y: the figures that measure the result (impact and scale, not scope or versions).
    pub y: Vec<Span>,
    /// Z: the method clause ("by putting a Redis read-through cache in front of …").
    pub z: Option<Span>,
    /// The bullet states its result first with no verb of its own ("p99 2.1s → 180ms after
    /// moving …"): the change itself says what was accomplished.
    pub result_first: bool,
    /// Words of X's object that name neither a technology nor nothing ("indexer" in "Built a
    /// Solr indexer", none in "Built ETL." or "Developed microservices."): what was built, not
    /// only what it was built with.
    pub object_words: usize,
    /// The verb X opens with: the opening verb, the verb after a context prefix ("Intern:
    /// learned …") or the purpose of a tool verb ("Used Kafka to build …": "build").
    pub action: Option<OpeningVerb>,
}

/// A phrase-table entry found in a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PhraseHit {
    pub span: Span,
    /// The table entry that matched (lower case).
    pub phrase: &'static str,
}

/// The verb a bullet opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OpeningVerb {
    pub span: Span,
    /// A strong system verb (seed 002: architected, optimized, scaled, instrumented, …).
    pub strong: bool,
    /// An outcome verb (reduced, increased, accomplished, …): the bullet leads with its result.
    pub outcome: bool,
    /// A generic verb (managed, handled, set up, …).
    pub weak: bool,
    /// A tool verb (used, utilized, leveraged): names a tool, not what was built with it.
    pub tool: bool,
    /// An outcome verb or another verb that claims a result ("optimised", "enhanced"): without
    /// a figure or a method the bullet is a claim.
    pub claim: bool,
    /// A verb of activity, not of something built ("handled", "supported", "oversaw").
    pub activity: bool,
}

/// What kind of figure a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    /// "62%", "30 percent".
    Percent,
    /// "45ms", "1.2s" in a latency bullet.
    Latency,
    /// "30k RPS", "12k events/sec", "100M daily events".
    Throughput,
    /// "$18,000/month".
    Money,
    /// "500GB".
    DataSize,
    /// "120,000 monthly active users", "340 enterprise clients".
    Users,
    /// "17 endpoints", "140 microservices", "zero downtime", "4 per quarter".
    Count,
    /// A headcount: "4 engineers" (scope, not a system metric).
    People,
    /// "99.99% uptime", "five nines".
    Uptime,
    /// "10x", "doubled".
    Multiplier,
    /// "45 minutes", "15 hours/week", "18-month".
    Duration,
    /// A bare number with no unit the tables know.
    Number,
    /// "10+ years of experience": how long, not what was achieved.
    Tenure,
    /// "2024".
    Year,
    /// "OpenAPI 3.1", "Java 17", "HTTP/2".
    Version,
}

impl MetricKind {
    /// Whether the figure measures work (B-NO-METRIC): years, versions and tenure do not.
    pub fn is_metric(self) -> bool {
        !matches!(
            self,
            MetricKind::Tenure | MetricKind::Year | MetricKind::Version
        )
    }

    /// Whether the figure measures a system (a headcount does not).
    pub fn is_system(self) -> bool {
        self.is_metric() && self != MetricKind::People
    }

    /// Whether the figure backs a scale claim ("high-throughput", "millions of users").
    pub fn is_scale(self) -> bool {
        matches!(
            self,
            MetricKind::Throughput
                | MetricKind::Users
                | MetricKind::Count
                | MetricKind::DataSize
                | MetricKind::Multiplier
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MetricKind::Percent => "percent",
            MetricKind::Latency => "latency",
            MetricKind::Throughput => "throughput",
            MetricKind::Money => "money",
            MetricKind::DataSize => "data-size",
            MetricKind::Users => "users",
            MetricKind::Count => "count",
            MetricKind::People => "people",
            MetricKind::Uptime => "uptime",
            MetricKind::Multiplier => "multiplier",
            MetricKind::Duration => "duration",
            MetricKind::Number => "number",
            MetricKind::Tenure => "tenure",
            MetricKind::Year => "year",
            MetricKind::Version => "version",
        }
    }
}

/// What a figure says about the work (issue: "any number passes the metric check" was wrong).
///
/// Only *impact* and *scale* figures measure a result (B-NO-METRIC); *scope* says how big the
/// job was ("a team of 4", "12+ microservices", "over 3 years") and *incidental* numbers are
/// names ("Python 3.12", "HTTP/1.1", "2019").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricClass {
    /// A change or a result: a before → after pair, "by 40%", "$18k/month", "p99 95 ms", "zero
    /// downtime", "10x", "saving 60 hours per audit".
    Impact,
    /// Load the system carries: RPS, events/s, users served, data volume, a fleet of 1,000+.
    Scale,
    /// How big the job was, not what it achieved: team size, counts of customers, repos,
    /// services or people, years.
    Scope,
    /// Not a measure at all: versions, protocol and standard numbers, calendar years.
    Incidental,
}

impl MetricClass {
    /// Whether a figure of this class measures a result (impact or scale).
    pub fn measures(self) -> bool {
        matches!(self, MetricClass::Impact | MetricClass::Scale)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MetricClass::Impact => "impact",
            MetricClass::Scale => "scale",
            MetricClass::Scope => "scope",
            MetricClass::Incidental => "incidental",
        }
    }
}

/// Counts of things at least this large read as fleet size (scale), smaller ones as scope:
/// "1,800 VMs" is load the work carried, "12+ microservices" the size of the job.
const FLEET_COUNT: u64 = 1000;

/// One figure in a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    /// The number with its magnitude and unit ("45ms", "30k RPS", "$18,000/month").
    pub span: Span,
    pub kind: MetricKind,
    /// Impact, scale, scope or incidental ([`MetricClass`]).
    pub class: MetricClass,
    /// The unit or counted noun as the table spells it ("ms", "%", "requests", "users").
    pub unit: Option<&'static str>,
    /// For a latency: the percentile that qualifies it (50, 95, 99, 999), if any.
    pub percentile: Option<u16>,
    /// For a latency: qualified as an average or mean.
    pub average: bool,
    /// Token range inside the bullet (for pairing; not serialized).
    #[serde(skip)]
    tokens: (usize, usize),
    /// The number's value with its magnitude ("50K" = 50,000), saturating.
    #[serde(skip)]
    value: u64,
    /// Carries a rate denominator ("/week", "per audit").
    #[serde(skip)]
    rate: bool,
}

/// A before → after pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BeforeAfter {
    /// From "from" (when present) to the end of the after figure.
    pub span: Span,
    pub before: Span,
    pub after: Span,
}

impl BulletFacts {
    /// Figures that measure a result: impact or scale, not scope or incidental numbers.
    pub fn real_metrics(&self) -> impl Iterator<Item = &Metric> {
        self.metrics.iter().filter(|m| m.class.measures())
    }

    /// Whether the bullet has a figure that measures a result (B-NO-METRIC's test).
    pub fn has_metric(&self) -> bool {
        self.real_metrics().next().is_some()
    }

    /// Whether the bullet has a figure about the system (impact or scale, not a headcount).
    pub fn has_system_metric(&self) -> bool {
        self.real_metrics().any(|m| m.kind != MetricKind::People)
    }

    /// Whether a figure backs a scale claim ("high-throughput", "millions of users").
    pub fn has_scale_metric(&self) -> bool {
        self.metrics
            .iter()
            .any(|m| m.kind.is_scale() && m.class != MetricClass::Incidental)
    }

    /// Whether the bullet has an impact figure (a change or a result).
    pub fn has_impact(&self) -> bool {
        self.metrics.iter().any(|m| m.class == MetricClass::Impact)
    }

    /// The first scope figure, when the bullet has numbers but none measures a result.
    pub fn scope_only(&self) -> Option<&Metric> {
        if self.has_metric() {
            return None;
        }
        self.metrics.iter().find(|m| m.class == MetricClass::Scope)
    }

    pub fn has_kind(&self, kind: MetricKind) -> bool {
        self.metrics.iter().any(|m| m.kind == kind)
    }

    /// A latency figure qualified by a percentile.
    pub fn has_percentile_latency(&self) -> bool {
        self.metrics
            .iter()
            .any(|m| m.kind == MetricKind::Latency && m.percentile.is_some())
    }

    /// The first figure that measures a result, for messages.
    pub fn first_metric(&self) -> Option<&Metric> {
        self.real_metrics().next()
    }
}

/// Fill in `facts` for every bullet of `doc`, and the profile wording ([`Document::wording`]).
pub fn compute(doc: &mut Document<'_>) {
    // Mirrors `Document::experience_bullets`, computed once instead of per bullet.
    let has_experience = doc
        .bullets
        .iter()
        .any(|b| b.section_kind == SectionKind::Experience);
    let all: Vec<BulletFacts> = doc
        .bullets
        .iter()
        .map(|b| {
            let mut facts = bullet_facts(doc, b.body);
            let listed = !has_experience
                || matches!(
                    b.section_kind,
                    SectionKind::Experience | SectionKind::Projects
                );
            facts.judged = b.not_work.is_none()
                && (listed || b.section_kind == SectionKind::Other)
                && achievement_section(b.section_kind);
            facts
        })
        .collect();
    for (b, facts) in doc.bullets.iter_mut().zip(all) {
        b.facts = facts;
    }
    doc.wording = profile_wording(doc);
}

/// Whether bullets in a section of this kind are achievement bullets (the Summary's "10+ years
/// of …" line is F-IDENTITY's, Skills lines are lists).
fn achievement_section(kind: SectionKind) -> bool {
    !matches!(
        kind,
        SectionKind::Skills
            | SectionKind::Education
            | SectionKind::Certifications
            | SectionKind::Summary
            | SectionKind::Objective
    )
}

/// The facts of the bullet whose body is `body`.
pub fn bullet_facts(doc: &Document<'_>, body: Span) -> BulletFacts {
    let text = doc.text;
    let toks = doc.tokens_in(body);
    let mut facts = BulletFacts {
        words: word_count(body.slice(text)),
        ..BulletFacts::default()
    };
    terms(doc, body, &mut facts);
    lexicon_terms(doc, body, toks, &mut facts);
    let first = toks.iter().position(|t| t.kind != TokenKind::Punct);
    facts.first_word = first.and_then(|i| toks.get(i)).map(|t| t.span);
    let scan = Scan {
        text,
        lower: &doc.lower,
        toks,
    };
    let hits = phrase_hits(&scan);
    phrases(&hits, first, &mut facts);
    // "I built …" / "We migrated …": the verb after a leading pronoun (B-PRONOUN flags it);
    // "Significantly improved …", "Successfully migrated …": the verb after a leading adverb.
    let verb_at = first.map(|i| {
        let i = if scan.in_table(i, &ph::PRONOUNS) && scan.kind(i + 1) == Some(TokenKind::Word) {
            i + 1
        } else {
            i
        };
        if leading_adverb(&scan, i) {
            i + 1
        } else {
            i
        }
    });
    facts.verb = verb_at.and_then(|i| opening_verb(&scan, i));
    facts.percentiles = percentiles(&scan);
    let latency_context =
        !facts.percentiles.is_empty() || hits.iter().any(|h| h.table == Table::Latency);
    // A number right after a named technology is its version ("Solr 6", "Puppet 7"), the
    // lexicon's as well as the taxonomy's.
    let mut term_ends: Vec<usize> = doc
        .terms_in(body)
        .map(|h| h.span.end)
        .chain(facts.lexicon_spans.iter().map(|s| s.end))
        .collect();
    crate::sort::sort(&mut term_ends);
    let term_spans: Vec<Span> = doc.terms_in(body).map(|h| h.span).collect();
    facts.metrics = metrics(&scan, latency_context, &term_ends, &term_spans);
    qualify_latencies(&scan, &mut facts.metrics);
    facts.average_latency = average_latency(&scan, &hits);
    facts.before_after = before_after(&scan, &facts.metrics);
    drop_scope_pairs(&scan, &mut facts.metrics, &mut facts.before_after);
    classify(&scan, &mut facts.metrics, &facts.before_after);
    // Only named technologies make "with …" a method ("with OpenTelemetry", not "with SQL"),
    // and a duty opener's own "with" ("Worked with …") is not one.
    let mut tech_spans: Vec<Span> = doc
        .terms_in(body)
        .filter(|h| !matches!(h.term().class, SignalClass::Generic | SignalClass::Counter))
        .map(|h| h.span)
        .chain(facts.lexicon_spans.iter().copied())
        .collect();
    crate::sort::sort_by(&mut tech_spans, |a, b| a.start.cmp(&b.start));
    let after_duty = facts.duty.map(|d| d.span.end).unwrap_or(0);
    facts.method = method(&scan, &tech_spans, after_duty);
    facts.passive = passive(&scan);
    facts.pronouns = pronouns(&scan);
    facts.xyz = xyz(&scan, &facts, first, body);
    facts
}

// ---------------------------------------------------------------------------------------------
// Wording outside the bullets (summary, objective, skills, the header's title line)
// ---------------------------------------------------------------------------------------------

/// A hedge or a piece of self-praise outside the bullets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordingHit {
    pub span: Span,
    /// The table entry that matched.
    pub phrase: &'static str,
    /// A hedge ("familiarity with"); otherwise self-praise ("results-driven").
    pub hedge: bool,
    pub section: SectionKind,
}

/// Hedges and self-praise in the Header, Summary, Objective and Skills sections: the lines a
/// recruiter reads first, where "Familiarity with Kubernetes" and "Passionate, results-driven
/// team player" stand (the bullet rules never read them). One pass over those sections'
/// tokens, with the same phrase index the bullets use.
pub fn profile_wording(doc: &Document<'_>) -> Vec<WordingHit> {
    let mut out = Vec::new();
    for section in doc.sections.iter().filter(|s| {
        matches!(
            s.kind,
            SectionKind::Header
                | SectionKind::Summary
                | SectionKind::Objective
                | SectionKind::Skills
        )
    }) {
        let scan = Scan {
            text: doc.text,
            lower: &doc.lower,
            toks: doc.tokens_in(section.span),
        };
        for h in phrase_hits(&scan) {
            let hedge = match h.table {
                Table::Hedge => true,
                Table::Praise => false,
                _ => continue,
            };
            out.push(WordingHit {
                span: h.span,
                phrase: h.phrase,
                hedge,
                section: section.kind,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The XYZ parts (seed 004: "Accomplished [X] as measured by [Y], by doing [Z]")
// ---------------------------------------------------------------------------------------------

/// Most tokens a context prefix may take before the action verb ("As the only backend
/// developer at the startup, I built …").
const PREFIX_TOKENS: usize = 14;
/// Most tokens the X part quotes after its verb.
const X_TOKENS: usize = 10;

fn xyz(scan: &Scan<'_>, facts: &BulletFacts, first: Option<usize>, body: Span) -> Xyz {
    let action = action_verb(scan, facts, first);
    let figures: Vec<Span> = facts.real_metrics().map(|m| m.span).collect();
    let x = action.map(|k| x_span(scan, k, facts));
    let z = facts
        .method
        .map(|m| Span::new(m.start, clause_end(scan, m.start, body)));
    let object_words = match (action, x) {
        (Some(k), Some(x)) => object_words(scan, facts, k, x),
        _ => 0,
    };
    Xyz {
        x,
        y: figures,
        z,
        result_first: action.is_none() && facts.duty.is_none() && facts.has_impact(),
        object_words,
        action: action.and_then(|k| opening_verb(scan, k)),
    }
}

/// The words of X's object, after its verb at token `k` and before the first word of
/// [`ph::OBJECT_END`] ("for the orders system"), that are not a named technology (taxonomy or
/// lexicon, generic words included) and not filler ([`ph::OBJECT_FILLER`]).
fn object_words(scan: &Scan<'_>, facts: &BulletFacts, k: usize, x: Span) -> usize {
    let named = |t: &Token| {
        facts
            .term_spans
            .iter()
            .chain(&facts.lexicon_spans)
            .any(|s| s.start <= t.span.start && t.span.end <= s.end)
    };
    scan.toks
        .iter()
        .skip(k + 1)
        .take_while(|t| t.span.end <= x.end && !scan.word_in(t, &ph::OBJECT_END))
        .filter(|t| t.kind == TokenKind::Word && !named(t) && !scan.word_in(t, &ph::OBJECT_FILLER))
        .count()
}

/// The verb that says what was done: the opening verb, or the first verb after a context
/// prefix ("As an intern, built …", "Open source: contributed …", "In 2022 I built …"). A duty
/// opener is not an action, nor is a tool verb ("Used Kafka") unless it says what the tool was
/// used to do ("Used Thrift, Scribe and HBase to build log ingestion": the action is "build").
fn action_verb(scan: &Scan<'_>, facts: &BulletFacts, first: Option<usize>) -> Option<usize> {
    if facts.duty.is_some() {
        return None;
    }
    if let Some(v) = facts.verb {
        let at = scan.toks.iter().position(|t| t.span == v.span)?;
        if v.tool {
            return purpose_verb(scan, at);
        }
        return Some(at);
    }
    let start = first?;
    let mut k = start;
    while k < scan.len() && k < start + PREFIX_TOKENS {
        let s = scan.str_at(k);
        let opens = matches!(s, "," | ":" | "—" | "–") || scan.in_table(k, &ph::PRONOUNS);
        if opens {
            let mut v = k + 1;
            if scan.in_table(v, &ph::PRONOUNS) {
                v += 1;
            }
            if let Some(verb) = opening_verb(scan, v).filter(|v| !v.tool) {
                if !(verb.weak && scan.is(v, "was")) {
                    return Some(v);
                }
            }
        }
        k += 1;
    }
    None
}

/// Most tokens between a tool verb and the "to" of its purpose ("Used Thrift, Scribe, and
/// HBase to build …").
const PURPOSE_TOKENS: usize = 12;

/// The verb of "Used X to <verb> …": the "to" within [`PURPOSE_TOKENS`] of the tool verb at
/// `at`, in the same clause, followed by a verb the bullet tables know.
fn purpose_verb(scan: &Scan<'_>, at: usize) -> Option<usize> {
    let to = (at + 1..(at + PURPOSE_TOKENS).min(scan.len()))
        .take_while(|&k| !scan.is_break(k) && scan.str_at(k) != ".")
        .find(|&k| scan.is(k, "to"))?;
    let verb = to + 1;
    let bare = scan
        .tok(verb)
        .is_some_and(|t| t.kind == TokenKind::Word && scan.word_in(t, &ph::BARE_VERBS));
    bare.then_some(verb)
}

/// A "-ly" adverb opening the bullet before its verb ("Significantly improved …",
/// "Successfully migrated …").
fn leading_adverb(scan: &Scan<'_>, i: usize) -> bool {
    let word = scan.str_at(i);
    scan.kind(i) == Some(TokenKind::Word)
        && word.len() > 4
        && word.to_ascii_lowercase().ends_with("ly")
        && opening_verb(scan, i + 1).is_some()
}

/// From the verb to the end of its object: up to the method word, the first figure, a clause
/// break, or [`X_TOKENS`] tokens.
fn x_span(scan: &Scan<'_>, k: usize, facts: &BulletFacts) -> Span {
    let method_at = facts.method.map(|m| m.start);
    let mut end = k;
    let mut j = k + 1;
    while j < scan.len() && j <= k + X_TOKENS {
        let Some(t) = scan.tok(j) else { break };
        let figure_at = |i: usize| {
            scan.tok(i).is_some_and(|t| {
                facts
                    .metrics
                    .iter()
                    .any(|m| m.span.start == t.span.start && m.class != MetricClass::Incidental)
            })
        };
        // "Cut p99 latency | from 480 ms …": the preposition belongs to the figure. A version
        // belongs to the object ("Implemented OAuth 2.0 login").
        let lead = scan.lower_at(j);
        let leads_figure = figure_at(j + 1)
            && (matches!(lead, "from" | "by" | "to" | "of" | "at" | "over" | "across")
                || lead.ends_with("ing")
                || scan.in_table(j, &ph::SERVING_WORDS));
        if Some(t.span.start) == method_at
            || figure_at(j)
            || leads_figure
            || scan.is_break(j)
            || matches!(scan.str_at(j), "," | ":" | "(")
            || (scan.str_at(j) == "." && !scan.glued(j + 1))
        {
            break;
        }
        end = j;
        j += 1;
    }
    scan.span(k, end)
}

/// Where the clause that starts at byte `from` ends: the next ";", "," or sentence end.
fn clause_end(scan: &Scan<'_>, from: usize, body: Span) -> usize {
    let mut end = from;
    let toks = scan.toks;
    for (k, t) in toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= from)
    {
        let s = t.span.slice(scan.text);
        // A "." inside a number or a name ("2.8", "Node.js") does not end the clause.
        let inner_dot = s == "." && toks.get(k + 1).is_some_and(|n| !n.space_before);
        if t.kind == TokenKind::Punct
            && matches!(s, ";" | "," | "." | "—" | "–")
            && !inner_dot
            && end > from
        {
            return end;
        }
        end = t.span.end;
    }
    end.min(body.end)
}

/// Words of a bullet: whitespace-separated words with a letter or digit, where a run of CJK
/// characters (written without spaces) counts one word per two characters, the usual length of
/// a Chinese or Japanese word (a whole CJK bullet is not "1 word").
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| {
            let cjk = w.chars().filter(|&c| is_cjk(c)).count();
            let other = w
                .split(is_cjk)
                .filter(|p| p.chars().any(char::is_alphanumeric))
                .count();
            if cjk == 0 {
                1
            } else {
                cjk.div_ceil(2) + other
            }
        })
        .sum()
}

/// Han, kana and hangul: scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

// ---------------------------------------------------------------------------------------------
// Taxonomy terms
// ---------------------------------------------------------------------------------------------

fn terms(doc: &Document<'_>, body: Span, facts: &mut BulletFacts) {
    for hit in doc.terms_in(body) {
        if facts.terms.contains(&hit.term) {
            continue;
        }
        facts.terms.push(hit.term);
        facts.term_spans.push(hit.span);
        let term = hit.term();
        match term.class {
            SignalClass::Generic => facts.generic += 1,
            SignalClass::Counter => facts.counter += 1,
            class => {
                facts.tech += 1;
                if term.tier == 1 {
                    facts.tier1 += 1;
                    if !facts.classes.contains(&class) {
                        facts.classes.push(class);
                    }
                }
            }
        }
    }
}

/// Technologies of the lexicon outside the taxonomy, counted once per spelling.
fn lexicon_terms(doc: &Document<'_>, body: Span, toks: &[Token], facts: &mut BulletFacts) {
    let skip: Vec<Span> = doc.terms_in(body).map(|h| h.span).collect();
    let hits = crate::taxonomy::lexicon::find(doc.text, toks, &skip);
    for (k, hit) in hits.iter().enumerate() {
        let name = hit.span.slice(doc.text);
        let repeated = hits
            .get(..k)
            .unwrap_or(&[])
            .iter()
            .any(|h| h.span.slice(doc.text).eq_ignore_ascii_case(name));
        if repeated {
            continue;
        }
        if hit.frontend {
            facts.lexicon_frontend += 1;
        } else {
            facts.lexicon += 1;
        }
        facts.lexicon_spans.push(hit.span);
    }
}

// ---------------------------------------------------------------------------------------------
// Token helpers
// ---------------------------------------------------------------------------------------------

struct Scan<'a> {
    text: &'a str,
    /// [`Document::lower`]: the text ASCII-lowercased, same offsets.
    lower: &'a str,
    toks: &'a [Token],
}

impl<'a> Scan<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    fn str_at(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| t.span.slice(self.text)).unwrap_or("")
    }

    /// Token `i` in lower case (a slice of the lowered text, no copy).
    fn lower_at(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| t.span.slice(self.lower)).unwrap_or("")
    }

    /// Whether token `i` is `word` (lower case), in any case. The lengths are compared first:
    /// this runs several times for every word of every bullet.
    fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| {
            t.span.end.wrapping_sub(t.span.start) == word.len()
                && self.lower.as_bytes().get(t.span.start..t.span.end) == Some(word.as_bytes())
        })
    }

    fn in_table(&self, i: usize, table: &PhraseTable) -> bool {
        self.tok(i).is_some_and(|t| self.word_in(t, table))
    }

    fn word_in(&self, t: &Token, table: &PhraseTable) -> bool {
        let s = t.span.slice(self.text);
        table.phrases.iter().any(|p| crate::text::same_word(p, s))
    }

    /// Token `i` directly follows token `i - 1` (no whitespace between).
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    fn span(&self, from: usize, to_inclusive: usize) -> Span {
        match (self.tok(from), self.tok(to_inclusive)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.start)),
            (Some(a), None) => a.span,
            _ => Span::default(),
        }
    }

    /// A clause break: a semicolon or a spaced dash ("— handled …").
    fn is_break(&self, i: usize) -> bool {
        let s = self.str_at(i);
        s == ";" || ((s == "—" || s == "–") && self.tok(i).is_some_and(|t| t.space_before))
    }

    fn len(&self) -> usize {
        self.toks.len()
    }
}

fn in_table_str(s: &str, table: &PhraseTable) -> bool {
    table.phrases.iter().any(|p| crate::text::same_word(p, s))
}

// ---------------------------------------------------------------------------------------------
// Phrase tables
// ---------------------------------------------------------------------------------------------

/// Which bullet phrase table an index entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Duty,
    Hedge,
    Giant,
    Praise,
    Frontend,
    Scale,
    Speed,
    Latency,
    Vague,
}

const INDEXED: [(Table, &PhraseTable); 9] = [
    (Table::Duty, &ph::DUTY_OPENERS),
    (Table::Hedge, &ph::HEDGES),
    (Table::Giant, &ph::GIANT_CLAIMS),
    (Table::Praise, &ph::SELF_PRAISE),
    (Table::Frontend, &ph::FRONTEND_FRAMING),
    (Table::Scale, &ph::UNITLESS_SCALE),
    (Table::Speed, &ph::UNITLESS_SPEED),
    (Table::Latency, &ph::LATENCY_WORDS),
    (Table::Vague, &ph::VAGUE_CLAIMS),
];

/// One phrase of an indexed table.
#[derive(Clone, Copy)]
struct Entry {
    /// The phrase's first word (the index's key).
    first: &'static str,
    /// How many words it has (split at spaces and hyphens).
    len: usize,
    table: Table,
    phrase: &'static str,
}

impl Entry {
    /// The phrase's words: split at spaces and hyphens, as the text's tokens are.
    fn words(&self) -> impl Iterator<Item = &'static str> {
        self.phrase.split([' ', '-']).filter(|w| !w.is_empty())
    }
}

/// How many phrases the indexed tables hold.
const INDEXED_PHRASES: usize = {
    let mut n = 0;
    let mut rest: &[(Table, &PhraseTable)] = &INDEXED;
    while let Some(((_, table), more)) = rest.split_first() {
        n += table.phrases.len();
        rest = more;
    }
    n
};

/// The multi-word bullet tables, sorted by first word (ties in table order) so matching is one
/// binary search per token. Built at compile time: the tables are constants, so no analysis
/// pays for splitting and sorting them.
static PHRASE_INDEX: [Entry; INDEXED_PHRASES] = phrase_index();

/// The byte separating a phrase's words.
const fn is_separator(b: u8) -> bool {
    b == b' ' || b == b'-'
}

/// `phrase`'s first word and its number of words (separators as in [`Entry::words`]).
const fn first_word(phrase: &'static str) -> (&'static str, usize) {
    let mut rest = phrase.as_bytes();
    let mut first: &[u8] = &[];
    let mut words = 0;
    loop {
        while let Some((&b, more)) = rest.split_first() {
            if !is_separator(b) {
                break;
            }
            rest = more;
        }
        if rest.is_empty() {
            break;
        }
        let word = rest;
        let mut len = 0;
        while let Some((&b, more)) = rest.split_first() {
            if is_separator(b) {
                break;
            }
            len += 1;
            rest = more;
        }
        if words == 0 {
            first = word.split_at(len).0;
        }
        words += 1;
    }
    // Cut at ASCII separators, so always whole characters.
    match core::str::from_utf8(first) {
        Ok(word) => (word, words),
        Err(_) => ("", words),
    }
}

/// Byte-wise `a < b`, the order of `str`'s `Ord`, usable at compile time.
const fn str_less(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.split_first(), b.split_first()) {
            (Some((x, more_a)), Some((y, more_b))) => {
                if *x != *y {
                    return *x < *y;
                }
                a = more_a;
                b = more_b;
            }
            (None, Some(_)) => return true,
            _ => return false,
        }
    }
}

/// The index's entries: every phrase of [`INDEXED`], insertion-sorted by first word (stable,
/// so equal first words keep table order). Only ever evaluated at compile time (it initializes
/// [`PHRASE_INDEX`]): an index out of bounds here is a build error, never a panic on input.
#[allow(clippy::indexing_slicing)]
const fn phrase_index() -> [Entry; INDEXED_PHRASES] {
    let blank = Entry {
        first: "",
        len: 0,
        table: Table::Duty,
        phrase: "",
    };
    let mut entries = [blank; INDEXED_PHRASES];
    let mut n = 0;
    let mut tables: &[(Table, &PhraseTable)] = &INDEXED;
    while let Some(((table, phrases), more_tables)) = tables.split_first() {
        let mut rest = phrases.phrases;
        while let Some((&phrase, more)) = rest.split_first() {
            let (first, len) = first_word(phrase);
            assert!(len > 0, "an indexed phrase has no words");
            entries[n] = Entry {
                first,
                len,
                table: *table,
                phrase,
            };
            // Insertion sort: move the new entry before every entry with a greater first word.
            let mut k = n;
            while k > 0 && str_less(entries[k].first, entries[k - 1].first) {
                let swap = entries[k];
                entries[k] = entries[k - 1];
                entries[k - 1] = swap;
                k -= 1;
            }
            n += 1;
            rest = more;
        }
        tables = more_tables;
    }
    entries
}

/// The entries whose first word is `word` (lower case), in index order.
fn starting_with(word: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    let from = PHRASE_INDEX.partition_point(|e| e.first < word);
    PHRASE_INDEX
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(move |e| e.first == word)
}

/// Word tokens of the bullet with whether each joins the next one directly (only hyphens or
/// slashes between), for phrase matching.
fn word_positions(scan: &Scan<'_>) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = Vec::new();
    let mut joined = true;
    for (i, t) in scan.toks.iter().enumerate() {
        if t.kind == TokenKind::Punct {
            let s = t.span.slice(scan.text);
            if !matches!(s, "-" | "‐" | "/" | "–") {
                joined = false;
            }
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.1 = joined;
        }
        out.push((i, false));
        joined = true;
    }
    out
}

/// A phrase hit of an indexed table.
struct Hit {
    table: Table,
    span: Span,
    phrase: &'static str,
    /// Index of its first token in the bullet.
    tok: usize,
    /// A scale word followed by a noun of [`ph::EXTENSIBLE_NOUNS`] ("scalable interface").
    extensible: bool,
}

/// All phrase hits of the indexed tables, in text order; within a table, longest match first
/// and no overlaps.
fn phrase_hits(scan: &Scan<'_>) -> Vec<Hit> {
    let words = word_positions(scan);
    let mut hits: Vec<Hit> = Vec::new();
    // Where the last hit of each table ends, so hits of one table never overlap.
    let mut last_end = [0usize; INDEXED.len()];
    for (w, &(tok, _)) in words.iter().enumerate() {
        let mut best: Vec<(Table, usize, &'static str)> = Vec::new();
        for entry in starting_with(scan.lower_at(tok)) {
            let n = entry.len;
            let matches = entry.words().enumerate().skip(1).all(|(k, pw)| {
                let prev_joined = words.get(w + k - 1).is_some_and(|&(_, j)| j);
                prev_joined
                    && words
                        .get(w + k)
                        .is_some_and(|&(t, _)| scan.lower_at(t) == pw)
            });
            if !matches {
                continue;
            }
            match best.iter_mut().find(|(t, _, _)| *t == entry.table) {
                Some(b) if b.1 >= n => {}
                Some(b) => *b = (entry.table, n, entry.phrase),
                None => best.push((entry.table, n, entry.phrase)),
            }
        }
        for (table, n, phrase) in best {
            let last_tok = words.get(w + n - 1).map(|&(t, _)| t).unwrap_or(tok);
            let span = scan.span(tok, last_tok);
            let slot = table as usize;
            let overlaps = last_end.get(slot).is_some_and(|&end| end > span.start);
            if !overlaps {
                if let Some(end) = last_end.get_mut(slot) {
                    *end = span.end;
                }
                let next = words.get(w + n).map(|&(t, _)| t);
                let extensible = table == Table::Scale
                    && next.is_some_and(|t| scan.in_table(t, &ph::EXTENSIBLE_NOUNS));
                hits.push(Hit {
                    table,
                    span,
                    phrase,
                    tok,
                    extensible,
                });
            }
        }
    }
    hits
}

/// "scalable interface", "scalable codebase": extensible, not a claim about load. Marked while
/// the hits are found (the word after the phrase).
fn extensible(h: &Hit) -> bool {
    h.extensible
}

fn phrases(hits: &[Hit], first: Option<usize>, facts: &mut BulletFacts) {
    for h in hits {
        let hit = PhraseHit {
            span: h.span,
            phrase: h.phrase,
        };
        match h.table {
            Table::Duty if Some(h.tok) == first && facts.duty.is_none() => facts.duty = Some(hit),
            Table::Duty | Table::Latency => {}
            Table::Hedge => facts.hedges.push(hit),
            Table::Giant => facts.giant_claims.push(hit),
            Table::Praise => facts.self_praise.push(hit),
            Table::Frontend => facts.frontend.push(hit),
            Table::Scale if !extensible(h) => facts.unitless_scale.push(hit),
            Table::Scale => {}
            Table::Speed => facts.unitless_speed.push(hit),
            Table::Vague => facts.vague_claims.push(hit),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Opening verb
// ---------------------------------------------------------------------------------------------

fn opening_verb(scan: &Scan<'_>, i: usize) -> Option<OpeningVerb> {
    let t = scan.tok(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let word = t.span.slice(scan.lower);
    let strong = in_table_str(word, &ph::STRONG_SYSTEM_VERBS);
    let outcome = in_table_str(word, &ph::OUTCOME_VERBS);
    let weak = in_table_str(word, &ph::WEAK_VERBS);
    let tool = in_table_str(word, &ph::TOOL_VERBS);
    let claim = outcome || in_table_str(word, &ph::CLAIM_VERBS);
    let activity = in_table_str(word, &ph::ACTIVITY_VERBS);
    let listed = strong || outcome || weak || tool || in_table_str(word, &ph::ACTION_VERBS);
    let past =
        word.len() >= 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_alphabetic());
    let duty_verb = matches!(word, "helped" | "assisted");
    (listed || past || duty_verb).then_some(OpeningVerb {
        span: t.span,
        strong,
        outcome,
        weak,
        tool,
        claim,
        activity,
    })
}

// ---------------------------------------------------------------------------------------------
// Percentiles and averages
// ---------------------------------------------------------------------------------------------

/// The percentile a word names: `p99` → 99, `P999` → 999, `median` → 50.
fn percentile_of(scan: &Scan<'_>, i: usize) -> Option<u16> {
    let t = scan.tok(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let s = t.span.slice(scan.text);
    // Every form starts with "p", "m" or a digit: this runs for every word of every bullet.
    if !s
        .bytes()
        .next()
        .is_some_and(|b| matches!(b, b'p' | b'P' | b'm' | b'M' | b'0'..=b'9'))
    {
        return None;
    }
    if s.eq_ignore_ascii_case("median") {
        return Some(50);
    }
    if let Some(digits) = s.strip_prefix(['p', 'P']) {
        if !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return digits.parse().ok();
        }
    }
    // "99th percentile"
    if let Some(digits) = s.strip_suffix("th").or_else(|| s.strip_suffix("TH")) {
        if !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && scan.is(i + 1, "percentile")
        {
            return digits.parse().ok();
        }
    }
    None
}

fn percentiles(scan: &Scan<'_>) -> Vec<Span> {
    (0..scan.len())
        .filter(|&i| percentile_of(scan, i).is_some())
        .filter_map(|i| scan.tok(i).map(|t| t.span))
        .collect()
}

/// Attach the nearest percentile (or average word) to each latency figure: within the same
/// clause, up to 8 tokens before or 6 after ("p99 latency from 480ms", "100ms end-to-end p99
/// lag").
fn qualify_latencies(scan: &Scan<'_>, metrics: &mut [Metric]) {
    for m in metrics.iter_mut().filter(|m| m.kind == MetricKind::Latency) {
        let (start, end) = m.tokens;
        let mut best: Option<(usize, u16)> = None;
        let mut average: Option<usize> = None;
        // Backwards.
        let mut i = start;
        let mut dist = 0;
        while i > 0 && dist < 8 {
            i -= 1;
            dist += 1;
            if scan.is_break(i) {
                break;
            }
            if let Some(p) = percentile_of(scan, i) {
                best = best.or(Some((dist, p)));
            }
            if scan.in_table(i, &ph::AVERAGE_WORDS) {
                average = average.or(Some(dist));
            }
        }
        // Forwards.
        let mut j = end;
        let mut dist = 0;
        while j < scan.len() && dist < 8 {
            if scan.is_break(j) {
                break;
            }
            dist += 1;
            if let Some(p) = percentile_of(scan, j) {
                match best {
                    Some((d, _)) if d <= dist => {}
                    _ => best = Some((dist, p)),
                }
            }
            j += 1;
        }
        match (best, average) {
            (Some((pd, _)), Some(ad)) if ad < pd => m.average = true,
            (Some((_, p)), _) => m.percentile = Some(p),
            (None, Some(_)) => m.average = true,
            (None, None) => {}
        }
    }
}

/// "average latency", "mean response time", "avg. p50 query time"…: an average word followed
/// within three tokens by a latency word.
fn average_latency(scan: &Scan<'_>, hits: &[Hit]) -> Vec<Span> {
    let latency: Vec<(Span, usize)> = hits
        .iter()
        .filter(|h| h.table == Table::Latency)
        .map(|h| (h.span, h.tok))
        .collect();
    let mut out: Vec<Span> = Vec::new();
    for i in 0..scan.len() {
        if !scan.in_table(i, &ph::AVERAGE_WORDS) {
            continue;
        }
        let Some(start) = scan.tok(i).map(|t| t.span.start) else {
            continue;
        };
        let next = latency.partition_point(|(_, tok)| *tok <= i);
        if let Some((span, _)) = latency
            .get(next)
            .filter(|(_, tok)| *tok <= i + 3 && !(i..*tok).any(|k| scan.is_break(k)))
        {
            out.push(Span::new(start, span.end));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// A numeric literal: "45", "45,000", "1.2s", "50K", "2M+", "$18,000".
struct Literal<'a> {
    /// First token (the currency sign when there is one).
    start: usize,
    /// One past the last token of the literal.
    end: usize,
    int: u64,
    decimal: bool,
    grouped: bool,
    /// Letters glued to the last digits ("ms" of "45ms", "k+" of "50K+"), lower case.
    suffix: &'a str,
    plus: bool,
    currency: bool,
}

fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (s.get(..n).unwrap_or(""), s.get(n..).unwrap_or(""))
}

/// Suffixes a number may carry glued on: magnitudes, units, "x".
fn known_suffix(suffix: &str) -> bool {
    let s = suffix.trim_end_matches('+');
    s.is_empty()
        || s == "x"
        || in_table_str(s, &ph::SCALE_WORDS)
        || in_table_str(s, &ph::LATENCY_UNITS)
        || in_table_str(s, &ph::SECOND_UNITS)
        || in_table_str(s, &ph::DURATION_UNITS)
        || in_table_str(s, &ph::DATA_UNITS)
        || in_table_str(s, &ph::THROUGHPUT_UNITS)
}

fn literal_at<'a>(scan: &Scan<'a>, i: usize) -> Option<Literal<'a>> {
    let mut at = i;
    let mut currency = false;
    if matches!(scan.str_at(i), "$" | "€" | "£") && scan.glued(i + 1) {
        currency = true;
        at = i + 1;
    } else if i > 0 && matches!(scan.str_at(i - 1), "$" | "€" | "£") && scan.glued(i) {
        // Reached through the number itself; the sign is handled from its own token.
        return None;
    } else if i >= 2
        && scan.str_at(i - 1) == "-"
        && scan.glued(i)
        && scan.glued(i - 1)
        && scan.kind(i - 2) == Some(TokenKind::Word)
        && scan.kind(i) == Some(TokenKind::Number)
    {
        // An identifier: "us-east-1", "x86-64", "Tier-1", "SOC-2" ("sub-100ms" has a unit).
        return None;
    } else if i >= 2
        && scan.str_at(i - 1) == "."
        && scan.glued(i)
        && scan.glued(i - 1)
        && scan.kind(i - 2) != Some(TokenKind::Punct)
    {
        // The tail of "p99.9" or "v1.2".
        return None;
    }
    scan.tok(at)?;
    // Digits and the suffix glued to them, the suffix in lower case.
    let (digits, suffix_lower) = split_digits(scan.lower_at(at));
    if digits.is_empty() {
        return None;
    }
    if !known_suffix(suffix_lower) {
        return None;
    }
    let mut lit = Literal {
        start: i,
        end: at + 1,
        int: digits.parse().unwrap_or(u64::MAX),
        decimal: false,
        grouped: false,
        suffix: suffix_lower,
        plus: false,
        currency,
    };
    // Thousands groups: "45,000", "1,200,000".
    while lit.suffix.is_empty()
        && scan.str_at(lit.end) == ","
        && scan.glued(lit.end)
        && scan.glued(lit.end + 1)
        && scan.kind(lit.end + 1) == Some(TokenKind::Number)
        && scan.str_at(lit.end + 1).len() == 3
    {
        lit.grouped = true;
        lit.int = lit
            .int
            .saturating_mul(1000)
            .saturating_add(scan.str_at(lit.end + 1).parse().unwrap_or(0));
        lit.end += 2;
    }
    // Decimals: "1.2s", "99.99".
    if lit.suffix.is_empty() && scan.str_at(lit.end) == "." && scan.glued(lit.end) {
        let (d, suf_lower) = split_digits(scan.lower_at(lit.end + 1));
        if !d.is_empty() && scan.glued(lit.end + 1) && known_suffix(suf_lower) {
            lit.decimal = true;
            lit.suffix = suf_lower;
            lit.end += 2;
        }
    }
    // "10+" ("+" is glued to a word but not to a bare number).
    if lit.suffix.is_empty() && scan.str_at(lit.end) == "+" && scan.glued(lit.end) {
        lit.plus = true;
        lit.end += 1;
    }
    if let Some(stripped) = lit.suffix.strip_suffix('+') {
        lit.plus = true;
        lit.suffix = stripped;
    }
    // A number glued after letters and a slash is a version ("HTTP/2"); one glued to a word
    // before it is part of that word.
    if !currency && i > 0 && scan.glued(i) && scan.kind(i - 1) == Some(TokenKind::Word) {
        return None;
    }
    Some(lit)
}

fn metrics(
    scan: &Scan<'_>,
    latency_context: bool,
    term_ends: &[usize],
    term_spans: &[Span],
) -> Vec<Metric> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.len() {
        // "24/7" is availability of people, not a figure of the work.
        if scan.str_at(i) == "24"
            && scan.str_at(i + 1) == "/"
            && scan.str_at(i + 2) == "7"
            && scan.glued(i + 1)
            && scan.glued(i + 2)
        {
            i += 3;
            continue;
        }
        if let Some((metric, next)) = metric_at(scan, i, latency_context, term_ends, term_spans) {
            out.push(metric);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn new_metric(scan: &Scan<'_>, from: usize, to: usize, kind: MetricKind) -> Metric {
    Metric {
        span: scan.span(from, to.saturating_sub(1).max(from)),
        kind,
        class: MetricClass::Incidental,
        unit: None,
        percentile: None,
        average: false,
        tokens: (from, to),
        value: 0,
        rate: false,
    }
}

/// The figure starting at token `i`, and the token after it.
fn metric_at(
    scan: &Scan<'_>,
    i: usize,
    latency_context: bool,
    term_ends: &[usize],
    term_spans: &[Span],
) -> Option<(Metric, usize)> {
    let t = scan.tok(i)?;
    // Number words.
    if t.kind == TokenKind::Word
        && !t
            .span
            .slice(scan.text)
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return number_word(scan, i);
    }
    let lit = literal_at(scan, i)?;
    // Numbers inside a term ("OAuth 2.0" as one alias) are part of its name.
    let span = scan.span(lit.start, lit.end - 1);
    let before = term_spans.partition_point(|s| s.start <= span.start);
    let inside_term = before
        .checked_sub(1)
        .and_then(|k| term_spans.get(k))
        .is_some_and(|s| s.contains(span));
    if inside_term {
        return Some((
            new_metric(scan, lit.start, lit.end, MetricKind::Version),
            lit.end,
        ));
    }
    let mut j = lit.end;
    let mut unit: Option<&'static str> = None;
    let mut kind: Option<MetricKind> = None;
    let mut scaled = false;
    // Magnitude: glued ("50K") or a word ("2.8 million").
    let suffix = lit.suffix;
    if !suffix.is_empty() {
        if in_table_str(suffix, &ph::SCALE_WORDS) {
            scaled = true;
        } else if suffix == "x" {
            kind = Some(MetricKind::Multiplier);
            unit = Some("x");
        } else {
            (kind, unit) = unit_kind(suffix, latency_context);
        }
    }
    if kind.is_none()
        && !scaled
        && matches!(
            scan.lower_at(j),
            "thousand" | "million" | "billion" | "trillion" | "k" | "m" | "mm" | "bn"
        )
        && scan.kind(j) == Some(TokenKind::Word)
    {
        scaled = true;
        j += 1;
    }
    if kind.is_none() {
        let w = scan.lower_at(j);
        if w == "%" || w == "percent" || w == "pct" {
            kind = Some(MetricKind::Percent);
            unit = Some("%");
            j += 1;
        } else if (w == "x" && scan.glued(j)) || w == "×" {
            kind = Some(MetricKind::Multiplier);
            unit = Some("x");
            j += 1;
        } else if scan.kind(j) == Some(TokenKind::Word) {
            let (k, u) = unit_kind(w, latency_context);
            if k.is_some() {
                kind = k;
                unit = u;
                j += 1;
            }
        } else if w == "-" && scan.glued(j) && scan.glued(j + 1) {
            // "18-month project".
            let (k, u) = unit_kind(scan.lower_at(j + 1), latency_context);
            if k == Some(MetricKind::Duration) {
                kind = k;
                unit = u;
                j += 2;
            }
        }
    }
    // Versions and years: bare numbers only.
    if kind.is_none() && !scaled && !lit.currency && !lit.plus {
        if is_version(scan, &lit, term_ends) {
            return Some((
                new_metric(scan, lit.start, lit.end, MetricKind::Version),
                lit.end,
            ));
        }
        if !lit.decimal
            && !lit.grouped
            && lit.suffix.is_empty()
            && (1950..=2099).contains(&lit.int)
            && !next_is_plural_noun(scan, j)
        {
            return Some((
                new_metric(scan, lit.start, lit.end, MetricKind::Year),
                lit.end,
            ));
        }
    }
    // A counted noun a few words on: "340 enterprise clients", "100M daily events"; or any
    // noun phrase followed by a rate: "60,000 parcels a day".
    if kind.is_none() {
        if let Some((k, u, end)) = counted_noun(scan, j).or_else(|| rate_after_noun(scan, j)) {
            kind = Some(k);
            unit = Some(u);
            j = end;
        }
    }
    let mut kind = kind.unwrap_or(MetricKind::Number);
    if lit.currency || scan.is(j, "usd") || scan.is(j, "dollars") {
        if !lit.currency {
            j += 1;
        }
        kind = MetricKind::Money;
        unit = Some("$");
    }
    if kind == MetricKind::Percent && is_uptime(scan, &lit, j) {
        kind = MetricKind::Uptime;
    }
    if kind == MetricKind::Duration
        && unit.is_some_and(|u| in_table_str(u, &ph::YEAR_UNITS))
        && (lit.plus || (j..j + 5).any(|k| scan.in_table(k, &ph::TENURE_WORDS)))
    {
        kind = MetricKind::Tenure;
    }
    // A rate denominator: "/month", "per quarter", "a day", "annually".
    let before_rate = j;
    j = rate_denominator(scan, j);
    let mut metric = new_metric(scan, lit.start, j, kind);
    metric.unit = unit;
    metric.rate = j > before_rate || unit == Some("per");
    metric.value = if scaled {
        lit.int
            .saturating_mul(magnitude(lit.suffix, scan.lower_at(lit.end)))
    } else {
        lit.int
    };
    Some((metric, j))
}

/// Spelled-out figures: "zero downtime", "five engineers", "doubled", "five nines", "about a
/// week", "a third of the hardware", "with no dropped messages".
fn number_word(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if let Some(found) = one_unit(scan, i)
        .or_else(|| fraction(scan, i))
        .or_else(|| none_failed(scan, i))
    {
        return Some(found);
    }
    spelled_figure(scan, i)
}

/// "to under an hour", "about a week", "saving a day": "a" or "an" and a duration unit, after
/// a word that makes it a quantity (a bare "a week" is usually a rate or a span).
fn one_unit(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if !(scan.is(i, "a") || scan.is(i, "an")) {
        return None;
    }
    let quantity = i.checked_sub(1).is_some_and(|k| {
        [
            "to", "under", "about", "around", "roughly", "nearly", "than", "almost",
        ]
        .iter()
        .any(|w| scan.is(k, w))
            || scan.in_table(k, &ph::SAVING_WORDS)
    });
    if !quantity || scan.kind(i + 1) != Some(TokenKind::Word) {
        return None;
    }
    let (kind, unit) = unit_kind(scan.lower_at(i + 1), false);
    if kind != Some(MetricKind::Duration) {
        return None;
    }
    let mut m = new_metric(scan, i, i + 2, MetricKind::Duration);
    m.unit = unit;
    m.value = 1;
    Some((m, i + 2))
}

/// "on a third of the hardware", "two thirds of the cost", "at half the cost": a fraction of
/// a resource is a result, like a multiplier.
fn fraction(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    // Compared in place: this runs for every word (see `spelled_figure`).
    let counted = ["a", "one", "two", "three"].iter().any(|w| scan.is(i, w));
    let (start, word) = if counted {
        (i, i + 1)
    } else if scan.is(i, "half") {
        (i, i)
    } else {
        return None;
    };
    let is_fraction = scan.in_table(word, &ph::FRACTION_WORDS);
    let of = scan.is(word + 1, "of") || (scan.is(word, "half") && scan.is(word + 1, "the"));
    if !(is_fraction && of) {
        return None;
    }
    let mut m = new_metric(scan, start, word + 1, MetricKind::Multiplier);
    m.unit = Some("x");
    Some((m, word + 1))
}

/// "with no dropped messages", "with no login failures": no failures is a result, as "zero
/// downtime" is.
fn none_failed(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if !(scan.is(i, "no") && i.checked_sub(1).is_some_and(|k| scan.is(k, "with"))) {
        return None;
    }
    let end = (i + 1..i + 4)
        .take_while(|&k| scan.kind(k) == Some(TokenKind::Word) || scan.str_at(k) == "-")
        .find(|&k| scan.in_table(k, &ph::FAILURE_WORDS))?;
    let mut m = new_metric(scan, i, end + 1, MetricKind::Count);
    m.unit = Some("zero");
    Some((m, end + 1))
}

/// The number words of the tables: "zero", "doubled", "five engineers", "five nines".
fn spelled_figure(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    // Compared case-insensitively in place rather than through a lowered copy: this runs for
    // every word of every bullet, and the copy was an allocation per word (callgrind; see
    // BENCHMARKS.md). The tables are lower case.
    let w = scan.str_at(i);
    if in_table_str(w, &ph::ZERO_WORDS) {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Count);
        m.unit = Some("zero");
        return Some((m, i + 1));
    }
    if in_table_str(w, &ph::MULTIPLIER_WORDS) {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Multiplier);
        m.unit = Some("x");
        return Some((m, i + 1));
    }
    if ph::COUNT_WORDS
        .iter()
        .any(|(c, _)| c.eq_ignore_ascii_case(w))
    {
        // "five nines", "five-9s".
        let after = if scan.str_at(i + 1) == "-" {
            i + 2
        } else {
            i + 1
        };
        if scan.in_table(after, &ph::NINES_WORDS) {
            let mut m = new_metric(scan, i, after + 1, MetricKind::Uptime);
            m.unit = Some("nines");
            return Some((m, after + 1));
        }
        if let Some((kind, unit, end)) = counted_noun(scan, i + 1) {
            let mut m = new_metric(scan, i, end, kind);
            m.unit = Some(unit);
            return Some((m, end));
        }
    }
    // "from six weeks to eight days", "from two days to one hour": a spelled-out duration.
    let counts = ph::COUNT_WORDS
        .iter()
        .any(|(c, _)| c.eq_ignore_ascii_case(w))
        || w.eq_ignore_ascii_case("one");
    if counts && scan.kind(i + 1) == Some(TokenKind::Word) {
        if let (Some(kind @ (MetricKind::Duration | MetricKind::Latency)), unit) =
            unit_kind(scan.str_at(i + 1), false)
        {
            let mut m = new_metric(scan, i, i + 2, kind);
            m.unit = unit;
            return Some((m, i + 2));
        }
    }
    // "cut pages by half", "split build time in half".
    if w.eq_ignore_ascii_case("half")
        && i.checked_sub(1)
            .is_some_and(|k| scan.is(k, "by") || scan.is(k, "in"))
    {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Multiplier);
        m.unit = Some("x");
        return Some((m, i + 1));
    }
    None
}

fn table_entry(word: &str, table: &PhraseTable) -> Option<&'static str> {
    table
        .phrases
        .iter()
        .copied()
        .find(|p| p.eq_ignore_ascii_case(word))
}

/// Kind of a unit word: latency, duration, data size, throughput.
fn unit_kind(word: &str, latency_context: bool) -> (Option<MetricKind>, Option<&'static str>) {
    if let Some(u) = table_entry(word, &ph::LATENCY_UNITS) {
        return (Some(MetricKind::Latency), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::SECOND_UNITS) {
        let kind = if latency_context {
            MetricKind::Latency
        } else {
            MetricKind::Duration
        };
        return (Some(kind), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::DURATION_UNITS) {
        return (Some(MetricKind::Duration), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::DATA_UNITS) {
        return (Some(MetricKind::DataSize), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::THROUGHPUT_UNITS) {
        return (Some(MetricKind::Throughput), Some(u));
    }
    (None, None)
}

/// A counted noun within four words after `j` ("enterprise clients", "high-traffic
/// endpoints", "daily active users", "events per hour"), with its kind and where it ends.
fn counted_noun(scan: &Scan<'_>, j: usize) -> Option<(MetricKind, &'static str, usize)> {
    // "4 per quarter": a bare rate.
    let after = rate_denominator(scan, j);
    if after > j {
        return Some((MetricKind::Count, "per", after));
    }
    let mut rate_adjective = false;
    let mut words = 0;
    let mut k = j;
    while words < 4 && k < scan.len() {
        let t = scan.tok(k)?;
        match t.kind {
            TokenKind::Punct => {
                if scan.str_at(k) != "-" {
                    return None;
                }
                k += 1;
                continue;
            }
            TokenKind::Number => return None,
            TokenKind::Word => {}
        }
        let w = scan.str_at(k);
        if in_table_str(w, &ph::METHOD_WORDS)
            || matches!(
                scan.lower_at(k),
                "to" | "from" | "and" | "or" | "in" | "on" | "at" | "for" | "of" | "than"
            )
        {
            return None;
        }
        if let Some(u) = table_entry(w, &ph::USER_NOUNS) {
            return Some((MetricKind::Users, u, k + 1));
        }
        // "engineer-hours": the first half of a compound is not the counted noun.
        if scan.str_at(k + 1) == "-" && scan.glued(k + 1) && scan.glued(k + 2) {
            words += 1;
            k += 2;
            continue;
        }
        if let Some(u) = table_entry(w, &ph::PEOPLE_NOUNS) {
            return Some((MetricKind::People, u, k + 1));
        }
        if let Some(u) = table_entry(w, &ph::THROUGHPUT_NOUNS) {
            let after = rate_denominator(scan, k + 1);
            if rate_adjective || after > k + 1 {
                return Some((MetricKind::Throughput, u, after));
            }
            return Some((MetricKind::Count, u, k + 1));
        }
        if let Some(u) = table_entry(w, &ph::COUNT_NOUNS) {
            return Some((MetricKind::Count, u, k + 1));
        }
        if in_table_str(w, &ph::RATE_ADJECTIVES) {
            rate_adjective = true;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Most words of a noun phrase between a figure and its rate ("6 million push, SMS and email
/// messages a day").
const RATE_NOUN_WORDS: usize = 6;

/// A noun phrase the tables do not know, then a rate: "60,000 parcels a day", "2 million
/// updates per second", "90k SMS and emails a day". The load the work carries (a throughput),
/// whatever the things are called. Stops at a preposition, a method word or another number, so
/// "12 services for 3 teams" stays a count.
fn rate_after_noun(scan: &Scan<'_>, j: usize) -> Option<(MetricKind, &'static str, usize)> {
    let mut words = 0;
    let mut k = j;
    while words < RATE_NOUN_WORDS && k < scan.len() {
        match scan.kind(k)? {
            TokenKind::Number => return None,
            TokenKind::Punct if matches!(scan.str_at(k), "-" | ",") => {
                k += 1;
                continue;
            }
            TokenKind::Punct => return None,
            TokenKind::Word => {}
        }
        if words > 0 {
            let after = rate_denominator(scan, k);
            if after > k {
                return Some((MetricKind::Throughput, "per", after));
            }
        }
        let w = scan.str_at(k);
        if in_table_str(w, &ph::METHOD_WORDS)
            || matches!(
                scan.lower_at(k),
                "to" | "from" | "in" | "on" | "at" | "for" | "of" | "than" | "into" | "across"
            )
        {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Skip a rate denominator after a figure: "/month", "per hour", "a day", "each week",
/// "annually". Returns the token after it (or `j` when there is none).
fn rate_denominator(scan: &Scan<'_>, j: usize) -> usize {
    if scan.in_table(j, &ph::RATE_WORDS) && scan.in_table(j + 1, &ph::RATE_TIME_UNITS) {
        // "a" and "an" only as "a day", never "a team".
        return j + 2;
    }
    if matches!(
        scan.lower_at(j),
        "annually" | "monthly" | "yearly" | "weekly" | "daily"
    ) && scan.kind(j) == Some(TokenKind::Word)
        && !scan.in_table(j + 1, &ph::THROUGHPUT_NOUNS)
        && !scan.in_table(j + 1, &ph::USER_NOUNS)
        && !scan.is(j + 1, "active")
    {
        return j + 1;
    }
    j
}

fn next_is_plural_noun(scan: &Scan<'_>, j: usize) -> bool {
    let w = scan.str_at(j);
    w.len() > 3
        && w.ends_with('s')
        && (in_table_str(w, &ph::COUNT_NOUNS)
            || in_table_str(w, &ph::USER_NOUNS)
            || in_table_str(w, &ph::PEOPLE_NOUNS)
            || in_table_str(w, &ph::THROUGHPUT_NOUNS))
}

/// "OpenAPI 3.1", "Java 17" (right after a named technology), "v 3", "HTTP/2".
fn is_version(scan: &Scan<'_>, lit: &Literal, term_ends: &[usize]) -> bool {
    let Some(prev) = lit.start.checked_sub(1) else {
        return false;
    };
    let Some(prev_tok) = scan.tok(prev) else {
        return false;
    };
    let prev_str = scan.str_at(prev);
    if prev_str == "/"
        && scan.glued(lit.start)
        && scan.kind(prev.wrapping_sub(1)) == Some(TokenKind::Word)
    {
        return true;
    }
    if prev_tok.kind != TokenKind::Word {
        return false;
    }
    if term_ends.binary_search(&prev_tok.span.end).is_ok() {
        return true;
    }
    if in_table_str(prev_str, &ph::VERSION_WORDS) {
        return true;
    }
    lit.decimal && prev_str.starts_with(|c: char| c.is_ascii_uppercase())
}

/// "99.99% uptime", "99.95% availability SLO", "uptime of 99.9%" (not "99.9% test coverage").
fn is_uptime(scan: &Scan<'_>, lit: &Literal, j: usize) -> bool {
    (j..j + 3).any(|k| scan.in_table(k, &ph::UPTIME_WORDS))
        || (lit.start.saturating_sub(4)..lit.start).any(|k| scan.in_table(k, &ph::UPTIME_WORDS))
}

/// The multiplier of a magnitude suffix or word, in lower case ("k", "m", "million").
fn magnitude(suffix: &str, word: &str) -> u64 {
    let m = if suffix.is_empty() { word } else { suffix };
    match m.trim_end_matches('+') {
        "k" | "thousand" => 1_000,
        "m" | "mm" | "million" => 1_000_000,
        "b" | "bn" | "billion" => 1_000_000_000,
        "t" | "trillion" => 1_000_000_000_000,
        _ => 1,
    }
}

// ---------------------------------------------------------------------------------------------
// Impact, scale, scope, incidental
// ---------------------------------------------------------------------------------------------

/// Give every figure its [`MetricClass`], once the before → after pairs are known.
fn classify(scan: &Scan<'_>, metrics: &mut [Metric], pairs: &[BeforeAfter]) {
    for m in metrics.iter_mut() {
        let paired = pairs
            .iter()
            .any(|p| p.before == m.span || p.after == m.span);
        m.class = class_of(scan, m, paired);
    }
}

fn class_of(scan: &Scan<'_>, m: &Metric, paired: bool) -> MetricClass {
    use MetricKind as K;
    match m.kind {
        K::Version => return MetricClass::Incidental,
        K::Tenure => return MetricClass::Scope,
        _ if paired || after_a_change(scan, m) => return MetricClass::Impact,
        K::Year => return MetricClass::Incidental,
        // "200+ engineers were using it within a month": adoption is a result.
        K::People | K::Users | K::Count if adopted_after(scan, m) => return MetricClass::Impact,
        _ => {}
    }
    match m.kind {
        K::Percent | K::Money | K::Multiplier | K::Uptime | K::Latency => MetricClass::Impact,
        K::Throughput if prevented(scan, m) => MetricClass::Impact,
        K::Throughput | K::DataSize => MetricClass::Scale,
        // "120,000 monthly active users", "2,000+ users": served; "10+ enterprise customers":
        // how many the job had.
        K::Users if m.value >= FLEET_COUNT || m.rate || active(scan, m) || served(scan, m) => {
            MetricClass::Scale
        }
        K::Users => MetricClass::Scope,
        K::Number if prevented(scan, m) => MetricClass::Impact,
        K::People | K::Number | K::Version | K::Year | K::Tenure => MetricClass::Scope,
        // "zero downtime", "4 per quarter": a result; "1,800 VMs": a fleet; "12 services": scope.
        K::Count if m.unit == Some("zero") || adopted(scan, m) || prevented(scan, m) => {
            MetricClass::Impact
        }
        K::Count if m.rate => MetricClass::Scale,
        K::Count if m.value >= FLEET_COUNT && (fleet(m) || active(scan, m)) => MetricClass::Scale,
        K::Count => MetricClass::Scope,
        K::Duration => duration_class(scan, m),
    }
}

/// "monthly active users", "concurrent players": a rate adjective inside the figure.
fn active(scan: &Scan<'_>, m: &Metric) -> bool {
    (m.tokens.0..m.tokens.1).any(|k| scan.in_table(k, &ph::RATE_ADJECTIVES) || scan.is(k, "active"))
}

/// "serving 340 clients", "serving over 340 clients": a serving verb before the figure.
fn served(scan: &Scan<'_>, m: &Metric) -> bool {
    let at = m.tokens.0;
    let before = |d: usize| {
        at.checked_sub(d)
            .is_some_and(|k| scan.in_table(k, &ph::SERVING_WORDS))
    };
    before(1)
        || (before(2)
            && at
                .checked_sub(1)
                .is_some_and(|k| scan.in_table(k, &ph::QUANTITY_QUALIFIERS)))
}

/// "eliminating ~1,200 duplicate charges", "caught more than 30 breaking changes": what the
/// work removed or caught is its result. A prevention verb right before the figure, or before
/// its quantity qualifiers.
fn prevented(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.0;
    while let Some(prev) = k.checked_sub(1) {
        if scan.in_table(prev, &ph::PREVENTION_WORDS) {
            return true;
        }
        if !(scan.in_table(prev, &ph::QUANTITY_QUALIFIERS) || scan.str_at(prev) == "~") {
            return false;
        }
        k = prev;
    }
    false
}

/// "went from a handful a month to ~50", "from days to under 2 hours": the after figure of a
/// change whose before is in words. "to" (over "~" and qualifiers) right before the figure,
/// and "from" at most [`CHANGE_TOKENS`] tokens before it in the same clause.
fn after_a_change(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.0;
    loop {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if scan.is(prev, "to") {
            k = prev;
            break;
        }
        if !(matches!(scan.str_at(prev), "~" | "<" | "≈")
            || matches!(scan.lower_at(prev), "under" | "just" | "only" | "below")
            || scan.in_table(prev, &ph::QUANTITY_QUALIFIERS))
        {
            return false;
        }
        k = prev;
    }
    (k.saturating_sub(CHANGE_TOKENS)..k)
        .rev()
        .take_while(|&i| !scan.is_break(i) && !matches!(scan.str_at(i), "," | "."))
        .find(|&i| scan.is(i, "from"))
        .is_some_and(|from| !team_before(scan, from))
}

/// Most tokens between the "from" and the "to" of a change stated in words.
const CHANGE_TOKENS: usize = 6;

/// "1,800 VMs", "2,400 hosts": machines the work runs on are a fleet (scale), as is load
/// ("1.2M concurrent connections", through [`active`]); 1,400 cron jobs or 5,000 tickets are
/// how big the job was.
fn fleet(m: &Metric) -> bool {
    m.unit.is_some_and(|u| in_table_str(u, &ph::FLEET_NOUNS))
}

/// "200+ engineers were using it", "12 teams adopted it": the figure's subject took the work
/// up. A verb of [`ph::ADOPTING_WORDS`] right after the figure, or after "were", "are", "now".
fn adopted_after(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.1;
    while matches!(scan.lower_at(k), "were" | "are" | "now") {
        k += 1;
    }
    // Right after the figure "using" is a method ("across 9 services using a saga").
    let direct = k == m.tokens.1;
    scan.in_table(k, &ph::ADOPTING_WORDS)
        && !(direct && matches!(scan.lower_at(k), "using" | "use" | "used"))
}

/// "used by 12 teams": the two words before the figure are an adoption phrase.
fn adopted(scan: &Scan<'_>, m: &Metric) -> bool {
    let Some(k) = m.tokens.0.checked_sub(2) else {
        return false;
    };
    let two = (scan.lower_at(k), scan.lower_at(k + 1));
    ph::ADOPTION_WORDS
        .phrases
        .iter()
        .any(|p| p.split_once(' ') == Some(two))
}

/// "saving 60 hours per audit", "in 9 seconds" measure a result; "over 9 months", "a 3-year
/// project", "for 2 years" say how long the job took.
fn duration_class(scan: &Scan<'_>, m: &Metric) -> MetricClass {
    if m.rate || time_saved(scan, m) {
        return MetricClass::Impact;
    }
    let long_unit = m.unit.is_some_and(|u| {
        in_table_str(u, &ph::YEAR_UNITS) || in_table_str(u, &ph::LONG_DURATION_UNITS)
    });
    let before = m
        .tokens
        .0
        .checked_sub(1)
        .filter(|&k| scan.in_table(k, &ph::SPAN_PREPOSITIONS));
    if long_unit || before.is_some() {
        MetricClass::Scope
    } else {
        MetricClass::Impact
    }
}

/// Most tokens between a saving verb and the time it saved ("saving the security team about
/// a week of work").
const SAVED_TOKENS: usize = 6;

/// "saving the security team about a week", "freed up 2 days a sprint": time the work gave
/// back, whatever its unit.
fn time_saved(scan: &Scan<'_>, m: &Metric) -> bool {
    (m.tokens.0.saturating_sub(SAVED_TOKENS)..m.tokens.0)
        .rev()
        .take_while(|&i| !scan.is_break(i) && !matches!(scan.str_at(i), "," | "." | ";"))
        .any(|i| scan.in_table(i, &ph::SAVING_WORDS))
}

// ---------------------------------------------------------------------------------------------
// Before → after
// ---------------------------------------------------------------------------------------------

fn before_after(scan: &Scan<'_>, metrics: &[Metric]) -> Vec<BeforeAfter> {
    // A year-looking number may be the before of a pair ("max_connections from 2000 to 300");
    // two years are a period ("from 2019 to 2021").
    let figures: Vec<&Metric> = metrics
        .iter()
        .filter(|m| m.kind.is_metric() || m.kind == MetricKind::Year)
        .collect();
    let mut out = Vec::new();
    for pair in figures.windows(2) {
        let (Some(a), Some(b)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let gap: Vec<&str> = (a.tokens.1..b.tokens.0).map(|k| scan.lower_at(k)).collect();
        if b.kind == MetricKind::Year {
            continue;
        }
        // "across 30 services (up from 4)": the later figure is the before.
        if matches!(
            gap.as_slice(),
            ["(", "up" | "down", "from"] | ["up" | "down", "from"] | [",", "up" | "down", "from"]
        ) {
            out.push(BeforeAfter {
                span: Span::new(a.span.start, b.span.end),
                before: b.span,
                after: a.span,
            });
            continue;
        }
        let arrow = matches!(
            gap.as_slice(),
            ["→"] | ["-", ">"] | ["=", ">"] | ["⇒"] | ["➝"] | ["➔"] | ["⟶"] | ["—", ">"]
        );
        let to = to_gap(&gap);
        if !(arrow || to) {
            continue;
        }
        let from = from_before(scan, a.tokens.0);
        let both_units = a.kind != MetricKind::Number && b.kind != MetricKind::Number;
        if !(arrow || from.is_some() || both_units) {
            continue;
        }
        let start = from
            .and_then(|k| scan.tok(k))
            .map(|t| t.span.start)
            .unwrap_or(a.span.start);
        out.push(BeforeAfter {
            span: Span::new(start, b.span.end),
            before: a.span,
            after: b.span,
        });
    }
    out
}

/// The words between the two figures of "from X to Y": "to", after "down" or "up", and
/// before qualifiers of the after figure ("to just", "to under", "to ~").
fn to_gap(gap: &[&str]) -> bool {
    let rest = match gap {
        ["to", rest @ ..] | ["down" | "up", "to", rest @ ..] => rest,
        _ => return false,
    };
    rest.len() <= 2
        && rest.iter().all(|w| {
            matches!(
                *w,
                "~" | "<" | "≈" | "just" | "only" | "under" | "below" | "near"
            ) || in_table_str(w, &ph::QUANTITY_QUALIFIERS)
        })
}

/// The "from" before the figure starting at token `at`, over "~" and quantity qualifiers
/// ("from ~50", "from about 6 weeks").
fn from_before(scan: &Scan<'_>, at: usize) -> Option<usize> {
    let mut k = at.checked_sub(1)?;
    for _ in 0..2 {
        if scan.is(k, "from") {
            return Some(k);
        }
        if !(matches!(scan.str_at(k), "~" | "<" | "≈")
            || scan.in_table(k, &ph::QUANTITY_QUALIFIERS))
        {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    scan.is(k, "from").then_some(k)
}

/// "grew the team from …", "growth from …": a team word at most three tokens before the
/// "from" at token `from`.
fn team_before(scan: &Scan<'_>, from: usize) -> bool {
    (from.saturating_sub(3)..from).any(|k| scan.in_table(k, &ph::TEAM_WORDS))
}

/// Pairs that are not results: versions ("Upgraded Kubernetes clusters from 1.21 to 1.27":
/// bare numbers where the bullet says it upgraded) and headcount ("grew the team from 4 to
/// 15", "growth from 8 to 60 engineers": a team size, scope). The version figures become
/// versions; the pairs are dropped.
fn drop_scope_pairs(scan: &Scan<'_>, metrics: &mut [Metric], pairs: &mut Vec<BeforeAfter>) {
    if pairs.is_empty() {
        return;
    }
    let upgrade = (0..scan.len()).any(|k| scan.in_table(k, &ph::UPGRADE_WORDS));
    pairs.retain(|p| {
        let find = |span: Span| metrics.iter().position(|m| m.span == span);
        let (Some(b), Some(a)) = (find(p.before), find(p.after)) else {
            return true;
        };
        let kinds = [b, a].map(|i| metrics.get(i).map(|m| (m.kind, m.unit, m.tokens.0)));
        let bare = kinds
            .iter()
            .all(|k| matches!(k, Some((MetricKind::Number, None, _))));
        if upgrade && bare {
            for i in [b, a] {
                if let Some(m) = metrics.get_mut(i) {
                    m.kind = MetricKind::Version;
                }
            }
            return false;
        }
        let people = kinds
            .iter()
            .any(|k| matches!(k, Some((MetricKind::People, _, _))));
        let team =
            kinds.first().copied().flatten().is_some_and(|(_, _, at)| {
                from_before(scan, at).is_some_and(|f| team_before(scan, f))
            });
        !(people || (bare && team))
    });
}

// ---------------------------------------------------------------------------------------------
// Method clause, passive voice, pronouns
// ---------------------------------------------------------------------------------------------

/// Whether token `k` starts a figure ("40%", "$2M", "zero", "doubled").
fn starts_figure(scan: &Scan<'_>, k: usize) -> bool {
    let s = scan.str_at(k);
    s.starts_with(|c: char| c.is_ascii_digit())
        || matches!(s, "$" | "€" | "£" | "~" | "<" | ">")
        || scan.in_table(k, &ph::ZERO_WORDS)
        || scan.in_table(k, &ph::MULTIPLIER_WORDS)
        || ph::COUNT_WORDS
            .iter()
            .any(|(c, _)| c.eq_ignore_ascii_case(s))
}

fn method(scan: &Scan<'_>, term_spans: &[Span], after: usize) -> Option<Span> {
    for k in 0..scan.len() {
        let Some(t) = scan.tok(k) else { continue };
        if t.span.start < after || t.kind != TokenKind::Word || !scan.word_in(t, &ph::METHOD_WORDS)
        {
            continue;
        }
        let word = t.span.slice(scan.lower);
        // The first word after any quantity qualifiers ("by over 40%").
        let mut next = k + 1;
        while scan.in_table(next, &ph::QUANTITY_QUALIFIERS) && !scan.in_table(next, &ph::ZERO_WORDS)
        {
            next += 1;
        }
        if next >= scan.len() || starts_figure(scan, next) || vague_method(scan, next, term_spans) {
            continue;
        }
        let ok = match word {
            "by" | "through" => scan.kind(next) == Some(TokenKind::Word),
            "with" => {
                // A technology within the next three words of the same phrase, or a gerund.
                let window_end = (k + 1..k + 4)
                    .find(|&i| scan.kind(i) == Some(TokenKind::Punct) && scan.str_at(i) != "-")
                    .unwrap_or(k + 4);
                let names_tech = (k + 1..window_end).any(|i| {
                    scan.tok(i).is_some_and(|t| {
                        term_spans
                            .binary_search_by_key(&t.span.start, |s| s.start)
                            .is_ok()
                    })
                });
                let gerund = scan.lower_at(k + 1).ends_with("ing");
                names_tech || gerund
            }
            _ => true,
        };
        if ok {
            return Some(t.span);
        }
    }
    None
}

/// Most tokens of a method clause searched for a named technology.
const METHOD_CLAUSE_TOKENS: usize = 8;

/// "through various optimisations", "by making several improvements": the method clause opens
/// with a vague quantity (after at most one verb) and names no technology, so it says nothing
/// about how.
fn vague_method(scan: &Scan<'_>, next: usize, term_spans: &[Span]) -> bool {
    let vague_at = if scan.in_table(next, &ph::VAGUE_METHOD_WORDS) {
        next
    } else if scan.in_table(next + 1, &ph::VAGUE_METHOD_WORDS) {
        next + 1
    } else {
        return false;
    };
    let names_tech = (vague_at + 1..vague_at + 1 + METHOD_CLAUSE_TOKENS)
        .take_while(|&i| scan.kind(i).is_some() && !matches!(scan.str_at(i), "," | ";" | "."))
        .any(|i| {
            scan.tok(i).is_some_and(|t| {
                term_spans
                    .binary_search_by_key(&t.span.start, |s| s.start)
                    .is_ok()
            })
        });
    !names_tech
}

fn passive(scan: &Scan<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 0..scan.len() {
        if !scan.in_table(k, &ph::PASSIVE_AUXILIARIES) {
            continue;
        }
        let mut p = k + 1;
        if scan.lower_at(p).ends_with("ly") && scan.kind(p) == Some(TokenKind::Word) {
            p += 1;
        }
        if scan.kind(p) != Some(TokenKind::Word) {
            continue;
        }
        let w = scan.lower_at(p);
        let participle =
            (w.len() >= 4 && w.ends_with("ed") && !in_table_str(w, &ph::NOT_PARTICIPLES))
                || in_table_str(w, &ph::IRREGULAR_PARTICIPLES);
        if participle {
            out.push(scan.span(k, p));
        }
    }
    out
}

fn pronouns(scan: &Scan<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 0..scan.len() {
        let Some(t) = scan.tok(k) else { continue };
        if t.kind != TokenKind::Word || !scan.word_in(t, &ph::PRONOUNS) {
            continue;
        }
        let s = t.span.slice(scan.text);
        // "I" only as the capital pronoun, not "I/O" or "i.e."; all-caps "US", "WE" are
        // acronyms.
        // Part of a hyphenated identifier ("us-east-1").
        let hyphenated = (scan.str_at(k + 1) == "-" && scan.glued(k + 1))
            || (k > 0 && scan.str_at(k - 1) == "-" && scan.glued(k));
        // Part of a host name or path ("status.acme.me", "@me", "/us").
        let in_address =
            k > 0 && scan.glued(k) && matches!(scan.str_at(k - 1), "." | "@" | "/" | "_" | ":");
        // A roman numeral after a title ("Systems Administrator I").
        let numeral = s == "I" && k > 0 && scan.in_table(k - 1, &ph::ROMAN_NUMERAL_TITLES);
        // A capitalized "My" inside the sentence, before a capitalized word: a name ("the
        // \"My Orders\" page").
        let name = s == "My"
            && k > 0
            && scan.kind(k - 1) != Some(TokenKind::Punct)
            && scan
                .str_at(k + 1)
                .starts_with(|c: char| c.is_ascii_uppercase());
        let quoted_name = s == "My"
            && k > 0
            && matches!(scan.str_at(k - 1), "\"" | "“" | "'" | "‘")
            && scan
                .str_at(k + 1)
                .starts_with(|c: char| c.is_ascii_uppercase());
        let ok = if hyphenated || in_address || numeral || name || quoted_name {
            false
        } else if s.eq_ignore_ascii_case("i") {
            s == "I"
                && !matches!(scan.str_at(k + 1), "/" | "-" | "." | "&")
                && !(k > 0 && matches!(scan.str_at(k - 1), "/" | "-" | "&"))
        } else {
            !(s.len() > 1 && s.chars().all(|c| c.is_ascii_uppercase()))
        };
        if ok {
            out.push(t.span);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Options};

    const WRAP: &str = "EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- ";

    fn facts(bullet: &str) -> BulletFacts {
        let text = alloc::format!("{WRAP}{bullet}\n");
        let source = crate::input::read(&text, crate::InputFormat::Text).unwrap();
        let doc = Document::build(&source, &Options::default(), &Default::default());
        doc.bullets.last().unwrap().facts.clone()
    }

    fn kinds(f: &BulletFacts) -> Vec<MetricKind> {
        f.metrics.iter().map(|m| m.kind).collect()
    }

    #[test]
    fn reads_latency_percentiles_and_pairs() {
        let f = facts("Reduced p99 query latency from 800ms to 45ms by redesigning indexes.");
        assert_eq!(kinds(&f), [MetricKind::Latency, MetricKind::Latency]);
        assert!(f.metrics.iter().all(|m| m.percentile == Some(99)));
        assert_eq!(f.before_after.len(), 1);
        assert!(f.method.is_some());
        assert!(f.verb.unwrap().outcome);
    }

    #[test]
    fn reads_throughput_units() {
        for bullet in [
            "Built API gateway handling 50K requests/second with p99 latency <10ms.",
            "Operated sustained 12k events/sec at sub-100ms end-to-end p99 lag.",
            "Handled 30k RPS sustained at p99 25ms.",
            "Increased throughput to 500K events per hour by implementing consumers.",
            "Designed event sourcing system enabling analytics across 100M daily events.",
            "Built a pipeline using Apache Kafka that ingested 2.8 million events/day.",
            "Designed a microservices architecture handling 45,000 requests/second.",
        ] {
            let f = facts(bullet);
            assert!(
                f.has_kind(MetricKind::Throughput),
                "{bullet}: {:?}",
                f.metrics
            );
        }
    }

    #[test]
    fn reads_money_uptime_users_data_and_durations() {
        let f = facts("Decreased infrastructure costs by $18,000/month by profiling queries.");
        assert_eq!(kinds(&f), [MetricKind::Money]);
        let f = facts(
            "Led migration to Amazon Aurora, achieving 99.99% uptime and cutting 15 hours/week.",
        );
        assert_eq!(kinds(&f), [MetricKind::Uptime, MetricKind::Duration]);
        let f = facts("Replaced a legacy session system for 120,000 monthly active users.");
        assert_eq!(kinds(&f), [MetricKind::Users]);
        let f = facts("Created an ingestion service processing 500GB of daily CSV uploads.");
        assert_eq!(kinds(&f), [MetricKind::DataSize]);
        let f = facts("Reduced deployment time from 2 hours to 15 minutes using Jenkins.");
        assert_eq!(kinds(&f), [MetricKind::Duration, MetricKind::Duration]);
        assert_eq!(f.before_after.len(), 1);
        let f = facts("Drove incidents from 4 per quarter to 1.");
        assert_eq!(f.before_after.len(), 1, "{:?}", f.metrics);
        let f = facts("Mentored 4 engineers on system design.");
        assert_eq!(kinds(&f), [MetricKind::People]);
        let f = facts("Led the migration with zero downtime during 10x traffic spikes.");
        assert_eq!(kinds(&f), [MetricKind::Count, MetricKind::Multiplier]);
    }

    #[test]
    fn years_versions_and_tenure_are_not_metrics() {
        let f = facts("Shipped the OpenAPI 3.1 spec during the 2024 region failover.");
        assert_eq!(kinds(&f), [MetricKind::Version, MetricKind::Year]);
        assert!(!f.has_metric());
        let f = facts("10+ years of programming experience.");
        assert_eq!(kinds(&f), [MetricKind::Tenure]);
        assert!(!f.has_metric());
        let f = facts("Moved services to HTTP/2 and 1Password; ran 24/7 on-call.");
        assert!(!f.has_metric(), "{:?}", f.metrics);
        let f = facts("Achieved 99.9% test coverage and 99.95% availability.");
        assert_eq!(kinds(&f), [MetricKind::Percent, MetricKind::Uptime]);
    }

    fn classes(f: &BulletFacts) -> Vec<MetricClass> {
        f.metrics.iter().map(|m| m.class).collect()
    }

    #[test]
    fn versions_and_headcounts_in_a_change_are_not_results() {
        let f = facts("Upgraded Kubernetes clusters from 1.21 to 1.27 across 3 regions.");
        assert!(f.before_after.is_empty());
        assert!(!f.has_metric(), "{:?}", f.metrics);
        assert_eq!(kinds(&f)[..2], [MetricKind::Version, MetricKind::Version]);
        let f = facts("Hired and onboarded engineers, supporting growth from 8 to 60 engineers.");
        assert!(!f.has_metric(), "{:?}", f.metrics);
        let f = facts("Interviewed candidates and helped grow the team from 4 to 15.");
        assert!(!f.has_metric(), "{:?}", f.metrics);
        // Not an upgrade: a change.
        let f = facts("Took critical CVEs in the base images from 140 to 0.");
        assert_eq!(classes(&f), [MetricClass::Impact, MetricClass::Impact]);
    }

    #[test]
    fn results_in_other_words_are_impact() {
        for (bullet, figure) in [
            ("Cut release lead time from ~6 weeks to ~1 week.", "1 week"),
            ("Monthly deploys went from a handful a month to ~50.", "50"),
            ("Queue wait went from days to under an hour.", "an hour"),
            (
                "Automated the audit, saving the team about a week of work each quarter.",
                "a week",
            ),
            ("It now runs on a third of the hardware.", "a third"),
            (
                "Patched 312 services within 72 hours of the disclosure.",
                "72 hours",
            ),
            (
                "Rolled out to all regions with no dropped messages.",
                "no dropped",
            ),
            ("Traced 30 services (up from 4).", "4"),
            (
                "200+ engineers were using it within a month.",
                "200+ engineers",
            ),
        ] {
            let f = facts(bullet);
            let text = alloc::format!("{WRAP}{bullet}\n");
            let m = f
                .metrics
                .iter()
                .find(|m| m.span.slice(&text).starts_with(figure));
            assert_eq!(
                m.map(|m| m.class),
                Some(MetricClass::Impact),
                "{bullet}: {:?}",
                f.metrics
            );
        }
        // A count of things migrated is the size of the job; machines are a fleet.
        let f = facts("Led migration of 1,400 cron jobs into Kubernetes CronJobs.");
        assert!(!f.has_metric(), "{:?}", f.metrics);
        assert!(facts("Migrated a fleet of 1,800 VMs to EKS.").has_metric());
        // "using" right after a count is a method.
        let f = facts("Implemented deletion workflows across 9 services using a saga.");
        assert!(!f.has_metric(), "{:?}", f.metrics);
    }

    #[test]
    fn flags_average_latency() {
        let f = facts("Cut average latency from 300ms to 120ms.");
        assert_eq!(f.average_latency.len(), 1);
        assert!(f
            .metrics
            .iter()
            .all(|m| m.average && m.percentile.is_none()));
        let f = facts("Cut mean time to recovery by 40%.");
        assert!(f.average_latency.is_empty());
    }

    #[test]
    fn opening_verbs_and_duty_openers() {
        let f = facts("Worked on backend services for the platform.");
        assert_eq!(f.duty.map(|d| d.phrase), Some("worked on"));
        let f = facts("Architected a multi-tenant backend.");
        assert!(f.verb.unwrap().strong);
        let f = facts("Familiar with PostgreSQL.");
        assert!(f.verb.is_none());
        assert_eq!(f.hedges.len(), 1);
    }

    #[test]
    fn method_needs_a_how_not_a_quantity() {
        assert!(facts("Reduced costs by 30%.").method.is_none());
        assert!(facts("Led the migration with zero downtime.")
            .method
            .is_none());
        assert!(facts("Reduced costs by 30% by caching responses.")
            .method
            .is_some());
        assert!(facts("Cut p99 via query-plan rewrites.").method.is_some());
    }

    #[test]
    fn passive_and_pronouns() {
        let f = facts("The cache was implemented and I built our I/O layer in the US.");
        assert_eq!(f.passive.len(), 1);
        assert_eq!(f.pronouns.len(), 2);
        let f = facts("Built services that are distributed across regions.");
        assert!(f.passive.is_empty());
        let f = facts("Designed an active-active setup in us-east-1 and eu-west-1.");
        assert!(f.pronouns.is_empty());
        assert!(!f.has_metric(), "{:?}", f.metrics);
    }

    #[test]
    fn phrase_index_holds_every_phrase_under_its_first_word() {
        assert!(PHRASE_INDEX.windows(2).all(|w| w[0].first <= w[1].first));
        let mut count = 0;
        for (table, phrases) in INDEXED {
            for phrase in phrases.phrases {
                let words: Vec<&str> = phrase.split([' ', '-']).filter(|w| !w.is_empty()).collect();
                let found =
                    starting_with(words[0]).find(|e| e.phrase == *phrase && e.table == table);
                assert_eq!(found.map(|e| e.len), Some(words.len()), "{phrase}");
                count += 1;
            }
        }
        assert_eq!(count, PHRASE_INDEX.len());
        assert_eq!(first_word("- high-throughput  x"), ("high", 3));
    }

    #[test]
    fn phrases_match_across_hyphens() {
        let f = facts("Results-driven engineer building high-throughput services.");
        assert_eq!(f.self_praise.len(), 1);
        assert_eq!(f.unitless_scale.len(), 1);
        assert_eq!(f.unitless_scale[0].phrase, "high throughput");
    }
}
