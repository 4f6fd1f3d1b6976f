//! K-DENSITY: a class's Tier-1 occurrences outside seed 003's rule of thumb.
//!
//! Seed 003, "Density rule of thumb for BE": language 3–5 times, datastore 4–6,
//! distributed-systems 4–8 "across recent bullets", observability 2–4, cloud 4–6. Counted in the
//! Experience and Project bullets: the seed wants the terms "densely embedded in experience
//! bullets, not stuffed into a flat skills list", keeps the summary to its own 6–8 and calls
//! Skills "the cleanup category" (its own example Skills list alone names five datastores).
//! Under the range the class reads thin (a warning); over it is advice only (an info that costs
//! nothing), since the seed also asks for a percentile and a throughput unit in every bullet. A
//! class with no term at all is K-CLASS-MISSING's (or K-NO-OBSERVABILITY's) finding.

use super::targets;
use crate::report::Finding;
use crate::rules::{Category, Context, Rule, RuleMeta, Severity};
use crate::taxonomy::SignalClass;
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-DENSITY",
        name: "Keyword density",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "A signal class appears in the bullets fewer (or more) times than seed 003's density rule of thumb.",
        explanation: "Seed 003's density rule of thumb for backend resumes: Tier-1 language keywords appear 3–5 times (primary language often, secondary once or twice), datastore keywords 4–6 times, distributed-systems keywords 4–8 times across recent bullets, observability keywords 2–4 times, cloud keywords 4–6 times, densely embedded in experience bullets rather than stuffed into a skills list. They are counted in the Experience and Project bullets. Below the range the class reads thin to an ATS search and to a recruiter; well above it reads repetitive.",
        source: "003",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    for c in &p.classes {
        let Some(range) = targets::density(c.class) else {
            continue;
        };
        let n = c.occurrences;
        if c.distinct == 0 {
            continue;
        }
        let name = noun(c.class);
        if n < range.min {
            out.push(
                Finding::new(
                    &RULE.meta,
                    None,
                    format!(
                        "{name} terms appear {n}× in your bullets; seed 003's rule of thumb is {}–{}.",
                        range.min, range.max
                    ),
                    format!(
                        "Name the {} in {} more {} where you used them.",
                        plural(c.class),
                        range.min - n,
                        if range.min - n == 1 { "bullet" } else { "bullets" }
                    ),
                )
                .points(6),
            );
        } else if n > range.max {
            out.push(
                Finding::new(
                    &RULE.meta,
                    None,
                    format!(
                        "{name} terms appear {n}× in your bullets, past seed 003's {}–{}.",
                        range.min, range.max
                    ),
                    format!(
                        "Keep the {} where they carry a result; vary or drop the repeats.",
                        plural(c.class)
                    ),
                )
                .severity(Severity::Info)
                .points(0),
            );
        }
    }
}

fn noun(class: SignalClass) -> &'static str {
    match class {
        SignalClass::Language => "Language",
        SignalClass::Datastore => "Datastore",
        SignalClass::Distributed => "Distributed-systems",
        SignalClass::Observability => "Observability",
        _ => "Cloud",
    }
}

fn plural(class: SignalClass) -> &'static str {
    match class {
        SignalClass::Language => "languages",
        SignalClass::Datastore => "datastores",
        SignalClass::Distributed => "distributed-systems patterns",
        SignalClass::Observability => "observability tools and SLOs",
        _ => "cloud services",
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings};
    use crate::rules::Severity;

    #[test]
    fn thin_class_is_flagged() {
        // Datastores once (seed range 4–6).
        let text =
            "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        assert!(
            f.iter().any(|f| f
                .message
                .starts_with("Datastore terms appear 1× in your bullets")),
            "{f:?}"
        );
        assert!(f.iter().all(|f| f.span.is_none()));
    }

    #[test]
    fn in_range_and_missing_classes_are_quiet() {
        let text = "Experience\n\
- Built Go services on PostgreSQL with Redis caching, cutting p99 latency 40%.\n\
- Moved Go batch jobs from MySQL to PostgreSQL for 3 teams, saving $20k a year.\n\
- Wrote Go workers that drain Redis queues at 2k RPS.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        assert!(
            !f.iter().any(|f| f.message.starts_with("Datastore")),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|f| f.message.starts_with("Language")),
            "{f:?}"
        );
        // No cloud term at all: that is K-CLASS-MISSING's, not a density finding.
        assert!(!f.iter().any(|f| f.message.starts_with("Cloud")), "{f:?}");
    }

    #[test]
    fn overuse_is_an_info() {
        let text = "Experience\n\
- Built Go services in Go for 3 teams.\n- Rewrote Go tools in Go, saving 20%.\n\
- Ported Go code to Go 1.22 for 4 teams.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        let lang = f
            .iter()
            .find(|f| f.message.starts_with("Language"))
            .unwrap();
        assert_eq!(lang.severity, Severity::Info);
        assert_eq!(lang.points, 0);
    }

    #[test]
    fn skills_list_does_not_count() {
        // Five datastores in Skills, one in a bullet: thin where it matters.
        let text = "Skills\nPostgreSQL, Redis, Kafka, DynamoDB, MySQL\n\nExperience\n\
- Built Go services on PostgreSQL for 3 teams, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        assert!(
            f.iter()
                .any(|f| f.message.starts_with("Datastore terms appear 1×")),
            "{f:?}"
        );
        let ds = &r.keywords.classes[1];
        assert_eq!((ds.occurrences, ds.mentions), (1, 6));
    }
}
