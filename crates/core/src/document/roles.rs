//! Roles: title, company, dates → years of experience, recency, level.
//!
//! A role is found from the lines of an Experience (or Projects) section that are not bullets:
//! a line with a date range anchors a role, and up to two lines above it (or one below, when
//! the anchor has no title or company) complete it. Layouts read:
//! "Title — Company | Jan 2020 – Present", "Company, City" / "Title   2019 – 2021",
//! "**Title**, Company (2020–2022)", "Title" / "Company | 03/2020 - 06/2022". A short
//! title-and-company line right above bullets is an undated role.
//!
//! Dates: month names ("Jan", "January", "Sept.", "Mar. 2020"), seasons ("Summer 2021"),
//! numeric ("03/2020", "2020-03", "2020.03"), bare years, and "Present"/"Current"/"Now"/"Today"
//! for an open end; separated by `-`, `–`, `—`, `~`, "to", "until", "through"; also
//! "Since 2020".

use super::{bullets::Bullet, contact, Section, SectionKind};
use crate::options::Level;
use crate::phrases;
use crate::span::Span;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: u16,
    /// 1–12; 0 when only the year is known.
    pub month: u8,
}

impl YearMonth {
    /// Months since year 0, treating an unknown month as January.
    pub fn index(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month.max(1)) - 1
    }
}

/// "Today" when the resume itself mentions nothing later: the analysis needs a fixed "now" to
/// stay deterministic (there is no clock in `no_std`, and the same input must give the same
/// report). It is the seeds' present (seed 003 writes for "2026").
pub const NOW_FLOOR: YearMonth = YearMonth {
    year: 2026,
    month: 1,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// Exactly the dates: "Jan 2020 – Present", "2019-2021", "Since 2020".
    pub span: Span,
    pub start: YearMonth,
    /// `None` means "Present". A single date ("Summer 2019") has `end == Some(start)`.
    pub end: Option<YearMonth>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role's heading line(s): title and company.
    pub span: Span,
    pub title: Option<Span>,
    pub company: Option<Span>,
    pub dates: Option<DateRange>,
    pub section: SectionKind,
    /// Index into `Document::sections`.
    pub section_index: usize,
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
    ("spring", 3),
    ("summer", 6),
    ("fall", 9),
    ("autumn", 9),
    ("winter", 12),
];

const PRESENT: &[&str] = &[
    "present",
    "current",
    "currently",
    "now",
    "today",
    "ongoing",
    "date",
    "heute",
];

const RANGE_WORDS: &[&str] = &["to", "till", "til", "until", "through", "thru"];

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Number,
    Punct(char),
}

/// Simple tokens of one line (the shared tokenizer glues `03/2020` differently and carries
/// more than dates need).
fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let digit = c.is_ascii_digit();
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = chars.peek() {
                if n.is_alphanumeric() && n.is_ascii_digit() == digit {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let kind = if digit {
                TokKind::Number
            } else {
                TokKind::Word
            };
            out.push(Tok {
                start: i,
                end,
                kind,
            });
        } else {
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                kind: TokKind::Punct(c),
            });
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
enum Point {
    Date { year: Option<u16>, month: u8 },
    Present,
}

#[derive(Debug, Clone, Copy)]
struct Atom {
    /// Token range [first, next).
    first: usize,
    next: usize,
    point: Point,
}

fn year_of(s: &str) -> Option<u16> {
    if s.len() != 4 {
        return None;
    }
    let y: u16 = s.parse().ok()?;
    (1950..=2099).contains(&y).then_some(y)
}

fn month_number(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 {
        return None;
    }
    let m: u8 = s.parse().ok()?;
    (1..=12).contains(&m).then_some(m)
}

fn month_name(s: &str) -> Option<u8> {
    if s.len() > 9 {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, m)| m)
}

/// The date atom starting at token `k`, if any.
fn atom_at(s: &str, toks: &[Tok], k: usize) -> Option<Atom> {
    let t = toks.get(k)?;
    let text = |i: usize| {
        toks.get(i)
            .map_or("", |t| s.get(t.start..t.end).unwrap_or(""))
    };
    let adjacent =
        |i: usize| matches!((toks.get(i), toks.get(i + 1)), (Some(a), Some(b)) if a.end == b.start);
    let punct = |i: usize| match toks.get(i).map(|t| t.kind) {
        Some(TokKind::Punct(c)) => Some(c),
        _ => None,
    };
    match t.kind {
        TokKind::Word => {
            let word = text(k);
            if let Some(month) = month_name(word) {
                // "Mar. 2020", "March, 2020", "Jan 2020", or a bare month in "Jan – Mar 2020".
                let mut j = k + 1;
                if matches!(punct(j), Some('.' | ',')) {
                    j += 1;
                }
                if let Some(year) = year_of(text(j)).filter(|_| toks.get(j).is_some()) {
                    return Some(Atom {
                        first: k,
                        next: j + 1,
                        point: Point::Date {
                            year: Some(year),
                            month,
                        },
                    });
                }
                // A bare month is only a date when a range follows; checked by the caller.
                let next = if punct(k + 1) == Some('.') {
                    k + 2
                } else {
                    k + 1
                };
                return (word.len() >= 3).then_some(Atom {
                    first: k,
                    next,
                    point: Point::Date { year: None, month },
                });
            }
            let lower = word.to_ascii_lowercase();
            if PRESENT.contains(&lower.as_str()) {
                return Some(Atom {
                    first: k,
                    next: k + 1,
                    point: Point::Present,
                });
            }
            None
        }
        TokKind::Number => {
            let num = text(k);
            if let Some(year) = year_of(num) {
                // "2020-03", "2020/03", "2020.03", "2020-03-01".
                if adjacent(k) && adjacent(k + 1) && matches!(punct(k + 1), Some('-' | '/' | '.')) {
                    if let Some(month) = month_number(text(k + 2)) {
                        let mut next = k + 3;
                        // An ISO day: "2020-03-01".
                        if adjacent(k + 2)
                            && adjacent(k + 3)
                            && punct(k + 3) == punct(k + 1)
                            && text(k + 4).len() == 2
                            && text(k + 4)
                                .parse::<u8>()
                                .is_ok_and(|d| (1..=31).contains(&d))
                        {
                            next = k + 5;
                        }
                        return Some(Atom {
                            first: k,
                            next,
                            point: Point::Date {
                                year: Some(year),
                                month,
                            },
                        });
                    }
                }
                // "2020s", "2020x" are not dates.
                if toks
                    .get(k + 1)
                    .is_some_and(|n| n.start == t.end && n.kind == TokKind::Word)
                {
                    return None;
                }
                return Some(Atom {
                    first: k,
                    next: k + 1,
                    point: Point::Date {
                        year: Some(year),
                        month: 0,
                    },
                });
            }
            // "03/2020", "3.2020", "03-2020".
            let month = month_number(num)?;
            if adjacent(k) && adjacent(k + 1) && matches!(punct(k + 1), Some('/' | '.' | '-')) {
                let year = year_of(text(k + 2))?;
                return Some(Atom {
                    first: k,
                    next: k + 3,
                    point: Point::Date {
                        year: Some(year),
                        month,
                    },
                });
            }
            None
        }
        TokKind::Punct(_) => None,
    }
}

/// Whether tokens [a, b) are a range separator: a dash, "to", "until", "->".
fn separator(s: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    if b <= a || b - a > 3 {
        return false;
    }
    let mut saw = false;
    for t in toks.get(a..b).unwrap_or(&[]) {
        match t.kind {
            TokKind::Punct('-' | '–' | '—' | '−' | '~' | '→' | '>' | '‒' | '―') => {
                saw = true
            }
            TokKind::Word => {
                let w = s.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
                if RANGE_WORDS.contains(&w.as_str()) {
                    saw = true;
                } else {
                    return false;
                }
            }
            _ => return false,
        }
    }
    saw
}

/// The first date range in `s` (spans relative to `s`). Ranges need a start and an end (or
/// "Present"); "Since 2020" is open-ended.
pub fn date_range_in(s: &str) -> Option<DateRange> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokens(s);
    let mut k = 0;
    while k < toks.len() {
        let Some(a) = atom_at(s, &toks, k) else {
            k += 1;
            continue;
        };
        let Point::Date { year, month } = a.point else {
            k += 1;
            continue;
        };
        // "Since Jan 2020", "From 2020" with no end: open-ended.
        let since = k
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .map(|t| s.get(t.start..t.end).unwrap_or("").to_ascii_lowercase())
            .is_some_and(|w| w == "since");
        // Find the end atom after a separator.
        for sep_end in a.next + 1..=(a.next + 3).min(toks.len()) {
            if !separator(s, &toks, a.next, sep_end) {
                continue;
            }
            let Some(b) = atom_at(s, &toks, sep_end) else {
                continue;
            };
            let start_tok = toks.get(a.first)?;
            let end_tok = toks.get(b.next.saturating_sub(1))?;
            let span = Span::new(start_tok.start, end_tok.end);
            match b.point {
                Point::Present => {
                    let Some(year) = year else { continue };
                    return Some(DateRange {
                        span,
                        start: YearMonth { year, month },
                        end: None,
                    });
                }
                Point::Date {
                    year: Some(end_year),
                    month: end_month,
                } => {
                    let start_year = match year {
                        Some(y) => y,
                        None if month > end_month && end_month > 0 => end_year.saturating_sub(1),
                        None => end_year,
                    };
                    return Some(DateRange {
                        span,
                        start: YearMonth {
                            year: start_year,
                            month,
                        },
                        end: Some(YearMonth {
                            year: end_year,
                            month: end_month,
                        }),
                    });
                }
                Point::Date { year: None, .. } => {}
            }
        }
        if let (true, Some(year)) = (since, year) {
            let since_tok = toks.get(k.saturating_sub(1))?;
            let end_tok = toks.get(a.next.saturating_sub(1))?;
            return Some(DateRange {
                span: Span::new(since_tok.start, end_tok.end),
                start: YearMonth { year, month },
                end: None,
            });
        }
        k = a.next.max(k + 1);
    }
    None
}

/// A single date ("Summer 2019", "2021", "May 2020") as a range of one point, for role lines
/// that give only one date.
fn single_date_in(s: &str) -> Option<DateRange> {
    let toks = tokens(s);
    let mut found = None;
    let mut k = 0;
    while k < toks.len() {
        let Some(a) = atom_at(s, &toks, k) else {
            k += 1;
            continue;
        };
        k = a.next.max(k + 1);
        if let Point::Date {
            year: Some(year),
            month,
        } = a.point
        {
            if found.is_some() {
                return None; // two loose dates: not a single role date
            }
            let start = toks.get(a.first)?.start;
            let end = toks.get(a.next.saturating_sub(1))?.end;
            let ym = YearMonth { year, month };
            found = Some(DateRange {
                span: Span::new(start, end),
                start: ym,
                end: Some(ym),
            });
        }
    }
    found
}

/// Whether `s` is just dates: a range ("Aug. 2018 – May 2021") or one short date ("May 2021",
/// "Expected 2026").
pub(crate) fn is_date_text(s: &str) -> bool {
    let words = s.split_whitespace().count();
    words <= 8 && (date_range_in(s).is_some() || (words <= 3 && single_date_in(s).is_some()))
}

// ---------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------

/// A role line can hold up to this many words ("Senior Backend Engineer — Acme Corp | San
/// Francisco, CA | Jan 2020 – Present" is 12).
const MAX_HEADER_WORDS: usize = 16;

/// Find the roles of the Experience and Projects sections. When the resume has neither, dated
/// lines of the header and of unknown sections are read as roles (a resume without standard
/// headings still has a work history).
pub fn find(text: &str, lines: &[Span], sections: &[Section], bullets: &[Bullet]) -> Vec<Role> {
    let has_work = sections
        .iter()
        .any(|s| matches!(s.kind, SectionKind::Experience | SectionKind::Projects));
    let mut roles = Vec::new();
    let mut line_at = 0usize;
    let mut bullet_at = 0usize;
    for (index, section) in sections.iter().enumerate() {
        let target = match section.kind {
            SectionKind::Experience | SectionKind::Projects => true,
            SectionKind::Header | SectionKind::Other => !has_work,
            _ => false,
        };
        // Lines of this section's body.
        while lines
            .get(line_at)
            .is_some_and(|l| l.start < section.body.start)
        {
            line_at += 1;
        }
        let first = line_at;
        while lines
            .get(line_at)
            .is_some_and(|l| l.start < section.body.end)
        {
            line_at += 1;
        }
        if !target {
            continue;
        }
        let body = lines.get(first..line_at).unwrap_or(&[]);
        // Which lines are (in) bullets.
        let mut in_bullet = Vec::with_capacity(body.len());
        for line in body {
            while bullets
                .get(bullet_at)
                .is_some_and(|b| b.span.end < line.start)
            {
                bullet_at += 1;
            }
            in_bullet.push(
                bullets
                    .get(bullet_at)
                    .is_some_and(|b| b.span.start <= line.end && line.start <= b.span.end),
            );
        }
        let ctx = SectionCtx {
            text,
            body,
            in_bullet: &in_bullet,
            kind: section.kind,
            index,
            dated_only: !has_work,
        };
        ctx.roles(&mut roles);
    }
    roles
}

struct SectionCtx<'a> {
    text: &'a str,
    body: &'a [Span],
    in_bullet: &'a [bool],
    kind: SectionKind,
    index: usize,
    dated_only: bool,
}

impl SectionCtx<'_> {
    fn line(&self, i: usize) -> &str {
        self.body.get(i).map_or("", |l| l.slice(self.text))
    }

    fn is_block_line(&self, i: usize) -> bool {
        !self.in_bullet.get(i).copied().unwrap_or(true)
            && self.line(i).chars().any(char::is_alphanumeric)
    }

    fn roles(&self, out: &mut Vec<Role>) {
        let mut i = 0;
        while i < self.body.len() {
            if !self.is_block_line(i) {
                i += 1;
                continue;
            }
            let start = i;
            while i < self.body.len() && self.is_block_line(i) {
                i += 1;
            }
            self.block(start, i, out);
        }
    }

    /// One run of non-bullet lines [a, b).
    fn block(&self, a: usize, b: usize, out: &mut Vec<Role>) {
        let anchors: Vec<(usize, DateRange)> = (a..b)
            .filter_map(|i| {
                let s = self.line(i);
                if !header_like(s) {
                    return None;
                }
                let found = date_range_in(s).or_else(|| {
                    (s.split_whitespace().count() <= 12)
                        .then(|| single_date_in(s))
                        .flatten()
                });
                found.map(|d| (i, d))
            })
            .collect();
        let first_role = out.len();
        if anchors.is_empty() {
            // An undated role: short title/company lines right above bullets.
            let followed_by_bullet = self.in_bullet.get(b).copied().unwrap_or(false);
            if self.dated_only || !followed_by_bullet {
                return;
            }
            let from = b.saturating_sub(2).max(a);
            let lines: Vec<usize> = (from..b)
                .filter(|&i| header_like(self.line(i)) && !ends_sentence(self.line(i)))
                .collect();
            let role_like = lines.iter().any(|&i| {
                let s = self.line(i);
                s.split_whitespace().count() <= 10
                    && (has_title_word(s)
                        || s.contains(['|', '—', '–', ','])
                        || s.contains(" at ")
                        || s.contains(" - "))
            });
            if role_like {
                out.extend(self.role(&lines, None));
            }
            return;
        }
        let mut prev_anchor: Option<usize> = None;
        for (n, &(j, dates)) in anchors.iter().enumerate() {
            let from = prev_anchor
                .map_or(a, |p| p + 1)
                .max(j.saturating_sub(2))
                .max(a);
            // A table's header row ("| Company | Role | Years |") is not part of the role.
            let mut lines: Vec<usize> = (from..j)
                .filter(|&i| {
                    let s = self.line(i);
                    header_like(s) && !ends_sentence(s) && !s.trim_start().starts_with('|')
                })
                .collect();
            lines.push(j);
            let next_anchor = anchors.get(n + 1).map(|&(k, _)| k);
            let below = j + 1;
            if below < b
                && Some(below) != next_anchor
                && self.segment_count(&lines, Some((j, dates.span))) < 2
            {
                let s = self.line(below);
                if s.split_whitespace().count() <= 8 && header_like(s) && !ends_sentence(s) {
                    lines.push(below);
                }
            }
            let Some(mut role) = self.role(&lines, Some((j, dates))) else {
                continue;
            };
            // "Acme Corp" / "Senior Engineer | 2021 – Present" / "Engineer | 2019 – 2021":
            // a promotion inherits the company line above the first title.
            if role.company.is_none() && self.kind == SectionKind::Experience {
                role.company = out
                    .get(first_role..)
                    .and_then(|r| r.iter().rev().find_map(|prev: &Role| prev.company));
            }
            out.push(role);
            prev_anchor = Some(j);
        }
    }

    fn segment_count(&self, lines: &[usize], dates: Option<(usize, Span)>) -> usize {
        lines
            .iter()
            .map(|&i| {
                let blank = dates.filter(|(j, _)| *j == i).map(|(_, s)| s);
                segments(self.line(i), blank).len()
            })
            .sum()
    }

    fn role(&self, lines: &[usize], dates: Option<(usize, DateRange)>) -> Option<Role> {
        let mut segs: Vec<Span> = Vec::new();
        let mut span: Option<Span> = None;
        for &i in lines {
            let Some(line) = self.body.get(i) else {
                continue;
            };
            let s = line.slice(self.text);
            let blank = dates.filter(|(j, _)| *j == i).map(|(_, d)| d.span);
            for seg in segments(s, blank) {
                segs.push(seg.offset(line.start));
            }
            let lead = s.len() - s.trim_start().len();
            let trimmed = Span::new(line.start + lead, line.start + s.trim_end().len());
            span = Some(span.map_or(trimmed, |sp| sp.cover(trimmed)));
        }
        let span = span?;
        let title_at = segs
            .iter()
            .position(|seg| has_title_word(seg.slice(self.text)));
        let (title, company) = match title_at {
            Some(t) => (
                segs.get(t).copied(),
                segs.iter()
                    .enumerate()
                    .find(|&(k, _)| k != t)
                    .map(|(_, s)| *s),
            ),
            None if self.kind == SectionKind::Projects => (segs.first().copied(), None),
            None => (segs.first().copied(), segs.get(1).copied()),
        };
        let dates = dates.map(|(j, d)| {
            let base = self.body.get(j).map_or(0, |l| l.start);
            DateRange {
                span: d.span.offset(base),
                ..d
            }
        });
        Some(Role {
            span,
            title,
            company,
            dates,
            section: self.kind,
            section_index: self.index,
        })
    }
}

/// A line short enough to be a role's title/company/dates line.
fn header_like(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty() && t.len() <= 200 && t.split_whitespace().count() <= MAX_HEADER_WORDS
}

/// Ends like a sentence (a description line, not a title line). "Inc." and "Corp." do not.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end();
    if !t.ends_with(['.', '!', '?']) {
        return false;
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    !(last.len() <= 5 && last.starts_with(char::is_uppercase))
}

pub(crate) fn has_title_word(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(phrases::is_title_word)
}

/// Title/company segments of a role line (spans relative to `s`), with the dates (`blank`) and
/// any location taken out: split on `|`, dashes, `·`, `•`, `,`, `;`, parentheses, tabs, runs of
/// spaces, " at " and " @ "; Markdown emphasis trimmed.
fn segments(s: &str, blank: Option<Span>) -> Vec<Span> {
    let location = contact::location_in(s);
    let mut out = Vec::new();
    let mut seg_start = 0usize;
    let bytes = s.as_bytes();
    let push = |from: usize, to: usize, out: &mut Vec<Span>| {
        if let Some(seg) = clean_segment(s, from, to) {
            out.push(seg);
        }
    };
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let cut_here = |span: Option<Span>| span.filter(|sp| sp.start == i && sp.end > i);
        if let Some(sp) = cut_here(blank).or_else(|| cut_here(location)) {
            push(seg_start, i, &mut out);
            while chars.peek().is_some_and(|&(j, _)| j < sp.end) {
                chars.next();
            }
            seg_start = sp.end;
            continue;
        }
        let sep_len = match c {
            '|' | '—' | '–' | '·' | '•' | '\t' | '(' | ')' | '[' | ']' | ',' | ';' | '│' => {
                c.len_utf8()
            }
            ' ' => {
                let next = bytes.get(i + 1).copied();
                let rest = s.get(i..).unwrap_or("");
                if next == Some(b' ') {
                    1
                } else if rest.starts_with(" - ") || rest.starts_with(" @ ") {
                    2
                } else if rest.starts_with(" at ")
                    && has_title_word(s.get(seg_start..i).unwrap_or(""))
                {
                    // "Engineer at Acme", but not "University of Texas at Austin".
                    3
                } else {
                    0
                }
            }
            _ => 0,
        };
        if sep_len > 0 {
            push(seg_start, i, &mut out);
            for _ in 1..sep_len {
                chars.next();
            }
            seg_start = i + sep_len;
        }
    }
    push(seg_start, s.len(), &mut out);
    out
}

fn clean_segment(s: &str, from: usize, to: usize) -> Option<Span> {
    let seg = s.get(from..to)?;
    let trim = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '`' | ':' | '"');
    let t = seg.trim_start_matches(trim);
    let lead = seg.len() - t.len();
    let t = t.trim_end_matches(trim);
    let t = t.trim_end_matches(',');
    // A lone "Remote" or a heading word left over is not a title or company.
    if t.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let start = from + lead;
    Some(Span::new(start, start + t.len()))
}

// ---------------------------------------------------------------------------------------------
// Recency, experience, level
// ---------------------------------------------------------------------------------------------

/// "Today": the latest date any role mentions, or [`NOW_FLOOR`] when that is later, so a
/// current role ("2019 – Present") counts up to now rather than stopping at its own start.
/// Deterministic: no clock. Education dates are left out (an expected graduation in 2028 is
/// not today).
pub fn latest_date(_text: &str, roles: &[Role]) -> YearMonth {
    roles
        .iter()
        .filter_map(|r| r.dates)
        .flat_map(|d| [Some(d.start), d.end])
        .flatten()
        .fold(NOW_FLOOR, |a, b| if b.index() > a.index() { b } else { a })
}

/// Start and end month indices of a range: [start, end) with both named months included
/// ("Jan 2020 – Mar 2020" is 3 months); a year-only end means up to that year ("2019 – 2021"
/// is 24 months, "2021 – 2021" is 12).
fn interval(d: &DateRange, today: YearMonth) -> (u32, u32) {
    let start = d.start.index();
    let end = match d.end {
        None => today.index() + u32::from(today.month > 0),
        Some(e) if e.month > 0 => e.index() + 1,
        Some(e) if e.year == d.start.year => u32::from(e.year) * 12 + 12,
        Some(e) => u32::from(e.year) * 12,
    };
    (start, end.max(start))
}

/// Whether a role's months count as professional experience: roles of Experience sections, or
/// of the fallback sections when the resume has no Experience/Projects heading. Never
/// Education or Projects.
fn experience_filter(roles: &[Role]) -> impl Fn(&Role) -> bool {
    let fallback = !roles
        .iter()
        .any(|r| matches!(r.section, SectionKind::Experience | SectionKind::Projects));
    move |role: &Role| match role.section {
        SectionKind::Experience => true,
        SectionKind::Header | SectionKind::Other => fallback,
        _ => false,
    }
}

/// Months of professional experience: the dated Experience roles, with overlapping roles
/// merged so two concurrent jobs are not counted twice. Projects and Education never count.
pub fn experience_months(roles: &[Role], today: YearMonth) -> u32 {
    let counts = experience_filter(roles);
    let mut intervals: Vec<(u32, u32)> = roles
        .iter()
        .filter(|r| counts(r))
        .filter_map(|r| r.dates.as_ref().map(|d| interval(d, today)))
        .collect();
    crate::sort::sort(&mut intervals);
    let mut total = 0u32;
    let mut current: Option<(u32, u32)> = None;
    for (s, e) in intervals {
        match current {
            Some((cs, ce)) if s <= ce => current = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += ce - cs;
                current = Some((s, e));
            }
            None => current = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = current {
        total += ce - cs;
    }
    total
}

/// Role indices, most recent first: Experience roles by end date (Present first) then start
/// date when every one of them is dated, else in document order (resumes list newest first);
/// then Projects roles the same way; then the rest.
pub fn recency_order(roles: &[Role], today: YearMonth) -> Vec<usize> {
    let mut order = Vec::with_capacity(roles.len());
    for group in [0u8, 1, 2] {
        let in_group = |r: &Role| match r.section {
            SectionKind::Experience => group == 0,
            SectionKind::Projects => group == 1,
            _ => group == 2,
        };
        let mut idx: Vec<usize> = (0..roles.len())
            .filter(|&i| roles.get(i).is_some_and(in_group))
            .collect();
        let all_dated = idx
            .iter()
            .all(|&i| roles.get(i).is_some_and(|r| r.dates.is_some()));
        if all_dated {
            crate::sort::sort_by_key(&mut idx, |&i| {
                let (s, e) = roles
                    .get(i)
                    .and_then(|r| r.dates.as_ref())
                    .map_or((0, 0), |d| interval(d, today));
                (core::cmp::Reverse(e), core::cmp::Reverse(s), i)
            });
        }
        order.extend(idx);
    }
    order
}

/// The level a title claims, if it says: Staff/Principal/Distinguished → Staff; Senior/Sr/Lead
/// → Senior; Junior/Jr/Intern/Graduate/Trainee/Apprentice → Entry.
pub fn title_level(title: &str) -> Option<Level> {
    let mut level = None;
    for word in title.split(|c: char| !c.is_alphanumeric()) {
        let w = word.to_ascii_lowercase();
        let l = match w.as_str() {
            "staff" | "principal" | "distinguished" => Level::Staff,
            "senior" | "sr" | "lead" => Level::Senior,
            "junior" | "jr" | "intern" | "internship" | "graduate" | "trainee" | "apprentice" => {
                Level::Entry
            }
            _ => continue,
        };
        // The strongest claim wins ("Senior Staff Engineer" is Staff, "Lead Intern" is Entry).
        level = Some(match (level, l) {
            (Some(Level::Entry), _) | (_, Level::Entry) => Level::Entry,
            (Some(prev), l) => prev.max(l),
            (None, l) => l,
        });
    }
    level
}

/// Infer the target level from experience and the most recent title.
///
/// Years of professional experience are the main signal, on seed 002's bands (Entry 0–2 years,
/// Mid 3–5, Senior 6–10, Lead/Principal 10+): under 2 years → Entry, 2 to under 5 → Mid, 5 to
/// under 10 → Senior, 10+ → Staff. The most recent title then pushes one step toward what it
/// claims (seed 003 reads level from title and scope: "Staff", "Principal", "Senior" up;
/// "Junior", "Intern" down). With no dated roles, the title decides; with none, a resume with
/// roles reads Mid and one without reads Entry.
pub fn infer_level(months: u32, roles: &[Role], text: &str) -> Level {
    let counts = experience_filter(roles);
    let experience: Vec<&Role> = roles.iter().filter(|r| counts(r)).collect();
    let order = recency_order(roles, latest_date(text, roles));
    let recent_title = order
        .iter()
        .filter_map(|&i| roles.get(i))
        .filter(|r| counts(r))
        .find_map(|r| r.title)
        .map(|t| t.slice(text))
        .and_then(title_level);
    let dated = experience.iter().any(|r| r.dates.is_some());
    if !dated {
        return recent_title.unwrap_or(if experience.is_empty() {
            Level::Entry
        } else {
            Level::Mid
        });
    }
    let by_years = match months {
        0..=23 => Level::Entry,
        24..=59 => Level::Mid,
        60..=119 => Level::Senior,
        _ => Level::Staff,
    };
    match recent_title {
        Some(t) if t > by_years => step(by_years, 1),
        Some(t) if t < by_years => step(by_years, -1),
        _ => by_years,
    }
}

fn step(level: Level, by: i8) -> Level {
    let i = Level::ALL.iter().position(|&l| l == level).unwrap_or(0);
    let j = if by > 0 {
        (i + 1).min(Level::ALL.len() - 1)
    } else {
        i.saturating_sub(1)
    };
    Level::ALL.get(j).copied().unwrap_or(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parsed<'s> = (&'s str, (u16, u8), Option<(u16, u8)>);

    fn range(s: &str) -> Option<Parsed<'_>> {
        date_range_in(s).map(|d| {
            (
                d.span.slice(s),
                (d.start.year, d.start.month),
                d.end.map(|e| (e.year, e.month)),
            )
        })
    }

    #[test]
    fn date_formats() {
        assert_eq!(
            range("Acme | Jan 2020 – Present"),
            Some(("Jan 2020 – Present", (2020, 1), None))
        );
        assert_eq!(
            range("January 2020 - Current"),
            Some(("January 2020 - Current", (2020, 1), None))
        );
        assert_eq!(
            range("(2019 – 2021)"),
            Some(("2019 – 2021", (2019, 0), Some((2021, 0))))
        );
        assert_eq!(
            range("03/2020 - 06/2022"),
            Some(("03/2020 - 06/2022", (2020, 3), Some((2022, 6))))
        );
        assert_eq!(
            range("2020-03 to 2022-06"),
            Some(("2020-03 to 2022-06", (2020, 3), Some((2022, 6))))
        );
        assert_eq!(
            range("Mar. 2020 — Now"),
            Some(("Mar. 2020 — Now", (2020, 3), None))
        );
        assert_eq!(
            range("2021-Present"),
            Some(("2021-Present", (2021, 0), None))
        );
        assert_eq!(
            range("Jan – Mar 2020"),
            Some(("Jan – Mar 2020", (2020, 1), Some((2020, 3))))
        );
        assert_eq!(range("Since 2019"), Some(("Since 2019", (2019, 0), None)));
        assert_eq!(
            range("2020-03-01 – 2021-04-30"),
            Some(("2020-03-01 – 2021-04-30", (2020, 3), Some((2021, 4))))
        );
        assert_eq!(range("served 2000 users"), None);
        assert_eq!(range("10-20 ms"), None);
    }
}
