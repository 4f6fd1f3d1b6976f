//! The numbers the keyword rules judge against. Seed 003 fixes most of them; the per-level
//! Tier-1 counts for entry, mid and staff are scaled from its senior figure (documented on
//! [`count_target`]).

use crate::document::Document;
use crate::options::Level;
use crate::section_kind::SectionKind;
use crate::taxonomy::SignalClass;
use alloc::vec::Vec;
use serde::Serialize;

/// An inclusive range of counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

impl Range {
    pub const fn new(min: u32, max: u32) -> Range {
        Range { min, max }
    }

    pub fn contains(self, n: u32) -> bool {
        self.min <= n && n <= self.max
    }
}

/// Seed 003's "density rule of thumb for BE": how often each class's Tier-1 terms appear
/// across the resume. The seed gives no figure for API, security or testing terms.
pub fn density(class: SignalClass) -> Option<Range> {
    match class {
        SignalClass::Language => Some(Range::new(3, 5)),
        SignalClass::Datastore => Some(Range::new(4, 6)),
        SignalClass::Distributed => Some(Range::new(4, 8)),
        SignalClass::Observability => Some(Range::new(2, 4)),
        SignalClass::Cloud => Some(Range::new(4, 6)),
        _ => None,
    }
}

/// Seed 003: "Professional Summary: Pack 6–8 Tier-1 BE keywords."
pub const SUMMARY_TIER1: Range = Range::new(6, 8);

/// Seed 003: "Aim for 2 Tier-1 BE keywords per bullet" on recent bullets.
pub const RECENT_PER_BULLET: u32 = 2;

/// Without role dates, the first this-many Experience bullets stand for "recent".
const RECENT_FALLBACK: usize = 5;

/// Seed 003 (Lever): recruiters filter on the most recent 24 months.
const RECENT_MONTHS: u32 = 24;

/// Distinct Tier-1 terms expected at a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CountTarget {
    pub level: Level,
    /// Below this the resume reads a level lower (seed 003: "fewer than 20 … reads as
    /// mid-level even if the title is senior").
    pub floor: u32,
    /// The target band (seed 003: 25–35 for senior).
    pub target: Range,
    /// Above this, terms listed without context read as keyword spam (seed 003: "40+").
    pub spam: u32,
}

/// The distinct Tier-1 target for `level`.
///
/// Senior is seed 003's FAQ verbatim: target 25–35, under 20 reads mid, 40+ without context
/// reads as spam. The seed gives no other level, so the others are scaled from that figure:
/// mid ≈ 0.7× (18–26, floor 14), entry ≈ 0.5× (12–18, floor 8: seed 000's entry example is
/// one language, one framework, Postgres, REST, Docker plus a project), staff ≈ 1.15× (30–40,
/// floor 25, spam 45: seed 003's FAQ allows staff+ platform roles "appropriate breadth").
pub fn count_target(level: Level) -> CountTarget {
    let (floor, min, max, spam) = match level {
        Level::Entry => (8, 12, 18, 40),
        Level::Mid => (14, 18, 26, 40),
        Level::Senior => (20, 25, 35, 40),
        Level::Staff => (25, 30, 40, 45),
    };
    CountTarget {
        level,
        floor,
        target: Range::new(min, max),
        spam,
    }
}

/// The bullets of the most recent role(s): roles that ended (or run to "Present") within the
/// last 24 months of the resume's own "today"; else the first role's bullets; else, when no
/// roles were recognised, the first five Experience bullets (resumes list newest first).
pub fn recent_bullets(doc: &Document<'_>, proof: &[usize]) -> Vec<usize> {
    let today = doc.today.index();
    let recent_role = |r: usize| -> bool {
        doc.roles
            .get(r)
            .and_then(|role| role.dates)
            .is_some_and(|d| d.end.map_or(today, |e| e.index()) + RECENT_MONTHS >= today)
    };
    let mut out: Vec<usize> = proof
        .iter()
        .copied()
        .filter(|&i| {
            doc.bullets
                .get(i)
                .and_then(|b| b.role)
                .is_some_and(recent_role)
        })
        .collect();
    if out.is_empty() {
        let first_role = proof
            .iter()
            .filter_map(|&i| doc.bullets.get(i).and_then(|b| b.role))
            .next();
        if let Some(role) = first_role {
            out = proof
                .iter()
                .copied()
                .filter(|&i| doc.bullets.get(i).and_then(|b| b.role) == Some(role))
                .collect();
        }
    }
    if out.is_empty() {
        let experience: Vec<usize> = proof
            .iter()
            .copied()
            .filter(|&i| {
                doc.bullets
                    .get(i)
                    .is_some_and(|b| b.section_kind == SectionKind::Experience)
            })
            .collect();
        let pool = if experience.is_empty() {
            proof
        } else {
            &experience
        };
        out = pool.iter().copied().take(RECENT_FALLBACK).collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senior_target_is_the_seed_figure() {
        let t = count_target(Level::Senior);
        assert_eq!(
            (t.floor, t.target.min, t.target.max, t.spam),
            (20, 25, 35, 40)
        );
    }

    #[test]
    fn targets_grow_with_level() {
        let mins: Vec<u32> = Level::ALL
            .iter()
            .map(|&l| count_target(l).target.min)
            .collect();
        assert!(mins.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn density_ranges_are_the_seeds() {
        assert_eq!(density(SignalClass::Language), Some(Range::new(3, 5)));
        assert_eq!(density(SignalClass::Datastore), Some(Range::new(4, 6)));
        assert_eq!(density(SignalClass::Distributed), Some(Range::new(4, 8)));
        assert_eq!(density(SignalClass::Observability), Some(Range::new(2, 4)));
        assert_eq!(density(SignalClass::Cloud), Some(Range::new(4, 6)));
        assert_eq!(density(SignalClass::Api), None);
    }
}
