//! Job-description match (SPEC §4) on a real-looking backend posting: match rate, missing
//! terms, required vs preferred, spelling mirrors, title match.

use resume_analyzer::assess::matching::TitleStatus;
use resume_analyzer::jd::{JobDescription, Key, Need};
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
    let keys = match resume_analyzer::taxonomy::lookup(name) {
        Some(id) => vec![Key::Term(id)],
        None => vec![
            Key::Lexicon(name.to_ascii_lowercase()),
            Key::Unknown(name.to_ascii_lowercase()),
        ],
    };
    jd.requirements
        .iter()
        .find(|r| r.members.iter().any(|m| keys.contains(&m.key)))
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
    // Technologies outside the taxonomy (the lexicon's, unknown technology-looking words) are
    // terms; the company, places and benefits are not.
    let unknown: Vec<&str> = jd
        .requirements
        .iter()
        .flat_map(|r| &r.members)
        .filter(|m| matches!(m.key, Key::Lexicon(_) | Key::Unknown(_)))
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
    // "Vitess or another sharding layer": one any-of requirement.
    let vitess = missing("Vitess or sharding").unwrap();
    assert!(vitess.canonical.is_none());
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

// --- the corpus: postings of every shape, with their expected requirements ------------------

mod corpus {
    use resume_analyzer::assess::matching::RequirementKind;
    use resume_analyzer::jd::{places, stoplist, vocab, Key};
    use resume_analyzer::jd::{JobDescription, Need};
    use resume_analyzer::{analyze, taxonomy, Options};
    use resume_analyzer_tests::{fixture, fixture_path};
    use serde_json::Value;
    use std::collections::BTreeSet;

    /// A requirement as a comparable value: (required?, sorted member names).
    type Req = (bool, Vec<String>);

    /// The corpus: every `<id>.expect.json` with its posting.
    fn postings() -> Vec<(String, String, Value)> {
        let dir = fixture_path("jd/corpus");
        let mut out = Vec::new();
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let Some(id) = name.strip_suffix(".expect.json") else {
                continue;
            };
            let expect: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let posting = ["md", "txt", "html"]
                .iter()
                .map(|ext| format!("jd/corpus/{id}.{ext}"))
                .find(|rel| fixture_path(rel).exists())
                .unwrap_or_else(|| panic!("{id}: no posting"));
            out.push((id.to_string(), fixture(&posting), expect));
        }
        assert!(out.len() >= 15, "the corpus has {} postings", out.len());
        out
    }

    fn names(item: &Value) -> Vec<String> {
        let mut v: Vec<String> = match item {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a.iter().map(|x| x.as_str().unwrap().to_string()).collect(),
            other => panic!("not a requirement: {other}"),
        };
        v.sort();
        v.dedup();
        v
    }

    fn expected(expect: &Value) -> BTreeSet<Req> {
        let mut out = BTreeSet::new();
        for (key, required) in [("required", true), ("preferred", false)] {
            for item in expect[key].as_array().unwrap() {
                out.insert((required, names(item)));
            }
        }
        out
    }

    fn member_name(key: &Key, written: &str) -> String {
        key.name()
            .map_or_else(|| written.to_string(), str::to_string)
    }

    fn predicted(jd: &JobDescription) -> BTreeSet<Req> {
        jd.requirements
            .iter()
            .map(|r| {
                let mut m: Vec<String> = r
                    .members
                    .iter()
                    .map(|m| member_name(&m.key, &m.written))
                    .collect();
                m.sort();
                m.dedup();
                (r.need != Need::Preferred, m)
            })
            .collect()
    }

    /// The baseline the issue started from: every taxonomy term the posting names is one
    /// required term (kind ignored, as it could not tell).
    fn baseline(text: &str) -> BTreeSet<Vec<String>> {
        taxonomy::find_terms_in(text)
            .iter()
            .map(|h| vec![h.term().name().to_string()])
            .collect()
    }

    struct Tally {
        tp: usize,
        predicted: usize,
        expected: usize,
    }

    impl Tally {
        fn precision(&self) -> f64 {
            self.tp as f64 / self.predicted.max(1) as f64
        }
        fn recall(&self) -> f64 {
            self.tp as f64 / self.expected.max(1) as f64
        }
    }

    #[test]
    fn requirement_precision_and_recall() {
        let mut all = Tally {
            tp: 0,
            predicted: 0,
            expected: 0,
        };
        let mut loose = Tally {
            tp: 0,
            predicted: 0,
            expected: 0,
        };
        let mut groups = Tally {
            tp: 0,
            predicted: 0,
            expected: 0,
        };
        let mut base = Tally {
            tp: 0,
            predicted: 0,
            expected: 0,
        };
        let mut report = String::new();
        for (id, text, expect) in postings() {
            let jd = JobDescription::parse(&text);
            let want = expected(&expect);
            let got = predicted(&jd);
            let tp = want.intersection(&got).count();
            all.tp += tp;
            all.predicted += got.len();
            all.expected += want.len();
            // Kind aside (member sets only).
            let want_sets: BTreeSet<&Vec<String>> = want.iter().map(|r| &r.1).collect();
            let got_sets: BTreeSet<&Vec<String>> = got.iter().map(|r| &r.1).collect();
            loose.tp += want_sets.intersection(&got_sets).count();
            loose.predicted += got_sets.len();
            loose.expected += want_sets.len();
            // Any-of groups only.
            let want_groups: BTreeSet<&Req> = want.iter().filter(|r| r.1.len() > 1).collect();
            let got_groups: BTreeSet<&Req> = got.iter().filter(|r| r.1.len() > 1).collect();
            groups.tp += want_groups.intersection(&got_groups).count();
            groups.predicted += got_groups.len();
            groups.expected += want_groups.len();
            // The baseline.
            let b = baseline(&text);
            base.tp += want_sets.iter().filter(|s| b.contains(**s)).count();
            base.predicted += b.len();
            base.expected += want_sets.len();
            report.push_str(&format!(
                "{id:<28} expected {:>2}  found {:>2}  right {:>2}\n",
                want.len(),
                got.len(),
                tp
            ));
            for r in got.difference(&want) {
                report.push_str(&format!(
                    "    extra   {} {:?}\n",
                    if r.0 { "req" } else { "pref" },
                    r.1
                ));
            }
            for r in want.difference(&got) {
                report.push_str(&format!(
                    "    missed  {} {:?}\n",
                    if r.0 { "req" } else { "pref" },
                    r.1
                ));
            }
        }
        println!("{report}");
        println!(
            "requirements (members and kind): precision {:.1}% ({}/{}), recall {:.1}% ({}/{})",
            100.0 * all.precision(),
            all.tp,
            all.predicted,
            100.0 * all.recall(),
            all.tp,
            all.expected
        );
        println!(
            "requirements (members only):     precision {:.1}%, recall {:.1}%",
            100.0 * loose.precision(),
            100.0 * loose.recall()
        );
        println!(
            "any-of groups:                   precision {:.1}% ({}/{}), recall {:.1}% ({}/{})",
            100.0 * groups.precision(),
            groups.tp,
            groups.predicted,
            100.0 * groups.recall(),
            groups.tp,
            groups.expected
        );
        println!(
            "baseline (every taxonomy hit):   precision {:.1}%, recall {:.1}%",
            100.0 * base.precision(),
            100.0 * base.recall()
        );
        assert!(
            all.precision() >= 0.95,
            "precision {:.3}\n{report}",
            all.precision()
        );
        assert!(all.recall() >= 0.90, "recall {:.3}\n{report}", all.recall());
        assert!(all.precision() > base.precision() && all.recall() > base.recall());
    }

    #[test]
    fn no_place_stop_word_or_company_is_a_term() {
        for (id, text, expect) in postings() {
            let jd = JobDescription::parse(&text);
            let not_terms: Vec<String> = expect["not_terms"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_ascii_lowercase())
                .collect();
            for r in &jd.requirements {
                for m in &r.members {
                    let written = m.written.to_ascii_lowercase();
                    let name = member_name(&m.key, &m.written).to_ascii_lowercase();
                    assert!(
                        !not_terms.contains(&written) && !not_terms.contains(&name),
                        "{id}: {:?} is a term",
                        m.written
                    );
                    if matches!(m.key, Key::Unknown(_)) {
                        assert!(!places::is_place_word(&written), "{id}: place {written:?}");
                        assert!(
                            !stoplist::contains(stoplist::NOT_TECH, &written),
                            "{id}: stop word {written:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn titles_levels_and_frontend_terms() {
        for (id, text, expect) in postings() {
            let jd = JobDescription::parse(&text);
            assert_eq!(jd.title.as_deref(), expect["title"].as_str(), "{id}: title");
            assert_eq!(jd.level.as_deref(), expect["level"].as_str(), "{id}: level");
            let mut counter: Vec<String> = jd
                .requirements
                .iter()
                .filter(|r| r.is_counter())
                .flat_map(|r| r.members.iter().map(|m| member_name(&m.key, &m.written)))
                .collect();
            counter.sort();
            let mut want: Vec<String> = expect["counter"]
                .as_array()
                .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            want.sort();
            assert_eq!(counter, want, "{id}: frontend requirements");
        }
    }

    /// Names the resume has, read the way the matcher reads them (taxonomy and vocabulary).
    fn resume_names(resume: &str) -> BTreeSet<String> {
        let tokens = resume_analyzer::text::tokenize(resume);
        let mut out: BTreeSet<String> = taxonomy::find_terms(resume, &tokens)
            .iter()
            .map(|h| h.term().name().to_string())
            .collect();
        for h in vocab::find(resume, &tokens) {
            out.insert(vocab::entry(h.entry).unwrap().name.to_string());
        }
        out
    }

    #[test]
    fn missing_lists_only_real_requirements_and_groups_are_met_by_one_member() {
        let resume = fixture("jd/resume_backend.txt");
        let has = resume_names(&resume);
        let mut met_groups = 0;
        for (id, text, expect) in postings() {
            let options = Options {
                job_description: Some(text.clone()),
                ..Options::default()
            };
            let r = analyze(&resume, &options).unwrap();
            let m = r.job_match.as_ref().unwrap();
            let want = expected(&expect);
            // Every name the posting really asks for (any member of an expected requirement).
            let real: BTreeSet<&String> = want.iter().flat_map(|r| &r.1).collect();
            // One source for the counts.
            let required = m
                .requirements
                .iter()
                .filter(|q| q.kind == RequirementKind::Required);
            assert_eq!(m.required.total as usize, required.clone().count(), "{id}");
            assert_eq!(
                m.required.met as usize,
                required.filter(|q| q.matched.is_some()).count(),
                "{id}"
            );
            assert_eq!(m.total, m.required.total + m.preferred.total, "{id}");
            assert_eq!(m.matched_count, m.required.met + m.preferred.met, "{id}");
            for q in &m.requirements {
                let mut members = q.members.clone();
                members.sort();
                members.dedup();
                if q.matched.is_none() && !q.counter {
                    assert!(
                        members.iter().all(|n| real.contains(n)),
                        "{id}: missing {:?} is not a requirement",
                        q.label
                    );
                    assert!(
                        q.suggested_place.is_some(),
                        "{id}: {:?} has no place",
                        q.label
                    );
                }
                if q.counter {
                    assert!(
                        q.suggested_place.is_none(),
                        "{id}: frontend {:?} suggested",
                        q.label
                    );
                }
                if members.iter().any(|n| has.contains(n)) {
                    assert!(
                        q.matched.is_some(),
                        "{id}: {:?} is on the resume but unmet",
                        q.label
                    );
                    if members.len() > 1 {
                        met_groups += 1;
                    }
                }
                assert_eq!(q.spans.len(), q.utf16.len());
            }
        }
        println!("any-of groups met by one member on the resume: {met_groups}");
        assert!(met_groups >= 10);
    }

    /// Synonyms, classes and spelling mirrors, end to end.
    #[test]
    fn synonyms_classes_and_spelling() {
        let resume = fixture("jd/resume_backend.txt");
        let jd = "Backend Engineer\n\nRequirements\n- Golang and Postgres\n- k8s\n- Shell scripting\n- Observability\n- A cloud platform\n- Google Cloud\n";
        let options = Options {
            job_description: Some(jd.to_string()),
            ..Options::default()
        };
        let r = analyze(&resume, &options).unwrap();
        let m = r.job_match.unwrap();
        let matched = |label: &str| {
            m.requirements
                .iter()
                .find(|q| q.label.eq_ignore_ascii_case(label))
                .unwrap_or_else(|| panic!("{label}: {:?}", m.requirements))
                .matched
                .clone()
        };
        assert_eq!(matched("Golang").as_deref(), Some("Go"));
        assert_eq!(matched("Postgres").as_deref(), Some("PostgreSQL"));
        assert_eq!(matched("k8s").as_deref(), Some("Kubernetes"));
        assert_eq!(
            matched("Shell scripting").as_deref(),
            Some("shell scripting")
        );
        assert_eq!(matched("Observability").as_deref(), Some("Datadog"));
        assert_eq!(matched("cloud platform").as_deref(), Some("AWS"));
        assert_eq!(matched("Google Cloud"), None);
        let mirrors: Vec<(&str, &str)> = m
            .spelling
            .iter()
            .map(|s| (s.jd.as_str(), s.resume.as_str()))
            .collect();
        assert_eq!(
            mirrors,
            [
                ("Golang", "Go"),
                ("Postgres", "PostgreSQL"),
                ("k8s", "Kubernetes")
            ]
        );
    }
}
