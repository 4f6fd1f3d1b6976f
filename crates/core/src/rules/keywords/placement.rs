//! K-PLACEMENT: Tier-1 terms in the wrong places: a thin (or overpacked) summary, recent
//! bullets that carry too few.
//!
//! Seed 003, "Density and Placement Rules for BE": "Professional Summary: Pack 6–8 Tier-1 BE
//! keywords"; experience bullets: "Aim for 2 Tier-1 BE keywords per bullet" on each recent
//! bullet. Greenhouse weights bullet keywords above skills-section keywords, and Lever filters on
//! the most recent role, so where the terms sit matters as much as how many there are.

use super::{targets, tenths};
use crate::document::SectionKind;
use crate::report::Finding;
use crate::rules::{Category, Context, Rule, RuleMeta, Severity};
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-PLACEMENT",
        name: "Keyword placement",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "The summary should carry 6–8 Tier-1 terms and each recent bullet about 2.",
        explanation: "Seed 003's placement rules for backend resumes: pack 6–8 Tier-1 keywords into the professional summary, and aim for 2 Tier-1 keywords per recent experience bullet, embedded naturally. Greenhouse weights experience-bullet keywords above skills-section keywords because that is where scale and outcome live, and Lever recruiters filter on what the most recent role shows.",
        source: "003",
    },
    check,
};

/// Below this many tenths of a Tier-1 term per recent bullet, "about 2" is not met.
const RECENT_MIN_TENTHS: u32 = 15;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let p = ctx.profile();
    let want = targets::SUMMARY_TIER1;
    let summary = doc
        .sections
        .iter()
        .find(|s| matches!(s.kind, SectionKind::Summary | SectionKind::Objective));
    match summary {
        None => out.push(
            Finding::new(
                &RULE.meta,
                None,
                String::from("No summary: the first place an ATS and a recruiter look for Tier-1 terms."),
                format!(
                    "Open with a 2–3 line summary carrying {}–{} Tier-1 terms, e.g. \"Backend Engineer with N years on Go and Python services, PostgreSQL and Redis, Kafka, OpenTelemetry-instrumented with SLO ownership\".",
                    want.min, want.max
                ),
            )
            .severity(Severity::Info)
            .points(2),
        ),
        Some(s) => {
            let span = trimmed(doc.text, s.body);
            let n = p.summary_tier1;
            if n < want.min {
                out.push(
                    Finding::new(
                        &RULE.meta,
                        span,
                        format!("The summary names {n} Tier-1 terms; seed 003 packs {}–{}.", want.min, want.max),
                        String::from("Name your primary language, main datastores, cloud, an observability tool and one distributed-systems pattern you own."),
                    )
                    .points(6),
                );
            } else if n > want.max {
                out.push(
                    Finding::new(
                        &RULE.meta,
                        span,
                        format!("The summary names {n} Tier-1 terms, past seed 003's {}–{}: it reads like a list.", want.min, want.max),
                        String::from("Keep the strongest 6–8 in the summary; let the bullets carry the rest."),
                    )
                    .severity(Severity::Info)
                    .points(2),
                );
            }
        }
    }
    if let Some(avg) = p.recent_tenths() {
        if avg < RECENT_MIN_TENTHS {
            out.push(
                Finding::new(
                    &RULE.meta,
                    None,
                    format!(
                        "Your {} most recent bullets carry {} Tier-1 terms each on average; seed 003 aims for about {}.",
                        p.recent.len(),
                        tenths(avg),
                        targets::RECENT_PER_BULLET
                    ),
                    String::from("Pair each recent bullet's action with the system and pattern it used (\"on Kafka with an outbox\", \"p99 from 480ms to 110ms\")."),
                )
                .points(6),
            );
        }
    }
}

/// `span` without surrounding whitespace; `None` when empty.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    (!body.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + body.len()))
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings, STRONG};

    #[test]
    fn strong_resume_is_placed_well() {
        let r = analyze(STRONG, Level::Senior);
        assert!(
            findings(&r, "K-PLACEMENT").is_empty(),
            "{:?}",
            findings(&r, "K-PLACEMENT")
        );
    }

    #[test]
    fn thin_summary_points_at_the_summary() {
        let text = "Summary\nBackend engineer who likes Go.\n\nExperience\n\
- Built Go services on PostgreSQL with Redis caching, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-PLACEMENT");
        let s = f
            .iter()
            .find(|f| f.message.starts_with("The summary names 1"))
            .unwrap();
        assert_eq!(at(text, s), "Backend engineer who likes Go.");
    }

    #[test]
    fn thin_recent_bullets_are_flagged() {
        let text = "Summary\nBackend engineer.\n\nExperience\n\
- Shipped the billing rewrite for 3 teams.\n- Cut onboarding time by 40% for new hires.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-PLACEMENT");
        assert!(
            f.iter()
                .any(|f| f.message.contains("most recent bullets carry 0.0")),
            "{f:?}"
        );
    }

    #[test]
    fn recent_means_the_latest_role() {
        // The old role is rich in terms, the current one has none: the first five bullets
        // would average above 1.5, the current role's average 0.
        let text = "Summary\nBackend engineer.\n\nExperience\n\
Backend Engineer, Acme (Jan 2023 - Present)\n\
- Led the billing rewrite for 3 teams.\n\
- Cut onboarding time by 40% for new hires.\n\n\
Engineer, Oldco (Jan 2015 - Dec 2019)\n\
- Built Go services on PostgreSQL with Kafka and Redis, p99 40ms at 3k RPS.\n\
- Sharded PostgreSQL with Terraform on AWS and gRPC, cutting costs 30%.\n\
- Added OpenTelemetry and Prometheus to Go services with idempotency keys.\n";
        let r = analyze(text, Level::Mid);
        assert_eq!(
            r.keywords.recent_per_bullet_tenths,
            Some(0),
            "{:?}",
            r.keywords
        );
        let f = findings(&r, "K-PLACEMENT");
        assert!(
            f.iter()
                .any(|f| f.message.starts_with("Your 2 most recent bullets")),
            "{f:?}"
        );
    }

    #[test]
    fn missing_summary_is_an_info() {
        let text =
            "Experience\n- Built Go services on PostgreSQL with Redis, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-PLACEMENT");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, crate::rules::Severity::Info);
    }
}
