//! Read a `.docx` resume: its text in reading order, plus the layout facts an Applicant
//! Tracking System trips on and plain text cannot show (SPEC §1 IN-DOCX, §5).
//!
//! ```text
//! bytes ─ sniff (OLE .doc? encrypted? PDF?) ─ zip central directory (bounded)
//!       ─ _rels/.rels → word/document.xml ─ word/_rels/document.xml.rels
//!       → styles, font table, headers, footers ─ docProps/app.xml (pages)
//!       → DocxResume { text, layout: LayoutFacts }
//! ```
//!
//! The caller analyzes the result with
//! `resume_analyzer::analyze_with_layout(&resume.text, &options, &resume.layout)`; the
//! F-TABLE, F-TEXTBOX, F-IMAGE, F-HEADER-CONTACT and F-GLYPHS rules read the facts.
//!
//! Hostile files are bounded, not trusted: every limit below is a constant, checked before
//! or while the bytes are read, so a zip bomb, a 10,000-entry archive, a truncated archive
//! or an entity bomb is refused in milliseconds with a [`DocxError`] a user can act on.
//! Nothing here panics on input.
#![forbid(unsafe_code)]

mod archive;
mod body;
mod error;
mod rels;
mod sniff;
mod styles;
mod xml;

pub use error::{DocxError, DocxErrorKind};

use resume_analyzer::layout::LayoutFacts;
use serde::Serialize;
use std::collections::BTreeSet;

/// Largest `.docx` accepted, in bytes (16 MiB, the CLI's file limit). Resumes are tens to
/// hundreds of KB; this leaves room for photos without letting a file hold millions of
/// zip entries.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Most zip entries (files) accepted. Word writes 10-30; templates with many images reach a
/// few hundred.
pub const MAX_ENTRIES: u64 = 2_000;
/// Most bytes all entries together may *declare* (256 MiB), read or not. Pictures are
/// stored about 1:1 and the file is at most 16 MiB, so only a bomb declares this much.
pub const MAX_DECLARED_BYTES: u64 = 256 * 1024 * 1024;
/// Most bytes inflated in total across the parts we read (20 MiB), counted while
/// streaming, never taken from the headers.
pub const MAX_INFLATED_BYTES: u64 = 20 * 1024 * 1024;
/// Largest single XML part (8 MiB). A resume's `document.xml` is 20-500 KB.
pub const MAX_PART_BYTES: u64 = 8 * 1024 * 1024;
/// Highest compression ratio accepted for data past [`RATIO_FLOOR_BYTES`]. Word's XML packs
/// 5-20:1 and pictures about 1:1; DEFLATE of repeated bytes reaches ~1000:1.
pub const MAX_RATIO: u64 = 100;
/// Below this size (1 MiB) an entry may have any ratio: a small, very repetitive part is
/// harmless, and the ratio check only needs to stop runaway expansion.
pub const RATIO_FLOOR_BYTES: u64 = 1024 * 1024;
/// Deepest XML element nesting accepted. Word's deepest real structures (a text box in a
/// nested table) stay under 60.
pub const MAX_XML_DEPTH: usize = 256;
/// Most XML events (tags, text runs) in one part; with [`MAX_PART_BYTES`] this bounds the
/// work on a part of millions of tiny elements.
pub const MAX_XML_EVENTS: usize = 2_000_000;
/// Most attributes on one element. Word's root elements declare ~40 namespaces.
pub const MAX_ATTRIBUTES: usize = 256;
/// Most namespace bindings in scope at once (quick-xml's own guard, set explicitly).
pub const MAX_NAMESPACE_BINDINGS: usize = 256;
/// Most font names reported.
pub const MAX_FONTS: usize = 64;

/// A `.docx` resume, read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocxResume {
    /// The body text in reading order: one line per paragraph, list items as "- " bullets,
    /// table rows of one-line cells as tab-separated lines. Header and footer text is not
    /// here (an ATS often drops it); it is in `layout.header_footer_text`.
    pub text: String,
    /// What the file's layout holds (origin "docx").
    pub layout: LayoutFacts,
}

/// Read a `.docx` file's bytes.
pub fn read(bytes: &[u8]) -> Result<DocxResume, DocxError> {
    sniff::check(bytes)?;
    let mut package = archive::Package::open(bytes)?;

    let root_rels = match package.read_xml("_rels/.rels")? {
        Some(xml) => rels::parse("_rels/.rels", &xml, "")?,
        None => Vec::new(),
    };
    let main = target(&root_rels, "officeDocument").unwrap_or("word/document.xml");
    let Some(document) = package.read_xml(main)? else {
        return Err(not_word(&package));
    };
    let main = main.to_string();
    let doc_rels_part = rels::rels_part_of(&main);
    let doc_rels = match package.read_xml(&doc_rels_part)? {
        Some(xml) => rels::parse(&doc_rels_part, &xml, &main)?,
        None => Vec::new(),
    };
    let folder = main.rsplit_once('/').map_or("", |(f, _)| f);
    let in_folder = |file: &str| {
        if folder.is_empty() {
            file.to_string()
        } else {
            format!("{folder}/{file}")
        }
    };

    let styles_part =
        target(&doc_rels, "styles").map_or_else(|| in_folder("styles.xml"), String::from);
    let styles = match package.read_xml(&styles_part)? {
        Some(xml) => styles::Styles::parse(&styles_part, &xml)?,
        None => styles::Styles::default(),
    };
    let fonts_part =
        target(&doc_rels, "fontTable").map_or_else(|| in_folder("fontTable.xml"), String::from);
    let declared_fonts = match package.read_xml(&fonts_part)? {
        Some(xml) => styles::font_table(&fonts_part, &xml)?,
        None => Vec::new(),
    };

    let body = body::read(&main, &document, &styles)?;
    drop(document);
    let margins = read_headers_footers(&mut package, &doc_rels, &styles)?;

    let app_part = target(&root_rels, "extended-properties").unwrap_or("docProps/app.xml");
    let pages = match package.read_xml(app_part)? {
        Some(xml) => rels::pages(app_part, &xml)?,
        None => None,
    };

    let facts = &body.facts;
    // A body laid out as a table is `body_in_table`, not columns too: one hazard, one finding.
    let body_in_table = facts.chars > 0 && facts.chars_in_tables * 2 > facts.chars;
    let (columns, column_evidence) = if facts.section_columns >= 2 {
        let sidebar = if facts.section_columns_unequal {
            " of unequal width, a sidebar"
        } else {
            ""
        };
        let evidence = format!(
            "a Word section laid out in {} text columns{sidebar} (w:cols)",
            facts.section_columns
        );
        (facts.section_columns, vec![evidence])
    } else {
        (0, Vec::new())
    };
    let used: Vec<&String> = styles
        .fonts
        .iter()
        .chain(&facts.fonts)
        .chain(&margins.facts.fonts)
        .collect();

    Ok(DocxResume {
        text: normalize_lines(&body.lines),
        layout: LayoutFacts {
            origin: Some("docx".to_string()),
            tables: facts.tables.saturating_add(margins.facts.tables),
            body_in_table,
            columns,
            column_evidence,
            text_boxes: facts.text_boxes.saturating_add(margins.facts.text_boxes),
            images: facts.images.saturating_add(margins.facts.images),
            header_footer_text: margins.texts,
            pages,
            fonts: report_fonts(&declared_fonts, &used),
            ..LayoutFacts::default()
        },
    })
}

/// What the headers and footers hold: each part's text (empty ones and repeats left out) and
/// their tables, text boxes, images and fonts.
#[derive(Default)]
struct Margins {
    texts: Vec<String>,
    facts: body::StoryFacts,
}

/// Read the header and footer parts the document names: headers first, each kind in
/// part-name order (header1, header2, …, header10).
fn read_headers_footers(
    package: &mut archive::Package<'_>,
    doc_rels: &[rels::Relationship],
    styles: &styles::Styles,
) -> Result<Margins, DocxError> {
    let mut parts: Vec<&str> = doc_rels
        .iter()
        .filter(|r| r.kind == "header" || r.kind == "footer")
        .map(|r| r.target.as_str())
        .collect();
    resume_analyzer::sort::sort_by_key(&mut parts, |p| (!p.contains("header"), p.len(), *p));
    parts.dedup();
    let mut margins = Margins::default();
    let mut seen_texts = BTreeSet::new();
    for part in parts {
        let Some(xml) = package.read_xml(part)? else {
            continue;
        };
        let story = body::read(part, &xml, styles)?;
        let text = normalize_lines(&story.lines).trim().to_string();
        if !text.is_empty() && seen_texts.insert(text.clone()) {
            margins.texts.push(text);
        }
        let facts = &mut margins.facts;
        facts.tables = facts.tables.saturating_add(story.facts.tables);
        facts.text_boxes = facts.text_boxes.saturating_add(story.facts.text_boxes);
        facts.images = facts.images.saturating_add(story.facts.images);
        for font in story.facts.fonts {
            if facts.fonts.len() < MAX_FONTS && !facts.fonts.contains(&font) {
                facts.fonts.push(font);
            }
        }
    }
    Ok(margins)
}

/// The target part of the first relationship of this type.
fn target<'r>(rels: &'r [rels::Relationship], kind: &str) -> Option<&'r str> {
    rels.iter()
        .find(|r| r.kind == kind)
        .map(|r| r.target.as_str())
}

/// Fonts worth reporting: the font table's text fonts, its symbol-charset fonts (Symbol,
/// Wingdings, icon fonts) only when something uses them, since Word lists Symbol and
/// Wingdings for the default bullet levels of every list, and used fonts the table misses.
fn report_fonts(declared: &[styles::DeclaredFont], used: &[&String]) -> Vec<String> {
    let mut used_lower: BTreeSet<String> = BTreeSet::new();
    for f in used {
        used_lower.insert(f.to_lowercase());
    }
    let mut seen = BTreeSet::new();
    let mut fonts = Vec::new();
    let declared_names = declared
        .iter()
        .filter(|f| !f.symbol || used_lower.contains(&f.name.to_lowercase()))
        .map(|f| &f.name);
    for name in declared_names.chain(used.iter().copied()) {
        if !name.is_empty() && fonts.len() < MAX_FONTS && seen.insert(name.to_lowercase()) {
            fonts.push(name.clone());
        }
    }
    fonts
}

/// Lines to text: trailing whitespace trimmed, runs of blank lines collapsed to one, no
/// blank lines at either end, a final newline.
fn normalize_lines(lines: &[String]) -> String {
    let mut text = String::new();
    let mut blank_pending = false;
    for line in lines.iter().flat_map(|l| l.split('\n')) {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_pending = !text.is_empty();
            continue;
        }
        if blank_pending {
            text.push('\n');
            blank_pending = false;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// The error for a zip without a Word main document, naming what it is instead.
fn not_word(package: &archive::Package<'_>) -> DocxError {
    let has_prefix = |prefix: &str| package.names().any(|n| n.starts_with(prefix));
    let message = if package.has("mimetype") && package.has("content.xml") {
        "This is an OpenDocument file (.odt), not a .docx: save it as .docx or PDF"
    } else if has_prefix("xl/") {
        "This is an Excel workbook, not a .docx: save your resume as .docx or PDF"
    } else if has_prefix("ppt/") {
        "This is a PowerPoint file, not a .docx: save your resume as .docx or PDF"
    } else {
        "This zip is not a Word document (it has no word/document.xml): save your resume as .docx or PDF"
    };
    DocxError::new(DocxErrorKind::NotDocx, message)
}
