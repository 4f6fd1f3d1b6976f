//! Dates as people write them on resumes: the one month table and the one date parser of the
//! core. Roles read their ranges here, F-DATES reads the styles recorded here, and other
//! modules that need to know whether a word is a month ask [`month_name`].
//!
//! Forms read: month names and abbreviations ("Jan", "January", "Sept.", "Mar. 2020"), a
//! month with an apostrophe year ("Sept '17"), seasons ("Summer 2021"), quarters ("Q3 2020"),
//! numeric ("03/2020", "3.2020", "2020-03", "2020.03", ISO days "2020-03-01"), two-digit
//! numeric ranges ("03-16 - 08-17", both ends alike), bare years, bracketed years
//! ("[2021]-[2022]"), and an open end: "Present", "Current", "Now", "Today", "Ongoing", "to
//! date", "N/A", "至今", or a dash with nothing after it. Separators: any dash, `~`, `→`,
//! "to", "until", "through"; also "Since 2020".

use crate::span::Span;
use crate::text::Piece;
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

/// How one end of a date range is written, so F-DATES can compare roles without reading the
/// text again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum DateStyle {
    /// "Jan 2020", "Sept. 2021", "Sept '17".
    MonthAbbrev,
    /// "January 2020".
    MonthFull,
    /// "May 2020": reads as either.
    MonthEither,
    /// "03/2021", "3/21", "03-16".
    Numeric,
    /// "2021-03".
    Iso,
    /// "2021.03".
    Dotted,
    /// "2019".
    Year,
    /// "Summer 2021", "Q3 2020": go with any style (internships are often dated that way).
    Season,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// Exactly the dates: "Jan 2020 – Present", "2019-2021", "Since 2020".
    pub span: Span,
    pub start: YearMonth,
    /// `None` means "Present". A single date ("May 2019") has `end == Some(start)`; a single
    /// season ("Summer 2019") ends on its last month.
    pub end: Option<YearMonth>,
    /// How the start is written.
    pub start_style: DateStyle,
    /// How the end is written; `None` for "Present" (which has no style to compare).
    pub end_style: Option<DateStyle>,
}

/// How a month word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthForm {
    Abbrev,
    Full,
    /// A word that is both ("May", "June", "July" are written out in abbreviated styles).
    Either,
    /// A season ("Summer"): its month is where it starts; as a single date it spans
    /// [`SEASON_MONTHS`].
    Season,
}

/// Every month word the core knows, with its number and form. English first (the seeds'
/// language), then the German, French and Spanish abbreviations that differ, which the
/// bilingual resumes in the corpus use.
pub const MONTHS: &[(&str, u8, MonthForm)] = &[
    ("jan", 1, MonthForm::Abbrev),
    ("january", 1, MonthForm::Full),
    ("feb", 2, MonthForm::Abbrev),
    ("february", 2, MonthForm::Full),
    ("mar", 3, MonthForm::Abbrev),
    ("march", 3, MonthForm::Full),
    ("apr", 4, MonthForm::Abbrev),
    ("april", 4, MonthForm::Full),
    ("may", 5, MonthForm::Either),
    ("jun", 6, MonthForm::Abbrev),
    ("june", 6, MonthForm::Either),
    ("jul", 7, MonthForm::Abbrev),
    ("july", 7, MonthForm::Either),
    ("aug", 8, MonthForm::Abbrev),
    ("august", 8, MonthForm::Full),
    ("sep", 9, MonthForm::Abbrev),
    ("sept", 9, MonthForm::Abbrev),
    ("september", 9, MonthForm::Full),
    ("oct", 10, MonthForm::Abbrev),
    ("october", 10, MonthForm::Full),
    ("nov", 11, MonthForm::Abbrev),
    ("november", 11, MonthForm::Full),
    ("dec", 12, MonthForm::Abbrev),
    ("december", 12, MonthForm::Full),
    ("spring", 3, MonthForm::Season),
    ("summer", 6, MonthForm::Season),
    ("fall", 9, MonthForm::Season),
    ("autumn", 9, MonthForm::Season),
    ("winter", 12, MonthForm::Season),
    ("mär", 3, MonthForm::Abbrev),
    ("mai", 5, MonthForm::Abbrev),
    ("okt", 10, MonthForm::Abbrev),
    ("dez", 12, MonthForm::Abbrev),
];

/// `word` lower-cased for the month and range words: ASCII and the Latin-1 capitals ("MÄR",
/// "DÉC"), the letters those words are written in. Not `str::to_lowercase`: Unicode's case
/// tables are ~9 KB of the gzipped web module (see `text::upper_first`), and a word in another
/// script never equals one of these words either way.
///
/// Into a buffer on the stack, not a `String`: this runs for every word of every line read for
/// dates, and the words it is compared with are short. A word longer than the buffer reads as
/// "" (it equals none of them).
fn lower(word: &str) -> Lowered {
    let mut out = Lowered {
        bytes: [0; LOWERED_BYTES],
        len: 0,
    };
    for c in word.chars() {
        let c = match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
            c => c,
        };
        let Some(slot) = out.bytes.get_mut(out.len..out.len + c.len_utf8()) else {
            out.len = 0;
            return out;
        };
        out.len += c.encode_utf8(slot).len();
    }
    out
}

/// Room for the longest word [`lower`] is compared with, and more.
const LOWERED_BYTES: usize = 24;

/// A word lower-cased by [`lower`].
struct Lowered {
    bytes: [u8; LOWERED_BYTES],
    len: usize,
}

impl Lowered {
    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl PartialEq<&str> for Lowered {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A season covers three months: "Summer 2019" alone is June to August.
pub const SEASON_MONTHS: u8 = 3;

/// Words for an open end ("2019 – Present"). "N/A" (JSON Resume exports write it for a
/// current job) is read apart, since it is two tokens.
const PRESENT: &[&str] = &[
    "present",
    "current",
    "currently",
    "now",
    "today",
    "ongoing",
    "date",
    "heute",
    "aujourd",
    "actualidad",
    "至今",
    "现在",
    "今",
    "現在",
];

const RANGE_WORDS: &[&str] = &["to", "till", "til", "until", "through", "thru", "bis"];

/// The month number and form of a month word ("Sept" → 9, "January" → 1), any case.
pub fn month_name(word: &str) -> Option<(u8, MonthForm)> {
    if word.len() > 9 || word.chars().count() < 3 {
        return None;
    }
    let found = if word.is_ascii() {
        // Its lower case is its ASCII lower case: compared in place, no copy.
        let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
        MONTHS.iter().find(|(name, _, _)| {
            name.len() == word.len()
                && name.as_bytes().first().copied() == first
                && name.eq_ignore_ascii_case(word)
        })
    } else {
        let lower = lower(word);
        MONTHS.iter().find(|(name, _, _)| lower == *name)
    };
    found.map(|&(_, m, form)| (m, form))
}

/// Whether `word` lower-cased by [`lower`] is one of `list` (lower-case words).
fn lowered_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter()
            .any(|e| e.len() == word.len() && e.eq_ignore_ascii_case(word))
    } else {
        list.contains(&lower(word).as_str())
    }
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Piece,
}

/// The pieces of one line's tokens ([`crate::text::pieces`]): dates need "Q3", "Jan2020" and
/// "'17" split where letters meet digits, finer than the tokens the matchers share.
fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    for token in crate::text::tokenize(s) {
        out.extend(crate::text::pieces(s, token).map(|(span, kind)| Tok {
            start: span.start,
            end: span.end,
            kind,
        }));
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Point {
    /// `year: None` for a bare month ("Jan" in "Jan – Mar 2020").
    Date {
        year: Option<u16>,
        month: u8,
    },
    Present,
}

#[derive(Debug, Clone, Copy)]
struct Atom {
    /// Token range [first, next).
    first: usize,
    next: usize,
    point: Point,
    style: DateStyle,
    /// A two-digit numeric form ("03-16"): only a date when the other end is one too.
    short_numeric: bool,
    /// A season ("Summer 2019"): as a single date it spans three months.
    season: bool,
}

/// A four-digit year a resume can mean (1950–2099).
fn year_of(s: &str) -> Option<u16> {
    if s.len() != 4 {
        return None;
    }
    let y: u16 = s.parse().ok()?;
    (1950..=2099).contains(&y).then_some(y)
}

/// A two-digit year ("'17", "03-16"): 60–99 are the 1900s, the rest the 2000s.
fn short_year(s: &str) -> Option<u16> {
    if s.len() != 2 {
        return None;
    }
    let y: u16 = s.parse().ok()?;
    Some(if y >= 60 { 1900 + y } else { 2000 + y })
}

fn month_number(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 {
        return None;
    }
    let m: u8 = s.parse().ok()?;
    (1..=12).contains(&m).then_some(m)
}

/// The tokens of one line and lookups over them.
struct Line<'s> {
    s: &'s str,
    toks: Vec<Tok>,
}

impl<'s> Line<'s> {
    fn new(s: &'s str) -> Self {
        Line { s, toks: tokens(s) }
    }

    fn text(&self, i: usize) -> &'s str {
        self.toks
            .get(i)
            .map_or("", |t| self.s.get(t.start..t.end).unwrap_or(""))
    }

    fn kind(&self, i: usize) -> Option<Piece> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(Piece::Other(c)) => Some(c),
            _ => None,
        }
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn adjacent(&self, i: usize) -> bool {
        matches!((self.toks.get(i), self.toks.get(i + 1)), (Some(a), Some(b)) if a.end == b.start)
    }

    /// A year at token `i`: four digits, or an apostrophe and two digits ("'17", "’17").
    /// Returns the year and the token after it.
    fn year_at(&self, i: usize) -> Option<(u16, usize)> {
        if self.kind(i) == Some(Piece::Digits) {
            return year_of(self.text(i)).map(|y| (y, i + 1));
        }
        if matches!(self.punct(i), Some('\'' | '’' | '‘')) && self.adjacent(i) {
            return short_year(self.text(i + 1))
                .filter(|_| self.kind(i + 1) == Some(Piece::Digits))
                .map(|y| (y, i + 2));
        }
        None
    }

    /// The date atom starting at token `k`, if any.
    fn atom_at(&self, k: usize) -> Option<Atom> {
        let atom = |next: usize, point: Point, style: DateStyle| Atom {
            first: k,
            next,
            point,
            style,
            short_numeric: false,
            season: false,
        };
        match self.kind(k)? {
            Piece::Letters => {
                let word = self.text(k);
                if let Some((month, form)) = month_name(word) {
                    let style = match form {
                        MonthForm::Abbrev => DateStyle::MonthAbbrev,
                        MonthForm::Full => DateStyle::MonthFull,
                        MonthForm::Either => DateStyle::MonthEither,
                        MonthForm::Season => DateStyle::Season,
                    };
                    let season = form == MonthForm::Season;
                    // "Mar. 2020", "March, 2020", "Jan 2020", "Sept '17".
                    let mut j = k + 1;
                    if matches!(self.punct(j), Some('.' | ',')) {
                        j += 1;
                    }
                    if let Some((year, next)) = self.year_at(j) {
                        return Some(Atom {
                            season,
                            ..atom(
                                next,
                                Point::Date {
                                    year: Some(year),
                                    month,
                                },
                                style,
                            )
                        });
                    }
                    // A bare month is only a date when a range follows; checked by the caller.
                    let next = if self.punct(k + 1) == Some('.') {
                        k + 2
                    } else {
                        k + 1
                    };
                    return (!season).then_some(atom(
                        next,
                        Point::Date { year: None, month },
                        style,
                    ));
                }
                // "Q3 2020".
                if matches!(word, "Q" | "q") && self.adjacent(k) {
                    let quarter: u8 = self.text(k + 1).parse().ok()?;
                    if !(1..=4).contains(&quarter) || self.kind(k + 1) != Some(Piece::Digits) {
                        return None;
                    }
                    let (year, next) = self.year_at(k + 2)?;
                    return Some(atom(
                        next,
                        Point::Date {
                            year: Some(year),
                            month: quarter * 3 - 2,
                        },
                        DateStyle::Season,
                    ));
                }
                if lowered_in(word, PRESENT) {
                    return Some(atom(k + 1, Point::Present, DateStyle::Year));
                }
                // "N/A" for a current job.
                if matches!(word, "n" | "N")
                    && self.adjacent(k)
                    && self.punct(k + 1) == Some('/')
                    && self.adjacent(k + 1)
                    && matches!(self.text(k + 2), "a" | "A")
                {
                    return Some(atom(k + 3, Point::Present, DateStyle::Year));
                }
                None
            }
            Piece::Digits => self.numeric_atom(k),
            Piece::Other('\'' | '’' | '‘') => {
                let (year, next) = self.year_at(k)?;
                Some(atom(
                    next,
                    Point::Date {
                        year: Some(year),
                        month: 0,
                    },
                    DateStyle::Year,
                ))
            }
            Piece::Other(_) => None,
        }
    }

    fn numeric_atom(&self, k: usize) -> Option<Atom> {
        let num = self.text(k);
        let date = |next: usize, year: u16, month: u8, style: DateStyle| Atom {
            first: k,
            next,
            point: Point::Date {
                year: Some(year),
                month,
            },
            style,
            short_numeric: false,
            season: false,
        };
        let joined =
            |i: usize| self.adjacent(i) && self.adjacent(i + 1) && self.punct(i + 1).is_some();
        if let Some(year) = year_of(num) {
            // "2020-03", "2020/03", "2020.03", "2020-03-01".
            if joined(k) && matches!(self.punct(k + 1), Some('-' | '/' | '.')) {
                if let Some(month) = month_number(self.text(k + 2)) {
                    let mut next = k + 3;
                    // An ISO day: "2020-03-01".
                    if joined(k + 2)
                        && self.punct(k + 3) == self.punct(k + 1)
                        && self.text(k + 4).len() == 2
                        && self
                            .text(k + 4)
                            .parse::<u8>()
                            .is_ok_and(|d| (1..=31).contains(&d))
                    {
                        next = k + 5;
                    }
                    let style = match self.punct(k + 1) {
                        Some('.') => DateStyle::Dotted,
                        Some('/') => DateStyle::Numeric,
                        _ => DateStyle::Iso,
                    };
                    return Some(date(next, year, month, style));
                }
            }
            // "2020s", "2020x" are not dates.
            if self.adjacent(k) && self.kind(k + 1) == Some(Piece::Letters) {
                return None;
            }
            return Some(date(k + 1, year, 0, DateStyle::Year));
        }
        // "03/2020", "3.2020", "03-2020"; "03/20", "03-16" (two-digit years, ranges only).
        let month = month_number(num)?;
        if !(joined(k) && matches!(self.punct(k + 1), Some('/' | '.' | '-'))) {
            return None;
        }
        // "03/2020" but not "03/2020/15" or "1-2020s".
        if self.kind(k + 2) != Some(Piece::Digits)
            || (self.adjacent(k + 2) && self.kind(k + 3) == Some(Piece::Letters))
        {
            return None;
        }
        let after = self.text(k + 2);
        if let Some(year) = year_of(after) {
            return Some(date(k + 3, year, month, DateStyle::Numeric));
        }
        // A third number glued on ("10.2.3", "1/2/2020") is a version or a day-first date.
        if self.adjacent(k + 2)
            && matches!(self.punct(k + 3), Some('/' | '.' | '-'))
            && self.adjacent(k + 3)
            && self.kind(k + 4) == Some(Piece::Digits)
        {
            return None;
        }
        let year = short_year(after)?;
        Some(Atom {
            short_numeric: true,
            ..date(k + 3, year, month, DateStyle::Numeric)
        })
    }

    /// Whether tokens [a, b) are a range separator: a dash, "to", "until", "->", with
    /// brackets around the dates allowed ("[2018]-[2020]").
    fn separator(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 4 {
            return false;
        }
        let mut saw = false;
        for i in a..b {
            match self.kind(i) {
                Some(Piece::Other(
                    '-' | '–' | '—' | '−' | '~' | '→' | '>' | '‒' | '―' | '－' | '～' | '〜',
                )) => saw = true,
                Some(Piece::Other('[' | ']' | '(' | ')')) => {}
                Some(Piece::Letters) if lowered_in(self.text(i), RANGE_WORDS) => saw = true,
                _ => return false,
            }
        }
        saw
    }

    /// Whether only a separator (and closing brackets) follows token `a` to the end of the
    /// line: "2019 –" is an open range.
    fn dangling_separator(&self, a: usize) -> bool {
        a < self.toks.len()
            && (a..self.toks.len()).all(|i| {
                matches!(
                    self.punct(i),
                    Some('-' | '–' | '—' | ')' | ']' | '|' | '·' | ',')
                )
            })
            && matches!(self.punct(a), Some('-' | '–' | '—'))
    }

    fn span(&self, first: usize, next: usize) -> Option<Span> {
        let a = self.toks.get(first)?;
        let b = self.toks.get(next.checked_sub(1)?)?;
        Some(Span::new(a.start, b.end))
    }
}

/// The first date range in `s` (spans relative to `s`). Ranges need a start and an end (or an
/// open end); "Since 2020" is open-ended.
pub fn date_range_in(s: &str) -> Option<DateRange> {
    if !has_digit(s) {
        return None;
    }
    range_in(&Line::new(s))
}

/// The first date range in `s`, else its one date when `single` allows one (a role line's
/// single date, read only when it has no range): [`date_range_in`], then [`single_date_in`],
/// from one reading of the line's pieces.
pub fn range_or_single_in(s: &str, single: impl FnOnce() -> bool) -> Option<DateRange> {
    if !has_digit(s) {
        return None;
    }
    let line = Line::new(s);
    range_in(&line).or_else(|| single().then(|| single_in(&line)).flatten())
}

/// Every date has a year, and every year is written in ASCII digits.
fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// [`date_range_in`] of a line read.
fn range_in(line: &Line<'_>) -> Option<DateRange> {
    let mut k = 0;
    while k < line.toks.len() {
        let Some(a) = line.atom_at(k) else {
            k += 1;
            continue;
        };
        if let Some(range) = range_from(line, k, a) {
            return Some(range);
        }
        k = a.next.max(k + 1);
    }
    None
}

/// The range that starts with atom `a` (at token `k`), if one does.
fn range_from(line: &Line<'_>, k: usize, a: Atom) -> Option<DateRange> {
    let Point::Date { year, month } = a.point else {
        return None;
    };
    for sep_end in a.next + 1..=(a.next + 4).min(line.toks.len()) {
        if !line.separator(a.next, sep_end) {
            continue;
        }
        let Some(b) = line.atom_at(sep_end) else {
            continue;
        };
        // "03-16 - 08-17": two-digit numeric dates only as a pair.
        if a.short_numeric != b.short_numeric && b.point != Point::Present {
            continue;
        }
        if a.short_numeric && b.point == Point::Present {
            continue;
        }
        let span = line.span(a.first, b.next)?;
        match b.point {
            Point::Present => {
                let year = year?;
                return Some(DateRange {
                    span,
                    start: YearMonth { year, month },
                    end: None,
                    start_style: a.style,
                    end_style: None,
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
                    start_style: a.style,
                    end_style: Some(b.style),
                });
            }
            Point::Date { year: None, .. } => {}
        }
    }
    let year = year.filter(|_| !a.short_numeric)?;
    // "Since Jan 2020" / "From 2020" with no end, or "2019 –" at the end of the line.
    let since = k
        .checked_sub(1)
        .is_some_and(|p| lowered_in(line.text(p), &["since", "seit", "depuis"]));
    let start = YearMonth { year, month };
    if since {
        return Some(DateRange {
            span: line.span(k - 1, a.next)?,
            start,
            end: None,
            start_style: a.style,
            end_style: None,
        });
    }
    if line.dangling_separator(a.next) {
        return Some(DateRange {
            span: line.span(a.first, a.next + 1)?,
            start,
            end: None,
            start_style: a.style,
            end_style: None,
        });
    }
    None
}

/// A single date ("Summer 2019", "2021", "May 2020") as a range of one point (a season: its
/// three months), for role lines that give only one date. Two loose dates are not one.
pub fn single_date_in(s: &str) -> Option<DateRange> {
    if !has_digit(s) {
        return None;
    }
    single_in(&Line::new(s))
}

/// [`single_date_in`] of a line read.
fn single_in(line: &Line<'_>) -> Option<DateRange> {
    let mut found = None;
    let mut k = 0;
    while k < line.toks.len() {
        let Some(a) = line.atom_at(k) else {
            k += 1;
            continue;
        };
        k = a.next.max(k + 1);
        if let (
            Point::Date {
                year: Some(year),
                month,
            },
            false,
        ) = (a.point, a.short_numeric)
        {
            if found.is_some() {
                return None;
            }
            let start = YearMonth { year, month };
            let end = if a.season {
                YearMonth {
                    year,
                    month: (month + SEASON_MONTHS - 1).min(12),
                }
            } else {
                start
            };
            found = Some(DateRange {
                span: line.span(a.first, a.next)?,
                start,
                end: Some(end),
                start_style: a.style,
                end_style: Some(a.style),
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
    fn month_words_in_any_case_as_unicode_lowers_them() {
        for word in [
            "MÄR",
            "Mär",
            "DEZ",
            "Sept",
            "SEPTEMBER",
            "OKT",
            "ÉTÉ",
            "Ärz",
            "mAi",
        ] {
            assert_eq!(lower(word).as_str(), word.to_lowercase(), "{word}");
        }
        assert_eq!(month_name("MÄR").map(|m| m.0), Some(3));
        assert_eq!(month_name("Δεκ"), None);
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
    }

    #[test]
    fn forms_people_write() {
        assert_eq!(
            range("Sept '17 - present"),
            Some(("Sept '17 - present", (2017, 9), None))
        );
        assert_eq!(
            range("Aug ’21 – Mar ’23"),
            Some(("Aug ’21 – Mar ’23", (2021, 8), Some((2023, 3))))
        );
        assert_eq!(
            range("03-16 - 08-17"),
            Some(("03-16 - 08-17", (2016, 3), Some((2017, 8))))
        );
        assert_eq!(range("2019–now"), Some(("2019–now", (2019, 0), None)));
        assert_eq!(range("2019 - N/A"), Some(("2019 - N/A", (2019, 0), None)));
        assert_eq!(
            range("Q3 2016 - Q1 2019"),
            Some(("Q3 2016 - Q1 2019", (2016, 7), Some((2019, 1))))
        );
        assert_eq!(
            range("2019.03 - now"),
            Some(("2019.03 - now", (2019, 3), None))
        );
        assert_eq!(
            range("[2018]-[2020]"),
            Some(("2018]-[2020", (2018, 0), Some((2020, 0))))
        );
        assert_eq!(
            range("(2020.07 – 至今)"),
            Some(("2020.07 – 至今", (2020, 7), None))
        );
        assert_eq!(
            range("January 2022 to June 2023"),
            Some(("January 2022 to June 2023", (2022, 1), Some((2023, 6))))
        );
        assert_eq!(range("Acme, 2021 –"), Some(("2021 –", (2021, 0), None)));
        assert_eq!(
            range("Summer 2021 - Fall 2021"),
            Some(("Summer 2021 - Fall 2021", (2021, 6), Some((2021, 9))))
        );
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert_eq!(range("served 2000 users"), None);
        assert_eq!(range("10-20 ms"), None);
        // A two-digit numeric date needs a partner of its own kind.
        assert_eq!(range("cut p99 from 10-12 - 2019"), None);
        assert_eq!(range("03-16 - present"), None);
        assert_eq!(range("Upgraded 10.2.3 - 10.4.1"), None);
        assert_eq!(range("1990s – 2000s"), None);
        assert_eq!(range("CS 61-20 to 61-30"), None);
        assert_eq!(range("Q5 2020 - 2021").map(|r| r.0), Some("2020 - 2021"));
        assert!(single_date_in("Grew 3 teams").is_none());
    }

    #[test]
    fn single_dates_and_seasons() {
        let d = single_date_in("Software Engineer Intern, Hanami Games   Summer 2015").unwrap();
        assert_eq!((d.start.month, d.end.map(|e| e.month)), (6, Some(8)));
        assert_eq!(d.start_style, DateStyle::Season);
        let d = single_date_in("AWS Certified (2021)").unwrap();
        assert_eq!(d.end, Some(d.start));
        assert!(single_date_in("2019 and 2021").is_none());
        assert!(is_date_text("Expected May 2026"));
        assert!(!is_date_text(
            "Built a service in 2021 for 3 teams and many more users here"
        ));
    }

    #[test]
    fn styles_per_end() {
        let style = |s: &str| {
            let d = date_range_in(s).unwrap();
            (d.start_style, d.end_style)
        };
        assert_eq!(
            style("Sept. 2019 – June 2021"),
            (DateStyle::MonthAbbrev, Some(DateStyle::MonthEither))
        );
        assert_eq!(
            style("2020-03 to 2021-05"),
            (DateStyle::Iso, Some(DateStyle::Iso))
        );
        assert_eq!(style("2019-2021"), (DateStyle::Year, Some(DateStyle::Year)));
        assert_eq!(
            style("3/21 - 4/22"),
            (DateStyle::Numeric, Some(DateStyle::Numeric))
        );
        assert_eq!(style("2017.09 - Present"), (DateStyle::Dotted, None));
        assert_eq!(
            style("January 2020 - March 2021"),
            (DateStyle::MonthFull, Some(DateStyle::MonthFull))
        );
    }

    #[test]
    fn month_words() {
        assert_eq!(month_name("Sept"), Some((9, MonthForm::Abbrev)));
        assert_eq!(month_name("MAY"), Some((5, MonthForm::Either)));
        assert_eq!(month_name("Ma"), None);
        assert_eq!(month_name("Marching"), None);
    }
}
