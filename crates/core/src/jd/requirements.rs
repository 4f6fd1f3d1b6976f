//! From a posting's lines to its requirements: what each line names (taxonomy terms, the
//! vocabulary's domains and technologies, unknown technology-looking words), grouped the way
//! the sentence groups them.
//!
//! "Go, Python or Java", "one of Go, Rust", "such as PostgreSQL or MySQL", "a cloud platform
//! (AWS, GCP)", "GitHub Actions/GitLab CI", "Kafka or a similar broker" are one requirement met
//! by any member; "Go and PostgreSQL" are two. "5+ years of Go" carries its years. Only the
//! lines a reader would take as asking for something yield requirements: requirements and
//! nice-to-have parts yield everything; responsibilities and the intro yield technologies
//! only (a domain word or a frontend term in "what you'll do" describes the job, it does not
//! ask for a skill); boilerplate yields nothing.

use super::sections::{Line, Need, Role};
use super::unknown::Candidate;
use super::vocab::{self, VocabHit, VocabKind};
use crate::span::Span;
use crate::taxonomy::lexicon::{self, LexHit};
use crate::taxonomy::{self, SignalClass, TermHit};
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// At most this many requirements are kept (a real posting has a few dozen): bounds the
/// report and the merge search on hostile input.
pub const MAX_REQUIREMENTS: usize = 200;
/// At most this many members are kept per any-of group (a real list has a handful).
pub const MAX_MEMBERS: usize = 12;
/// At most this many places in the posting are kept per requirement (the page highlights them).
pub const MAX_SPANS: usize = 16;

/// Which thing a posting names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    /// A taxonomy term (its id).
    Term(u16),
    /// A vocabulary entry (its id).
    Vocab(u16),
    /// A technology of the lexicon (outside the taxonomy), lower-cased as written ("solr").
    Lexicon(String),
    /// A technology-looking word none of them knows, lower-cased ("zab").
    Unknown(String),
}

impl Key {
    /// The canonical name (an unknown word as the posting first wrote it is kept by the caller).
    pub fn name(&self) -> Option<&'static str> {
        match self {
            Key::Term(id) => Some(taxonomy::term(*id).name()),
            Key::Vocab(id) => vocab::entry(*id).map(|e| e.name),
            Key::Lexicon(_) | Key::Unknown(_) => None,
        }
    }

    /// A frontend term (the taxonomy's counter-list, the lexicon's frontend class).
    pub fn is_counter(&self) -> bool {
        match self {
            Key::Term(id) => taxonomy::term(*id).class == SignalClass::Counter,
            Key::Lexicon(word) => lexicon::lookup(word) == Some(true),
            Key::Vocab(_) | Key::Unknown(_) => false,
        }
    }
}

/// One member of a requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub key: Key,
    /// As the posting first writes it ("Golang").
    pub written: String,
    /// Every taxonomy spelling the posting uses for it (`Term::spelling` indexes).
    pub spellings: Vec<u8>,
}

/// One requirement of a posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdRequirement {
    /// "Go, Python or Java"; "relational database (PostgreSQL, MySQL)"; "PostgreSQL".
    pub label: String,
    /// One member for a plain requirement; any member meets an any-of group.
    pub members: Vec<Member>,
    pub need: Need,
    /// "5+ years of Go" → 5.
    pub years: Option<u32>,
    /// "Kafka or similar": a term of the same class meets it too.
    pub similar: bool,
    /// Where the posting names it (byte ranges in the posting's readable text).
    pub spans: Vec<Span>,
}

impl JdRequirement {
    /// Every member is a frontend (counter-list) term.
    pub fn is_counter(&self) -> bool {
        !self.members.is_empty() && self.members.iter().all(|m| m.key.is_counter())
    }
}

/// A thing named on one line.
#[derive(Debug, Clone)]
struct Mention {
    key: Key,
    span: Span,
    spelling: Option<u8>,
}

/// What a line may yield.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Yield {
    Nothing,
    /// Technologies only (responsibilities, intro, unknown headings).
    Tech,
    /// Everything.
    All,
}

/// Whether the posting asks for anything explicitly (a requirements or nice-to-have part, or
/// an inline mark). Without one, every non-boilerplate line yields everything.
pub fn has_explicit_parts(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        matches!(l.role, Role::Requirements | Role::Preferred) || l.need != Need::Mentioned
    })
}

fn yield_of(line: &Line, explicit: bool, title_line: bool) -> Yield {
    if title_line || line.role.is_boilerplate() || (line.heading && line.content.is_none()) {
        return Yield::Nothing;
    }
    if !explicit
        || matches!(line.role, Role::Requirements | Role::Preferred)
        || line.need != Need::Mentioned
    {
        Yield::All
    } else {
        Yield::Tech
    }
}

/// Whether line `i` may yield unknown words (only lines that yield everything).
pub fn yields_unknown(lines: &[Line], i: usize, explicit: bool, title_line: Option<usize>) -> bool {
    lines
        .get(i)
        .is_some_and(|l| yield_of(l, explicit, Some(i) == title_line) == Yield::All)
}

/// The inputs of [`build`].
pub struct Found<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    pub title_line: Option<usize>,
    pub hits: &'a [TermHit],
    pub vocab: &'a [VocabHit],
    pub lexicon: &'a [LexHit],
    pub unknown: &'a [Candidate],
    /// Lower-case words naming the hiring company.
    pub company: &'a [String],
}

/// The posting's requirements, in order of first appearance, merged when repeated.
pub fn build(f: &Found<'_>) -> Vec<JdRequirement> {
    let explicit = has_explicit_parts(f.lines);
    let mentions = mentions(f, explicit);
    let mut out: Vec<JdRequirement> = Vec::new();
    let mut index: BTreeMap<Vec<Key>, usize> = BTreeMap::new();
    let mut m = 0;
    for (li, line) in f.lines.iter().enumerate() {
        let from = m;
        while mentions
            .get(m)
            .is_some_and(|x| x.span.start < line.span.end.max(line.span.start + 1))
        {
            m += 1;
        }
        let on_line = mentions.get(from..m).unwrap_or(&[]);
        if on_line.is_empty() {
            continue;
        }
        let _ = li;
        let groups = group_line(f.text, line.span, on_line);
        let years = years_on_line(f.text, line.span, &groups);
        for (g, y) in groups.into_iter().zip(years) {
            push_merged(&mut out, &mut index, f.text, g, line.need, y);
        }
    }
    out
}

/// Every mention on a yielding line, in text order, overlaps resolved (taxonomy first, then
/// the vocabulary, then unknown words).
fn mentions(f: &Found<'_>, explicit: bool) -> Vec<Mention> {
    let mut all: Vec<(Mention, u8)> = Vec::new();
    for h in f.hits {
        all.push((
            Mention {
                key: Key::Term(h.term),
                span: h.span,
                spelling: Some(h.spelling()),
            },
            0,
        ));
    }
    for v in f.vocab {
        all.push((
            Mention {
                key: Key::Vocab(v.entry),
                span: v.span,
                spelling: None,
            },
            1,
        ));
    }
    let mut buf = String::new();
    for h in f.lexicon {
        crate::text::lower_into(h.span.slice(f.text), &mut buf);
        all.push((
            Mention {
                key: Key::Lexicon(buf.clone()),
                span: h.span,
                spelling: None,
            },
            2,
        ));
    }
    for c in f.unknown {
        all.push((
            Mention {
                key: Key::Unknown(c.key.clone()),
                span: c.span,
                spelling: None,
            },
            3,
        ));
    }
    crate::sort::sort_by_key(&mut all, |(m, rank)| (m.span.start, *rank));
    let mut out: Vec<Mention> = Vec::with_capacity(all.len());
    let mut line = 0usize;
    for (m, _) in all {
        if out.last().is_some_and(|p| p.span.end > m.span.start) {
            continue;
        }
        while f.lines.get(line).is_some_and(|l| l.span.end < m.span.start) {
            line += 1;
        }
        let Some(l) = f.lines.get(line) else { break };
        if l.content.is_some_and(|c| m.span.start < c.start) {
            continue;
        }
        let y = yield_of(l, explicit, Some(line) == f.title_line);
        if !allowed(&m.key, y) {
            continue;
        }
        crate::text::lower_into(m.span.slice(f.text), &mut buf);
        if f.company.contains(&buf) {
            continue;
        }
        out.push(m);
    }
    out
}

/// Whether a line that yields `y` takes a mention of `key`.
fn allowed(key: &Key, y: Yield) -> bool {
    match (key, y) {
        (_, Yield::Nothing) => false,
        (Key::Term(id), y) => {
            let t = taxonomy::term(*id);
            match t.class {
                // A family word is a requirement only as a class ("a cloud platform");
                // "database" alone asks for nothing nameable.
                SignalClass::Generic => y == Yield::All && vocab::is_class(t.name()),
                SignalClass::Counter => y == Yield::All,
                _ => true,
            }
        }
        (Key::Vocab(id), y) => match vocab::entry(*id).map(|e| e.kind) {
            Some(VocabKind::Tech) => true,
            Some(VocabKind::Domain | VocabKind::Class | VocabKind::Family | VocabKind::Implied) => {
                y == Yield::All
            }
            None => false,
        },
        (Key::Lexicon(_) | Key::Unknown(_), y) => y == Yield::All,
    }
}

/// A group of mentions that forms one requirement, with how its label reads.
struct Group {
    members: Vec<Mention>,
    /// Joined as "head (a, b)" rather than "a, b or c".
    headed: bool,
    similar: bool,
    span: Span,
}

/// What joins two neighbouring mentions.
#[derive(Debug, Clone, Copy, Default)]
struct Joint {
    or: bool,
    and: bool,
    slash: bool,
    example: bool,
    open: bool,
    close: bool,
    /// Anything else: the two are not in one list.
    broken: bool,
    /// Only a head noun broke it ("CI/CD pipelines (GitHub Actions…)", "observability tools
    /// such as Datadog"): not broken when examples follow.
    head_noun: bool,
}

fn joint(gap: &str) -> Joint {
    let lower = gap.to_ascii_lowercase();
    // "e.g." and "i.e." are examples, not sentence ends.
    let abbreviation = lower.contains("e.g") || lower.contains("i.e");
    let mut j = Joint::default();
    let mut word_start: Option<usize> = None;
    for (i, c) in lower
        .char_indices()
        .chain(core::iter::once((lower.len(), ' ')))
    {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(ws) = word_start.take() {
            joint_word(lower.get(ws..i).unwrap_or(""), &mut j);
        }
        match c {
            '/' | '|' => j.slash = true,
            '(' | '[' => j.open = true,
            ')' | ']' => j.close = true,
            '&' => j.and = true,
            '.' if abbreviation => {}
            '.' | ';' | ':' | '!' | '?' | '—' | '–' | '-' => j.broken = true,
            _ => {}
        }
    }
    if j.head_noun && !j.broken && !(j.open || j.example) {
        j.broken = true;
    }
    if j.broken && is_skipped_item(&lower) {
        // ", ranking or": a list item that names nothing; the list goes on.
        j.broken = false;
    }
    j
}

/// A gap that is one more list item between separators: ", ranking or ", ", tracing, ".
fn is_skipped_item(gap: &str) -> bool {
    let t = gap.trim();
    let Some(inner) = t.strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let closes = t.ends_with(',') || matches!(words.last(), Some(&"or" | &"and"));
    closes && (2..=4).contains(&words.len()) && !inner.contains(['.', ';', ':', '(', ')'])
}

/// One word of a gap between two mentions.
fn joint_word(w: &str, j: &mut Joint) {
    match w {
        "or" | "nor" | "either" => j.or = true,
        "and" | "plus" => j.and = true,
        "e" | "g" | "eg" | "i" | "ie" | "as" | "like" | "including" | "especially"
        | "particularly" | "preferably" | "ideally" | "specifically" => j.example = true,
        // "Istio or another service mesh", "Kafka or a similar broker".
        "such" | "etc" | "another" | "other" | "similar" | "comparable" | "equivalent" => {}
        w if HEAD_NOUNS.contains(&w) => j.head_noun = true,
        _ => j.broken = true,
    }
}

/// Nouns that may stand between a class word and its examples ("CI/CD pipelines (…)",
/// "observability tooling such as …", "a cloud provider like …").
const HEAD_NOUNS: &[&str] = &[
    "pipeline",
    "pipelines",
    "tool",
    "tools",
    "tooling",
    "platform",
    "platforms",
    "system",
    "systems",
    "framework",
    "frameworks",
    "language",
    "languages",
    "database",
    "databases",
    "service",
    "services",
    "stack",
    "stacks",
    "technologies",
    "technology",
    "provider",
    "providers",
    "solutions",
    "engine",
    "engines",
    "store",
    "stores",
    "a",
    "an",
    "the",
    "modern",
    "major",
    "similar",
    "other",
    "common",
    "popular",
    "experience",
    "with",
    "using",
    "in",
    "of",
    "at",
    "least",
    "one",
];

/// Words right before a list that make it any-of ("one of", "such as", "e.g.").
const ANY_OF_BEFORE: &[&str] = &[
    "one of",
    "any of",
    "any of the following",
    "one of the following",
    "one or more of the following",
    "one or more of",
    "at least one of",
    "either",
    "such as",
    "e.g.",
    "e.g.,",
    "eg",
    "e.g",
    "like",
    "including",
    "for example",
    "for instance",
    "i.e.",
];

/// Words right after a list that make it any-of and let a sibling of the same class meet it.
const SIMILAR_AFTER: &[&str] = &[
    "or similar",
    "or a similar",
    "or equivalent",
    "or an equivalent",
    "or comparable",
    "or a comparable",
    "or other",
    "or another",
    "or related",
    "or alternatives",
    "or alike",
    "or the like",
];

/// Group the mentions of one line.
fn group_line(text: &str, line: Span, ms: &[Mention]) -> Vec<Group> {
    let joints: Vec<Joint> = ms
        .windows(2)
        .map(|w| match w {
            [a, b] => joint(Span::new(a.span.end, b.span.start).slice(text)),
            _ => Joint::default(),
        })
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    // Runs: maximal stretches of mentions joined by list words.
    while start < ms.len() {
        let mut end = start + 1;
        while end < ms.len() && joints.get(end - 1).is_some_and(|j| !j.broken) {
            end += 1;
        }
        let before_from = if start == 0 {
            line.start
        } else {
            ms.get(start - 1).map_or(line.start, |m| m.span.end)
        };
        let after_to = ms.get(end).map_or(line.end, |m| m.span.start);
        let run = ms.get(start..end).unwrap_or(&[]);
        let run_joints = joints.get(start..end.saturating_sub(1)).unwrap_or(&[]);
        let before = Span::new(
            before_from,
            run.first().map_or(before_from, |m| m.span.start),
        );
        let after = Span::new(run.last().map_or(after_to, |m| m.span.end), after_to);
        group_run(
            run,
            run_joints,
            any_of_before(before.slice(text)),
            similar_after(after.slice(text)),
            &mut out,
        );
        start = end;
    }
    out
}

fn any_of_before(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let t = lower
        .trim_end()
        .trim_end_matches([':', '(', ' ', '-'])
        .trim_end();
    ANY_OF_BEFORE.iter().any(|p| {
        t.ends_with(p)
            && !t
                .get(..t.len() - p.len())
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_alphanumeric)
    })
}

fn similar_after(after: &str) -> bool {
    let lower = after.to_ascii_lowercase();
    let t = lower
        .trim_start()
        .trim_start_matches([',', ')', '(', ' '])
        .trim_start();
    SIMILAR_AFTER.iter().any(|p| t.starts_with(p))
}

/// Split one run into groups.
fn group_run(
    run: &[Mention],
    joints: &[Joint],
    trigger: bool,
    similar: bool,
    out: &mut Vec<Group>,
) {
    if run.is_empty() {
        return;
    }
    // A head with examples: "cloud platform (AWS, GCP)", "databases such as PostgreSQL".
    if let Some(k) = joints.iter().position(|j| j.open || j.example) {
        let opened = joints.get(k).is_some_and(|j| j.open);
        let close = if opened {
            joints
                .iter()
                .skip(k + 1)
                .position(|j| j.close)
                .map_or(joints.len(), |c| k + 1 + c)
        } else {
            joints.len()
        };
        let inner = joints.get(k + 1..close).unwrap_or(&[]);
        let head = run.get(k);
        // Examples make one requirement when the head is a class ("a cloud platform (AWS,
        // GCP)"), when they are marked as examples ("such as", "e.g.") or alternatives
        // ("(Flink or Spark)"); a tool's parenthesis lists its aspects ("PostgreSQL (query
        // plans, indexing)"): each is its own requirement.
        let class_head = head.is_some_and(|h| h.key.name().is_some_and(vocab::is_kind));
        let grouped = class_head
            || joints.get(k).is_some_and(|j| j.example)
            || inner.iter().any(|j| j.or || j.slash || j.example);
        // "Java or Kotlin (Spring Boot)": the alternatives before the head join the group.
        let or_before = k > 0
            && joints
                .get(..k)
                .is_some_and(|b| b.iter().any(|j| j.or || j.slash));
        let last = close + 1 >= run.len();
        if grouped {
            let from = if or_before { 0 } else { k };
            group_run(
                run.get(..from).unwrap_or(&[]),
                joints.get(..from.saturating_sub(1)).unwrap_or(&[]),
                trigger,
                false,
                out,
            );
            push_group(
                out,
                run.get(from..=close).unwrap_or(&[]),
                from == k,
                similar && last,
            );
        } else {
            // The list up to the head stays a list ("Java or Kotlin"); the aspects follow.
            group_run(
                run.get(..=k).unwrap_or(&[]),
                joints.get(..k).unwrap_or(&[]),
                trigger,
                false,
                out,
            );
            group_run(
                run.get(k + 1..=close).unwrap_or(&[]),
                inner,
                false,
                similar && last,
                out,
            );
        }
        if !last {
            let rest = run.get(close + 1..).unwrap_or(&[]);
            group_run(
                rest,
                joints.get(close + 1..).unwrap_or(&[]),
                false,
                similar,
                out,
            );
        }
        return;
    }
    let any_or = joints.iter().any(|j| j.or || j.slash);
    let any_and = joints.iter().any(|j| j.and);
    if trigger || (any_or && !any_and) || (similar && run.len() == 1) {
        push_group(out, run, false, similar);
        return;
    }
    if any_or {
        // "Kafka and Kubernetes or ECS": split at "and", any-of within.
        let mut from = 0;
        for (i, j) in joints.iter().enumerate() {
            if j.and {
                let part = run.get(from..=i).unwrap_or(&[]);
                split_or_group(part, joints.get(from..i).unwrap_or(&[]), out);
                from = i + 1;
            }
        }
        let part = run.get(from..).unwrap_or(&[]);
        split_or_group(part, joints.get(from..).unwrap_or(&[]), out);
        return;
    }
    if similar {
        // "ledgers, payments or other financial systems": one any-of list.
        push_group(out, run, false, true);
        return;
    }
    for m in run {
        push_group(out, core::slice::from_ref(m), false, false);
    }
}

fn split_or_group(part: &[Mention], joints: &[Joint], out: &mut Vec<Group>) {
    if joints.iter().any(|j| j.or || j.slash) {
        push_group(out, part, false, false);
    } else {
        for m in part {
            push_group(out, core::slice::from_ref(m), false, false);
        }
    }
}

fn push_group(out: &mut Vec<Group>, members: &[Mention], headed: bool, similar: bool) {
    let (Some(first), Some(last)) = (members.first(), members.last()) else {
        return;
    };
    out.push(Group {
        members: members.to_vec(),
        headed: headed && members.len() > 1,
        similar,
        span: first.span.cover(last.span),
    });
}

/// The years each group asks for: "5+ years of Go", "Go (3+ years)", "at least 4 years with
/// Kafka". A years phrase goes to the first group after it on the line (close by), else to
/// the last one before it.
fn years_on_line(text: &str, line: Span, groups: &[Group]) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = groups.iter().map(|_| None).collect();
    let s = line.slice(text);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii_digit() || (i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while bytes.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        let n: Option<u32> = s.get(i..j).and_then(|d| d.parse().ok());
        let rest = s.get(j..).unwrap_or("");
        let after_num = rest.trim_start_matches(['+', ' ']);
        let after_num = match after_num.strip_prefix(['-', '–']) {
            Some(r) => r.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '+'),
            None => after_num,
        };
        let lower: String = after_num
            .chars()
            .take(6)
            .collect::<String>()
            .to_ascii_lowercase();
        if let (Some(n), true) = (n, lower.starts_with("year") || lower.starts_with("yr")) {
            let at = line.start + i;
            let after = groups
                .iter()
                .position(|g| g.span.start > at && g.span.start - at < 90);
            let before = groups.iter().rposition(|g| g.span.end <= at);
            if let Some(slot) = after.or(before).and_then(|k| out.get_mut(k)) {
                if slot.is_none() && n > 0 && n < 40 {
                    *slot = Some(n);
                }
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// Add a group as a requirement, or merge it into an earlier one with the same members.
fn push_merged(
    out: &mut Vec<JdRequirement>,
    index: &mut BTreeMap<Vec<Key>, usize>,
    text: &str,
    g: Group,
    need: Need,
    years: Option<u32>,
) {
    let mut members: Vec<Member> = Vec::with_capacity(g.members.len().min(MAX_MEMBERS));
    for m in &g.members {
        if members.len() >= MAX_MEMBERS && !members.iter().any(|x| x.key == m.key) {
            continue;
        }
        match members.iter_mut().find(|x| x.key == m.key) {
            Some(x) => {
                if let Some(s) = m.spelling.filter(|s| !x.spellings.contains(s)) {
                    x.spellings.push(s);
                }
            }
            None => members.push(Member {
                key: m.key.clone(),
                written: m.span.slice(text).trim().to_string(),
                spellings: m.spelling.into_iter().collect(),
            }),
        }
    }
    let mut key: Vec<Key> = members.iter().map(|m| m.key.clone()).collect();
    crate::sort::sort(&mut key);
    if let Some(r) = index.get(&key).and_then(|&i| out.get_mut(i)) {
        r.need = r.need.merge(need);
        r.years = r.years.max(years);
        r.similar |= g.similar;
        if r.spans.len() < MAX_SPANS {
            r.spans.push(g.span);
        }
        for m in members {
            if let Some(x) = r.members.iter_mut().find(|x| x.key == m.key) {
                for s in m.spellings {
                    if !x.spellings.contains(&s) {
                        x.spellings.push(s);
                    }
                }
            }
        }
        return;
    }
    if out.len() >= MAX_REQUIREMENTS {
        return;
    }
    index.insert(key, out.len());
    let label = label(&members, g.headed);
    out.push(JdRequirement {
        label,
        members,
        need,
        years,
        similar: g.similar,
        spans: alloc::vec![g.span],
    });
}

/// "A", "A or B", "A, B or C", "head (A, B or C)".
fn label(members: &[Member], headed: bool) -> String {
    let names: Vec<&str> = members.iter().map(|m| m.written.as_str()).collect();
    match (headed, names.split_first()) {
        (true, Some((head, rest))) if !rest.is_empty() => {
            alloc::format!("{head} ({})", or_list(rest))
        }
        _ => or_list(&names),
    }
}

fn or_list(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => alloc::format!("{} or {last}", rest.join(", ")),
    }
}
