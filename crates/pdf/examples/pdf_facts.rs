//! Print what the PDF reader makes of a file: the ATS-view text and the layout facts, as JSON.
//!
//! ```text
//! cargo run -p resume-pdf --example pdf_facts -- resume.items.json
//! cargo run -p resume-pdf --features native --example pdf_facts -- resume.pdf
//! ```
//! A `.json` file is read as PDF.js items (`tools/pdf/pdf-items.mjs`); anything else as PDF
//! bytes (needs the `native` feature).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_facts FILE.items.json | FILE.pdf");
        std::process::exit(64);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(66);
        }
    };
    let result = if path.ends_with(".json") {
        resume_pdf::from_json(&String::from_utf8_lossy(&bytes))
    } else {
        read_pdf(&bytes)
    };
    match result {
        Ok(resume) => match serde_json::to_string_pretty(&resume) {
            Ok(json) => println!("{json}"),
            Err(e) => eprintln!("{e}"),
        },
        Err(e) => {
            eprintln!("{path}: {} ({})", e.message, e.kind.as_str());
            std::process::exit(1);
        }
    }
}

#[cfg(feature = "native")]
fn read_pdf(bytes: &[u8]) -> Result<resume_pdf::PdfResume, resume_pdf::PdfError> {
    resume_pdf::read_pdf_bytes(bytes)
}

#[cfg(not(feature = "native"))]
fn read_pdf(_: &[u8]) -> Result<resume_pdf::PdfResume, resume_pdf::PdfError> {
    Err(resume_pdf::PdfError::new(
        resume_pdf::PdfErrorKind::NotPdf,
        "built without the `native` feature: pass the PDF.js items JSON \
         (node tools/pdf/pdf-items.mjs resume.pdf > resume.items.json)",
    ))
}
