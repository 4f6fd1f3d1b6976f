//! One pass over the document's taxonomy hits: where each term appears (summary, skills,
//! bullets), how it is spelled, and per-class counts. Every keyword rule and the report's
//! coverage chart read this profile, so they agree on what "appears" means.
//!
//! Linear: the hits, sections and bullets are all in text order, so one merge walk places every
//! hit; nothing loops over hits × hits.

use super::targets;
use crate::document::Document;
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::taxonomy::{self, SignalClass};
use alloc::vec;
use alloc::vec::Vec;

/// How one spelling of a term is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spelling {
    /// The spelling (`Term::spelling`, an index into the term's `aliases`): "Postgres" and
    /// "PostgreSQL" are two, "webhook" and "webhooks" one.
    pub spelling: u8,
    /// Its first occurrence.
    pub first: Span,
    pub count: u32,
}

/// How one taxonomy term is used across the resume.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermUse {
    /// Every occurrence.
    pub total: u32,
    /// Occurrences inside the Skills section(s).
    pub in_skills: u32,
    /// Occurrences inside the Summary (or Objective).
    pub in_summary: u32,
    /// Distinct proof bullets (Experience/Projects) that name it.
    pub bullets: u32,
    /// Occurrences inside proof bullets.
    pub bullet_hits: u32,
    /// Occurrences anywhere in the Experience and Projects sections: bullets, "Stack:" lines
    /// under a project, role lines and paragraphs of prose. What shows the term was used.
    pub in_work: u32,
    pub first: Option<Span>,
    pub first_skills: Option<Span>,
    pub first_bullet: Option<Span>,
    /// Spellings used, in order of first use.
    pub spellings: Vec<Spelling>,
    /// Last proof bullet counted in `bullets` (hits come in text order).
    last_bullet: Option<usize>,
}

impl TermUse {
    pub fn present(&self) -> bool {
        self.total > 0
    }

    /// Named somewhere other than the Skills list (a bullet, the summary, a project line).
    pub fn in_context(&self) -> bool {
        self.total > self.in_skills
    }
}

/// Per-class counts for one of the eight Tier-1 signal classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassUse {
    pub class: SignalClass,
    /// Distinct terms of the class (Tier 1 and Tier 2).
    pub distinct: u32,
    /// Occurrences of the class's Tier-1 terms in the Experience and Project bullets: what seed
    /// 003's density rule of thumb counts (see K-DENSITY).
    pub occurrences: u32,
    /// Occurrences of the class's Tier-1 terms anywhere (summary and Skills included).
    pub mentions: u32,
    /// Occurrences of the class's Tier-1 terms anywhere in Experience and Projects (bullets,
    /// stack lines, prose).
    pub in_work: u32,
    /// Term ids of the class, in order of first appearance.
    pub terms: Vec<u16>,
}

/// The keyword profile of a resume.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Indexed by term id (`taxonomy::terms()` order).
    pub uses: Vec<TermUse>,
    /// Term ids in order of first appearance.
    pub order: Vec<u16>,
    /// One entry per class of [`SignalClass::TIER1`], in that order.
    pub classes: Vec<ClassUse>,
    /// Distinct Tier-1 terms (seed 003's FAQ count).
    pub tier1_distinct: u32,
    /// Of those, how many appear outside the Skills list.
    pub tier1_in_context: u32,
    /// Whether the resume has a Summary (or Objective) section.
    pub has_summary: bool,
    /// Distinct Tier-1 terms in the summary.
    pub summary_tier1: u32,
    /// Whether the resume has a Skills section.
    pub has_skills: bool,
    /// Indexes (into `Document::bullets`) of the proof bullets: Experience and Projects.
    pub proof_bullets: Vec<usize>,
    /// Indexes of the recent bullets (most recent role(s)), with their distinct Tier-1 counts.
    pub recent: Vec<(usize, u32)>,
}

impl Profile {
    pub fn use_of(&self, term: u16) -> Option<&TermUse> {
        self.uses.get(usize::from(term))
    }

    pub fn class(&self, class: SignalClass) -> Option<&ClassUse> {
        self.classes.iter().find(|c| c.class == class)
    }

    /// Distinct Tier-1 terms per recent bullet, in tenths (20 = 2.0), or `None` without any.
    pub fn recent_tenths(&self) -> Option<u32> {
        let n = u32::try_from(self.recent.len()).ok().filter(|&n| n > 0)?;
        let sum: u32 = self.recent.iter().map(|&(_, c)| c).sum();
        Some((sum * 10 + n / 2) / n)
    }
}

/// Position of a class in [`SignalClass::TIER1`].
pub fn class_slot(class: SignalClass) -> Option<usize> {
    SignalClass::TIER1.iter().position(|&c| c == class)
}

/// Build the profile of `doc`.
pub fn build(doc: &Document<'_>) -> Profile {
    let all = taxonomy::terms();
    let mut uses: Vec<TermUse> = vec![TermUse::default(); all.len()];
    let mut order: Vec<u16> = Vec::new();
    let proof_bullets: Vec<usize> = proof_bullet_indexes(doc);
    let mut is_proof = vec![false; doc.bullets.len()];
    for &i in &proof_bullets {
        if let Some(p) = is_proof.get_mut(i) {
            *p = true;
        }
    }
    // Tier-1 term ids per bullet (for the recent-bullet placement count).
    let mut bullet_tier1: Vec<Vec<u16>> = vec![Vec::new(); doc.bullets.len()];
    let mut summary_terms: Vec<u16> = Vec::new();

    let mut section = 0usize;
    let mut bullet = 0usize;
    for hit in &doc.terms {
        let at = hit.span.start;
        while doc
            .sections
            .get(section + 1)
            .is_some_and(|s| s.span.start <= at)
        {
            section += 1;
        }
        while doc.bullets.get(bullet).is_some_and(|b| b.span.end <= at) {
            bullet += 1;
        }
        let kind = doc
            .sections
            .get(section)
            .filter(|s| s.span.start <= at)
            .map(|s| s.kind);
        let in_bullet = doc
            .bullets
            .get(bullet)
            .filter(|b| b.span.contains(hit.span))
            .map(|_| bullet);
        let Some(term) = all.get(usize::from(hit.term)) else {
            continue;
        };
        // "Observability:" heading a Skills line names a group, not a skill.
        if kind == Some(SectionKind::Skills) && is_label(doc, hit.span) {
            continue;
        }
        let Some(u) = uses.get_mut(usize::from(hit.term)) else {
            continue;
        };
        if u.total == 0 {
            order.push(hit.term);
            u.first = Some(hit.span);
        }
        u.total += 1;
        match kind {
            Some(SectionKind::Skills) => {
                u.in_skills += 1;
                u.first_skills.get_or_insert(hit.span);
            }
            Some(SectionKind::Summary | SectionKind::Objective) => {
                u.in_summary += 1;
                if term.is_tier1() {
                    summary_terms.push(hit.term);
                }
            }
            Some(SectionKind::Experience | SectionKind::Projects) => u.in_work += 1,
            _ => {}
        }
        if let Some(b) = in_bullet.filter(|&b| is_proof.get(b).copied().unwrap_or(false)) {
            u.bullet_hits += 1;
            if u.last_bullet != Some(b) {
                u.last_bullet = Some(b);
                u.bullets += 1;
                u.first_bullet.get_or_insert(hit.span);
            }
            if term.is_tier1() {
                if let Some(v) = bullet_tier1.get_mut(b) {
                    v.push(hit.term);
                }
            }
        }
        let spelling = hit.spelling();
        match u.spellings.iter_mut().find(|s| s.spelling == spelling) {
            Some(s) => s.count += 1,
            None => u.spellings.push(Spelling {
                spelling,
                first: hit.span,
                count: 1,
            }),
        }
    }

    let mut classes: Vec<ClassUse> = SignalClass::TIER1
        .iter()
        .map(|&class| ClassUse {
            class,
            distinct: 0,
            occurrences: 0,
            mentions: 0,
            in_work: 0,
            terms: Vec::new(),
        })
        .collect();
    let mut tier1_distinct = 0;
    let mut tier1_in_context = 0;
    for &id in &order {
        let (Some(term), Some(u)) = (all.get(usize::from(id)), uses.get(usize::from(id))) else {
            continue;
        };
        if term.is_tier1() {
            tier1_distinct += 1;
            if u.in_context() {
                tier1_in_context += 1;
            }
        }
        if let Some(c) = class_slot(term.class).and_then(|i| classes.get_mut(i)) {
            if term.tier <= 2 {
                c.distinct += 1;
                c.terms.push(id);
            }
            if term.tier == 1 {
                c.occurrences += u.bullet_hits;
                c.mentions += u.total;
                c.in_work += u.in_work;
            }
        }
    }

    crate::sort::sort(&mut summary_terms);
    summary_terms.dedup();
    let recent = targets::recent_bullets(doc, &proof_bullets)
        .into_iter()
        .map(|b| {
            let n = bullet_tier1.get_mut(b).map_or(0, |v| {
                crate::sort::sort(v);
                v.dedup();
                v.len()
            });
            (b, u32::try_from(n).unwrap_or(u32::MAX))
        })
        .collect();

    Profile {
        uses,
        order,
        classes,
        tier1_distinct,
        tier1_in_context,
        has_summary: doc
            .sections
            .iter()
            .any(|s| matches!(s.kind, SectionKind::Summary | SectionKind::Objective)),
        summary_tier1: u32::try_from(summary_terms.len()).unwrap_or(u32::MAX),
        has_skills: doc.sections.iter().any(|s| s.kind == SectionKind::Skills),
        proof_bullets,
        recent,
    }
}

/// Whether the hit at `span` is a group label: first on its line (after a bullet marker) and
/// followed by a colon ("Distributed systems: sharding, Raft").
fn is_label(doc: &Document<'_>, span: Span) -> bool {
    let text = doc.text;
    let line = doc.lines.partition_point(|l| l.end < span.start);
    let line_start = doc.lines.get(line).map_or(0, |l| l.start);
    // `all` stops at the first other character, so this reads only the line's indent.
    let before = Span::new(line_start, span.start).slice(text);
    let first = before
        .chars()
        .all(|c| c.is_whitespace() || crate::phrases::is_bullet_marker(c));
    let after = text.get(span.end..).unwrap_or("").trim_start_matches(' ');
    first && after.starts_with(':')
}

/// Bullets that can prove a skill: Experience and Projects (all bullets when the resume has no
/// bullet under either heading).
fn proof_bullet_indexes(doc: &Document<'_>) -> Vec<usize> {
    let has_experience = doc.bullets.iter().any(|b| {
        matches!(
            b.section_kind,
            SectionKind::Experience | SectionKind::Projects
        )
    });
    doc.bullets
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            !has_experience
                || matches!(
                    b.section_kind,
                    SectionKind::Experience | SectionKind::Projects
                )
        })
        .map(|(i, _)| i)
        .collect()
}
