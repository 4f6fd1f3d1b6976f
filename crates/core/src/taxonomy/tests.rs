//! Matcher mechanics. The traps and the seed examples are in `tests/tests/taxonomy.rs`.

use super::*;
use alloc::string::String;
use alloc::vec::Vec;

fn id(name: &str) -> u16 {
    let i = terms().iter().position(|t| t.name() == name);
    u16::try_from(i.unwrap_or_else(|| panic!("no term {name}"))).unwrap()
}

/// (matched text, canonical name) of every hit.
fn hits(text: &str) -> Vec<(&str, &'static str)> {
    find_terms_in(text)
        .into_iter()
        .map(|h| (h.span.slice(text), h.term().name()))
        .collect()
}

fn names(text: &str) -> Vec<&'static str> {
    hits(text).into_iter().map(|(_, n)| n).collect()
}

#[test]
fn table_is_compiled() {
    assert!(terms().len() >= 250, "{} terms", terms().len());
    assert_eq!(terms().len(), TERM_COUNT);
    assert!(
        PATTERNS.windows(2).all(|w| {
            let key = |p: &Pattern| (p.first().to_ascii_lowercase(), core::cmp::Reverse(p.len));
            key(&w[0]) <= key(&w[1])
        }),
        "PATTERNS is sorted by first token, longest first"
    );
    assert_eq!(
        PATTERNS.len(),
        terms().iter().map(|t| t.aliases().len()).sum::<usize>()
    );
    for p in &PATTERNS {
        let alias = term(p.term).alias(p.alias);
        let written: String = p.toks().iter().map(PatTok::text).collect();
        assert!(!p.toks().is_empty() && usize::from(p.len) == p.toks().len());
        assert_eq!(
            written.to_ascii_lowercase(),
            alias.replace([' ', '-'], "").to_ascii_lowercase(),
            "tokens of `{alias}`"
        );
    }
    assert!(GUARDS.windows(2).all(|w| w[0].term < w[1].term));
    for t in terms() {
        let first = t.aliases().next().unwrap_or("");
        assert!(
            first == t.name() || t.name().ends_with(&alloc::format!(" {first}")),
            "{}",
            t.name()
        );
        let count = u8::try_from(t.aliases().len()).unwrap();
        for a in 0..count {
            let s = t.spelling(a);
            assert!(s <= a, "{}: spelling points forward", t.name());
            assert_eq!(t.spelling(s), s, "{}: spelling of a form", t.name());
        }
        assert_eq!(t.spelling(count), count, "{}: out of range", t.name());
        if let (Some(e), Some(i)) = (t.expansion(), t.expansion_alias) {
            assert_eq!(t.alias(i), e);
            assert!(i < count);
        } else {
            assert!(t.expansion().is_none() && t.expansion_alias.is_none());
        }
    }
}

#[test]
fn longest_match_wins_and_hits_do_not_overlap() {
    assert_eq!(
        hits("Spring Boot 3 on Java 21"),
        [("Spring Boot", "Spring Boot"), ("Java", "Java")]
    );
    assert_eq!(
        hits("Apache Kafka and Kafka"),
        [("Apache Kafka", "Kafka"), ("Kafka", "Kafka")]
    );
    assert_eq!(hits("ASP.NET Core"), [("ASP.NET Core", "ASP.NET Core")]);
    assert_eq!(
        hits("SQL injection, SQL Server, SQL"),
        [
            ("SQL injection", "SQL injection"),
            ("SQL Server", "SQL Server"),
            ("SQL", "SQL"),
        ]
    );
    let found = find_terms_in("Postgres, Redis and Kafka");
    assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn hyphen_and_space_are_the_same_separator() {
    assert_eq!(
        names("exactly-once, exactly once"),
        ["exactly-once", "exactly-once"]
    );
    assert_eq!(
        names("at-least-once at least once"),
        ["at-least-once", "at-least-once"]
    );
    assert_eq!(
        names("two-phase commit; two phase commit"),
        ["two-phase commit", "two-phase commit"]
    );
    // A free-standing dash is punctuation, not a joiner.
    assert_eq!(names("circuit - breaker"), Vec::<&str>::new());
}

#[test]
fn glued_aliases_must_be_written_glued() {
    assert_eq!(names("Node.js"), ["Node.js"]);
    assert_eq!(names("node . js"), Vec::<&str>::new());
    // Slashes may carry spaces.
    assert_eq!(names("CI / CD and Pub / Sub"), ["CI/CD", "Pub/Sub"]);
}

#[test]
fn leading_dot_words_split_like_aliases() {
    assert_eq!(names("C#/.NET"), ["C#", ".NET"]);
    assert_eq!(names("C#.NET"), ["C#", ".NET"]);
    assert_eq!(names(".NET 8"), [".NET"]);
    assert_eq!(names("ASP.NET MVC"), ["ASP.NET Core"]);
}

#[test]
fn matches_do_not_cross_line_breaks() {
    assert_eq!(names("error\nbudget"), Vec::<&str>::new());
    // A guard only looks at the same line: `Go` at a line end is not rejected by "To" below.
    assert_eq!(names("Languages: Go\nTo be continued"), ["Go"]);
}

#[test]
fn case_sensitive_aliases() {
    assert_eq!(names("Go"), ["Go"]);
    assert!(names("go").is_empty());
    assert_eq!(names("golang GOLANG"), ["Go", "Go"]);
    assert!(names("the rest").is_empty());
    assert_eq!(names("REST"), ["REST"]);
}

#[test]
fn guards_reject_on_context() {
    assert!(names("Go to market").is_empty());
    assert!(names("Go-to engineer").is_empty());
    assert!(names("Go/No-Go decision").is_empty());
    assert_eq!(names("Go 1.22 services"), ["Go"]);
    assert!(names("built consensus with stakeholders").is_empty());
}

#[test]
fn requires_needs_the_other_term_somewhere() {
    assert!(names("Gin").is_empty());
    assert_eq!(names("Gin handlers in Go"), ["Gin", "Go"]);
    assert_eq!(names("Go services.\nLater: Gin."), ["Go", "Gin"]);
    assert!(names("Spring 2023 internship").is_empty());
    assert_eq!(names("Spring cleaning in Java"), ["Java"]);
    assert_eq!(names("Java on Spring"), ["Java", "Spring Boot"]);
}

#[test]
fn urls_and_emails_never_match() {
    assert!(names("jane@redis.com").is_empty());
    assert!(names("github.com/jane/kafka-demo").is_empty());
    assert!(names("https://golang.org/doc").is_empty());
    assert_eq!(names("jane.dev | Go, Kafka"), ["Go", "Kafka"]);
    assert_eq!(names("Node.js and Vue.js"), ["Node.js", "Vue"]);
}

#[test]
fn spellings_and_expansions() {
    let pg = term(id("PostgreSQL"));
    let a = |s: &str| u8::try_from(pg.aliases().position(|x| x == s).unwrap()).unwrap();
    assert_ne!(pg.spelling(a("Postgres")), pg.spelling(a("PostgreSQL")));
    let wh = term(id("webhooks"));
    assert_eq!(wh.spelling(1), wh.spelling(0));
    let hits = find_terms_in("Amazon Web Services (AWS)");
    assert_eq!(hits.len(), 2);
    assert!(hits[0].is_expansion());
    assert!(!hits[1].is_expansion());
    assert_eq!(hits[1].alias_text(), "AWS");
    let cicd = find_terms_in("Continuous Integration/Continuous Deployment (CI/CD)");
    assert_eq!(cicd.len(), 2);
    assert!(cicd[0].is_expansion() && !cicd[1].is_expansion());
}

#[test]
fn lookup_resolves_names_and_aliases() {
    assert_eq!(lookup("PG"), Some(id("PostgreSQL")));
    assert_eq!(lookup("postgresql"), Some(id("PostgreSQL")));
    assert_eq!(lookup("  golang "), Some(id("Go")));
    assert_eq!(lookup("go"), Some(id("Go")));
    assert_eq!(lookup("exactly once"), Some(id("exactly-once")));
    assert_eq!(lookup("Amazon Web Services"), Some(id("AWS")));
    assert_eq!(lookup("Spring Boot 3"), None);
    assert_eq!(lookup(""), None);
    assert_eq!(lookup("good"), None);
}

#[test]
fn term_never_panics() {
    assert_eq!(term(u16::MAX).name(), "");
    assert_eq!(term(u16::MAX).alias(3), "");
    assert_eq!(term(0).alias(255), "");
}

#[test]
fn classes_helpers() {
    assert_eq!(tier1_classes().len(), 8);
    for &c in tier1_classes() {
        assert!(terms_of(c).any(|(_, t)| t.tier == 1), "{c:?}");
    }
    assert!(terms_of(SignalClass::Counter).all(|(i, t)| term(i).name() == t.name()));
}

#[test]
fn unicode_text_keeps_char_boundaries() {
    let text = "Café — Go’s Kafka→Postgres, naïve Rust; ünïcödé .NET";
    for h in find_terms_in(text) {
        assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
    }
    assert_eq!(names(text), ["Go", "Kafka", "PostgreSQL", "Rust", ".NET"]);
}

#[test]
fn large_text_is_linear_enough() {
    let mut text = String::new();
    while text.len() < 200_000 {
        text.push_str(
            "Built Go services on Kubernetes with Postgres, the rest of the good stuff. ",
        );
    }
    let n = find_terms_in(&text).len();
    assert_eq!(n % 3, 0);
    assert!(n > 6000);
}

/// (matched text, canonical name) of every hit once `spans` are read as Skills lists.
fn with_capitals<'t>(text: &'t str, spans: &[Span]) -> Vec<(&'t str, &'static str)> {
    let tokens = crate::text::tokenize(text);
    let mut found = find_terms(text, &tokens);
    add_capitalised(text, &tokens, spans, &mut found);
    found
        .into_iter()
        .map(|h| (h.span.slice(text), h.term().name()))
        .collect()
}

#[test]
fn a_skills_list_in_capitals_names_its_terms() {
    let text = "GO LIVE IN MARCH\nSKILLS\nGO, PYTHON, KAFKA, REST, POSTGRESQL\n";
    let skills = Span::new(text.find("GO,").unwrap(), text.len());
    assert_eq!(
        with_capitals(text, &[skills]),
        [
            ("GO", "Go"),
            ("PYTHON", "Python"),
            ("KAFKA", "Kafka"),
            ("REST", "REST"),
            ("POSTGRESQL", "PostgreSQL"),
        ]
    );
    // Outside the Skills list, "GO" in capitals stays a word.
    assert!(with_capitals(text, &[]).iter().all(|(w, _)| *w != "GO"));
    // Words in capitals that spell no term, and single letters, add nothing.
    let text = "SKILLS\nAND, IT, A, GO\n";
    let all = Span::new(0, text.len());
    assert_eq!(with_capitals(text, &[all]), [("GO", "Go")]);
}
