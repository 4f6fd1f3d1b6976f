//! Layout analysis: from positioned text items to the text an ATS reads, plus what the layout
//! does to it.
//!
//! ```text
//! items ─ per page: sort by baseline, then x ─ sweep into lines (baseline tolerance relative
//!        to the font height) ─ join each line's items left to right across the full width
//!      ─ across pages: lines repeated in the top/bottom 8% band → header/footer (dropped from
//!        the text, listed in `header_footer_text`); a lone contact line in the margin band,
//!        set apart from the body → the same
//!      ─ per page: a vertical gutter (a band of x no item crosses, with enough text on both
//!        sides, side by side) → 2 columns, read one after the other (left, then right) and
//!        marked in `reading_order_breaks` and `columns_reordered`
//!      ─ per column: rows → lines, bullets and paragraphs rebuilt from geometry
//!        ([`crate::paragraphs`]: glyphs, hanging indents, wrapped lines, CSS list indents)
//!      ─ text, LayoutFacts
//! ```
//!
//! The text is what the analysis should read: columns in reading order, wrapped lines joined.
//! What a naive parser would have made of it is in the layout facts (the columns, the span it
//! would have interleaved), so F-TABLE still flags the hazard and the page says the text was
//! reordered.
//!
//! Work is linear in the number of items apart from one sort per page; the column search uses
//! a fixed number of x bins and a fixed number of candidate gutters.

use crate::items::{PdfItems, PdfPage};
use crate::paragraphs::{self, Row};
use crate::{PdfError, PdfErrorKind, PdfResume, MAX_FONTS, MAX_ITEMS, MAX_PAGES, MAX_TEXT_BYTES};
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::span::Span;

/// Share of the page height, at the top and at the bottom, that counts as the header/footer
/// band (letter paper: 63pt, a little under the usual 0.75–1in margins plus one line).
pub const MARGIN_BAND: f64 = 0.08;
/// Items whose baselines differ by at most this share of the smaller font height sit on one
/// line (so subscripts and a neighbour column's slightly offset baseline join the line).
const LINE_TOLERANCE: f64 = 0.5;
/// A horizontal gap wider than this share of the font height between two items is a space
/// (word spacing is ~0.25 em; kerning splits and font changes inside a word are ~0).
const SPACE_GAP: f64 = 0.15;
/// Bins across the text width for the gutter search (~2pt each on letter paper).
const GUTTER_BINS: usize = 256;
/// Candidate gutters evaluated per page (the widest low-ink runs).
const GUTTER_CANDIDATES: usize = 12;
/// A gutter is at least this wide: the larger of 4pt and half the median font height (a word
/// space is a quarter of it).
const MIN_GUTTER_PT: f64 = 4.0;
const MIN_GUTTER_EM: f64 = 0.5;
/// Each side of a gutter holds at least this many lines and this share of the page's
/// characters (right-aligned dates in a one-column resume hold ~3% of them).
const MIN_SIDE_LINES: usize = 3;
const MIN_SIDE_SHARE: f64 = 0.10;
/// The two sides run side by side over at least this many median line heights.
const MIN_SIDE_BY_SIDE_EM: f64 = 3.0;
/// A column narrower than this share of the text width is a sidebar.
const SIDEBAR_SHARE: f64 = 0.40;
/// A lone contact line in the margin band is separated from the body by at least this many
/// median line pitches.
const MARGIN_LINE_GAP: f64 = 2.0;
/// A date label is set apart from the words after it by at least this many font heights
/// (a word space is a quarter of one).
const LABEL_GAP: f64 = 1.0;
/// A line above the side-by-side band within this many median font heights of its column's
/// next line opens that column (a heading's space above a title row is ~2).
const COLUMN_HEAD_GAP: f64 = 2.5;
/// Text this many times the page's median font height or larger is a heading.
const HEADING_SIZE: f64 = 1.25;
/// Pages analyzed with fewer items than this never have columns.
const MIN_COLUMN_ITEMS: usize = 6;

/// One text item, positioned relative to the page's lower-left corner.
#[derive(Debug, Clone, Copy)]
struct Item<'a> {
    text: &'a str,
    font: &'a str,
    x0: f64,
    x1: f64,
    y: f64,
    h: f64,
    blank: bool,
    /// Index into the page's lines (`usize::MAX` for items of blank-only lines).
    line: usize,
}

/// One line: items sharing a baseline, joined left to right.
#[derive(Debug, Clone)]
struct Line {
    /// The line's items: `PageLayout::items[start..end]`, left to right.
    start: usize,
    end: usize,
    /// Baseline of the line's top-most item.
    y: f64,
    /// Largest font height on the line.
    h: f64,
    text: String,
}

/// A vertical gutter splitting a page into two columns.
#[derive(Debug, Clone, Copy)]
struct Gutter {
    x: f64,
    /// The narrower column's share of the text width, and whether it is the left one.
    narrow_share: f64,
    narrow_left: bool,
    /// The y range (low, high) where both columns have text.
    band: (f64, f64),
}

struct PageLayout<'a> {
    height: f64,
    items: Vec<Item<'a>>,
    lines: Vec<Line>,
    /// Lines dropped from the text (header/footer), by line index.
    dropped: Vec<bool>,
    median_h: f64,
}

/// Analyze a document's items. See the crate docs for what comes out.
pub fn analyze(doc: &PdfItems) -> Result<PdfResume, PdfError> {
    if let Some(err) = &doc.error {
        return Err(PdfError::from_pdfjs(&err.name, &err.message));
    }
    check_limits(doc)?;
    let mut pages: Vec<PageLayout<'_>> = doc.pages.iter().map(page_layout).collect();
    let header_footer_text = mark_header_footer(&mut pages);

    let mut text = String::new();
    let mut breaks: Vec<Span> = Vec::new();
    let mut evidence: Vec<String> = Vec::new();
    let mut columns = 0u32;
    let mut reordered = false;
    let bold = bold_fonts(doc);
    let has_text = pages.iter().any(|p| !p.lines.is_empty());
    for (n, page) in pages.iter().enumerate() {
        let number = n + 1;
        if page.lines.is_empty() {
            if has_text {
                let start = text.len();
                text.push_str(&format!(
                    "[page {number}: no text layer (a scanned or pictured page, or a blank \
                     one): an ATS reads nothing here]"
                ));
                breaks.push(Span::new(start, text.len()));
                text.push('\n');
            }
            continue;
        }
        columns = columns.max(1);
        let gutter = find_gutter(page);
        let kept = |i: &usize| !page.dropped.get(*i).copied().unwrap_or(false);
        let rows_of = |indices: &[usize], side: Side| -> Vec<Row> {
            indices
                .iter()
                .filter_map(|&i| page.lines.get(i))
                .filter_map(|line| row_of(page, line, side, &bold))
                .collect()
        };
        let all: Vec<usize> = (0..page.lines.len()).filter(kept).collect();
        match gutter {
            None => emit(&mut text, &rows_of(&all, Side::Whole)),
            Some(g) => {
                // Read column by column: the lines above the side-by-side band as they are,
                // then the left column to the end of the page, then the right one.
                let (lo, hi) = g.band;
                let in_band = |i: &usize| {
                    page.lines.get(*i).is_some_and(|l| {
                        let slack = l.h * 0.5;
                        l.y >= lo - slack && l.y <= hi + slack
                    })
                };
                let above = all.iter().take_while(|i| !in_band(i)).count();
                let above = above - column_heads(page, all.get(..above).unwrap_or(&[]), &all, g.x);
                // Below the band, a column that runs on (the longer one) stays with its side.
                let (above, rest) = all.split_at(above.min(all.len()));
                emit(&mut text, &rows_of(above, Side::Whole));
                let start = text.len();
                emit(&mut text, &rows_of(rest, Side::Left(g.x)));
                emit(&mut text, &rows_of(rest, Side::Right(g.x)));
                let end = text.len().saturating_sub(1).max(start);
                if end > start {
                    breaks.push(Span::new(start, end));
                }
                columns = columns.max(2);
                evidence.push(describe_gutter(number, &g));
                reordered = true;
            }
        }
    }
    let no_text_layer = !has_text;
    if no_text_layer {
        text.push_str(
            "[no text layer: this PDF is a picture of a resume (a scan or an image export); \
             an ATS reads nothing in it]",
        );
        breaks.push(Span::new(0, text.len()));
        text.push('\n');
    }

    let layout = LayoutFacts {
        origin: Some("pdf".to_string()),
        columns,
        column_evidence: evidence,
        images: doc
            .pages
            .iter()
            .fold(0u32, |n, p| n.saturating_add(p.images)),
        header_footer_text,
        pages: Some(u32::try_from(doc.pages.len()).unwrap_or(u32::MAX)),
        no_text_layer,
        fonts: used_fonts(doc, &pages),
        reading_order_breaks: breaks,
        columns_reordered: reordered,
        ..LayoutFacts::default()
    };
    Ok(PdfResume { text, layout })
}

/// How many of the last lines above the side-by-side band start a column rather than sit in
/// the page's header: a column that begins higher than the other (friggeri's main column
/// opens with its "experience" heading and first title row above the sidebar's first line).
/// Walking up from the band, a line counts while it lies wholly on one side of the gutter and
/// sits within a paragraph gap of the next line on that side; a line across the gutter or a
/// wider gap (the name block) ends the walk.
fn column_heads(page: &PageLayout<'_>, above: &[usize], all: &[usize], x: f64) -> usize {
    let side_of = |i: usize| -> Option<bool> {
        let line = page.lines.get(i)?;
        let items = page.items.get(line.start..line.end)?;
        let solid = || items.iter().filter(|it| !it.blank);
        if solid().all(|it| it.x1 <= x) {
            Some(true)
        } else if solid().all(|it| it.x0 >= x) {
            Some(false)
        } else {
            None
        }
    };
    // The y of the topmost band line with items on a side.
    let top_of = |left: bool| {
        all.iter().skip(above.len()).find_map(|&i| {
            let line = page.lines.get(i)?;
            let items = page.items.get(line.start..line.end)?;
            items
                .iter()
                .any(|it| !it.blank && if left { it.x1 <= x } else { it.x0 >= x })
                .then_some(line.y)
        })
    };
    let mut next_y = [top_of(true), top_of(false)];
    let mut moved = 0;
    for &i in above.iter().rev() {
        let (Some(left), Some(line)) = (side_of(i), page.lines.get(i)) else {
            break;
        };
        let slot = usize::from(!left);
        let close = next_y
            .get(slot)
            .copied()
            .flatten()
            .is_some_and(|below| line.y - below <= COLUMN_HEAD_GAP * page.median_h);
        if !close {
            break;
        }
        if let Some(y) = next_y.get_mut(slot) {
            *y = Some(line.y);
        }
        moved += 1;
    }
    moved
}

/// Which part of a line a row takes: all of it, or the items left or right of a gutter.
#[derive(Debug, Clone, Copy)]
enum Side {
    Whole,
    Left(f64),
    Right(f64),
}

/// Append the lines rebuilt from `rows` (see [`paragraphs::rebuild`]).
fn emit(text: &mut String, rows: &[Row]) {
    for line in paragraphs::rebuild(rows) {
        text.push_str(&line);
        text.push('\n');
    }
}

/// Font ids whose names say bold ("LMRoman10-Bold", "Arial,Bold", "Inter-SemiBold").
fn bold_fonts(doc: &PdfItems) -> BTreeSet<&str> {
    doc.fonts
        .iter()
        .filter(|(_, name)| {
            let n = name.to_ascii_lowercase();
            ["bold", "black", "heavy", "semibold", "demi"]
                .iter()
                .any(|w| n.contains(w))
        })
        .map(|(id, _)| id.as_str())
        .collect()
}

/// A line's items on one `side` as a row, with the geometry paragraphs need.
fn row_of(page: &PageLayout<'_>, line: &Line, side: Side, bold: &BTreeSet<&str>) -> Option<Row> {
    let items: Vec<Item<'_>> = page
        .items
        .get(line.start..line.end)?
        .iter()
        .filter(|i| match side {
            Side::Whole => true,
            Side::Left(x) => i.x0 < x,
            Side::Right(x) => i.x0 >= x,
        })
        .copied()
        .collect();
    let text = join_items(&items);
    if text.is_empty() {
        return None;
    }
    let solid: Vec<&Item<'_>> = items.iter().filter(|i| !i.blank).collect();
    let first = solid.first()?;
    let h = solid.iter().map(|i| i.h).fold(0.0, f64::max);
    let h = if h > 0.0 { h } else { page.median_h };
    let x1 = solid.iter().map(|i| i.x1).fold(f64::NEG_INFINITY, f64::max);
    let y = solid.iter().map(|i| i.y).fold(f64::NEG_INFINITY, f64::max);
    // Where the words start: after a glyph item of its own, or after "• " inside one.
    let lone_glyph = first.text.trim().chars().count() == 1
        && first.text.trim().chars().all(paragraphs::is_glyph);
    let share = |item: &Item<'_>, chars: usize| {
        let n = item.text.chars().count().max(1);
        (item.x1 - item.x0) * chars.min(n) as f64 / n as f64
    };
    let text_x = if lone_glyph {
        solid.get(1).map_or(first.x1, |i| i.x0)
    } else if first.text.trim_start().starts_with(paragraphs::is_glyph) {
        first.x0 + share(first, 2)
    } else {
        first.x0
    };
    let word_item = if lone_glyph {
        solid.get(1)
    } else {
        Some(first)
    };
    let first_word_w = word_item.map_or(0.0, |i| {
        let word = i.text.split_whitespace().next().unwrap_or("");
        share(i, word.chars().count())
    });
    let spread = solid
        .windows(2)
        .any(|w| matches!(w, [a, b] if b.x0 - a.x1 > 2.0 * h));
    let (content_x, date_only) = after_date_label(&solid, h);
    Some(Row {
        y,
        h,
        x0: first.x0,
        text_x,
        x1,
        first_word_w,
        bold: !bold.is_empty() && solid.iter().all(|i| bold.contains(i.font)),
        spread,
        content_x: content_x.unwrap_or(first.x0),
        date_only,
        text,
    })
}

/// Where a row's words start after a leading date label ("2022.03 –" then, a gap wider than
/// a word space later, "DevOps Engineer"), and whether the row is nothing but a date label.
fn after_date_label(solid: &[&Item<'_>], h: f64) -> (Option<f64>, bool) {
    let label = solid
        .iter()
        .take_while(|i| paragraphs::is_date_label(i.text))
        .count();
    if label == solid.len() {
        return (None, label > 0);
    }
    let gap_after = match (
        label.checked_sub(1).and_then(|k| solid.get(k)),
        solid.get(label),
    ) {
        (Some(last), Some(next)) => Some((last.x1, next.x0)),
        _ => None,
    };
    let content = gap_after.and_then(|(end, next)| (next - end >= LABEL_GAP * h).then_some(next));
    (content, false)
}

/// Refuse absurd inputs before any work: no pages, too many pages, items or characters.
fn check_limits(doc: &PdfItems) -> Result<(), PdfError> {
    if doc.pages.is_empty() {
        return Err(PdfError::no_pages());
    }
    if doc.pages.len() > MAX_PAGES {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF has {} pages and at most {MAX_PAGES} are read: a resume is one or two \
                 pages, so upload the resume on its own",
                doc.pages.len()
            ),
        ));
    }
    let items: usize = doc.pages.iter().map(|p| p.items.len()).sum();
    if items > MAX_ITEMS {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF has {items} text items (at most {MAX_ITEMS} are read): that is far \
                 more than a resume holds; upload the resume on its own"
            ),
        ));
    }
    let bytes: usize = doc
        .pages
        .iter()
        .flat_map(|p| p.items.iter())
        .map(|i| i.str.len())
        .sum();
    if bytes > MAX_TEXT_BYTES {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF holds {} KB of text (at most {} KB are read): a resume is a few KB; \
                 upload the resume on its own",
                bytes / 1024,
                MAX_TEXT_BYTES / 1024
            ),
        ));
    }
    Ok(())
}

/// Sort a page's items into lines.
fn page_layout(page: &PdfPage) -> PageLayout<'_> {
    let mut items: Vec<Item<'_>> = page
        .items
        .iter()
        .filter_map(|t| {
            if t.str.is_empty() {
                return None;
            }
            let (x, y) = t.origin();
            if !x.is_finite() || !y.is_finite() {
                return None;
            }
            let w = if t.width.is_finite() { t.width } else { 0.0 };
            let (x0, x1) = if w < 0.0 { (x + w, x) } else { (x, x + w) };
            let h = if t.height.is_finite() && t.height > 0.0 {
                t.height
            } else {
                0.0
            };
            Some(Item {
                text: &t.str,
                font: &t.font_name,
                x0: x0 - finite(page.x0),
                x1: x1 - finite(page.x0),
                y: y - finite(page.y0),
                h,
                blank: t.str.trim().is_empty(),
                line: usize::MAX,
            })
        })
        .collect();
    let median_h =
        median(items.iter().filter(|i| !i.blank && i.h > 0.0).map(|i| i.h)).unwrap_or(10.0);
    for item in &mut items {
        if item.h <= 0.0 {
            item.h = median_h;
        }
    }
    resume_analyzer::sort::sort_by(&mut items, |a, b| {
        b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0))
    });

    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    while start < items.len() {
        let Some(first) = items.get(start).copied() else {
            break;
        };
        let mut end = start + 1;
        while let Some(next) = items.get(end) {
            if first.y - next.y <= LINE_TOLERANCE * first.h.min(next.h) {
                end += 1;
            } else {
                break;
            }
        }
        if let Some(run) = items.get_mut(start..end) {
            resume_analyzer::sort::sort_by(run, |a, b| a.x0.total_cmp(&b.x0));
            let text = join_items(run);
            if !text.is_empty() {
                let index = lines.len();
                let mut h: f64 = 0.0;
                for item in run.iter_mut() {
                    item.line = index;
                    if !item.blank {
                        h = h.max(item.h);
                    }
                }
                lines.push(Line {
                    start,
                    end,
                    y: first.y,
                    h: if h > 0.0 { h } else { median_h },
                    text,
                });
            }
        }
        start = end;
    }
    let dropped = vec![false; lines.len()];
    PageLayout {
        height: finite(page.height),
        items,
        lines,
        dropped,
        median_h,
    }
}

/// Join a line's items (sorted by x) with a space where the gap between them is a word gap.
fn join_items(items: &[Item<'_>]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Item<'_>> = None;
    for item in items {
        if let Some(p) = prev {
            // The same text drawn twice at the same place (fake bold, shadows) reads once.
            if item.text == p.text && (item.x0 - p.x0).abs() < 0.5 {
                continue;
            }
            let gap = item.x0 - p.x1;
            let spaced =
                out.ends_with(char::is_whitespace) || item.text.starts_with(char::is_whitespace);
            if !spaced && gap > SPACE_GAP * p.h.max(item.h) {
                out.push(' ');
            }
        }
        for c in item.text.chars() {
            // Line breaks, tabs and other controls inside an item (and the core's NUL heading
            // mark) must not reach the text: they would invent lines. Ligatures and soft
            // hyphens become the letters they stand for.
            paragraphs::normalize(c, &mut out);
        }
        prev = Some(item);
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// Drop header/footer lines from the pages and return their texts (first occurrence order).
///
/// A line counts when its text (digits ignored, so "Page 1 of 2" matches "Page 2 of 2")
/// appears in the top or bottom [`MARGIN_BAND`] of two or more pages, or when a page's first
/// (last) line sits in the band, carries contact details, and is set apart from the body
/// below (above) it by at least [`MARGIN_LINE_GAP`] line pitches, in a font no larger than the
/// body's: a running header on a one-page resume.
fn mark_header_footer(pages: &mut [PageLayout<'_>]) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    if pages.len() >= 2 {
        // key → (pages it is on, last page counted)
        let mut seen: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (p, page) in pages.iter().enumerate() {
            for line in page.lines.iter().filter(|l| in_band(l, page.height)) {
                let key = repeat_key(&line.text);
                if key.is_empty() {
                    continue;
                }
                let entry = seen.entry(key).or_insert((0, usize::MAX));
                if entry.1 != p {
                    entry.0 += 1;
                    entry.1 = p;
                }
            }
        }
        let mut reported: BTreeSet<String> = BTreeSet::new();
        for page in pages.iter_mut() {
            for (i, line) in page.lines.iter().enumerate() {
                if !in_band(line, page.height) {
                    continue;
                }
                let key = repeat_key(&line.text);
                if seen.get(&key).is_some_and(|(n, _)| *n >= 2) {
                    if let Some(d) = page.dropped.get_mut(i) {
                        *d = true;
                    }
                    if reported.insert(key) {
                        texts.push(line.text.clone());
                    }
                }
            }
        }
    }
    for page in pages.iter_mut() {
        for i in margin_contact_lines(page) {
            if let (Some(d), Some(line)) = (page.dropped.get_mut(i), page.lines.get(i)) {
                if !*d {
                    *d = true;
                    texts.push(line.text.clone());
                }
            }
        }
    }
    texts
}

/// The page's first and last kept lines when they are lone contact lines in the margin band.
fn margin_contact_lines(page: &PageLayout<'_>) -> Vec<usize> {
    let kept: Vec<usize> = (0..page.lines.len())
        .filter(|&i| !page.dropped.get(i).copied().unwrap_or(true))
        .collect();
    let mut out = Vec::new();
    if kept.len() < 2 {
        return out;
    }
    let pitch = median(kept.windows(2).filter_map(|w| {
        let (a, b) = (page.lines.get(*w.first()?)?, page.lines.get(*w.get(1)?)?);
        Some(a.y - b.y).filter(|d| *d > 0.0)
    }))
    .unwrap_or(page.median_h * 1.4);
    let lone = |i: usize, neighbour: usize| -> bool {
        let (Some(line), Some(other)) = (page.lines.get(i), page.lines.get(neighbour)) else {
            return false;
        };
        in_band(line, page.height)
            && line.h <= page.median_h * 1.05
            && (line.y - other.y).abs() >= MARGIN_LINE_GAP * pitch
            && has_contact(&line.text)
    };
    if let (Some(&first), Some(&second)) = (kept.first(), kept.get(1)) {
        if lone(first, second) {
            out.push(first);
        }
    }
    if let (Some(&last), Some(&before)) = (
        kept.last(),
        kept.len().checked_sub(2).and_then(|i| kept.get(i)),
    ) {
        if lone(last, before) {
            out.push(last);
        }
    }
    out
}

/// Whether a line's middle lies in the top or bottom margin band of a page `height` tall.
fn in_band(line: &Line, height: f64) -> bool {
    if height <= 0.0 {
        return false;
    }
    let middle = line.y + line.h * 0.35;
    middle >= height * (1.0 - MARGIN_BAND) || middle <= height * MARGIN_BAND
}

/// The text with case, spacing and digits ignored ("Page 2 of 3" → "page # of #").
fn repeat_key(text: &str) -> String {
    let mut key = String::new();
    let mut space = false;
    let mut digits = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !key.is_empty();
            continue;
        }
        if space {
            key.push(' ');
            space = false;
        }
        if c.is_ascii_digit() {
            if !digits {
                key.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        key.extend(c.to_lowercase());
    }
    if key.chars().any(char::is_alphanumeric) || key.contains('#') {
        key
    } else {
        String::new()
    }
}

/// An email, a LinkedIn/GitHub address or a phone number (7+ digits in a phone-like run).
fn has_contact(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains("linkedin.com") || lower.contains("github.com") {
        return true;
    }
    let email = lower.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
    });
    if email {
        return true;
    }
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '+' | '(' | ')' | '-' | '.') {
            digits = 0;
        }
    }
    false
}

/// Find a vertical gutter: a run of x no (or hardly any) item crosses, with enough text on
/// both sides, the two sides running side by side down the page.
fn find_gutter(page: &PageLayout<'_>) -> Option<Gutter> {
    let items: Vec<&Item<'_>> = page
        .items
        .iter()
        .filter(|i| !i.blank && i.line != usize::MAX)
        .collect();
    if items.len() < MIN_COLUMN_ITEMS {
        return None;
    }
    let left = items.iter().map(|i| i.x0).fold(f64::INFINITY, f64::min);
    let right = items.iter().map(|i| i.x1).fold(f64::NEG_INFINITY, f64::max);
    let width = right - left;
    let min_gap = MIN_GUTTER_PT.max(MIN_GUTTER_EM * page.median_h);
    if !width.is_finite() || width < 4.0 * min_gap {
        return None;
    }
    let bin_w = width / GUTTER_BINS as f64;
    let bin = |x: f64| -> usize {
        let b = (x - left) / bin_w;
        if b <= 0.0 {
            0
        } else {
            (b as usize).min(GUTTER_BINS - 1)
        }
    };
    // Items covering each bin, by a difference array.
    let mut diff = vec![0i64; GUTTER_BINS + 1];
    for item in &items {
        if let Some(d) = diff.get_mut(bin(item.x0)) {
            *d += 1;
        }
        if let Some(d) = diff.get_mut(bin(item.x1) + 1) {
            *d -= 1;
        }
    }
    let mut cover = Vec::with_capacity(GUTTER_BINS);
    let mut running = 0i64;
    for d in diff.iter().take(GUTTER_BINS) {
        running += d;
        cover.push(running);
    }
    let lines = page.lines.len();
    let allowed = i64::try_from((lines / 8).max(2)).unwrap_or(i64::MAX);

    // Runs of low-ink bins strictly inside the text width, widest first.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut run_start: Option<usize> = None;
    for (b, &c) in cover.iter().enumerate() {
        match (c <= allowed, run_start) {
            (true, None) => run_start = Some(b),
            (false, Some(s)) => {
                runs.push((s, b));
                run_start = None;
            }
            _ => {}
        }
    }
    runs.retain(|&(s, e)| s > 0 && e < GUTTER_BINS && (e - s) as f64 * bin_w >= min_gap);
    resume_analyzer::sort::sort_by(&mut runs, |a, b| {
        (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0))
    });
    runs.truncate(GUTTER_CANDIDATES);

    let total_chars: usize = items.iter().map(|i| i.text.chars().count()).sum();
    let mut best: Option<(usize, Gutter)> = None;
    for (s, e) in runs {
        // Split in the middle of the run's least-covered stretch.
        let Some(slice) = cover.get(s..e) else {
            continue;
        };
        let Some(low) = slice.iter().copied().min() else {
            continue;
        };
        let (mut sub, mut sub_len, mut cur, mut cur_len) = (s, 0usize, s, 0usize);
        for (k, &c) in slice.iter().enumerate() {
            if c == low {
                if cur_len == 0 {
                    cur = s + k;
                }
                cur_len += 1;
                if cur_len > sub_len {
                    sub = cur;
                    sub_len = cur_len;
                }
            } else {
                cur_len = 0;
            }
        }
        let x = left + (sub as f64 + sub_len as f64 / 2.0) * bin_w;
        // A main column's date labels beside its text (moderncv, friggeri, Twenty Seconds)
        // are one column with its margin notes, not two columns.
        if date_labels_left_of(&items, x, page.median_h) {
            continue;
        }
        if let Some((score, gutter)) =
            judge_gutter(&items, x, left, right, total_chars, lines, page.median_h)
        {
            match &best {
                Some((b, _)) if *b >= score => {}
                _ => best = Some((score, gutter)),
            }
        }
    }
    best.map(|(_, g)| g)
}

/// Whether the items just left of `x` are date labels ("2020–now", "03/2025–", "2016 –
/// 2020"): at least three, and nearly all short with a digit or a "now". Headings set larger
/// than the body text (friggeri's "experience" above its labels) are not margin notes and do
/// not count either way.
fn date_labels_left_of(items: &[&Item<'_>], x: f64, median_h: f64) -> bool {
    let near: Vec<&&Item<'_>> = items
        .iter()
        .filter(|i| i.x1 <= x && i.x1 >= x - 6.0 * median_h && i.h <= HEADING_SIZE * median_h)
        .collect();
    let dated = near
        .iter()
        .filter(|i| paragraphs::is_date_label(i.text))
        .count();
    near.len() >= 3 && dated * 10 >= near.len() * 8
}

/// Whether a split at `x` makes two real columns; the score is the smaller side's characters.
fn judge_gutter(
    items: &[&Item<'_>],
    x: f64,
    left: f64,
    right: f64,
    total_chars: usize,
    lines: usize,
    median_h: f64,
) -> Option<(usize, Gutter)> {
    #[derive(Default)]
    struct Side {
        chars: usize,
        lines: usize,
        last_line: Option<usize>,
        lo: f64,
        hi: f64,
    }
    impl Side {
        fn add(&mut self, item: &Item<'_>) {
            self.chars += item.text.chars().filter(|c| !c.is_whitespace()).count();
            if self.last_line != Some(item.line) {
                if self.lines == 0 {
                    self.lo = item.y;
                    self.hi = item.y;
                }
                self.lines += 1;
                self.last_line = Some(item.line);
            }
            self.lo = self.lo.min(item.y);
            self.hi = self.hi.max(item.y);
        }
    }
    let (mut l, mut r) = (Side::default(), Side::default());
    let mut crossing = 0usize;
    let mut crossing_line = None;
    for item in items {
        if item.x1 <= x {
            l.add(item);
        } else if item.x0 >= x {
            r.add(item);
        } else if crossing_line != Some(item.line) {
            crossing += 1;
            crossing_line = Some(item.line);
        }
    }
    let nonblank: usize = total_chars.max(1);
    let min_chars = (nonblank as f64 * MIN_SIDE_SHARE) as usize;
    let side_by_side = l.hi.min(r.hi) - l.lo.max(r.lo);
    if l.lines < MIN_SIDE_LINES
        || r.lines < MIN_SIDE_LINES
        || l.chars < min_chars
        || r.chars < min_chars
        || crossing > (lines / 8).max(2)
        || side_by_side < MIN_SIDE_BY_SIDE_EM * median_h
    {
        return None;
    }
    let width = (right - left).max(1.0);
    let left_share = (x - left) / width;
    let (narrow_share, narrow_left) = if left_share <= 0.5 {
        (left_share, true)
    } else {
        (1.0 - left_share, false)
    };
    Some((
        l.chars.min(r.chars),
        Gutter {
            x,
            narrow_share,
            narrow_left,
            band: (l.lo.max(r.lo), l.hi.min(r.hi)),
        },
    ))
}

/// "page 1: text in 2 columns split at x≈187pt (left sidebar 27% wide)".
fn describe_gutter(page: usize, g: &Gutter) -> String {
    let mut s = format!("page {page}: text in 2 columns split at x≈{:.0}pt", g.x);
    if g.narrow_share < SIDEBAR_SHARE {
        let pct = (g.narrow_share * 100.0 + 0.5) as u32;
        let side = if g.narrow_left { "left" } else { "right" };
        s.push_str(&format!(" ({side} sidebar {pct}% wide)"));
    }
    s
}

/// Names of the fonts the text items use, subset tags ("AAAAAA+") removed, sorted, at most
/// [`MAX_FONTS`].
fn used_fonts(doc: &PdfItems, pages: &[PageLayout<'_>]) -> Vec<String> {
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for page in pages {
        for item in page.items.iter().filter(|i| !i.blank) {
            ids.insert(item.font);
        }
    }
    let mut names: BTreeSet<String> = BTreeSet::new();
    let mut add = |name: &str| {
        let clean = strip_subset(name).trim();
        if !clean.is_empty() {
            names.insert(clean.to_string());
        }
    };
    if ids.contains("") {
        // Items without font ids (the native reader): every font the document declares.
        doc.fonts.values().for_each(|name| add(name));
    } else {
        ids.iter()
            .filter_map(|id| doc.fonts.get(*id))
            .for_each(|name| add(name));
    }
    names.into_iter().take(MAX_FONTS).collect()
}

/// "ABCDEF+FontAwesome" → "FontAwesome" (a subset tag is six capitals and a plus).
pub(crate) fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
}

/// The median of the values (the upper one for an even count); `None` when there are none.
fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut v: Vec<f64> = values.filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    resume_analyzer::sort::sort_by(&mut v, f64::total_cmp);
    v.get(v.len() / 2).copied()
}

fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::items::{PdfJsError, TextItem};
    use crate::{analyze_items, from_json};

    /// An item at (x, y) in a 10pt font, one character ≈ 5pt wide.
    fn item(text: &str, x: f64, y: f64) -> TextItem {
        sized(text, x, y, 10.0)
    }

    fn sized(text: &str, x: f64, y: f64, h: f64) -> TextItem {
        TextItem {
            str: text.into(),
            x,
            y,
            width: text.chars().count() as f64 * h * 0.5,
            height: h,
            font_name: "f1".into(),
            ..TextItem::default()
        }
    }

    fn page(items: Vec<TextItem>) -> PdfPage {
        PdfPage {
            width: 612.0,
            height: 792.0,
            items,
            ..PdfPage::default()
        }
    }

    fn doc(pages: Vec<PdfPage>) -> PdfItems {
        PdfItems {
            pages,
            ..PdfItems::default()
        }
    }

    /// Lines of text top to bottom, one item each, 14pt apart from y.
    fn column(x: f64, y: f64, lines: &[&str]) -> Vec<TextItem> {
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| item(t, x, y - 14.0 * i as f64))
            .collect()
    }

    const BODY: &[&str] = &[
        "Experience",
        "Backend Engineer, Acme, 2020 - Present",
        "• Built the orders API in Go serving 3,000 requests a second.",
        "• Cut p99 latency from 480 ms to 120 ms with a Kafka pipeline.",
        "• Led the move of 40 services to Kubernetes, cutting cost 28%.",
        "Skills",
        "Go, Java, PostgreSQL, Kafka, Redis, Kubernetes, Terraform",
        "Education",
        "B.S. Computer Science, 2018",
    ];

    #[test]
    fn lines_are_read_top_to_bottom_and_left_to_right() {
        let items = vec![
            item("world", 80.0, 700.0),
            item("second line", 50.0, 686.0),
            item("hello", 50.0, 700.5),
        ];
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.text, "hello world\nsecond line\n");
        assert_eq!(r.layout.columns, 1);
        assert_eq!(r.layout.pages, Some(1));
    }

    #[test]
    fn items_touching_join_without_a_space_and_spaced_items_keep_theirs() {
        // "Kuber" + "netes" (a kerning split), then a bold "Skills:" and " Go" with its space.
        let items = vec![
            item("Kuber", 50.0, 700.0),
            item("netes", 75.0, 700.0),
            item("Skills:", 50.0, 680.0),
            item(" Go", 85.0, 680.0),
        ];
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.text, "Kubernetes\nSkills: Go\n");
    }

    #[test]
    fn controls_and_doubled_items_are_cleaned() {
        let items = vec![
            item("Jane\tDoe\n", 50.0, 700.0),
            item("Bold", 50.0, 680.0),
            item("Bold", 50.2, 680.0),
        ];
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.text, "Jane Doe\nBold\n");
    }

    #[test]
    fn bullet_glyphs_stay_at_the_start_of_their_line() {
        let items = vec![
            item("•", 50.0, 700.0),
            item("Built the orders API", 60.0, 700.0),
            item("▪", 50.0, 686.0),
            item("Cut latency", 60.0, 686.0),
        ];
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.text, "• Built the orders API\n▪ Cut latency\n");
    }

    #[test]
    fn glyph_garbage_and_icon_fonts_reach_the_rules() {
        let mut fa = item("\u{f0e0}", 50.0, 700.0);
        fa.font_name = "f2".into();
        let items = vec![
            fa,
            item("jane@example.com", 60.0, 700.0),
            item("(cid:12)(cid:34) Experience", 50.0, 686.0),
        ];
        let mut d = doc(vec![page(items)]);
        d.fonts.insert("f1".into(), "BAAAAA+LiberationSans".into());
        d.fonts
            .insert("f2".into(), "CAAAAA+FontAwesome5Free-Solid".into());
        let r = analyze_items(&d).unwrap();
        assert!(r.text.contains('\u{f0e0}'));
        assert!(r.text.contains("(cid:12)"));
        assert_eq!(r.layout.fonts, ["FontAwesome5Free-Solid", "LiberationSans"]);
        let report = resume_analyzer::analyze_with_layout(
            &r.text,
            &resume_analyzer::Options::default(),
            &r.layout,
        )
        .unwrap();
        let glyphs: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == "F-GLYPHS")
            .map(|f| f.message.as_str())
            .collect();
        assert!(
            glyphs.iter().any(|m| m.contains("private use")),
            "{glyphs:#?}"
        );
        assert!(glyphs.iter().any(|m| m.contains("(cid:NN)")), "{glyphs:#?}");
        assert!(
            glyphs.iter().any(|m| m.contains("icon or symbol fonts")),
            "{glyphs:#?}"
        );
    }

    #[test]
    fn two_columns_side_by_side_are_found_and_marked() {
        let mut items = vec![item("Jane Doe", 50.0, 740.0)];
        items.extend(column(50.0, 700.0, BODY));
        items.extend(column(
            380.0,
            700.0,
            &[
                "Summary",
                "Backend engineer, 7 years of Go and Java.",
                "Projects",
                "rate-limiter: a token bucket in Go, 1k stars",
                "Awards",
                "Hackathon winner 2019",
            ],
        ));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.layout.columns, 2, "{}", r.text);
        // Read column by column: the left column whole, then the right one.
        assert!(
            r.text
                .starts_with("Jane Doe\nExperience\nBackend Engineer, Acme"),
            "{}",
            r.text
        );
        assert!(
            r.text.contains("B.S. Computer Science, 2018\nSummary\n"),
            "{}",
            r.text
        );
        assert!(r.layout.columns_reordered);
        assert_eq!(r.layout.reading_order_breaks.len(), 1);
        let span = r.layout.reading_order_breaks[0].slice(&r.text);
        assert!(span.starts_with("Experience"), "{span}");
        assert!(span.contains("Hackathon winner 2019"), "{span}");
        assert!(!span.contains("Jane Doe"));
        let evidence = &r.layout.column_evidence[0];
        assert!(
            evidence.starts_with("page 1: text in 2 columns split at x≈"),
            "{evidence}"
        );
        assert!(!evidence.contains("sidebar"), "{evidence}");
    }

    #[test]
    fn a_main_column_with_date_labels_starting_above_its_sidebar_is_read_whole() {
        // friggeri: an aside at the left; the main column's headings and date labels share a
        // left edge, its titles and bullets sit further right; it starts above the aside.
        let mut items = vec![item("Isabel Navarro", 175.0, 760.0)];
        items.push(sized("experience", 175.0, 700.0, 14.0));
        let mut y = 684.0;
        for (title, company, dates) in [
            ("Senior Backend Engineer", "Azahar Travel", "2020–now"),
            ("Backend Engineer", "Naranja Payments", "2016–2020"),
            ("Software Developer", "Levante Software", "2014–2016"),
        ] {
            // The title, and the company set flush right.
            items.push(item(title, 250.0, y));
            items.push(sized(company, 500.0, y, 8.0));
            items.push(item(dates, 175.0, y - 9.0));
            items.push(item(
                "• Led the redesign of the availability service.",
                251.0,
                y - 20.0,
            ));
            items.push(item(
                "• Moved twenty services to Kubernetes on GCP.",
                251.0,
                y - 32.0,
            ));
            y -= 56.0;
        }
        items.push(sized("education", 175.0, y, 14.0));
        items.push(item("Grado en Ingeniería Informática", 250.0, y - 16.0));
        items.push(item("2010–2014", 175.0, y - 25.0));
        items.extend(column(
            40.0,
            676.0,
            &[
                "contact",
                "Calle Mayor 12",
                "Valencia, Spain",
                "+34 655 501 234",
                "languages",
                "Spanish, English",
            ],
        ));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.layout.columns, 2, "{}", r.text);
        // Split at the aside, not between the date labels and the titles; the heading and the
        // first title row above the aside stay with their column, after the aside.
        assert!(
            r.text.starts_with("Isabel Navarro\ncontact\n"),
            "{}",
            r.text
        );
        assert!(
            r.text.contains(
                "Spanish, English\nexperience\nSenior Backend Engineer Azahar Travel\n2020–now\n• Led"
            ),
            "{}",
            r.text
        );
        assert!(
            r.text
                .contains("Grado en Ingeniería Informática\n2010–2014\n"),
            "{}",
            r.text
        );
    }

    #[test]
    fn a_narrow_right_column_is_a_right_sidebar() {
        let mut items = column(50.0, 700.0, BODY);
        items.extend(column(
            480.0,
            700.0,
            &[
                "Contact",
                "jane@x.io",
                "Seattle",
                "Skills",
                "Go",
                "Java",
                "Kafka",
                "Redis",
                "gRPC SQL",
            ],
        ));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.layout.columns, 2, "{}", r.text);
        let evidence = &r.layout.column_evidence[0];
        assert!(evidence.contains("(right sidebar "), "{evidence}");
    }

    #[test]
    fn right_aligned_dates_are_not_a_column() {
        let mut items = Vec::new();
        let mut y = 700.0;
        for role in 0..4 {
            items.push(item(&format!("Backend Engineer, Company {role}"), 50.0, y));
            items.push(item("2019 - 2021", 500.0, y));
            y -= 14.0;
            for _ in 0..3 {
                items.push(item(
                    "• Built a service in Go that handled a lot of traffic, and measured it.",
                    50.0,
                    y,
                ));
                y -= 14.0;
            }
        }
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.layout.columns, 1, "{:?}", r.layout.column_evidence);
        assert!(
            r.text.contains("Backend Engineer, Company 0 2019 - 2021\n"),
            "{}",
            r.text
        );
        assert!(r.layout.reading_order_breaks.is_empty());
    }

    #[test]
    fn stacked_blocks_are_not_columns() {
        // A short left-aligned block above a right-aligned block: never side by side.
        let mut items = column(50.0, 700.0, &BODY[..5]);
        items.extend(column(350.0, 600.0, &BODY[5..]));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(r.layout.columns, 1, "{:?}", r.layout.column_evidence);
    }

    #[test]
    fn repeated_top_and_bottom_lines_are_header_and_footer() {
        let pages = (1..=2)
            .map(|n| {
                let mut items = vec![
                    sized(
                        "Jane Doe · jane@example.com · 555-123-4567",
                        150.0,
                        760.0,
                        8.0,
                    ),
                    sized(&format!("Page {n} of 2"), 280.0, 30.0, 8.0),
                ];
                items.extend(column(50.0, 700.0, BODY));
                page(items)
            })
            .collect();
        let r = analyze_items(&doc(pages)).unwrap();
        assert_eq!(
            r.layout.header_footer_text,
            ["Jane Doe · jane@example.com · 555-123-4567", "Page 1 of 2"]
        );
        assert!(!r.text.contains("jane@example.com"));
        assert!(!r.text.contains("Page 1"));
        assert_eq!(r.text.matches("Experience").count(), 2);
        assert_eq!(r.layout.pages, Some(2));
    }

    #[test]
    fn a_lone_contact_line_in_the_top_margin_is_a_header() {
        let mut items = vec![sized(
            "jane@example.com | +1 555 123 4567",
            200.0,
            765.0,
            8.0,
        )];
        items.extend(column(50.0, 700.0, BODY));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert_eq!(
            r.layout.header_footer_text,
            ["jane@example.com | +1 555 123 4567"]
        );
        assert!(r.text.starts_with("Experience\n"));
    }

    #[test]
    fn a_contact_line_at_the_top_of_the_body_is_body() {
        // Name and contact at the top of the page, in the body's rhythm: not a header.
        let mut items = vec![
            sized("Jane Doe", 50.0, 752.0, 18.0),
            item("jane@example.com | +1 555 123 4567", 50.0, 734.0),
        ];
        items.extend(column(50.0, 716.0, BODY));
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert!(
            r.layout.header_footer_text.is_empty(),
            "{:?}",
            r.layout.header_footer_text
        );
        assert!(r.text.starts_with("Jane Doe\njane@example.com"));
    }

    #[test]
    fn a_page_without_text_is_marked_as_lost() {
        let pages = vec![
            page(column(50.0, 700.0, BODY)),
            page(vec![item("  ", 50.0, 700.0)]),
        ];
        let r = analyze_items(&doc(pages)).unwrap();
        assert!(!r.layout.no_text_layer);
        assert_eq!(r.layout.reading_order_breaks.len(), 1);
        let marker = r.layout.reading_order_breaks[0].slice(&r.text);
        assert!(marker.starts_with("[page 2: no text layer"), "{marker}");
    }

    #[test]
    fn no_text_anywhere_is_no_text_layer() {
        let mut blank = page(vec![item(" ", 50.0, 700.0), item("", 50.0, 680.0)]);
        blank.images = 1;
        let r = analyze_items(&doc(vec![blank, page(vec![])])).unwrap();
        assert!(r.layout.no_text_layer);
        assert_eq!(r.layout.pages, Some(2));
        assert_eq!(r.layout.images, 1);
        assert_eq!(r.layout.columns, 0);
        assert!(r.text.starts_with("[no text layer:"));
    }

    #[test]
    fn raw_pdfjs_items_with_transform_and_page_offsets_work() {
        let json = r#"{"pages":[{"width":612,"height":792,"x0":10,"y0":20,"items":[
            {"str":"Second","dir":"ltr","width":30,"height":10,"transform":[10,0,0,10,60,700],"fontName":"g1","hasEOL":false},
            {"str":"First","dir":"ltr","width":25,"height":10,"transform":[10,0,0,10,60,720],"fontName":"g1","hasEOL":true}
        ]}],"fonts":{"g1":{"fontFamily":"serif","ascent":0.9}}}"#;
        let r = from_json(json).unwrap();
        assert_eq!(r.text, "First\nSecond\n");
        assert_eq!(r.layout.fonts, ["serif"]);
    }

    #[test]
    fn bad_inputs_get_clear_errors() {
        let none = analyze_items(&doc(vec![])).unwrap_err();
        assert_eq!(none.kind, PdfErrorKind::NoPages);
        let many =
            analyze_items(&doc((0..=MAX_PAGES).map(|_| page(vec![])).collect())).unwrap_err();
        assert_eq!(many.kind, PdfErrorKind::TooLarge);
        assert!(many.message.contains("51 pages"), "{}", many.message);
        let items = (0..=MAX_ITEMS).map(|_| TextItem::default()).collect();
        let dense = analyze_items(&doc(vec![page(items)])).unwrap_err();
        assert_eq!(dense.kind, PdfErrorKind::TooLarge);
        let huge = analyze_items(&doc(vec![page(vec![item(
            &"x".repeat(MAX_TEXT_BYTES + 1),
            0.0,
            0.0,
        )])]))
        .unwrap_err();
        assert_eq!(huge.kind, PdfErrorKind::TooLarge);
        let json = from_json("{\"pages\": 3}").unwrap_err();
        assert_eq!(json.kind, PdfErrorKind::InvalidItems);
        let pdfjs = analyze_items(&PdfItems {
            error: Some(PdfJsError {
                name: "PasswordException".into(),
                message: "No password given".into(),
            }),
            ..PdfItems::default()
        })
        .unwrap_err();
        assert_eq!(pdfjs.kind, PdfErrorKind::Encrypted);
    }

    #[test]
    fn hostile_numbers_do_not_panic() {
        let mut items = column(50.0, 700.0, BODY);
        items.push(TextItem {
            str: "nan".into(),
            x: f64::NAN,
            y: f64::INFINITY,
            width: f64::NAN,
            height: -3.0,
            ..TextItem::default()
        });
        items.push(TextItem {
            str: "far".into(),
            x: 1e300,
            y: -1e300,
            width: -1e300,
            height: 1e300,
            ..TextItem::default()
        });
        let mut p = page(items);
        p.height = f64::NAN;
        p.x0 = f64::INFINITY;
        let r = analyze_items(&doc(vec![p])).unwrap();
        assert!(r.text.contains("Experience"));
        assert!(!r.text.contains("nan"));
    }

    #[test]
    fn keys_ignore_case_spacing_and_numbers() {
        assert_eq!(repeat_key("Page 1  of 12"), "page # of #");
        assert_eq!(repeat_key(" — "), "");
        assert!(has_contact("jane@example.com"));
        assert!(has_contact("+1 (555) 123-4567"));
        assert!(has_contact("github.com/jane"));
        assert!(!has_contact("Jan 2021 - Present"));
        assert_eq!(strip_subset("ABCDEF+FontAwesome"), "FontAwesome");
        assert_eq!(strip_subset("Font+Awesome"), "Font+Awesome");
    }

    #[test]
    fn work_is_linear_in_items() {
        // 20,000 one-word items on one page: analyzed quickly, no quadratic blow-up.
        let items: Vec<TextItem> = (0..20_000)
            .map(|i| {
                item(
                    "word",
                    50.0 + (i % 10) as f64 * 50.0,
                    780.0 - (i / 10) as f64 * 12.0,
                )
            })
            .collect();
        let r = analyze_items(&doc(vec![page(items)])).unwrap();
        assert!(r.text.len() > 20_000 * 4);
    }
}
