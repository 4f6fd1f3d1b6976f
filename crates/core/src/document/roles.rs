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

use super::{bullets::Bullet, Section};
use crate::date::{range_or_single_in, DateRange, YearMonth};
use crate::options::Level;
use crate::phrases;
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::vec::Vec;

/// "Today" when the resume itself mentions nothing later: the analysis needs a fixed "now" to
/// stay deterministic (there is no clock in `no_std`, and the same input must give the same
/// report). It is the seeds' present (seed 003 writes for "2026").
pub const NOW_FLOOR: YearMonth = YearMonth {
    year: 2026,
    month: 1,
};

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
                let found = range_or_single_in(s, || s.split_whitespace().count() <= 12);
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
    let location = crate::place::location_in(s);
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
pub fn latest_date(roles: &[Role]) -> YearMonth {
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
/// Education or Projects, and never a role whose title places it outside the field (a career
/// changer's "Warehouse Operations Supervisor" years are not years of engineering:
/// [`phrases::outside_the_field`]).
fn experience_filter<'t>(roles: &[Role], text: &'t str) -> impl Fn(&Role) -> bool + 't {
    let fallback = !roles
        .iter()
        .any(|r| matches!(r.section, SectionKind::Experience | SectionKind::Projects));
    move |role: &Role| {
        let section = match role.section {
            SectionKind::Experience => true,
            SectionKind::Header | SectionKind::Other => fallback,
            _ => false,
        };
        section
            && !role
                .title
                .is_some_and(|t| phrases::outside_the_field(t.slice(text)))
    }
}

/// Months of professional experience: the dated Experience roles, with overlapping roles
/// merged so two concurrent jobs are not counted twice. Projects and Education never count.
pub fn experience_months(roles: &[Role], text: &str, today: YearMonth) -> u32 {
    let counts = experience_filter(roles, text);
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

/// Title words that claim a level, as data: the strongest claim in a title wins ("Senior
/// Staff Engineer" is Staff), and an entry-level word wins over all ("Lead Intern" is Entry).
/// Roman grades after a title ("Engineer II", "Administrator I") read as the usual ladders
/// (I entry, II mid, III senior, IV+ staff).
const TITLE_LEVELS: &[(&str, Level)] = &[
    ("staff", Level::Staff),
    ("principal", Level::Staff),
    ("distinguished", Level::Staff),
    ("architect", Level::Staff),
    ("director", Level::Staff),
    ("head", Level::Staff),
    ("vp", Level::Staff),
    ("cto", Level::Staff),
    ("senior", Level::Senior),
    ("sr", Level::Senior),
    ("lead", Level::Senior),
    ("junior", Level::Entry),
    ("jr", Level::Entry),
    ("intern", Level::Entry),
    ("internship", Level::Entry),
    ("graduate", Level::Entry),
    ("trainee", Level::Entry),
    ("apprentice", Level::Entry),
    ("working student", Level::Entry),
    ("i", Level::Entry),
    ("ii", Level::Mid),
    ("iii", Level::Senior),
    ("iv", Level::Staff),
    ("v", Level::Staff),
];

/// The level a title claims, if it says (see [`TITLE_LEVELS`]). "Head" counts only as "Head
/// of"; a roman grade only as the last word of the title.
pub fn title_level(title: &str) -> Option<Level> {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut level = None;
    for (i, word) in words.iter().enumerate() {
        let w = word.to_ascii_lowercase();
        let Some(&(_, l)) = TITLE_LEVELS.iter().find(|(name, _)| *name == w) else {
            continue;
        };
        let roman = w.bytes().all(|b| matches!(b, b'i' | b'v'));
        // "I" and "V" are grades only at the end, in capitals ("Engineer II", not "I built").
        if roman && (i + 1 != words.len() || !word.bytes().all(|b| b.is_ascii_uppercase())) {
            continue;
        }
        if w == "head"
            && !words
                .get(i + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case("of"))
        {
            continue;
        }
        level = Some(match (level, l) {
            (Some(Level::Entry), _) | (_, Level::Entry) => Level::Entry,
            (Some(prev), l) => prev.max(l),
            (None, l) => l,
        });
    }
    level
}

/// Infer the target level from experience and the latest title, with the reason the report
/// shows ("senior: latest title 'Senior Backend Engineer', 7.5 years of work").
///
/// Years of professional experience set the band, on seed 002's ranges (Entry 0–2 years,
/// Mid 3–5, Senior 6–10, Lead/Principal 10+): under 2 years Entry, under 7 Mid, then Senior.
/// Six years sit on the seed's mid/senior boundary and month arithmetic over "2019 – now"
/// ranges overstates tenure by months, so a title that claims nothing reads senior from the
/// seventh year on.
/// The latest title then decides within what the years allow (seed 003 reads level from
/// title and scope): a Staff/Principal/Architect/Director/Head-of title is Staff from 6 years
/// (Senior from 3); Senior/Lead is Senior from 3 years (Mid before: a title inflated at a
/// two-person startup); Junior/Intern/Graduate is Entry under 4 years (Mid after); a grade
/// ("Engineer II") is Mid under 8 years.
/// Years alone never reach Staff: that is a scope claim a title makes. With no readable
/// dates, the title decides, and without one the level is Mid and the reason says the years
/// are unknown (never a guess of Entry for a resume that lists jobs).
pub fn infer_level(months: u32, roles: &[Role], text: &str) -> (Level, alloc::string::String) {
    use alloc::format;
    let counts = experience_filter(roles, text);
    let experience: Vec<&Role> = roles.iter().filter(|r| counts(r)).collect();
    let order = recency_order(roles, latest_date(roles));
    let latest = order
        .iter()
        .filter_map(|&i| roles.get(i))
        .filter(|r| counts(r))
        .find_map(|r| r.title)
        .map(|t| t.slice(text).trim());
    let claimed = latest.and_then(title_level);
    let title_note = latest.map_or_else(alloc::string::String::new, |t| {
        format!("latest title '{t}'")
    });
    let dated = experience.iter().any(|r| r.dates.is_some());
    if !dated {
        if experience.is_empty() {
            return (
                Level::Entry,
                alloc::string::String::from("entry: no work experience found"),
            );
        }
        return match claimed {
            Some(l) => (
                l,
                format!(
                    "{}: {title_note}; no readable dates, so years of work are unknown",
                    l.as_str()
                ),
            ),
            None => (
                Level::Mid,
                alloc::string::String::from(
                    "mid assumed: no readable dates for any role, so years of work are unknown \
                     (set your level)",
                ),
            ),
        };
    }
    let by_years = match months {
        0..=23 => Level::Entry,
        24..=83 => Level::Mid,
        _ => Level::Senior,
    };
    let level = match claimed {
        Some(Level::Staff) if months >= 72 => Level::Staff,
        Some(Level::Staff | Level::Senior) if months >= 36 => Level::Senior,
        Some(Level::Senior) if months >= 24 => Level::Mid,
        Some(Level::Entry) if months < 48 => Level::Entry,
        Some(Level::Entry) => Level::Mid,
        Some(Level::Mid) if months < 96 => Level::Mid,
        _ => by_years,
    };
    let years = format!("{}.{} years of work", months / 12, (months % 12) * 10 / 12);
    let reason = if title_note.is_empty() {
        format!("{}: {years}", level.as_str())
    } else {
        format!("{}: {title_note}, {years}", level.as_str())
    };
    (level, reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    fn read(text: &str) -> (Level, u32, alloc::string::String) {
        let options = Options {
            today: Some(YearMonth {
                year: 2026,
                month: 12,
            }),
            ..Options::default()
        };
        let r = analyze(text, &options).unwrap();
        (
            r.input.level,
            r.input.experience_months,
            r.input.level_reason,
        )
    }

    #[test]
    fn titles_claim_levels() {
        assert_eq!(title_level("Senior Staff Engineer"), Some(Level::Staff));
        assert_eq!(title_level("Lead Backend Engineer"), Some(Level::Senior));
        assert_eq!(title_level("Head of Platform"), Some(Level::Staff));
        assert_eq!(title_level("Software Engineer II"), Some(Level::Mid));
        assert_eq!(title_level("Systems Administrator I"), Some(Level::Entry));
        assert_eq!(title_level("Software Engineer Intern"), Some(Level::Entry));
        // Not claims: a head count, a pronoun, a plain title.
        assert_eq!(title_level("Engineer, head count 40"), None);
        assert_eq!(title_level("I built it"), None);
        assert_eq!(title_level("Backend Engineer"), None);
    }

    #[test]
    fn level_from_latest_title_and_years() {
        let (level, months, why) = read(
            "Experience\nSenior Backend Engineer, Acme\nJan 2019 - Present\n- Built the billing API in Go for 40 teams\nSoftware Engineer, Beta\nJul 2017 - Dec 2018\n- Built the ledger service in Java\n",
        );
        assert_eq!(level, Level::Senior);
        assert_eq!(months, 114);
        assert_eq!(
            why,
            "senior: latest title 'Senior Backend Engineer', 9.5 years of work"
        );
        // A "senior" title after two short jobs is not senior.
        let (level, _, _) = read(
            "Experience\nSenior Developer, Tiny Startup\nJan 2026 - Present\n- Built the API\nDeveloper, Agency\nJun 2024 - Dec 2024\n- Built sites\n",
        );
        assert_eq!(level, Level::Entry);
        // Years alone never make Staff.
        let (level, _, _) = read(
            "Experience\nBackend Engineer, Acme\n2010 - Present\n- Ran the payments platform in Java\n",
        );
        assert_eq!(level, Level::Senior);
    }

    /// A career changer's earlier career is not years of engineering; a title in the field
    /// keeps its years whatever else it says.
    #[test]
    fn years_outside_the_field_do_not_count() {
        let (level, months, _) = read(
            "Experience\nSite Reliability Engineer, Trailhead\nSep 2023 - Present\n- Moved 40 services to Helm charts\nWarehouse Operations Supervisor, Peak Distribution\nMar 2015 - Dec 2021\n- Supervised a shift of 22 associates\n",
        );
        assert_eq!(months, 40);
        assert_eq!(level, Level::Mid);
        let (_, months, _) = read(
            "Experience\nBackend Engineer, Acme\nJan 2022 - Dec 2022\n- Built the billing API in Go\nIT Support Supervisor, Beta\nJan 2020 - Dec 2021\n- Ran the help desk\n",
        );
        assert_eq!(months, 36);
        assert!(crate::phrases::outside_the_field("Sales Associate"));
        assert!(!crate::phrases::outside_the_field("Sales Engineer"));
        assert!(!crate::phrases::outside_the_field("Stripe"));
    }

    #[test]
    fn only_work_counts_and_overlaps_count_once() {
        let (level, months, _) = read(
            "EXPERIENCE\nBackend Engineer - Acme\nJanuary 2022 to June 2023\n- Built a customs service in Go\nBackend Engineer - Beta\nOctober 2020 to present\n- Own the KYC pipeline\n\nEDUCATION\nB.Sc. Computing, NUS, 2014 - 2018\n\nTEACHING\nAdjunct Instructor, Cloud module - Academy, 2012 - 2023\n- Taught evening classes on AWS to 30 people\n\nPROJECTS\nhomelab - a Kubernetes cluster, 2005 - 2026\n",
        );
        assert_eq!(months, 75);
        // Six and a quarter years with a title that claims nothing: mid.
        assert_eq!(level, Level::Mid);
    }

    #[test]
    fn no_readable_dates_is_said_not_guessed() {
        let (level, months, why) = read(
            "EXPERIENCE\n\nBackend Engineer, Greenleaf Energy\n- Built the meter ingestion API in Go\n\nSoftware Developer, Brick Lane\n- Developed REST APIs in Flask\n",
        );
        assert_ne!(level, Level::Entry);
        assert_eq!(months, 0);
        assert!(why.contains("no readable dates"), "{why}");
        let (level, _, why) = read(
            "EXPERIENCE\n\nSenior Backend Engineer, Greenleaf Energy\n- Built the meter ingestion API in Go\n",
        );
        assert_eq!(level, Level::Senior);
        assert!(why.contains("latest title"), "{why}");
    }

    #[test]
    fn forms_people_write_on_role_lines() {
        let (_, months, _) = read(
            "EXPERIENCE\n\nSENIOR SOFTWARE ENGINEER - Kleinanzeigen Hub GmbH, Berlin\nSept '17 - present\n- Rebuilt the search indexer on Kafka\n\nSOFTWARE ENGINEER - Tradeport, Munich\n03-16 - 08-17\n- Implemented connectors in Java\n",
        );
        // Mar 2016 – Aug 2017 (18) and Sep 2017 – Dec 2026 (112).
        assert_eq!(months, 130);
    }
}
