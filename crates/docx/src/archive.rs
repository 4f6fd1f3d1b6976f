//! The zip container, read with every byte bounded.
//!
//! Only the central directory is trusted for *where* things are, never for *how big* they
//! are: each part we need is inflated in chunks under a per-part cap, a running total and a
//! compression-ratio check, and its size and CRC are verified afterwards. Entries we do not
//! need (images, embedded fonts) are never inflated; their declared sizes are still checked,
//! so an archive that *claims* to be a bomb is refused before any work.

use crate::error::{DocxError, DocxErrorKind};
use crate::{
    MAX_DECLARED_BYTES, MAX_ENTRIES, MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_PART_BYTES, MAX_RATIO,
    RATIO_FLOOR_BYTES,
};
use rawzip::{CompressionMethod, ZipArchiveEntryWayfinder, ZipSliceArchive, ZipVerification};
use std::io::Read;

const MIB: u64 = 1024 * 1024;

/// One entry of the central directory, as declared.
struct Entry {
    /// The part name, without a leading `/` (OPC part names are case-insensitive).
    name: String,
    wayfinder: ZipArchiveEntryWayfinder,
    method: CompressionMethod,
    /// Declared, so only good for refusing early; reads are bounded independently.
    uncompressed: u64,
}

/// An opened `.docx` package.
pub(crate) struct Package<'a> {
    archive: ZipSliceArchive<&'a [u8]>,
    entries: Vec<Entry>,
    /// Bytes still allowed to be inflated (starts at [`MAX_INFLATED_BYTES`]).
    budget: u64,
}

impl<'a> Package<'a> {
    /// Read the central directory, refusing oversized files, too many entries and entries
    /// that declare a bomb-like size or ratio.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(DocxError::new(
                DocxErrorKind::TooLarge,
                format!(
                    "This .docx is larger than {} MB: a resume is a few hundred KB (compress its pictures, or save it as PDF)",
                    MAX_FILE_BYTES / MIB
                ),
            ));
        }
        let archive = rawzip::ZipArchive::from_slice(bytes).map_err(|e| zip_error(&e))?;
        if archive.entries_hint() > MAX_ENTRIES {
            return Err(too_many_entries(Some(archive.entries_hint())));
        }
        let mut entries = Vec::new();
        let mut declared_total: u64 = 0;
        for (seen, record) in archive.entries().enumerate() {
            let record = record.map_err(|e| zip_error(&e))?;
            if seen as u64 >= MAX_ENTRIES {
                // The end record under-declared the count; the directory itself decides.
                return Err(too_many_entries(None));
            }
            if record.is_dir() {
                continue;
            }
            let name = part_name(record.file_path().as_ref());
            let (compressed, uncompressed) = (
                record.compressed_size_hint(),
                record.uncompressed_size_hint(),
            );
            if uncompressed > RATIO_FLOOR_BYTES
                && uncompressed > compressed.saturating_mul(MAX_RATIO)
            {
                return Err(bomb(
                    uncompressed,
                    format!("{name} is packed {}:1", uncompressed / compressed.max(1)),
                ));
            }
            declared_total = declared_total.saturating_add(uncompressed);
            if declared_total > MAX_DECLARED_BYTES {
                return Err(bomb(
                    declared_total,
                    "its files add up to more than a resume could hold".to_string(),
                ));
            }
            entries.push(Entry {
                name,
                wayfinder: record.wayfinder(),
                method: record.compression_method(),
                uncompressed,
            });
        }
        Ok(Package {
            archive,
            entries,
            budget: MAX_INFLATED_BYTES,
        })
    }

    /// Whether a part exists (case-insensitive, as OPC part names are).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// Every part name, in central-directory order.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// Inflate an XML part and decode it to text; `Ok(None)` when the part is absent.
    pub(crate) fn read_xml(&mut self, name: &str) -> Result<Option<String>, DocxError> {
        let Some(bytes) = self.read(name)? else {
            return Ok(None);
        };
        decode_xml_text(name, bytes).map(Some)
    }

    /// Inflate one part under the limits; `Ok(None)` when the part is absent.
    fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let Some(entry) = self.find(name) else {
            return Ok(None);
        };
        let name = entry.name.clone();
        if entry.uncompressed > MAX_PART_BYTES {
            return Err(bomb(
                entry.uncompressed,
                format!("{name} is larger than any Word part"),
            ));
        }
        let zip_entry = self
            .archive
            .get_entry(entry.wayfinder)
            .map_err(|e| zip_error(&e))?;
        let cap = MAX_PART_BYTES.min(self.budget);
        let data = zip_entry.data();
        let out = if entry.method == CompressionMethod::STORE {
            if data.len() as u64 > cap {
                return Err(over_limit(&name, cap));
            }
            data.to_vec()
        } else if entry.method == CompressionMethod::DEFLATE {
            inflate(&name, data, cap)?
        } else {
            return Err(DocxError::new(
                DocxErrorKind::Unsupported,
                format!(
                    "This .docx stores {name} with {} compression, which Word never writes: re-save it from Word",
                    entry.method
                ),
            ));
        };
        let found = ZipVerification {
            crc: crc32(&out),
            uncompressed_size: out.len() as u64,
        };
        zip_entry
            .claim_verifier()
            .valid(found)
            .map_err(|_| DocxError::damaged(format!("{name} fails its size or checksum check")))?;
        self.budget = self.budget.saturating_sub(out.len() as u64);
        Ok(Some(out))
    }
}

/// Inflate `data` in chunks, stopping as soon as the output passes `cap` bytes or the
/// compression ratio passes [`MAX_RATIO`] (checked once past [`RATIO_FLOOR_BYTES`]): a
/// DEFLATE stream of zeros expands ~1000:1, Word's XML ~5-20:1.
fn inflate(name: &str, data: &[u8], cap: u64) -> Result<Vec<u8>, DocxError> {
    let mut decoder = flate2::bufread::DeflateDecoder::new(data).take(cap.saturating_add(1));
    let mut out = Vec::new();
    let mut chunk = [0u8; 32 * 1024];
    loop {
        let n = decoder
            .read(&mut chunk)
            .map_err(|_| DocxError::damaged(format!("{name} has corrupt compressed data")))?;
        if n == 0 {
            break;
        }
        out.extend_from_slice(chunk.get(..n).unwrap_or(&[]));
        if out.len() as u64 > cap {
            return Err(over_limit(name, cap));
        }
        let consumed = decoder.get_ref().total_in().max(1);
        if out.len() as u64 > RATIO_FLOOR_BYTES && out.len() as u64 > consumed * MAX_RATIO {
            return Err(DocxError::new(
                DocxErrorKind::ZipBomb,
                format!(
                    "This .docx inflates over {MAX_RATIO}:1 ({name}: {} KB from {} KB and growing): refusing (possible zip bomb)",
                    out.len() / 1024,
                    consumed.div_ceil(1024)
                ),
            ));
        }
    }
    Ok(out)
}

/// Part bytes as text. Word writes UTF-8; UTF-16 (with a byte-order mark) is legal OPC too.
fn decode_xml_text(name: &str, bytes: Vec<u8>) -> Result<String, DocxError> {
    let utf16 = |be: bool| -> Result<String, DocxError> {
        let units = bytes.get(2..).unwrap_or(&[]).chunks_exact(2).map(|c| {
            let pair = [
                c.first().copied().unwrap_or(0),
                c.get(1).copied().unwrap_or(0),
            ];
            if be {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| DocxError::damaged(format!("{name} is not valid UTF-16")))
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return utf16(false);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return utf16(true);
    }
    let mut text = String::from_utf8(bytes)
        .map_err(|_| DocxError::damaged(format!("{name} is not valid UTF-8")))?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

/// A zip entry name as an OPC part name: `/` separators, no leading slash.
fn part_name(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw)
        .replace('\\', "/")
        .trim_start_matches('/')
        .to_string()
}

fn zip_error(error: &rawzip::Error) -> DocxError {
    match error.kind() {
        rawzip::ErrorKind::MissingEndOfCentralDirectory | rawzip::ErrorKind::Eof => {
            DocxError::damaged("truncated zip")
        }
        _ => DocxError::damaged(format!("corrupt zip: {error}")),
    }
}

/// `count` when the archive declares it; `None` when its directory holds more than declared.
fn too_many_entries(count: Option<u64>) -> DocxError {
    let count = count.map_or_else(|| format!("more than {MAX_ENTRIES}"), |n| n.to_string());
    DocxError::new(
        DocxErrorKind::TooManyEntries,
        format!(
            "This .docx holds {count} files (a Word document holds a few dozen; the limit is {MAX_ENTRIES}): refusing (possible zip bomb)"
        ),
    )
}

fn over_limit(name: &str, cap: u64) -> DocxError {
    bomb(cap, format!("{name} inflates past the limit"))
}

/// "This .docx expands to over N MB: refusing (possible zip bomb: …)".
fn bomb(bytes: u64, detail: String) -> DocxError {
    DocxError::new(
        DocxErrorKind::ZipBomb,
        format!(
            "This .docx expands to over {} MB: refusing (possible zip bomb: {detail})",
            (bytes / MIB).max(1)
        ),
    )
}

/// CRC-32 (IEEE), what the zip header records, one 1 KB table lookup per byte. Not
/// `rawzip::crc32`: its slice-by-16 table is 16 KB of incompressible data, ~19 KB of the
/// gzipped web build; this one checks ~250 MB/s natively, well ahead of the XML parsing.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| {
        let entry = CRC_TABLE
            .get(usize::from(crc as u8 ^ b))
            .copied()
            .unwrap_or(0);
        (crc >> 8) ^ entry
    })
}

/// The CRC of each byte value, computed at compile time (an index out of range here would be
/// a build error, never a runtime panic).
#[allow(clippy::indexing_slicing)]
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn crc32_matches_rawzip() {
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 31 % 251) as u8).collect();
        for len in [0, 1, 7, 64, 5000] {
            assert_eq!(crc32(&data[..len]), rawzip::crc32(&data[..len]), "{len}");
        }
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    /// A zip of `(name, data, method)` entries, DEFLATE through flate2, other methods
    /// written as-is (enough to be refused before reading).
    fn zip(entries: &[(&str, &[u8], CompressionMethod)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut archive = rawzip::ZipArchiveWriter::new(&mut out);
        for &(name, data, method) in entries {
            let (mut entry, config) = archive
                .new_file(name)
                .compression_method(method)
                .start()
                .unwrap();
            if method == CompressionMethod::DEFLATE {
                let encoder =
                    flate2::write::DeflateEncoder::new(&mut entry, flate2::Compression::best());
                let mut writer = config.wrap(encoder);
                writer.write_all(data).unwrap();
                let (encoder, descriptor) = writer.finish().unwrap();
                encoder.finish().unwrap();
                entry.finish(descriptor).unwrap();
            } else {
                let mut writer = config.wrap(&mut entry);
                writer.write_all(data).unwrap();
                let (_, descriptor) = writer.finish().unwrap();
                entry.finish(descriptor).unwrap();
            }
        }
        archive.finish().unwrap();
        out
    }

    #[test]
    fn reads_stored_and_deflated_parts() {
        let bytes = zip(&[
            (
                "word/document.xml",
                b"<w:document/>",
                CompressionMethod::DEFLATE,
            ),
            (
                "/docProps/app.xml",
                "<Pages>1</Pages>é".as_bytes(),
                CompressionMethod::STORE,
            ),
        ]);
        let mut package = Package::open(&bytes).unwrap();
        assert!(package.has("WORD/Document.xml") && package.has("/docProps/app.xml"));
        assert_eq!(package.names().count(), 2);
        assert_eq!(
            package.read_xml("word/document.xml").unwrap().as_deref(),
            Some("<w:document/>")
        );
        assert_eq!(
            package.read_xml("docProps/app.xml").unwrap().as_deref(),
            Some("<Pages>1</Pages>é")
        );
        assert_eq!(package.read_xml("word/missing.xml").unwrap(), None);
    }

    #[test]
    fn counts_entries_in_the_directory_not_the_end_record() {
        let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("d{i}/")).collect();
        let entries: Vec<(&str, &[u8], CompressionMethod)> = names
            .iter()
            .map(|n| (n.as_str(), &b""[..], CompressionMethod::STORE))
            .collect();
        let mut bytes = zip(&entries);
        // The end-of-central-directory record claims a single entry (on disk and in all).
        let eocd = bytes.len() - 22;
        assert_eq!(&bytes[eocd..eocd + 4], b"PK\x05\x06");
        bytes[eocd + 8..eocd + 12].copy_from_slice(&[1, 0, 1, 0]);
        let error = Package::open(&bytes).err().unwrap();
        assert_eq!(
            error.kind,
            DocxErrorKind::TooManyEntries,
            "{}",
            error.message
        );
        assert!(
            error.message.contains("more than 2000"),
            "{}",
            error.message
        );
    }

    #[test]
    fn refuses_a_declared_bomb_at_open() {
        let zeros = vec![0u8; 2 * 1024 * 1024];
        let bytes = zip(&[("word/media/x.bin", &zeros, CompressionMethod::DEFLATE)]);
        let error = Package::open(&bytes).err().unwrap();
        assert_eq!(error.kind, DocxErrorKind::ZipBomb, "{}", error.message);
    }

    #[test]
    fn the_inflate_budget_is_shared_by_all_parts() {
        let text = vec![b'a'; 4000];
        let bytes = zip(&[
            ("a.xml", &text, CompressionMethod::DEFLATE),
            ("b.xml", &text, CompressionMethod::STORE),
        ]);
        let mut package = Package::open(&bytes).unwrap();
        package.budget = 6000;
        assert!(package.read_xml("a.xml").is_ok());
        let error = package.read_xml("b.xml").unwrap_err();
        assert_eq!(error.kind, DocxErrorKind::ZipBomb, "{}", error.message);
    }

    #[test]
    fn refuses_compression_word_never_writes() {
        let bytes = zip(&[("word/document.xml", b"BZh9", CompressionMethod::BZIP2)]);
        let mut package = Package::open(&bytes).unwrap();
        let error = package.read_xml("word/document.xml").unwrap_err();
        assert_eq!(error.kind, DocxErrorKind::Unsupported, "{}", error.message);
    }

    #[test]
    fn a_checksum_mismatch_is_damage() {
        let mut bytes = zip(&[(
            "word/document.xml",
            b"<w:document/>",
            CompressionMethod::STORE,
        )]);
        let at = bytes
            .windows(13)
            .position(|w| w == b"<w:document/>")
            .unwrap();
        bytes[at + 1] = b'x';
        let mut package = Package::open(&bytes).unwrap();
        let error = package.read_xml("word/document.xml").unwrap_err();
        assert_eq!(error.kind, DocxErrorKind::Damaged, "{}", error.message);
    }

    #[test]
    fn decodes_utf16_parts_and_strips_a_bom() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<a>é</a>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_xml_text("p", utf16).unwrap(), "<a>é</a>");
        assert_eq!(
            decode_xml_text("p", b"\xEF\xBB\xBF<a/>".to_vec()).unwrap(),
            "<a/>"
        );
        let error = decode_xml_text("p", vec![0xC3, 0x28]).unwrap_err();
        assert_eq!(error.kind, DocxErrorKind::Damaged);
    }
}
