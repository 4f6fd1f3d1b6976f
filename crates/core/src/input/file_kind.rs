//! What a file is, from its first bytes: the one sniffer that the CLI and the page (through the
//! engine's `sniffFile`) ask before choosing a reader. The content decides where it is clear,
//! so a PDF named `.txt` is read as a PDF and an image gets the same advice everywhere.

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `%PDF-` in the first KB: PDF readers (PDF.js, `pdf-extract`) accept junk before the
    /// header, so the sniffer does too.
    Pdf,
    /// A zip archive (every `.docx` is one), or an empty zip.
    Zip,
    /// An OLE2 compound file: an old binary `.doc`, or a password-protected `.docx`. The DOCX
    /// reader tells the two apart for its message.
    Ole,
    /// PNG, JPEG, GIF, WebP, TIFF, HEIC or AVIF: text an ATS cannot read either.
    Image,
    /// Nothing recognised: text, or bytes to refuse when they are decoded as text.
    Unknown,
}

impl FileKind {
    /// The name JavaScript sees: `pdf`, `zip`, `ole`, `image`, or `""` for unknown.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Zip => "zip",
            FileKind::Ole => "ole",
            FileKind::Image => "image",
            FileKind::Unknown => "",
        }
    }
}

/// How far into a file the PDF header is looked for.
const PDF_HEADER_WITHIN: usize = 1024;
/// Every zip's local file header, and an empty zip's end-of-central-directory record.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];
/// The OLE2 compound-file signature.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Image signatures at the start of the file.
const IMAGE_MAGIC: [&[u8]; 5] = [
    &[0x89, b'P', b'N', b'G'],
    &[0xFF, 0xD8, 0xFF],
    b"GIF8",
    &[0x49, 0x49, 0x2A, 0x00],
    &[0x4D, 0x4D, 0x00, 0x2A],
];
/// HEIF brands after `ftyp` at byte 4 (HEIC and AVIF photos).
const HEIF_BRANDS: [&[u8]; 4] = [b"heic", b"heix", b"mif1", b"avif"];

/// What `bytes` (a whole file, or at least its first KB) are.
pub fn sniff_file(bytes: &[u8]) -> FileKind {
    let head = bytes.get(..PDF_HEADER_WITHIN).unwrap_or(bytes);
    if head.windows(5).any(|w| w == b"%PDF-") {
        FileKind::Pdf
    } else if ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        FileKind::Zip
    } else if bytes.starts_with(OLE_MAGIC) {
        FileKind::Ole
    } else if is_image(bytes) {
        FileKind::Image
    } else {
        FileKind::Unknown
    }
}

fn is_image(bytes: &[u8]) -> bool {
    let at = |from: usize, want: &[u8]| bytes.get(from..from + want.len()) == Some(want);
    IMAGE_MAGIC.iter().any(|m| bytes.starts_with(m))
        || (at(0, b"RIFF") && at(8, b"WEBP"))
        || (at(4, b"ftyp") && HEIF_BRANDS.iter().any(|brand| at(8, brand)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_by_its_signature() {
        assert_eq!(sniff_file(b"%PDF-1.7\n"), FileKind::Pdf);
        assert_eq!(sniff_file(b"\r\njunk before %PDF-1.4"), FileKind::Pdf);
        assert_eq!(sniff_file(b"PK\x03\x04rest"), FileKind::Zip);
        assert_eq!(sniff_file(b"PK\x05\x06"), FileKind::Zip);
        assert_eq!(sniff_file(OLE_MAGIC), FileKind::Ole);
        assert_eq!(sniff_file(b"\x89PNG\r\n"), FileKind::Image);
        assert_eq!(sniff_file(b"\xFF\xD8\xFF\xE0"), FileKind::Image);
        assert_eq!(sniff_file(b"GIF89a"), FileKind::Image);
        assert_eq!(sniff_file(b"RIFF\0\0\0\0WEBPVP8 "), FileKind::Image);
        assert_eq!(sniff_file(b"II*\0"), FileKind::Image);
        assert_eq!(sniff_file(b"\0\0\0\x18ftypheic"), FileKind::Image);
    }

    #[test]
    fn near_misses_are_unknown() {
        assert_eq!(sniff_file(b""), FileKind::Unknown);
        assert_eq!(sniff_file(b"Jane Doe\n%PDF is a format"), FileKind::Unknown);
        assert_eq!(sniff_file(b"PK"), FileKind::Unknown);
        assert_eq!(sniff_file(b"\xD0\xCF\x11\xE0rest"), FileKind::Unknown);
        assert_eq!(sniff_file(b"RIFF\0\0\0\0WAVE"), FileKind::Unknown);
        assert_eq!(sniff_file(b"\0\0\0\x18ftypmp42"), FileKind::Unknown);
        let mut late = alloc::vec![b' '; PDF_HEADER_WITHIN];
        late.extend_from_slice(b"%PDF-1.4");
        assert_eq!(sniff_file(&late), FileKind::Unknown);
    }
}
