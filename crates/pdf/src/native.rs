//! Native extraction (feature `native`, for the CLI): PDF bytes → [`PdfItems`], the same shape
//! PDF.js gives the page, so the layout analysis is the same code.
//!
//! `lopdf` parses the file (cross-reference table, objects, the `/Encrypt` entry of the
//! trailer, the page tree, each page's fonts); `pdf-extract` walks each page's content stream
//! and reports every character with its text rendering matrix through its `OutputDev` trait.
//! [`Collector`] merges the characters back into runs on one baseline, like PDF.js items.
//!
//! `pdf-extract` panics on some malformed files (it unwraps freely); the walk runs under
//! `catch_unwind`, so with the default `panic = "unwind"` such a file is a [`PdfError`] too.
//! (A binary built with `panic = "abort"` would abort instead: the CLI should keep unwinding.)

use crate::items::{PdfItems, PdfPage, TextItem};
use crate::layout::strip_subset;
use crate::{analyze_items, PdfError, PdfErrorKind, PdfResume, MAX_ITEMS, MAX_PAGES};
use pdf_extract::{Document, MediaBox, Object, OutputDev, OutputError, Transform};
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Largest PDF accepted, in bytes (16 MiB, the CLI's file limit). Resumes are 30–500 KB.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Read a PDF file's bytes: extract the text items natively, then [`analyze_items`].
pub fn read_pdf_bytes(bytes: &[u8]) -> Result<PdfResume, PdfError> {
    analyze_items(&extract_items(bytes)?)
}

/// Extract a PDF's text items with positions, in the shape PDF.js gives.
///
/// Errors: empty file, not a PDF, too large, password-protected, damaged/truncated, no pages,
/// too many pages. Fonts are reported per document (the native walk does not say which item
/// uses which font), so items carry an empty `font_name`.
pub fn extract_items(bytes: &[u8]) -> Result<PdfItems, PdfError> {
    if bytes.is_empty() {
        return Err(PdfError::empty());
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF is {} MB (at most {} MB are read): a resume PDF is well under 1 MB; \
                 export it again without large images",
                bytes.len() / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    // The header may follow up to 1 KB of junk (PDF 1.7, annex H).
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::not_pdf());
    }
    let loaded = catch_unwind(|| Document::load_mem(bytes));
    let mut doc = match loaded {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => {
            return Err(if mentions_encrypt(bytes) {
                PdfError::encrypted()
            } else {
                PdfError::damaged(describe(&e))
            })
        }
        Err(_) => return Err(PdfError::damaged("the PDF parser gave up on it")),
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        // An empty user password (owner-only restrictions) opens; anything else needs one.
        return Err(PdfError::encrypted());
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(if doc.trailer.has(b"Encrypt") {
            PdfError::encrypted()
        } else {
            PdfError::no_pages()
        });
    }
    if pages.len() > MAX_PAGES {
        return Err(PdfError::new(
            PdfErrorKind::TooLarge,
            format!(
                "the PDF has {} pages and at most {MAX_PAGES} are read: a resume is one or two \
                 pages, so upload the resume on its own",
                pages.len()
            ),
        ));
    }
    normalize_cid_widths(&mut doc);
    let mut fonts: BTreeMap<String, String> = BTreeMap::new();
    for &page_id in pages.values() {
        if let Ok(page_fonts) = doc.get_page_fonts(page_id) {
            for dict in page_fonts.values() {
                if let Ok(name) = dict.get(b"BaseFont").and_then(Object::as_name) {
                    let name = String::from_utf8_lossy(name);
                    let clean = strip_subset(&name).to_string();
                    fonts.entry(clean.clone()).or_insert(clean);
                }
            }
        }
    }

    let mut collector = Collector::default();
    let walked = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut collector)
    }));
    match walked {
        Ok(Ok(())) => {}
        Ok(Err(_)) if collector.too_many => {
            return Err(PdfError::new(
                PdfErrorKind::TooLarge,
                format!(
                    "the PDF has more than {MAX_ITEMS} text items: that is far more than a \
                     resume holds; upload the resume on its own"
                ),
            ));
        }
        Ok(Err(e)) => return Err(PdfError::damaged(describe_output(&e))),
        Err(_) => {
            return Err(PdfError::damaged(
                "the text extractor could not read a page's content",
            ))
        }
    }
    collector.finish_page();
    Ok(PdfItems {
        pages: collector.pages,
        fonts,
        error: None,
    })
}

/// Most glyph widths one CID font's `/W` array may expand to (a CID font has at most 65,536
/// glyphs; a resume's subset uses ~100).
const MAX_CID_WIDTHS: usize = 65_536;

/// Rewrite every CID font's `/W` array from the range form `first last width` to the list form
/// `first [width width …]`.
///
/// `pdf-extract` 0.12 misreads the range form (it takes `first` as the width and stops one
/// short of `last`), so every glyph in a range (the space in Chromium's fonts, for one) gets
/// a width near zero and the characters after it are placed on top of each other: words run
/// together ("SeniorBackendEngineer"). The list form it reads correctly. Fonts whose array
/// holds anything but numbers, or would expand past [`MAX_CID_WIDTHS`], are left alone.
fn normalize_cid_widths(doc: &mut Document) {
    let fonts: Vec<(pdf_extract::ObjectId, Vec<Object>)> = doc
        .objects
        .iter()
        .filter_map(|(id, obj)| {
            let dict = obj.as_dict().ok()?;
            let subtype = dict.get(b"Subtype").ok()?.as_name().ok()?;
            if subtype != b"CIDFontType2" && subtype != b"CIDFontType0" {
                return None;
            }
            let w = match dict.get(b"W").ok()? {
                Object::Reference(r) => doc.get_object(*r).ok()?.as_array().ok()?,
                Object::Array(a) => a,
                _ => return None,
            };
            Some((*id, w.clone()))
        })
        .collect();
    for (id, w) in fonts {
        if let Some(list) = expand_widths(&w) {
            if let Ok(dict) = doc.get_dictionary_mut(id) {
                dict.set("W", Object::Array(list));
            }
        }
    }
}

fn expand_widths(w: &[Object]) -> Option<Vec<Object>> {
    let mut out = Vec::new();
    let mut total = 0usize;
    let mut i = 0;
    while let Some(first) = w.get(i) {
        let first = first.as_i64().ok()?;
        match w.get(i + 1)? {
            Object::Array(list) => {
                total += list.len();
                out.push(Object::Integer(first));
                out.push(Object::Array(list.clone()));
                i += 2;
            }
            last => {
                let last = last.as_i64().ok()?;
                let width = w.get(i + 2)?.as_float().ok()?;
                let n = usize::try_from(last.checked_sub(first)?.checked_add(1)?).ok()?;
                total += n;
                if total > MAX_CID_WIDTHS {
                    return None;
                }
                out.push(Object::Integer(first));
                out.push(Object::Array(vec![Object::Real(width); n]));
                i += 3;
            }
        }
        if total > MAX_CID_WIDTHS {
            return None;
        }
    }
    Some(out)
}

/// Whether the file has an `/Encrypt` entry where the parser could not look (a damaged
/// cross-reference table in an encrypted file should still say "encrypted").
fn mentions_encrypt(bytes: &[u8]) -> bool {
    let tail = bytes
        .get(bytes.len().saturating_sub(64 * 1024)..)
        .unwrap_or(bytes);
    tail.windows(8).any(|w| w == b"/Encrypt")
}

fn describe(e: &pdf_extract::Error) -> String {
    use pdf_extract::Error;
    match e {
        Error::Xref(_) | Error::MissingXrefEntry | Error::InvalidOffset(_) => {
            format!("no readable cross-reference table, so the file is probably cut short: {e}")
        }
        Error::UnsupportedSecurityHandler(_) | Error::Decryption(_) | Error::InvalidPassword => {
            format!("its encryption could not be read: {e}")
        }
        _ => e.to_string(),
    }
}

fn describe_output(e: &OutputError) -> String {
    match e {
        OutputError::PdfError(e) => describe(e),
        other => other.to_string(),
    }
}

/// One character as `pdf-extract` reports it.
#[derive(Debug, Clone)]
struct Glyph {
    text: String,
    x: f64,
    y: f64,
    /// Transformed font size (points).
    size: f64,
    /// Advance in points when the font says (0 when it does not).
    advance: f64,
}

/// The run being built: characters on one baseline, contiguous.
#[derive(Debug, Clone)]
struct Run {
    text: String,
    x: f64,
    y: f64,
    end: f64,
    size: f64,
}

/// An `OutputDev` that turns characters into PDF.js-like items.
#[derive(Debug, Default)]
struct Collector {
    pages: Vec<PdfPage>,
    page: Option<PdfPage>,
    /// The characters of the current text-showing operator (between `begin_word` and
    /// `end_word`): their advances are only known once the next one's position is.
    word: Vec<Glyph>,
    run: Option<Run>,
    items: usize,
    too_many: bool,
}

/// Gaps between characters, as shares of the font size: up to `JOIN` the same word, up to
/// `SPACE` a word space inside one item, wider a new item (a tab stop, a column gutter).
const JOIN: f64 = 0.12;
const SPACE: f64 = 0.8;

impl Collector {
    fn finish_page(&mut self) {
        self.flush_word();
        self.flush_run();
        if let Some(page) = self.page.take() {
            self.pages.push(page);
        }
    }

    fn flush_run(&mut self) {
        let Some(run) = self.run.take() else {
            return;
        };
        let text = run.text.trim_end().to_string();
        if text.is_empty() {
            return;
        }
        if let Some(page) = self.page.as_mut() {
            self.items += 1;
            page.items.push(TextItem {
                str: text,
                x: run.x,
                y: run.y,
                width: (run.end - run.x).max(0.0),
                height: run.size,
                font_name: String::new(),
                has_eol: false,
                transform: None,
            });
        }
    }

    /// Place the buffered characters: each one's advance is the font's width, or else the
    /// distance to the next character of the same operator, or else half the font size.
    fn flush_word(&mut self) {
        let word = std::mem::take(&mut self.word);
        let mut iter = word.iter().peekable();
        while let Some(g) = iter.next() {
            let advance = if g.advance > 0.0 {
                g.advance
            } else {
                match iter.peek() {
                    Some(next) if (next.y - g.y).abs() < 0.01 && next.x > g.x => next.x - g.x,
                    _ => 0.5 * g.size,
                }
            };
            self.place(g, advance);
        }
    }

    fn place(&mut self, g: &Glyph, advance: f64) {
        let blank = g.text.trim().is_empty();
        if let Some(run) = self.run.as_mut() {
            let size = run.size.max(g.size).max(0.1);
            let same_line = (g.y - run.y).abs() <= 0.2 * size;
            let gap = g.x - run.end;
            if same_line && gap >= -0.3 * size && gap <= SPACE * size {
                if gap > JOIN * size && !blank && !run.text.ends_with(' ') {
                    run.text.push(' ');
                }
                if blank {
                    if !run.text.ends_with(' ') {
                        run.text.push(' ');
                    }
                } else {
                    run.text.push_str(&g.text);
                }
                run.end = run.end.max(g.x + advance);
                run.size = run.size.max(g.size);
                return;
            }
            self.flush_run();
        }
        if blank {
            return;
        }
        self.run = Some(Run {
            text: g.text.clone(),
            x: g.x,
            y: g.y,
            end: g.x + advance,
            size: g.size,
        });
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.finish_page();
        self.page = Some(PdfPage {
            width: media_box.urx - media_box.llx,
            height: media_box.ury - media_box.lly,
            x0: media_box.llx,
            y0: media_box.lly,
            images: 0,
            items: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_page();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.too_many {
            return Ok(());
        }
        if self.items > MAX_ITEMS {
            self.too_many = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        let (x, y) = (trm.m31, trm.m32);
        if !(x.is_finite() && y.is_finite() && size.is_finite()) {
            return Ok(());
        }
        self.word.push(Glyph {
            text: char.to_string(),
            x,
            y,
            size,
            advance: if width.is_finite() && width > 0.0 {
                width * size
            } else {
                0.0
            },
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.flush_word();
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        self.flush_word();
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
