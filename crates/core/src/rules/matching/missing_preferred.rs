//! J-MISSING-PREFERRED: "Nice to have" terms the resume lacks.
//!
//! Seeds 000/002/004: mirror the posting's terms. Preferred terms weigh half a required one:
//! they raise the match without being a screen-out.

use super::{list, missing_points};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "J-MISSING-PREFERRED",
        name: "Missing preferred terms",
        category: Category::Match,
        severity: Severity::Warning,
        summary: "Terms under \"Nice to have\", \"Preferred\" or \"Bonus\" appear nowhere on the resume.",
        explanation: "Seeds 000, 002 and 004: tailor the resume to each posting and mirror its exact terms. Terms a posting lists under \"Nice to have\", \"Preferred\" or \"Bonus\" (or marks \"a plus\") are not screen-outs, but an ATS match score counts them; each weighs half a required term in the match score. Add only what you have actually used.",
        source: "000, 002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let Some(m) = ctx.job_match() else { return };
    let missing: Vec<_> = m.missing.iter().filter(|t| !t.need.is_required()).collect();
    if missing.is_empty() {
        return;
    }
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "Missing {} of the job description's {} preferred terms: {}.",
                missing.len(),
                m.preferred.total,
                list(&missing, 8)
            ),
            alloc::string::String::from("If you have used them, name them in the posting's spelling in a bullet that shows the result."),
        )
        .points(missing_points(m, false)),
    );
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze_jd, findings};

    const JD: &str = "Backend Engineer\n\nRequirements\n- Go and PostgreSQL\n\nNice to have\n- Terraform\n- Experience with Kafka is a plus\n";

    #[test]
    fn missing_preferred_terms_are_listed() {
        let text = "Experience\n- Built Go services on PostgreSQL for 3 teams, cutting p99 40%.\n";
        let r = analyze_jd(text, Level::Mid, JD);
        let f = findings(&r, "J-MISSING-PREFERRED");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.contains(
                "Missing 2 of the job description's 2 preferred terms: Terraform, Kafka."
            ),
            "{}",
            f[0].message
        );
        assert!(findings(&r, "J-MISSING-REQUIRED").is_empty());
    }

    #[test]
    fn preferred_terms_present() {
        let text =
            "Experience\n- Built Go services on PostgreSQL with Kafka and Terraform for 3 teams.\n";
        let r = analyze_jd(text, Level::Mid, JD);
        assert!(findings(&r, "J-MISSING-PREFERRED").is_empty());
    }
}
