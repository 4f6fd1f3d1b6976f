//! Errors are values with a message a user can act on: what is wrong with the file and what
//! to do about it ("re-save it from Word", "save it as .docx or PDF").

use serde::Serialize;

/// What went wrong, coarsely, so callers (CLI exit codes, the page) can react by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocxErrorKind {
    /// Zero bytes.
    Empty,
    /// Not a Word document at all (a PDF, an image, plain text, an OpenDocument file, …).
    NotDocx,
    /// An old binary Word `.doc` (an OLE compound file).
    LegacyDoc,
    /// A password-protected `.docx`: an OLE container holding an `EncryptedPackage`.
    Encrypted,
    /// A zip that is cut short or corrupt (no end-of-central-directory record, an entry that
    /// runs past the end, bad DEFLATE data, a CRC mismatch), or XML that is not well-formed.
    Damaged,
    /// Compression other than stored/DEFLATE (Word writes nothing else).
    Unsupported,
    /// The file itself is larger than [`crate::MAX_FILE_BYTES`].
    TooLarge,
    /// More zip entries than [`crate::MAX_ENTRIES`].
    TooManyEntries,
    /// Would decompress past the size or ratio limits: a zip bomb, or something posing as a
    /// resume that is not one.
    ZipBomb,
    /// XML built to exhaust a parser: a DTD (entity expansion, "billion laughs"), nesting past
    /// [`crate::MAX_XML_DEPTH`], too many elements or attributes.
    HostileXml,
}

impl DocxErrorKind {
    /// The kebab-case name, as serialized ("zip-bomb").
    pub fn as_str(self) -> &'static str {
        match self {
            DocxErrorKind::Empty => "empty",
            DocxErrorKind::NotDocx => "not-docx",
            DocxErrorKind::LegacyDoc => "legacy-doc",
            DocxErrorKind::Encrypted => "encrypted",
            DocxErrorKind::Damaged => "damaged",
            DocxErrorKind::Unsupported => "unsupported",
            DocxErrorKind::TooLarge => "too-large",
            DocxErrorKind::TooManyEntries => "too-many-entries",
            DocxErrorKind::ZipBomb => "zip-bomb",
            DocxErrorKind::HostileXml => "hostile-xml",
        }
    }
}

/// A `.docx` the reader refuses, with a one-line message for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocxError {
    pub kind: DocxErrorKind,
    pub message: String,
}

impl DocxError {
    pub fn new(kind: DocxErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    pub(crate) fn damaged(detail: impl core::fmt::Display) -> Self {
        Self::new(
            DocxErrorKind::Damaged,
            format!("This .docx is damaged ({detail}): re-save it from Word"),
        )
    }

    pub(crate) fn hostile(part: &str, detail: impl core::fmt::Display) -> Self {
        Self::new(
            DocxErrorKind::HostileXml,
            format!("This .docx has hostile XML in {part} ({detail}): refusing to read it"),
        )
    }
}

impl core::fmt::Display for DocxError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DocxError {}
