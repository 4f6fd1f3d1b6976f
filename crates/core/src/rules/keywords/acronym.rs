//! K-ACRONYM: an acronym used but never spelled out (AWS, GCP, CI/CD).
//!
//! Seed 002: "Spell out infrastructure acronyms alongside abbreviations: write 'Amazon Web
//! Services (AWS)', 'Google Cloud Platform (GCP)' and 'Continuous Integration/Continuous
//! Deployment (CI/CD)' on first use, as ATS systems may index only one variant". Seed 004: if a
//! posting says "Amazon Web Services", include both forms. Which terms are acronyms, and their
//! expansions, is taxonomy data (`Term::expansion`, always one of the term's aliases).

use super::capped;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::span::Span;
use crate::taxonomy;
use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-ACRONYM",
        name: "Acronym not spelled out",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "An acronym (AWS, GCP, CI/CD) is never spelled out anywhere on the resume.",
        explanation: "Seed 002: spell out infrastructure acronyms alongside their abbreviations on first use (\"Amazon Web Services (AWS)\", \"Google Cloud Platform (GCP)\", \"Continuous Integration/Continuous Deployment (CI/CD)\") because ATS systems may index only one variant. Seed 004: if a posting says \"Amazon Web Services\", include both forms, since different ATS configurations search for either.",
        source: "002, 004",
    },
    check,
};

const EACH: u32 = 2;
const CAP: u32 = 6;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    // Per term id: the first short-form use, and whether any hit spelled it out (the expansion
    // is an alias). Only terms with an expansion are filled in.
    let mut terms: Vec<(Option<Span>, bool)> = vec![(None, false); taxonomy::TERM_COUNT];
    for hit in &doc.terms {
        if taxonomy::term(hit.term).expansion().is_none() {
            continue;
        }
        let Some(e) = terms.get_mut(usize::from(hit.term)) else {
            continue;
        };
        if hit.is_expansion() {
            e.1 = true;
        } else if hit
            .span
            .slice(doc.text)
            .bytes()
            .any(|b| b.is_ascii_uppercase())
        {
            // An acronym is written in capitals; "slo" in a tool's name ("slo-report") or a
            // URL is a name, not the acronym used bare.
            e.0.get_or_insert(hit.span);
        }
    }
    let mut n = 0;
    for (id, &(first, spelled)) in terms.iter().enumerate() {
        let (Some(span), false, Ok(id)) = (first, spelled, u16::try_from(id)) else {
            continue;
        };
        let expansion = taxonomy::term(id).expansion().unwrap_or("");
        let short = span.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(span),
                format!("\"{short}\" is never spelled out; some ATS configurations search only for \"{expansion}\"."),
                format!("Write \"{expansion} ({short})\" once, on first use."),
            )
            .points(capped(n, EACH, CAP)),
        );
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings};

    #[test]
    fn bare_acronym_is_flagged_at_its_first_use() {
        let text = "Skills\nAWS, Go\n\nExperience\n- Built Go services on AWS for 3 teams, cutting p99 40%.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-ACRONYM");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "AWS");
        assert!(f[0].span.unwrap().start < 12);
        assert!(
            f[0].fix.contains("Amazon Web Services (AWS)"),
            "{}",
            f[0].fix
        );
    }

    #[test]
    fn a_lower_case_name_is_not_the_acronym() {
        let text = "Skills\nGo\n\nProjects\n- slo-report: a Go CLI that prints each service's error-budget burn, used by 3 teams.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-ACRONYM");
        assert!(f.iter().all(|f| at(text, f) != "slo"), "{f:?}");
    }

    #[test]
    fn spelled_out_once_is_enough() {
        let text = "Skills\nAmazon Web Services (AWS), Go\n\nExperience\n- Built Go services on AWS for 3 teams, cutting p99 40%.\n";
        let r = analyze(text, Level::Mid);
        assert!(findings(&r, "K-ACRONYM").is_empty());
    }
}
