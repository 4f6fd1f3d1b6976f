//! Read a PDF resume from its text items: the text in the order an Applicant Tracking System
//! reads it, plus the layout facts plain text cannot show (SPEC §1 IN-PDF, §5).
//!
//! ```text
//! page:  PDF.js getTextContent() ─ JSON ─┐
//! CLI:   tools/pdf/pdf-items.mjs ─ JSON ─┼→ PdfItems ─ analyze_items ─→ PdfResume { text, layout }
//! CLI:   PDF bytes ─ read_pdf_bytes ─────┘   (feature `native`: pdf-extract + lopdf)
//! ```
//!
//! The caller analyzes the result with
//! `resume_analyzer::analyze_with_layout(&resume.text, &options, &resume.layout)`; the
//! F-TABLE (columns, interleaved reading order), F-HEADER-CONTACT (repeated top/bottom
//! lines), F-LENGTH (pages), F-NO-TEXT (no text layer), F-IMAGE (images, when the caller
//! counted them) and F-GLYPHS (icon fonts, private-use characters, `(cid:NN)`) rules read it.
//!
//! What `text` is: the page's lines top to bottom, a two-column page read column by column
//! (the span where a naive parser would interleave them is in `layout.reading_order_breaks`,
//! and `layout.columns_reordered` says the text was reordered), wrapped lines joined back into
//! their bullets, and list items whose markers were not text given one (see
//! `paragraphs`). Header/footer lines
//! (repeated in the top/bottom 8% of the pages) are left out of `text`, as many parsers drop
//! them, and listed in `layout.header_footer_text`. A page without text gets a bracketed
//! marker line (also a reading-order break); a PDF without any text gets one marker line
//! and `no_text_layer`, so the analysis still runs and reports F-NO-TEXT.
//!
//! The layout module is `no_std` + `alloc` (it runs in WASM in the page); nothing in it
//! panics on input, and absurd inputs are refused up front (see the `MAX_*` constants).
#![cfg_attr(not(feature = "native"), no_std)]
#![forbid(unsafe_code)]

extern crate alloc;

mod error;
mod items;
mod layout;
#[cfg(feature = "native")]
mod native;
mod paragraphs;

pub use error::{PdfError, PdfErrorKind};
pub use items::{PdfItems, PdfJsError, PdfPage, TextItem};
pub use layout::MARGIN_BAND;
#[cfg(feature = "native")]
pub use native::{extract_items, read_pdf_bytes, MAX_FILE_BYTES};

use alloc::format;
use alloc::string::String;
use resume_analyzer::layout::LayoutFacts;
use serde::Serialize;

/// Most pages read. A resume is one or two pages; a 50-page file is something else (a thesis,
/// a portfolio) and is refused with a message rather than analyzed.
pub const MAX_PAGES: usize = 50;
/// Most text items read, over all pages. PDF.js gives ~30–300 items per resume page, or one
/// per glyph (~3,000) for PDFs that place every character on its own.
pub const MAX_ITEMS: usize = 200_000;
/// Most bytes of item text read: the analyzer's own input limit.
pub const MAX_TEXT_BYTES: usize = resume_analyzer::MAX_INPUT_BYTES;
/// Most bytes of items JSON parsed (about 100 bytes per item).
pub const MAX_JSON_BYTES: usize = 32 * 1024 * 1024;
/// Most font names reported in the layout facts.
pub const MAX_FONTS: usize = 64;

/// A PDF resume, read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PdfResume {
    /// The text as an ATS reads it (see the crate docs): one line per text line, pages in order.
    pub text: String,
    /// What the layout does to it (origin "pdf").
    pub layout: LayoutFacts,
}

/// Analyze a document's text items: lines, columns, reading order, header/footer lines,
/// pages, fonts, a missing text layer.
pub fn analyze_items(doc: &PdfItems) -> Result<PdfResume, PdfError> {
    layout::analyze(doc)
}

/// Parse the JSON of a document's text items (what `tools/pdf/pdf-items.mjs` writes, or the
/// page's `JSON.stringify` of PDF.js items).
pub fn parse_items(json: &str) -> Result<PdfItems, PdfError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF's text items are {} MB of JSON (at most {} MB are read): that is far \
                 more than a resume holds",
                json.len() / (1024 * 1024),
                MAX_JSON_BYTES / (1024 * 1024)
            ),
        ));
    }
    serde_json::from_str(json).map_err(|e| {
        PdfError::new(
            PdfErrorKind::InvalidItems,
            format!(
                "could not read the PDF's text items ({e}): dump them again with \
                 tools/pdf/pdf-items.mjs"
            ),
        )
    })
}

/// [`parse_items`] then [`analyze_items`].
pub fn from_json(json: &str) -> Result<PdfResume, PdfError> {
    analyze_items(&parse_items(json)?)
}
