//! J-TITLE: the resume's title does not match the posting's.
//!
//! Seed 003: Workday is the strictest exact-match parser; SmartRecruiters and iCIMS "score the
//! title block heavily for BE searches" and penalise titles that do not match canonical strings
//! ("Backend Engineer", "Senior Backend Engineer"). Seed 002 lists vague job titles among the
//! causes of backend ATS rejections. Seed 003 also warns against title inflation, so the fix
//! says to use the posting's title only where it is accurate.

use crate::assess::matching::TitleStatus;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "J-TITLE",
        name: "Title match",
        category: Category::Match,
        severity: Severity::Warning,
        summary: "The resume's title line (or most recent role) does not match the job description's title.",
        explanation: "Seed 003: Workday is the strictest exact-match parser, and SmartRecruiters and iCIMS score the title block heavily for backend searches, penalising titles that do not match canonical strings such as \"Backend Engineer\" or \"Senior Backend Engineer\". Seed 002 lists vague job titles among the reasons backend resumes are auto-rejected. Put the posting's title in your title line or summary when it is accurate; seed 003 also warns that inflated titles are cross-checked.",
        source: "003, 002",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let Some(m) = ctx.job_match() else { return };
    let t = &m.title;
    let Some(want) = t.jd.as_deref() else { return };
    let have = t.resume.as_deref().unwrap_or("");
    let finding = match t.status {
        TitleStatus::Exact | TitleStatus::Unknown => return,
        TitleStatus::Close => Finding::new(
            &RULE.meta,
            t.span,
            format!("The job description's title is \"{want}\"; the resume's closest is \"{have}\"."),
            format!("If it is accurate, use \"{want}\" in your title line or the summary's first words; do not claim a seniority you did not hold."),
        )
        .severity(Severity::Info)
        .points(4),
        TitleStatus::Different => Finding::new(
            &RULE.meta,
            t.span,
            format!("The job description's title is \"{want}\"; the resume's title is \"{have}\"."),
            format!("Exact-match parsers score the title block: lead with \"{want}\" (or the canonical title closest to your real one) in your title line or summary."),
        )
        .points(10),
        TitleStatus::Missing => Finding::new(
            &RULE.meta,
            None,
            format!("The job description's title is \"{want}\"; the resume has no title line to match it."),
            format!("Add a title line under your name, e.g. \"{want}\" if accurate, and open the summary with it."),
        )
        .points(10),
    };
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use crate::finding::Severity;
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze_jd, at, findings};

    const JD: &str = "Senior Backend Engineer — Payments\n\nRequirements\n- Go\n";

    #[test]
    fn matching_title_is_quiet() {
        let text =
            "Sam Park\nSenior Backend Engineer\n\nExperience\n- Built Go services for 3 teams.\n";
        let r = analyze_jd(text, Level::Senior, JD);
        assert!(findings(&r, "J-TITLE").is_empty());
        assert_eq!(r.job_match.unwrap().title.status, super::TitleStatus::Exact);
    }

    #[test]
    fn creative_title_is_flagged_at_the_title_line() {
        let text = "Sam Park\nPolyglot Software Craftsman Engineer\n\nExperience\n- Built Go services for 3 teams.\n";
        let r = analyze_jd(text, Level::Senior, JD);
        let f = findings(&r, "J-TITLE");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "Polyglot Software Craftsman Engineer");
        assert_eq!(f[0].severity, Severity::Warning);
    }

    #[test]
    fn close_title_is_an_info() {
        let text = "Sam Park\nBackend Developer\n\nExperience\n- Built Go services for 3 teams.\n";
        let r = analyze_jd(text, Level::Senior, JD);
        let f = findings(&r, "J-TITLE");
        assert_eq!(f[0].severity, Severity::Info);
    }
}
