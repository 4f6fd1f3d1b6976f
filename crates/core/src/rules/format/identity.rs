//! F-IDENTITY: "Full-stack developer" as the headline, creative titles, and "10+ years of
//! programming experience".
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::{find_phrases, lines_in, repeat_points};
use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{CREATIVE_TITLES, FULL_STACK_IDENTITY, PROGRAMMING_YEARS};
use crate::phrases::matcher::phrase_index;
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::text::TokenKind;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-IDENTITY",
        name: "Identity",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "A full-stack or creative headline, or a vague \"years of programming\" claim.",
        explanation: "Seed 003: \"'Full-stack developer' as primary identity on a BE-targeted \
            resume — Generic FS framing dilutes BE signal. If the JD says Backend, lead with \
            'Backend Engineer' in the summary\"; seed 004: \"a generic 'full-stack developer' \
            headline loses relevance points on both sides\". Seed 003 also notes that \
            SmartRecruiters and iCIMS \"penalize creative titles ('Software Craftsman,' 'Platform \
            Generalist,' 'Polyglot Engineer') for not matching canonical strings ('Backend \
            Engineer,' 'Senior Backend Engineer,' …)\", and calls \"10+ years of programming \
            experience\" vague: \"Tighten to '10+ years building production backend systems' \
            with two or three named systems immediately after.\"",
        source: "003, 004",
    },
    check,
};

phrase_index!(
    static FULL_STACK: () = &[((), FULL_STACK_IDENTITY.phrases)];
);
phrase_index!(
    static CREATIVE: () = &[((), CREATIVE_TITLES.phrases)];
);
phrase_index!(
    static YEARS: () = &[((), PROGRAMMING_YEARS.phrases)];
);

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let headline = headline_spans(doc);

    for &span in &headline {
        for at in find_phrases(doc, span, &FULL_STACK).iter().map(|h| h.span) {
            let lead = super::words_in(doc, Span::new(span.start, at.start)).len();
            if lead > HEADLINE_LEAD_WORDS {
                continue;
            }
            let words = at.slice(doc.text);
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(at),
                    format!(
                        "\"{words}\" as your headline: on a backend-targeted resume full-stack \
                         framing dilutes the backend signal."
                    ),
                    String::from(
                        "Lead with \"Backend Engineer\" (or the JD's exact title); mention \
                         full-stack work once, as a phrase in one bullet.",
                    ),
                )
                .points(8),
            );
        }
    }

    let mut scopes = headline;
    scopes.extend(role_lines(doc));
    let mut titles: Vec<Span> = scopes
        .into_iter()
        .flat_map(|span| find_phrases(doc, span, &CREATIVE))
        .map(|h| h.span)
        .collect();
    crate::sort::sort(&mut titles);
    titles.dedup();
    for (nth, at) in titles.into_iter().enumerate() {
        let words = at.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!(
                    "\"{words}\" is a creative title: ATS title searches (iCIMS, \
                     SmartRecruiters) match canonical titles and miss it."
                ),
                String::from(
                    "Use a canonical title: \"Backend Engineer\", \"Senior Backend \
                     Engineer\", \"Staff Backend Engineer\" or \"Platform Engineer\".",
                ),
            )
            .points(repeat_points(nth, 8, 3, 14)),
        );
    }

    let whole = Span::new(0, doc.text.len());
    for at in find_phrases(doc, whole, &YEARS).iter().map(|h| h.span) {
        let at = with_leading_number(doc, at);
        let words = at.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!("\"{words}\" is vague: it counts years, not systems."),
                String::from(
                    "Say what the years built: \"10+ years building production backend systems\" \
                     followed by two or three named systems.",
                ),
            )
            .severity(Severity::Info)
            .points(4),
        );
    }
}

/// Lines of the header block that can hold the title line (name, title, contact, a tagline).
const HEADLINE_LINES: usize = 5;
/// A headline phrase leads its line or sentence: "Senior Full-Stack Developer with 8 years", not
/// "… with selective full-stack developer contributions on the admin panel".
const HEADLINE_LEAD_WORDS: usize = 4;

/// Where a headline lives: the header block (name, title line) and the first sentence of the
/// summary.
fn headline_spans(doc: &Document<'_>) -> Vec<Span> {
    let mut spans: Vec<Span> = doc
        .sections_of(SectionKind::Header)
        .flat_map(|s| lines_in(doc, s.body).iter().copied())
        .filter(|l| !l.slice(doc.text).trim().is_empty())
        .take(HEADLINE_LINES)
        .collect();
    if let Some(summary) = doc.sections_of(SectionKind::Summary).next() {
        let body = summary.body.slice(doc.text);
        let end = sentence_end(body);
        spans.push(Span::new(summary.body.start, summary.body.start + end));
    }
    spans
}

/// Byte length of the first sentence of `s`.
fn sentence_end(s: &str) -> usize {
    let bytes = s.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?')
            && !matches!(bytes.get(i + 1), Some(n) if !n.is_ascii_whitespace())
            && bytes
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            return i + 1;
        }
    }
    s.len()
}

/// Non-bullet lines of the Experience and Projects sections: role title lines.
fn role_lines(doc: &Document<'_>) -> Vec<Span> {
    let mut out: Vec<Span> = doc.roles.iter().filter_map(|r| r.title).collect();
    for section in &doc.sections {
        if !matches!(
            section.kind,
            SectionKind::Experience | SectionKind::Projects
        ) {
            continue;
        }
        for &line in lines_in(doc, section.body) {
            let i = doc.bullets.partition_point(|b| b.span.start < line.end);
            let in_bullet = i
                .checked_sub(1)
                .and_then(|i| doc.bullets.get(i))
                .is_some_and(|b| b.span.end > line.start);
            if !in_bullet {
                out.push(line);
            }
        }
    }
    out
}

/// Extend a "years of programming" match back over "10+" / "ten".
fn with_leading_number(doc: &Document<'_>, at: Span) -> Span {
    let i = doc.tokens.partition_point(|t| t.span.start < at.start);
    let mut start = at.start;
    let mut j = i;
    while let Some(t) = j.checked_sub(1).and_then(|k| doc.tokens.get(k)) {
        let s = t.span.slice(doc.text);
        let numeric = t.kind == TokenKind::Number
            || matches!(
                s.to_ascii_lowercase().as_str(),
                "ten" | "fifteen" | "twenty" | "five"
            );
        if s == "+" || numeric {
            start = t.span.start;
            j -= 1;
            if numeric {
                break;
            }
        } else {
            break;
        }
    }
    Span::new(start, at.end)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};
    use crate::Severity;

    #[test]
    fn full_stack_headline_is_flagged() {
        let text = CLEAN.replacen("Senior Backend Engineer\n", "Full-Stack Developer\n", 1);
        let found = findings(&text, "F-IDENTITY");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(under(&text, &found[0]), "Full-Stack Developer");

        let text = CLEAN.replace(
            "Senior Backend Engineer with 9 years",
            "Full stack engineer with 9 years",
        );
        let found = findings(&text, "F-IDENTITY");
        assert_eq!(found.len(), 1);
        assert_eq!(under(&text, &found[0]), "Full stack engineer");
    }

    #[test]
    fn full_stack_in_a_bullet_or_past_role_passes() {
        let text = CLEAN
            .replace(
                "Senior Backend Engineer with 9 years building",
                "Senior Backend Engineer with 9 years, some as a full-stack developer, building",
            )
            .replace("Backend Engineer, Globex", "Full-Stack Developer, Globex")
            .replace(
                "- Instrumented 9 Go",
                "- Shipped as a full-stack developer: instrumented 9 Go",
            );
        assert!(
            findings(&text, "F-IDENTITY").is_empty(),
            "{:#?}",
            findings(&text, "F-IDENTITY")
        );
    }

    #[test]
    fn creative_titles_in_headline_and_roles() {
        let text = CLEAN
            .replacen("Senior Backend Engineer\n", "Software Craftsman\n", 1)
            .replace("Backend Engineer, Globex", "Polyglot Engineer, Globex");
        let found = findings(&text, "F-IDENTITY");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(under(&text, &found[0]), "Software Craftsman");
        assert_eq!(under(&text, &found[1]), "Polyglot Engineer");
        assert_eq!((found[0].points, found[1].points), (8, 3));
    }

    #[test]
    fn vague_years_of_programming() {
        let text = CLEAN.replace(
            "with 9 years building",
            "with 10+ years of programming experience building",
        );
        let found = findings(&text, "F-IDENTITY");
        assert_eq!(found.len(), 1);
        assert_eq!(
            under(&text, &found[0]),
            "10+ years of programming experience"
        );
        assert_eq!(found[0].severity, Severity::Info);
    }

    #[test]
    fn canonical_titles_pass() {
        assert!(findings(CLEAN, "F-IDENTITY").is_empty());
    }
}
