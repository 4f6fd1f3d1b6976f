//! Job titles: the posting's, the resume's (title line, summary, most recent role), and how
//! well they match.
//!
//! Seed 003: Workday is "the strictest exact-match parser"; SmartRecruiters and iCIMS "score
//! the title block heavily for BE searches" and penalise titles that do not match canonical
//! strings ("Backend Engineer", "Senior Backend Engineer", "Staff Backend Engineer",
//! "Platform Engineer").

use crate::document::Document;
use crate::jd::stoplist::{self, contains};
use crate::jd::title::extract;
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{TitleMatch, TitleStatus};

/// Lines of the resume header searched for a title line.
const HEADER_LINES: usize = 8;

/// Candidate titles on the resume, best evidence first: the header's title line, the summary's
/// opening, the roles' titles (most recent first), then title-like lines under Experience.
pub fn resume_candidates(doc: &Document<'_>) -> Vec<(Span, String)> {
    let text = doc.text;
    let mut out: Vec<(Span, String)> = Vec::new();
    let push = |line: Span, out: &mut Vec<(Span, String)>| {
        let raw = line.slice(text);
        if raw.contains('@') || raw.contains("://") {
            return;
        }
        if let Some((title, at)) = extract(raw) {
            let start = line.start + at;
            out.push((Span::new(start, start + title.len()), title.to_string()));
        }
    };
    let lines_in = |span: Span| {
        let from = doc.lines.partition_point(|l| l.start < span.start);
        doc.lines
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |l| l.end <= span.end)
            .filter(|l| !l.slice(text).trim().is_empty())
    };
    if let Some(header) = doc.sections.iter().find(|s| s.kind == SectionKind::Header) {
        for l in lines_in(header.body).take(HEADER_LINES) {
            push(*l, &mut out);
        }
    }
    if let Some(summary) = doc
        .sections
        .iter()
        .find(|s| matches!(s.kind, SectionKind::Summary | SectionKind::Objective))
    {
        if let Some(l) = lines_in(summary.body).next() {
            push(*l, &mut out);
        }
    }
    for role in &doc.roles {
        if let Some(title) = role.title {
            let t = title.slice(text).trim();
            if !t.is_empty() {
                let at = title.slice(text).find(t).unwrap_or(0);
                out.push((
                    Span::new(title.start + at, title.start + at + t.len()),
                    t.to_string(),
                ));
            }
        }
    }
    let bullet_lines: Vec<usize> = doc.bullets.iter().map(|b| b.span.start).collect();
    for s in doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Experience)
    {
        let mut taken = 0;
        for l in lines_in(s.body) {
            if taken >= 3 {
                break;
            }
            let trimmed_start = l.start + (l.slice(text).len() - l.slice(text).trim_start().len());
            if bullet_lines.binary_search(&trimmed_start).is_ok() {
                continue;
            }
            let before = out.len();
            push(*l, &mut out);
            taken += out.len() - before;
        }
    }
    out
}

/// Compare the posting's title with the resume's candidates; the best match wins (the first
/// candidate on a tie).
pub fn compare(
    jd_title: Option<&str>,
    level: Option<&str>,
    candidates: &[(Span, String)],
) -> TitleMatch {
    let level = level.map(ToString::to_string);
    let Some(jd) = jd_title else {
        return TitleMatch {
            jd: None,
            level,
            resume: candidates.first().map(|c| c.1.clone()),
            status: TitleStatus::Unknown,
            span: None,
        };
    };
    let want = normalize(jd);
    let best = candidates
        .iter()
        .map(|(span, t)| (status(&want, &normalize(t)), *span, t))
        .min_by_key(|(s, _, _)| *s);
    match best {
        Some((status, span, t)) => TitleMatch {
            jd: Some(jd.to_string()),
            level,
            resume: Some(t.clone()),
            status,
            span: Some(span),
        },
        None => TitleMatch {
            jd: Some(jd.to_string()),
            level,
            resume: None,
            status: TitleStatus::Missing,
            span: None,
        },
    }
}

/// Lower-case title words with spellings unified (Back-end → backend, Sr → senior, SWE →
/// software engineer).
fn normalize(title: &str) -> Vec<String> {
    let lower = title
        .to_ascii_lowercase()
        .replace("back-end", "backend")
        .replace("back end", "backend")
        .replace("front-end", "frontend")
        .replace("front end", "frontend")
        .replace("full-stack", "fullstack")
        .replace("full stack", "fullstack");
    let mut out = Vec::new();
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        match w {
            "sr" => out.push(String::from("senior")),
            "jr" => out.push(String::from("junior")),
            "swe" | "sde" => {
                out.push(String::from("software"));
                out.push(String::from("engineer"));
            }
            "of" | "the" | "and" => {}
            w => out.push(w.to_string()),
        }
    }
    out
}

fn status(want: &[String], have: &[String]) -> TitleStatus {
    if want.is_empty() || have.is_empty() {
        return TitleStatus::Different;
    }
    if have.windows(want.len()).any(|w| w == want) {
        return TitleStatus::Exact;
    }
    let core = |t: &[String]| -> Vec<String> {
        let mut v: Vec<String> = t
            .iter()
            .filter(|w| !contains(stoplist::SENIORITY, w) && !contains(stoplist::ROLE_NOUNS, w))
            .cloned()
            .collect();
        crate::sort::sort(&mut v);
        v
    };
    if core(want) == core(have) {
        TitleStatus::Close
    } else {
        TitleStatus::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_titles() {
        let c = |jd: &str, r: &str| {
            compare(Some(jd), None, &[(Span::new(0, 0), String::from(r))]).status
        };
        assert_eq!(
            c("Senior Backend Engineer", "Senior Back-end Engineer"),
            TitleStatus::Exact
        );
        assert_eq!(
            c("Backend Engineer", "Senior Backend Engineer"),
            TitleStatus::Exact
        );
        assert_eq!(
            c("Senior Backend Engineer", "Backend Developer"),
            TitleStatus::Close
        );
        assert_eq!(
            c("Senior Backend Engineer", "Software Craftsman"),
            TitleStatus::Different
        );
        assert_eq!(
            compare(Some("Backend Engineer"), None, &[]).status,
            TitleStatus::Missing
        );
        assert_eq!(compare(None, None, &[]).status, TitleStatus::Unknown);
    }
}
