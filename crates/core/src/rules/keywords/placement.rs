//! K-PLACEMENT: Tier-1 terms in the wrong places: a thin (or overpacked) summary, recent
//! bullets that carry too few.
//!
//! A note (info, 0 points): the counts are sure (Tier-1 terms from the taxonomy), but the
//! targets are seed 003's rule of thumb, and a technology outside the Tier-1 list (Nix, Riak,
//! OpenLDAP) is real work the count does not see. A missing summary is F-SUMMARY's finding.
//!
//! Seed 003, "Density and Placement Rules for BE": "Professional Summary: Pack 6–8 Tier-1 BE
//! keywords"; experience bullets: "Aim for 2 Tier-1 BE keywords per bullet" on each recent
//! bullet. Greenhouse weights bullet keywords above skills-section keywords, and Lever filters on
//! the most recent role, so where the terms sit matters as much as how many there are.

use super::tenths;
use crate::assess::keywords::targets;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-PLACEMENT",
        name: "Keyword placement",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "A note: seed 003 suggests 6–8 Tier-1 terms in the summary and about 2 in each recent bullet.",
        explanation: "Seed 003's placement rules for backend resumes: pack 6–8 Tier-1 keywords into the professional summary, and aim for 2 Tier-1 keywords per recent experience bullet, embedded naturally. It is a rule of thumb, and the count sees only the Tier-1 list, so this is a note that costs no points. Greenhouse weights experience-bullet keywords above skills-section keywords because that is where scale and outcome live, and Lever recruiters filter on what the most recent role shows.",
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
    // No summary at all is F-SUMMARY's finding.
    match summary {
        None => {}
        Some(s) => {
            let span = trimmed(doc.text, s.body);
            let n = p.summary_tier1;
            if n < want.min {
                out.push(
                    Finding::new(
                        &RULE.meta,
                        span,
                        format!("The summary names {n} core backend terms; {}–{} is the usual advice.", want.min, want.max),
                        String::from("If they are true of you, name your primary language, main datastores, cloud and one pattern you own."),
                    )
                    .points(0),
                );
            } else if n > want.max {
                out.push(
                    Finding::new(
                        &RULE.meta,
                        span,
                        format!("The summary names {n} core backend terms, past the usual {}–{}; that many may read as a list.", want.min, want.max),
                        String::from("Keep the strongest 6–8 in the summary; let the bullets carry the rest."),
                    )
                    .points(0),
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
                        "Your {} most recent bullets name {} core backend terms each on average; about {} is the usual advice (technologies outside the core list are not counted).",
                        p.recent.len(),
                        tenths(avg),
                        targets::RECENT_PER_BULLET
                    ),
                    String::from("Where true, name the system and pattern each recent bullet's work used."),
                )
                .points(0),
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
            .find(|f| f.message.starts_with("The summary names 1 "))
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
                .any(|f| f.message.contains("most recent bullets name 0.0")),
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
    fn a_missing_summary_is_left_to_f_summary_and_every_finding_is_a_note() {
        let text =
            "Experience\n- Built Go services on PostgreSQL with Redis, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        assert!(findings(&r, "K-PLACEMENT").is_empty());
        let text = "Summary\nBackend engineer.\n\nExperience\n- Shipped the billing rewrite.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-PLACEMENT");
        assert!(!f.is_empty());
        for f in f {
            assert_eq!((f.severity, f.points), (crate::finding::Severity::Info, 0));
        }
    }
}
