//! F-SUMMARY: a summary over 4 lines, or an Objective instead of a summary (and, as a note, no
//! summary at all).
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::{lines_in, trim_span};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{CHARS_PER_LINE, OBJECTIVE_LABELS, SUMMARY_MAX_LINES};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-SUMMARY",
        name: "Summary",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "The summary runs over 4 lines, or an Objective stands in for it.",
        explanation: "Seed 002: \"Professional Summary (3-4 lines maximum) Position system scale \
            and architectural scope immediately\". Seed 004: the ideal structure starts with a \
            \"professional summary (3-4 lines)\" that \"leads with years of experience, names \
            specific technologies, and includes at least one quantified achievement\". Seed 002 \
            also lists \"Generic objective statements - Replace with a targeted professional \
            summary\" among common disqualifying errors: an objective says what you want, a \
            summary says what you bring.",
        source: "002, 004",
    },
    check,
};

/// Plain words in one line that make a header line read as a summary paragraph, not a name,
/// title or contact line.
const PROSE_WORDS: usize = 10;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let text = doc.text;
    let mut has_summary = false;
    let mut has_objective = false;
    for section in &doc.sections {
        match section.kind {
            SectionKind::Summary => {
                has_summary = true;
                let lines = printed_lines(text, lines_in(doc, section.body), section.body);
                if lines > SUMMARY_MAX_LINES {
                    out.push(
                        Finding::new(
                            &RULE.meta,
                            Some(trim_span(text, section.body)),
                            format!(
                                "The summary runs about {lines} lines; 3–4 lines at most is \
                                 the usual advice."
                            ),
                            String::from(
                                "Keep three sentences: your title and years with the primary \
                                 stack, your largest system with its scale, and one measured \
                                 result.",
                            ),
                        )
                        .points(8),
                    );
                }
            }
            SectionKind::Objective => {
                has_objective = true;
                let at = section.heading.as_ref().map(|h| h.title);
                out.push(objective(at));
            }
            _ => {}
        }
    }
    // "Objective: To obtain …" written as a line, not a heading.
    for section in &doc.sections {
        if !matches!(
            section.kind,
            SectionKind::Header | SectionKind::Summary | SectionKind::Other
        ) {
            continue;
        }
        for &line in lines_in(doc, section.body) {
            if let Some(label) = objective_label(text, line) {
                has_objective = true;
                out.push(objective(Some(label)));
            }
        }
    }
    if !has_summary && !has_objective {
        let header_prose = doc.sections_of(SectionKind::Header).any(|s| {
            lines_in(doc, s.body)
                .iter()
                .any(|l| prose_words(l.slice(text)) >= PROSE_WORDS)
        });
        if !header_prose {
            out.push(
                Finding::new(
                    &RULE.meta,
                    None,
                    String::from(
                        "No professional summary: a strong backend resume opens with 3–4 lines \
                         naming your role, years, stack and one measured result.",
                    ),
                    String::from(
                        "Add a \"Summary\" section: \"Backend engineer with N years building \
                         [systems] in [language] on [cloud]; [largest scale]; [one result].\"",
                    ),
                )
                .severity(Severity::Info)
                .points(2),
            );
        }
    }
}

/// Words made of letters only (not emails, URLs, phone numbers or separators).
fn prose_words(line: &str) -> usize {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')')))
        .filter(|w| {
            w.len() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .count()
}

fn objective(at: Option<Span>) -> Finding {
    Finding::new(
        &RULE.meta,
        at,
        String::from(
            "An Objective states what you want; a reader is looking for a targeted \
             professional summary of what you bring.",
        ),
        String::from(
            "Replace it with a 3–4 line \"Professional Summary\": title and years, primary \
             stack, largest system's scale, one measured result.",
        ),
    )
    .points(8)
}

/// The "Objective" label of a line like "Objective: To obtain a backend role".
fn objective_label(text: &str, line: Span) -> Option<Span> {
    let s = line.slice(text);
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let (label, rest) = trimmed.split_once(':')?;
    let words = label.trim_matches(['*', '_', '#', ' ']);
    let lower = words.to_ascii_lowercase();
    if rest.trim().is_empty() || !OBJECTIVE_LABELS.phrases.contains(&lower.as_str()) {
        return None;
    }
    let start = line.start + lead + trimmed.find(words).unwrap_or(0);
    Some(Span::new(start, start + words.len()))
}

/// Printed lines of `lines` clipped to `within`: each non-blank line wraps every
/// [`CHARS_PER_LINE`] characters.
fn printed_lines(text: &str, lines: &[Span], within: Span) -> usize {
    lines
        .iter()
        .map(|l| Span::new(l.start.max(within.start), l.end.min(within.end)))
        .map(|l| l.slice(text).trim().chars().count())
        .filter(|&n| n > 0)
        .map(|n| n.div_ceil(CHARS_PER_LINE))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};
    use crate::Severity;

    #[test]
    fn long_summary_is_flagged_with_its_span() {
        let long = "Backend engineer building Go services with Postgres, Kafka and Redis on AWS for payments at scale. ";
        let text = CLEAN.replace(
            "Owns Postgres, Redis and Kafka",
            &alloc::format!("{long}{long}{long}\nOwns Postgres, Redis and Kafka"),
        );
        let found = findings(&text, "F-SUMMARY");
        assert_eq!(found.len(), 1, "{found:#?}");
        // 1 line + a ~300-character line wrapped at 100 characters + 1 line.
        assert!(
            found[0].message.contains("about 5 lines"),
            "{}",
            found[0].message
        );
        assert!(under(&text, &found[0]).starts_with("Senior Backend Engineer with 9 years"));
        assert!(under(&text, &found[0]).ends_with("under 50ms."));
    }

    #[test]
    fn objective_section_and_objective_line() {
        let text = CLEAN.replace("\nSummary\n", "\nObjective\n");
        let found = findings(&text, "F-SUMMARY");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(under(&text, &found[0]), "Objective");

        let text = CLEAN.replace(
            "Seattle, WA\n\nSummary",
            "Seattle, WA\nObjective: To obtain a challenging backend role.\n\nSummary",
        );
        let found = findings(&text, "F-SUMMARY");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(under(&text, &found[0]), "Objective");
    }

    #[test]
    fn missing_summary_is_info_unless_the_header_has_prose() {
        let start = CLEAN.find("\nSummary\n").unwrap();
        let end = CLEAN.find("\nSkills\n").unwrap();
        let text = alloc::format!("{}{}", &CLEAN[..start], &CLEAN[end..]);
        let found = findings(&text, "F-SUMMARY");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);

        let text = CLEAN.replace("\nSummary\n", "\n");
        assert!(findings(&text, "F-SUMMARY").is_empty());
    }

    #[test]
    fn short_summary_passes() {
        assert!(findings(CLEAN, "F-SUMMARY").is_empty());
    }
}
