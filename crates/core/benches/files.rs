//! File resumes, natively: reading each DOCX fixture (`resume_docx::read`) and laying out each
//! PDF fixture's text items (`resume_pdf::from_json`, the JSON PDF.js gives the page), then
//! the full analysis with the layout facts, as the page does after a drop.
//!
//! `cargo bench -p resume-analyzer --bench files`. The hostile DOCX fixtures (zip bombs,
//! 10,000 entries, entity and nesting bombs) are timed to the moment they are refused: a
//! refusal must be as quick as a read.
// Not library code: a panic fails the run, and it runs natively. The no-panic lints
// (`[workspace.lints]`) and the sort convention (clippy.toml) are for the library.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use resume_analyzer::Options;
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn fixtures(folder: &str, suffix: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(folder);
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter_map(|p| {
                    let name = p.file_name()?.to_str()?.strip_suffix(suffix)?.to_string();
                    Some((name, p))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn docx(c: &mut Criterion) {
    let mut group = c.benchmark_group("docx");
    for (name, path) in fixtures("docx", ".docx") {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("read", &name), &bytes, |b, bytes| {
            b.iter(|| resume_docx::read(black_box(bytes)).is_ok())
        });
        // The whole drop: read, then analyze the text with the file's layout facts.
        if resume_docx::read(&bytes)
            .ok()
            .is_some_and(|d| !d.text.trim().is_empty())
        {
            group.bench_with_input(
                BenchmarkId::new("read+analyze", &name),
                &bytes,
                |b, bytes| {
                    b.iter(|| {
                        let Ok(doc) = resume_docx::read(black_box(bytes)) else {
                            return 0;
                        };
                        resume_analyzer::analyze_with_layout(
                            &doc.text,
                            &Options::default(),
                            &doc.layout,
                        )
                        .map_or(0, |r| r.findings.len())
                    })
                },
            );
        }
    }
    group.finish();
}

fn pdf(c: &mut Criterion) {
    let mut group = c.benchmark_group("pdf");
    for (name, path) in fixtures("pdf", ".items.json") {
        let Ok(json) = std::fs::read_to_string(&path) else {
            continue;
        };
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_with_input(BenchmarkId::new("layout", &name), &json, |b, json| {
            b.iter(|| resume_pdf::from_json(black_box(json)).is_ok())
        });
        if resume_pdf::from_json(&json)
            .ok()
            .is_some_and(|d| !d.text.trim().is_empty())
        {
            group.bench_with_input(
                BenchmarkId::new("layout+analyze", &name),
                &json,
                |b, json| {
                    b.iter(|| {
                        let Ok(doc) = resume_pdf::from_json(black_box(json)) else {
                            return 0;
                        };
                        resume_analyzer::analyze_with_layout(
                            &doc.text,
                            &Options::default(),
                            &doc.layout,
                        )
                        .map_or(0, |r| r.findings.len())
                    })
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, docx, pdf);
criterion_main!(benches);
