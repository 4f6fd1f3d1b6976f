//! From rows (one baseline's items, read left to right) to the lines the analyzer reads: wrapped
//! lines joined back into their bullet or paragraph, and list items whose marker was not text
//! given one.
//!
//! A PDF has no paragraphs, only positioned runs of text. As OpenResume's parser does, the
//! structure comes back from geometry:
//! - a row starting with a bullet glyph (•, ◦, ▪, ‣, ●, ■, –, *, an icon-font glyph) starts a
//!   bullet;
//! - a row continues the bullet or paragraph above when it sits one normal line pitch below,
//!   in the same font size and weight, at the text's left edge (the same edge, or the hanging
//!   indent after the glyph), and the row above was *full*: its last word reaches the column's
//!   right edge, or the first word of this row would not have fit after it (a paragraph
//!   without a marker also needs this row to go on in lower case: a title row followed by its
//!   company row is two lines);
//! - a list whose markers a browser drew (CSS `list-style`, not text) shows as rows indented
//!   past the text edge: each indented sentence that starts after a row that was not full
//!   starts a list item, given a "•". The text edge is where the words of the latest title,
//!   company or heading row start, after any date label set in a margin column (Twenty
//!   Seconds' "2022.03 –" left of the title): a paragraph under such a title is prose, not a
//!   list; and a row at the hanging indent of a glyph item above (AltaCV's achievement: icon
//!   and title, description below) belongs to that item, not to a new one.
//!
//! Ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) and soft hyphens are normalized when the rows are built
//! ([`normalize`]); a word hyphenated across lines is joined without a space.

use alloc::string::String;
use alloc::vec::Vec;

/// One row: the items of one baseline in one column.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub y: f64,
    /// Largest font height on the row.
    pub h: f64,
    /// Left edge of the first non-blank item.
    pub x0: f64,
    /// Left edge of the words after a leading bullet glyph (`x0` when there is none).
    pub text_x: f64,
    /// Right edge of the last non-blank item.
    pub x1: f64,
    /// Estimated width of the row's first word (what had to fit on the row above).
    pub first_word_w: f64,
    /// Every non-blank item is in a bold font.
    pub bold: bool,
    /// Two items on the row are far apart (right-aligned dates, a label and its value).
    pub spread: bool,
    /// Where the row's words start after a date label set in a margin column ("2022.03 –"
    /// left of the title in Twenty Seconds or moderncv); `x0` when there is none.
    pub content_x: f64,
    /// The row is only a date label ("2020–now" on its own row in friggeri's margin).
    pub date_only: bool,
    pub text: String,
}

/// A line pitch up to this many font heights joins two rows of one paragraph; more is a
/// paragraph gap.
const MAX_PITCH: f64 = 1.75;
/// Left edges within this share of the font height are the same edge.
const EDGE_SLACK: f64 = 0.7;
/// Rows indented past the column's left edge by at least this share of the font height are
/// indented (a CSS list's 40px indent is ~3 em; a hanging indent after a glyph ~1 em).
const INDENT: f64 = 0.9;
/// Font heights within this share of each other are the same size.
const SIZE_SLACK: f64 = 0.2;

/// Characters that start a bullet when they open a row.
pub(crate) fn is_glyph(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '●'
            | '○'
            | '■'
            | '□'
            | '◆'
            | '♦'
            | '➢'
            | '➤'
            | '►'
            | '▶'
            | '▸'
            | '✓'
            | '✔'
            | '–'
            | '—'
            | '-'
            | '*'
            | '·'
            | '∙'
            | '⋆'
            | '★'
            | '⁃'
            | '❖'
    ) || matches!(u32::from(c), 0xE000..=0xF8FF)
}

/// Whether `text` opens with a bullet glyph followed by words ("• Built", "•Built"; an ASCII
/// `-` or `*` needs a space, "-5%" is a number).
fn opens_with_glyph(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !is_glyph(first) {
        return false;
    }
    let rest = chars.as_str();
    if matches!(first, '-' | '*' | '–' | '—') && !rest.starts_with(' ') {
        return false;
    }
    rest.chars().any(char::is_alphanumeric)
}

/// Whether an item's text is a date label of a margin column ("2020–now", "03/2025–",
/// "2016 – 2020", "now"): short, with a digit, or only a dash or a "now" word.
pub(crate) fn is_date_label(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().count() <= 14
        && (t.chars().any(|c| c.is_ascii_digit())
            || t.chars().all(|c| matches!(c, '–' | '-' | '—'))
            || ["now", "present", "current", "today", "ongoing"]
                .iter()
                .any(|w| t.eq_ignore_ascii_case(w)))
}

/// Ligatures spelled out, soft hyphens and other invisible characters dropped, no-break spaces
/// made spaces: what the words are, whatever glyphs the font drew.
pub(crate) fn normalize(c: char, out: &mut String) {
    match c {
        'ﬀ' => out.push_str("ff"),
        'ﬁ' => out.push_str("fi"),
        'ﬂ' => out.push_str("fl"),
        'ﬃ' => out.push_str("ffi"),
        'ﬄ' => out.push_str("ffl"),
        'ﬅ' | 'ﬆ' => out.push_str("st"),
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' => {}
        '\u{A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
        c if c.is_control() => out.push(' '),
        c => out.push(c),
    }
}

/// How the open line started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A glyph bullet: continuation rows align with its text or its glyph.
    Glyph,
    /// A list item whose marker was not text.
    Indented,
    /// Any other line or paragraph.
    Plain,
}

struct Open<'r> {
    kind: Kind,
    /// Where continuation rows may start.
    edges: (f64, f64),
    last: &'r Row,
}

/// The lines of one column's rows, top to bottom.
pub(crate) fn rebuild(rows: &[Row]) -> Vec<String> {
    let rows = join_label_dates(rows);
    let right = rows.iter().map(|r| r.x1).fold(f64::NEG_INFINITY, f64::max);
    // The text edge indentation is measured from: the column's left edge at first, then where
    // the words of the latest title, company or heading row start.
    let mut base = rows.iter().map(|r| r.x0).fold(f64::INFINITY, f64::min);
    let mut out: Vec<String> = Vec::with_capacity(rows.len());
    let mut open: Option<Open<'_>> = None;
    for row in &rows {
        if opens_with_glyph(&row.text) {
            out.push(row.text.clone());
            open = Some(Open {
                kind: Kind::Glyph,
                edges: (row.x0, row.text_x),
                last: row,
            });
            continue;
        }
        if let Some(o) = open.as_mut() {
            if continues(o, row, right) {
                if let Some(line) = out.last_mut() {
                    join(line, &row.text);
                }
                o.last = row;
                continue;
            }
        }
        let indented = row.x0 >= base + INDENT * row.h;
        let kind = if indented
            && list_item_like(row)
            && !under_glyph_item(&open, row)
            && (was_item(&open, row) || !follows_indented(&open, row))
        {
            Kind::Indented
        } else {
            Kind::Plain
        };
        if kind == Kind::Indented {
            let mut line = String::from("• ");
            line.push_str(&row.text);
            out.push(line);
        } else {
            if !row.date_only && (!indented || row.bold || row.spread) {
                base = row.content_x;
            }
            out.push(row.text.clone());
        }
        open = Some(Open {
            kind,
            edges: (row.x0, row.x0),
            last: row,
        });
    }
    out
}

/// Whether the open line is a marker-less list item this row lines up with (the next item).
fn was_item(open: &Option<Open<'_>>, row: &Row) -> bool {
    open.as_ref()
        .is_some_and(|o| o.kind == Kind::Indented && o.edges.0 <= row.x0 + EDGE_SLACK * row.h)
}

/// Whether the row starts at the hanging indent of the glyph item above without continuing
/// it: a second paragraph of that item (AltaCV's achievement title beside its icon, the
/// description below), not a new list item.
fn under_glyph_item(open: &Option<Open<'_>>, row: &Row) -> bool {
    open.as_ref().is_some_and(|o| {
        let slack = EDGE_SLACK * row.h;
        let (glyph, words) = o.edges;
        o.kind == Kind::Glyph && words - glyph > slack && (row.x0 - words).abs() <= slack
    })
}

/// Move the end date of a label column's range ("2022.03 –" / "now") back beside its start,
/// so the role line reads "2022.03 – now DevOps Engineer".
fn join_label_dates(rows: &[Row]) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    // The output row whose date ends in a dash, and where its end date goes.
    let mut dangling: Option<(usize, usize)> = None;
    for row in rows {
        if let Some((at_row, at)) = dangling {
            if let Some((label, rest)) = label_end(row) {
                if let Some(target) = out.get_mut(at_row) {
                    if target.text.is_char_boundary(at) {
                        target.text.insert_str(at, &alloc::format!(" {label}"));
                    }
                }
                dangling = None;
                if !rest.is_empty() {
                    out.push(Row {
                        text: rest,
                        ..row.clone()
                    });
                }
                continue;
            }
        }
        dangling = dash_after_label(&row.text).map(|at| (out.len(), at));
        out.push(row.clone());
    }
    out
}

/// Where a row opening with a date and a dash ("2022.03 – DevOps Engineer", "03/2025–")
/// leaves its end date out: the byte offset just after the dash. A label column (moderncv,
/// Twenty Seconds) sets the end date on the next row.
fn dash_after_label(text: &str) -> Option<usize> {
    let first = text.split_whitespace().next()?;
    if !first.chars().any(|c| c.is_ascii_digit()) || first.chars().count() > 10 {
        return None;
    }
    let dash = ['–', '-', '—'];
    if let Some(stripped) = first.strip_suffix(dash) {
        if stripped.chars().last().is_some_and(|c| c.is_ascii_digit()) {
            return Some(text.find(first)? + first.len());
        }
    }
    let after = text.get(text.find(first)? + first.len()..)?;
    let trimmed = after.trim_start();
    let mut chars = trimmed.chars();
    let d = chars.next()?;
    let rest = chars.as_str();
    if !dash.contains(&d) || rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "2022.03 – DevOps Engineer": the dash is followed by words, not an end date.
    let next = rest.split_whitespace().next().unwrap_or("");
    let is_end = next.chars().any(|c| c.is_ascii_digit())
        || ["now", "present", "current", "today"]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w));
    (!is_end).then(|| text.len() - rest.len())
}

/// The end date a label-column row starts with ("now", "08/2025 ○ Responsible …"), and the
/// rest of the row.
fn label_end(row: &Row) -> Option<(String, String)> {
    let text = row.text.trim_start();
    let first = text.split_whitespace().next()?;
    let date_like = (first.chars().any(|c| c.is_ascii_digit()) && first.chars().count() <= 8)
        || ["now", "present", "current", "today"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w));
    if !date_like {
        return None;
    }
    let rest = text.get(first.len()..)?.trim_start();
    (rest.is_empty() || opens_with_glyph(rest)).then(|| (String::from(first), String::from(rest)))
}

/// Whether the open line is itself an indented plain line at this row's edge (an indented
/// paragraph, not a list).
fn follows_indented(open: &Option<Open<'_>>, row: &Row) -> bool {
    open.as_ref()
        .is_some_and(|o| o.kind == Kind::Plain && (o.last.x0 - row.x0).abs() <= EDGE_SLACK * row.h)
}

/// A row that can be a list item: a sentence's worth of words, not a bold title or a row with
/// a right-aligned part (a role line with its dates).
fn list_item_like(row: &Row) -> bool {
    !row.bold && !row.spread && row.text.split_whitespace().count() >= 5
}

/// Whether `row` continues the open line.
fn continues(o: &Open<'_>, row: &Row, right: f64) -> bool {
    let prev = o.last;
    let h = prev.h.max(row.h);
    let pitch = prev.y - row.y;
    if pitch <= 0.0 || pitch > MAX_PITCH * h {
        return false;
    }
    if (prev.h - row.h).abs() > SIZE_SLACK * h || (row.bold && !prev.bold) || row.spread {
        return false;
    }
    let slack = EDGE_SLACK * h;
    let (a, b) = o.edges;
    // With a hanging indent, wrapped lines start under the words, not under the glyph.
    let hanging = b - a > slack;
    let aligned = if hanging {
        (row.x0 - b).abs() <= slack
    } else {
        row.x0 >= a.min(b) - slack && row.x0 <= a.max(b) + slack
    };
    if !aligned {
        return false;
    }
    let lower = row.text.chars().next().is_some_and(char::is_lowercase);
    // The row above was full: its next word would not have fit after it.
    let full = prev.x1 + row.first_word_w + 0.25 * h >= right - slack;
    // Without a marker, a capital after a finished sentence starts the next item even when
    // the sentence happened to fill its row.
    let new_sentence = !lower
        && prev.text.trim_end().ends_with(['.', '!', '?'])
        && row.text.starts_with(char::is_uppercase);
    match o.kind {
        Kind::Glyph => full || lower,
        Kind::Indented => (full && !new_sentence) || lower,
        // A sentence wrapped in a paragraph: the row above is a full row of words and this
        // one goes on in lower case. A capital after a full row is left alone (the widest
        // title row is "full" by definition, and the company line below it is a line of its
        // own), and so are short rows (a column of lower-case tags).
        Kind::Plain => full && lower && !prev.spread && list_item_like(prev),
    }
}

/// Append a continuation row: a word hyphenated across the break joins without a space.
fn join(line: &mut String, next: &str) {
    let hyphenated = line.ends_with('-')
        && line.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase);
    if !hyphenated {
        line.push(' ');
    }
    line.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    /// A row at `y` from `x0` with 10pt text, 5pt per character.
    fn row(text: &str, x0: f64, y: f64) -> Row {
        let glyph = opens_with_glyph(text);
        let text_x = if glyph { x0 + 10.0 } else { x0 };
        let first = text.split_whitespace().next().unwrap_or("");
        Row {
            y,
            h: 10.0,
            x0,
            text_x,
            x1: x0 + text.chars().count() as f64 * 5.0,
            first_word_w: first.chars().count() as f64 * 5.0,
            bold: false,
            spread: false,
            content_x: x0,
            date_only: false,
            text: text.into(),
        }
    }

    #[test]
    fn wrapped_bullets_join_at_the_hanging_indent() {
        let rows = [
            row("Senior Engineer, Acme", 50.0, 700.0),
            // 100 characters: reaches x = 550, the right edge.
            row(
                "• Designed our lakehouse on Iceberg and Trino, replacing four separate warehouses and cutting quer",
                60.0,
                686.0,
            ),
            row("TB of transactions.", 70.0, 674.0),
            row("• Cut costs by 52% for every team.", 60.0, 660.0),
            row("Backend Engineer, Beta", 50.0, 640.0),
        ];
        let lines = rebuild(&rows);
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(lines[1].ends_with("quer TB of transactions."), "{lines:#?}");
        assert_eq!(lines[3], "Backend Engineer, Beta");
    }

    #[test]
    fn css_list_items_get_a_marker_and_their_wrapped_lines() {
        let long =
            "Designed the prescription-refill service in Go that processes 1.4 million refill";
        let rows = [
            row("Senior Backend Engineer", 50.0, 700.0),
            row("North Star Pharmacy Services, Minneapolis", 50.0, 686.0),
            row(long, 64.0, 670.0),
            row("requests a month with an audit log.", 64.0, 656.0),
            row("Mentored three mid-level engineers on call.", 64.0, 640.0),
            // A sentence that filled its row ends the item all the same.
            row(
                "Wrote the runbook and alerting for the payment webhook consumer now.",
                64.0,
                626.0,
            ),
            row(
                "Added Redis caching to the product-availability endpoint.",
                64.0,
                612.0,
            ),
            row("Software Engineer", 50.0, 596.0),
        ];
        let mut rows = rows.to_vec();
        // The long row reaches the right edge.
        rows[2].x1 = 500.0;
        rows[0].x1 = 500.0;
        rows[5].x1 = 500.0;
        let lines = rebuild(&rows);
        assert_eq!(
            lines,
            [
                "Senior Backend Engineer",
                "North Star Pharmacy Services, Minneapolis",
                "• Designed the prescription-refill service in Go that processes 1.4 million refill requests a month with an audit log.",
                "• Mentored three mid-level engineers on call.",
                "• Wrote the runbook and alerting for the payment webhook consumer now.",
                "• Added Redis caching to the product-availability endpoint.",
                "Software Engineer",
            ]
        );
    }

    #[test]
    fn headings_titles_and_gaps_are_not_continuations() {
        let mut rows = vec![
            row(
                "• Built the ledger service in Go for forty teams across the company to",
                60.0,
                700.0,
            ),
            row("EXPERIENCE", 50.0, 686.0),
            row("• Built the ledger", 60.0, 660.0),
            // A paragraph gap: two line pitches.
            row("and the reconciliation job.", 70.0, 630.0),
        ];
        rows[1].bold = true;
        rows[0].x1 = 560.0;
        let lines = rebuild(&rows);
        assert_eq!(lines.len(), 4, "{lines:#?}");
    }

    #[test]
    fn a_label_column_end_date_joins_its_start() {
        let rows = [
            row(
                "2022.03 – DevOps Engineer Wawel Fintech, Kraków",
                50.0,
                760.0,
            ),
            row("now", 50.0, 748.0),
            row("03/2025– Junior Developer, Table Bay Software", 50.0, 700.0),
            row(
                "08/2025 ○ Responsible for fixing bugs in the Java backend.",
                50.0,
                688.0,
            ),
            // A date inside a bullet is not an end date.
            row(
                "2019 – Led the 2020 migration of billing to Go",
                50.0,
                660.0,
            ),
        ];
        let lines = rebuild(&rows);
        assert_eq!(
            lines,
            [
                "2022.03 – now DevOps Engineer Wawel Fintech, Kraków",
                "03/2025– 08/2025 Junior Developer, Table Bay Software",
                "○ Responsible for fixing bugs in the Java backend.",
                "2019 – Led the 2020 migration of billing to Go",
            ]
        );
    }

    #[test]
    fn wrapped_prose_joins_but_titles_and_tags_stay_lines() {
        let mut rows = vec![
            row("Software Developer", 50.0, 700.0),
            row(
                "Worked on a PHP booking engine for small hotels and wrote its first automated",
                50.0,
                688.0,
            ),
            row("tests.", 50.0, 676.0),
            // The widest title row is full, but the company row below starts a capital.
            row(
                "Principal Engineer, Platform Reliability and Developer Tools",
                50.0,
                650.0,
            ),
            row("Levante Software", 50.0, 638.0),
            // A column of lower-case tags: short rows never join.
            row("kubernetes", 50.0, 612.0),
            row("terraform", 50.0, 600.0),
        ];
        rows[1].x1 = 450.0;
        rows[3].x1 = 450.0;
        rows[5].x1 = 450.0;
        assert_eq!(
            rebuild(&rows),
            [
                "Software Developer",
                "Worked on a PHP booking engine for small hotels and wrote its first automated tests.",
                "Principal Engineer, Platform Reliability and Developer Tools",
                "Levante Software",
                "kubernetes",
                "terraform",
            ]
        );
    }

    #[test]
    fn prose_at_a_label_columns_text_edge_is_not_a_list() {
        // Twenty Seconds: the dates in a margin column left of the title, the paragraph under
        // the title. Measured from the column's left edge it is indented; it is not a list.
        let mut title = row(
            "2022.03 – DevOps Engineer Wawel Fintech, Kraków",
            50.0,
            760.0,
        );
        title.content_x = 120.0;
        title.spread = true;
        let mut rows = vec![
            title,
            row("now", 50.0, 748.0),
            row(
                "I run the CI/CD platform for 90 developers. I rebuilt the GitLab pipelines",
                120.0,
                736.0,
            ),
            row("around shared templates.", 120.0, 724.0),
        ];
        rows[0].x1 = 500.0;
        rows[1].date_only = true;
        rows[2].x1 = 500.0;
        assert_eq!(
            rebuild(&rows),
            [
                "2022.03 – now DevOps Engineer Wawel Fintech, Kraków",
                "I run the CI/CD platform for 90 developers. I rebuilt the GitLab pipelines around shared templates.",
            ]
        );
        // The same paragraph under a title at the column's edge is a list item (a CSS list).
        rows[0].content_x = 50.0;
        assert_eq!(
            rebuild(&rows).get(1).map(String::as_str),
            Some("• I run the CI/CD platform for 90 developers. I rebuilt the GitLab pipelines around shared templates.")
        );
    }

    #[test]
    fn a_glyph_items_second_paragraph_is_not_a_new_item() {
        let rows = [
            row("MOST PROUD OF", 50.0, 700.0),
            row("⋆ Lakehouse migration", 50.0, 686.0),
            row(
                "Four warehouses retired in 14 months without a freeze",
                60.0,
                674.0,
            ),
        ];
        assert_eq!(
            rebuild(&rows),
            [
                "MOST PROUD OF",
                "⋆ Lakehouse migration",
                "Four warehouses retired in 14 months without a freeze",
            ]
        );
    }

    #[test]
    fn hyphenated_words_join_without_a_space() {
        let mut line = String::from("• Moved 300 Post-");
        join(&mut line, "greSQL databases");
        assert_eq!(line, "• Moved 300 Post-greSQL databases");
        let mut line = String::from("• Cut costs by 5 -");
        join(&mut line, "10%");
        assert_eq!(line, "• Cut costs by 5 - 10%");
    }

    #[test]
    fn ligatures_and_soft_hyphens_are_normalized() {
        let mut out = String::new();
        for c in "ﬁxed ﬂaky e\u{AD}ﬃcient\u{A0}tests".chars() {
            normalize(c, &mut out);
        }
        assert_eq!(out, "fixed flaky efficient tests");
    }

    #[test]
    fn glyphs_need_words_and_ascii_dashes_a_space() {
        assert!(opens_with_glyph("• Built"));
        assert!(opens_with_glyph("\u{f0da} Built"));
        assert!(opens_with_glyph("- Built"));
        assert!(!opens_with_glyph("-5% cost"));
        assert!(!opens_with_glyph("•"));
    }
}
