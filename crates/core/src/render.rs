//! Renderings of a [`Report`] shared by the CLI and the page, so both export the same bytes.

use crate::finding::Finding;
use crate::report::Report;
use alloc::format;
use alloc::string::String;
use core::fmt::Write;

mod json_writer;

pub use json_writer::{to_json, Error as JsonError};

/// The report as pretty JSON with a trailing newline: the CLI's `--format json` and the
/// page's JSON export (byte-identical for the same input and options).
pub fn json(report: &Report) -> String {
    let mut out = to_json(report, true).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

/// The "ATS view": the analyzed text in the order a parser reads it, with `⟦…⟧` marks where
/// columns were interleaved or reading order was guessed, and notes on what would be lost.
pub fn ats_view(report: &Report, text: &str) -> String {
    let mut out = String::new();
    for note in &report.ats.notes {
        let _ = writeln!(out, "⚠ {note}");
    }
    if !report.ats.notes.is_empty() {
        out.push('\n');
    }
    let mut at = 0;
    for b in &report.ats.breaks {
        let (start, end) = (b.span.start.max(at), b.span.end);
        if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or(""));
        out.push_str("⟦reading order guessed: ");
        out.push_str(text.get(start..end).unwrap_or(""));
        out.push('⟧');
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// 1-based line and column (in characters) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = floor_char_boundary(text, at.min(text.len()));
    let before = text.get(..at).unwrap_or("");
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).unwrap_or("").chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The words a finding points at, shortened for one line of a report.
pub fn excerpt(text: &str, finding: &Finding, max_chars: usize) -> Option<String> {
    let span = finding.span?;
    let words = span
        .slice(text)
        .split_whitespace()
        .collect::<alloc::vec::Vec<_>>()
        .join(" ");
    if words.is_empty() {
        return None;
    }
    if words.chars().count() <= max_chars {
        return Some(words);
    }
    let cut: String = words.chars().take(max_chars.saturating_sub(1)).collect();
    Some(format!("{}…", cut.trim_end()))
}

/// The report as Markdown (the CLI's `--format markdown` and the page's Markdown export).
pub fn markdown(report: &Report, text: &str) -> String {
    let mut md = String::new();
    let _ = writeln!(
        md,
        "# Resume report: {}/100 ({})\n\n{}\n",
        report.score.overall, report.score.band.label, report.score.band.meaning
    );
    let _ = writeln!(
        md,
        "Target level: **{}**{}. Analyzer {} (report schema {}).\n",
        report.input.level.as_str(),
        if report.input.level_inferred {
            " (inferred from the dated roles)"
        } else {
            ""
        },
        report.analyzer,
        report.schema
    );
    md.push_str("| Part | Score | Weight | Points lost |\n|---|---:|---:|---:|\n");
    for part in &report.score.parts {
        let _ = writeln!(
            md,
            "| {} | {} | {}% | {} |",
            part.category.as_str(),
            part.score,
            part.weight,
            part.lost
        );
    }
    write_bands(&mut md, report);
    write_top_fixes(&mut md, report);
    write_findings(&mut md, report, text);
    write_bullets(&mut md, report, text);
    write_keywords(&mut md, report);
    write_rules(&mut md, report);
    md
}

fn write_bands(md: &mut String, report: &Report) {
    let bands: alloc::vec::Vec<String> = report
        .score
        .bands
        .iter()
        .map(|b| format!("{} {}–{}", b.label, b.min, b.max))
        .collect();
    let _ = writeln!(md, "\nBands: {}.", bands.join(" · "));
}

fn write_top_fixes(md: &mut String, report: &Report) {
    if report.top_fixes.is_empty() {
        return;
    }
    md.push_str("\n## Top fixes\n\n");
    for (n, group) in report
        .top_fixes
        .iter()
        .filter_map(|&i| report.groups.get(i))
        .enumerate()
    {
        let _ = writeln!(
            md,
            "{}. **{}** (+{} point{}): {}",
            n + 1,
            escape(&group.message),
            group.points,
            if group.points == 1 { "" } else { "s" },
            escape(&group.fix)
        );
    }
}

/// One section per rule that fired (most points first), its instances under it.
fn write_findings(md: &mut String, report: &Report, text: &str) {
    let _ = writeln!(
        md,
        "\n## Findings ({} in {} group{})\n",
        report.findings.len(),
        report.groups.len(),
        if report.groups.len() == 1 { "" } else { "s" }
    );
    for group in &report.groups {
        let _ = writeln!(
            md,
            "### {}\n\n{} · {} · {} · +{} if fixed\n",
            escape(&group.message),
            group.rule,
            group.severity.as_str(),
            group.category.as_str(),
            group.points
        );
        if !group.fix.is_empty() {
            let _ = writeln!(md, "Fix: {}\n", escape(&group.fix));
        }
        if group.count > 1 || group.findings.iter().any(|&i| has_place(report, i)) {
            for f in group
                .findings
                .iter()
                .filter_map(|&i| report.findings.get(i))
            {
                write_instance(md, f, text, group.count > 1);
            }
            md.push('\n');
        }
    }
}

fn has_place(report: &Report, finding: usize) -> bool {
    report
        .findings
        .get(finding)
        .is_some_and(|f| f.span.is_some())
}

/// One finding of a group: its line, its own message when the group's is a summary, and
/// the words it points at.
fn write_instance(md: &mut String, f: &Finding, text: &str, own_message: bool) {
    let place = f
        .span
        .map(|s| format!("line {}", line_col(text, s.start).0))
        .unwrap_or_else(|| String::from("whole resume"));
    if own_message {
        let _ = writeln!(md, "- {}: {}", place, escape(&f.message));
    } else {
        let _ = writeln!(md, "- {place}");
    }
    if let Some(words) = excerpt(text, f, 100) {
        let _ = writeln!(md, "  > {}", escape(&words));
    }
}

fn write_bullets(md: &mut String, report: &Report, text: &str) {
    if report.bullets.is_empty() {
        return;
    }
    md.push_str("## Bullets\n\n| Grade | Score | Bullet | Findings |\n|---|---:|---|---|\n");
    // Lines that are not achievement bullets (skills, stack lines, Education) are not graded
    // and not listed.
    for (b, grade) in report
        .bullets
        .iter()
        .filter_map(|b| b.grade.map(|g| (b, g)))
    {
        let words: String = b
            .span
            .slice(text)
            .split_whitespace()
            .collect::<alloc::vec::Vec<_>>()
            .join(" ");
        let short: String = words.chars().take(90).collect();
        let ellipsis = if words.chars().count() > 90 {
            "…"
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "| {:?} | {} | {}{} | {} |",
            grade,
            b.score,
            escape(&short).replace('|', "\\|"),
            ellipsis,
            b.rules.join(", ")
        );
    }
    let hints: alloc::vec::Vec<&String> = report
        .bullets
        .iter()
        .filter_map(|b| b.hint.as_ref())
        .collect();
    if !hints.is_empty() {
        md.push_str("\n### Rewrite hints\n\n");
        for hint in hints {
            let _ = writeln!(md, "- {}", escape(hint));
        }
    }
    md.push('\n');
}

fn write_keywords(md: &mut String, report: &Report) {
    let k = &report.keywords;
    let _ = writeln!(
        md,
        "## Keywords\n\nDistinct Tier-1 terms: **{}**.\n\n| Class | Distinct | Occurrences | Terms |\n|---|---:|---:|---|",
        k.tier1_distinct
    );
    for c in &k.classes {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            c.label,
            c.distinct,
            c.occurrences,
            escape(&c.terms.join(", "))
        );
    }
    md.push('\n');
    if !k.suggestions.is_empty() {
        md.push_str("### Keywords to add\n\n");
        for s in &k.suggestions {
            let places: alloc::vec::Vec<&str> = s.placement.iter().map(|p| p.as_str()).collect();
            let _ = writeln!(
                md,
                "- **{}** ({}; add to {}): {}",
                escape(s.term),
                s.class_label,
                places.join(", "),
                escape(s.phrasing)
            );
        }
        md.push('\n');
    }
    if let Some(m) = &report.job_match {
        let _ = writeln!(
            md,
            "## Job description match\n\nMatch rate: **{}%** ({} of {} terms).\n",
            m.rate, m.matched_count, m.total
        );
        if !m.missing.is_empty() {
            let missing: alloc::vec::Vec<String> =
                m.missing.iter().map(|t| escape(&t.term)).collect();
            let _ = writeln!(md, "- Missing: {}", missing.join(", "));
        }
        for mirror in &m.spelling {
            let _ = writeln!(
                md,
                "- Spelling: the JD says \"{}\", the resume says \"{}\"",
                escape(&mirror.jd),
                escape(&mirror.resume)
            );
        }
        md.push('\n');
    }
}

fn write_rules(md: &mut String, report: &Report) {
    if report.rules.is_empty() {
        return;
    }
    md.push_str("## Why these rules\n\n");
    for r in &report.rules {
        let _ = writeln!(
            md,
            "- **{} {}** ({}; source: {}): {}",
            r.id,
            r.name,
            r.severity.as_str(),
            r.source,
            escape(r.explanation)
        );
    }
}

/// Keep user text from turning into Markdown/HTML structure.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '<' | '>' | '*' | '_' | '`' | '[' | ']' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nc😀d";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 8), (2, 3));
        assert_eq!(line_col(text, 99), (2, 4));
    }

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(escape("<img> *x*"), "\\<img\\> \\*x\\*");
    }
}
