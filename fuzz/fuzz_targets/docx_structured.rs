//! The DOCX reader with structure-aware mutations of real .docx files.
//!
//! Byte mutations of a zip mostly hit DEFLATE data and CRCs and stop at the first check. The
//! custom mutator here unzips the input, mutates what is inside (the XML of one part with
//! libFuzzer's own mutator, a Word XML snippet spliced in, an entry renamed, dropped,
//! duplicated, swapped or stored uncompressed) and zips it again, so the reader's XML walk,
//! relationships, styles, headers and layout facts see millions of near-valid documents.
//! Inputs that are not a readable zip fall back to plain byte mutation. Seeds: the real
//! .docx fixtures in tests/fixtures/docx/.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};
use resume_analyzer_fuzz::read_analyze_and_check;
use std::io::{Cursor, Read, Write};

fuzz_target!(|data: &[u8]| {
    read_analyze_and_check("docx_structured", data, || {
        resume_docx::read(data).map(|r| (r.text, r.layout))
    });
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    match mutate_zip(&data[..size], max_size, seed) {
        Some(out) if out.len() <= max_size && out.len() <= data.len() => {
            data[..out.len()].copy_from_slice(&out);
            out.len()
        }
        _ => fuzzer_mutate(data, size, max_size),
    }
});

/// Word XML worth splicing in: the constructs the reader gives meaning to, and hostile ones.
const SNIPPETS: &[&str] = &[
    "<w:p><w:r><w:t>Built Go services at 30k RPS</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>- x</w:t></w:r></w:p>",
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
    "<w:sectPr><w:cols w:num=\"2\" w:equalWidth=\"0\"><w:col w:w=\"100\"/><w:col w:w=\"9000\"/></w:cols></w:sectPr>",
    "<w:r><w:br w:type=\"column\"/></w:r>",
    "<w:r><w:br w:type=\"page\"/></w:r>",
    "<w:r><w:tab/><w:t xml:space=\"preserve\">  2020 – Present </w:t></w:r>",
    "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0B7\"/></w:r>",
    "<w:r><w:rPr><w:rFonts w:ascii=\"FontAwesome\" w:hAnsi=\"FontAwesome\"/></w:rPr><w:t>\u{f0e0}</w:t></w:r>",
    "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>jane@x.dev</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>jane@x.dev</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
    "<w:hyperlink r:id=\"rId99\"><w:r><w:t>github.com/jane</w:t></w:r></w:hyperlink>",
    "<w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del>",
    "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
    "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Heading1\"/></w:style>",
    "<w:font w:name=\"Symbol\"><w:charset w:val=\"02\"/></w:font>",
    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>",
    "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"../../word/document.xml\"/>",
    "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/word/styles.xml\" TargetMode=\"External\"/>",
    "<Pages>9999999999999999999</Pages>",
    "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>",
    "&b;&amp;&#x1F600;&#0;&#xD800;&lt;",
    "<a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a>",
    "</w:p></w:body>",
    "<w:t>\u{202e}\u{200b}\u{feff}😀漢</w:t>",
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
    " xmlns:x=\"urn:x\" xmlns:y=\"urn:y\"",
    "<![CDATA[ <w:t>not xml</w:t> ]]>",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
];

const MAX_ENTRY: u64 = 1 << 20;
const MAX_ENTRIES: usize = 64;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

struct Entry {
    name: String,
    data: Vec<u8>,
    stored: bool,
}

fn unzip(bytes: &[u8]) -> Option<Vec<Entry>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    if zip.len() > MAX_ENTRIES {
        return None;
    }
    let mut entries = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).ok()?;
        let name = file.name().to_string();
        let stored = file.compression() == zip::CompressionMethod::Stored;
        let mut data = Vec::new();
        (&mut file)
            .take(MAX_ENTRY + 1)
            .read_to_end(&mut data)
            .ok()?;
        if data.len() as u64 > MAX_ENTRY {
            return None;
        }
        entries.push(Entry { name, data, stored });
    }
    Some(entries)
}

fn rezip(entries: &[Entry]) -> Option<Vec<u8>> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for e in entries {
        let method = if e.stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        out.start_file(e.name.as_str(), options).ok()?;
        out.write_all(&e.data).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

/// Mostly the main document; sometimes any part.
fn pick(entries: &[Entry], rng: &mut Rng) -> usize {
    if rng.below(2) == 0 {
        if let Some(i) = entries.iter().position(|e| e.name == "word/document.xml") {
            return i;
        }
    }
    rng.below(entries.len())
}

fn mutate_zip(bytes: &[u8], max_size: usize, seed: u32) -> Option<Vec<u8>> {
    let mut entries = unzip(bytes)?;
    if entries.is_empty() {
        return None;
    }
    let mut rng = Rng(u64::from(seed) | 1 << 40);
    for _ in 0..=rng.below(3) {
        let i = pick(&entries, &mut rng);
        match rng.below(10) {
            // libFuzzer's byte mutations on the part's XML.
            0..=3 => {
                let data = &mut entries[i].data;
                let len = data.len();
                let cap = (len * 2 + 64).min(max_size * 8);
                data.resize(cap.max(len), 0);
                let new_len = fuzzer_mutate(data, len, cap.max(len));
                data.truncate(new_len);
            }
            // A Word XML snippet at a tag boundary (or anywhere).
            4..=6 => {
                let snippet = SNIPPETS[rng.below(SNIPPETS.len())].as_bytes();
                let data = &mut entries[i].data;
                let tags: Vec<usize> = data
                    .iter()
                    .enumerate()
                    .filter(|(_, &b)| b == b'<')
                    .map(|(at, _)| at)
                    .collect();
                let at = if tags.is_empty() || rng.below(4) == 0 {
                    rng.below(data.len() + 1)
                } else {
                    tags[rng.below(tags.len())]
                };
                let times = if rng.below(8) == 0 {
                    1 + rng.below(64)
                } else {
                    1
                };
                for _ in 0..times {
                    data.splice(at..at, snippet.iter().copied());
                }
            }
            // Rename: to another entry's name (duplicates), or a mutated name.
            7 => {
                let j = rng.below(entries.len());
                let mut name = entries[j].name.clone().into_bytes();
                if rng.below(2) == 0 {
                    let len = name.len();
                    name.resize(len + 8, b'x');
                    let n = fuzzer_mutate(&mut name, len, len + 8);
                    name.truncate(n);
                }
                entries[i].name = String::from_utf8_lossy(&name).into_owned();
            }
            // Drop or duplicate an entry.
            8 => {
                if rng.below(2) == 0 && entries.len() > 1 {
                    entries.remove(i);
                } else {
                    let copy = Entry {
                        name: format!("{}{}", entries[i].name, rng.below(3)),
                        data: entries[i].data.clone(),
                        stored: entries[i].stored,
                    };
                    entries.push(copy);
                }
            }
            // Swap two parts' contents, or flip compression.
            _ => {
                let j = rng.below(entries.len());
                if rng.below(2) == 0 && i != j {
                    let tmp = std::mem::take(&mut entries[i].data);
                    entries[i].data = std::mem::replace(&mut entries[j].data, tmp);
                } else {
                    entries[i].stored = !entries[i].stored;
                }
            }
        }
    }
    rezip(&entries)
}
