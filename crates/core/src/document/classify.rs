//! What a bulleted line *is*, and the work sentences of prose paragraphs.
//!
//! A marker does not make an achievement. Skills lines ("Programming: Go, Python"), course
//! lists, certifications, interests ("Family", "Sports"), contact items, project title lines
//! ("**pgqueue** (github.com/…) — Go, Postgres") and role/date lines that a template bullets
//! ("📅 Jul 2023 – Now · Austin") carry markers in real resumes; grading them as bullets gives
//! findings that are not true ("no metric" on a list of languages). Each gets a [`NotWork`]
//! reason here and is never judged.
//!
//! The other way round, experience written as paragraphs has no markers at all: each sentence
//! that states work ("I built the ingestion service…", "Reduced spend by 30% by…") is read as
//! a bullet ([`Bullet::prose`]) so it is judged like one, and F-PROSE says bullets read better.

use super::bullets::Bullet;
use super::Section;
use crate::phrases::{self, bullet as vb, document as ph, PhraseTable};
use crate::section_kind::SectionKind;
use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// Why a bulleted line is not an achievement bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotWork {
    /// A list with no label: "Go, gRPC, Postgres", "Code reviews, design docs, on-call". Under a
    /// role it stands where an achievement should (B-NO-ACTION).
    List,
    /// A labeled list: "Programming: Go, Python", "Relevant modules: Databases, Networks",
    /// "Stack: Go, Kafka" (a role's stack line is a convention, not a missing achievement).
    LabeledList,
    /// "AWS Certified Solutions Architect – Professional".
    Certification,
    /// An email, phone number or profile link.
    Contact,
    /// A project's name with a link or its stack: "**pgqueue** — a job queue…, 450 ⭐".
    ProjectTitle,
    /// A role or date line that a template bullets: "📅 Jul 2023 – Now · Austin, TX".
    RoleLine,
    /// A few words with no verb: "Family", "Sports", "Open source".
    Fragment,
    /// A line of a section that holds no achievements (Interests, Languages, References).
    Section,
}

/// Whether `table` holds `word` (lower case). Length and first byte first: the verb tables
/// hold hundreds of words, nearly all of which differ in one or the other, where comparing
/// each as a `str` called into `memcmp` for every entry of the same length.
fn has(table: &PhraseTable, word: &str) -> bool {
    let w = word.as_bytes();
    table
        .phrases
        .iter()
        .any(|p| p.len() == w.len() && p.as_bytes().first() == w.first() && p.as_bytes() == w)
}

/// The words of `s`, without surrounding punctuation or Markdown emphasis.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// How many words `s` has, counting a run of CJK characters (written without spaces) as one
/// word per two characters, so a Chinese sentence is not taken for a two-word fragment.
fn word_count(s: &str) -> usize {
    words(s)
        .map(|w| {
            let wide = w.chars().filter(|c| u32::from(*c) >= 0x2E80).count();
            if wide > 0 {
                (wide / 2).max(1)
            } else {
                1
            }
        })
        .sum()
}

/// Whether `word` is a verb a bullet or a work sentence opens with: the verb tables of
/// [`crate::phrases::bullet`] or a regular past tense ("migrated").
pub(crate) fn is_verb(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    is_listed_verb(&w) || (w.len() >= 5 && w.ends_with("ed") && w.is_ascii())
}

/// Whether the lower-case `w` is a verb of the tables (not only a word ending in "-ed", which
/// may be an adjective: "Distributed Systems: …", "Embedded: C, Rust").
fn is_listed_verb(w: &str) -> bool {
    let tables = [
        &vb::ACTION_VERBS,
        &vb::STRONG_SYSTEM_VERBS,
        &vb::VARIED_VERBS,
        &vb::OUTCOME_VERBS,
        &vb::WEAK_VERBS,
        &vb::TOOL_VERBS,
        &vb::BARE_VERBS,
    ];
    tables.iter().any(|t| has(t, w))
        || vb::IRREGULAR_PAST.iter().any(|&(_, past)| past == w)
        || vb::DUTY_OPENERS.phrases.iter().any(|p| first_word_is(p, w))
}

/// Whether `phrase` up to its first space (the whole of it when it has none) is `word`: read
/// in place, with no search for the space in every phrase of the table.
fn first_word_is(phrase: &str, word: &str) -> bool {
    let (p, w) = (phrase.as_bytes(), word.as_bytes());
    matches!(p.get(w.len()), None | Some(b' '))
        && p.first() == w.first()
        && p.starts_with(w)
        && !w.contains(&b' ')
}

/// Whether `s` opens with a verb, after an optional first-person subject and adverb ("Built",
/// "I built", "We then migrated").
pub(crate) fn opens_with_verb(s: &str) -> bool {
    let mut it = words(s);
    let Some(first) = it.next() else {
        return false;
    };
    if is_verb(first) {
        return true;
    }
    subject_then_verb(first, &mut it)
}

/// After a first-person `subject`, the next word (or the one after an adverb) is a verb.
fn subject_then_verb<'a>(subject: &str, rest: &mut impl Iterator<Item = &'a str>) -> bool {
    if !has(&ph::PROSE_SUBJECTS, &subject.to_ascii_lowercase()) {
        return false;
    }
    let Some(next) = rest.next() else {
        return false;
    };
    if has(&ph::SCENE_VERBS, &next.to_ascii_lowercase()) {
        return false;
    }
    if has(&ph::PROSE_ADVERBS, &next.to_ascii_lowercase()) {
        return rest.next().is_some_and(is_verb);
    }
    is_verb(next)
}

/// Why the bullet whose words are `body` is not an achievement, if it is not. `section_words`
/// are the section's heading words (normalized), when it has one.
pub fn classify(body: &str, section_words: Option<&str>) -> Option<NotWork> {
    if section_words.is_some_and(|h| has(&ph::NOT_WORK_HEADINGS, h)) {
        return Some(NotWork::Section);
    }
    if opens_with_verb(body) && !adjective_label(body) {
        return None;
    }
    let n = word_count(body);
    if is_role_line(body) {
        return Some(NotWork::RoleLine);
    }
    if is_contact(body, n) {
        return Some(NotWork::Contact);
    }
    if labeled_list(body) {
        return Some(NotWork::LabeledList);
    }
    if unlabeled_list(body) {
        // "Checkout API | Go, gRPC, PostgreSQL": a name labels its stack.
        return Some(if body.contains('|') {
            NotWork::LabeledList
        } else {
            NotWork::List
        });
    }
    if n <= 14 && words(body).any(|w| has(&ph::CERTIFICATION_WORDS, &w.to_ascii_lowercase())) {
        return Some(NotWork::Certification);
    }
    if is_project_title(body) {
        return Some(NotWork::ProjectTitle);
    }
    // "Family", "Open source"; a short sentence ("Familiar with PostgreSQL.") is a weak
    // bullet to judge, not a fragment.
    (n <= 3 && !body.trim_end().ends_with('.')).then_some(NotWork::Fragment)
}

/// A date range (or one date) and a few words of title, company or place.
fn is_role_line(body: &str) -> bool {
    let Some(d) = crate::date::range_or_single_in(body, || true) else {
        return false;
    };
    let without: String = [
        body.get(..d.span.start).unwrap_or(""),
        body.get(d.span.end..).unwrap_or(""),
    ]
    .concat();
    words(&without).count() <= 10 && !without.trim_end().ends_with('.')
}

fn is_contact(body: &str, n: usize) -> bool {
    let contact_words = body
        .split_whitespace()
        .filter(|w| {
            let w = w.to_ascii_lowercase();
            (w.contains('@') && w.contains('.'))
                || w.starts_with("http")
                || w.starts_with("www.")
                || w.contains("linkedin.com")
                || w.contains("github.com")
                || w.starts_with('+') && w.len() > 3
        })
        .count();
    contact_words > 0 && n <= contact_words + 4
}

/// Items of a list: split on commas, semicolons, pipes and middots outside parentheses (and
/// the CJK enumeration comma "、"; the full-width "，" joins clauses of a sentence).
fn list_items(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' | ';' | '|' | '·' | '、' if depth <= 0 => {
                out.push(s.get(start..i).unwrap_or(""));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(s.get(start..).unwrap_or(""));
    out.into_iter()
        .map(|i| i.trim().trim_end_matches('.'))
        .filter(|i| !i.is_empty())
        .collect()
}

/// Items short enough to be list entries (a sentence part is longer).
fn short_items(items: &[&str], max_words: usize) -> bool {
    items.iter().all(|i| word_count(i) <= max_words)
}

/// "Label: a, b, c": a label of at most four words without a verb, then short items; also
/// with Markdown emphasis around the label ("**Languages:** Go, Python") and, for a list of
/// two or more items, after a dash ("Environment – Java, Spring, Oracle"). Items that carry
/// a result ("CI 40→9 min", "cut 30%") make a terse achievement, not a list.
fn labeled_list(body: &str) -> bool {
    let Some((label, rest, dashed)) = label_and_rest(body) else {
        return false;
    };
    let rest = rest.trim();
    let label_words = word_count(label);
    let max_label = if dashed { 3 } else { 4 };
    if label_words == 0 || label_words > max_label || rest.is_empty() || opens_with_verb(rest) {
        return false;
    }
    let items = list_items(rest);
    let results = rest.contains(['→', '%']) || rest.contains("->");
    short_items(&items, 5) && !rest.contains(". ") && !results && (!dashed || items.len() >= 2)
}

/// The label before the first colon (then a space, the end or Markdown emphasis: "**Label:**
/// …"), or else before a spaced dash, and the text after it; `true` for a dash.
fn label_and_rest(body: &str) -> Option<(&str, &str, bool)> {
    let colon = body.char_indices().find(|&(i, c)| {
        matches!(c, ':' | '：')
            && body.get(i + c.len_utf8()..).is_none_or(|r| {
                let r = r.trim_start_matches(['*', '_']);
                r.is_empty() || r.starts_with(char::is_whitespace) || c == '：'
            })
    });
    if let Some((at, c)) = colon {
        let rest = body
            .get(at + c.len_utf8()..)?
            .trim_start_matches(['*', '_']);
        return Some((body.get(..at)?, rest, false));
    }
    let (at, len) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|sep| body.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i)?;
    Some((body.get(..at)?, body.get(at + len..)?, true))
}

/// A labelled list whose label opens with a word that only looks like a past tense, an
/// adjective ("Distributed Systems: sharding, CDC", "Embedded: C, Rust"), not a verb of the
/// tables ("Migrated: …" stays a bullet).
fn adjective_label(body: &str) -> bool {
    let Some(first) = words(body).next() else {
        return false;
    };
    let w = first.to_ascii_lowercase();
    (has(&vb::NOT_PARTICIPLES, &w) || !is_listed_verb(&w)) && labeled_list(body)
}

/// "Go, gRPC, PostgreSQL, Kafka": three or more short items.
fn unlabeled_list(body: &str) -> bool {
    let items = list_items(body);
    items.len() >= 3 && short_items(&items, 4)
}

/// A project's name, then a dash, pipe or colon, with a link or a stack: "**pgqueue** — a job
/// queue on Postgres, 450 ⭐ (github.com/…)", "Checkout API | Go, gRPC, Postgres".
fn is_project_title(body: &str) -> bool {
    let cut = [" — ", " – ", " - ", " | ", ": "]
        .iter()
        .filter_map(|sep| body.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i);
    let Some((at, len)) = cut else {
        return false;
    };
    let head = body.get(..at).unwrap_or("");
    let tail = body.get(at + len..).unwrap_or("").trim();
    if words(head).count() > 5 || opens_with_verb(tail) {
        return false;
    }
    let linked = body.contains("](") || body.contains("http") || body.contains(".com/");
    let stack = {
        let items = list_items(tail);
        items.len() >= 2 && short_items(&items, 3)
    };
    linked || stack
}

/// The sentences of the paragraph `span` that state work, as spans. A sentence states work
/// when it has at least eight words and opens with a verb, or has a first-person subject and
/// a verb among its first words ("Last year I reduced…", "In 2020 I designed…"). Shorter
/// sentences ("I work on the ingestion team.") and scene-setting ones ("My first job was…")
/// are left as text.
pub fn work_sentences(text: &str, span: Span) -> Vec<Span> {
    sentences(text, span)
        .into_iter()
        .filter(|s| states_work(s.slice(text)))
        .collect()
}

fn states_work(s: &str) -> bool {
    let ws: Vec<&str> = words(s).collect();
    if ws.len() < 8 {
        return false;
    }
    if ws.first().is_some_and(|w| is_verb(w)) {
        return true;
    }
    // "I built …" states work; "I run the CI platform for 90 developers." sets the scene
    // unless it goes on to say what came of it (a long present-tense sentence).
    (0..ws.len().min(6)).any(|i| {
        let mut rest = ws.iter().skip(i + 1).copied();
        let verb = ws
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|w| !has(&ph::PROSE_ADVERBS, &w.to_ascii_lowercase()));
        ws.get(i).is_some_and(|w| subject_then_verb(w, &mut rest))
            && (verb.is_some_and(|v| is_past(v)) || ws.len() >= 12)
    })
}

/// Whether `word` is a past tense: a regular "-ed" or an irregular one of the verb tables.
fn is_past(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    (w.len() >= 4 && w.ends_with("ed"))
        || vb::IRREGULAR_PAST.iter().any(|&(_, past)| past == w)
        || has(&ph::IRREGULAR_PAST_FORMS, &w)
}

/// Split `span` into sentences: at `.`, `!` or `?` followed by a space and a capital, a digit
/// or the end; not after an abbreviation ("e.g.", "Inc.") or an initial ("J.").
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let s = span.slice(text);
    let mut out = Vec::new();
    let mut start = 0usize;
    for (i, c) in s.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let end = i + 1;
        let after = s.get(end..).unwrap_or("");
        let rest = after.trim_start();
        let spaced = after.starts_with(char::is_whitespace) || after.is_empty();
        let next_ok = rest.is_empty()
            || rest
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || n == '"');
        if !(spaced && next_ok) || (c == '.' && abbreviation_before(s.get(start..i).unwrap_or("")))
        {
            continue;
        }
        push_trimmed(s, start, end, span.start, &mut out);
        start = end;
    }
    push_trimmed(s, start, s.len(), span.start, &mut out);
    out
}

fn push_trimmed(s: &str, from: usize, to: usize, base: usize, out: &mut Vec<Span>) {
    let part = s.get(from..to).unwrap_or("");
    let t = part.trim_start();
    let lead = part.len() - t.len();
    let t = t.trim_end();
    if t.chars().any(char::is_alphanumeric) {
        out.push(Span::new(base + from + lead, base + from + lead + t.len()));
    }
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn abbreviation_before(before: &str) -> bool {
    let last = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    (last.chars().count() == 1 && last.chars().all(char::is_alphabetic))
        || has(&ph::ABBREVIATIONS, &last)
}

/// Mark the bullets that are not achievements, and drop the role and date lines a template
/// bulleted (the role reader needs them as role lines).
pub fn classify_all(text: &str, bullets: &mut Vec<Bullet>, sections: &[Section]) {
    let headings: Vec<Option<String>> = sections
        .iter()
        .map(|s| {
            s.heading
                .as_ref()
                .map(|h| phrases::normalize_heading(h.title.slice(text)))
        })
        .collect();
    for b in bullets.iter_mut() {
        let words = headings.get(b.section).and_then(|h| h.as_deref());
        b.not_work = classify(b.body.slice(text), words);
    }
    bullets.retain(|b| b.not_work != Some(NotWork::RoleLine));
}

/// Bullets for the work sentences of prose paragraphs in Experience, Projects and unknown
/// sections: runs of non-blank lines that are not bullets or headings, with at least eight
/// words (one work sentence under a role is a bullet without its marker), ending a sentence. A short first line without a period (the role line right above
/// the paragraph) is not part of the paragraph, and a dated line right after a finished
/// sentence (the next role, with no blank line before it) starts a new one.
pub fn prose_bullets(
    text: &str,
    lines: &[Span],
    sections: &[Section],
    bullets: &[Bullet],
) -> Vec<Bullet> {
    let mut out = Vec::new();
    let mut bullet_at = 0usize;
    let mut run: Vec<Span> = Vec::new();
    let mut section = 0usize;
    let mut run_section = 0usize;
    for line in lines
        .iter()
        .copied()
        .chain(core::iter::once(Span::new(text.len(), text.len())))
    {
        while sections
            .get(section + 1)
            .is_some_and(|s| s.span.start <= line.start)
        {
            section += 1;
        }
        while bullets
            .get(bullet_at)
            .is_some_and(|b| b.span.end < line.start)
        {
            bullet_at += 1;
        }
        let in_bullet = bullets
            .get(bullet_at)
            .is_some_and(|b| b.span.start <= line.end && line.start <= b.span.end);
        let heading = sections.get(section).and_then(|s| s.heading.as_ref());
        let is_heading = heading.is_some_and(|h| h.span.contains(line));
        let blank = line.slice(text).trim().is_empty();
        let next_role = run
            .last()
            .is_some_and(|prev| prev.slice(text).trim_end().ends_with(['.', '!', '?']))
            && role_line_between_paragraphs(line.slice(text));
        if blank || in_bullet || is_heading || section != run_section || next_role {
            paragraph(text, &run, sections.get(run_section), run_section, &mut out);
            run.clear();
        }
        run_section = section;
        if !(blank || in_bullet || is_heading) {
            run.push(line);
        }
    }
    out
}

/// A line that ends one role's paragraph and starts the next: short, no sentence end, dated.
fn role_line_between_paragraphs(line: &str) -> bool {
    let t = line.trim_end();
    !t.ends_with(['.', '!', '?'])
        && words(t).count() <= 16
        && crate::date::range_or_single_in(t, || true).is_some()
}

/// The work sentences of one paragraph (its lines), as prose bullets.
fn paragraph(
    text: &str,
    lines: &[Span],
    section: Option<&Section>,
    index: usize,
    out: &mut Vec<Bullet>,
) {
    let Some(section) = section.filter(|s| prose_section(s.kind)) else {
        return;
    };
    let headed_by = |l: &Span| {
        let s = l.slice(text).trim_end();
        !s.ends_with(['.', '!', '?']) && words(s).count() <= 16
    };
    let skip = lines.iter().take_while(|l| headed_by(l)).count();
    let body = lines.get(skip..).unwrap_or(&[]);
    let (Some(first), Some(last)) = (body.first(), body.last()) else {
        return;
    };
    let span = Span::new(first.start, last.end);
    let s = span.slice(text);
    if words(s).count() < 8 || !s.trim_end().ends_with(['.', '!', '?', ')', '"']) {
        return;
    }
    for sentence in work_sentences(text, span) {
        out.push(Bullet {
            span: sentence,
            body: sentence,
            marker: super::bullets::PROSE_MARKER,
            section_kind: section.kind,
            section: index,
            role: None,
            ordinal: 0,
            not_work: None,
            prose: true,
            facts: Default::default(),
        });
    }
}

/// Whether prose in a section of this kind can state work: Experience, Projects and sections
/// of unknown kind (Volunteering, Teaching, Leadership).
pub fn prose_section(kind: SectionKind) -> bool {
    matches!(
        kind,
        SectionKind::Experience | SectionKind::Projects | SectionKind::Other
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_not_work() {
        for s in [
            "Programming: Go, Python, SQL, TypeScript",
            "Key skills: Node.js, TypeScript, PostgreSQL, AWS Lambda, Git",
            "语言 Languages：Go, Java, PHP, SQL",
            "Relevant modules: Databases, Distributed Systems, Software Engineering, Networks",
            "Languages: German (native), English (C2)",
            "**Languages:** Go, Python, SQL",
            "**Tech stack:** Go, PostgreSQL, Kafka, Kubernetes",
            "Environment – Java 8, Spring Boot, Oracle 12c, WebLogic",
            "Languages - Go, Python, SQL, Bash",
            "Distributed Systems: sharding, idempotency, exactly-once delivery, CDC",
            "Embedded: C, Rust, FreeRTOS",
            "Advanced: Go, Python",
        ] {
            assert_eq!(classify(s, None), Some(NotWork::LabeledList), "{s}");
        }
        for s in [
            "Python, Ruby, SQL, AWS (S3, Lambda, SQS), Snowflake, dbt, Docker",
            "Code reviews, on-call, sprint planning, the usual.",
        ] {
            assert_eq!(classify(s, None), Some(NotWork::List), "{s}");
        }
    }

    #[test]
    fn work_with_colons_and_commas_is_work() {
        for s in [
            "Own the KYC document pipeline: upload, OCR, review queue and retention, handling 25,000 applications a month.",
            "Impact: reduced p99 latency from 800 ms to 45 ms by adding Redis caching",
            "Migrated Kafka, Flink, and Pinot pipelines for 2M events/sec",
            "Led migration",
            "Led the 2019 – 2021 migration of billing to Go",
            "Earned the AWS certification by building a CI pipeline",
            // A label over a result is a terse achievement.
            "Bazel remote cache: CI 40→9 min",
            "Query tuning: p99 -> 40 ms",
            "Migrated: billing, ledger and payouts services to Go",
            "Payments — built the ledger service in Go",
        ] {
            assert_eq!(classify(s, None), None, "{s}");
        }
    }

    #[test]
    fn other_things_with_markers() {
        assert_eq!(
            classify("AWS Certified Solutions Architect – Professional", None),
            Some(NotWork::Certification)
        );
        assert_eq!(
            classify("Jul 2023 – Now · Austin, TX", None),
            Some(NotWork::RoleLine)
        );
        assert_eq!(
            classify("Senior Engineer, Acme (2019 – 2021)", None),
            Some(NotWork::RoleLine)
        );
        assert_eq!(
            classify(
                "**[pgqueue](https://github.com/x/pgqueue)** — a job queue on top of Postgres `SKIP LOCKED`, 450 ⭐",
                None
            ),
            Some(NotWork::ProjectTitle)
        );
        // A name and its stack reads as a list.
        assert_eq!(
            classify("Checkout API | Go, gRPC, PostgreSQL", None),
            Some(NotWork::LabeledList)
        );
        assert_eq!(classify("jordan@example.com", None), Some(NotWork::Contact));
        assert_eq!(classify("Family", None), Some(NotWork::Fragment));
        assert_eq!(classify("Familiar with PostgreSQL.", None), None);
        assert_eq!(
            classify("Climbing and long-distance running", Some("interests")),
            Some(NotWork::Section)
        );
        // Chinese sentences have no spaces but are not fragments.
        assert_eq!(
            classify("负责支付回调服务，日处理 200 万次回调，零资金差错。", None),
            None
        );
        // A course code is not a date, and a course line is a list.
        assert_eq!(
            classify("Coursework: CS 161, CS 244, EE 180", None),
            Some(NotWork::LabeledList)
        );
        // A project whose tail states work is graded.
        assert_eq!(
            classify(
                "**pgqueue** — Built a job queue on Postgres used by 40 teams (github.com/x/pgqueue)",
                None
            ),
            None
        );
    }

    #[test]
    fn present_tense_scene_setting_is_not_work() {
        assert!(!states_work("I run the CI/CD platform for 90 developers."));
        assert!(!states_work(
            "I own the promotions service for the online store."
        ));
        assert!(!states_work(
            "I joined the refunds team as a junior engineer."
        ));
        assert!(states_work(
            "I also moved our secrets from CI variables to Vault with short-lived credentials."
        ));
        assert!(states_work(
            "I lead the infrastructure architecture group, which sets direction for about 120 engineers."
        ));
    }

    #[test]
    fn a_dated_role_line_splits_two_paragraphs() {
        let text = "Experience\nDevOps Engineer — Wawel | 2022.03 – now\nI run the platform for 90 developers. I rebuilt the GitLab pipelines around shared templates for all teams.\nJunior Engineer — Vistula | 2020.09 – 2022.02\nI wrote Terraform modules for client AWS accounts and automated nightly backups.\n";
        let r = crate::analyze(text, &crate::Options::default()).unwrap();
        let judged: Vec<&str> = r
            .bullets
            .iter()
            .filter(|b| b.judged)
            .map(|b| b.span.slice(text))
            .collect();
        assert_eq!(
            judged,
            [
                "I rebuilt the GitLab pipelines around shared templates for all teams.",
                "I wrote Terraform modules for client AWS accounts and automated nightly backups."
            ]
        );
    }

    #[test]
    fn prose_sentences_that_state_work() {
        let text = "I work on the ingestion team. I built the service that accepts customer event uploads over HTTP. Last year I reduced our Snowflake spend by 30% by rewriting the merge jobs at Acme Inc. for finance. My first job was running Linux servers for a regional telecom. In 2020 I designed the bank's move from two sites to AWS, e.g. the ledger.";
        let got: Vec<&str> = work_sentences(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(
            got,
            [
                "I built the service that accepts customer event uploads over HTTP.",
                "Last year I reduced our Snowflake spend by 30% by rewriting the merge jobs at Acme Inc. for finance.",
                "In 2020 I designed the bank's move from two sites to AWS, e.g. the ledger."
            ]
        );
        // Decimals and versions do not end sentences.
        let text = "Cut p99 from 1.5 s to 200 ms on Java 17. Then moved on.";
        assert_eq!(sentences(text, Span::new(0, text.len())).len(), 2);
    }
}
