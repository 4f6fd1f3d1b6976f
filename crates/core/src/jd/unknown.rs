//! Technology-looking words the taxonomy does not know ("Vitess", "Redpanda", "TigerBeetle",
//! "Cadence", "Socket.IO", "ETL"), found in a job description so the match report can say the
//! resume lacks them.
//!
//! Strong shapes count on their own: CamelCase (`ClickHouse`), ALL-CAPS (`ETL`), letters with
//! digits (`Log4j`), dotted names (`Socket.IO`). A plain capitalised word mid-sentence
//! ("workflows on Cadence") counts only on a line that already names technology, and never
//! when it is a stop word (`stoplist::NOT_TECH`), the company's name, or part of a Title Case
//! run ("New York", "Equal Opportunity").

use super::stoplist::{self, contains};
use crate::date::MonthForm;
use crate::span::Span;
use crate::taxonomy::TermHit;
use crate::text::{Token, TokenKind};
use alloc::string::String;
use alloc::vec::Vec;

/// An unknown technology-looking word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    /// Lower-cased, for matching.
    pub key: String,
}

/// A word (or dotted compound) of the text: its span and whether it is a compound.
#[derive(Debug, Clone, Copy)]
struct Word {
    span: Span,
    /// Index of its first token.
    first: usize,
    dotted: bool,
}

/// Words and dotted compounds (`Node.js`, `ASP.NET`) of `tokens`, in order.
fn words(text: &str, tokens: &[Token]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        if t.kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let mut last = i;
        // word '.' word, with no spaces: one compound (one level is enough for tech names).
        if let (Some(dot), Some(next)) = (tokens.get(i + 1), tokens.get(i + 2)) {
            if dot.span.slice(text) == "."
                && !dot.space_before
                && !next.space_before
                && next.kind == TokenKind::Word
            {
                last = i + 2;
            }
        }
        let span = t.span.cover(tokens.get(last).map_or(t.span, |n| n.span));
        out.push(Word {
            span,
            first: i,
            dotted: last != i,
        });
        i = last + 1;
    }
    out
}

/// Call `f` with every word and dotted compound of `tokens` (lower-cased into a reused buffer).
pub fn each_word(text: &str, tokens: &[Token], mut f: impl FnMut(Span, &str)) {
    let mut buf = String::new();
    for w in words(text, tokens) {
        crate::text::lower_into(w.span.slice(text), &mut buf);
        f(w.span, &buf);
        if w.dotted {
            // The parts alone too: "Vitess.io" in a resume still shows "Vitess".
            if let Some(t) = tokens.get(w.first) {
                crate::text::lower_into(t.span.slice(text), &mut buf);
                f(t.span, &buf);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Counts on its own.
    Strong,
    /// Counts on a line that names technology.
    Weak,
}

/// Unknown technology-looking words in a job description, in text order.
pub fn find(
    text: &str,
    tokens: &[Token],
    hits: &[TermHit],
    lines: &[Span],
    skip_line: &dyn Fn(usize) -> bool,
    stops: &[String],
) -> Vec<Candidate> {
    let all = words(text, tokens);
    let mut out: Vec<Candidate> = Vec::new();
    // Per line: its weak candidates wait until we know whether the line names technology.
    let mut pending: Vec<Candidate> = Vec::new();
    let mut line_has_tech = false;
    let mut line = 0usize;
    let mut hit = 0usize;
    let mut buf = String::new();
    let flush = |pending: &mut Vec<Candidate>, out: &mut Vec<Candidate>, tech: bool| {
        if tech {
            out.append(pending);
        }
        pending.clear();
    };
    for (wi, w) in all.iter().enumerate() {
        while lines.get(line).is_some_and(|l| l.end < w.span.start) {
            line += 1;
            flush(&mut pending, &mut out, line_has_tech);
            line_has_tech = false;
        }
        // Every hit starts at a word, so a hit's line is marked when its first word is seen.
        while hits.get(hit).is_some_and(|h| h.span.end <= w.span.start) {
            hit += 1;
        }
        let covered = hits
            .get(hit)
            .is_some_and(|h| h.span.start <= w.span.start && w.span.start < h.span.end);
        if covered {
            line_has_tech = true;
            continue;
        }
        if skip_line(line) {
            continue;
        }
        // Shape first: most words are lower-case and drop out before the stop-list lookups.
        let line_start = lines.get(line).map_or(0, |l| l.start);
        let Some(shape) = shape(text, tokens, &all, wi, w, line_start) else {
            continue;
        };
        crate::text::lower_into(w.span.slice(text), &mut buf);
        if contains(stoplist::NOT_TECH, &buf)
            || is_month_name(&buf)
            || super::places::is_place_word(&buf)
            || stops.contains(&buf)
        {
            continue;
        }
        let c = Candidate {
            span: w.span,
            key: buf.clone(),
        };
        match shape {
            Shape::Strong => {
                line_has_tech = true;
                out.push(c);
            }
            Shape::Weak => pending.push(c),
        }
    }
    flush(&mut pending, &mut out, line_has_tech);
    crate::sort::sort_by_key(&mut out, |c| c.span.start);
    out
}

/// The shape of word `w` (index `wi` in `all`), if it looks like a technology name.
fn shape(
    text: &str,
    tokens: &[Token],
    all: &[Word],
    wi: usize,
    w: &Word,
    line_start: usize,
) -> Option<Shape> {
    let s = w.span.slice(text);
    if w.dotted {
        let (head, tail) = s.split_once('.')?;
        let tail_lower = tail.to_ascii_lowercase();
        if head.len() < 2
            || matches!(
                tail_lower.as_str(),
                "com" | "org" | "co" | "dev" | "app" | "ai" | "g" | "e"
            )
        {
            return None;
        }
        let techy_tail = matches!(
            tail_lower.as_str(),
            "js" | "ts" | "io" | "net" | "py" | "rs" | "rb"
        );
        let capitalised = head.chars().next().is_some_and(char::is_uppercase)
            && tail.chars().next().is_some_and(char::is_uppercase);
        return (techy_tail || capitalised).then_some(Shape::Strong);
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let first = s.chars().next()?;
    if digits > 0 {
        if letters == 0 || !first.is_alphabetic() {
            return None; // "2nd", "10x", "401k", "30k"
        }
        let lead = s.chars().take_while(|c| c.is_alphabetic()).count();
        let rest_digits = s.chars().skip(lead).all(|c| c.is_ascii_digit());
        if lead <= 2 && rest_digits {
            // Q3, H1, L5, P0, FY24 are not technologies; S3, R2 are.
            let lower = s.to_ascii_lowercase();
            return contains(stoplist::LETTER_DIGIT_TECH, &lower).then_some(Shape::Strong);
        }
        return Some(Shape::Strong);
    }
    if letters < 2 {
        return None;
    }
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    if upper == letters {
        // ALL-CAPS: 2–6 letters is an acronym (ETL, PCI, GDPR); longer is shouting.
        return (letters <= 6).then_some(Shape::Strong);
    }
    let camel = s
        .chars()
        .zip(s.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    if camel {
        return Some(Shape::Strong);
    }
    if !first.is_uppercase() || letters < 3 || sentence_start(text, tokens, w, line_start) {
        return None;
    }
    // Title Case runs are names of places, teams, programs: unless a vendor opens the run
    // ("Apache Flink"), skip words next to another capitalised word.
    let prev = wi.checked_sub(1).and_then(|i| all.get(i));
    let next = all.get(wi + 1);
    let adjacent_cap = |o: Option<&Word>, before: bool| {
        o.is_some_and(|o| {
            let gap = if before {
                Span::new(o.span.end, w.span.start)
            } else {
                Span::new(w.span.end, o.span.start)
            };
            gap.slice(text).chars().all(|c| c == ' ')
                && o.span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
    };
    let after_vendor =
        prev.is_some_and(|p| contains(stoplist::VENDORS, &p.span.slice(text).to_ascii_lowercase()));
    if !after_vendor && (adjacent_cap(prev, true) || adjacent_cap(next, false)) {
        return None;
    }
    if contains(stoplist::VENDORS, &s.to_ascii_lowercase()) {
        return None;
    }
    Some(Shape::Weak)
}

/// Whether `w` starts a sentence or a line (a capital there says nothing). `line_start` is the
/// byte offset of `w`'s line.
fn sentence_start(text: &str, tokens: &[Token], w: &Word, line_start: usize) -> bool {
    let Some(prev) = w.first.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return true;
    };
    let between = Span::new(prev.span.end, w.span.start).slice(text);
    if between.contains('\n') {
        return true;
    }
    if prev.kind == TokenKind::Punct {
        let p = prev.span.slice(text);
        if matches!(
            p,
            "." | "!" | "?" | "•" | "*" | "-" | "–" | "—" | "#" | "\"" | "“"
        ) {
            // A bullet marker or sentence end; "-" inside a line ("Go - Temporal") too.
            return true;
        }
        // After "(" or ":" or "," the word is mid-sentence ("(Cadence)", "Tools: Vitess"),
        // unless that punctuation opens the line. (`all` stops at the first other character.)
        return prev.span.start <= line_start
            || Span::new(line_start, prev.span.start)
                .slice(text)
                .chars()
                .all(char::is_whitespace);
    }
    false
}

/// A month written out ("March", "July"): a date in a posting, never a technology. From the
/// core's one month table; abbreviations ("Mar") and seasons ("Spring") are left to the other
/// checks, since "Spring" is a framework.
fn is_month_name(lower: &str) -> bool {
    crate::date::month_name(lower)
        .is_some_and(|(_, form)| matches!(form, MonthForm::Full | MonthForm::Either))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy;
    use alloc::vec::Vec;

    fn unknowns(text: &str) -> Vec<&str> {
        let tokens = crate::text::tokenize(text);
        let hits = taxonomy::find_terms(text, &tokens);
        let lines = crate::document::line_spans(text);
        find(text, &tokens, &hits, &lines, &|_| false, &[])
            .into_iter()
            .map(|c| c.span.slice(text))
            .collect()
    }

    #[test]
    fn strong_shapes() {
        let found =
            unknowns("We store events in TigerBeetle and run ETL jobs on EC2 with Socket.IO.");
        assert!(found.contains(&"TigerBeetle"), "{found:?}");
        assert!(found.contains(&"ETL"), "{found:?}");
        assert!(found.contains(&"Socket.IO"), "{found:?}");
    }

    #[test]
    fn capitalised_words_need_a_tech_line() {
        let found = unknowns(
            "- Orchestrate workflows on Cadence and route traffic with Traefik, on Kubernetes.\n",
        );
        assert_eq!(found, ["Cadence", "Traefik"]);
        let found = unknowns("- Work from our office in New York with a Friendly team.\n");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn not_technology() {
        let found = unknowns("Join us in Q3 of FY24 for 401k, 2nd-round equity, and US-based PTO at L5. See ledgerly.com, e.g. here.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn sentence_starts_are_not_names() {
        let found = unknowns("Payments move fast. Reliability matters on Kubernetes.\n");
        assert!(found.is_empty(), "{found:?}");
    }
}
