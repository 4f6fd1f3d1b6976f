//! F-SKILLS-DUMP: a Skills section with too many items (spam), too few, or no grouping.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).
//!
//! Counting: each line of the section, minus its bullet and its "Label:" prefix, split on commas,
//! semicolons, pipes, bullets, parentheses, tabs and wide spaces, spaced `/ + - – —`, and slashes
//! between words ("Go/Python") unless the slash is part of one term ("CI/CD", "Pub/Sub").
//! Proficiency words ("(advanced)") are not items.
//!
//! Tables are groups: a Markdown row "| Languages | Go, Python |" or a row whose cells a file
//! reader separated by a tab or wide spaces ("Languages    Go, Python") is a labelled group,
//! its first cell the label; a header row (the one above a `|---|` line) and the separator
//! line are not items. A hand audit found labelled tabular groups called "one flat list" and
//! table headers counted as skills.

use super::{lines_in, trim_span};
use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{
    PROFICIENCY_WORDS, SKILLS_RANGE_000, SKILLS_RANGE_003, SKILLS_SPAM, SKILL_GROUPS_003,
    SKILL_SEPARATORS, SLASH_COMPOUNDS,
};
use crate::phrases::is_bullet_marker;
use crate::rules::{Context, Rule};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-SKILLS-DUMP",
        name: "Skills dump",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "The Skills section lists too many items (or too few, or ungrouped).",
        explanation: "Seed 003: \"Resume tools-list dump (50+ items in a Skills section) — \
            Triggers spam-detection on Greenhouse and Ashby. BE Skills sections work better with \
            4–5 categorized groups (Languages, Datastores, Distributed Systems, Cloud + Infra, \
            Observability) of 4–8 items each\" — \"20–30 items total, never 50+\". Seed 000's \
            checklist: \"Skills list is short and high signal (10 to 18)\" and \"If you cannot \
            write one proof bullet for a skill, it probably does not belong in your skills \
            list.\" Over 50 items is an error; above 30 (past both seeds' ranges) a warning; \
            under 10 or a flat ungrouped list an info.",
        source: "003, 000",
    },
    check,
};

/// What a Skills section holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct SkillsCount {
    pub items: usize,
    pub groups: usize,
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let mut total = SkillsCount::default();
    let mut at: Option<Span> = None;
    for section in doc.sections_of(SectionKind::Skills) {
        let c = count_section(doc, section.body);
        total.items += c.items;
        total.groups += c.groups;
        at.get_or_insert(
            section
                .heading
                .as_ref()
                .map(|h| h.title)
                .unwrap_or_else(|| trim_span(doc.text, section.body)),
        );
    }
    let Some(at) = at else {
        return; // F-MISSING-SECTION reports a missing Skills section.
    };
    let n = total.items;
    let (lo3, hi3) = SKILLS_RANGE_003;
    let (lo0, hi0) = SKILLS_RANGE_000;
    let (g_lo, g_hi) = SKILL_GROUPS_003;
    let ranges = format!(
        "the usual advice is {lo3}–{hi3} items in {g_lo}–{g_hi} groups ({lo0}–{hi0} for a shorter list)"
    );
    if n > SKILLS_SPAM {
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!(
                    "Skills lists {n} items: a {SKILLS_SPAM}+ item tools dump triggers spam \
                     detection on Greenhouse and Ashby; {ranges}."
                ),
                format!(
                    "Cut to the {lo3}–{hi3} skills your bullets prove, in {g_lo}–{g_hi} groups: \
                     Languages, Datastores, Distributed Systems, Cloud + Infra, Observability."
                ),
            )
            .severity(Severity::Error)
            .points(20),
        );
        return;
    }
    if n > hi3 {
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!("Skills lists {n} items, more than recommended: {ranges}."),
                String::from(
                    "Drop skills no bullet proves and anything you could not discuss in an \
                     interview; keep the ones the job description names.",
                ),
            )
            .points(8),
        );
    } else if n < lo0 {
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!(
                    "A note: Skills lists {n} items; {ranges}. A short list is fine when your \
                     bullets name the rest."
                ),
                String::from(
                    "If you used more in production (datastores, cloud, observability, testing \
                     tools), name them.",
                ),
            )
            .severity(Severity::Info)
            .points(0),
        );
    }
    if n >= lo0 && total.groups < 2 {
        out.push(
            Finding::new(
                &RULE.meta,
                Some(at),
                format!(
                    "Skills is one flat list of {n} items: group them on {g_lo}–{g_hi} labelled \
                     lines of 4–8, so a reader finds each kind of skill at a glance."
                ),
                String::from(
                    "Group the items on labelled lines: \"Languages: Go, Python\", \
                     \"Datastores: PostgreSQL, Redis, Kafka\", \"Cloud: AWS, Terraform\", …",
                ),
            )
            .severity(Severity::Info)
            .points(3),
        );
    }
}

/// Count the items and groups of a Skills section body.
pub(crate) fn count_section(doc: &Document<'_>, body: Span) -> SkillsCount {
    let mut c = SkillsCount::default();
    let lines = lines_in(doc, body);
    for (i, &line) in lines.iter().enumerate() {
        let line = Span::new(line.start.max(body.start), line.end.min(body.end));
        let raw = line.slice(doc.text);
        let mut s = raw.trim();
        if let Some(first) = s.chars().next() {
            if is_bullet_marker(first)
                && s.get(first.len_utf8()..)
                    .is_some_and(|r| r.starts_with(' '))
            {
                s = s.get(first.len_utf8()..).unwrap_or("").trim_start();
            }
        }
        if s.trim_matches(['*', '_', '`', '#', ' ']).is_empty() || is_table_rule(s) {
            continue;
        }
        let header_row = s.starts_with('|')
            && lines
                .get(i + 1)
                .is_some_and(|next| is_table_rule(next.slice(doc.text).trim()));
        if header_row {
            continue;
        }
        let offset = line.start + (s.as_ptr() as usize - raw.as_ptr() as usize);
        let (rest, rest_offset) = match label_split(s).or_else(|| cell_split(s)) {
            Some(after) => {
                c.groups += 1;
                (after, offset + (s.len() - after.len()))
            }
            None if is_subheading(s) => {
                c.groups += 1;
                continue;
            }
            None => (s, offset),
        };
        c.items += items(doc, rest, rest_offset).len();
    }
    c
}

/// A Markdown table's rule line: `|---|:---:|` (or `---|---`).
fn is_table_rule(s: &str) -> bool {
    s.contains('-')
        && s.contains('|')
        && s.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'))
}

/// "| Languages | Go, Python |" or "Languages\tGo, Python" / "Languages    Go, Python" →
/// "Go, Python |": a table row whose first cell is a short label.
fn cell_split(s: &str) -> Option<&str> {
    let (label, rest) = if let Some(row) = s.strip_prefix('|') {
        row.split_once('|')?
    } else if let Some(split) = s.split_once('\t') {
        split
    } else {
        s.split_once("    ")?
    };
    let label = label.trim_matches(['*', '_', ' ']);
    let ok = !label.is_empty()
        && label.split_whitespace().count() <= 4
        && !label.contains([',', ';', '(', '/'])
        && rest.chars().any(char::is_alphanumeric);
    ok.then_some(rest)
}

/// "Languages & Runtimes: Go, Java" → "Go, Java" (a short label before a colon).
fn label_split(s: &str) -> Option<&str> {
    let (label, rest) = s.split_once(':')?;
    let label = label.trim_matches(['*', '_', ' ']);
    let ok = !label.is_empty()
        && label.len() <= 40
        && label.split_whitespace().count() <= 5
        && !label.contains([',', '|', ';', '(']);
    ok.then_some(rest)
}

/// "DATABASES & STORAGE" on its own line: a group heading, not an item.
fn is_subheading(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let letters = s.chars().any(char::is_alphabetic);
    let caps = !s.chars().any(char::is_lowercase);
    let separated = s.contains(SKILL_SEPARATORS) || s.contains(" / ");
    letters && !separated && words <= 5 && ((caps && words >= 2) || s.contains('&'))
}

/// The items of one line (after its label).
fn items<'a>(doc: &Document<'_>, s: &'a str, offset: usize) -> Vec<&'a str> {
    let bytes = s.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let spaced = |i: usize, len: usize| {
        i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + len) == Some(&b' ')
    };
    let mut spaces = 0usize;
    for (i, c) in s.char_indices() {
        let len = c.len_utf8();
        if c == ' ' {
            spaces += 1;
            if spaces == 3 {
                cuts.push((i, i + 1));
            }
            continue;
        }
        spaces = 0;
        let cut = SKILL_SEPARATORS.contains(&c)
            || (matches!(c, '+' | '-' | '–' | '—' | '/') && spaced(i, len))
            || (c == '/' && slash_splits(doc, s, i, offset));
        if cut {
            cuts.push((i, i + len));
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (a, b) in cuts.into_iter().chain(core::iter::once((s.len(), s.len()))) {
        let item = s.get(from..a).unwrap_or("").trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | '*' | '_' | '`' | '"' | ':' | '-')
        });
        from = b;
        if item.is_empty() || !item.chars().any(char::is_alphanumeric) {
            continue;
        }
        let lower = item.to_ascii_lowercase();
        if PROFICIENCY_WORDS.phrases.contains(&lower.as_str()) {
            continue;
        }
        out.push(item);
    }
    out
}

/// Whether an unspaced slash separates two skills ("Go/Python") rather than sitting inside one
/// ("CI/CD", "Pub/Sub", "HTTP/2", "TCP/IP").
fn slash_splits(doc: &Document<'_>, s: &str, i: usize, offset: usize) -> bool {
    let left = s
        .get(..i)
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphanumeric() && c != '#' && c != '+' && c != '.')
        .next()
        .unwrap_or("");
    let right = s
        .get(i + 1..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '#' && c != '+' && c != '.')
        .next()
        .unwrap_or("");
    let wordy = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    if !wordy(left) || !wordy(right) {
        return false;
    }
    let pair = format!(
        "{}/{}",
        left.to_ascii_lowercase(),
        right.to_ascii_lowercase()
    );
    if SLASH_COMPOUNDS.phrases.contains(&pair.as_str()) {
        return false;
    }
    let at = offset + i;
    !doc.terms_in(Span::new(at.saturating_sub(64), at + 64))
        .any(|h| h.span.start < at && at < h.span.end)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, under, CLEAN};
    use super::*;
    use crate::{Options, Severity};

    fn skills(body: &str) -> String {
        let start = CLEAN.find("Skills\n").unwrap() + "Skills\n".len();
        let end = CLEAN.find("\nExperience\n").unwrap();
        format!("{}{}\n{}", &CLEAN[..start], body, &CLEAN[end..])
    }

    fn count(body: &str) -> SkillsCount {
        let text = skills(body);
        let options = Options::default();
        let source = crate::input::read(&text, options.format).unwrap();
        let doc = Document::build(&source, &options, &Default::default());
        let section = doc.sections_of(SectionKind::Skills).next().unwrap();
        count_section(&doc, section.body)
    }

    #[test]
    fn counts_items_and_groups() {
        // The clean resume: 3 + 5 + 5 + 4 + 4 items in 5 labelled groups.
        let c = count(
            "Languages: Go, Python, Rust\nDatastores: PostgreSQL, Redis, Kafka, S3, Elasticsearch\n\
             Distributed Systems: sharding, idempotency, exactly-once delivery, CDC, outbox\n\
             Cloud: AWS, Terraform, GitHub Actions, Kubernetes\n\
             Observability: OpenTelemetry, Prometheus, Grafana, Datadog",
        );
        assert_eq!(
            c,
            SkillsCount {
                items: 21,
                groups: 5
            }
        );
        // Seed 002's layout (its ALL-CAPS group headings in Title Case): group headings, bulleted lines, slashes and parentheses.
        let c = count(
            "Languages & Frameworks\n- Primary: Python, Go/Java\n- CI/CD, Pub/Sub, HTTP/2 | TCP/IP\n\
             Databases & Storage\n• AWS (ECS, RDS, SQS) + Prometheus + Grafana\n\
             PostgreSQL (advanced), Kafka (intermediate)",
        );
        assert_eq!(
            c,
            SkillsCount {
                items: 3 + 4 + 6 + 2,
                groups: 3
            }
        );
    }

    #[test]
    fn seed_002_sample_with_all_caps_group_labels() {
        let c = count(
            "LANGUAGES & FRAMEWORKS\nPrimary: Python, Go, Java\n\
             Frameworks: FastAPI, Django, Spring Boot, gRPC\n\
             Testing: pytest, unit testing, integration testing, load testing\n\
             DATABASES & STORAGE\nRelational: PostgreSQL, MySQL, query optimization\n\
             NoSQL: Redis, MongoDB, DynamoDB, Elasticsearch\nCaching: Redis, Memcached, CDN\n\
             DISTRIBUTED SYSTEMS\n\
             Architecture: Microservices, event-driven, CQRS, saga pattern\n\
             Messaging: Kafka, RabbitMQ, SQS, pub/sub\nInfrastructure: AWS, Kubernetes, Docker\n\
             API DESIGN\nREST: OpenAPI, versioning, pagination, error handling\n\
             GraphQL: Schema design, resolvers, federation\n\
             gRPC: Protocol buffers, streaming, service mesh",
        );
        assert_eq!(
            c,
            SkillsCount {
                items: 42,
                groups: 16
            }
        );
    }

    #[test]
    fn sixty_items_is_spam() {
        let list: Vec<String> = (0..60).map(|i| format!("Tool{i}")).collect();
        let text = skills(&list.join(", "));
        let found = findings(&text, "F-SKILLS-DUMP");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].severity, found[0].points), (Severity::Error, 20));
        assert!(found[0].message.starts_with("Skills lists 60 items"));
        assert_eq!(under(&text, &found[0]), "Skills");
    }

    #[test]
    fn above_the_ranges_warns_and_flat_lists_get_a_note() {
        let list: Vec<String> = (0..35).map(|i| format!("Tool{i}")).collect();
        let found = findings(&skills(&list.join(", ")), "F-SKILLS-DUMP");
        assert_eq!(found.len(), 2, "{found:#?}");
        let many = found
            .iter()
            .find(|f| f.message.starts_with("Skills lists 35"))
            .unwrap();
        assert_eq!((many.severity, many.points), (Severity::Warning, 8));
        assert!(many
            .message
            .contains("the usual advice is 20–30 items in 4–5 groups (10–18 for a shorter list)"));
        let flat = found
            .iter()
            .find(|f| f.message.contains("flat list"))
            .unwrap();
        assert_eq!((flat.severity, flat.points), (Severity::Info, 3));
    }

    #[test]
    fn too_few_is_info() {
        let found = findings(
            &skills("Languages: Go, Python\nDatastores: Postgres"),
            "F-SKILLS-DUMP",
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].severity, found[0].points), (Severity::Info, 0));
        assert!(found[0].message.contains("Skills lists 3 items"));
    }

    #[test]
    fn table_rows_are_labelled_groups_and_headers_are_not_items() {
        let c = count(
            "| Area | Tools |\n|---|---|\n| Languages | Go, Python, SQL |\n\
             | Datastores | PostgreSQL, Redis, Kafka |\n| Cloud | AWS, Terraform, Docker |\n\
             | Observability | Prometheus, Grafana |",
        );
        assert_eq!(
            c,
            SkillsCount {
                items: 11,
                groups: 4
            }
        );
        let c = count(
            "Languages\tGo, Python, SQL\nDatastores\tPostgreSQL, Redis, Kafka\n\
             Cloud    AWS, Terraform, Docker, Kubernetes",
        );
        assert_eq!(
            c,
            SkillsCount {
                items: 10,
                groups: 3
            }
        );
    }

    #[test]
    fn grouped_list_in_range_passes() {
        assert!(findings(CLEAN, "F-SKILLS-DUMP").is_empty());
    }
}
