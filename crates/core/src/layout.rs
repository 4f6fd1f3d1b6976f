//! [`LayoutFacts`], a value type at the bottom of the core: the readers (and the DOCX and PDF
//! crates) fill it in, the document carries it, the F- rules and the report's ATS view read it.

use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// Layout facts a file reader (DOCX, PDF) or the LaTeX reader found, which plain text cannot
/// show. Text-only input leaves them all at their defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LayoutFacts {
    /// Which reader produced the text: "text", "docx", "pdf", "latex", "json-resume".
    pub origin: Option<String>,
    /// Tables in the file (DOCX `w:tbl`).
    pub tables: u32,
    /// The body itself is laid out as a table (most text inside table cells).
    pub body_in_table: bool,
    /// Multi-column layout (DOCX `w:cols` > 1, PDF columns, LaTeX `paracol`/`multicols`,
    /// side-by-side minipages, sidebar classes).
    pub columns: u32,
    /// A short human description of why columns were detected ("paracol environment").
    pub column_evidence: Vec<String>,
    /// Text boxes and shapes (DOCX `w:txbxContent`, `wps:wsp`).
    pub text_boxes: u32,
    /// Images and icons.
    pub images: u32,
    /// Contact details found in header/footer parts (DOCX) or repeated top/bottom lines (PDF).
    pub header_footer_text: Vec<String>,
    /// Pages, when the file knows (PDF page count, DOCX app.xml).
    pub pages: Option<u32>,
    /// A PDF with no text layer at all.
    pub no_text_layer: bool,
    /// Fonts used (icon fonts such as FontAwesome are a glyph hazard).
    pub fonts: Vec<String>,
    /// The reader found columns and read them one after the other (a PDF's sidebar and main
    /// column), so the text shown is not the page's line-by-line order.
    pub columns_reordered: bool,
    /// Byte spans in the analyzed text where the reader had to guess reading order
    /// (interleaved columns) or lost text.
    pub reading_order_breaks: Vec<Span>,
}

impl LayoutFacts {
    /// Add what another reader found (the LaTeX reader's columns to a caller's facts).
    pub fn merge(&mut self, other: &LayoutFacts) {
        if self.origin.is_none() {
            self.origin.clone_from(&other.origin);
        }
        self.tables += other.tables;
        self.body_in_table |= other.body_in_table;
        self.columns = self.columns.max(other.columns);
        self.column_evidence
            .extend(other.column_evidence.iter().cloned());
        self.text_boxes += other.text_boxes;
        self.images += other.images;
        self.header_footer_text
            .extend(other.header_footer_text.iter().cloned());
        self.pages = self.pages.or(other.pages);
        self.no_text_layer |= other.no_text_layer;
        self.columns_reordered |= other.columns_reordered;
        self.fonts.extend(other.fonts.iter().cloned());
        self.reading_order_breaks
            .extend(other.reading_order_breaks.iter().copied());
    }
}
