//! K-VARIANTS: one skill written two ways ("Postgres" and "PostgreSQL").
//!
//! Seed 000: "Use one spelling and one naming convention for each skill". Exact-match parsers
//! (seed 003: Workday, iCIMS, Taleo) index the spellings as different words. Not counted: an
//! acronym next to its expansion ("Amazon Web Services (AWS)", seeds 002/004 ask for that) and
//! a deliberate gloss of both forms ("Go (Golang)", "Go/Golang"). What counts as one spelling
//! is taxonomy data (`Term::spelling`): "webhook" and "webhooks", "CI/CD" in any case, are one.

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::span::Span;
use crate::taxonomy;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-VARIANTS",
        name: "Spelling variants",
        category: Category::Keywords,
        severity: Severity::Info,
        summary: "One skill is written two different ways (Postgres and PostgreSQL).",
        explanation: "Seed 000's ATS strategy: use one spelling and one naming convention for each skill, and mirror the job description's exact terms. Strict exact-match parsers (seed 003: Workday, iCIMS, Taleo) treat the spellings as different words, and a mix reads as careless to a human. Spelling an acronym out next to its short form, as seeds 002 and 004 advise, is not a variant.",
        source: "000, 003",
    },
    check,
};

const EACH: u32 = 3;
const CAP: u32 = 9;

/// One spelling of a term as used in the resume.
struct Variant {
    spelling: u8,
    text: Span,
    count: u32,
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    // The spellings used, per term id.
    let mut per_term: Vec<Vec<Variant>> = (0..taxonomy::TERM_COUNT).map(|_| Vec::new()).collect();
    let mut prev: Option<(u16, Span)> = None;
    for hit in &doc.terms {
        let gloss = prev.is_some_and(|(t, span)| {
            t == hit.term && is_gloss(Span::new(span.end, hit.span.start).slice(doc.text))
        });
        prev = Some((hit.term, hit.span));
        if gloss || hit.is_expansion() {
            continue;
        }
        let spelling = hit.spelling();
        let Some(variants) = per_term.get_mut(usize::from(hit.term)) else {
            continue;
        };
        match variants.iter_mut().find(|v| v.spelling == spelling) {
            Some(v) => v.count += 1,
            None => variants.push(Variant {
                spelling,
                text: hit.span,
                count: 1,
            }),
        }
    }
    let mut n = 0;
    for (id, variants) in per_term.iter().enumerate() {
        let (true, Ok(id)) = (variants.len() >= 2, u16::try_from(id)) else {
            continue;
        };
        let term = taxonomy::term(id);
        // Point at the least-used spelling (the later one on a tie).
        let Some(odd) = variants.iter().rev().min_by_key(|v| v.count) else {
            continue;
        };
        let listed: Vec<String> = variants
            .iter()
            .map(|v| format!("\"{}\" ({}×)", v.text.slice(doc.text), v.count))
            .collect();
        let preferred = ctx
            .jd
            .and_then(|jd| jd.spelling_of(id))
            .map(|s| format!("\"{s}\", the job description's spelling"))
            .or_else(|| {
                variants
                    .iter()
                    .max_by_key(|v| v.count)
                    .map(|v| format!("\"{}\"", v.text.slice(doc.text)))
            })
            .unwrap_or_default();
        out.push(
            Finding::new(
                &RULE.meta,
                Some(odd.text),
                format!(
                    "{} is written {} ways: {}.",
                    term.name(),
                    variants.len(),
                    listed.join(", ")
                ),
                format!("Use one spelling throughout: {preferred}."),
            )
            .points(super::capped(n, EACH, CAP)),
        );
        n += 1;
    }
}

/// The text between two hits of one term that makes the second a deliberate gloss.
fn is_gloss(between: &str) -> bool {
    matches!(between.trim(), "(" | "/" | "(a.k.a." | "(aka")
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, analyze_jd, at, findings, STRONG};

    #[test]
    fn forms_of_one_spelling_are_quiet() {
        let text = "Experience\n- Shipped webhook retries for 3 teams.\n- Signed webhooks with HMAC for 40 partners.\n";
        let r = analyze(text, Level::Mid);
        assert!(
            findings(&r, "K-VARIANTS").is_empty(),
            "{:?}",
            findings(&r, "K-VARIANTS")
        );
    }

    #[test]
    fn one_spelling_is_quiet() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-VARIANTS").is_empty());
    }

    #[test]
    fn two_spellings_point_at_the_odd_one() {
        let text = "Skills\nPostgreSQL, Go\n\nExperience\n\
- Tuned PostgreSQL indexes for 3 teams, cutting p99 40%.\n\
- Moved the ledger to Postgres in 2 months.\n";
        let r = analyze(text, Level::Mid);
        let f = findings(&r, "K-VARIANTS");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(at(text, f[0]), "Postgres");
        assert!(
            f[0].message.contains("\"PostgreSQL\" (2×)"),
            "{}",
            f[0].message
        );
        assert!(f[0].fix.contains("\"PostgreSQL\""), "{}", f[0].fix);
    }

    #[test]
    fn glosses_and_expansions_are_not_variants() {
        let text = "Skills\nGo (Golang), Amazon Web Services (AWS)\n\nExperience\n\
- Built Go services on AWS for 3 teams, cutting p99 40%.\n";
        let r = analyze(text, Level::Mid);
        assert!(
            findings(&r, "K-VARIANTS").is_empty(),
            "{:?}",
            findings(&r, "K-VARIANTS")
        );
    }

    #[test]
    fn the_job_descriptions_spelling_wins() {
        let text = "Experience\n- Tuned Postgres indexes for 3 teams.\n- Ran Postgres upgrades.\n- Sharded PostgreSQL by tenant.\n";
        let r = analyze_jd(
            text,
            Level::Mid,
            "Senior Backend Engineer\nRequirements\n- PostgreSQL at scale\n",
        );
        let f = findings(&r, "K-VARIANTS");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].fix.contains("\"PostgreSQL\", the job description's"),
            "{}",
            f[0].fix
        );
    }
}
