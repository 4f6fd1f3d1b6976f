//! F-SKILL-BARS: graphical or glyph skill ratings (●●●○○, ★★★☆☆, █░, "8/10", [#####---]).
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! Textual proficiency ("PostgreSQL (advanced)") is *not* flagged: seed 000 recommends exactly
//! that for specialists.

use super::{lines_in, repeat_points, trim_span};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{
    is_filled_rating_glyph, is_rating_glyph, BAR_EMPTY, BAR_FILL, RATING_DENOMINATORS,
};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-SKILL-BARS",
        name: "Skill bars",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Skills are rated with glyphs, scores or progress bars.",
        explanation: "Seed 000: \"Avoid graphical skill bars. They are hard to parse and rarely \
            increase interview rates.\" Seed 004: \"Avoid rating your skill levels with progress \
            bars or star ratings — they are meaningless to recruiters and invisible to ATS \
            systems.\" Rating glyphs (●●●○○, ★★★☆☆, █░), scores (8/10) and drawn bars \
            ([#####---]) either vanish or turn into noise in the parsed text. If proficiency \
            matters, seed 000's textual form works: \"PostgreSQL (advanced), Kafka \
            (intermediate)\".",
        source: "000, 004",
    },
    check,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Glyphs,
    Score,
    Percent,
    Bar,
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let mut hits: Vec<(Span, Kind, Span)> = Vec::new();
    // Walk the sections in order and each one's lines (one pass over the lines in all).
    let lines = doc.sections.iter().flat_map(|s| {
        let in_skills = s.kind == SectionKind::Skills;
        lines_in(doc, s.span)
            .iter()
            .filter(move |l| s.span.start <= l.start && l.start < s.span.end.max(s.span.start + 1))
            .map(move |&l| (l, in_skills))
    });
    for (line, in_skills) in lines {
        let before = hits.len();
        scan_line(doc.text, line, in_skills, &mut hits);
        // Keep hits in order and drop overlaps (a bracketed "[■■■□□]" is one bar).
        let mut fresh: Vec<(Span, Kind, Span)> = hits.drain(before..).collect();
        crate::sort::sort_by_key(&mut fresh, |(s, _, _)| (s.start, core::cmp::Reverse(s.end)));
        for hit in fresh {
            if hits
                .last()
                .is_some_and(|(prev, _, _)| hit.0.start < prev.end)
            {
                continue;
            }
            hits.push(hit);
        }
    }
    for (nth, (span, kind, line)) in hits.into_iter().enumerate() {
        let shown = span.slice(doc.text).trim();
        let skill = skill_name(doc.text, line, span);
        let what = match kind {
            Kind::Glyphs => "a glyph rating",
            Kind::Score => "a score",
            Kind::Percent => "a percentage rating",
            Kind::Bar => "a drawn progress bar",
        };
        let of = if skill.is_empty() {
            String::new()
        } else {
            format!(" for {skill}")
        };
        out.push(
            Finding::new(
                &RULE.meta,
                Some(span),
                format!(
                    "\"{shown}\"{of} is {what}: an ATS drops it or reads noise, and a recruiter \
                     learns nothing from a self-rating."
                ),
                String::from(
                    "Delete the rating. Prove the skill in a bullet instead, or if proficiency \
                     matters say it in words: \"PostgreSQL (advanced)\".",
                ),
            )
            .points(repeat_points(nth, 10, 2, 20)),
        );
    }
}

fn scan_line(text: &str, line: Span, in_skills: bool, hits: &mut Vec<(Span, Kind, Span)>) {
    let s = line.slice(text);
    // Every rating form needs a glyph (non-ASCII) or one of these characters.
    let maybe = s
        .bytes()
        .any(|b| b >= 0x80 || matches!(b, b'/' | b'%' | b'[' | b'#' | b'=' | b'|' | b'*' | b'+'));
    if !maybe {
        return;
    }
    glyph_runs(s, |a, b| {
        hits.push((Span::new(a, b).offset(line.start), Kind::Glyphs, line))
    });
    scores(s, in_skills, |a, b| {
        hits.push((Span::new(a, b).offset(line.start), Kind::Score, line));
    });
    if in_skills {
        percents(s, |a, b| {
            hits.push((Span::new(a, b).offset(line.start), Kind::Percent, line));
        });
    }
    bars(s, |a, b| {
        hits.push((Span::new(a, b).offset(line.start), Kind::Bar, line))
    });
}

/// Runs of rating glyphs (single spaces allowed between): three or more, or two that mix
/// filled and empty ("●○").
fn glyph_runs(s: &str, mut hit: impl FnMut(usize, usize)) {
    let mut run: Option<(usize, usize, usize, bool, bool)> = None; // start, end, n, filled, empty
    let mut flush = |run: &mut Option<(usize, usize, usize, bool, bool)>| {
        if let Some((a, b, n, filled, empty)) = run.take() {
            if n >= 3 || (n == 2 && filled && empty) {
                hit(a, b);
            }
        }
    };
    let mut last_space = false;
    for (i, c) in s.char_indices() {
        if is_rating_glyph(c) {
            let filled = is_filled_rating_glyph(c);
            let end = i + c.len_utf8();
            run = Some(match run {
                Some((a, _, n, f, e)) => (a, end, n + 1, f || filled, e || !filled),
                None => (i, end, 1, filled, !filled),
            });
            last_space = false;
        } else if c == ' ' && run.is_some() && !last_space {
            last_space = true;
        } else {
            flush(&mut run);
            last_space = false;
        }
    }
    flush(&mut run);
}

/// "8/10", "4/5", "4.5/5" after a skill: in a Skills section anywhere on the line, elsewhere
/// only when it closes an item ("Python 8/10," not "rated 4/5 by users").
fn scores(s: &str, in_skills: bool, mut hit: impl FnMut(usize, usize)) {
    let bytes = s.as_bytes();
    for (slash, _) in s.match_indices('/') {
        // Numerator: digits, optionally ".5", right before the slash.
        let mut a = slash;
        while a > 0
            && bytes
                .get(a - 1)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
        {
            a -= 1;
        }
        let mut b = slash + 1;
        while bytes.get(b).is_some_and(u8::is_ascii_digit) {
            b += 1;
        }
        let (Some(num), Some(den)) = (s.get(a..slash), s.get(slash + 1..b)) else {
            continue;
        };
        let (Some(num), Ok(den)) = (parse_rating(num), den.parse::<u32>()) else {
            continue;
        };
        if !RATING_DENOMINATORS.contains(&den) || num > den * 10 {
            continue;
        }
        // Not part of a date or a longer fraction ("12/04/10", "4/5/2020", "v1.2/5").
        let prev = a.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        let next = bytes.get(b).copied();
        if matches!(prev, Some(b'/' | b'.')) || prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
            continue;
        }
        if matches!(next, Some(b'/' | b'.' | b'-'))
            || next.is_some_and(|n| n.is_ascii_alphanumeric())
        {
            continue;
        }
        let closes_item = s
            .get(b..)
            .map(str::trim_start)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([',', ';', '|', ')', ']']));
        if in_skills || closes_item {
            hit(a, b);
        }
    }
}

/// A rating numerator in tenths: "8" → 80, "4.5" → 45.
fn parse_rating(num: &str) -> Option<u32> {
    let (whole, frac) = match num.split_once('.') {
        Some((w, f)) => (w, f),
        None => (num, ""),
    };
    if whole.is_empty() || whole.len() > 2 || frac.len() > 1 {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let frac: u32 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    Some(whole * 10 + frac)
}

/// "Python 90%" in a Skills section: a percentage right after a skill name that closes the item.
fn percents(s: &str, mut hit: impl FnMut(usize, usize)) {
    let bytes = s.as_bytes();
    for (pct, _) in s.match_indices('%') {
        let mut a = pct;
        while a > 0 && bytes.get(a - 1).is_some_and(u8::is_ascii_digit) {
            a -= 1;
        }
        if a == pct || pct - a > 3 {
            continue;
        }
        let before = s.get(..a).unwrap_or("").trim_end();
        let after = s.get(pct + 1..).unwrap_or("").trim_start();
        let after_name = before.chars().next_back().is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, ':' | '-' | '–' | '—' | '(' | '+' | '#')
        });
        let closes = after.is_empty() || after.starts_with([',', ';', '|', ')', ']']);
        if after_name && closes {
            hit(a, pct + 1);
        }
    }
}

/// Drawn bars: "[#####---]", "[=====     ]", "[■■■□□]", and bare "#####-----".
fn bars(s: &str, mut hit: impl FnMut(usize, usize)) {
    let is_fill = |c: char| BAR_FILL.contains(&c) || is_filled_rating_glyph(c);
    let is_empty =
        |c: char| BAR_EMPTY.contains(&c) || (is_rating_glyph(c) && !is_filled_rating_glyph(c));
    // Bracketed.
    for (open, _) in s.match_indices('[') {
        let Some(inner_len) = s.get(open + 1..).and_then(|r| r.find(']')) else {
            continue;
        };
        let Some(inner) = s.get(open + 1..open + 1 + inner_len) else {
            continue;
        };
        let fills = inner.chars().filter(|&c| is_fill(c)).count();
        if inner.chars().count() >= 4
            && fills >= 2
            && inner.chars().all(|c| is_fill(c) || is_empty(c))
        {
            hit(open, open + inner_len + 2);
        }
    }
    // Bare: a whitespace-delimited word of fill characters followed by dash/dot/underscore ones.
    let mut offset = 0;
    for word in s.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        let fill_len: usize = word
            .chars()
            .take_while(|&c| BAR_FILL.contains(&c) || is_filled_rating_glyph(c))
            .map(char::len_utf8)
            .sum();
        let rest = word.get(fill_len..).unwrap_or("");
        let empty_ok = !rest.is_empty() && rest.chars().all(|c| matches!(c, '-' | '.' | '_'));
        if fill_len >= 2 && empty_ok && word.chars().count() >= 5 && !word.starts_with('[') {
            hit(start, start + word.len());
        }
    }
}

/// The skill a rating belongs to: the words before it on its line, after any label or bullet.
fn skill_name(text: &str, line: Span, rating: Span) -> String {
    let before = Span::new(line.start, rating.start.max(line.start));
    let s = trim_span(text, before).slice(text);
    let s = s
        .rsplit([',', ';', '|', ':', '[', '(', '\t'])
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '+')
        .trim();
    if s.split_whitespace().count() > 4 {
        return String::new();
    }
    String::from(s)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};

    fn with_skills(skills: &str) -> alloc::string::String {
        CLEAN.replace(
            "Languages: Go, Python, Rust\n",
            &alloc::format!("Languages: Go, Python, Rust\n{skills}\n"),
        )
    }

    #[test]
    fn flags_glyph_ratings_each_with_a_span() {
        let text = with_skills("Python ●●●●○\nGo ★★★☆☆\nKafka █████░░\nRust ▰▰▱▱▱\nJava ● ● ● ○ ○");
        let found = findings(&text, "F-SKILL-BARS");
        let spans: alloc::vec::Vec<&str> = found.iter().map(|f| under(&text, f)).collect();
        assert_eq!(spans, ["●●●●○", "★★★☆☆", "█████░░", "▰▰▱▱▱", "● ● ● ○ ○"]);
        assert!(
            found[0].message.contains("for Python"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].points, 10);
        assert_eq!(found.iter().map(|f| f.points).sum::<u32>(), 18);
    }

    #[test]
    fn flags_scores_percentages_and_drawn_bars() {
        let text =
            with_skills("Python 8/10, Go 4.5/5\nKafka: 90%\nRedis [#####---]\nDocker ####--");
        let found = findings(&text, "F-SKILL-BARS");
        let spans: alloc::vec::Vec<&str> = found.iter().map(|f| under(&text, f)).collect();
        assert_eq!(spans, ["8/10", "4.5/5", "90%", "[#####---]", "####--"]);
    }

    #[test]
    fn scores_outside_skills_need_to_close_an_item() {
        let text = CLEAN.replace(
            "- Instrumented 9 Go",
            "- Rated 4/5 by users on 12/04/10 after shipping 3/5 milestones on 4/5/2020.\n- Instrumented 9 Go",
        );
        assert!(findings(&text, "F-SKILL-BARS").is_empty());
    }

    #[test]
    fn plain_skills_metrics_and_textual_levels_pass() {
        assert!(findings(CLEAN, "F-SKILL-BARS").is_empty());
        let text = with_skills(
            "Proficiency: PostgreSQL (advanced), Kafka (intermediate), Rust (basic)\n\
             ● Go services\n- [x] done\nTitle\n=====\nCut costs 40% by caching",
        );
        assert!(
            findings(&text, "F-SKILL-BARS").is_empty(),
            "{:#?}",
            findings(&text, "F-SKILL-BARS")
        );
    }
}
