//! `resume-analyzer`: the native CLI on the same core as the page.
//!
//! File in, report out (text, JSON, Markdown); the exit code says whether the score met
//! `--min-score`, so people who keep their resume in git can lint it in CI.

mod args;
mod clock;
mod input;
mod text_report;

use args::{Args, OutputFormat};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Exit codes: 0 = report written (and score ≥ `--min-score`), 1 = score under `--min-score`,
/// 2 = bad input or usage (one-line error on stderr).
const EXIT_BELOW_MIN: u8 = 1;
const EXIT_BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("resume-analyzer: {}", text_report::one_line(&message));
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let args = Args::parse(std::env::args().skip(1))?;
    if args.help {
        print!("{}", args::USAGE);
        return Ok(ExitCode::SUCCESS);
    }
    if args.version {
        println!("resume-analyzer {}", env!("CARGO_PKG_VERSION"));
        return Ok(ExitCode::SUCCESS);
    }
    if args.rules {
        print!(
            "{}",
            text_report::rules_list(&resume_analyzer::rules::all_meta())
        );
        return Ok(ExitCode::SUCCESS);
    }
    let path = args
        .file
        .as_deref()
        .ok_or("no resume file given (see --help)")?;
    let resume = input::read_resume(path)?;
    let mut options = resume_analyzer::Options {
        level: args.level,
        format: resume.format,
        today: Some(args.today.unwrap_or_else(clock::this_month)),
        ..Default::default()
    };
    if let Some(jd_path) = args.jd.as_deref() {
        options.job_description = Some(input::read_text(jd_path, "job description")?);
    }
    let report = resume_analyzer::analyze_with_layout(&resume.text, &options, &resume.layout)
        .map_err(|e| format!("{path}: {e}"))?;
    let analyzed = report.text.as_deref().unwrap_or(&resume.text);
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let out = match args.format {
        // Resume text goes to a terminal: its control characters as U+FFFD, never obeyed.
        _ if args.ats_view => {
            text_report::terminal_safe(&resume_analyzer::render::ats_view(&report, analyzed), false)
        }
        // JSON escapes control characters itself.
        OutputFormat::Json => resume_analyzer::render::json(&report),
        OutputFormat::Markdown => {
            text_report::terminal_safe(&resume_analyzer::render::markdown(&report, analyzed), false)
        }
        OutputFormat::Text => {
            // The file name heads the report and every finding: one line, whatever it holds.
            let shown = text_report::one_line(path);
            text_report::terminal_safe(
                &text_report::render(&report, analyzed, &shown, color),
                color,
            )
        }
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    match args.min_score {
        Some(min) if report.score.overall < min => Ok(ExitCode::from(EXIT_BELOW_MIN)),
        _ => Ok(ExitCode::SUCCESS),
    }
}
