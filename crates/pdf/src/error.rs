//! Errors are values with a message a user can act on: what is wrong with the PDF and what to
//! do about it ("remove the password", "export it again").

use alloc::format;
use alloc::string::String;
use core::fmt;
use serde::Serialize;

/// What went wrong, coarsely, so callers (CLI exit codes, the page) can react by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PdfErrorKind {
    /// Zero bytes.
    Empty,
    /// Not a PDF at all (no `%PDF-` header).
    NotPdf,
    /// Password-protected (an `/Encrypt` entry in the trailer; PDF.js' `PasswordException`).
    Encrypted,
    /// Cut short or corrupt: no cross-reference table, objects that do not parse (PDF.js'
    /// `InvalidPDFException`).
    Damaged,
    /// A PDF with zero pages.
    NoPages,
    /// More pages, items or text than a resume could have (see the `MAX_*` constants).
    TooLarge,
    /// The JSON of text items does not parse or does not have the expected shape.
    InvalidItems,
}

impl PdfErrorKind {
    /// The kebab-case name, as serialized ("no-pages").
    pub fn as_str(self) -> &'static str {
        match self {
            PdfErrorKind::Empty => "empty",
            PdfErrorKind::NotPdf => "not-pdf",
            PdfErrorKind::Encrypted => "encrypted",
            PdfErrorKind::Damaged => "damaged",
            PdfErrorKind::NoPages => "no-pages",
            PdfErrorKind::TooLarge => "too-large",
            PdfErrorKind::InvalidItems => "invalid-items",
        }
    }
}

/// A PDF the reader refuses, with a one-line message for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PdfError {
    pub kind: PdfErrorKind,
    pub message: String,
}

impl PdfError {
    pub fn new(kind: PdfErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    /// The message for a password-protected PDF.
    pub fn encrypted() -> Self {
        Self::new(
            PdfErrorKind::Encrypted,
            "password-protected PDF: remove the password (print to PDF) and try again",
        )
    }

    /// A PDF that is cut short or corrupt; `detail` says what the reader tripped on.
    pub fn damaged(detail: impl fmt::Display) -> Self {
        Self::new(
            PdfErrorKind::Damaged,
            format!(
                "damaged or truncated PDF ({detail}): download it again, or export a new PDF \
                 from the source document (Word, Google Docs, LaTeX)"
            ),
        )
    }

    /// A PDF with no pages.
    pub fn no_pages() -> Self {
        Self::new(
            PdfErrorKind::NoPages,
            "the PDF has no pages: export it again from the source document",
        )
    }

    /// Bytes that are not a PDF.
    pub fn not_pdf() -> Self {
        Self::new(
            PdfErrorKind::NotPdf,
            "not a PDF (the file does not start with %PDF-): open a .pdf, .docx, .txt, .md, \
             .tex or resume.json file",
        )
    }

    /// A zero-byte file.
    pub fn empty() -> Self {
        Self::new(
            PdfErrorKind::Empty,
            "the PDF file is empty (0 bytes): download or export it again",
        )
    }

    /// What PDF.js reported when it could not open the file (`{"error": {name, message}}`).
    pub fn from_pdfjs(name: &str, message: &str) -> Self {
        match name {
            "PasswordException" => Self::encrypted(),
            "InvalidPDFException" | "MissingPDFException" | "FormatError" => {
                Self::damaged(format!("PDF.js: {message}"))
            }
            _ => Self::damaged(format!("PDF.js {name}: {message}")),
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(feature = "native")]
impl std::error::Error for PdfError {}
