//! Sections and their headings.
//!
//! A heading is a short line styled as one: ALL-CAPS, Title Case, a trailing colon, Markdown
//! `#`, a whole-line `**Bold**`, or a line underlined with `===`/`---`. Standard names (and names
//! built from standard heading words, "Technical Skills & Tools") map to a [`SectionKind`]
//! through the tables in [`crate::phrases`]; creative wordings ("Tech Arsenal") keep the kind
//! they stand for and are marked `creative` for F-HEADING (seeds 002, 004).
//!
//! What is *not* a heading matters as much: the name line (the first line is only a heading
//! when it is a standard name), a title line ("SENIOR BACKEND ENGINEER"), a role line ("Senior
//! Backend Engineer — Acme Corp"), a skills line ("Languages: Go, Python"), and skill group
//! labels inside a Skills section ("LANGUAGES & FRAMEWORKS" in seed 002's sample). Unknown
//! wordings only count when styled as headings, shaped like one (short, no digits, no
//! separators, no job-title words) and either followed by bullets or giving away their kind by
//! their words ("My Backend Toolkit").

use super::bullets;
use crate::phrases;
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeadingStyle {
    /// `# Experience`, `## Experience`.
    Markdown,
    AllCaps,
    TitleCase,
    /// `Experience:`.
    Colon,
    /// Came from a structured source (LaTeX `\section`, JSON Resume keys).
    Structured,
    /// A whole line in Markdown bold: `**Experience**`.
    Bold,
    /// A line underlined by the next line (`=====` or `-----`).
    Underlined,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The whole heading line (and its underline, for underlined headings).
    pub span: Span,
    /// The heading words without `#`, `**`, colon, emoji or surrounding space.
    pub title: Span,
    pub style: HeadingStyle,
    /// A creative wording of a standard heading ("Tech Arsenal" for Skills), or an unknown
    /// heading that is not one of the standard extra sections: ATS parsers look for standard
    /// names, so F-HEADING flags these.
    pub creative: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub heading: Option<Heading>,
    /// From the heading line (or text start) to the next heading (or text end).
    pub span: Span,
    /// The body: the lines after the heading.
    pub body: Span,
}

/// A line that could be a heading, with its style and words.
struct Candidate<'t> {
    style: HeadingStyle,
    /// `#` count for Markdown headings, else 0.
    md_level: usize,
    /// The words, as they stand in the text.
    title: Span,
    words: &'t str,
    /// The line has an underline line after it.
    underlined: bool,
}

/// Split the text into sections. `structured` holds the heading lines a reader (LaTeX, JSON
/// Resume) produced; those are headings whatever their wording.
pub fn find(text: &str, lines: &[Span], structured: &[Span]) -> Vec<Section> {
    let n = lines.len();
    let blank: Vec<bool> = lines
        .iter()
        .map(|l| l.slice(text).trim().is_empty())
        .collect();
    // next_content[i]: the first non-blank line after i.
    let mut next_content: Vec<Option<usize>> = vec![None; n];
    let mut next = None;
    for i in (0..n).rev() {
        if let Some(slot) = next_content.get_mut(i) {
            *slot = next;
        }
        if !blank.get(i).copied().unwrap_or(true) {
            next = Some(i);
        }
    }
    let first_content = blank.iter().position(|b| !b);
    let underline: Vec<bool> = lines.iter().map(|l| is_underline(l.slice(text))).collect();
    let section_md_level = markdown_section_level(text, lines, first_content);

    let mut headings: Vec<(Heading, SectionKind, usize)> = Vec::new(); // (heading, kind, last line)
    let mut current = SectionKind::Header;
    let mut structured_at = 0usize;
    let mut i = 0usize;
    while i < n {
        let Some(&line) = lines.get(i) else { break };
        if blank.get(i).copied().unwrap_or(true) || underline.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        while structured
            .get(structured_at)
            .is_some_and(|s| s.start < line.start)
        {
            structured_at += 1;
        }
        let is_structured = structured
            .get(structured_at)
            .is_some_and(|s| s.start == line.start);
        let underlined = underline.get(i + 1).copied().unwrap_or(false);
        let found = candidate(text, line, underlined, is_structured)
            .and_then(|mut cand| {
                if is_structured {
                    cand.style = HeadingStyle::Structured;
                    cand.underlined = false;
                }
                let follows_bullet = next_content
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|j| lines.get(j))
                    .is_some_and(|l| bullets::marker(l.slice(text).trim_start()).is_some());
                let ctx = Context {
                    current,
                    is_first: Some(i) == first_content,
                    has_next: next_content.get(i).copied().flatten().is_some(),
                    follows_bullet,
                    is_structured,
                    md_ok: cand.style == HeadingStyle::Markdown
                        && section_md_level.is_none_or(|l| cand.md_level <= l),
                };
                let (kind, creative) = classify(&cand, &ctx)?;
                let last = if cand.underlined { i + 1 } else { i };
                let end = lines.get(last).map_or(line.end, |l| l.end);
                let heading = Heading {
                    span: Span::new(line.start, end),
                    title: cand.title,
                    style: cand.style,
                    creative,
                };
                Some((heading, kind, last))
            })
            .or_else(|| {
                let prev_blank = i == 0 || blank.get(i - 1).copied().unwrap_or(true);
                inline_heading(text, line, current, prev_blank).map(|(h, k)| (h, k, i))
            });
        if let Some((heading, kind, last)) = found {
            headings.push((heading, kind, last));
            current = kind;
            i = last + 1;
        } else {
            i += 1;
        }
    }

    let mut sections = Vec::with_capacity(headings.len() + 1);
    let first_heading_start = headings
        .first()
        .map_or(text.len(), |(h, _, _)| h.span.start);
    if first_heading_start > 0 || headings.is_empty() {
        sections.push(Section {
            kind: SectionKind::Header,
            heading: None,
            span: Span::new(0, first_heading_start),
            body: Span::new(0, first_heading_start),
        });
    }
    for (k, (heading, kind, last)) in headings.iter().enumerate() {
        let end = headings
            .get(k + 1)
            .map_or(text.len(), |(h, _, _)| h.span.start);
        // An inline heading ("Skills: Go, Python") leaves the rest of its line as body.
        let inline = lines.get(*last).is_some_and(|l| heading.span.end < l.end);
        let body_start = if inline {
            let rest = Span::new(heading.span.end, end).slice(text);
            heading.span.end + (rest.len() - rest.trim_start().len())
        } else {
            lines.get(last + 1).map_or(end, |l| l.start)
        }
        .min(end);
        sections.push(Section {
            kind: *kind,
            heading: Some(heading.clone()),
            span: Span::new(heading.span.start, end),
            body: Span::new(body_start, end),
        });
    }
    sections
}

/// Where a candidate line stands.
struct Context {
    current: SectionKind,
    is_first: bool,
    has_next: bool,
    follows_bullet: bool,
    is_structured: bool,
    /// A Markdown heading at (or above) the level the document uses for its sections.
    md_ok: bool,
}

/// The Latin words of a bilingual heading ("工作经历 Work Experience" → "Work Experience"), which
/// the heading tables can read; other headings as they are.
fn latin_half(words: &str) -> Cow<'_, str> {
    let foreign = |w: &str| w.chars().all(|c| c.is_alphabetic() && !c.is_ascii());
    let latin = |w: &str| w.chars().any(|c| c.is_ascii_alphabetic());
    let ws = words.split_whitespace();
    if !(ws.clone().any(foreign) && ws.clone().any(latin)) {
        return Cow::Borrowed(words);
    }
    let kept: Vec<&str> = ws.filter(|w| !foreign(w)).collect();
    Cow::Owned(kept.join(" "))
}

/// Whether a candidate is a heading: its kind and whether it is creative.
fn classify(cand: &Candidate<'_>, ctx: &Context) -> Option<(SectionKind, bool)> {
    let words = collapse_letter_spacing(cand.words);
    let words = latin_half(words.as_ref());
    let words = words.as_ref();
    if !ctx.is_structured && (!ctx.has_next || !shape_ok(words)) {
        return None;
    }
    let norm = phrases::normalize_heading(words);
    let standard = phrases::standard_heading_normalized(&norm);
    let creative = phrases::creative_heading_normalized(&norm);
    if ctx.is_structured {
        return Some(match (standard, creative) {
            (Some(kind), _) => (kind, false),
            (None, Some(kind)) => (kind, true),
            (None, None) => (
                phrases::creative_guess_normalized(&norm).unwrap_or(SectionKind::Other),
                true,
            ),
        });
    }
    if let Some(kind) = standard {
        // "Languages", "Tools", "Cloud & DevOps" inside Skills are group labels.
        let group_label = ctx.current == SectionKind::Skills
            && (kind == SectionKind::Skills || phrases::is_skill_group_normalized(&norm))
            && !ctx.md_ok;
        return (!group_label).then_some((kind, false));
    }
    if let Some(kind) = creative {
        return Some((kind, true));
    }
    // The name line is never an unknown heading.
    if ctx.is_first {
        return None;
    }
    let styled = match cand.style {
        HeadingStyle::Markdown => ctx.md_ok,
        HeadingStyle::TitleCase => false,
        _ => true,
    };
    if !styled || !unknown_shape_ok(words) {
        return None;
    }
    let guess = phrases::creative_guess_normalized(&norm);
    match ctx.current {
        SectionKind::Skills
        | SectionKind::Experience
        | SectionKind::Projects
        | SectionKind::Education => guess
            .filter(|k| !(ctx.current == SectionKind::Skills && *k == SectionKind::Skills))
            .map(|k| (k, true)),
        _ if guess.is_some() || ctx.follows_bullet => {
            Some((guess.unwrap_or(SectionKind::Other), true))
        }
        _ => None,
    }
}

/// A section label with its content on the same line: "Technical Skills: Go, Python, Kafka",
/// "Summary: Backend engineer …". Only for Skills, Summary, Objective and Certifications labels,
/// and only in the header or, after a blank line, in a section where such a line cannot be part
/// of a role ("Tech stack: Go" under a role in Experience is the role's, not a section).
fn inline_heading(
    text: &str,
    line: Span,
    current: SectionKind,
    prev_blank: bool,
) -> Option<(Heading, SectionKind)> {
    let context_ok = match current {
        SectionKind::Header => true,
        SectionKind::Summary
        | SectionKind::Objective
        | SectionKind::Other
        | SectionKind::Education
        | SectionKind::Certifications => prev_blank,
        _ => false,
    };
    if !context_ok {
        return None;
    }
    let raw = line.slice(text);
    let colon = raw.get(..raw.len().min(48))?.find(':')?;
    let label_raw = raw.get(..colon)?;
    let label = label_raw
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '_'))
        .trim();
    let words = label.split_whitespace().count();
    if !(1..=4).contains(&words) || label.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let after = raw.get(colon + 1..)?;
    let closing = after.len() - after.trim_start_matches(['*', '_']).len();
    if !after.chars().any(char::is_alphanumeric) {
        return None;
    }
    let kind = phrases::standard_heading(label)?;
    if kind == current
        || !matches!(
            kind,
            SectionKind::Skills
                | SectionKind::Summary
                | SectionKind::Objective
                | SectionKind::Certifications
        )
    {
        return None;
    }
    let title_at = (label.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
    let title = Span::new(line.start + title_at, line.start + title_at + label.len());
    let lead = raw.len() - raw.trim_start().len();
    let heading = Heading {
        span: Span::new(line.start + lead, line.start + colon + 1 + closing),
        title,
        style: HeadingStyle::Colon,
        creative: false,
    };
    Some((heading, kind))
}

/// Read a line's heading style and words (None when it cannot be a heading at all).
fn candidate(
    text: &str,
    line: Span,
    underlined: bool,
    is_structured: bool,
) -> Option<Candidate<'_>> {
    let raw = line.slice(text);
    let mut s = raw.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    let mut style = None;
    let mut md_level = 0;
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) {
        let rest = s.get(hashes..).unwrap_or("");
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            style = Some(HeadingStyle::Markdown);
            md_level = hashes;
            s = rest.trim().trim_end_matches('#').trim_end();
        }
    }
    let mut colon = false;
    if let Some(rest) = s.strip_suffix(':') {
        colon = true;
        s = rest.trim_end();
    }
    for mark in ["**", "__"] {
        if let Some(inner) = s.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
            if !inner.trim().is_empty() && !inner.contains(mark) {
                style.get_or_insert(HeadingStyle::Bold);
                s = inner.trim();
                if let Some(rest) = s.strip_suffix(':') {
                    colon = true;
                    s = rest.trim_end();
                }
            }
        }
    }
    // A bullet line is a bullet, whatever it says (a Markdown heading may start with an emoji).
    if style.is_none() && !is_structured && bullets::marker(s).is_some() {
        return None;
    }
    s = s.trim_matches(is_decoration);
    if s.is_empty() {
        return None;
    }
    let style = style.unwrap_or(if underlined {
        HeadingStyle::Underlined
    } else if colon {
        HeadingStyle::Colon
    } else if crate::text::is_all_caps(s, 2) {
        HeadingStyle::AllCaps
    } else {
        HeadingStyle::TitleCase
    });
    let offset = (s.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
    let start = line.start + offset;
    Some(Candidate {
        style,
        md_level,
        title: Span::new(start, start + s.len()),
        words: s,
        underlined: underlined && matches!(style, HeadingStyle::Underlined),
    })
}

/// Emoji, symbols and rules around heading words ("🛠️ Skills", "== Skills ==", "| Skills |").
fn is_decoration(c: char) -> bool {
    !(c.is_alphanumeric()
        || matches!(
            c,
            '(' | ')' | '\'' | '\u{2019}' | '"' | '&' | '+' | '#' | '.'
        ))
}

/// Short enough to be a heading at all.
fn shape_ok(words: &str) -> bool {
    let count = words.split_whitespace().count();
    (1..=8).contains(&count)
        && words.len() <= 60
        && words.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The stricter shape for wordings no table knows: no digits, separators, links or job titles.
fn unknown_shape_ok(words: &str) -> bool {
    let count = words.split_whitespace().count();
    if !(1..=5).contains(&count) {
        return false;
    }
    if words.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '@' | '|'
                    | ','
                    | '('
                    | ')'
                    | '/'
                    | '\\'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '='
                    | '+'
                    | ';'
                    | '#'
                    | '%'
                    | '$'
                    | '—'
                    | '–'
                    | '·'
                    | '•'
            )
    }) {
        return false;
    }
    let lower = words.to_ascii_lowercase();
    if lower.contains(" - ") || lower.contains("http") || lower.contains("www.") {
        return false;
    }
    if lower.contains(".com") || lower.contains(".io") || lower.contains(".dev") {
        return false;
    }
    !words
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(phrases::is_title_word)
}

/// "E X P E R I E N C E" → "EXPERIENCE"; "W O R K   E X P E R I E N C E" → "WORK EXPERIENCE".
fn collapse_letter_spacing(words: &str) -> Cow<'_, str> {
    let tokens = words.split_whitespace();
    let mut count = 0;
    let mut all_single = true;
    for t in tokens {
        count += 1;
        all_single &= t.chars().count() == 1;
    }
    if count < 4 || !all_single {
        return Cow::Borrowed(words);
    }
    let mut out = String::with_capacity(words.len());
    let mut spaces = 0;
    for c in words.chars() {
        if c.is_whitespace() {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !out.is_empty() {
            out.push(' ');
        }
        spaces = 0;
        out.push(c);
    }
    Cow::Owned(out)
}

/// A line drawn under a heading: `===`, `---`, `___`, box-drawing rules.
fn is_underline(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '=' | '-' | '_' | '~' | '─' | '━' | '═' | '—' | '–' | ' '))
        && t.chars().any(|c| c != ' ')
}

/// The Markdown level the document uses for sections: the shallowest `#` level of a line that
/// names a standard section (so `### Senior Engineer — Acme` under `## Experience` is a role,
/// not a section). `None` when no Markdown heading names one.
fn markdown_section_level(text: &str, lines: &[Span], first: Option<usize>) -> Option<usize> {
    let mut level: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == first {
            continue;
        }
        let s = line.slice(text).trim_start();
        if !s.starts_with('#') || s.len() > 100 {
            continue;
        }
        let Some(cand) = candidate(text, *line, false, false) else {
            continue;
        };
        if cand.style != HeadingStyle::Markdown {
            continue;
        }
        let words = collapse_letter_spacing(cand.words);
        if phrases::standard_heading(&words).is_some()
            || phrases::creative_heading(&words).is_some()
        {
            level = Some(level.map_or(cand.md_level, |l| l.min(cand.md_level)));
        }
    }
    level
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::line_spans;

    fn kinds(text: &str) -> Vec<(SectionKind, String, bool)> {
        let lines = line_spans(text);
        find(text, &lines, &[])
            .into_iter()
            .filter_map(|s| {
                s.heading
                    .map(|h| (s.kind, String::from(h.title.slice(text)), h.creative))
            })
            .collect()
    }

    #[test]
    fn bilingual_headings_read_their_latin_half() {
        let text = "# 王晓明\n\n## 工作经历 Work Experience\n\n- Built x\n\n## 教育背景 Education\n\n- B.E. Fudan\n\n## 技能 Skills\n\n- Go\n";
        let kinds: Vec<SectionKind> = find(text, &crate::document::line_spans(text), &[])
            .iter()
            .map(|s| s.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Header,
                SectionKind::Experience,
                SectionKind::Education,
                SectionKind::Skills
            ]
        );
        // A heading all in one script is left as it is.
        assert_eq!(latin_half("Work Experience"), "Work Experience");
        assert_eq!(latin_half("工作经历"), "工作经历");
    }

    #[test]
    fn every_style() {
        let text = "Jane Doe\n\n# Summary\nx\n\nSKILLS\nGo\n\nExperience:\n- a\n\n**Projects**\n- b\n\nEducation\n=========\nMIT\n\nCERTIFICATIONS:\nAWS\n";
        let got = kinds(text);
        let want = [
            (SectionKind::Summary, "Summary"),
            (SectionKind::Skills, "SKILLS"),
            (SectionKind::Experience, "Experience"),
            (SectionKind::Projects, "Projects"),
            (SectionKind::Education, "Education"),
            (SectionKind::Certifications, "CERTIFICATIONS"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((k, t, c), (wk, wt)) in got.iter().zip(want) {
            assert_eq!((*k, t.as_str(), *c), (wk, wt, false));
        }
    }

    #[test]
    fn research_ends_experience() {
        // Research is a section of its own (its roles are not professional experience), in
        // capitals as a PDF of Deedy's template prints it.
        let text = "Jane\n\nEXPERIENCE\nAcme | Intern\n- Built x\n\nRESEARCH\nParallel Data Lab | Researcher\nSep 2024 – Present\n";
        let got = kinds(text);
        assert_eq!(
            got.iter()
                .map(|(k, t, _)| (*k, t.as_str()))
                .collect::<Vec<_>>(),
            [
                (SectionKind::Experience, "EXPERIENCE"),
                (SectionKind::Other, "RESEARCH")
            ]
        );
    }

    #[test]
    fn skill_groups_stay_in_skills() {
        let text = "Jane\n\nSKILLS\nLANGUAGES & FRAMEWORKS\nPrimary: Go\nDATABASES & STORAGE\nRedis\nDISTRIBUTED SYSTEMS\nKafka\n\nEXPERIENCE\n- x\n";
        let got = kinds(text);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn name_title_and_role_lines_are_not_headings() {
        let text = "JANE DOE\n\nSENIOR BACKEND ENGINEER\n\njane@x.com\n\nEXPERIENCE\nACME CORP\nSenior Backend Engineer — Acme Corp\n- x\nLanguages: Go, Python\n";
        let got = kinds(text);
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
