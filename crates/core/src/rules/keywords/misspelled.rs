//! K-MISSPELLED: a technology name misspelled ("Postgress", "Kuberentes", "Javascipt").
//!
//! Seed 003: exact-match parsers (Workday, iCIMS, Taleo) index the word as written, so a
//! recruiter's search for "PostgreSQL" never finds "Postgress"; seed 000: mirror the exact
//! terms. Only the curated misspellings of [`crate::phrases::spelling`] count (found once in
//! the document model): an edit distance would call English words misspellings ("scale" of
//! Scala, "fault" of Vault).

use super::capped;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use alloc::format;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-MISSPELLED",
        name: "Misspelled technology",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "A technology name is misspelled (Postgress, Kuberentes), so keyword searches \
                  for it miss the resume.",
        explanation: "Seed 003: exact-match parsers (Workday, iCIMS, Taleo) index each word as \
            written, so a recruiter's search for \"PostgreSQL\" or \"Kubernetes\" does not find \
            \"Postgress\" or \"Kuberentes\", and a human reader takes the slip for carelessness \
            with the tool itself. Seed 000: mirror the exact terms. Only common misspellings \
            people really write are looked for, from a curated table, so a correct English \
            word (scale, string, fault) is never called a misspelled Scala, Spring or Vault.",
        source: "003, 000",
    },
    check,
};

const EACH: u32 = 4;
const CAP: u32 = 12;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    for (n, m) in doc.misspellings.iter().enumerate() {
        let written = m.span.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(m.span),
                format!(
                    "\"{written}\" looks like a misspelling of {}; ATS keyword matching is exact.",
                    m.term
                ),
                format!("Write \"{}\".", m.term),
            )
            .points(capped(n, EACH, CAP)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, at, findings, STRONG};

    #[test]
    fn flags_each_misspelling_with_the_term() {
        let text = STRONG.replacen("PostgreSQL", "Postgress", 1);
        let r = analyze(&text, Level::Senior);
        let found = findings(&r, "K-MISSPELLED");
        assert_eq!(found.len(), 1);
        assert_eq!(at(&text, found[0]), "Postgress");
        assert_eq!(
            found[0].message,
            "\"Postgress\" looks like a misspelling of PostgreSQL; ATS keyword matching is exact."
        );
    }

    #[test]
    fn correct_names_and_english_words_pass() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-MISSPELLED").is_empty());
        let text = alloc::format!(
            "{STRONG}\nInterests\nScale models, string quartets, spring hiking; Mongo DB meetups.\n"
        );
        let r = analyze(&text, Level::Senior);
        assert!(findings(&r, "K-MISSPELLED").is_empty());
    }
}
