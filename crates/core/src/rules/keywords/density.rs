//! K-DENSITY: a class named fewer (or more) times in the experience than seed 003's rule of
//! thumb. A note, not a fault.
//!
//! Seed 003, "Density rule of thumb for BE": language 3–5 times, datastore 4–6,
//! distributed-systems 4–8 "across recent bullets", observability 2–4, cloud 4–6, "densely
//! embedded in experience bullets, not stuffed into a flat skills list".
//!
//! Counted everywhere in Experience and Projects: bullets, the "Stack: Go, PostgreSQL" line
//! under a project, and paragraphs (a hand audit found "Language terms appear 0× in your
//! bullets" on resumes whose every project had a stack line, or whose experience was prose
//! naming C, C++ and Python: 2 of 12 findings true). Quiet when no bullet was read at all
//! (F-NO-BULLETS says why) or when the class has no term (K-CLASS-MISSING's finding).
//!
//! A note (info, 0 points): the count is sure, but whether a class reads "thin" is a rule of
//! thumb; one language named in every bullet of a one-language job is not a fault.

use crate::assess::keywords::targets;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::taxonomy::SignalClass;
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-DENSITY",
        name: "Keyword density",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "A note: a signal class is named in the experience fewer (or more) times than seed 003's rule of thumb.",
        explanation: "Seed 003's density rule of thumb for backend resumes: Tier-1 language keywords appear 3–5 times (primary language often, secondary once or twice), datastore keywords 4–6 times, distributed-systems keywords 4–8 times across recent bullets, observability keywords 2–4 times, cloud keywords 4–6 times, densely embedded in experience bullets rather than stuffed into a skills list. They are counted in the Experience and Projects sections (bullets, stack lines and paragraphs). It is a rule of thumb, so this is a note that costs no points: below the range the class may read thin to a search; well above it may read repetitive.",
        source: "003",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    if !ctx.doc.bullets.iter().any(|b| b.facts.judged) {
        return;
    }
    let p = ctx.profile();
    for c in &p.classes {
        let Some(range) = targets::density(c.class) else {
            continue;
        };
        let n = c.in_work;
        if c.distinct == 0 {
            continue;
        }
        let name = noun(c.class);
        // One language per role is normal, and the taxonomy cannot see every language ("C",
        // shell, assembler): "Language terms appear 2×" on prose naming C, C++ and Python was
        // not true. Only overuse is noted for languages.
        let thin = n < range.min && c.class != SignalClass::Language;
        let (message, fix) = if thin {
            (
                format!(
                    "{name} terms are named {n}× in your Experience and Projects; the usual \
                     advice is {}–{}, so this class may read thin.",
                    range.min, range.max
                ),
                format!(
                    "If you used more {} in that work, name them in the bullets where you did.",
                    plural(c.class)
                ),
            )
        } else if n > range.max && n > REPEATS * c.distinct {
            (
                format!(
                    "{name} terms are named {n}× in your Experience and Projects, past the \
                     usual {}–{}; the repeats may read as filler.",
                    range.min, range.max
                ),
                format!(
                    "Keep the {} where they carry a result; vary or drop the repeats.",
                    plural(c.class)
                ),
            )
        } else {
            continue;
        };
        out.push(Finding::new(&RULE.meta, None, message, fix).points(0));
    }
}

/// Above the range, the mentions must be mostly repeats (more than this many per distinct
/// term) before the note says "the repeats may read as filler": eight datastore mentions
/// spread over six systems in eight bullets are the evidence seed 003 asks for, not filler.
const REPEATS: u32 = 2;

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
    use crate::finding::Severity;
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings};

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
                .starts_with("Datastore terms are named 1× in your Experience")),
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
    fn many_mentions_of_many_terms_are_not_filler_but_one_term_repeated_is() {
        let spread = "Experience\n\
- Cut p99 latency from 420ms to 95ms with a Redis cache fed from Kafka.\n\
- Moved 14 services from MySQL to PostgreSQL with Debezium, with zero downtime.\n\
- Built a Go job reconciling 3M DynamoDB rows nightly into Snowflake.\n\
- Tuned Elasticsearch indexes, cutting search p99 from 2s to 300ms.\n";
        let r = analyze(spread, Level::Senior);
        let f = findings(&r, "K-DENSITY");
        assert!(!f.iter().any(|f| f.message.contains("filler")), "{f:?}");
        let repeated = "Experience\n\
- Cut p99 latency from 420ms to 95ms with PostgreSQL indexes.\n\
- Moved 14 services onto PostgreSQL, with zero downtime on PostgreSQL.\n\
- Built a Go job reconciling 3M PostgreSQL rows nightly.\n\
- Tuned PostgreSQL vacuum, cutting bloat from 40% to 5% on PostgreSQL.\n\
- Split the PostgreSQL tables by tenant on PostgreSQL 16.\n";
        let r = analyze(repeated, Level::Senior);
        let f = findings(&r, "K-DENSITY");
        assert!(
            f.iter()
                .any(|f| f.message.starts_with("Datastore") && f.message.contains("filler")),
            "{f:?}"
        );
    }

    #[test]
    fn stack_lines_and_prose_in_experience_count() {
        // Every project has a stack line naming its language; the bullets do not.
        let text = "Projects\nledger\nStack: Go, PostgreSQL\n\
- Built a double-entry ledger service, cutting reconciliation from 3h to 20m.\n\
kvstore\nStack: Go\n- Wrote a replicated store passing 40 fault-injection tests.\n\
cache\nStack: Go, Redis\n- Cut p99 latency from 900ms to 80ms with a read-through cache.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        assert!(
            !f.iter().any(|f| f.message.starts_with("Language")),
            "{f:?}"
        );
    }

    #[test]
    fn prose_naming_the_languages_counts() {
        let text = "Experience\nBackend Engineer, Acme, 2020 - Present\n\
I wrote services in C, C++ and Python that process telemetry from 40 ground stations and \
store it in PostgreSQL for the science teams.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-DENSITY");
        assert!(
            !f.iter().any(|f| f.message.starts_with("Language")),
            "{f:?}"
        );
    }

    #[test]
    fn every_finding_is_a_note() {
        let text =
            "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 latency 40%.\n";
        let r = analyze(text, Level::Mid);
        for f in findings(&r, "K-DENSITY") {
            assert_eq!((f.severity, f.points), (Severity::Info, 0));
        }
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
                .any(|f| f.message.starts_with("Datastore terms are named 1×")),
            "{f:?}"
        );
        let ds = &r.keywords.classes[1];
        assert_eq!((ds.occurrences, ds.mentions), (1, 6));
        assert!(f.iter().all(|f| f.points == 0));
    }
}
