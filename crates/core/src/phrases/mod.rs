//! Phrase tables: the resume vocabulary the rules look for, as data with its seed source.
//!
//! Rules never scatter string literals; they ask these tables. Each table names the seed
//! (`../shared/seeds/NNN_*.txt`, copied as `docs/seeds/`) its entries come from.

use crate::document::SectionKind;

/// A phrase list and where its entries come from.
pub struct PhraseTable {
    pub name: &'static str,
    /// Seed ids ("000".."004") or "common" for general ATS guidance.
    pub source: &'static [&'static str],
    /// Lower-case phrases, matched on token boundaries.
    pub phrases: &'static [&'static str],
}

/// Characters that start a bullet line (seed 004 warns about odd ones; F-GLYPHS judges them).
pub const BULLET_MARKERS: &[char] = &[
    '-', '*', '•', '▪', '–', '—', '◦', '●', '■', '□', '➢', '➤', '►', '▶', '✓', '✔', '→', '·', '○',
    '♦', '◆', '⁃',
];

pub fn is_bullet_marker(c: char) -> bool {
    BULLET_MARKERS.contains(&c)
}

/// Standard section headings → kind. Matched case-insensitively on the whole heading.
pub const STANDARD_HEADINGS: &[(&str, SectionKind)] = &[
    ("summary", SectionKind::Summary),
    ("professional summary", SectionKind::Summary),
    ("profile", SectionKind::Summary),
    ("professional profile", SectionKind::Summary),
    ("about", SectionKind::Summary),
    ("about me", SectionKind::Summary),
    ("overview", SectionKind::Summary),
    ("objective", SectionKind::Objective),
    ("career objective", SectionKind::Objective),
    ("skills", SectionKind::Skills),
    ("technical skills", SectionKind::Skills),
    ("core skills", SectionKind::Skills),
    ("core competencies", SectionKind::Skills),
    ("technologies", SectionKind::Skills),
    ("skills & technologies", SectionKind::Skills),
    ("skills and technologies", SectionKind::Skills),
    ("tech stack", SectionKind::Skills),
    ("experience", SectionKind::Experience),
    ("work experience", SectionKind::Experience),
    ("professional experience", SectionKind::Experience),
    ("employment", SectionKind::Experience),
    ("employment history", SectionKind::Experience),
    ("work history", SectionKind::Experience),
    ("relevant experience", SectionKind::Experience),
    ("projects", SectionKind::Projects),
    ("personal projects", SectionKind::Projects),
    ("selected projects", SectionKind::Projects),
    ("side projects", SectionKind::Projects),
    ("open source", SectionKind::Projects),
    ("open-source", SectionKind::Projects),
    ("education", SectionKind::Education),
    ("certifications", SectionKind::Certifications),
    ("certificates", SectionKind::Certifications),
    ("licenses & certifications", SectionKind::Certifications),
    ("certifications & awards", SectionKind::Certifications),
];

/// Creative headings the seeds name (002, 004), with the standard section they stand for.
/// Matched case-insensitively on the whole heading.
pub const CREATIVE_HEADINGS: &[(&str, SectionKind)] = &[
    ("tech arsenal", SectionKind::Skills),
    ("my toolbox", SectionKind::Skills),
    ("toolbox", SectionKind::Skills),
    ("superpowers", SectionKind::Skills),
    ("my superpowers", SectionKind::Skills),
    ("what i bring", SectionKind::Skills),
    ("where i've built things", SectionKind::Experience),
    ("where i’ve built things", SectionKind::Experience),
    ("career journey", SectionKind::Experience),
    ("my journey", SectionKind::Experience),
    ("places i've worked", SectionKind::Experience),
    ("academic journey", SectionKind::Education),
    ("learning path", SectionKind::Education),
    ("things i've built", SectionKind::Projects),
    ("stuff i've made", SectionKind::Projects),
    ("who i am", SectionKind::Summary),
    ("hello world", SectionKind::Summary),
];

pub fn standard_heading(words: &str) -> Option<SectionKind> {
    lookup_heading(STANDARD_HEADINGS, words)
}

pub fn creative_heading(words: &str) -> Option<SectionKind> {
    lookup_heading(CREATIVE_HEADINGS, words)
}

fn lookup_heading(table: &[(&str, SectionKind)], words: &str) -> Option<SectionKind> {
    let words = words.trim().trim_end_matches(':').trim();
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(words))
        .map(|&(_, kind)| kind)
}

pub mod bullet;
pub mod format;
