//! Growth of `analyze()` with input size: the series and the growth exponent.
//!
//! `cargo bench -p resume-analyzer --bench scaling` times each series (resume-like text from
//! 1 KB to 10 MB, a job description growing to 2 MB, and the pathological shapes) and prints,
//! per point, the median time and MB/s, then per series the growth exponent: the least-squares
//! slope of log(time) against log(size). 1.0 is linear; a quadratic step anywhere pulls it
//! towards 2. Options after `--`:
//!
//! - `--instructions`: count instructions instead of timing, by re-running this binary under
//!   `valgrind --tool=callgrind` once per point and counting only inside [`measured`]. Counts
//!   are repeatable to a few parts per million whatever else the machine is doing, so the
//!   exponent from them is the one to trust on a loaded machine (slower: ~10 minutes).
//! - `--quick`: fewer runs per point (for a smoke test).
//! - a series name (`samples`, `resume-like`, `jd-length`, `one-line`, …): run only that
//!   series (`samples` = the three sample resumes, always printed first otherwise).
//! - `--one SERIES SIZE` (or `--one two-page+jd 0`, any sample resume's name): analyze that one
//!   input once and exit; what `--instructions` runs under callgrind, and a handy target for
//!   `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*scaling*measured*'`
//!   when profiling by hand (`callgrind_annotate` then shows where the instructions go).
//!
//! Nothing here asserts on time: this prints figures; BENCHMARKS.md records them.
//! Past the product's input limits (2 MB or 10,000 lines of text, a 128 KB job description)
//! `analyze` refuses input, so those points go through `common::analyze_unbounded` (see its
//! doc comment).
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

use resume_analyzer::Options;
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

/// Sizes of the pathological series: 128 KB to 2 MB (the product's limit), ×4 steps.
const PATHOLOGICAL_SIZES: &[usize] = &[128 << 10, 512 << 10, 2_000_000];
/// Sizes of the growing job description (past 128 KB the product refuses it; those points
/// go through the unbounded pipeline).
const JD_SIZES: &[usize] = &[4 << 10, 32 << 10, 256 << 10, 2_000_000];

/// One point of a series: the resume text and the options (the JD rides in the options).
struct Point {
    bytes: usize,
    text: String,
    options: Options,
}

fn series_names() -> Vec<&'static str> {
    let mut names = vec!["resume-like", "jd-length"];
    names.extend_from_slice(common::PATHOLOGICAL);
    names
}

fn sizes(series: &str) -> &'static [usize] {
    match series {
        "resume-like" => common::SIZES,
        "jd-length" => JD_SIZES,
        _ => PATHOLOGICAL_SIZES,
    }
}

fn point(series: &str, size: usize) -> Point {
    // The sample resumes by name (size ignored), for profiling one of them under callgrind:
    // `scaling --one two-page+jd 0`.
    if let Some((_, text, options)) = common::resume_cases()
        .into_iter()
        .find(|(name, _, _)| *name == series)
    {
        return Point {
            bytes: text.len(),
            text: text.into(),
            options,
        };
    }
    match series {
        "resume-like" => {
            let text = common::resume_like(size);
            Point {
                bytes: text.len(),
                text,
                options: Options::default(),
            }
        }
        "jd-length" => {
            let mut jd = String::with_capacity(size + 2048);
            while jd.len() < size {
                jd.push_str(common::JD);
                jd.push('\n');
            }
            Point {
                bytes: jd.len(),
                text: common::TWO_PAGE.into(),
                options: Options {
                    job_description: Some(jd),
                    ..Options::default()
                },
            }
        }
        kind => {
            let text = common::pathological(kind, size);
            Point {
                bytes: text.len(),
                text,
                options: Options::default(),
            }
        }
    }
}

/// The measured work: one full analysis. Not inlined, so callgrind can count inside it alone
/// (`--toggle-collect`).
#[inline(never)]
fn measured(point: &Point) -> usize {
    let report = common::analyze_any(black_box(&point.text), black_box(&point.options));
    black_box(report.findings.len())
}

/// Median wall time of `measured` over enough runs to fill about `budget` (at least 5 runs,
/// at most 201), after one warm-up run.
fn median_time(point: &Point, budget: Duration) -> (Duration, usize) {
    let start = Instant::now();
    measured(point);
    let once = start.elapsed().max(Duration::from_nanos(1));
    let runs = ((budget.as_secs_f64() / once.as_secs_f64()) as usize).clamp(5, 201);
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            measured(point);
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], runs)
}

/// Instructions executed inside [`measured`] for one point, counted by callgrind running this
/// binary with `--one SERIES SIZE`.
fn instructions(series: &str, size: usize) -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let output = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            "--collect-atstart=no",
            "--toggle-collect=*scaling*measured*",
        ])
        .arg(exe)
        .args(["--one", series, &size.to_string()])
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr.lines().find(|l| l.contains("Collected :"))?;
    line.rsplit(':').next()?.trim().parse().ok()
}

fn human(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.2} MB", bytes as f64 / (1 << 20) as f64)
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--one") {
        // Child mode under callgrind: build the point (not counted), analyze it once.
        let series = args
            .get(at + 1)
            .map(String::as_str)
            .unwrap_or("resume-like");
        let size = args
            .get(at + 2)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1024);
        let p = point(series, size);
        measured(&p);
        return;
    }
    if args.is_empty() {
        // Run as a test (`cargo test --all-targets` passes no arguments; `cargo bench` passes
        // `--bench`): analyze the smallest point of each series once, as a smoke test.
        for series in series_names() {
            if let Some(&size) = sizes(series).first() {
                measured(&point(series, size));
            }
        }
        println!("scaling: smoke run ok (run it with `cargo bench` for figures)");
        return;
    }
    let count = args.iter().any(|a| a == "--instructions");
    let quick = args.iter().any(|a| a == "--quick");
    let only: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| series_names().contains(a) || *a == "samples")
        .collect();
    let budget = Duration::from_millis(if quick { 100 } else { 1500 });

    if count {
        println!("growth by instruction count (callgrind, inside analyze only)\n");
        println!(
            "{:<14} {:>10} {:>16} {:>10}",
            "series", "size", "instructions", "instr/B"
        );
    } else {
        println!("growth by wall time (median of the runs shown)\n");
        println!(
            "{:<14} {:>10} {:>12} {:>10} {:>6}",
            "series", "size", "median", "MB/s", "runs"
        );
    }
    // The sample resumes first (no exponent: they are not a size series).
    if only.is_empty() || only.contains(&"samples") {
        for (name, _, _) in common::resume_cases() {
            let p = point(name, 0);
            if count {
                let Some(n) = instructions(name, 0) else {
                    eprintln!("valgrind did not report a count (is valgrind installed?)");
                    return;
                };
                println!(
                    "{:<14} {:>10} {:>16} {:>10.1}",
                    name,
                    human(p.bytes),
                    n,
                    n as f64 / p.bytes as f64
                );
            } else {
                let (median, runs) = median_time(&p, budget);
                let mbs = p.bytes as f64 / (1 << 20) as f64 / median.as_secs_f64();
                println!(
                    "{:<14} {:>10} {:>12.3?} {:>10.1} {:>6}",
                    name,
                    human(p.bytes),
                    median,
                    mbs,
                    runs
                );
            }
        }
        println!();
    }
    let mut summary = Vec::new();
    for series in series_names() {
        if !only.is_empty() && !only.contains(&series) {
            continue;
        }
        let mut points = Vec::new();
        for &size in sizes(series) {
            let p = point(series, size);
            if count {
                let Some(n) = instructions(series, size) else {
                    eprintln!("valgrind did not report a count (is valgrind installed?)");
                    return;
                };
                println!(
                    "{:<14} {:>10} {:>16} {:>10.1}",
                    series,
                    human(p.bytes),
                    n,
                    n as f64 / p.bytes as f64
                );
                points.push((p.bytes as f64, n as f64));
            } else {
                let (median, runs) = median_time(&p, budget);
                let mbs = p.bytes as f64 / (1 << 20) as f64 / median.as_secs_f64();
                println!(
                    "{:<14} {:>10} {:>12.3?} {:>10.1} {:>6}",
                    series,
                    human(p.bytes),
                    median,
                    mbs,
                    runs
                );
                points.push((p.bytes as f64, median.as_secs_f64()));
            }
        }
        // The exponent over the points at or above 16 KB: below that, fixed per-call costs
        // (the rule registry, the report's tables) dominate and flatten the slope.
        let big: Vec<(f64, f64)> = points.iter().copied().filter(|p| p.0 >= 16384.0).collect();
        summary.push((series, common::growth_exponent(&big), big.len()));
        println!();
    }
    println!("growth exponent (log-log slope over the points >= 16 KB; 1.0 = linear)");
    for (series, k, n) in summary {
        println!("  {series:<14} {k:.3}  ({n} points)");
    }
}
