//! The resume matched against a job description (SPEC §4), read once per analysis: for each of
//! the posting's requirements (read in [`crate::jd`]) what on the resume meets it, where, and
//! what is missing; the spellings to mirror; the title match (`title`). The J- rules judge
//! this report and the report shows it.

mod matched;
mod title;

pub use matched::{
    MatchReport, MatchTerm, NeedGroup, Requirement, RequirementKind, ResumePlace, SpellingMirror,
    TitleMatch, TitleStatus,
};

use crate::document::Document;
use crate::jd::{unknown, vocab, JdRequirement, JobDescription, Key};
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::taxonomy::{self, SignalClass};
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// How the resume uses one thing: spellings (taxonomy terms), first use, best section.
#[derive(Default, Clone)]
struct Use {
    spellings: Vec<u8>,
    first: Option<Span>,
    section: Option<SectionKind>,
    /// Used in an experience or project section (proof, not a skills list).
    proven: bool,
}

impl Use {
    fn add(&mut self, span: Span, section: Option<SectionKind>) {
        self.first.get_or_insert(span);
        let proof = matches!(
            section,
            Some(SectionKind::Experience | SectionKind::Projects)
        );
        if self.section.is_none() || (proof && !self.proven) {
            self.section = section;
        }
        self.proven |= proof;
    }
}

/// What the resume has, looked up by key.
struct Resume<'a> {
    text: &'a str,
    terms: Vec<Option<Use>>,
    vocab: Vec<Option<Use>>,
    /// The posting's unknown words, sorted, with the resume's first use.
    unknown: Vec<(String, Option<Span>)>,
    /// The lexicon's technologies on the resume, lower-cased, sorted, first use each.
    lexicon: Vec<(String, Span, Option<SectionKind>)>,
}

impl Resume<'_> {
    fn term(&self, id: u16) -> Option<&Use> {
        self.terms.get(usize::from(id)).and_then(Option::as_ref)
    }

    fn vocab(&self, id: u16) -> Option<&Use> {
        self.vocab.get(usize::from(id)).and_then(Option::as_ref)
    }

    /// The resume's direct use of `key` (family words have none: only members meet them).
    fn direct(&self, key: &Key) -> Option<Use> {
        match key {
            Key::Term(id) => {
                let t = taxonomy::term(*id);
                if vocab::is_family(t.name()) {
                    return None;
                }
                self.term(*id).cloned()
            }
            Key::Vocab(id) => {
                let e = vocab::entry(*id)?;
                if e.kind == vocab::VocabKind::Family {
                    return None;
                }
                self.vocab(*id).cloned()
            }
            Key::Lexicon(word) => {
                let i = self
                    .lexicon
                    .binary_search_by(|(w, _, _)| w.as_str().cmp(word))
                    .ok()?;
                let (_, span, section) = self.lexicon.get(i)?;
                let mut u = Use::default();
                u.add(*span, *section);
                Some(u)
            }
            Key::Unknown(k) => {
                let i = self
                    .unknown
                    .binary_search_by(|(w, _)| w.as_str().cmp(k))
                    .ok()?;
                let span = self.unknown.get(i)?.1?;
                let mut u = Use::default();
                u.add(span, None);
                Some(u)
            }
        }
    }

    /// The resume's use of a thing named `name` (taxonomy or vocabulary), directly.
    fn by_name(&self, name: &str) -> Option<(String, Use)> {
        if let Some(id) = taxonomy::lookup(name).filter(|id| taxonomy::term(*id).name() == name) {
            if let Some(u) = self.direct(&Key::Term(id)) {
                return Some((name.to_string(), u));
            }
        }
        if let Some(u) = vocab::lookup(name).and_then(|id| self.direct(&Key::Vocab(id))) {
            return Some((name.to_string(), u));
        }
        let lower = name.to_ascii_lowercase();
        self.direct(&Key::Lexicon(lower))
            .map(|u| (name.to_string(), u))
    }

    /// What meets a member named `name`: itself, or a member of its class (two levels: SQL is
    /// met by a relational database, which is met by PostgreSQL).
    fn meets(&self, key: &Key) -> Option<(String, Use)> {
        if let Some(u) = self.direct(key) {
            return Some((display(key, self.text, &u), u));
        }
        let name = key.name()?;
        self.class_member(name, 2)
    }

    fn class_member(&self, name: &str, depth: u8) -> Option<(String, Use)> {
        for m in vocab::class_members(name) {
            if let Some(found) = self.by_name(m) {
                return Some(found);
            }
        }
        if depth > 1 {
            for m in vocab::class_members(name) {
                if let Some(found) = self.class_member(m, depth - 1) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// A sibling of `name` in any class that lists it ("Kafka or similar": RabbitMQ).
    fn sibling(&self, name: &str) -> Option<(String, Use)> {
        vocab::entries()
            .iter()
            .filter(|e| e.members.contains(&name))
            .find_map(|e| e.members.iter().find_map(|m| self.by_name(m)))
    }
}

/// The name a requirement shows for what the resume has: the canonical name, or the
/// resume's own word for an unknown one.
fn display(key: &Key, text: &str, u: &Use) -> String {
    match key.name() {
        Some(n) => n.to_string(),
        None => u
            .first
            .map_or_else(String::new, |s| s.slice(text).to_string()),
    }
}

/// The section holding byte `at` of the resume.
fn section_at(doc: &Document<'_>, at: usize) -> Option<SectionKind> {
    let i = doc.sections.partition_point(|s| s.span.start <= at);
    i.checked_sub(1)
        .and_then(|i| doc.sections.get(i))
        .filter(|s| at < s.span.end.max(s.span.start + 1))
        .map(|s| s.kind)
}

fn resume_uses<'a>(doc: &'a Document<'a>, jd: &JobDescription) -> Resume<'a> {
    let mut terms: Vec<Option<Use>> = vec![None; taxonomy::TERM_COUNT];
    for hit in &doc.terms {
        if let Some(slot) = terms.get_mut(usize::from(hit.term)) {
            let u = slot.get_or_insert_with(Use::default);
            let s = hit.spelling();
            if !u.spellings.contains(&s) {
                u.spellings.push(s);
            }
            u.add(hit.span, section_at(doc, hit.span.start));
        }
    }
    let mut vocab_uses: Vec<Option<Use>> = vec![None; vocab::entries().len()];
    for hit in vocab::find(doc.text, &doc.tokens) {
        if let Some(slot) = vocab_uses.get_mut(usize::from(hit.entry)) {
            slot.get_or_insert_with(Use::default)
                .add(hit.span, section_at(doc, hit.span.start));
        }
    }
    let mut unknown: Vec<(String, Option<Span>)> = jd
        .requirements
        .iter()
        .flat_map(|r| &r.members)
        .filter_map(|m| match &m.key {
            Key::Unknown(k) => Some((k.clone(), None)),
            _ => None,
        })
        .collect();
    crate::sort::sort_by(&mut unknown, |a, b| a.0.cmp(&b.0));
    unknown.dedup_by(|a, b| a.0 == b.0);
    if !unknown.is_empty() {
        unknown::each_word(doc.text, &doc.tokens, |span, lower| {
            if let Ok(i) = unknown.binary_search_by(|(w, _)| w.as_str().cmp(lower)) {
                if let Some((_, first @ None)) = unknown.get_mut(i) {
                    *first = Some(span);
                }
            }
        });
    }
    let taken: Vec<Span> = doc.terms.iter().map(|h| h.span).collect();
    let mut lexicon: Vec<(String, Span, Option<SectionKind>)> =
        taxonomy::lexicon::find(doc.text, &doc.tokens, &taken)
            .into_iter()
            .map(|h| {
                let mut w = String::new();
                crate::text::lower_into(h.span.slice(doc.text), &mut w);
                (w, h.span, section_at(doc, h.span.start))
            })
            .collect();
    // First use of each word: a stable sort keeps text order among equals.
    crate::sort::sort_by(&mut lexicon, |a, b| a.0.cmp(&b.0));
    lexicon.dedup_by(|a, b| a.0 == b.0);
    Resume {
        text: doc.text,
        terms,
        vocab: vocab_uses,
        unknown,
        lexicon,
    }
}

/// Match `doc` against the posting `jd`: each requirement met (directly, through a class member,
/// or by a sibling for "or similar") or missing, the spellings to mirror, the title match. The
/// rules read it through `rules::Context::job_match`, computed once per analysis.
pub fn compute(doc: &Document<'_>, jd: &JobDescription) -> MatchReport {
    let resume = resume_uses(doc, jd);
    let text = doc.text;
    let mut requirements = Vec::with_capacity(jd.requirements.len());
    let mut spelling = Vec::new();
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    let mut required = NeedGroup::default();
    let mut preferred = NeedGroup::default();
    for r in &jd.requirements {
        let kind = if r.need.is_required() {
            RequirementKind::Required
        } else {
            RequirementKind::Preferred
        };
        let counter = r.is_counter();
        // The first member the resume has wins; then a class member; then, for "or
        // similar", a sibling.
        let direct = r.members.iter().find_map(|m| {
            resume
                .direct(&m.key)
                .map(|u| (m, display(&m.key, text, &u), u))
        });
        let found = direct.or_else(|| {
            r.members.iter().find_map(|m| {
                resume
                    .meets(&m.key)
                    .or_else(|| {
                        r.similar
                            .then(|| m.key.name().and_then(|n| resume.sibling(n)))
                            .flatten()
                    })
                    .map(|(name, u)| (m, name, u))
            })
        });
        if let Some((m, _, u)) = &found {
            if let (Key::Term(id), Some(first)) = (&m.key, u.first) {
                let same_term = resume.term(*id).is_some();
                if same_term && !u.spellings.iter().any(|s| m.spellings.contains(s)) {
                    spelling.push(SpellingMirror {
                        term: taxonomy::term(*id).name(),
                        jd: m.written.clone(),
                        resume: first.slice(text).to_string(),
                        span: first,
                    });
                }
            }
        }
        let group = match kind {
            RequirementKind::Required => &mut required,
            RequirementKind::Preferred => &mut preferred,
        };
        group.total += 1;
        if found.is_some() {
            group.met += 1;
        }
        let suggested_place = match &found {
            _ if counter => None,
            None => Some(place_for(r)),
            Some((_, _, u)) if !u.proven => Some(String::from(LATEST_ROLE)),
            Some(_) => None,
        };
        let single = match r.members.as_slice() {
            [m] => Some(m),
            _ => None,
        };
        let term = MatchTerm {
            term: r.label.clone(),
            canonical: single.and_then(|m| match m.key {
                Key::Term(id) => Some(taxonomy::term(id).name()),
                _ => None,
            }),
            class: single.and_then(|m| match m.key {
                Key::Term(id) => Some(taxonomy::term(id).class),
                _ => None,
            }),
            need: r.need,
            known: r.members.iter().any(|m| !matches!(m.key, Key::Unknown(_))),
            resume: found
                .as_ref()
                .and_then(|(_, _, u)| u.first.map(|s| s.slice(text).to_string())),
        };
        if found.is_some() {
            matched.push(term);
        } else if !counter {
            missing.push(term);
        }
        requirements.push(Requirement {
            label: r.label.clone(),
            kind,
            members: r
                .members
                .iter()
                .map(|m| {
                    m.key
                        .name()
                        .map_or_else(|| m.written.clone(), ToString::to_string)
                })
                .collect(),
            matched: found.as_ref().map(|(_, name, _)| name.clone()),
            on_resume: found.as_ref().and_then(|(_, _, u)| u.section),
            suggested_place,
            years: r.years,
            counter,
            spans: r.spans.clone(),
            utf16: Vec::new(),
            resume_at: found
                .as_ref()
                .and_then(|(_, _, u)| u.first)
                .map(|span| ResumePlace {
                    span,
                    utf16: Span::default(),
                }),
        });
    }
    for g in [&mut required, &mut preferred] {
        g.rate = percent(g.met, g.total);
    }
    let total = required.total + preferred.total;
    let matched_count = required.met + preferred.met;
    MatchReport {
        rate: percent(matched_count, total),
        total,
        matched_count,
        split: jd.split,
        required,
        preferred,
        requirements,
        matched,
        missing,
        spelling,
        title: title::compare(
            jd.title.as_deref(),
            jd.level.as_deref(),
            &title::resume_candidates(doc),
        ),
        text: jd.html.then(|| jd.text.clone()),
    }
}

/// Where a proven term belongs on a resume.
const LATEST_ROLE: &str = "a bullet of your latest role";

/// Where to add a missing requirement: tools and languages in Skills (and a bullet that
/// proves them), concepts and domains in a bullet of the latest role.
fn place_for(r: &JdRequirement) -> String {
    let concept = r.members.iter().all(|m| match &m.key {
        Key::Term(id) => {
            matches!(
                taxonomy::term(*id).class,
                SignalClass::Distributed | SignalClass::Generic
            ) || taxonomy::term(*id).tier > 1 && taxonomy::term(*id).class != SignalClass::Framework
        }
        Key::Vocab(id) => vocab::entry(*id).is_some_and(|e| e.kind == vocab::VocabKind::Domain),
        Key::Lexicon(_) | Key::Unknown(_) => false,
    });
    String::from(if concept { LATEST_ROLE } else { "skills" })
}

/// `part` of `whole` in percent, rounded; 0 of 0 is 0.
fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 {
        0
    } else {
        (part * 200 + whole) / (whole * 2)
    }
}
