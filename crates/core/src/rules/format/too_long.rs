//! F-TOO-LONG: far past what a reader reads; the score counts only the share they would.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::MAX_READ_PAGES;
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-TOO-LONG",
        name: "Far too long",
        category: Category::Formatting,
        severity: Severity::Error,
        summary: "More than three pages: the score counts only the share a reader gets through.",
        explanation: "Seed 004: \"two pages maximum\"; seed 002: \"recruiters spend approximately \
            7 seconds on initial resume scans\". A reader who stops after two or three pages \
            never sees the rest, so past three pages the overall score is scaled by 3 / pages \
            (6 pages keep half), and the points it costs are this finding's. Pages come from the \
            file when it says, otherwise from the words (~550 a page).",
        source: "002, 004",
    },
    check,
};

/// Percent of the overall score a resume of `pages` pages keeps.
pub fn kept_percent(pages: u32) -> u32 {
    if pages <= MAX_READ_PAGES {
        return 100;
    }
    MAX_READ_PAGES * 100 / pages
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let pages = ctx.doc.estimated_pages();
    let kept = kept_percent(pages);
    if kept >= 100 {
        return;
    }
    let estimated = if ctx.doc.layout.pages.is_some() {
        ""
    } else {
        " (estimated at ~550 words a page)"
    };
    out.push(
        Finding::new(
            &RULE.meta,
            None,
            format!(
                "{pages} pages{estimated}: a reader stops after two or three, so the score \
                 counts {kept}% of what the rest of the report gives."
            ),
            String::from(
                "Cut to two pages: keep 3–5 bullets for each recent role, one line for roles \
                 older than ~10 years, and nothing repeated.",
            ),
        )
        // The percent of the overall score removed; the report turns it into the overall
        // points it cost (see `report::build`).
        .points(100 - kept),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, CLEAN};
    use super::kept_percent;

    #[test]
    fn past_three_pages_the_score_keeps_the_share_a_reader_reads() {
        assert_eq!(kept_percent(1), 100);
        assert_eq!(kept_percent(3), 100);
        assert_eq!(kept_percent(6), 50);
        assert_eq!(kept_percent(300), 1);
    }

    #[test]
    fn flags_a_pasted_resume_not_a_one_pager() {
        assert!(findings(CLEAN, "F-TOO-LONG").is_empty());
        let pasted = CLEAN.repeat(40);
        let found = findings(&pasted, "F-TOO-LONG");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].points >= 50, "{:?}", found[0]);
    }
}
