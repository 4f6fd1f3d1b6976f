//! F-LENGTH: more than one page under ~8–10 years of experience; more than two pages ever.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! The seeds differ on the threshold: seed 004 says one page "under eight years", seed 002
//! "under 10 years". We flag a second page as a warning under **8** years, where both seeds
//! agree, and only as an info between 8 and 10 years, where seed 002 alone still asks for one.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::options::Level;
use crate::phrases::format::{MAX_PAGES, MAX_READ_PAGES, ONE_PAGE_YEARS_002, ONE_PAGE_YEARS_004};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-LENGTH",
        name: "Length",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Longer than one page under ~8–10 years of experience, or longer than two.",
        explanation: "Seed 004: \"Keep it to one page if you have under eight years of \
            experience; two pages are acceptable for senior or staff-level engineers\" and \"two \
            pages maximum\". Seed 002: \"one page for candidates with under 10 years of \
            experience, extending to two pages only for senior or staff-level roles\", because \
            \"recruiters spend approximately 7 seconds on initial resume scans\". This rule warns \
            about a second page under 8 years (both seeds agree), notes it between 8 and 10 years \
            (seed 002's stricter figure), and flags a third page at any level.",
        source: "002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let pages = doc.estimated_pages();
    // Past what a reader reads, F-TOO-LONG scales the whole score instead.
    if pages <= 1 || pages > MAX_READ_PAGES {
        return;
    }
    let years = doc.experience_months / 12;
    let estimated = if doc.layout.pages.is_some() {
        ""
    } else {
        " (estimated at ~550 words a page)"
    };
    if pages > MAX_PAGES {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "{pages} pages{estimated}: resume guides cap a resume at two pages, even for \
                     staff engineers."
                ),
                String::from(
                    "Cut to two pages at most: drop roles older than ~10 years to one line each, \
                     keep 3–5 bullets for recent roles, and remove duties without outcomes.",
                ),
            )
            .severity(Severity::Error)
            .points(15),
        );
        return;
    }
    // Exactly two pages. A caller who says they are senior or staff gets the seeds' "two pages
    // for senior or staff-level" allowance even when the dates could not be read.
    let stated_senior = !doc.level_inferred && doc.level >= Level::Senior;
    let dated = doc.roles.iter().any(|r| r.dates.is_some());
    if years >= ONE_PAGE_YEARS_002 || stated_senior {
        return;
    }
    let experience = if dated {
        format!("{years} years of experience")
    } else {
        String::from("no readable role dates (so no years of experience to justify it)")
    };
    if years < ONE_PAGE_YEARS_004 {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "{pages} pages{estimated} with {experience}: one page is the advice under \
                     {ONE_PAGE_YEARS_004} years (some guides say under {ONE_PAGE_YEARS_002})."
                ),
                String::from(
                    "Cut to one page: keep the most recent roles' strongest 3–5 bullets, merge \
                     older roles, and trim the Skills list to what your bullets prove.",
                ),
            )
            .points(8),
        );
    } else {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "{pages} pages{estimated} with {experience}: two pages are usually fine from \
                     {ONE_PAGE_YEARS_004} years, but some guides still ask for one page under \
                     {ONE_PAGE_YEARS_002}."
                ),
                String::from(
                    "One page is safer; two are fine if every bullet on page two carries a \
                     measured outcome.",
                ),
            )
            .severity(Severity::Info)
            .points(2),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::{Level, Options, Severity};

    fn pages(n: u32) -> LayoutFacts {
        LayoutFacts {
            pages: Some(n),
            ..LayoutFacts::default()
        }
    }

    #[test]
    fn three_pages_is_an_error_at_any_level() {
        let options = Options {
            level: Some(Level::Staff),
            ..Options::default()
        };
        let found = of(&report_with(CLEAN, &options, &pages(3)), "F-LENGTH");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].severity, found[0].points), (Severity::Error, 15));
        assert!(
            found[0].message.starts_with("3 pages:"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn two_pages_early_in_a_career_cites_both_seeds() {
        let text = "Sam Lee\nsam@example.com\n\nExperience\nBackend Engineer, Acme\n- Built the \
                    orders API in Go serving 2k RPS.\n\nSkills\nGo, Postgres\n\nEducation\nB.S.\n";
        let found = of(
            &report_with(text, &Options::default(), &pages(2)),
            "F-LENGTH",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0]
            .message
            .contains("one page is the advice under 8 years"));
        assert!(found[0].message.contains("some guides say under 10"));
    }

    #[test]
    fn long_text_counts_estimated_pages_by_words() {
        let mut text = alloc::string::String::from(CLEAN);
        // ~1,300 words more: 3 pages at ~550 words a page.
        for i in 0..160 {
            text.push_str(&alloc::format!(
                "Certification number {i} in backend things\n"
            ));
        }
        let found = findings(&text, "F-LENGTH");
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .starts_with("3 pages (estimated at ~550 words a page)"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn blank_lines_and_front_matter_do_not_make_pages() {
        // A one-page resume spread over many short and blank lines (254–556 words were
        // estimated at "2 pages" from the line count).
        let mut text = alloc::string::String::from("---\ntitle: Jane\noutput: pdf\n---\n");
        for line in CLEAN.lines() {
            text.push_str(line);
            text.push_str("\n\n\n");
        }
        assert!(findings(&text, "F-LENGTH").is_empty());
    }

    #[test]
    fn one_page_and_stated_seniors_pass() {
        assert!(findings(CLEAN, "F-LENGTH").is_empty());
        let options = Options {
            level: Some(Level::Senior),
            ..Options::default()
        };
        assert!(of(&report_with(CLEAN, &options, &pages(2)), "F-LENGTH").is_empty());
    }
}
