//! The keyword rules (SPEC §4): Tier-1 coverage, density, placement, suggestions.
//!
//! Every rule reads the same keyword profile ([`crate::assess::keywords::profile`]: where each
//! taxonomy term appears, how it is spelled, per-class counts) and judges it against the numbers
//! in [`crate::assess::keywords::targets`], which come from seed 003 (density, placement, the
//! 25–35 senior count) and seed 000 (skills proven in bullets, one spelling per skill).
//!
//! Points: errors cost 12–20, warnings 6–10, infos 2–4 of the keywords part (100); rules that
//! can fire once per term cap their total so one habit cannot sink the whole part. K-SUGGEST is
//! advice and costs nothing: the gaps it fills are already charged by the other rules.

mod acronym;
mod class_missing;
mod count;
mod counter;
mod density;
mod generic_only;
mod misspelled;
mod no_observability;
mod no_testing;
mod placement;
mod stuffing;
mod suggest;
mod unproven;
mod variants;

use super::Rule;

/// The keyword rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[
    &class_missing::RULE,
    &no_observability::RULE,
    &no_testing::RULE,
    &count::RULE,
    &density::RULE,
    &placement::RULE,
    &unproven::RULE,
    &stuffing::RULE,
    &variants::RULE,
    &misspelled::RULE,
    &acronym::RULE,
    &generic_only::RULE,
    &counter::RULE,
    &suggest::RULE,
];

/// Points for the `n`-th (0-based) finding of a rule worth `each`, whose findings together
/// cost at most `cap`.
pub(crate) fn capped(n: usize, each: u32, cap: u32) -> u32 {
    let spent = u32::try_from(n).unwrap_or(u32::MAX).saturating_mul(each);
    cap.saturating_sub(spent).min(each)
}

/// Format tenths ("15" → "1.5").
pub(crate) fn tenths(n: u32) -> alloc::string::String {
    alloc::format!("{}.{}", n / 10, n % 10)
}

#[cfg(test)]
mod tests {
    use super::test_util::{analyze, analyze_jd};
    use crate::options::Level;
    use alloc::string::String;

    #[test]
    fn large_resume_is_linear() {
        // As many lines as the analyzer accepts (MAX_INPUT_LINES, ~270 KB): a skills line, an
        // "Adjacent" line and bullets repeated, and a one-line skills dump; every keyword rule
        // walks it in linear time.
        let block =
            "Skills\nGo, Postgres, PostgreSQL, AWS, React, SQL\nAdjacent: React, Tailwind\n\n\
Experience\n- Built Go services on Postgres with Kafka and React, p99 40ms at 3k RPS.\n";
        let mut text = block.repeat((crate::limits::MAX_INPUT_LINES - 8) / block.lines().count());
        text.push_str("Skills\n");
        text.push_str(&"React, Kafka, Go (Golang), ".repeat(4000));
        text.push('\n');
        let r = analyze(&text, Level::Senior);
        assert!(r.keywords.tier1_distinct > 0);
        let jd =
            String::from("Senior Backend Engineer\nRequirements\n- Golang, PostgreSQL, Vitess\n");
        let r = analyze_jd(&text, Level::Senior, &jd);
        assert!(r.job_match.is_some());
    }
}

/// Test helpers: analyze a resume at a level and pick one rule's findings.
#[cfg(test)]
pub(crate) mod test_util {
    use crate::finding::Finding;
    use crate::options::{Level, Options};
    use crate::report::Report;
    use alloc::string::String;
    use alloc::vec::Vec;

    pub fn analyze(text: &str, level: Level) -> Report {
        let options = Options {
            level: Some(level),
            ..Options::default()
        };
        crate::analyze(text, &options).unwrap()
    }

    pub fn analyze_jd(text: &str, level: Level, jd: &str) -> Report {
        let options = Options {
            level: Some(level),
            job_description: Some(String::from(jd)),
            ..Options::default()
        };
        crate::analyze(text, &options).unwrap()
    }

    pub fn findings<'r>(report: &'r Report, id: &str) -> Vec<&'r Finding> {
        report.findings.iter().filter(|f| f.rule == id).collect()
    }

    /// The text under a finding's span.
    pub fn at<'a>(text: &'a str, f: &Finding) -> &'a str {
        f.span.map_or("", |s| s.slice(text))
    }

    /// A strong senior resume: every class, density in range, summary packed, bullets proven.
    pub const STRONG: &str = "\
Jordan Lee
Senior Backend Engineer
jordan@example.com | github.com/jlee

Summary
Senior Backend Engineer with 9 years on payment platforms: Go services on AWS, PostgreSQL and Redis and Kafka stacks, OpenTelemetry instrumented, idempotency and circuit breakers in production.

Skills
Languages: Go, Python
Datastores: PostgreSQL, Redis, Kafka
Distributed: idempotency, exactly-once, circuit breaker, sharding
Cloud: AWS, Kubernetes, Terraform
Observability: OpenTelemetry, Prometheus, SLO
Testing: pytest, integration testing

Experience
Staff Engineer, Ledgerly (2021 - Present)
- Built Go payment services on Kubernetes handling 30k RPS at p99 45ms with idempotency keys in PostgreSQL.
- Designed exactly-once billing events on Kafka with an outbox table, cutting duplicate charges to zero.
- Added a circuit breaker and retries around the card network gRPC client, lifting availability to 99.95%.
- Sharded the ledger PostgreSQL cluster by tenant, dropping p99 from 900ms to 70ms.
- Instrumented 9 Go services with OpenTelemetry and Prometheus, owning the 99.9% SLO and error budget.
- Wrote integration testing suites in pytest for the Python reconciliation jobs on AWS Lambda.
- Provisioned Redis caches with Terraform on AWS, cutting read latency 60%.
";
}
