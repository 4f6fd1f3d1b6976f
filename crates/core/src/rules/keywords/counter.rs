//! K-COUNTER: seed 003's counter-list (jQuery, Bootstrap, Tailwind, CSS-in-JS, Redux,
//! React/Vue, WordPress) on a backend resume.
//!
//! Seed 003: these FE-only keywords "actively reduce match score on Ashby's LLM-based scorer
//! because the embedding lands closer to FE postings than BE postings"; "write FE-isolated
//! keywords only into a clearly-marked 'Adjacent' line if at all". Its exception: full-stack
//! roles whose posting lists the FE keywords, so a term the pasted job description names is
//! not flagged, and neither is one on an "Adjacent" line.
//!
//! A counter word inside a name is not the framework: "Angular Scale Surveyor" (a telescope),
//! "Doom Redux" (a game) — a hand audit found both flagged. A hit right next to another
//! capitalised word that is no technology reads as part of a proper name and is skipped.

use super::capped;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::taxonomy::{self, SignalClass, TermHit};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-COUNTER",
        name: "Counter-list keyword",
        category: Category::Keywords,
        severity: Severity::Warning,
        summary: "Frontend-only keywords (jQuery, Bootstrap, Tailwind, Redux, React, WordPress) on a backend resume.",
        explanation: "Seed 003's counter-list: FE-stack keywords such as React, Tailwind, jQuery, Redux and CSS-in-JS on a backend resume actively reduce the match score on Ashby's LLM-based scorer, because the embedding lands closer to frontend postings than backend ones, and read as \"this candidate hasn't done backend in a while\". WordPress as a primary system reads as legacy or agency work at senior level. Put FE-isolated keywords in a clearly marked \"Adjacent\" line if at all; the exception is a full-stack posting that lists them.",
        source: "003",
    },
    check,
};

const EACH: u32 = 6;
const CAP: u32 = 18;

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let mut seen: Vec<u16> = Vec::new();
    let mut n = 0;
    for hit in &doc.terms {
        let term = taxonomy::term(hit.term);
        if term.class != SignalClass::Counter || seen.contains(&hit.term) {
            continue;
        }
        if on_adjacent_line(doc, hit) || in_proper_name(doc, hit) {
            continue;
        }
        seen.push(hit.term);
        if ctx.jd.is_some_and(|jd| jd.mentions(hit.term)) {
            continue;
        }
        let word = hit.span.slice(doc.text);
        out.push(
            Finding::new(
                &RULE.meta,
                Some(hit.span),
                format!("\"{word}\" reads as frontend work on a backend resume: it pulls the match toward frontend postings."),
                String::from("Drop it, or move frontend tools to one clearly marked \"Adjacent:\" line; lead with the services, APIs and datastores you built."),
            )
            .points(capped(n, EACH, CAP)),
        );
        n += 1;
    }
}

/// Whether the hit is one word of a capitalised name ("Angular Scale Surveyor", "Doom Redux"):
/// the word right before or after it, with only a space between, is capitalised and is not a
/// taxonomy term ("React Native", "jQuery UI" stay terms).
fn in_proper_name(doc: &crate::document::Document<'_>, hit: &TermHit) -> bool {
    let tokens = &doc.tokens;
    let first = tokens.partition_point(|t| t.span.start < hit.span.start);
    let next = tokens.partition_point(|t| t.span.start < hit.span.end);
    let before = first
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| spaces_only(doc.text, t.span.end, hit.span.start) && name_word(doc, t));
    let after = tokens
        .get(next)
        .is_some_and(|t| spaces_only(doc.text, hit.span.end, t.span.start) && name_word(doc, t));
    before || after
}

/// Whether `text[from..to]` is one or more spaces or tabs.
fn spaces_only(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\t'))
}

/// A capitalised word ("Scale", "Doom") that no taxonomy term covers.
fn name_word(doc: &crate::document::Document<'_>, token: &crate::text::Token) -> bool {
    let word = token.span.slice(doc.text);
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() >= 2
        && chars.all(|c| c.is_ascii_lowercase());
    let at = doc
        .terms
        .partition_point(|h| h.span.end <= token.span.start);
    let a_term = doc
        .terms
        .get(at)
        .is_some_and(|h| h.span.start <= token.span.start);
    token.kind == crate::text::TokenKind::Word && capitalised && !a_term
}

/// Whether the hit sits on a line marked "Adjacent" ("Adjacent: React, Tailwind", after an
/// optional bullet marker or "Frontend"/"FE" qualifier): seed 003's clearly marked line.
fn on_adjacent_line(doc: &crate::document::Document<'_>, hit: &TermHit) -> bool {
    let i = doc.lines.partition_point(|l| l.end < hit.span.start);
    doc.lines.get(i).is_some_and(|l| {
        let line = l.slice(doc.text);
        let head = line
            .trim_start_matches(|c: char| c.is_whitespace() || crate::phrases::is_bullet_marker(c));
        // Only the first few words can be the marker: reading more would make a long line cost
        // a scan per hit.
        let head = head.get(..head.len().min(24)).unwrap_or(head);
        head.to_ascii_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .take(3)
            .any(|w| w == "adjacent")
    })
}

#[cfg(test)]
mod tests {
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, analyze_jd, at, findings, STRONG};

    #[test]
    fn backend_resume_is_quiet() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-COUNTER").is_empty());
    }

    #[test]
    fn frontend_keywords_are_flagged_once_each() {
        let text =
            "Skills\nGo, jQuery, Tailwind\n\nExperience\n- Built jQuery widgets for 3 teams.\n";
        let r = analyze(text, Level::Senior);
        let f = findings(&r, "K-COUNTER");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(at(text, f[0]), "jQuery");
        assert_eq!(at(text, f[1]), "Tailwind");
    }

    #[test]
    fn adjacent_line_and_full_stack_jd_are_exempt() {
        let text = "Skills\nGo, PostgreSQL\nAdjacent: React, Tailwind\n\nExperience\n- Built Go services for 3 teams.\n";
        let r = analyze(text, Level::Senior);
        assert!(
            findings(&r, "K-COUNTER").is_empty(),
            "{:?}",
            findings(&r, "K-COUNTER")
        );
        let text = "Skills\nGo, React\n\nExperience\n- Built Go services for 3 teams.\n";
        let r = analyze_jd(
            text,
            Level::Senior,
            "Full-Stack Engineer\nRequirements\n- Go and React\n",
        );
        assert!(findings(&r, "K-COUNTER").is_empty());
    }

    #[test]
    fn a_counter_word_inside_a_name_is_not_the_framework() {
        for line in [
            "- Wrote the pipeline for the Angular Scale Surveyor, reducing 2 TB of scans a night.",
            "- Built the matchmaking server for Doom Redux in Go, serving 40k players.",
        ] {
            let text = alloc::format!("Experience\n{line}\n");
            let r = analyze(&text, Level::Mid);
            assert!(findings(&r, "K-COUNTER").is_empty(), "{line}");
        }
        let text = "Experience\n- Rebuilt the admin pages in React and Redux for 3 teams.\n";
        let r = analyze(text, Level::Mid);
        assert_eq!(findings(&r, "K-COUNTER").len(), 2);
    }
}
