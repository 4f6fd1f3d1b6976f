//! The format rules (SPEC §5): what an Applicant Tracking System will mangle or drop.
//!
//! Text-visible hazards (creative headings, glyph skill bars, pipe tables, emoji, a Skills dump,
//! an Objective, missing contact details, inconsistent dates) are read from the document model.
//! Layout hazards (DOCX tables and text boxes, PDF columns, contact details only in a page
//! header, a PDF without a text layer) are read from [`LayoutFacts`], which the LaTeX reader
//! fills today and the DOCX/PDF readers fill later; the rules need no change when they do.
//!
//! Points cost the formatting part of the score (100 at most): an error ≈ 15–25 (F-NO-TEXT 60),
//! a warning ≈ 6–10, an info ≈ 2–4. A hazard that repeats costs its full points once and a
//! little for each repeat ([`repeat_points`]), so one habit does not empty the part by itself.
//!
//! [`LayoutFacts`]: crate::layout::LayoutFacts

mod contact;
mod dates;
mod extras;
mod glyphs;
mod header_contact;
mod heading;
mod identity;
mod image;
mod length;
mod missing_section;
mod no_bullets;
mod no_text;
mod prose;
mod skill_bars;
mod skills_dump;
mod summary;
mod table;
mod textbox;
mod too_long;
mod too_short;

use super::Rule;
use crate::document::Document;
use crate::phrases::matcher::{Hit, Lines, PhraseIndex};
use crate::span::Span;
use crate::text::TokenKind;
use alloc::string::String;
use alloc::vec::Vec;

/// The format rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[
    &no_text::RULE,
    &heading::RULE,
    &missing_section::RULE,
    &table::RULE,
    &textbox::RULE,
    &image::RULE,
    &skill_bars::RULE,
    &header_contact::RULE,
    &glyphs::RULE,
    &length::RULE,
    &too_short::RULE,
    &too_long::RULE,
    &no_bullets::RULE,
    &skills_dump::RULE,
    &summary::RULE,
    &contact::RULE,
    &identity::RULE,
    &dates::RULE,
    &prose::RULE,
    &extras::RULE,
];

/// The rules whose findings scale the whole score instead of costing their part: their
/// `points` hold the percent of the overall score removed, which the report turns into the
/// overall points it cost.
pub const WHOLE_SCORE: [&str; 2] = ["F-TOO-SHORT", "F-TOO-LONG"];

/// Whether findings of `rule` scale the whole score (see [`WHOLE_SCORE`]).
pub fn scales_whole_score(rule: &str) -> bool {
    WHOLE_SCORE.contains(&rule)
}

/// Points for the `nth` (0-based) occurrence of a repeated hazard: `first` for the first,
/// `next` for each later one, never more than `cap` in total.
pub(crate) fn repeat_points(nth: usize, first: u32, next: u32, cap: u32) -> u32 {
    let total = |k: usize| -> u32 {
        if k == 0 {
            return 0;
        }
        let later = u32::try_from(k - 1).unwrap_or(u32::MAX);
        first.saturating_add(next.saturating_mul(later)).min(cap)
    };
    total(nth + 1) - total(nth)
}

/// `"1 table"`, `"3 tables"`.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        alloc::format!("1 {one}")
    } else {
        alloc::format!("{n} {many}")
    }
}

/// Word and number tokens of `span` (punctuation dropped), as spans.
pub(crate) fn words_in(doc: &Document<'_>, span: Span) -> Vec<Span> {
    doc.tokens_in(span)
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.span)
        .collect()
}

/// The phrases of `index` in `span`, in text order, each line an item of its own (see
/// [`crate::phrases::matcher`]).
pub(crate) fn find_phrases<T: Copy + PartialEq>(
    doc: &Document<'_>,
    span: Span,
    index: &PhraseIndex<T>,
) -> Vec<Hit<T>> {
    index.find(doc.text, &doc.lower, doc.tokens_in(span), Lines::Break)
}

/// The lines of `doc` inside `span`.
pub(crate) fn lines_in<'d>(doc: &'d Document<'_>, span: Span) -> &'d [Span] {
    let from = doc.lines.partition_point(|l| l.end < span.start);
    let to = doc.lines.partition_point(|l| l.start < span.end);
    doc.lines.get(from..to.max(from)).unwrap_or(&[])
}

/// `span` without leading and trailing whitespace.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, (span.end - trail).max(span.start + lead))
}

/// Shared helpers for the rules' unit tests: run the real analyzer, pick findings by rule.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::finding::Finding;
    use crate::layout::LayoutFacts;
    use crate::report::Report;
    use crate::{analyze_with_layout, Options};
    use alloc::vec::Vec;

    /// A clean senior backend resume: no formatting hazard at all.
    pub const CLEAN: &str = "Jane Doe
Senior Backend Engineer
jane.doe@example.com | +1 (555) 123-4567 | linkedin.com/in/janedoe | github.com/janedoe | Seattle, WA

Summary
Senior Backend Engineer with 9 years building Go and Python services on AWS and EKS.
Owns Postgres, Redis and Kafka stacks at 30k RPS sustained with p99 latency under 50ms.

Skills
Languages: Go, Python, Rust
Datastores: PostgreSQL, Redis, Kafka, S3, Elasticsearch
Distributed Systems: sharding, idempotency, exactly-once delivery, CDC, outbox pattern
Cloud: AWS, Terraform, GitHub Actions, Kubernetes
Observability: OpenTelemetry, Prometheus, Grafana, Datadog

Experience
Senior Backend Engineer, Acme Payments, Seattle, WA
Jan 2020 - Present
- Cut p99 latency of the orders API from 480ms to 110ms by rewriting query plans and adding a Redis cache.
- Built the billing pipeline on Kafka with idempotent consumers, sustaining 12k events/sec at p99 lag under 100ms.
Backend Engineer, Globex
Mar 2016 - Dec 2019
- Sharded the Postgres orders table on tenant_id, cutting p95 query time from 1.2s to 70ms for 40M rows.
- Instrumented 9 Go services with OpenTelemetry and Datadog, defining a 99.95% availability SLO.

Education
B.S. Computer Science, University of Washington, 2015
";

    pub fn report(text: &str) -> Report {
        report_with(text, &Options::default(), &LayoutFacts::default())
    }

    pub fn report_with(text: &str, options: &Options, layout: &LayoutFacts) -> Report {
        analyze_with_layout(text, options, layout).expect("analyzable test input")
    }

    /// The findings of rule `id` for `text`.
    pub fn findings(text: &str, id: &str) -> Vec<Finding> {
        of(&report(text), id)
    }

    pub fn of(report: &Report, id: &str) -> Vec<Finding> {
        report
            .findings
            .iter()
            .filter(|f| f.rule == id)
            .cloned()
            .collect()
    }

    /// The text under a finding's span.
    pub fn under<'a>(text: &'a str, f: &Finding) -> &'a str {
        f.span.map(|s| s.slice(text)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeat_points_diminish_and_cap() {
        let pts: Vec<u32> = (0..6).map(|n| repeat_points(n, 10, 3, 20)).collect();
        assert_eq!(pts, [10, 3, 3, 3, 1, 0]);
        assert_eq!(pts.iter().sum::<u32>(), 20);
    }

    #[test]
    fn every_rule_has_metadata() {
        for rule in RULES {
            let m = rule.meta;
            assert!(m.id.starts_with("F-"), "{}", m.id);
            // F-NO-BULLETS is about reading the bullets, and costs the bullets part.
            let category = if m.id == "F-NO-BULLETS" {
                crate::Category::Bullets
            } else {
                crate::Category::Formatting
            };
            assert_eq!(m.category, category, "{}", m.id);
            assert!(
                !m.explanation.is_empty() && !m.source.is_empty(),
                "{}",
                m.id
            );
        }
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.meta.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len(), "rule ids are unique");
    }

    #[test]
    fn phrases_match_on_words_not_inside_them() {
        let text = "Full-Stack Developer\nfullstack developers\nfull\nstack developer";
        let options = crate::Options::default();
        let source = crate::input::read(text, options.format).unwrap();
        let doc = Document::build(&source, &options, &Default::default());
        crate::phrases::matcher::phrase_index!(
            static FULL_STACK: () = &[((), crate::phrases::format::FULL_STACK_IDENTITY.phrases)];
        );
        let hits = find_phrases(&doc, Span::new(0, text.len()), &FULL_STACK);
        let got: Vec<&str> = hits.iter().map(|h| h.span.slice(text)).collect();
        assert_eq!(got, ["Full-Stack Developer"]);
    }
}
