//! Keyword coverage and suggestions on a small strong and a small weak resume (SPEC §4).

use resume_analyzer::assess::keywords::{CoverageStatus, Placement, SuggestReason};
use resume_analyzer::taxonomy::SignalClass;
use resume_analyzer::{analyze, Level, Options, Report, Severity};
use resume_analyzer_tests::{fixture, rule_ids};

fn run(name: &str, level: Level) -> Report {
    let options = Options {
        level: Some(level),
        ..Options::default()
    };
    analyze(&fixture(name), &options).expect("fixture analyzes")
}

fn keyword_rules(report: &Report) -> Vec<&'static str> {
    rule_ids(report)
        .into_iter()
        .filter(|id| id.starts_with("K-"))
        .collect()
}

#[test]
fn strong_resume_covers_every_class() {
    let r = run("keywords/strong.txt", Level::Senior);
    let k = &r.keywords;
    assert_eq!(k.classes.len(), 8);
    let order: Vec<SignalClass> = k.classes.iter().map(|c| c.class).collect();
    assert_eq!(order, SignalClass::TIER1);
    for c in &k.classes {
        assert!(c.distinct > 0, "{:?} is missing: {k:#?}", c.class);
        assert_ne!(c.status, CoverageStatus::Missing);
        assert_eq!(c.terms.len(), c.distinct as usize);
        assert!(c.mentions >= c.occurrences);
    }
    let datastores = &k.classes[1];
    assert_eq!(datastores.terms, ["PostgreSQL", "Redis", "Kafka"]);
    assert_eq!(datastores.density.map(|d| (d.min, d.max)), Some((4, 6)));
    assert_eq!(datastores.status, CoverageStatus::Ok);
    // Seed 003's density ranges, exactly.
    let ranges: Vec<Option<(u32, u32)>> = k
        .classes
        .iter()
        .map(|c| c.density.map(|d| (d.min, d.max)))
        .collect();
    assert_eq!(
        ranges,
        [
            Some((3, 5)),
            Some((4, 6)),
            Some((4, 8)),
            None,
            Some((2, 4)),
            Some((4, 6)),
            None,
            None
        ]
    );
    // Senior target from seed 003's FAQ, and the summary / recent-bullet placement.
    assert_eq!(k.tier1_target.target.min, 25);
    assert_eq!(k.tier1_target.target.max, 35);
    assert!(k.tier1_distinct >= 25, "{}", k.tier1_distinct);
    assert_eq!(k.tier1_in_context, k.tier1_distinct);
    assert!((6..=8).contains(&k.summary_tier1.unwrap()));
    assert!(k.recent_per_bullet_tenths.unwrap() >= 20);
    assert!(k.counter.is_empty() && k.generic.is_empty());
}

#[test]
fn strong_resume_has_no_keyword_problems() {
    let r = run("keywords/strong.txt", Level::Senior);
    let costly: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("K-") && f.severity != Severity::Info)
        .collect();
    assert!(costly.is_empty(), "{costly:#?}");
    let keywords = r
        .score
        .parts
        .iter()
        .find(|p| p.category == resume_analyzer::Category::Keywords)
        .unwrap();
    assert!(keywords.score >= 90, "{keywords:?}");
    // Nothing is missing, so nothing is suggested for a missing class.
    assert!(r
        .keywords
        .suggestions
        .iter()
        .all(|s| s.reason != SuggestReason::ClassMissing));
}

#[test]
fn weak_resume_shows_its_gaps() {
    let r = run("keywords/weak.txt", Level::Mid);
    let k = &r.keywords;
    let missing: Vec<SignalClass> = k
        .classes
        .iter()
        .filter(|c| c.status == CoverageStatus::Missing)
        .map(|c| c.class)
        .collect();
    for class in [
        SignalClass::Datastore,
        SignalClass::Distributed,
        SignalClass::Observability,
        SignalClass::Cloud,
        SignalClass::Testing,
    ] {
        assert!(
            missing.contains(&class),
            "{class:?} not missing: {missing:?}"
        );
    }
    assert_eq!(k.counter, ["React", "jQuery", "Bootstrap"]);
    assert_eq!(k.generic, ["SQL", "NoSQL"]);
    assert!(k.tier1_distinct < k.tier1_target.floor);
    let ids = keyword_rules(&r);
    for id in [
        "K-CLASS-MISSING",
        "K-COUNT",
        "K-COUNTER",
        "K-GENERIC-ONLY",
        "K-NO-OBSERVABILITY",
        "K-NO-TESTING",
        "K-PLACEMENT",
        "K-SUGGEST",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    // Counter-list and generic words point at the word.
    let text = fixture("keywords/weak.txt");
    let counter = r.findings.iter().find(|f| f.rule == "K-COUNTER").unwrap();
    assert_eq!(counter.span.unwrap().slice(&text), "React");
    let generic = r
        .findings
        .iter()
        .find(|f| f.rule == "K-GENERIC-ONLY")
        .unwrap();
    assert_eq!(generic.span.unwrap().slice(&text), "SQL");
    // Whole-resume counts carry no span.
    for f in r.findings.iter().filter(|f| {
        matches!(
            f.rule,
            "K-CLASS-MISSING" | "K-COUNT" | "K-NO-TESTING" | "K-NO-OBSERVABILITY"
        )
    }) {
        assert!(f.span.is_none(), "{f:?}");
    }
    let keywords = r
        .score
        .parts
        .iter()
        .find(|p| p.category == resume_analyzer::Category::Keywords)
        .unwrap();
    assert!(keywords.score <= 40, "{keywords:?}");
}

#[test]
fn weak_resume_gets_ranked_suggestions() {
    let r = run("keywords/weak.txt", Level::Mid);
    let s = &r.keywords.suggestions;
    assert!(s.len() >= 6, "{s:#?}");
    // The first round has one term per missing class, in class order.
    let first: Vec<SignalClass> = s.iter().take(5).map(|s| s.class).collect();
    assert_eq!(
        first,
        [
            SignalClass::Datastore,
            SignalClass::Distributed,
            SignalClass::Api,
            SignalClass::Observability,
            SignalClass::Cloud
        ]
    );
    for sug in s {
        assert!(!sug.phrasing.is_empty(), "{sug:?}");
        assert!(!sug.placement.is_empty());
        assert!(sug.placement.contains(&Placement::Bullets));
        let term = resume_analyzer::taxonomy::terms()
            .iter()
            .find(|t| t.name() == sug.term)
            .unwrap();
        assert!(term.min_level <= Level::Mid, "{sug:?}");
        assert!(term.is_tier1());
    }
    // A thin summary gets the missing classes' terms too.
    assert_eq!(
        s[0].placement,
        [Placement::Summary, Placement::Skills, Placement::Bullets]
    );
    // K-SUGGEST is advice: it costs nothing.
    assert!(r
        .findings
        .iter()
        .filter(|f| f.rule == "K-SUGGEST")
        .all(|f| f.points == 0 && f.severity == Severity::Info));
}

#[test]
fn suggestions_follow_the_level() {
    let entry = run("keywords/weak.txt", Level::Entry);
    let staff = run("keywords/weak.txt", Level::Staff);
    let level_of = |name: &str| {
        resume_analyzer::taxonomy::terms()
            .iter()
            .find(|t| t.name() == name)
            .unwrap()
            .min_level
    };
    assert!(entry
        .keywords
        .suggestions
        .iter()
        .all(|s| level_of(s.term) == Level::Entry));
    assert_ne!(entry.keywords.suggestions, staff.keywords.suggestions);
}

#[test]
fn summary_is_deterministic_json() {
    let a = serde_json::to_string(&run("keywords/strong.txt", Level::Senior).keywords).unwrap();
    let b = serde_json::to_string(&run("keywords/strong.txt", Level::Senior).keywords).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("\"tier1Distinct\""));
    assert!(a.contains("\"density\":{\"min\":4,\"max\":6}"));
}
