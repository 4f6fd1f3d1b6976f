//! Job-description match (SPEC §4) on a real-looking backend posting: match rate, missing
//! terms, required vs preferred, spelling mirrors, title match.

use resume_analyzer::rules::matching::{JobDescription, Key, Need, TitleStatus};
use resume_analyzer::{analyze, Category, Level, Options, Report, Severity};
use resume_analyzer_tests::fixture;

const JD: &str = "jd/senior_backend_payments.txt";

fn run(resume: &str) -> (String, Report) {
    let text = fixture(resume);
    let options = Options {
        level: Some(Level::Senior),
        job_description: Some(fixture(JD)),
        ..Options::default()
    };
    let report = analyze(&text, &options).expect("fixture analyzes");
    (text, report)
}

/// The need of the requirement naming a term, by canonical name (taxonomy terms) or by
/// spelling (unknown words).
fn need_of(jd: &JobDescription, name: &str) -> Option<Need> {
    let key = match resume_analyzer::taxonomy::lookup(name) {
        Some(id) => Key::Term(id),
        None => Key::Unknown(name.to_ascii_lowercase()),
    };
    jd.requirements
        .iter()
        .find(|r| r.members.iter().any(|m| m.key == key))
        .map(|r| r.need)
}

#[test]
fn reads_the_posting() {
    let jd = JobDescription::parse(&fixture(JD));
    assert_eq!(jd.title.as_deref(), Some("Senior Backend Engineer"));
    assert!(jd.split);
    // Requirements.
    for term in [
        "Golang",
        "PostgreSQL",
        "Kafka",
        "Kubernetes",
        "AWS",
        "idempotency",
    ] {
        assert_eq!(need_of(&jd, term), Some(Need::Required), "{term}");
    }
    // Nice to have (and "is a plus").
    for term in [
        "Terraform",
        "GitHub Actions",
        "Vitess",
        "TigerBeetle",
        "PCI DSS",
    ] {
        assert_eq!(need_of(&jd, term), Some(Need::Preferred), "{term}");
    }
    // Named under "What you'll do" only.
    assert_eq!(need_of(&jd, "gRPC"), Some(Need::Mentioned));
    // Unknown technology-looking words are terms; the company, places and benefits are not.
    let unknown: Vec<&str> = jd
        .requirements
        .iter()
        .flat_map(|r| &r.members)
        .filter(|m| matches!(m.key, Key::Unknown(_)))
        .map(|m| m.written.as_str())
        .collect();
    assert_eq!(unknown, ["Vitess", "TigerBeetle"]);
    for not_a_term in ["Ledgerly", "Berlin", "English", "PTO", "CET", "US", "401k"] {
        assert!(need_of(&jd, not_a_term).is_none(), "{not_a_term}");
    }
    // Golang is one term, spelled the posting's way.
    assert!(jd.mentions(resume_analyzer::taxonomy::lookup("Go").unwrap()));
    assert_eq!(
        jd.spelling_of(resume_analyzer::taxonomy::lookup("Go").unwrap()),
        Some("Golang")
    );
}

#[test]
fn partial_resume_match_rate_and_missing_terms() {
    let (_, r) = run("jd/resume_partial.txt");
    let m = r.job_match.as_ref().expect("a match report");
    assert!(m.split);
    assert!(m.rate < 50, "{}", m.rate);
    assert_eq!(m.matched_count + m.missing.len() as u32, m.total);
    assert_eq!(m.required.total + m.preferred.total, m.total);
    assert_eq!(m.requirements.len() as u32, m.total);
    assert!(m.required.rate > m.preferred.rate);
    let missing = |name: &str| m.missing.iter().find(|t| t.term == name);
    assert_eq!(missing("Kafka").unwrap().need, Need::Required);
    assert_eq!(missing("Kubernetes").unwrap().need, Need::Required);
    assert_eq!(missing("gRPC").unwrap().need, Need::Mentioned);
    assert_eq!(missing("Terraform").unwrap().need, Need::Preferred);
    let vitess = missing("Vitess").unwrap();
    assert!(!vitess.known && vitess.canonical.is_none());
    // Present under another spelling still counts as matched.
    let golang = m.matched.iter().find(|t| t.term == "Golang").unwrap();
    assert_eq!(golang.resume.as_deref(), Some("Go"));
    assert_eq!(golang.canonical, Some("Go"));

    let required = r
        .findings
        .iter()
        .find(|f| f.rule == "J-MISSING-REQUIRED")
        .unwrap();
    assert_eq!(required.severity, Severity::Error);
    assert_eq!(required.category, Category::Match);
    assert!(required.message.contains("Kafka"), "{}", required.message);
    assert!(required.span.is_none());
    let preferred = r
        .findings
        .iter()
        .find(|f| f.rule == "J-MISSING-PREFERRED")
        .unwrap();
    assert!(
        preferred.message.contains("Vitess"),
        "{}",
        preferred.message
    );
    // Required terms cost more than preferred ones.
    assert!(required.points > preferred.points);
}

#[test]
fn spelling_mirrors_golang_and_postgresql() {
    let (text, r) = run("jd/resume_partial.txt");
    let m = r.job_match.as_ref().unwrap();
    let pairs: Vec<(&str, &str)> = m
        .spelling
        .iter()
        .map(|s| (s.jd.as_str(), s.resume.as_str()))
        .collect();
    assert_eq!(pairs, [("Golang", "Go"), ("PostgreSQL", "Postgres")]);
    let findings: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "J-SPELLING")
        .collect();
    assert_eq!(findings.len(), 2);
    let at: Vec<&str> = findings
        .iter()
        .map(|f| f.span.unwrap().slice(&text))
        .collect();
    assert_eq!(at, ["Go", "Postgres"]);
    assert!(findings[0].fix.contains("\"Golang\""));
    assert!(findings[1].fix.contains("\"PostgreSQL\""));
    // The span's UTF-16 twin is filled in for the page.
    assert!(findings.iter().all(|f| f.utf16.is_some()));
}

#[test]
fn title_match() {
    let (text, partial) = run("jd/resume_partial.txt");
    let t = &partial.job_match.as_ref().unwrap().title;
    assert_eq!(t.jd.as_deref(), Some("Senior Backend Engineer"));
    assert_eq!(t.resume.as_deref(), Some("Backend Developer"));
    assert_eq!(t.status, TitleStatus::Close);
    let f = partial
        .findings
        .iter()
        .find(|f| f.rule == "J-TITLE")
        .unwrap();
    assert_eq!(f.span.unwrap().slice(&text), "Backend Developer");

    let (_, full) = run("jd/resume_full.txt");
    assert_eq!(
        full.job_match.as_ref().unwrap().title.status,
        TitleStatus::Exact
    );
    assert!(!full.findings.iter().any(|f| f.rule == "J-TITLE"));

    // A creative title is a different title (seed 003: iCIMS, SmartRecruiters).
    let creative = "Sam Park\nCode Ninja Engineer\n\nExperience\n- Built Golang services on PostgreSQL for 3 teams.\n";
    let options = Options {
        level: Some(Level::Senior),
        job_description: Some(fixture(JD)),
        ..Options::default()
    };
    let r = analyze(creative, &options).unwrap();
    let f = r.findings.iter().find(|f| f.rule == "J-TITLE").unwrap();
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn a_resume_with_everything_scores_high() {
    let (_, r) = run("jd/resume_full.txt");
    let m = r.job_match.as_ref().unwrap();
    assert_eq!(m.rate, 100, "missing: {:?}", m.missing);
    assert!(m.missing.is_empty());
    assert!(m.spelling.is_empty(), "{:?}", m.spelling);
    assert!(!r.findings.iter().any(|f| f.rule.starts_with("J-")));
    let part = r
        .score
        .parts
        .iter()
        .find(|p| p.category == Category::Match)
        .unwrap();
    assert_eq!(part.score, 100);
}

#[test]
fn match_score_traces_to_findings() {
    let (_, r) = run("jd/resume_partial.txt");
    let part = r
        .score
        .parts
        .iter()
        .find(|p| p.category == Category::Match)
        .unwrap();
    let lost: u32 = r
        .findings
        .iter()
        .filter(|f| f.category == Category::Match)
        .map(|f| f.points)
        .sum();
    assert_eq!(part.lost, lost.min(100));
    assert_eq!(part.score, 100 - part.lost);
}

#[test]
fn no_job_description_no_match() {
    let text = fixture("jd/resume_partial.txt");
    let r = analyze(
        &text,
        &Options {
            level: Some(Level::Senior),
            ..Options::default()
        },
    )
    .unwrap();
    assert!(r.job_match.is_none());
    assert!(!r.findings.iter().any(|f| f.rule.starts_with("J-")));
}

#[test]
fn match_report_json_is_deterministic() {
    let (_, a) = run("jd/resume_partial.txt");
    let (_, b) = run("jd/resume_partial.txt");
    let a = serde_json::to_string(&a.job_match).unwrap();
    let b = serde_json::to_string(&b.job_match).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("\"jd\":\"Golang\",\"resume\":\"Go\""), "{a}");
}
