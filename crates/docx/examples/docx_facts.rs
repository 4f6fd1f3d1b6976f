//! Print what the reader makes of `.docx` files: the text, the layout facts as JSON, and how
//! long reading took (or the error). For checking a real resume or a new fixture:
//!
//! ```sh
//! cargo run --release -p resume-docx --example docx_facts -- tests/fixtures/docx/*.docx
//! ```

use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let started = Instant::now();
        let result = resume_docx::read(&bytes);
        let took = started.elapsed();
        println!("===== {path} ({} bytes, read in {took:?})", bytes.len());
        match result {
            Ok(resume) => {
                print!("{}", resume.text);
                let facts = serde_json::to_string_pretty(&resume.layout).unwrap_or_default();
                println!("----- layout\n{facts}");
            }
            Err(error) => println!("error {}: {}", error.kind.as_str(), error.message),
        }
    }
}
