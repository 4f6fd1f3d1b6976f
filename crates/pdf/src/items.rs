//! The input: a PDF's text items with positions, as PDF.js `page.getTextContent()` gives them.
//!
//! The page builds this from PDF.js and passes `JSON.stringify(items)`; the CLI reads the JSON
//! that `tools/pdf/pdf-items.mjs` writes, or (feature `native`) extracts the same shape from the
//! PDF bytes. Field names are camelCase; unknown fields (PDF.js' `dir`, `styles`, …) are
//! ignored, so raw PDF.js items with their `transform` can be passed as they are.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Deserializer, Serialize};

/// A PDF's text items, page by page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PdfItems {
    pub pages: Vec<PdfPage>,
    /// PDF.js font id (`fontName` of the items, "g_d0_f1") → the font's name when known
    /// ("AAAAAA+FontAwesome"). Values may also be PDF.js `styles` entries
    /// (`{"fontFamily": "sans-serif", …}`) or `{"name": …}` objects.
    #[serde(deserialize_with = "fonts_map")]
    pub fonts: BTreeMap<String, String>,
    /// Set instead of `pages` when PDF.js could not open the file (`PasswordException`,
    /// `InvalidPDFException`): `analyze_items` turns it into the matching [`crate::PdfError`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<PdfJsError>,
}

/// One page: its size in PDF points and its text items in content-stream order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PdfPage {
    pub width: f64,
    pub height: f64,
    /// The page's lower-left corner in PDF user space (PDF.js `page.view[0]`, `view[1]`);
    /// 0 for nearly every PDF. Item positions are relative to user space, as PDF.js gives them.
    #[serde(skip_serializing_if = "is_zero")]
    pub x0: f64,
    #[serde(skip_serializing_if = "is_zero")]
    pub y0: f64,
    /// Images the page paints, when the caller knows (PDF.js operator list; the native reader
    /// leaves 0).
    #[serde(skip_serializing_if = "is_zero_u32")]
    pub images: u32,
    pub items: Vec<TextItem>,
}

/// One PDF.js text item: a run of text in one font on one baseline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TextItem {
    pub str: String,
    /// Baseline start, PDF user space (origin bottom-left): PDF.js `transform[4]`.
    pub x: f64,
    /// PDF.js `transform[5]`.
    pub y: f64,
    /// Advance width in points.
    pub width: f64,
    /// Font height in points.
    pub height: f64,
    pub font_name: String,
    /// PDF.js `hasEOL`: the item ends a line in PDF.js' own guess.
    #[serde(alias = "hasEOL")]
    pub has_eol: bool,
    /// PDF.js' `transform` matrix, when the caller passes raw items: its `[4]`, `[5]` then
    /// win over `x`, `y`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<[f64; 6]>,
}

impl TextItem {
    /// The baseline start: `transform[4..6]` when given, else `x`, `y`.
    pub fn origin(&self) -> (f64, f64) {
        match self.transform {
            Some([_, _, _, _, x, y]) => (x, y),
            None => (self.x, self.y),
        }
    }
}

/// What PDF.js threw when it could not open the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PdfJsError {
    pub name: String,
    pub message: String,
}

fn is_zero(v: &f64) -> bool {
    *v == 0.0
}

fn is_zero_u32(v: &u32) -> bool {
    *v == 0
}

/// A `fonts` value: a name, or a PDF.js style / font object carrying one.
#[derive(Deserialize)]
#[serde(untagged)]
enum FontEntry {
    Name(String),
    Object {
        #[serde(default)]
        name: Option<String>,
        #[serde(default, rename = "fontFamily")]
        font_family: Option<String>,
    },
}

fn fonts_map<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    let raw: BTreeMap<String, FontEntry> = BTreeMap::deserialize(d)?;
    Ok(raw
        .into_iter()
        .filter_map(|(id, entry)| {
            let name = match entry {
                FontEntry::Name(name) => Some(name),
                FontEntry::Object { name, font_family } => name.or(font_family),
            };
            name.map(|n| (id, n))
        })
        .collect())
}
