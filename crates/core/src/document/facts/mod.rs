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

mod metric_class;
mod metrics;
mod phrase_index;
mod scan;
#[cfg(test)]
mod tests;
mod xyz;

use metric_class::{before_after, classify, drop_scope_pairs, version_ranges};
use metrics::{average_latency, metrics, percentiles, qualify_latencies};
pub use metrics::{BeforeAfter, Metric, MetricClass, MetricKind};
use phrase_index::{opening_verb, phrase_hits, phrases, Table};
use scan::Scan;
use xyz::{leading_adverb, method, passive, pronouns, word_count, xyz};

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
    /// Of `tech`, the percentile terms (p50 … p999): they qualify a figure ("Cut p99 latency
    /// of the search API by 60%"), they do not say how the result was reached.
    pub percentile_terms: usize,
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
    /// A named technology moved from one version to another ("Postgres 11 to 15", "upgraded
    /// Kubernetes from 1.21 to 1.27"): the bullet says exactly what changed, though the
    /// versions measure nothing.
    pub version_change: bool,
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
    /// X keeps things running and its object is a count of them ("Maintained 30 repos and 8
    /// legacy services"): how big the job was (scope), not what was done.
    pub upkeep_of_scope: bool,
    /// The bullet opens with a duty phrase and then says what was done after a colon or a
    /// semicolon ("Tasked with replacing the cron scripts; rebuilt them as Airflow DAGs"): X is
    /// that action, and the duty is only a lead-in.
    pub action_after_duty: bool,
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
    let upgraded = drop_scope_pairs(&scan, &mut facts.metrics, &mut facts.before_after);
    facts.version_change = version_ranges(&scan, &mut facts.metrics) || upgraded;
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
                if is_percentile_term(term.name()) {
                    facts.percentile_terms += 1;
                }
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

/// "p50", "p99", "p999": a taxonomy term that names a percentile.
fn is_percentile_term(name: &str) -> bool {
    name.strip_prefix('p')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
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
