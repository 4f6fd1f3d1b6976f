//! J-MISSING-REQUIRED: terms the posting requires (or names without marking them) that the
//! resume lacks in any spelling.
//!
//! Seeds 000/002/004: mirror the exact terms from the job description; seed 004: "If a posting
//! asks for Python, Django, and PostgreSQL, those exact terms need to appear prominently", since
//! ATS keyword matching happens before a human sees the application.

use super::{list, missing_points};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "J-MISSING-REQUIRED",
        name: "Missing required terms",
        category: Category::Match,
        severity: Severity::Error,
        summary: "Terms the job description requires (or names) appear nowhere on the resume.",
        explanation: "Seed 004: ATS software performs keyword matching before a human ever sees the application, so the languages, frameworks and databases a posting asks for need to appear on the resume in its exact terms. Seeds 000 and 002: mirror the job description's language when accurate. Terms under \"Requirements\", \"Must have\" or \"Qualifications\", and terms the posting names without marking them, count as required; each costs the match score its weighted share of the posting's terms. Add only what you have actually used.",
        source: "004, 000, 002",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let Some(m) = ctx.job_match() else { return };
    let missing: Vec<_> = m.missing.iter().filter(|t| t.need.is_required()).collect();
    if missing.is_empty() {
        return;
    }
    let what = if m.split { "required terms" } else { "terms" };
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "Missing {} of the job description's {} {what}: {}.",
                missing.len(),
                m.required.total,
                list(&missing, 8)
            ),
            alloc::string::String::from("Add the ones you have used, in the posting's spelling: once in Skills and in the bullets that prove them."),
        )
        .points(missing_points(m, true)),
    );
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, analyze_jd, findings};

    const JD: &str = "Backend Engineer\n\nRequirements\n- Go and PostgreSQL\n- Kafka\n\nNice to have\n- Terraform\n";

    #[test]
    fn missing_required_terms_are_listed() {
        let text = "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 40%.\n";
        let r = analyze_jd(text, Level::Mid, JD);
        let f = findings(&r, "J-MISSING-REQUIRED");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message
                .contains("Missing 1 of the job description's 3 required terms: Kafka."),
            "{}",
            f[0].message
        );
        // Kafka weighs 2 of 2+2+2+1 = 7: 29 points.
        assert_eq!(f[0].points, 29);
    }

    #[test]
    fn nothing_missing_or_no_jd() {
        let text = "Experience\n- Built Go services on PostgreSQL and Kafka for 3 teams, cutting p99 40%.\n";
        assert!(findings(&analyze_jd(text, Level::Mid, JD), "J-MISSING-REQUIRED").is_empty());
        assert!(findings(&analyze(text, Level::Mid), "J-MISSING-REQUIRED").is_empty());
    }
}
