//! `analyze()` timed with criterion: the sample resumes, the size series (1 KB to 10 MB, with
//! throughput so criterion prints MB/s), the pathological inputs, the refusals, and the
//! pipeline's stages on the two-page resume.
//!
//! `cargo bench -p resume-analyzer --bench analyze` (add `-- resume/` to run one group).
//! The growth exponent of the series is printed by the `scaling` bench. Points past the
//! product's input limits (2 MB or 10,000 lines) go through `common::analyze_unbounded`,
//! since `analyze` refuses them by design (the `refusal` group times that).
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
use resume_analyzer::jd::JobDescription;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{Document, InputFormat, Options};
use std::hint::black_box;
use std::time::Duration;

/// The three resume cases, end to end through the public `analyze`.
fn resumes(c: &mut Criterion) {
    let mut group = c.benchmark_group("resume");
    for (name, text, options) in common::resume_cases() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| common::analyze_any(black_box(text), black_box(&options)))
        });
    }
    group.bench_function("latex-jakes", |b| {
        b.iter(|| common::analyze_any(black_box(common::LATEX), &Options::default()))
    });
    group.finish();
}

/// Resume-like text from 1 KB to 10 MB.
fn size_series(c: &mut Criterion) {
    let mut group = c.benchmark_group("size");
    for &size in common::SIZES {
        let text = common::resume_like(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1 << 20 {
            // Each run is tens to hundreds of milliseconds: ten samples are plenty.
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(8));
        }
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| common::analyze_any(black_box(text), &Options::default()))
        });
    }
    group.finish();
}

/// The pathological shapes at 1 MB (one of them, one 1 MB line; short bullets past the
/// 10,000-line limit go through the unbounded pipeline).
fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for kind in common::PATHOLOGICAL {
        let text = common::pathological(kind, 1 << 20);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new(*kind, "1MB"), &text, |b, text| {
            b.iter(|| common::analyze_any(black_box(text), &Options::default()))
        });
    }
    group.finish();
}

/// What the product does with input past its limits: refuse it, with a message. Timed to the
/// refusal (10 MB of text, 100,000 bullets, a 1 MB job description).
fn refusal(c: &mut Criterion) {
    let mut group = c.benchmark_group("refusal");
    let big = common::resume_like(10 << 20);
    let bullets = common::pathological("short-bullets", 1_800_000);
    let mut jd = String::new();
    while jd.len() < 1 << 20 {
        jd.push_str(common::JD);
    }
    let with_jd = Options {
        job_description: Some(jd),
        ..Options::default()
    };
    for (name, text, options) in [
        ("10MB-text", big.as_str(), Options::default()),
        ("100k-bullets", bullets.as_str(), Options::default()),
        ("1MB-jd", common::TWO_PAGE, with_jd),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| resume_analyzer::analyze(black_box(text), &options).is_err())
        });
    }
    group.finish();
}

/// The pipeline's stages on the two-page resume with the JD: where the time goes.
fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage");
    let text = common::TWO_PAGE;
    let options = Options {
        job_description: Some(common::JD.into()),
        ..Options::default()
    };
    let layout = LayoutFacts::default();
    group.bench_function("input-read", |b| {
        b.iter(|| resume_analyzer::input::read(black_box(text), InputFormat::Auto))
    });
    let Ok(source) = resume_analyzer::input::read(text, InputFormat::Auto) else {
        panic!("the two-page resume is refused");
    };
    group.bench_function("tokenize", |b| {
        b.iter(|| resume_analyzer::text::tokenize(black_box(text)))
    });
    group.bench_function("document", |b| {
        b.iter(|| Document::build(black_box(&source), &options, &layout))
    });
    let doc = Document::build(&source, &options, &layout);
    group.bench_function("jd-parse", |b| {
        b.iter(|| JobDescription::parse(black_box(common::JD)))
    });
    let jd = JobDescription::parse(common::JD);
    group.bench_function("analysis", |b| {
        b.iter(|| resume_analyzer::analysis::run(black_box(&doc), Some(&jd)))
    });
    let analysis = resume_analyzer::analysis::run(&doc, Some(&jd));
    group.bench_function("report", |b| {
        b.iter(|| {
            resume_analyzer::report::build(&doc, &source, black_box(analysis.clone()), Some(&jd))
        })
    });
    let Ok(report) = resume_analyzer::analyze(text, &options) else {
        panic!("the two-page resume is refused");
    };
    group.bench_function("render-json", |b| {
        b.iter(|| resume_analyzer::render::json(black_box(&report)))
    });
    group.finish();
}

criterion_group!(benches, resumes, size_series, pathological, refusal, stages);
criterion_main!(benches);
