//! The human-readable text report (colours on a TTY, none when piped).

use resume_analyzer::finding::{RuleMeta, Severity};
use resume_analyzer::render::{excerpt, line_col};
use resume_analyzer::Report;
use std::fmt::Write;

/// ANSI styling that disappears when `on` is false.
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn severity(&self, sev: Severity) -> String {
        let code = match sev {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.wrap(code, sev.as_str())
    }
    fn score(&self, score: u32) -> String {
        let code = match score {
            80.. => "1;32",
            60..=79 => "1;33",
            _ => "1;31",
        };
        self.wrap(code, &score.to_string())
    }
}

/// Render the report for a terminal. `text` is the analyzed text (spans index it).
pub fn render(report: &Report, text: &str, path: &str, color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let level_note = if report.input.level_inferred {
        " (inferred)"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "{}  score {}/100 ({})  ·  level {}{}  ·  {} words, ~{} page(s)",
        p.bold(path),
        p.score(report.score.overall),
        report.score.band.label,
        report.input.level.as_str(),
        level_note,
        report.input.words,
        report.input.pages
    );
    let _ = writeln!(out, "  {}", p.dim(&report.score.band.meaning));
    let parts: Vec<String> = report
        .score
        .parts
        .iter()
        .map(|part| {
            format!(
                "{} {} (−{})",
                part.category.as_str(),
                p.score(part.score),
                part.lost
            )
        })
        .collect();
    let _ = writeln!(out, "  {}\n", parts.join("   "));

    write_top_fixes(&mut out, report, &p);
    write_groups(&mut out, report, text, path, &p);

    let weak: Vec<_> = report.bullets.iter().filter(|b| b.hint.is_some()).collect();
    if !weak.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("Rewrite hints"));
        for b in weak {
            let (line, _) = line_col(text, b.span.start);
            let _ = writeln!(
                out,
                "  line {line} [{}] {}",
                b.grade.map_or("-", |g| g.as_str()),
                b.hint.as_deref().unwrap_or("")
            );
        }
    }

    let k = &report.keywords;
    let _ = writeln!(
        out,
        "\n{} ({} distinct Tier-1 terms; target for {}: {}–{})",
        p.bold("Signal classes"),
        k.tier1_distinct,
        report.input.level.as_str(),
        k.tier1_target.target.min,
        k.tier1_target.target.max
    );
    let _ = writeln!(
        out,
        "  {:<22} {:>8} {:>9} {:>10}",
        "", "distinct", "mentions", "in bullets"
    );
    for c in &k.classes {
        let _ = writeln!(
            out,
            "  {:<22} {:>8} {:>9} {:>10}  {}",
            c.label,
            c.distinct,
            c.mentions,
            c.occurrences,
            p.dim(&c.terms.join(", "))
        );
    }
    if !k.suggestions.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold("Keywords to add"));
        for s in &k.suggestions {
            let places: Vec<&str> = s.placement.iter().map(|pl| pl.as_str()).collect();
            let _ = writeln!(
                out,
                "  {} ({}; add to {}): {}",
                p.bold(s.term),
                s.class_label,
                places.join(", "),
                p.dim(s.phrasing)
            );
        }
    }
    if let Some(m) = &report.job_match {
        let _ = writeln!(
            out,
            "\n{} {}% ({} of {} terms)",
            p.bold("Job description match:"),
            m.rate,
            m.matched_count,
            m.total
        );
        let missing: Vec<&str> = m.missing.iter().map(|t| t.term.as_str()).collect();
        if !missing.is_empty() {
            let _ = writeln!(out, "  missing: {}", missing.join(", "));
        }
        for mirror in &m.spelling {
            let _ = writeln!(
                out,
                "  spelling: the JD says “{}”, the resume says “{}”",
                mirror.jd, mirror.resume
            );
        }
        if let Some(jd_title) = &m.title.jd {
            let _ = writeln!(
                out,
                "  title: JD “{}” vs resume “{}” ({:?})",
                jd_title,
                m.title.resume.as_deref().unwrap_or("none"),
                m.title.status
            );
        }
    }
    out
}

/// "Fix these first": the groups worth the most points, numbered.
fn write_top_fixes(out: &mut String, report: &Report, p: &Paint) {
    if report.top_fixes.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}", p.bold("Top fixes"));
    for (n, group) in report
        .top_fixes
        .iter()
        .filter_map(|&i| report.groups.get(i))
        .enumerate()
    {
        let _ = writeln!(
            out,
            "  {:>2}. {} {}",
            n + 1,
            group.message,
            p.dim(&format!("(+{})", group.points))
        );
        if !group.fix.is_empty() {
            let _ = writeln!(out, "      {}", group.fix);
        }
    }
    out.push('\n');
}

/// Every finding, one block per rule (most points first): the grouped message, then each
/// instance with its place in the file.
fn write_groups(out: &mut String, report: &Report, text: &str, path: &str, p: &Paint) {
    if report.groups.is_empty() {
        let _ = writeln!(out, "No findings.");
        return;
    }
    let _ = writeln!(out, "{}", p.bold("Findings"));
    for group in &report.groups {
        let worth = if group.points > 0 {
            format!(" (+{})", group.points)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{} {} {}{}",
            p.severity(group.severity),
            p.bold(group.rule),
            group.message,
            p.dim(&worth)
        );
        for f in group
            .findings
            .iter()
            .filter_map(|&i| report.findings.get(i))
        {
            let place = match f.span {
                Some(s) => {
                    let (line, col) = line_col(text, s.start);
                    format!("{path}:{line}:{col}")
                }
                None => path.to_string(),
            };
            if group.count > 1 {
                let _ = writeln!(out, "  {} {}", p.dim(&place), f.message);
            } else if f.span.is_some() {
                let _ = writeln!(out, "  {}", p.dim(&place));
            }
            if let Some(words) = excerpt(text, f, 80) {
                let _ = writeln!(out, "    {}", p.dim(&format!("“{words}”")));
            }
        }
        if !group.fix.is_empty() {
            let _ = writeln!(out, "  fix: {}", group.fix);
        }
    }
}

/// `s` with every control character a terminal would obey (ESC, BEL, C1 controls, …) shown
/// as U+FFFD, and carriage returns dropped: resume and JD text reach the output in excerpts,
/// messages, hints, terms and the file name, and a resume holding `ESC ]0;…` or `ESC [2J`
/// must not retitle the window or clear the screen (tests/hostile/terminal-escapes.md).
/// `keep_sgr` keeps colour codes (`ESC [ digits ; m`), which is all [`Paint`] writes.
pub fn terminal_safe(s: &str, keep_sgr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let sgr = if keep_sgr { sgr_len(rest) } else { None };
        let len = sgr.unwrap_or(c.len_utf8());
        let (head, tail) = rest.split_at(len);
        match c {
            _ if sgr.is_some() => out.push_str(head),
            '\n' | '\t' => out.push(c),
            '\r' => {}
            _ if c.is_control() => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
        rest = tail;
    }
    out
}

/// Length of the SGR (colour) sequence `s` starts with, if it starts with one.
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// An error message as one line a terminal shows as text (a file name can hold a newline or
/// an escape sequence).
pub fn one_line(s: &str) -> String {
    terminal_safe(&s.replace(['\n', '\r'], " "), false)
}

/// `--rules`: every rule, one line each, grouped by category.
pub fn rules_list(rules: &[RuleMeta]) -> String {
    let mut out = String::new();
    for r in rules {
        let _ = writeln!(
            out,
            "{:<22} {:<8} {:<11} {}  [seed {}]",
            r.id,
            r.severity.as_str(),
            r.category.as_str(),
            r.summary,
            r.source
        );
    }
    out
}
