//! JSON Resume (<https://jsonresume.org/schema>) → a plain-text resume.
//!
//! The rendering uses standard headings and the layouts the text reader knows best:
//!
//! ```text
//! Name
//! Label
//! email | phone | url | City, Region
//! https://github.com/x | https://linkedin.com/in/x
//!
//! Summary            (heading)
//! …
//! Skills
//! Backend: Go, PostgreSQL
//! Experience
//! Position — Company | Mar 2020 – Present
//! summary
//! - highlight
//! ```
//!
//! Fields of the wrong type are skipped (a lenient reader beats refusing a whole resume over
//! one field); a document that is not a JSON object, or has none of the schema's sections, is
//! refused with a message that says so. serde_json bounds nesting (128 levels), so hostile
//! input cannot exhaust the stack.

use super::{finish, Source, HEADING_MARK};
use crate::document::LayoutFacts;
use crate::error::{AnalyzeError, ErrorKind};
use crate::options::InputFormat;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use serde_json::{Map, Value};

/// The top-level keys of the JSON Resume schema.
const RESUME_KEYS: &[&str] = &[
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
];

/// Whether `s` parses as JSON at all (for sniffing `[…]`).
pub(crate) fn is_json(s: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok()
}

pub(crate) fn read(input: &str) -> Result<Source, AnalyzeError> {
    let input = input.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(input).map_err(|e| {
        AnalyzeError::new(
            ErrorKind::Malformed,
            format!("This is not valid JSON ({e}); a resume.json must be one JSON object."),
        )
    })?;
    let Value::Object(root) = value else {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            format!(
                "This JSON is {}, not a JSON Resume: a resume.json is an object with keys such as \"basics\" and \"work\".",
                describe(&value)
            ),
        ));
    };
    if !RESUME_KEYS.iter().any(|k| root.contains_key(*k)) {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "This JSON object has none of the JSON Resume sections (\"basics\", \"work\", \"education\", \"skills\", \"projects\"…); see jsonresume.org/schema.",
        ));
    }
    let raw = render(&root);
    let (text, headings) = finish(&raw);
    if !text.chars().any(char::is_alphanumeric) {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "This JSON Resume has no text to analyze: fill in \"basics\", \"work\" and \"skills\".",
        ));
    }
    Ok(Source {
        text,
        format: InputFormat::JsonResume,
        layout: LayoutFacts {
            origin: Some(String::from("json-resume")),
            ..LayoutFacts::default()
        },
        headings,
        ..Source::default()
    })
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A non-empty trimmed string field (numbers are written as they are: a "gpa" of 3.8).
fn field(obj: &Map<String, Value>, key: &str) -> Option<String> {
    let s = match obj.get(key)? {
        Value::String(s) => String::from(s.trim()),
        Value::Number(n) => format!("{n}"),
        _ => return None,
    };
    let s: String = s.chars().filter(|&c| c != HEADING_MARK).collect();
    (!s.is_empty()).then_some(s)
}

/// One line: inner newlines become spaces (a highlight is one bullet).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn objects<'v>(root: &'v Map<String, Value>, key: &str) -> Vec<&'v Map<String, Value>> {
    match root.get(key) {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    }
}

fn strings(obj: &Map<String, Value>, key: &str) -> Vec<String> {
    match obj.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(one_line)
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "2020-03-01" / "2020-03" → "Mar 2020"; "2020" stays; anything else is written as given.
fn date(s: &str) -> String {
    let mut parts = s.trim().split('-');
    let year = parts.next().unwrap_or("");
    let month = parts.next();
    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
        match month.and_then(|m| m.parse::<usize>().ok()) {
            Some(m) if (1..=12).contains(&m) => {
                let name = MONTH_NAMES.get(m - 1).copied().unwrap_or("");
                return format!("{name} {year}");
            }
            _ if month.is_none() => return String::from(year),
            _ => {}
        }
    }
    one_line(s)
}

/// "Mar 2020 – Present", "Mar 2020 – Dec 2021", or nothing without a start date. An entry
/// with only an end date gives that date.
fn date_range(obj: &Map<String, Value>, present: bool) -> Option<String> {
    let start = field(obj, "startDate").map(|s| date(&s));
    let end = field(obj, "endDate").map(|s| date(&s));
    match (start, end) {
        (Some(s), Some(e)) => Some(format!("{s} – {e}")),
        (Some(s), None) if present => Some(format!("{s} – Present")),
        (Some(s), None) => Some(s),
        (None, Some(e)) => Some(e),
        (None, None) => None,
    }
}

struct Out {
    raw: String,
}

impl Out {
    fn line(&mut self, s: &str) {
        self.raw.push_str(s);
        self.raw.push('\n');
    }

    fn heading(&mut self, title: &str) {
        self.raw.push('\n');
        self.raw.push(HEADING_MARK);
        self.line(title);
    }

    fn bullets(&mut self, items: &[String]) {
        for item in items {
            self.raw.push_str("- ");
            self.line(item);
        }
    }

    /// "Title — Company | extra | dates" from the parts present.
    fn role_line(
        &mut self,
        title: Option<String>,
        company: Option<String>,
        rest: &[Option<String>],
    ) {
        let mut line = match (title, company) {
            (Some(t), Some(c)) => format!("{t} — {c}"),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => String::new(),
        };
        for part in rest.iter().flatten() {
            if !line.is_empty() {
                line.push_str(" | ");
            }
            line.push_str(part);
        }
        if !line.is_empty() {
            self.line(&one_line(&line));
        }
    }

    fn paragraph(&mut self, text: Option<String>) {
        if let Some(t) = text {
            for l in t.lines() {
                self.line(l);
            }
        }
    }
}

fn render(root: &Map<String, Value>) -> String {
    let mut out = Out { raw: String::new() };
    let basics = root.get("basics").and_then(Value::as_object);
    if let Some(b) = basics {
        basics_block(&mut out, b);
    }
    if let Some(summary) = basics.and_then(|b| field(b, "summary")) {
        out.heading("Summary");
        out.paragraph(Some(summary));
    }
    let skills = objects(root, "skills");
    if !skills.is_empty() {
        out.heading("Skills");
        for s in skills {
            let keywords = strings(s, "keywords").join(", ");
            match (field(s, "name").map(|n| one_line(&n)), keywords.is_empty()) {
                (Some(name), false) => out.line(&format!("{name}: {keywords}")),
                (Some(name), true) => out.line(&name),
                (None, false) => out.line(&keywords),
                (None, true) => {}
            }
        }
    }
    entries(&mut out, root, "work", "Experience", "name");
    let projects = objects(root, "projects");
    if !projects.is_empty() {
        out.heading("Projects");
        for p in projects {
            out.role_line(
                field(p, "name"),
                None,
                &[field(p, "url"), date_range(p, false)],
            );
            out.paragraph(field(p, "description"));
            out.bullets(&strings(p, "highlights"));
            let keywords = strings(p, "keywords");
            if !keywords.is_empty() {
                out.line(&format!("Technologies: {}", keywords.join(", ")));
            }
        }
    }
    let education = objects(root, "education");
    if !education.is_empty() {
        out.heading("Education");
        for e in education {
            let degree = match (field(e, "studyType"), field(e, "area")) {
                (Some(t), Some(a)) => Some(format!("{t} in {a}")),
                (t, a) => t.or(a),
            };
            out.role_line(
                degree,
                field(e, "institution"),
                &[
                    date_range(e, false),
                    field(e, "score").map(|s| format!("GPA {s}")),
                ],
            );
        }
    }
    let certificates = objects(root, "certificates");
    if !certificates.is_empty() {
        out.heading("Certifications");
        for c in certificates {
            out.role_line(
                field(c, "name"),
                field(c, "issuer"),
                &[field(c, "date").map(|d| date(&d))],
            );
        }
    }
    entries(&mut out, root, "volunteer", "Volunteering", "organization");
    let awards = objects(root, "awards");
    if !awards.is_empty() {
        out.heading("Awards");
        for a in awards {
            out.role_line(
                field(a, "title"),
                field(a, "awarder"),
                &[field(a, "date").map(|d| date(&d))],
            );
            out.paragraph(field(a, "summary"));
        }
    }
    let publications = objects(root, "publications");
    if !publications.is_empty() {
        out.heading("Publications");
        for p in publications {
            out.role_line(
                field(p, "name"),
                field(p, "publisher"),
                &[field(p, "releaseDate").map(|d| date(&d))],
            );
            out.paragraph(field(p, "summary"));
        }
    }
    let languages = objects(root, "languages");
    if !languages.is_empty() {
        out.heading("Languages");
        for l in languages {
            match (field(l, "language"), field(l, "fluency")) {
                (Some(lang), Some(f)) => out.line(&format!("{lang} ({f})")),
                (Some(lang), None) => out.line(&lang),
                _ => {}
            }
        }
    }
    let interests = objects(root, "interests");
    if !interests.is_empty() {
        out.heading("Interests");
        for i in interests {
            let keywords = strings(i, "keywords").join(", ");
            match (field(i, "name"), keywords.is_empty()) {
                (Some(n), false) => out.line(&format!("{n}: {keywords}")),
                (Some(n), true) => out.line(&n),
                (None, false) => out.line(&keywords),
                (None, true) => {}
            }
        }
    }
    let references = objects(root, "references");
    if !references.is_empty() {
        out.heading("References");
        for r in references {
            out.role_line(field(r, "name"), None, &[]);
            out.paragraph(field(r, "reference"));
        }
    }
    out.raw
}

/// Work and volunteer entries: "Position — Company | Location | Mar 2020 – Present", then the
/// summary and the highlights as bullets.
fn entries(out: &mut Out, root: &Map<String, Value>, key: &str, heading: &str, org: &str) {
    let items = objects(root, key);
    if items.is_empty() {
        return;
    }
    out.heading(heading);
    for w in items {
        // Older exports use "company" for the employer.
        let company = field(w, org).or_else(|| field(w, "company"));
        out.role_line(
            field(w, "position"),
            company,
            &[field(w, "location"), date_range(w, true)],
        );
        out.paragraph(field(w, "summary").or_else(|| field(w, "description")));
        out.bullets(&strings(w, "highlights"));
    }
}

/// Name, label, contact line, profile links.
fn basics_block(out: &mut Out, b: &Map<String, Value>) {
    if let Some(name) = field(b, "name") {
        out.line(&one_line(&name));
    }
    if let Some(label) = field(b, "label") {
        out.line(&one_line(&label));
    }
    let location = b.get("location").and_then(Value::as_object).and_then(|l| {
        let region = match (field(l, "region"), field(l, "postalCode")) {
            (Some(r), Some(p)) => Some(format!("{r} {p}")),
            (r, _) => r,
        };
        let parts: Vec<String> = [field(l, "city"), region.or_else(|| field(l, "countryCode"))]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    });
    let contact: Vec<String> = [
        field(b, "email"),
        field(b, "phone"),
        field(b, "url").or_else(|| field(b, "website")),
        location,
    ]
    .into_iter()
    .flatten()
    .map(|s| one_line(&s))
    .collect();
    if !contact.is_empty() {
        out.line(&contact.join(" | "));
    }
    let profiles: Vec<String> = objects(b, "profiles")
        .into_iter()
        .filter_map(|p| {
            if let Some(url) = field(p, "url") {
                return Some(one_line(&url));
            }
            let user = field(p, "username")?;
            let network = field(p, "network").unwrap_or_default().to_ascii_lowercase();
            Some(match network.as_str() {
                "linkedin" => format!("linkedin.com/in/{user}"),
                "github" => format!("github.com/{user}"),
                "gitlab" => format!("gitlab.com/{user}"),
                "twitter" | "x" => format!("x.com/{user}"),
                _ => format!("{network}: {user}"),
            })
        })
        .collect();
    if !profiles.is_empty() {
        out.line(&profiles.join(" | "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date("2020-03-01"), "Mar 2020");
        assert_eq!(date("2020-11"), "Nov 2020");
        assert_eq!(date("2020"), "2020");
        assert_eq!(date("spring"), "spring");
    }

    #[test]
    fn wrong_shapes_are_malformed() {
        for (json, says) in [
            ("[1, 2]", "an array"),
            ("42", "a number"),
            ("\"resume\"", "a string"),
            ("{\"name\": \"x\"}", "none of the JSON Resume sections"),
            ("{\"basics\": ", "not valid JSON"),
        ] {
            let err = read(json).unwrap_err();
            assert_eq!(err.kind, ErrorKind::Malformed);
            assert!(err.message.contains(says), "{json}: {}", err.message);
            assert!(!err.message.contains('\n'));
        }
    }
}
