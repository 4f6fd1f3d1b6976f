//! F-TABLE: tables and multi-column text.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! [`LayoutFacts`]: crate::layout::LayoutFacts

use super::{count, repeat_points, trim_span};
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-TABLE",
        name: "Table or columns",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Content is laid out in a table or in several columns.",
        explanation: "Seed 004: \"Two-column or heavily designed resumes frequently break ATS \
            parsing, causing your carefully written content to render as garbled text in the \
            recruiter's dashboard.\" Seed 002: \"Avoiding tables, graphics, and multi-column \
            designs ensures ATS systems correctly extract qualifications\". Seed 000: \"avoid \
            complex tables or text boxes so parsers extract skills accurately.\" A parser reads a \
            table cell by cell and a two-column page line by line across both columns, so a role's \
            title, dates and bullets come apart.",
        source: "000, 002, 004",
    },
    check,
};

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let layout = &doc.layout;
    if layout.body_in_table {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "The resume body is laid out inside a table ({} in the file): an ATS reads \
                     it cell by cell and can scramble or drop whole sections.",
                    count(layout.tables.max(1) as usize, "table", "tables")
                ),
                String::from(
                    "Rebuild the resume as plain paragraphs in one column: headings, then lines \
                     and bullets; no table grid.",
                ),
            )
            .severity(Severity::Error)
            .points(20),
        );
    } else if layout.tables > 0 {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "The file contains {}: ATS parsers often read tables out of order or skip \
                     their cells.",
                    count(layout.tables as usize, "table", "tables")
                ),
                String::from(
                    "Turn each table into plain lines (\"Languages: Go, Python\") or bullets.",
                ),
            )
            .points(10),
        );
    }
    if layout.columns >= 2 {
        let evidence = if layout.column_evidence.is_empty() {
            String::new()
        } else {
            format!(" (found: {})", layout.column_evidence.join("; "))
        };
        let breaks = match layout.reading_order_breaks.len() {
            0 => String::new(),
            n => format!(
                " The reading order broke in {}.",
                count(n, "place", "places")
            ),
        };
        out.push(
            Finding::new(
                &RULE.meta,
                layout.reading_order_breaks.first().copied(),
                format!(
                    "{}-column layout{evidence}: an ATS reads across the columns line by line \
                     and mixes their text.{breaks}",
                    layout.columns
                ),
                String::from(
                    "Use a single column: move the sidebar (skills, contact, education) into \
                     sections above or below the experience.",
                ),
            )
            .severity(Severity::Error)
            .points(15),
        );
    }
    let mut runs = pipe_tables(doc.text, &doc.lines);
    for run in column_runs(doc.text, &doc.lines) {
        if !runs
            .iter()
            .any(|(r, _)| r.start < run.0.end && run.0.start < r.end)
        {
            runs.push(run);
        }
    }
    crate::sort::sort_by_key(&mut runs, |(s, _)| s.start);
    for (nth, (span, what)) in runs.into_iter().enumerate() {
        let rows = span.slice(doc.text).lines().count();
        out.push(
            Finding::new(
                &RULE.meta,
                Some(span),
                format!(
                    "{what} ({}): an ATS reads it row by row across the columns, or drops it.",
                    count(rows, "row", "rows")
                ),
                String::from(
                    "Rewrite it as plain lines, one item per line or comma-separated \
                     (\"Languages: Go, Python, Rust\").",
                ),
            )
            .points(repeat_points(nth, 10, 4, 18)),
        );
    }
}

/// Runs of pipe-table rows: Markdown tables (`| a | b |` or a `---|---` delimiter row), or three
/// or more consecutive lines split by the same number of pipes. One line of pipes (a contact
/// line, "TITLE | Company | 2021-Present") is not a table.
fn pipe_tables(text: &str, lines: &[Span]) -> Vec<(Span, &'static str)> {
    let mut out = Vec::new();
    let mut run: Vec<(Span, usize, bool)> = Vec::new(); // line, pipes, markdown-ish
    let mut flush = |run: &mut Vec<(Span, usize, bool)>| {
        let markdown = run.iter().any(|r| r.2);
        let same = run
            .first()
            .is_some_and(|f| run.iter().all(|r| r.1 == f.1 && r.1 >= 2));
        if run.len() >= 2 && (markdown || (same && run.len() >= 3)) {
            if let (Some(first), Some(last)) = (run.first(), run.last()) {
                out.push((
                    trim_span(text, first.0.cover(last.0)),
                    if markdown {
                        "Markdown table"
                    } else {
                        "Pipe-separated table"
                    },
                ));
            }
        }
        run.clear();
    };
    for &line in lines {
        let s = line.slice(text).trim();
        let pipes = s.matches('|').count();
        if pipes == 0 {
            flush(&mut run);
            continue;
        }
        let delimiter =
            s.contains('-') && s.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'));
        let markdown = delimiter || (s.starts_with('|') && pipes >= 2);
        run.push((line, pipes, markdown));
    }
    flush(&mut run);
    out
}

/// Runs of lines split into columns by tabs or runs of 3+ spaces. Two such lines in a row are
/// a table when a row has 3+ cells or their space-split columns line up; three in a row always
/// are. A single right-aligned date ("Acme     2020–Present") is not.
fn column_runs(text: &str, lines: &[Span]) -> Vec<(Span, &'static str)> {
    let mut out = Vec::new();
    let mut run: Vec<(Span, Vec<usize>, bool)> = Vec::new(); // line, cell starts, tab-split
    let mut flush = |run: &mut Vec<(Span, Vec<usize>, bool)>| {
        let wide = run.iter().any(|r| r.1.len() >= 3);
        let aligned = run.windows(2).any(|w| match w {
            [a, b] if !a.2 && !b.2 => {
                a.1.iter()
                    .skip(1)
                    .any(|x| b.1.iter().skip(1).any(|y| x.abs_diff(*y) <= 1))
            }
            _ => false,
        });
        if run.len() >= 3 || (run.len() == 2 && (wide || aligned)) {
            if let (Some(first), Some(last)) = (run.first(), run.last()) {
                let tabs = run.iter().any(|r| r.2);
                out.push((
                    trim_span(text, first.0.cover(last.0)),
                    if tabs {
                        "Tab-separated columns"
                    } else {
                        "Space-aligned columns"
                    },
                ));
            }
        }
        run.clear();
    };
    for &line in lines {
        match cells(line.slice(text)) {
            Some((starts, tab)) if !line.slice(text).contains('|') => run.push((line, starts, tab)),
            _ => flush(&mut run),
        }
    }
    flush(&mut run);
    out
}

/// Character columns where each cell starts, when the line splits into 2+ cells by a tab or a
/// run of 3+ spaces (leading indentation and trailing space ignored).
fn cells(line: &str) -> Option<(Vec<usize>, bool)> {
    let content = line.trim_end();
    let lead = content.len() - content.trim_start().len();
    let mut starts = Vec::new();
    let mut tab = false;
    let mut gap = 0usize;
    let mut gap_tab = false;
    let mut col = 0usize;
    for (i, c) in content.char_indices() {
        if i < lead {
            col += 1;
            continue;
        }
        if c == ' ' || c == '\t' {
            gap += 1;
            gap_tab |= c == '\t';
        } else {
            if starts.is_empty() || gap >= 3 || gap_tab {
                tab |= gap_tab && !starts.is_empty();
                starts.push(col);
            }
            gap = 0;
            gap_tab = false;
        }
        col += 1;
    }
    (starts.len() >= 2).then_some((starts, tab))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, under, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::{Options, Severity};
    use alloc::string::String;
    use alloc::vec;

    #[test]
    fn flags_markdown_and_pipe_tables() {
        let text = CLEAN.replace(
            "\nEducation\n",
            "\n| Skill | Years |\n|-------|-------|\n| Go | 6 |\n| Kafka | 4 |\n\nEducation\n",
        );
        let found = findings(&text, "F-TABLE");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(under(&text, &found[0]).starts_with("| Skill | Years |"));
        assert!(under(&text, &found[0]).ends_with("| Kafka | 4 |"));
        assert!(
            found[0].message.contains("Markdown table (4 rows)"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn flags_tab_and_space_columns() {
        let text = CLEAN.replace(
            "\nEducation\n",
            "\nGo\tKafka\tRedis\nPython\tPostgres\tS3\n\nLANGUAGES        DATASTORES\nGo               Postgres\nPython           Redis\n\nEducation\n",
        );
        let found = findings(&text, "F-TABLE");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0]
            .message
            .starts_with("Tab-separated columns (2 rows)"));
        assert!(found[1]
            .message
            .starts_with("Space-aligned columns (3 rows)"));
        assert_eq!(found[0].points + found[1].points, 14);
    }

    #[test]
    fn single_pipe_lines_and_right_aligned_dates_pass() {
        assert!(findings(CLEAN, "F-TABLE").is_empty());
        let text = CLEAN
            .replace(
                "Senior Backend Engineer, Acme Payments, Seattle, WA\nJan 2020 - Present",
                "SENIOR BACKEND ENGINEER | Acme Payments | 2020-Present",
            )
            .replace(
                "Backend Engineer, Globex\nMar 2016 - Dec 2019",
                "Globex Corp          Austin, TX\nBackend Engineer   Mar 2016 - Dec 2019",
            );
        assert!(
            findings(&text, "F-TABLE").is_empty(),
            "{:#?}",
            findings(&text, "F-TABLE")
        );
    }

    #[test]
    fn layout_tables_and_columns_cite_their_evidence() {
        let layout = LayoutFacts {
            tables: 2,
            columns: 2,
            column_evidence: vec![String::from("paracol environment")],
            ..LayoutFacts::default()
        };
        let found = of(&report_with(CLEAN, &Options::default(), &layout), "F-TABLE");
        assert_eq!(found.len(), 2);
        let tables = found
            .iter()
            .find(|f| f.message.contains("2 tables"))
            .unwrap();
        assert_eq!((tables.severity, tables.points), (Severity::Warning, 10));
        let columns = found
            .iter()
            .find(|f| f.message.contains("paracol environment"))
            .unwrap();
        assert!(columns.message.starts_with("2-column layout"));
        assert_eq!((columns.severity, columns.points), (Severity::Error, 15));

        let layout = LayoutFacts {
            tables: 1,
            body_in_table: true,
            ..LayoutFacts::default()
        };
        let found = of(&report_with(CLEAN, &Options::default(), &layout), "F-TABLE");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].severity, found[0].points), (Severity::Error, 20));
    }
}
