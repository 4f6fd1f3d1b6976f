//! The keyword rules (SPEC §4): Tier-1 coverage, density, placement, suggestions.
//!
//! Every rule reads the same [`profile::Profile`] (where each taxonomy term appears, how it is
//! spelled, per-class counts) and judges it against the numbers in [`targets`], which come from
//! seed 003 (density, placement, the 25–35 senior count) and seed 000 (skills proven in
//! bullets, one spelling per skill).
//!
//! Points: errors cost 12–20, warnings 6–10, infos 2–4 of the keywords part (100); rules that
//! can fire once per term cap their total so one habit cannot sink the whole part. K-SUGGEST is
//! advice and costs nothing: the gaps it fills are already charged by the other rules.

mod acronym;
mod class_missing;
mod count;
mod counter;
mod density;
mod generic_only;
mod no_observability;
mod no_testing;
mod placement;
pub mod profile;
mod stuffing;
mod suggest;
pub mod targets;
mod unproven;
mod variants;

pub use suggest::{Placement, SuggestReason, Suggestion};
pub use targets::{CountTarget, Range};

use super::Rule;
use crate::document::Document;
use crate::options::Level;
use crate::taxonomy::{self, SignalClass};
use alloc::vec::Vec;
use serde::Serialize;

/// The keyword rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[
    &class_missing::RULE,
    &no_observability::RULE,
    &no_testing::RULE,
    &count::RULE,
    &density::RULE,
    &placement::RULE,
    &unproven::RULE,
    &stuffing::RULE,
    &variants::RULE,
    &acronym::RULE,
    &generic_only::RULE,
    &counter::RULE,
    &suggest::RULE,
];

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

/// The keyword summary of `doc` (the page's coverage chart, chips and suggestions).
pub fn summary(doc: &Document<'_>) -> KeywordSummary {
    let p = profile::build(doc);
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
        suggestions: suggest::suggestions(doc, &p),
    }
}

/// Points for the `n`-th (0-based) finding of a rule worth `each`, whose findings together
/// cost at most `cap`.
pub(crate) fn capped(n: usize, each: u32, cap: u32) -> u32 {
    let spent = u32::try_from(n).unwrap_or(u32::MAX).saturating_mul(each);
    cap.saturating_sub(spent).min(each)
}

/// Format tenths ("15" → "1.5").
pub(crate) fn tenths(n: u32) -> alloc::string::String {
    alloc::format!("{}.{}", n / 10, n % 10)
}

#[cfg(test)]
mod tests {
    use super::test_util::{analyze, analyze_jd};
    use crate::options::Level;
    use alloc::string::String;

    #[test]
    fn large_resume_is_linear() {
        // As many lines as the analyzer accepts (MAX_INPUT_LINES, ~270 KB): a skills line, an
        // "Adjacent" line and bullets repeated, and a one-line skills dump; every keyword rule
        // walks it in linear time.
        let block =
            "Skills\nGo, Postgres, PostgreSQL, AWS, React, SQL\nAdjacent: React, Tailwind\n\n\
Experience\n- Built Go services on Postgres with Kafka and React, p99 40ms at 3k RPS.\n";
        let mut text = block.repeat((crate::limits::MAX_INPUT_LINES - 8) / block.lines().count());
        text.push_str("Skills\n");
        text.push_str(&"React, Kafka, Go (Golang), ".repeat(4000));
        text.push('\n');
        let r = analyze(&text, Level::Senior);
        assert!(r.keywords.tier1_distinct > 0);
        let jd =
            String::from("Senior Backend Engineer\nRequirements\n- Golang, PostgreSQL, Vitess\n");
        let r = analyze_jd(&text, Level::Senior, &jd);
        assert!(r.job_match.is_some());
    }
}

/// Test helpers: analyze a resume at a level and pick one rule's findings.
#[cfg(test)]
pub(crate) mod test_util {
    use crate::finding::Finding;
    use crate::options::{Level, Options};
    use crate::report::Report;
    use alloc::string::String;
    use alloc::vec::Vec;

    pub fn analyze(text: &str, level: Level) -> Report {
        let options = Options {
            level: Some(level),
            ..Options::default()
        };
        crate::analyze(text, &options).unwrap()
    }

    pub fn analyze_jd(text: &str, level: Level, jd: &str) -> Report {
        let options = Options {
            level: Some(level),
            job_description: Some(String::from(jd)),
            ..Options::default()
        };
        crate::analyze(text, &options).unwrap()
    }

    pub fn findings<'r>(report: &'r Report, id: &str) -> Vec<&'r Finding> {
        report.findings.iter().filter(|f| f.rule == id).collect()
    }

    /// The text under a finding's span.
    pub fn at<'a>(text: &'a str, f: &Finding) -> &'a str {
        f.span.map_or("", |s| s.slice(text))
    }

    /// A strong senior resume: every class, density in range, summary packed, bullets proven.
    pub const STRONG: &str = "\
Jordan Lee
Senior Backend Engineer
jordan@example.com | github.com/jlee

Summary
Senior Backend Engineer with 9 years on payment platforms: Go services on AWS, PostgreSQL and Redis and Kafka stacks, OpenTelemetry instrumented, idempotency and circuit breakers in production.

Skills
Languages: Go, Python
Datastores: PostgreSQL, Redis, Kafka
Distributed: idempotency, exactly-once, circuit breaker, sharding
Cloud: AWS, Kubernetes, Terraform
Observability: OpenTelemetry, Prometheus, SLO
Testing: pytest, integration testing

Experience
Staff Engineer, Ledgerly (2021 - Present)
- Built Go payment services on Kubernetes handling 30k RPS at p99 45ms with idempotency keys in PostgreSQL.
- Designed exactly-once billing events on Kafka with an outbox table, cutting duplicate charges to zero.
- Added a circuit breaker and retries around the card network gRPC client, lifting availability to 99.95%.
- Sharded the ledger PostgreSQL cluster by tenant, dropping p99 from 900ms to 70ms.
- Instrumented 9 Go services with OpenTelemetry and Prometheus, owning the 99.9% SLO and error budget.
- Wrote integration testing suites in pytest for the Python reconciliation jobs on AWS Lambda.
- Provisioned Redis caches with Terraform on AWS, cutting read latency 60%.
";
}
