//! Recognise what a file is before treating it as a zip, so the common mistakes get advice
//! instead of "corrupt zip": an old `.doc`, a password-protected `.docx` (which Word stores as
//! an OLE container, not a zip), a PDF or RTF with the wrong extension.

use crate::error::{DocxError, DocxErrorKind};

/// The OLE2 compound-file signature: old `.doc` files and encrypted OOXML packages.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Every zip (and so every `.docx`) starts with a local file header.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// An empty zip is only an end-of-central-directory record.
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";

/// `Ok(())` when the bytes look like a zip; otherwise the error that says what they are.
pub(crate) fn check(bytes: &[u8]) -> Result<(), DocxError> {
    if bytes.is_empty() {
        return Err(DocxError::new(
            DocxErrorKind::Empty,
            "This .docx is empty (0 bytes): export your resume again",
        ));
    }
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(EMPTY_ZIP_MAGIC) {
        return Ok(());
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Err(ole_error(bytes));
    }
    let what = if bytes.starts_with(b"%PDF-") {
        "This file is a PDF, not a .docx: open it as a PDF"
    } else if bytes.starts_with(b"{\\rtf") {
        "This file is RTF, not a .docx: save it as .docx or PDF"
    } else if bytes.starts_with(b"PK") {
        // A zip-like signature that is not a local file header: split or spanned archives.
        "This .docx is not a complete zip archive: re-save it from Word"
    } else {
        "This file is not a .docx (a .docx is a zip archive): save your resume as .docx, PDF or plain text"
    };
    Err(DocxError::new(DocxErrorKind::NotDocx, what))
}

/// Which OLE compound file this is, from the stream names in its directory (UTF-16LE).
fn ole_error(bytes: &[u8]) -> DocxError {
    if contains_utf16le(bytes, "EncryptedPackage") {
        DocxError::new(
            DocxErrorKind::Encrypted,
            "This .docx is password-protected/encrypted (an OLE container with EncryptedPackage): \
             remove the password in Word (File > Info > Protect Document) and save it again",
        )
    } else if contains_utf16le(bytes, "WordDocument") {
        DocxError::new(
            DocxErrorKind::LegacyDoc,
            "This file is an old binary .doc: save it as .docx or PDF",
        )
    } else {
        DocxError::new(
            DocxErrorKind::NotDocx,
            "This file is an old binary Office file (OLE), not a .docx: save it as .docx or PDF",
        )
    }
}

/// Whether `needle` (ASCII) occurs in `haystack` encoded as UTF-16LE. Linear: the needle is a
/// short constant.
fn contains_utf16le(haystack: &[u8], needle: &str) -> bool {
    let pattern: Vec<u8> = needle.bytes().flat_map(|b| [b, 0]).collect();
    !pattern.is_empty()
        && haystack
            .windows(pattern.len())
            .any(|w| w == pattern.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8]) -> Option<DocxErrorKind> {
        check(bytes).err().map(|e| e.kind)
    }

    #[test]
    fn recognises_what_is_not_a_zip() {
        assert_eq!(kind(b""), Some(DocxErrorKind::Empty));
        assert_eq!(kind(b"%PDF-1.7 ..."), Some(DocxErrorKind::NotDocx));
        assert_eq!(kind(b"{\\rtf1\\ansi"), Some(DocxErrorKind::NotDocx));
        assert_eq!(
            kind(b"Jane Doe\nBackend Engineer"),
            Some(DocxErrorKind::NotDocx)
        );
        assert_eq!(kind(b"PK\x03\x04rest"), None);
    }

    #[test]
    fn tells_old_doc_from_encrypted_docx() {
        let mut doc = OLE_MAGIC.to_vec();
        doc.extend("WordDocument".bytes().flat_map(|b| [b, 0]));
        assert_eq!(kind(&doc), Some(DocxErrorKind::LegacyDoc));
        let mut encrypted = OLE_MAGIC.to_vec();
        encrypted.extend("EncryptedPackage".bytes().flat_map(|b| [b, 0]));
        assert_eq!(kind(&encrypted), Some(DocxErrorKind::Encrypted));
        assert_eq!(kind(OLE_MAGIC), Some(DocxErrorKind::NotDocx));
    }
}
