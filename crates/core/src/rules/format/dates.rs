//! F-DATES: roles without dates, mixed date formats across roles, an end before a start.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use super::repeat_points;
use crate::date::{DateRange, DateStyle as Style};
use crate::document::Role;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-DATES",
        name: "Dates",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "A role has no dates, roles mix date formats, or a range ends before it starts.",
        explanation: "Seed 002 lists \"Inconsistent formatting - Maintain uniform fonts, spacing, \
            and bullet styles\" among the errors that disqualify otherwise qualified candidates, \
            and mixed date styles (\"Jan 2020\", \"03/2021\", \"2019\") are the most visible case. \
            Dates also do work: ATS recency filters (seed 003: Lever's \"Go within last 2 years\") \
            and tenure calculations read them, so a role without dates, or with an end before its \
            start, drops out of those searches.",
        source: "002, 003",
    },
    check,
};

/// Example of each style for the messages.
fn example(style: Style) -> &'static str {
    match style {
        Style::MonthAbbrev => "\"Jan 2020\"",
        Style::MonthFull => "\"January 2020\"",
        Style::MonthEither => "\"May 2020\"",
        Style::Numeric => "\"01/2020\"",
        Style::Iso => "\"2020-01\"",
        Style::Dotted => "\"2020.01\"",
        Style::Year => "year only (\"2020\")",
        Style::Season => "a season (\"Summer 2020\")",
    }
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let text = doc.text;

    // Work roles: projects are often undated or dated by year, and that is fine.
    let work: Vec<&Role> = doc
        .roles
        .iter()
        .filter(|r| r.section == SectionKind::Experience)
        .collect();

    // Roles without dates.
    let undated: Vec<&&Role> = work.iter().filter(|r| r.dates.is_none()).collect();
    for (nth, role) in undated.iter().enumerate() {
        let at = role.title.unwrap_or(role.span);
        let name = at.slice(text).lines().next().unwrap_or("").trim();
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!(
                    "No dates for \"{name}\": an ATS cannot count its tenure or see how recent it \
                     is."
                ),
                String::from(
                    "Add a start and end month: \"Jan 2020 – Mar 2022\" (or \"– Present\").",
                ),
            )
            .points(repeat_points(nth, 6, 3, 12)),
        );
    }

    // An end before a start.
    for role in &doc.roles {
        let Some(d) = role.dates else { continue };
        let Some(end) = d.end else { continue };
        let backwards = if d.start.month == 0 || end.month == 0 {
            end.year < d.start.year
        } else {
            end.index() < d.start.index()
        };
        if backwards {
            out.push(
                Finding::new(
                    &RULE.meta,
                    Some(d.span),
                    format!("\"{}\" ends before it starts.", d.span.slice(text).trim()),
                    String::from(
                        "Fix the range so the start comes first: \"Mar 2019 – Jan 2021\".",
                    ),
                )
                .points(8),
            );
        }
    }

    // Mixed formats across roles.
    let dated: Vec<(Span, Vec<Style>)> = work
        .iter()
        .filter_map(|r| r.dates)
        .map(|d| (d.span, styles(&d)))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    let mut all: Vec<Style> = dated.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    crate::sort::sort(&mut all);
    all.dedup();
    let resolve = |s: Style| -> Style {
        if s != Style::MonthEither {
            return s;
        }
        if all.contains(&Style::MonthFull) && !all.contains(&Style::MonthAbbrev) {
            Style::MonthFull
        } else {
            Style::MonthAbbrev
        }
    };
    // Roles per style, in order of first use (the first role is usually the most recent).
    let mut used: Vec<(Style, usize)> = Vec::new();
    for (_, styles) in &dated {
        let mut mine: Vec<Style> = styles.iter().map(|&s| resolve(s)).collect();
        crate::sort::sort(&mut mine);
        mine.dedup();
        // Keep first-use order: a role's styles in text order.
        for s in styles.iter().map(|&s| resolve(s)) {
            if !mine.contains(&s) {
                continue;
            }
            mine.retain(|&m| m != s);
            match used.iter_mut().find(|(u, _)| *u == s) {
                Some((_, n)) => *n += 1,
                None => used.push((s, 1)),
            }
        }
    }
    if used.len() > 1 {
        // The most used style (ties: the first used); point at the first date that differs.
        let mut main = (Style::MonthAbbrev, 0);
        for &(s, n) in &used {
            if n > main.1 {
                main = (s, n);
            }
        }
        let main = main.0;
        let odd = dated
            .iter()
            .find(|(_, s)| s.iter().any(|&x| resolve(x) != main))
            .map(|(span, _)| *span);
        let mut kinds: Vec<Style> = used.iter().map(|&(s, _)| s).collect();
        crate::sort::sort(&mut kinds);
        let listed: Vec<&str> = kinds.iter().map(|s| example(*s)).collect();
        out.push(
            Finding::new(
                &RULE.meta,
                odd,
                format!(
                    "Role dates mix {} formats: {}. Inconsistent formatting is \
                     counted among disqualifying errors.",
                    kinds.len(),
                    listed.join(", ")
                ),
                format!(
                    "Write every date the same way: {} as in most of your roles (or \"Jan 2020 \
                     – Mar 2022\", the most common style).",
                    example(main)
                ),
            )
            .points(6),
        );
    }
}

/// The styles a date range is written in, as the date parser recorded them (one per end;
/// "Present" has none, and seasons go with any style: internships are often dated that way).
pub(crate) fn styles(d: &DateRange) -> Vec<Style> {
    [Some(d.start_style), d.end_style]
        .into_iter()
        .flatten()
        .filter(|&s| s != Style::Season)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{DateRange, YearMonth};
    use crate::document::Document;
    use crate::rules::Context;
    use crate::{Options, Severity};
    use alloc::vec;

    /// A role for the test: its title, and its date text with start and end (year, month).
    type TestRole<'a> = (&'a str, Option<(&'a str, (u16, u8), Option<(u16, u8)>)>);

    /// Build the document for `text` and give it one role per `(title, dates)` pair, so the
    /// rule's logic is tested apart from the role reader.
    fn run(text: &str, roles: &[TestRole<'_>]) -> Vec<Finding> {
        let options = Options::default();
        let source = crate::input::read(text, options.format).unwrap();
        let mut doc = Document::build(&source, &options, &Default::default());
        doc.roles = roles
            .iter()
            .map(|(title, dates)| {
                let t = text.find(title).unwrap();
                let title = Span::new(t, t + title.len());
                Role {
                    span: title,
                    title: Some(title),
                    company: None,
                    dates: dates.map(|(d, s, e)| {
                        let at = text.find(d).unwrap();
                        let parsed = crate::date::date_range_in(d).unwrap();
                        DateRange {
                            start_style: parsed.start_style,
                            end_style: parsed.end_style,
                            span: Span::new(at, at + d.len()),
                            start: YearMonth {
                                year: s.0,
                                month: s.1,
                            },
                            end: e.map(|e| YearMonth {
                                year: e.0,
                                month: e.1,
                            }),
                        }
                    }),
                    section: SectionKind::Experience,
                    section_index: 0,
                }
            })
            .collect();
        let mut out = Vec::new();
        check(&Context::new(&doc, None), &mut out);
        out
    }

    const TEXT: &str = "Experience\nStaff Engineer, A\nJan 2020 - Present\n- Built x\n\
                        Senior Engineer, B\n03/2018 - 12/2019\n- Built y\nEngineer, C\n2015 - 2017\n\
                        - Built z\nIntern, D\n- Built w\n";

    #[test]
    fn mixed_formats_point_at_the_odd_one() {
        let found = run(
            TEXT,
            &[
                (
                    "Staff Engineer",
                    Some(("Jan 2020 - Present", (2020, 1), None)),
                ),
                (
                    "Senior Engineer",
                    Some(("03/2018 - 12/2019", (2018, 3), Some((2019, 12)))),
                ),
                (
                    "Engineer, C",
                    Some(("2015 - 2017", (2015, 0), Some((2017, 0)))),
                ),
            ],
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0]
                .message
                .starts_with("Role dates mix 3 formats: \"Jan 2020\", \"01/2020\", year only"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].span.unwrap().slice(TEXT), "03/2018 - 12/2019");
    }

    #[test]
    fn undated_and_backwards_roles() {
        let found = run(
            TEXT,
            &[
                (
                    "Staff Engineer",
                    Some(("Jan 2020 - Present", (2020, 1), None)),
                ),
                (
                    "Senior Engineer",
                    Some(("03/2018 - 12/2019", (2019, 12), Some((2018, 3)))),
                ),
                ("Intern, D", None),
            ],
        );
        let msgs: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("No dates for \"Intern, D\"")),
            "{msgs:#?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("ends before it starts")),
            "{msgs:#?}"
        );
        assert!(found.iter().all(|f| f.severity == Severity::Warning));
    }

    #[test]
    fn consistent_dates_pass() {
        let text = "Experience\nStaff Engineer, A\nJan 2020 - Present\nSenior Engineer, B\nMay 2018 - Dec 2019\n";
        let found = run(
            text,
            &[
                (
                    "Staff Engineer",
                    Some(("Jan 2020 - Present", (2020, 1), None)),
                ),
                (
                    "Senior Engineer",
                    Some(("May 2018 - Dec 2019", (2018, 5), Some((2019, 12)))),
                ),
            ],
        );
        assert!(found.is_empty(), "{found:#?}");
        // A year-only end in the same year as a month start is not backwards.
        let found = run(
            text,
            &[(
                "Staff Engineer",
                Some(("Jan 2020 - Present", (2020, 6), Some((2020, 0)))),
            )],
        );
        assert!(found.is_empty());
    }

    #[test]
    fn styles_read_each_endpoint() {
        let got: Vec<Style> = [
            "Sept. 2019 – June 2021",
            "2020-03 to 2021-05",
            "2019-2021",
            "3/21 - 4/22",
            "Summer 2018 - 2019",
            "2017.09 - Present",
        ]
        .iter()
        .flat_map(|d| styles(&crate::date::date_range_in(d).unwrap()))
        .collect();
        assert_eq!(
            got,
            vec![
                Style::MonthAbbrev,
                Style::MonthEither,
                Style::Iso,
                Style::Iso,
                Style::Year,
                Style::Year,
                Style::Numeric,
                Style::Numeric,
                Style::Year,
                Style::Dotted
            ]
        );
    }
}
