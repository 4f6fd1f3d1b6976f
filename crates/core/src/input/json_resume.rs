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

use super::prose::{sentences, states_accomplishment};
use super::{finish, Source, HEADING_MARK};
use crate::error::{AnalyzeError, ErrorKind};
use crate::layout::LayoutFacts;
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
    read_value(&value, false, &KeyOrder::default())
}

/// The document order of the keys of each mapping reached from the root through mapping keys
/// alone (a mapping inside a sequence has no path and no recorded order), by its path.
/// A JSON text has none: its objects are read in key order (JSON Resume's sections are
/// rendered in the schema's order anyway).
#[derive(Debug, Default)]
pub(crate) struct KeyOrder(#[cfg(feature = "yaml")] Vec<(Vec<String>, Vec<String>)>);

impl KeyOrder {
    /// Record the keys of the mapping at `path`, in document order.
    #[cfg(feature = "yaml")]
    pub(crate) fn insert(&mut self, path: Vec<String>, keys: Vec<String>) {
        self.0.push((path, keys));
    }

    /// The keys of the mapping at `path`, in document order, when it was recorded.
    #[cfg(feature = "yaml")]
    pub(crate) fn keys(&self, path: &[&str]) -> Option<&[String]> {
        self.0
            .iter()
            .find(|(p, _)| p.len() == path.len() && p.iter().zip(path).all(|(a, b)| a == b))
            .map(|(_, keys)| keys.as_slice())
    }
}

/// Render a resume held as a JSON value: JSON Resume, YAMLResume (`content:` holding JSON
/// Resume sections), RenderCV (`cv: {name, sections: {…}}`), and, when `generic` (YAML
/// resumes of no known schema), any object whose lists read as sections of entries.
pub(crate) fn read_value(
    value: &Value,
    generic: bool,
    order: &KeyOrder,
) -> Result<Source, AnalyzeError> {
    let Value::Object(root) = value else {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            format!(
                "This JSON is {}, not a JSON Resume: a resume.json is an object with keys such as \"basics\" and \"work\".",
                describe(value)
            ),
        ));
    };
    let content = root.get("content").and_then(Value::as_object);
    let has_sections = |m: &Map<String, Value>| RESUME_KEYS.iter().any(|k| m.contains_key(*k));
    let raw = if let Some(raw) = render_rendercv_root(root, order) {
        raw
    } else if let Some(content) = content.filter(|c| has_sections(c)) {
        render(content)
    } else if has_sections(root) {
        render(root)
    } else if let Some(raw) = render_generic_root(root, generic, order) {
        raw
    } else {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "This JSON object has none of the JSON Resume sections (\"basics\", \"work\", \"education\", \"skills\", \"projects\"…); see jsonresume.org/schema.",
        ));
    };
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

/// End dates that mean "still here": exports write all of these (and `""` or `null`).
const STILL_HERE: &[&str] = &[
    "present",
    "now",
    "current",
    "currently",
    "ongoing",
    "today",
    "to date",
    "till date",
    "till now",
    "n/a",
    "na",
    "-",
    "–",
    "—",
    "...",
    "…",
    "tbd",
    "heute",
    "actuel",
    "actual",
];

fn is_still_here(end: &str) -> bool {
    let end = end.trim();
    end.is_empty() || STILL_HERE.iter().any(|w| end.eq_ignore_ascii_case(w))
}

/// The first field of `keys` present (JSON Resume's camelCase, RenderCV's snake_case).
fn any_field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| field(obj, k))
}

/// "Mar 2020 – Present", "Mar 2020 – Dec 2021", or nothing without a start date. An entry
/// with only an end date gives that date. An end date that means "still here" ("N/A",
/// "current", empty, null) is "Present"; a missing one is too when `present`.
fn date_range(obj: &Map<String, Value>, present: bool) -> Option<String> {
    let start = any_field(obj, &["startDate", "start_date", "start", "from"]).map(|s| date(&s));
    let end_key = ["endDate", "end_date", "end", "to"]
        .into_iter()
        .find(|k| obj.contains_key(*k));
    let end = match end_key.and_then(|k| obj.get(k)) {
        Some(Value::String(e)) if is_still_here(e) => Some(String::from("Present")),
        Some(Value::Null) => Some(String::from("Present")),
        Some(_) => end_key.and_then(|k| field(obj, k)).map(|e| date(&e)),
        None => None,
    };
    let end = end.filter(|e| e != "Present" || start.is_some());
    let single = any_field(obj, &["date", "dates", "period"]).map(|d| date(&d));
    if start.is_none() && end.is_none() {
        return single;
    }
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

    /// A summary or description: its list lines ("- …", "* …", "• …") are bullets; otherwise,
    /// when some of its sentences state an accomplishment ("Cut p99 latency by 40%."), each
    /// sentence is a line of its own and those are bullets, so they are judged; a
    /// description that states none ("Payments platform team.") stays a paragraph.
    fn prose(&mut self, text: Option<String>) {
        let Some(text) = text else { return };
        for line in text.lines() {
            let line = line.trim();
            if let Some(item) = line
                .strip_prefix("- ")
                .or_else(|| line.strip_prefix("* "))
                .or_else(|| line.strip_prefix("• "))
            {
                self.bullets(&[one_line(item)]);
                continue;
            }
            let sentences = sentences(line);
            if sentences.iter().any(|s| states_accomplishment(s)) {
                for s in sentences {
                    if states_accomplishment(s) {
                        self.raw.push_str("- ");
                    }
                    self.line(s);
                }
            } else {
                self.line(line);
            }
        }
    }

    /// jsoncv's `technologies` and JSON Resume's `keywords` of a role or project.
    fn technologies(&mut self, obj: &Map<String, Value>) {
        let mut tech = strings(obj, "technologies");
        if tech.is_empty() {
            tech = strings(obj, "keywords");
        }
        if tech.is_empty() {
            if let Some(t) = field(obj, "technologies") {
                tech.push(one_line(&t));
            }
        }
        if !tech.is_empty() {
            self.line(&format!("Technologies: {}", tech.join(", ")));
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

/// A skill group: "Backend: Go, PostgreSQL" when the name is a category and the keywords the
/// skills; when the name is itself a skill with details (`{"name": "Docker", "keywords":
/// ["Containers"]}`) both are skills: "Docker, Containers". Either way no word is lost.
fn skill_line(out: &mut Out, s: &Map<String, Value>) {
    let keywords = strings(s, "keywords").join(", ");
    let name = any_field(s, &["name", "label", "category"]).map(|n| one_line(&n));
    let details = any_field(s, &["details", "level"]).filter(|_| keywords.is_empty());
    match (name, keywords.is_empty()) {
        (Some(name), false) if crate::phrases::is_skill_group(&name) => {
            out.line(&format!("{name}: {keywords}"));
        }
        (Some(name), false) => out.line(&format!("{name}, {keywords}")),
        (Some(name), true) => match details {
            Some(d) if s.contains_key("details") => out.line(&format!("{name}: {}", one_line(&d))),
            _ => out.line(&name),
        },
        (None, false) => out.line(&keywords),
        (None, true) => {}
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
            skill_line(&mut out, s);
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
            out.prose(field(p, "description").or_else(|| field(p, "summary")));
            out.bullets(&strings(p, "highlights"));
            out.technologies(p);
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
        out.prose(field(w, "summary").or_else(|| field(w, "description")));
        out.bullets(&strings(w, "highlights"));
        out.technologies(w);
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

// --- RenderCV and other YAML resumes ------------------------------------------------------------
// Behind the `yaml` feature: the page's engine reads JSON Resume only (its size budget).

/// RenderCV: a `cv:` object with `sections:` or `name:`.
#[cfg(feature = "yaml")]
fn render_rendercv_root(root: &Map<String, Value>, order: &KeyOrder) -> Option<String> {
    let cv = root.get("cv").and_then(Value::as_object)?;
    (cv.contains_key("sections") || cv.contains_key("name")).then(|| render_rendercv(cv, order))
}

/// When `generic` (a YAML resume of no known schema): any object read as sections.
#[cfg(feature = "yaml")]
fn render_generic_root(
    root: &Map<String, Value>,
    generic: bool,
    order: &KeyOrder,
) -> Option<String> {
    generic.then(|| render_generic(root, order))
}

#[cfg(not(feature = "yaml"))]
fn render_rendercv_root(_: &Map<String, Value>, _: &KeyOrder) -> Option<String> {
    None
}

#[cfg(not(feature = "yaml"))]
fn render_generic_root(_: &Map<String, Value>, _: bool, _: &KeyOrder) -> Option<String> {
    None
}

/// Keys whose text is a contact item of the header.
#[cfg(feature = "yaml")]
const CONTACT_KEYS: &[&str] = &[
    "email", "phone", "mobile", "website", "url", "homepage", "location", "address", "city",
];

/// Keys whose list items are an entry's bullets.
#[cfg(feature = "yaml")]
const BULLET_KEYS: &[&str] = &[
    "highlights",
    "bullets",
    "achievements",
    "accomplishments",
    "responsibilities",
    "items",
    "points",
    "details",
    "description",
    "summary",
];

/// Keys whose text describes an entry (judged sentence by sentence when they state
/// accomplishments).
#[cfg(feature = "yaml")]
const PROSE_KEYS: &[&str] = &["summary", "description", "details", "about", "text"];

/// "technical_skills" → "Technical Skills".
#[cfg(feature = "yaml")]
fn title_case(key: &str) -> String {
    key.split(['_', '-', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            // ASCII case only: Unicode's case tables are kilobytes of the web build.
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                core::iter::once(c.to_ascii_uppercase())
                    .chain(chars)
                    .collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown emphasis RenderCV allows in its text (`**Go**`, `*x*`) is not part of the words.
#[cfg(feature = "yaml")]
fn plain(s: &str) -> String {
    one_line(&s.replace("**", ""))
}

/// The header: name, headline, contact items, social profiles.
#[cfg(feature = "yaml")]
fn generic_header(out: &mut Out, obj: &Map<String, Value>) {
    if let Some(name) = any_field(obj, &["name", "full_name", "fullName"]) {
        out.line(&one_line(&name));
    }
    if let Some(label) = any_field(obj, &["label", "headline", "title", "position"]) {
        out.line(&one_line(&label));
    }
    let contact: Vec<String> = CONTACT_KEYS
        .iter()
        .filter_map(|k| field(obj, k))
        .map(|s| one_line(&s))
        .collect();
    if !contact.is_empty() {
        out.line(&contact.join(" | "));
    }
    let mut profiles = Vec::new();
    for key in ["social_networks", "profiles", "social", "links"] {
        for p in objects(obj, key) {
            let Some(user) = any_field(p, &["url", "username", "link"]) else {
                continue;
            };
            let network = any_field(p, &["network", "platform", "name"])
                .unwrap_or_default()
                .to_ascii_lowercase();
            profiles.push(match network.as_str() {
                _ if user.contains('/') => user,
                "linkedin" => format!("linkedin.com/in/{user}"),
                "github" => format!("github.com/{user}"),
                "gitlab" => format!("gitlab.com/{user}"),
                _ => format!("{network}: {user}"),
            });
        }
    }
    if !profiles.is_empty() {
        out.line(&profiles.join(" | "));
    }
}

/// RenderCV: `cv:` holds the header fields and `sections:`, a map from section title to a
/// list of entries (experience, education, normal, one-line, bullet, publication or text).
#[cfg(feature = "yaml")]
fn render_rendercv(cv: &Map<String, Value>, order: &KeyOrder) -> String {
    let mut out = Out { raw: String::new() };
    generic_header(&mut out, cv);
    if let Some(Value::Object(sections)) = cv.get("sections") {
        for (title, entries) in in_order(sections, order.keys(&["cv", "sections"])) {
            section(&mut out, title, entries);
        }
    }
    out.raw
}

/// `map`'s entries in the document order `keys` records (then any key it lacks), or in key
/// order when there is none.
#[cfg(feature = "yaml")]
fn in_order<'m>(
    map: &'m Map<String, Value>,
    keys: Option<&'m [String]>,
) -> impl Iterator<Item = (&'m String, &'m Value)> + 'm {
    let keys = keys.unwrap_or(&[]);
    let listed = keys.iter().filter_map(move |k| map.get_key_value(k));
    let rest = map.iter().filter(move |(k, _)| !keys.contains(k));
    listed.chain(rest)
}

/// A YAML resume of no known schema: scalar fields make the header, each list (also inside
/// a wrapping `resume:`/`sections:` object) a section of entries, each text a section of
/// prose.
#[cfg(feature = "yaml")]
fn render_generic(root: &Map<String, Value>, order: &KeyOrder) -> String {
    let mut out = Out { raw: String::new() };
    generic_object(&mut out, root, &mut Vec::new(), order);
    out.raw
}

/// `path`: the keys from the root to `obj` (its depth is their count).
#[cfg(feature = "yaml")]
fn generic_object<'m>(
    out: &mut Out,
    obj: &'m Map<String, Value>,
    path: &mut Vec<&'m str>,
    order: &'m KeyOrder,
) {
    let depth = path.len();
    generic_header(out, obj);
    for (key, value) in in_order(obj, order.keys(path)) {
        match value {
            Value::Array(_)
                if !matches!(key.as_str(), "social_networks" | "profiles" | "links") =>
            {
                section(out, key, value);
            }
            Value::Object(inner) if depth < 3 => {
                let is_section_list = inner.values().any(Value::is_array);
                if is_section_list || inner.values().all(|v| !v.is_object()) {
                    path.push(key);
                    generic_object(out, inner, path, order);
                    path.pop();
                }
            }
            Value::String(text)
                if depth <= 1
                    && text.split_whitespace().count() > 6
                    && !CONTACT_KEYS.contains(&key.as_str()) =>
            {
                out.heading(&title_case(key));
                out.prose(Some(text.clone()));
            }
            _ => {}
        }
    }
}

/// One section: a heading and its entries.
#[cfg(feature = "yaml")]
fn section(out: &mut Out, title: &str, entries: &Value) {
    let Value::Array(items) = entries else {
        if let Value::String(text) = entries {
            out.heading(&title_case(title));
            out.prose(Some(text.clone()));
        }
        return;
    };
    out.heading(&title_case(title));
    let skills = title.to_ascii_lowercase().contains("skill");
    for item in items {
        match item {
            Value::String(text) if skills => out.line(&plain(text)),
            Value::String(text) => out.prose(Some(plain(text))),
            Value::Number(n) => out.line(&format!("{n}")),
            Value::Object(o) => generic_entry(out, o, skills),
            _ => {}
        }
    }
}

/// One entry of any shape: a bullet (`bullet:`), a one-line entry (`label: details`, a skill
/// group), or a role/school/project line with its dates, then its text and bullets.
#[cfg(feature = "yaml")]
fn generic_entry(out: &mut Out, o: &Map<String, Value>, skills: bool) {
    if let Some(b) = field(o, "bullet") {
        out.bullets(&[plain(&b)]);
        return;
    }
    if skills || (o.contains_key("label") && o.contains_key("details")) {
        skill_line(out, o);
        return;
    }
    let position = any_field(o, &["position", "title", "role", "job_title", "jobTitle"]);
    let org = any_field(
        o,
        &[
            "company",
            "organization",
            "organisation",
            "institution",
            "employer",
            "school",
        ],
    );
    let degree = match (
        any_field(o, &["degree", "studyType", "study_type"]),
        any_field(o, &["area", "field", "major"]),
    ) {
        (Some(d), Some(a)) => Some(format!("{d} in {a}")),
        (d, a) => d.or(a),
    };
    let name = field(o, "name");
    let (title, org) = match (position.or(degree), org) {
        (Some(t), Some(c)) => (Some(t), Some(c)),
        (Some(t), None) => (Some(t), name),
        (None, Some(c)) => (name, Some(c)),
        (None, None) => (name, None),
    };
    out.role_line(
        title.map(|t| plain(&t)),
        org.map(|c| plain(&c)),
        &[field(o, "location"), date_range(o, true)],
    );
    for key in PROSE_KEYS {
        if let Some(text) = field(o, key) {
            out.prose(Some(plain(&text)));
        }
    }
    for key in BULLET_KEYS {
        let items: Vec<String> = strings(o, key).iter().map(|s| plain(s)).collect();
        out.bullets(&items);
    }
    out.technologies(o);
}

#[cfg(test)]
#[cfg(feature = "yaml")]
mod structured_tests {
    use super::*;

    fn text(v: &str) -> String {
        let value: Value = serde_json::from_str(v).unwrap();
        read_value(&value, true, &KeyOrder::default()).unwrap().text
    }

    #[test]
    fn skills_keep_name_and_keywords() {
        let t = text(
            r#"{"skills": [{"name": "Docker", "keywords": ["Containers"]}, {"name": "Languages", "keywords": ["Go", "Rust"]}]}"#,
        );
        assert!(t.contains("Docker, Containers"), "{t}");
        assert!(t.contains("Languages: Go, Rust"), "{t}");
    }

    #[test]
    fn still_here_end_dates_are_present() {
        for end in [r#""N/A""#, r#""now""#, r#""""#, "null", r#""Current""#] {
            let t = text(&format!(
                r#"{{"work": [{{"name": "Acme", "position": "Engineer", "startDate": "2010-01", "endDate": {end}}}]}}"#
            ));
            assert!(
                t.contains("Engineer — Acme | Jan 2010 – Present"),
                "{end}: {t}"
            );
        }
    }

    #[test]
    fn summaries_that_state_accomplishments_are_bullets() {
        let t = text(
            r#"{"work": [{"name": "Acme", "position": "Engineer", "summary": "Payments team. Cut p99 latency of the ledger API by 40% with Redis caching. Built the Kafka event pipeline for 2M events a day."}], "projects": [{"name": "kv", "description": "A key-value store.", "technologies": ["Rust"]}]}"#,
        );
        assert!(t.contains("\nPayments team.\n- Cut p99 latency"), "{t}");
        assert!(t.contains("\n- Built the Kafka"), "{t}");
        assert!(
            t.contains("\nA key-value store.\nTechnologies: Rust"),
            "{t}"
        );
    }

    #[test]
    fn rendercv_sections() {
        let t = text(
            r#"{"cv": {"name": "Ada Q", "email": "ada@example.com", "social_networks": [{"network": "GitHub", "username": "adaq"}],
          "sections": {"experience": [{"company": "Acme", "position": "Backend Engineer", "start_date": "2021-03", "end_date": "present", "location": "Berlin", "highlights": ["Built **Go** services handling 5k rps"]}],
                       "education": [{"institution": "TU Berlin", "area": "Computer Science", "degree": "BSc", "start_date": "2016-10", "end_date": "2020-09"}],
                       "technical_skills": [{"label": "Languages", "details": "Go, Python"}],
                       "summary": ["Backend engineer focused on payments."]}}}"#,
        );
        assert!(
            t.starts_with("Ada Q\nada@example.com\ngithub.com/adaq\n"),
            "{t}"
        );
        assert!(t.contains("Backend Engineer — Acme | Berlin | Mar 2021 – Present\n- Built Go services handling 5k rps"), "{t}");
        assert!(
            t.contains("BSc in Computer Science — TU Berlin | Oct 2016 – Sep 2020"),
            "{t}"
        );
        assert!(t.contains("Technical Skills\nLanguages: Go, Python"), "{t}");
    }

    #[test]
    fn yamlresume_content_is_json_resume() {
        let t = text(
            r#"{"locale": {"language": "en"}, "content": {"basics": {"name": "Li Wei"}, "work": [{"name": "Acme", "position": "SRE", "startDate": "2019-01", "summary": "- Automated failover of 40 Postgres clusters\n- Wrote the on-call runbooks"}]}}"#,
        );
        assert!(
            t.contains("SRE — Acme | Jan 2019 – Present\n- Automated failover"),
            "{t}"
        );
        assert!(t.contains("\n- Wrote the on-call runbooks"), "{t}");
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
