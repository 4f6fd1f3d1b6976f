//! Precision of every F-* and K-* rule on real-looking cases: for each rule, positive cases
//! (the rule must fire) next to negative cases of the kinds a hand audit of real resumes found
//! it firing on wrongly (K-DENSITY on stack lines and prose, F-LENGTH from blank lines and front
//! matter, F-HEADING on front-matter keys and a bold label inside a job, F-SKILLS-DUMP on
//! labelled tables, K-NO-TESTING on "automatic tests", K-CLASS-MISSING on OpenLDAP access
//! control, K-COUNTER on "Angular Scale Surveyor", …).
//!
//! Prints a precision table (`--nocapture`) and fails when a rule's precision on its cases is
//! under 95% or a positive case does not fire. F-DATES is measured with the dates work, not
//! here.

use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{analyze_with_layout, Level, Options, Report};

/// A clean senior backend resume: no formatting hazard, every signal class present.
const BASE: &str = "Jane Doe
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
- Added OAuth 2.0 token checks to 14 gRPC endpoints and integration tests with pytest, blocking 3 auth regressions.
Backend Engineer, Globex
Mar 2016 - Dec 2019
- Sharded the Postgres orders table on tenant_id, cutting p95 query time from 1.2s to 70ms for 40M rows.
- Instrumented 9 Go services with OpenTelemetry and Datadog, defining a 99.95% availability SLO.

Education
B.S. Computer Science, University of Washington, 2015
";

/// One case: a text (and layout), whether `rule` must fire on it, and optionally the words the
/// finding's message must contain (positives) or must not contain (negatives) when a rule
/// speaks about several things (K-CLASS-MISSING's classes, K-DENSITY's classes).
struct Case {
    rule: &'static str,
    fires: bool,
    about: Option<&'static str>,
    what: &'static str,
    text: String,
    layout: LayoutFacts,
    level: Option<Level>,
}

fn case(rule: &'static str, fires: bool, what: &'static str, text: impl Into<String>) -> Case {
    Case {
        rule,
        fires,
        about: None,
        what,
        text: text.into(),
        layout: LayoutFacts::default(),
        level: None,
    }
}

impl Case {
    fn about(mut self, words: &'static str) -> Case {
        self.about = Some(words);
        self
    }
    fn layout(mut self, layout: LayoutFacts) -> Case {
        self.layout = layout;
        self
    }
    fn level(mut self, level: Level) -> Case {
        self.level = Some(level);
        self
    }
}

/// BASE with `from` replaced by `to` (panics when `from` is missing, so a case cannot
/// silently test the unchanged resume).
fn base_with(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    BASE.replacen(from, to, 1)
}

/// BASE with its Skills body replaced.
fn skills(body: &str) -> String {
    let start = BASE.find("Skills\n").unwrap() + "Skills\n".len();
    let end = BASE.find("\nExperience\n").unwrap();
    format!("{}{}\n{}", &BASE[..start], body, &BASE[end..])
}

/// BASE with its Experience body replaced.
fn experience(body: &str) -> String {
    let start = BASE.find("Experience\n").unwrap() + "Experience\n".len();
    let end = BASE.find("\nEducation\n").unwrap();
    format!("{}{}\n{}", &BASE[..start], body, &BASE[end..])
}

fn layout(f: impl FnOnce(&mut LayoutFacts)) -> LayoutFacts {
    let mut l = LayoutFacts::default();
    f(&mut l);
    l
}

fn cases() -> Vec<Case> {
    let long_words = |n: usize| -> String {
        let mut text = BASE.to_string();
        let mut i = 0;
        while resume_words(&text) < n {
            text.push_str(&format!(
                "- Maintained internal tool number {i} for the finance team with weekly releases.\n"
            ));
            i += 1;
        }
        text
    };
    let spread_out = {
        let mut t =
            String::from("---\nheader: Jane Doe\noutputs: pdf\ngeometry: margin=2cm\n---\n");
        for line in BASE.lines() {
            t.push_str(line);
            t.push_str("\n\n\n");
        }
        t
    };
    vec![
        // ---------------------------------------------------------------- F-CONTACT
        case("F-CONTACT", true, "no phone", base_with("+1 (555) 123-4567 | ", "")).about("phone"),
        case("F-CONTACT", true, "no LinkedIn", base_with("linkedin.com/in/janedoe | ", "")).about("LinkedIn"),
        case("F-CONTACT", false, "every detail", BASE),
        case("F-CONTACT", false, "a European phone", base_with("+1 (555) 123-4567", "+46 70 123 45 67")).about("phone"),
        case("F-CONTACT", false, "a full LinkedIn URL", base_with("linkedin.com/in/janedoe", "https://www.linkedin.com/in/jane-doe-123/")).about("LinkedIn"),
        // ---------------------------------------------------------------- F-EXTRAS
        case("F-EXTRAS", true, "date of birth", base_with("Seattle, WA\n\nSummary", "Seattle, WA\nDate of birth: 12.03.1990\n\nSummary")),
        case("F-EXTRAS", true, "references line", format!("{BASE}\nReferences available upon request.\n")),
        case("F-EXTRAS", false, "clean", BASE),
        case("F-EXTRAS", false, "a references service in a bullet", base_with("- Sharded the Postgres", "- Built the references service that resolves 2M citations a day.\n- Sharded the Postgres")),
        // ---------------------------------------------------------------- F-GLYPHS
        case("F-GLYPHS", true, "emoji bullets", BASE.replace("\n- ", "\n🚀 ")),
        case("F-GLYPHS", false, "arrows and plus signs in text", base_with("from 480ms to 110ms", "480ms → 110ms (C++ client)")),
        case("F-GLYPHS", false, "clean", BASE),
        // ---------------------------------------------------------------- F-HEADING
        case("F-HEADING", true, "Tech Arsenal", base_with("\nSkills\n", "\nTech Arsenal\n")),
        case("F-HEADING", true, "Where I've Built Things", base_with("\nExperience\n", "\nWhere I've Built Things\n")),
        case("F-HEADING", true, "Academic Journey", base_with("\nEducation\n", "\n## Academic Journey\n")),
        case("F-HEADING", false, "front-matter keys", format!("---\nheader: Jane Doe\noutputs: pdf\n---\n{BASE}")),
        case("F-HEADING", false, "a bold label inside a job", base_with("Mar 2016 - Dec 2019\n", "Mar 2016 - Dec 2019\n**Roles:**\n")),
        case("F-HEADING", false, "extra sections", format!("{BASE}\nTeaching\nTA for CS 101, 2014.\n\nTalks\nQCon 2023: idempotency at scale.\n")),
        case("F-HEADING", false, "standard names in capitals", base_with("\nSkills\n", "\nTECHNICAL SKILLS\n")),
        // ---------------------------------------------------------------- F-HEADER-CONTACT
        case("F-HEADER-CONTACT", true, "contact only in the page header",
            base_with("jane.doe@example.com | +1 (555) 123-4567 | ", ""))
            .layout(layout(|l| l.header_footer_text = vec!["jane.doe@example.com · +1 (555) 123-4567".into()])),
        case("F-HEADER-CONTACT", false, "contact in the body too", BASE)
            .layout(layout(|l| l.header_footer_text = vec!["jane.doe@example.com".into()])),
        // ---------------------------------------------------------------- F-IDENTITY
        case("F-IDENTITY", true, "full-stack headline", base_with("Senior Backend Engineer\njane", "Full-Stack Developer\njane")),
        case("F-IDENTITY", false, "backend headline", BASE),
        // ---------------------------------------------------------------- F-IMAGE
        case("F-IMAGE", true, "images in the file", BASE).layout(layout(|l| l.images = 3)),
        case("F-IMAGE", false, "no images", BASE),
        // ---------------------------------------------------------------- F-LENGTH
        case("F-LENGTH", true, "two pages at 3 years", long_words(800).replace("Mar 2016 - Dec 2019", "Mar 2023 - Dec 2023").replace("Jan 2020 - Present", "Jan 2024 - Present")),
        case("F-LENGTH", true, "a 3-page file", BASE).layout(layout(|l| l.pages = Some(3))),
        case("F-LENGTH", false, "one page spread over blank lines and front matter", spread_out.clone()),
        case("F-LENGTH", false, "556 words", long_words(556).replace("Maintained internal tool", "Kept tool")),
        case("F-LENGTH", false, "a one-page file", BASE).layout(layout(|l| l.pages = Some(1))),
        // ---------------------------------------------------------------- F-MISSING-SECTION
        case("F-MISSING-SECTION", true, "no Skills", {
            let start = BASE.find("Skills\n").unwrap();
            let end = BASE.find("\nExperience\n").unwrap();
            format!("{}{}", &BASE[..start], &BASE[end + 1..])
        }).about("Skills"),
        case("F-MISSING-SECTION", true, "no Education", BASE.split("\nEducation\n").next().unwrap().to_string()).about("Education"),
        case("F-MISSING-SECTION", false, "standard sections with variants", base_with("\nSkills\n", "\nTechnical Skills\n").replace("\nExperience\n", "\nWork Experience\n")),
        // ---------------------------------------------------------------- F-NO-BULLETS
        case("F-NO-BULLETS", true, "roles with nothing under them", experience("Senior Backend Engineer, Acme Payments\nJan 2020 - Present\nBackend Engineer, Globex\nMar 2016 - Dec 2019\n")),
        case("F-NO-BULLETS", false, "prose whose sentences state work (graded, F-PROSE's)", experience("Backend Engineer, Acme, 2020 - Present\nI built the service that accepts event uploads over HTTP and writes them to S3, and it now takes in about 3 billion events a month. I also cut the Snowflake spend by 30% by rewriting the merge jobs.\n")),
        case("F-NO-BULLETS", true, "no experience at all", "Jane Doe\njane@example.com\n\nSkills\nGo, Python\n"),
        case("F-NO-BULLETS", false, "bullets", BASE),
        case("F-NO-BULLETS", false, "numbered bullets", BASE.replace("\n- ", "\n1. ")),
        // ---------------------------------------------------------------- F-NO-TEXT
        case("F-NO-TEXT", true, "a scan", "Page 1").layout(layout(|l| l.no_text_layer = true)),
        case("F-NO-TEXT", false, "a text PDF", BASE).layout(layout(|l| l.pages = Some(1))),
        // ---------------------------------------------------------------- F-PROSE
        case("F-PROSE", true, "experience as paragraphs", experience("Backend Engineer, Acme, 2020 - Present\nI built the service that accepts event uploads over HTTP and writes them to S3, and it now takes in about 3 billion events a month. I also cut the Snowflake spend by 30% by rewriting the merge jobs.\n")),
        case("F-PROSE", false, "bullets", BASE),
        case("F-PROSE", false, "a prose summary over bullets", base_with("Owns Postgres, Redis and Kafka stacks at 30k RPS sustained with p99 latency under 50ms.", "I have owned Postgres, Redis and Kafka stacks at 30k RPS sustained, and I care about quiet pagers and correct data.")),
        // ---------------------------------------------------------------- F-SKILL-BARS
        case("F-SKILL-BARS", true, "dot ratings", skills("Go ●●●●○\nPython ●●●○○\nRust ●●○○○")),
        case("F-SKILL-BARS", false, "versions in skills", skills("Languages: Go 1.22, Python 3.12, Java 21\nDatastores: PostgreSQL 16, Redis 7")),
        case("F-SKILL-BARS", false, "clean", BASE),
        // ---------------------------------------------------------------- F-SKILLS-DUMP
        case("F-SKILLS-DUMP", true, "60-item dump", skills(&(0..60).map(|i| format!("Tool{i}")).collect::<Vec<_>>().join(", "))),
        case("F-SKILLS-DUMP", true, "35 flat items", skills(&(0..35).map(|i| format!("Tool{i}")).collect::<Vec<_>>().join(", "))),
        case("F-SKILLS-DUMP", false, "a labelled Markdown table", skills("| Area | Tools |\n|---|---|\n| Languages | Go, Python, SQL |\n| Datastores | PostgreSQL, Redis, Kafka |\n| Cloud | AWS, Terraform, Docker |\n| Observability | Prometheus, Grafana, OpenTelemetry |")).about("flat"),
        case("F-SKILLS-DUMP", false, "labelled groups a PDF reader split with tabs", skills("Languages\tGo, Python, SQL, Rust\nDatastores\tPostgreSQL, Redis, Kafka, S3\nCloud\tAWS, Terraform, Docker, Kubernetes")).about("flat"),
        case("F-SKILLS-DUMP", false, "grouped list in range", BASE),
        // ---------------------------------------------------------------- F-SUMMARY
        case("F-SUMMARY", true, "an objective", base_with("\nSummary\n", "\nObjective\n")).about("Objective"),
        case("F-SUMMARY", false, "a two-line summary", BASE),
        // ---------------------------------------------------------------- F-TABLE
        case("F-TABLE", true, "a Markdown table of roles", experience("| Role | Company | Dates |\n|---|---|---|\n| Senior Backend Engineer | Acme | 2020 - Present |\n| Backend Engineer | Globex | 2016 - 2019 |\n- Cut p99 latency of the orders API from 480ms to 110ms by adding a Redis cache.")),
        case("F-TABLE", true, "a two-column PDF", BASE).layout(layout(|l| {
            l.columns = 2;
            l.column_evidence = vec!["page 1: text in 2 columns".into()];
        })),
        case("F-TABLE", false, "pipes between contact details", BASE),
        // ---------------------------------------------------------------- F-TEXTBOX
        case("F-TEXTBOX", true, "text boxes", BASE).layout(layout(|l| l.text_boxes = 2)),
        case("F-TEXTBOX", false, "none", BASE),
        // ---------------------------------------------------------------- F-TOO-SHORT
        case("F-TOO-SHORT", true, "abc", "abc"),
        case("F-TOO-SHORT", true, "twenty words", "Jane Doe, backend engineer. I write Go and Python services and like databases. Looking for a new role soon, thanks."),
        case("F-TOO-SHORT", false, "a resume", BASE),
        // ---------------------------------------------------------------- F-TOO-LONG
        case("F-TOO-LONG", true, "pasted 40 times", BASE.repeat(40)),
        case("F-TOO-LONG", false, "pasted twice", BASE.repeat(2)),
        case("F-TOO-LONG", false, "a two-page file", BASE).layout(layout(|l| l.pages = Some(2))),
        // ---------------------------------------------------------------- K-ACRONYM
        case("K-ACRONYM", true, "AWS never spelled out", BASE),
        case("K-ACRONYM", false, "AWS spelled out", BASE.replace("on AWS and EKS", "on Amazon Web Services (AWS) and Amazon Elastic Kubernetes Service (EKS)").replace("GitHub Actions", "GitHub Actions (continuous integration)")).about("AWS"),
        // ---------------------------------------------------------------- K-CLASS-MISSING
        case("K-CLASS-MISSING", true, "no security at all", BASE.replace("Added OAuth 2.0 token checks to", "Added request validation to").replace(" auth regressions", " regressions")).about("security"),
        case("K-CLASS-MISSING", true, "no datastore", "Experience\n- Built Python services that cut costs 20% for 3 teams.\n").about("datastore"),
        case("K-CLASS-MISSING", false, "OpenLDAP access control", BASE.replace("Added OAuth 2.0 token checks to", "Ran OpenLDAP access control for").replace(" auth regressions", " regressions")).about("security"),
        case("K-CLASS-MISSING", false, "Riak as the datastore", "Experience\n- Built a file server on Riak serving 2 TB of scans to 300 clinics.\n").about("datastore"),
        case("K-CLASS-MISSING", false, "a TCP/IP server", "Experience\n- Wrote a multi-threaded TCP/IP server in C handling 5,000 connections.\n").about("API"),
        // ---------------------------------------------------------------- K-COUNT
        case("K-COUNT", true, "few terms for a senior", "Summary\nBackend engineer.\n\nExperience\n- Built Go services for 3 teams, cutting costs 20%.\n").level(Level::Senior),
        case("K-COUNT", false, "a senior resume with 25+ terms", BASE),
        // ---------------------------------------------------------------- K-COUNTER
        case("K-COUNTER", true, "React and Redux in skills", skills("Languages: Go, Python\nFrontend: React, Redux, jQuery\nDatastores: PostgreSQL, Redis")),
        case("K-COUNTER", true, "jQuery in a bullet", base_with("- Sharded the Postgres", "- Rebuilt the admin pages with jQuery for 3 teams.\n- Sharded the Postgres")),
        case("K-COUNTER", false, "the Angular Scale Surveyor", base_with("- Sharded the Postgres", "- Wrote the ingest pipeline for the Angular Scale Surveyor, 2 TB of scans a night.\n- Sharded the Postgres")),
        case("K-COUNTER", false, "a game named Doom Redux", base_with("- Sharded the Postgres", "- Built the matchmaking server for Doom Redux in Go, serving 40k players.\n- Sharded the Postgres")),
        case("K-COUNTER", false, "an Adjacent line", skills("Languages: Go, Python\nAdjacent: React, Tailwind\nDatastores: PostgreSQL, Redis")),
        // ---------------------------------------------------------------- K-DENSITY
        case("K-DENSITY", true, "one datastore mention in the work", "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 latency 40%.\n").about("Datastore"),
        case("K-DENSITY", false, "every project has a stack line", "Projects\nledger\nStack: Go, Python, PostgreSQL\n- Built a double-entry ledger, cutting reconciliation from 3h to 20m.\nkvstore\nStack: Go, Rust\n- Wrote a replicated store passing 40 fault-injection tests.\ncache\nStack: Go, Redis\n- Cut p99 latency from 900ms to 80ms with a read-through cache.\n").about("Language"),
        case("K-DENSITY", false, "experience in prose naming C, C++ and Python", experience("Engineer, Acme, 2018 - Present\nI wrote telemetry services in C, C++ and Python that take in data from 40 ground stations and store it in PostgreSQL for the science teams.\n")).about("Language"),
        // ---------------------------------------------------------------- K-GENERIC-ONLY
        case("K-GENERIC-ONLY", true, "SQL and NoSQL only", "Experience\n- Worked with SQL and NoSQL databases for 3 teams, cutting costs 20%.\n"),
        case("K-GENERIC-ONLY", false, "named datastores", BASE),
        // ---------------------------------------------------------------- K-NO-OBSERVABILITY
        case("K-NO-OBSERVABILITY", true, "nothing about running services", "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting costs 20%.\n"),
        case("K-NO-OBSERVABILITY", false, "monitoring and alerting named", "Experience\n- Set up monitoring and alerting for 12 Go services on PostgreSQL, cutting missed incidents by half.\n"),
        case("K-NO-OBSERVABILITY", false, "Prometheus", BASE),
        case("K-NO-OBSERVABILITY", true, "an admin dashboard is a feature, not monitoring", "Experience\n- Built the admin dashboard and price alerts for 30 clients on PostgreSQL.\n"),
        // ---------------------------------------------------------------- K-NO-TESTING
        case("K-NO-TESTING", true, "no testing at all", "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting costs 20%.\n").level(Level::Senior),
        case("K-NO-TESTING", false, "automatic tests", "Experience\n- Wrote automatic tests for the billing API in Go, catching 12 regressions a quarter.\n").level(Level::Senior),
        case("K-NO-TESTING", false, "smoke testing", "Experience\n- Ran smoke testing after every deploy of the 14 Go services on PostgreSQL.\n").level(Level::Senior),
        case("K-NO-TESTING", false, "pytest", BASE),
        // ---------------------------------------------------------------- K-PLACEMENT
        case("K-PLACEMENT", true, "a summary naming one term", base_with("Senior Backend Engineer with 9 years building Go and Python services on AWS and EKS.\nOwns Postgres, Redis and Kafka stacks at 30k RPS sustained with p99 latency under 50ms.", "Backend engineer who likes Go.")).about("summary"),
        case("K-PLACEMENT", false, "no summary at all (F-SUMMARY's)", {
            let start = BASE.find("Summary\n").unwrap();
            let end = BASE.find("\nSkills\n").unwrap();
            format!("{}{}", &BASE[..start], &BASE[end + 1..])
        }).about("summary"),
        case("K-PLACEMENT", false, "a summary with 7 terms", base_with("Senior Backend Engineer with 9 years building Go and Python services on AWS and EKS.\nOwns Postgres, Redis and Kafka stacks at 30k RPS sustained with p99 latency under 50ms.", "Senior Backend Engineer with 9 years building Go and Python services on AWS.\nOwns Postgres, Redis and Kafka stacks with p99 latency under 50ms.")).about("summary"),
        case("K-PLACEMENT", true, "a summary with 12 terms", base_with("Owns Postgres, Redis and Kafka stacks", "Owns Postgres, Redis, MySQL, DynamoDB, Cassandra and Kafka stacks")).about("summary"),
        // ---------------------------------------------------------------- K-STUFFING
        case("K-STUFFING", true, "Kafka in every bullet", experience("Engineer, Acme\nJan 2020 - Present\n- Built Kafka consumers in Go for billing, 12k events/sec.\n- Tuned Kafka partitions for orders, cutting lag 40%.\n- Moved Kafka topics to tiered storage, saving $8k/month.\n- Wrote Kafka connectors for PostgreSQL CDC for 3 teams.\n- Ran Kafka upgrades across 5 clusters with zero downtime.")),
        case("K-STUFFING", false, "terms spread across bullets", BASE),
        // ---------------------------------------------------------------- K-UNPROVEN
        case("K-UNPROVEN", true, "Rust listed, shown nowhere", BASE).about("Rust"),
        case("K-UNPROVEN", false, "Go shown in a project's stack line", format!("{}\nProjects\nledger\nStack: Rust, PostgreSQL\n- Built a double-entry ledger, cutting reconciliation from 3h to 20m.\n", BASE)).about("Rust"),
        // ---------------------------------------------------------------- K-MISSPELLED
        case("K-MISSPELLED", true, "Postgress in a skills line", base_with("Datastores: PostgreSQL,", "Datastores: Postgress,")).about("Postgress"),
        case("K-MISSPELLED", true, "Kuberentes in a skills line", base_with("GitHub Actions, Kubernetes", "GitHub Actions, Kuberentes")).about("Kubernetes"),
        case("K-MISSPELLED", true, "Elasticsearh in a bullet", base_with("adding a Redis cache.", "adding a Redis cache and an Elasticsearh index.")).about("Elasticsearch"),
        case("K-MISSPELLED", true, "Javascipt and Dokcer in a skills list", skills("Languages: Go, Python, Javascipt\nTools: Dokcer, Terraform, GitHub Actions")).about("Docker"),
        case("K-MISSPELLED", true, "Graphana in capitals", skills("Languages: GO, PYTHON\nObservability: PROMETHEUS, GRAPHANA")).about("Grafana"),
        case("K-MISSPELLED", false, "correct names", BASE),
        case("K-MISSPELLED", false, "English words near technology names", base_with("adding a Redis cache.", "adding a Redis cache; scaled the string parser, fixed a fault in spring config reloads.")),
        case("K-MISSPELLED", false, "Mongo DB, Postgres, GoLand", skills("Datastores: Postgres, Mongo DB, Redis\nTools: GoLand, Vault, Spring Boot, Scala")),
        case("K-MISSPELLED", false, "a misspelled name inside a link", base_with("github.com/janedoe", "github.com/janedoe/postgress-tools")),
        case("K-MISSPELLED", false, "a redistributable and a person's name", base_with("adding a Redis cache.", "adding a Redis cache; shipped the VC++ redist with the installer and mentored Casandra, our intern.")),
        // ---------------------------------------------------------------- K-VARIANTS
        case("K-VARIANTS", true, "Postgres and PostgreSQL", BASE),
        case("K-VARIANTS", false, "one spelling", BASE.replace("Postgres ", "PostgreSQL ").replace("Owns Postgres,", "Owns PostgreSQL,")),
        case("K-VARIANTS", false, "an acronym spelled out beside it", BASE.replace("Postgres ", "PostgreSQL ").replace("Owns Postgres,", "Owns PostgreSQL,").replace("on AWS and EKS", "on Amazon Web Services (AWS) and EKS")),
    ]
}

fn resume_words(text: &str) -> usize {
    analyze_with_layout(text, &Options::default(), &LayoutFacts::default())
        .map(|r| r.input.words)
        .unwrap_or(0)
}

fn report(c: &Case) -> Report {
    let options = Options {
        level: c.level,
        ..Options::default()
    };
    analyze_with_layout(&c.text, &options, &c.layout)
        .unwrap_or_else(|e| panic!("{} {}: {e}", c.rule, c.what))
}

/// Whether the case's rule fired (about the case's subject, when it names one).
fn fired(c: &Case, r: &Report) -> bool {
    r.findings
        .iter()
        .filter(|f| f.rule == c.rule)
        .any(|f| c.about.is_none_or(|w| f.message.contains(w)))
}

#[test]
fn every_format_and_keyword_rule_is_precise_on_its_cases() {
    let cases = cases();
    let mut rules: Vec<&str> = cases.iter().map(|c| c.rule).collect();
    rules.sort_unstable();
    rules.dedup();
    // Every F-* and K-* rule has cases (F-DATES belongs to the dates work).
    for meta in resume_analyzer::rules::all_meta() {
        if (meta.id.starts_with("F-") || meta.id.starts_with("K-"))
            && meta.id != "F-DATES"
            && meta.id != "K-SUGGEST"
        {
            assert!(
                rules.contains(&meta.id),
                "{} has no precision cases",
                meta.id
            );
        }
    }
    let mut failures = Vec::new();
    println!(
        "{:<20} {:>4} {:>4} {:>4} {:>4} {:>10}",
        "rule", "TP", "FP", "TN", "FN", "precision"
    );
    for rule in rules {
        let (mut tp, mut fp, mut tn, mut fneg) = (0, 0, 0, 0);
        for c in cases.iter().filter(|c| c.rule == rule) {
            let r = report(c);
            match (c.fires, fired(c, &r)) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    let got: Vec<&str> = r
                        .findings
                        .iter()
                        .filter(|f| f.rule == rule)
                        .map(|f| f.message.as_str())
                        .collect();
                    failures.push(format!("{rule} fired on {}: {got:?}", c.what));
                }
                (false, false) => tn += 1,
                (true, false) => {
                    fneg += 1;
                    failures.push(format!("{rule} did not fire on {}", c.what));
                }
            }
        }
        let precision = if tp + fp == 0 {
            100.0
        } else {
            100.0 * tp as f64 / (tp + fp) as f64
        };
        println!("{rule:<20} {tp:>4} {fp:>4} {tn:>4} {fneg:>4} {precision:>9.1}%");
        if precision < 95.0 {
            failures.push(format!("{rule}: precision {precision:.1}% < 95%"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// "Terms to add" never lists a term the resume has, and each says where it would go.
#[test]
fn suggestions_never_name_a_term_the_resume_has() {
    let texts = [
        BASE.to_string(),
        "Summary\nBackend engineer who ships.\n\nSkills\nPython, Cassandra, Postgres, k8s\n\n\
         Experience\n- Built Python services for 3 teams, cutting costs 20%.\n\
         - Wrote REST endpoints used by 40 clients.\n"
            .to_string(),
        experience("Engineer, Acme, 2020 - Present\n- Ran OpenLDAP for 400 staff.\n"),
    ];
    let mut checked = 0;
    for text in &texts {
        let r = analyze_with_layout(text, &Options::default(), &LayoutFacts::default()).unwrap();
        let found: Vec<&str> = r
            .keywords
            .classes
            .iter()
            .flat_map(|c| c.terms.iter().copied())
            .collect();
        for s in &r.keywords.suggestions {
            checked += 1;
            assert!(
                !found.contains(&s.term),
                "suggested {} which the resume has",
                s.term
            );
            assert!(
                !text.to_lowercase().contains(&s.term.to_lowercase()),
                "suggested {} which the text names",
                s.term
            );
            assert!(!s.placement.is_empty(), "{}", s.term);
        }
        for f in r.findings.iter().filter(|f| f.rule == "K-SUGGEST") {
            assert!(f.message.contains("it would go in"), "{}", f.message);
        }
    }
    assert!(checked > 0, "no suggestion was checked");
}
