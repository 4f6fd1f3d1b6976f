//! Reading the resume file: bytes → text, with a clear one-line error for what we cannot read.

use resume_analyzer::input::{sniff_file, FileKind};
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::InputFormat;
use std::io::Read;
use std::path::Path;

/// Files larger than this are refused before reading them whole.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

pub struct Resume {
    pub text: String,
    pub format: InputFormat,
    pub layout: LayoutFacts,
}

/// Read a resume file (or stdin for `-`) and pick its format from the extension.
pub fn read_resume(path: &str) -> Result<Resume, String> {
    let bytes = read_bytes(path)?;
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let format = match ext.as_str() {
        "json" => InputFormat::JsonResume,
        "tex" => InputFormat::Latex,
        "yaml" | "yml" => InputFormat::Yaml,
        _ => InputFormat::Auto,
    };
    // The content decides where it is clear (a PDF named .txt is a PDF), the extension
    // otherwise: the same choice the page makes, from the same sniffer.
    let kind = sniff_file(&bytes);
    if kind == FileKind::Image {
        return Err(format!(
            "{path}: an image, not a resume text: an ATS cannot read images either; use a text-based file"
        ));
    }
    let pdf = kind == FileKind::Pdf || (kind == FileKind::Unknown && ext == "pdf");
    if pdf {
        let pdf = resume_pdf::read_pdf_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
        return Ok(Resume {
            text: pdf.text,
            format: InputFormat::Text,
            layout: pdf.layout,
        });
    }
    // An OLE file is an old .doc or an encrypted .docx: the DOCX reader says which.
    let docx =
        matches!(kind, FileKind::Zip | FileKind::Ole) || matches!(ext.as_str(), "docx" | "doc");
    if docx {
        let docx = resume_docx::read(&bytes).map_err(|e| format!("{path}: {e}"))?;
        return Ok(Resume {
            text: docx.text,
            format: InputFormat::Text,
            layout: docx.layout,
        });
    }
    let text = decode_text(&bytes).map_err(|e| format!("{path}: {e}"))?;
    Ok(Resume {
        text,
        format,
        layout: LayoutFacts::default(),
    })
}

/// Read a UTF-8 text file (the job description).
pub fn read_text(path: &str, what: &str) -> Result<String, String> {
    let bytes = read_bytes(path)?;
    decode_text(&bytes).map_err(|e| format!("{path} ({what}): {e}"))
}

fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("{path}: {}", io_message(&e)))?;
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(format!("{path}: is a directory, not a resume file"));
        }
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{path}: {}", io_message(&e)))?;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "{path}: larger than {} MB; a resume is a few KB",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn decode_text(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("UTF-16 text: save the file as UTF-8".into());
    }
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes): not a text resume".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "not valid UTF-8 text (bad byte at offset {}): save the file as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_binary_and_non_utf8() {
        assert!(decode_text(b"a\0b").unwrap_err().contains("binary"));
        assert!(decode_text(&[b'a', 0xC3, 0x28])
            .unwrap_err()
            .contains("UTF-8"));
        assert_eq!(decode_text(b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }

    /// `read_resume` on a temporary file named `name` holding `bytes`.
    fn read_as(name: &str, bytes: &[u8]) -> Result<Resume, String> {
        let dir = std::env::temp_dir().join(format!("ra-cli-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        read_resume(path.to_str().unwrap())
    }

    #[test]
    fn the_content_decides_then_the_extension() {
        let err = |r: Result<Resume, String>| r.err().unwrap_or_default();
        assert!(err(read_as("photo.txt", b"\x89PNG\r\n")).contains("an image"));
        // Not a PDF or a zip by content: the extension picks the reader, whose message speaks.
        assert!(err(read_as("resume.doc", b"plain words")).contains(".docx"));
        assert!(err(read_as("resume.txt", b"PK\x05\x06")).contains(".docx"));
        let text = read_as("resume.md", b"# Jane\n- Built things\n").unwrap();
        assert_eq!(text.format, InputFormat::Auto);
    }
}
