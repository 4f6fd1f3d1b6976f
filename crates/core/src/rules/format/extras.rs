//! F-EXTRAS: "References available upon request", a photo, date of birth, marital status,
//! nationality, age.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::{find_phrases, lines_in};
use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{Extra, EXTRAS};
use crate::phrases::matcher::phrase_index;
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::text::upper_first;
use crate::text::TokenKind;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-EXTRAS",
        name: "Extras",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Personal details (photo, date of birth, marital status, nationality, age) or \
            \"References available upon request\".",
        explanation: "Seed 002 lists \"Including irrelevant information - Every line should \
            support your candidacy\" among common disqualifying errors. Common recruiter and ATS \
            guidance (US, UK, Canada, Australia) is to leave out a photo, date of birth, age, \
            marital status, nationality, gender and religion: they are not qualifications, they \
            invite bias, and many employers discard resumes that include them to stay clear of \
            discrimination claims. \"References available upon request\" is assumed by every \
            employer, so it only takes a line from your experience.",
        source: "002, common guidance",
    },
    check,
};

/// Each extra's `anywhere` phrases, tagged with the extra's index in [`EXTRAS`].
/// Evaluated at compile time only: an index out of bounds would be a build error.
#[allow(clippy::indexing_slicing)]
const ANYWHERE_LISTS: [(usize, &[&str]); EXTRAS.len()] = {
    let mut lists: [(usize, &[&str]); EXTRAS.len()] = [(0, &[]); EXTRAS.len()];
    let mut k = 0;
    while k < EXTRAS.len() {
        lists[k] = (k, EXTRAS[k].anywhere);
        k += 1;
    }
    lists
};
phrase_index!(
    static ANYWHERE: usize = &ANYWHERE_LISTS;
);

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    // The first occurrence of each extra, found in one pass for the phrases and one for labels.
    let mut first: Vec<Option<Span>> = EXTRAS.iter().map(|_| None).collect();
    let mut keep = |k: usize, at: Span| {
        if let Some(slot) = first.get_mut(k) {
            if !matches!(slot, Some(s) if s.start <= at.start) {
                *slot = Some(at);
            }
        }
    };
    for hit in find_phrases(doc, Span::new(0, doc.text.len()), &ANYWHERE) {
        keep(hit.tag, hit.span);
    }
    for (k, at) in labels(doc) {
        keep(k, at);
    }
    for (extra, at) in EXTRAS.iter().zip(first) {
        let Some(at) = at else { continue };
        out.push(finding(extra, at, at.slice(doc.text)));
    }
}

fn finding(extra: &Extra, at: Span, words: &str) -> Finding {
    let (message, fix, severity, points) = if extra.personal {
        (
            format!(
                "\"{words}\": {} does not belong on a resume; it invites bias and many \
                 employers discard resumes that include it.",
                upper_first(extra.what)
            ),
            format!("Remove {} (keep it for forms that ask for it).", extra.what),
            Severity::Warning,
            6,
        )
    } else {
        (
            format!(
                "{} is assumed by every employer and only takes a line.",
                extra.what
            ),
            String::from("Delete the line; give references when an employer asks for them."),
            Severity::Info,
            3,
        )
    };
    Finding::new(&RULE.meta, Some(at), message, fix)
        .severity(severity)
        .points(points)
}

/// Label words ("Age: 34", "Married", "[Photo]") opening a part of a short line in the header
/// block or an unknown section ("Personal Details"), as (index into [`EXTRAS`], span).
fn labels(doc: &Document<'_>) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for section in &doc.sections {
        if !matches!(section.kind, SectionKind::Header | SectionKind::Other) {
            continue;
        }
        for &line in lines_in(doc, section.body) {
            let s = line.slice(doc.text);
            if s.split_whitespace().take(13).count() > 12 {
                continue;
            }
            for part in split_parts(s, line.start) {
                let Some(word) = doc
                    .tokens_in(part)
                    .iter()
                    .find(|t| t.kind != TokenKind::Punct)
                    .map(|t| t.span)
                else {
                    continue;
                };
                let lead = Span::new(part.start, word.start).slice(doc.text);
                let rest = Span::new(word.end, part.end).slice(doc.text).trim_start();
                // "Age: 34", "Born 1990", "Married", "[Photo]" — not "Age of Empires".
                let labelled = rest.is_empty()
                    || rest.starts_with([':', ']', ')'])
                    || rest.starts_with("- ")
                    || rest.starts_with("– ")
                    || rest.starts_with(|c: char| c.is_ascii_digit());
                if !labelled || lead.chars().any(char::is_alphanumeric) {
                    continue;
                }
                let w = word.slice(doc.text);
                if let Some(k) = EXTRAS
                    .iter()
                    .position(|e| e.as_label.iter().any(|l| l.eq_ignore_ascii_case(w)))
                {
                    out.push((k, word));
                }
            }
        }
    }
    out
}

/// Pieces of a line between `|`, `·`, `•`, `,` and `;` separators, as spans.
fn split_parts(s: &str, offset: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in s.char_indices() {
        if matches!(c, '|' | '·' | '•' | ';' | ',') {
            out.push(Span::new(offset + from, offset + i));
            from = i + c.len_utf8();
        }
    }
    out.push(Span::new(offset + from, offset + s.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};
    use crate::Severity;

    #[test]
    fn flags_references_and_personal_details() {
        let text = CLEAN
            .replace(
                "Seattle, WA\n\nSummary",
                "Seattle, WA\nDate of Birth: 04/05/1990 | Married | Nationality: German\nAge: 34\n\nSummary",
            )
            .replace(
                "University of Washington, 2015\n",
                "University of Washington, 2015\n\nReferences available upon request.\n",
            );
        let found = findings(&text, "F-EXTRAS");
        let got: alloc::vec::Vec<&str> = found.iter().map(|f| under(&text, f)).collect();
        assert_eq!(got.len(), 5, "{found:#?}");
        for want in [
            "Date of Birth",
            "Married",
            "Nationality",
            "Age",
            "References available upon request",
        ] {
            assert!(got.contains(&want), "{want} not in {got:?}");
        }
        let refs = found
            .iter()
            .find(|f| under(&text, f).starts_with("References"))
            .unwrap();
        assert_eq!((refs.severity, refs.points), (Severity::Info, 3));
        let dob = found
            .iter()
            .find(|f| under(&text, f) == "Date of Birth")
            .unwrap();
        assert_eq!((dob.severity, dob.points), (Severity::Warning, 6));
    }

    #[test]
    fn photo_label_in_header() {
        let text = CLEAN.replacen("Jane Doe\n", "[Photo]\nJane Doe\n", 1);
        let found = findings(&text, "F-EXTRAS");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("photo or headshot"));
    }

    #[test]
    fn label_words_in_prose_pass() {
        let text = CLEAN.replace(
            "\nEducation\n",
            "\nINTERESTS\nAge of Empires speedruns, single-origin coffee, photography\n\nEducation\n",
        );
        assert!(
            findings(&text, "F-EXTRAS").is_empty(),
            "{:#?}",
            findings(&text, "F-EXTRAS")
        );
    }

    #[test]
    fn same_words_in_bullets_pass() {
        assert!(findings(CLEAN, "F-EXTRAS").is_empty());
        let text = CLEAN.replace(
            "- Instrumented 9 Go",
            "- Built the photo upload service on a single-region cluster; age of cached data under 5s.\n- Instrumented 9 Go",
        );
        assert!(
            findings(&text, "F-EXTRAS").is_empty(),
            "{:#?}",
            findings(&text, "F-EXTRAS")
        );
    }
}
