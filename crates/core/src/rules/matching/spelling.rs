//! J-SPELLING: the resume has a term the posting names, but under a different spelling.
//!
//! Seed 004: "If the posting says 'Golang', use 'Golang' — not just 'Go'. If it says 'Amazon
//! Web Services', include both 'Amazon Web Services' and 'AWS' since different ATS
//! configurations may search for either form." Seeds 000 and 002: mirror the exact terms.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::keywords::capped;
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "J-SPELLING",
        name: "Mirror the posting's spelling",
        category: Category::Match,
        severity: Severity::Warning,
        summary: "A term is on the resume under a different spelling than the job description uses (Go vs Golang).",
        explanation: "Seed 004: if the posting says \"Golang\", use \"Golang\", not just \"Go\"; if it says \"Amazon Web Services\", include both forms, since different ATS configurations search for either. Seeds 000 and 002: mirror the exact terms from the job description (PostgreSQL, Kafka, gRPC). Semantic engines such as Greenhouse relate the spellings, but exact-match parsers (seed 003: Workday, iCIMS, Taleo) do not.",
        source: "004, 000, 002, 003",
    },
    check,
};

const EACH: u32 = 3;
const CAP: u32 = 12;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let Some(m) = ctx.job_match() else { return };
    for (n, s) in m.spelling.iter().enumerate() {
        out.push(
            Finding::new(
                &RULE.meta,
                Some(s.span),
                format!(
                    "The job description writes \"{}\"; the resume writes \"{}\".",
                    s.jd, s.resume
                ),
                format!(
                    "Mirror the posting: write \"{}\" at least once where you name it, e.g. \"{} ({})\".",
                    s.jd, s.resume, s.jd
                ),
            )
            .points(capped(n, EACH, CAP)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze_jd, at, findings};

    const JD: &str =
        "Senior Backend Engineer\n\nRequirements\n- Golang in production\n- PostgreSQL\n";

    #[test]
    fn different_spelling_is_flagged_at_the_resume_word() {
        let text = "Experience\n- Built Go services on Postgres for 3 teams, cutting p99 40%.\n";
        let r = analyze_jd(text, Level::Senior, JD);
        let f = findings(&r, "J-SPELLING");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(at(text, f[0]), "Go");
        assert!(f[0].message.contains("\"Golang\""));
        assert_eq!(at(text, f[1]), "Postgres");
        assert!(f[1].fix.contains("\"PostgreSQL\""));
        // Present under another spelling is still a match.
        let m = r.job_match.unwrap();
        assert_eq!(m.rate, 100);
    }

    #[test]
    fn mirrored_spelling_is_quiet() {
        let text = "Experience\n- Built Go (Golang) services on PostgreSQL for 3 teams, cutting p99 40%.\n";
        let r = analyze_jd(text, Level::Senior, JD);
        assert!(
            findings(&r, "J-SPELLING").is_empty(),
            "{:?}",
            findings(&r, "J-SPELLING")
        );
    }
}
