//! What the benches share: the sample texts, the resume-like text generator, the pathological
//! inputs, and the unbounded pipeline used past [`resume_analyzer::MAX_INPUT_BYTES`].
//!
//! Each bench binary includes this file as `mod common;`, and not every binary uses every item.
#![allow(dead_code)]

use resume_analyzer::input::Source;
use resume_analyzer::jd::JobDescription;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{Document, InputFormat, Options, Report};
use std::fmt::Write as _;

/// The page's sample resume (`www/app.js`'s `SAMPLE_RESUME`, copied): one page, 1.9 KB.
pub const ONE_PAGE: &str = include_str!("../../../../tests/bench/texts/one-page.md");
/// A staff engineer's two-page resume (5.1 KB, 37 bullets, 4 roles).
pub const TWO_PAGE: &str = include_str!("../../../../tests/bench/texts/two-page.md");
/// The job description of the "JD case" (the two-page resume against it).
pub const JD: &str = include_str!("../../../../tests/fixtures/jd/senior_backend_payments.txt");
/// A LaTeX resume (Jake's template), for the LaTeX reader.
pub const LATEX: &str = include_str!("../../../../tests/fixtures/inputs/jakes.tex");

/// The three resume cases every bench reports: name, text, options.
pub fn resume_cases() -> Vec<(&'static str, &'static str, Options)> {
    let jd = Options {
        job_description: Some(JD.into()),
        ..Options::default()
    };
    vec![
        ("one-page", ONE_PAGE, Options::default()),
        ("two-page", TWO_PAGE, Options::default()),
        ("two-page+jd", TWO_PAGE, jd),
    ]
}

/// The size series, in bytes: 1 KB to 10 MB, ×4 steps (10 MB ends it).
pub const SIZES: &[usize] = &[
    1 << 10,
    4 << 10,
    16 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    2 << 20,
    4 << 20,
    10 << 20,
];

/// Run the whole pipeline the way [`resume_analyzer::analyze`] does for plain text, minus the
/// input checks that refuse what is not a resume: more than [`resume_analyzer::MAX_INPUT_BYTES`]
/// (2 MB) or [`resume_analyzer::MAX_INPUT_LINES`] (10,000) lines of text, or a job description
/// over [`resume_analyzer::MAX_JD_BYTES`] (128 KB).
///
/// The product refuses such input on purpose (in microseconds; the `refusal` bench group times
/// it). The benches go past the limits only to show the work itself stays linear well beyond
/// them (to 10 MB). For plain text `input::read` is those checks plus a copy of the string, so
/// the [`Source`] built here is the one it would build; everything after it (document model,
/// every rule, the JD match, the report) is the production code, called in the same order as
/// `analyze_with_layout` calls it.
pub fn analyze_unbounded(text: &str, options: &Options) -> Report {
    let source = Source {
        text: text.into(),
        format: InputFormat::Text,
        layout: LayoutFacts {
            origin: Some("text".into()),
            ..LayoutFacts::default()
        },
        ..Source::default()
    };
    let doc = Document::build(&source, options, &LayoutFacts::default());
    let jd = options
        .job_description
        .as_deref()
        .filter(|jd| !jd.trim().is_empty())
        .map(JobDescription::parse);
    let analysis = resume_analyzer::analysis::run(&doc, jd.as_ref());
    resume_analyzer::report::build(&doc, &source, analysis, jd.as_ref())
}

/// Whether the product accepts `text` with `options` by size (bytes and lines of the text and
/// of the job description). A cheap scan (memchr for the lines), done per call.
pub fn within_limits(text: &str, options: &Options) -> bool {
    let fits = |s: &str, max_bytes: usize| {
        s.len() <= max_bytes && s.lines().count() <= resume_analyzer::MAX_INPUT_LINES
    };
    let jd_too_large = options
        .job_description
        .as_deref()
        .is_some_and(|jd| !fits(jd, resume_analyzer::MAX_JD_BYTES));
    fits(text, resume_analyzer::MAX_INPUT_BYTES) && !jd_too_large
}

/// Analyze through the public entry point within the product's limits, through
/// [`analyze_unbounded`] past them (plain text only). Panics if the analyzer refuses a text
/// within the limits, or if a text past them is not plain text: a bench input must be analyzed.
pub fn analyze_any(text: &str, options: &Options) -> Report {
    if within_limits(text, options) {
        match resume_analyzer::analyze(text, options) {
            Ok(report) => report,
            Err(e) => panic!("bench input refused: {}", e.message),
        }
    } else {
        assert_eq!(
            resume_analyzer::input::sniff(text),
            InputFormat::Text,
            "only plain text can be benchmarked past the input limits"
        );
        analyze_unbounded(text, options)
    }
}

// ---------------------------------------------------------------------------------------------
// Generated text. Deterministic: a small xorshift generator, no clock, no OS randomness.

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const TECH: &[&str] = &[
    "Go",
    "Java",
    "Python",
    "Rust",
    "Kotlin",
    "PostgreSQL",
    "MySQL",
    "Redis",
    "Kafka",
    "RabbitMQ",
    "DynamoDB",
    "Cassandra",
    "Elasticsearch",
    "gRPC",
    "REST",
    "GraphQL",
    "Kubernetes",
    "Terraform",
    "AWS Lambda",
    "SQS",
    "S3",
    "OpenTelemetry",
    "Prometheus",
    "Grafana",
    "Datadog",
    "Docker",
    "Helm",
    "GitHub Actions",
    "etcd",
    "Spark",
];
const STRONG_VERBS: &[&str] = &[
    "Cut",
    "Reduced",
    "Built",
    "Designed",
    "Migrated",
    "Sharded",
    "Instrumented",
    "Shipped",
    "Rewrote",
    "Automated",
    "Scaled",
    "Led",
];
const OBJECTS: &[&str] = &[
    "the checkout API",
    "the ledger service",
    "the billing pipeline",
    "shipment tracking",
    "the search indexer",
    "the auth gateway",
    "the notification fan-out",
    "the order service",
    "the reporting jobs",
    "the partner webhooks",
];
const METRICS: &[&str] = &[
    "p99 latency",
    "error rate",
    "compute spend",
    "deploy time",
    "paging alerts",
    "duplicate charges",
    "queue lag",
    "build time",
];
const WEAK: &[&str] = &[
    "Responsible for maintaining the order service and handling on-call tickets.",
    "Worked on various backend improvements for the internal admin dashboard.",
    "Helped the team with code reviews and documentation.",
    "Familiar with Kubernetes and Helm.",
    "Participated in architecture reviews and on-call rotations.",
];
const TITLES: &[&str] = &[
    "Backend Engineer",
    "Senior Backend Engineer",
    "Software Engineer II",
    "Staff Software Engineer",
    "Platform Engineer",
];
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn bullet(rng: &mut Rng, out: &mut String) {
    if rng.below(5) == 0 {
        let _ = writeln!(out, "- {}", rng.pick(WEAK));
        return;
    }
    let verb = rng.pick(STRONG_VERBS);
    let object = rng.pick(OBJECTS);
    let tech_a = rng.pick(TECH);
    let tech_b = rng.pick(TECH);
    let metric = rng.pick(METRICS);
    let from = 100 + rng.below(900);
    let to = 10 + rng.below(from - 10);
    let _ = writeln!(
        out,
        "- {verb} {object} on {tech_a} and {tech_b}, taking {metric} from {from} ms to {to} ms for {} requests a day.",
        1 + rng.below(90)
    );
}

/// A resume-like text of about `target` bytes (a little over, ending on a whole line): header,
/// summary, skills, then roles of 4–7 bullets (one in five weak) until the size is reached,
/// then education. The sections and the mix of strong and weak bullets are what the rules
/// read, so the pipeline does its real work at every size.
pub fn resume_like(target: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(target + 256);
    out.push_str(
        "Jordan Lee\nSenior Backend Engineer\nDenver, CO · jordan.lee@example.com · (303) 555-0101 · linkedin.com/in/jordanlee\n\n",
    );
    out.push_str("SUMMARY\nBackend engineer with 8 years building payment and logistics services in Go and Java on AWS, on Kafka and PostgreSQL, with SLOs and on-call ownership.\n\n");
    out.push_str("SKILLS\nLanguages: Go, Java, Python, SQL\nDatastores: PostgreSQL, Redis, Kafka, DynamoDB\nCloud: AWS, Kubernetes, Terraform, GitHub Actions\nObservability: OpenTelemetry, Prometheus, Grafana\n\nEXPERIENCE\n");
    let mut role = 0usize;
    while out.len() < target {
        let year = 2024 - (role % 20) as u32;
        let _ = writeln!(
            out,
            "{} — Company{} | {} {} – {}",
            rng.pick(TITLES),
            role,
            rng.pick(MONTHS),
            year - 1,
            if role == 0 {
                "Present".into()
            } else {
                format!("{} {}", rng.pick(MONTHS), year)
            }
        );
        for _ in 0..4 + rng.below(4) {
            bullet(&mut rng, &mut out);
            if out.len() >= target {
                break;
            }
        }
        out.push('\n');
        role += 1;
    }
    out.push_str("EDUCATION\nB.S. Computer Science — University of Colorado | 2012 – 2016\n");
    out
}

/// The pathological shapes, each generated at any size: what an adversarial or broken paste
/// looks like. Each must stay linear.
pub const PATHOLOGICAL: &[&str] = &["one-line", "short-bullets", "skills-line", "latex-nesting"];

/// A pathological input of about `target` bytes.
pub fn pathological(kind: &str, target: usize) -> String {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut out = String::with_capacity(target + 256);
    match kind {
        // Resume words with every newline removed: one giant line.
        "one-line" => {
            let body = resume_like(target);
            out.extend(body.chars().map(|c| if c == '\n' { ' ' } else { c }));
        }
        // An Experience section of nothing but short bullets (~18 bytes each: 100k bullets
        // at 1.8 MB).
        "short-bullets" => {
            out.push_str(
                "Sam Park\nsam@example.com\n\nEXPERIENCE\nEngineer — Acme | Jan 2020 – Present\n",
            );
            while out.len() < target {
                let _ = writeln!(
                    out,
                    "- Cut {} by {}%.",
                    rng.pick(&["lag", "cost", "p99", "errors"]),
                    10 + rng.below(89)
                );
            }
        }
        // One Skills line of comma-separated technologies (and made-up ones, so the taxonomy
        // sees both hits and misses).
        "skills-line" => {
            out.push_str("Sam Park\nsam@example.com\n\nSKILLS\nSkills: ");
            let mut i = 0usize;
            while out.len() < target {
                match i % 3 {
                    0 => {
                        let _ = write!(out, "Tool{i}, ");
                    }
                    _ => {
                        out.push_str(rng.pick(TECH));
                        out.push_str(", ");
                    }
                }
                i += 1;
            }
            out.push('\n');
        }
        // LaTeX nested as deep as the size allows: itemize environments inside each other,
        // then braces, each level holding an item.
        "latex-nesting" => {
            out.push_str("\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n");
            // Half the bytes in nested itemize levels, each holding a long item (so 2 MB
            // renders to ~5,000 lines, inside the product's 10,000-line limit), half in
            // nested braces around one word.
            let mut open = String::from("\\begin{itemize}\n\\item Built {\\textbf{Go} services}");
            while open.len() < 400 {
                open.push_str(" with \\emph{Kafka} and {PostgreSQL}");
            }
            open.push('\n');
            const CLOSE: &str = "\\end{itemize}\n";
            let room = target.saturating_sub(out.len());
            let levels = room / 2 / (open.len() + CLOSE.len());
            let braces = room / 2 / 2;
            for _ in 0..levels {
                out.push_str(&open);
            }
            for _ in 0..braces {
                out.push('{');
            }
            out.push_str("deep");
            for _ in 0..braces {
                out.push('}');
            }
            for _ in 0..levels {
                out.push_str(CLOSE);
            }
            out.push_str("\\end{document}\n");
        }
        other => panic!("unknown pathological input {other}"),
    }
    out
}

/// Least-squares slope of log(y) against log(x): the growth exponent (1.0 = linear,
/// 2.0 = quadratic).
pub fn growth_exponent(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(sx, sy), &(x, y)| (sx + x.ln(), sy + y.ln()));
    let (mx, my) = (sx / n, sy / n);
    let (num, den) = points.iter().fold((0.0, 0.0), |(num, den), &(x, y)| {
        let dx = x.ln() - mx;
        (num + dx * (y.ln() - my), den + dx * dx)
    });
    if den == 0.0 {
        f64::NAN
    } else {
        num / den
    }
}
