//! Phrase tables: the resume vocabulary the rules look for, as data with its seed source.
//!
//! Rules never scatter string literals; they ask these tables. Each table names the seed
//! (`docs/seeds/NNN_*.txt`) its entries come from.

use crate::section_kind::SectionKind;

/// A phrase list and where its entries come from.
pub struct PhraseTable {
    pub name: &'static str,
    /// Seed ids ("000".."004") or "common" for general ATS guidance.
    pub source: &'static [&'static str],
    /// Lower-case phrases, matched on token boundaries.
    pub phrases: &'static [&'static str],
}

/// Characters that start a bullet line (seed 004 warns about odd ones; F-GLYPHS judges them).
/// ASCII markers (`-`, `*`, `+`) and dashes need a space after them to count; the glyphs do not
/// ("•Built" is a bullet, "-5% cost" is not).
pub const BULLET_MARKERS: &[char] = &[
    '-', '*', '+', '•', '▪', '–', '—', '◦', '●', '■', '□', '➢', '➤', '►', '▶', '✓', '✔', '→', '·',
    '○', '♦', '◆', '⁃', '▸', '▹', '‣', '∙', '⦁', '❖', '➜', '➔', '✗', '✦', '✧', '⚬', '◾', '◽',
];

pub fn is_bullet_marker(c: char) -> bool {
    BULLET_MARKERS.contains(&c)
}

/// Pictographs and dingbats used as bullets ("🚀 Built …", "★ Led …"). They start a bullet only
/// outside the header block, where a decorated name line ("★ ALEX CHEN ★") is not a bullet.
pub fn is_pictograph_marker(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x2B50..=0x2B55)
}

/// Standard section headings → kind. Matched case-insensitively on the whole heading, after
/// [`normalize_heading`] (so "and" and "&" are the same, curly apostrophes are straight).
/// Headings built only from [`HEADING_WORDS`] ("Technical Skills & Tools", "Work History")
/// are standard too; this table holds the phrases that rule cannot build.
pub const STANDARD_HEADINGS: &[(&str, SectionKind)] = &[
    ("summary", SectionKind::Summary),
    ("professional summary", SectionKind::Summary),
    ("profile", SectionKind::Summary),
    ("professional profile", SectionKind::Summary),
    ("about", SectionKind::Summary),
    ("about me", SectionKind::Summary),
    ("overview", SectionKind::Summary),
    ("summary of qualifications", SectionKind::Summary),
    ("career summary", SectionKind::Summary),
    ("executive summary", SectionKind::Summary),
    ("objective", SectionKind::Objective),
    ("career objective", SectionKind::Objective),
    ("professional objective", SectionKind::Objective),
    ("skills", SectionKind::Skills),
    ("technical skills", SectionKind::Skills),
    ("core skills", SectionKind::Skills),
    ("core competencies", SectionKind::Skills),
    ("technologies", SectionKind::Skills),
    ("skills & technologies", SectionKind::Skills),
    ("tech stack", SectionKind::Skills),
    ("technical proficiencies", SectionKind::Skills),
    ("areas of expertise", SectionKind::Skills),
    ("programming languages", SectionKind::Skills),
    ("experience", SectionKind::Experience),
    ("work experience", SectionKind::Experience),
    ("professional experience", SectionKind::Experience),
    ("employment", SectionKind::Experience),
    ("employment history", SectionKind::Experience),
    ("work history", SectionKind::Experience),
    ("relevant experience", SectionKind::Experience),
    ("experience & internships", SectionKind::Experience),
    ("projects", SectionKind::Projects),
    ("personal projects", SectionKind::Projects),
    ("selected projects", SectionKind::Projects),
    ("side projects", SectionKind::Projects),
    ("open source", SectionKind::Projects),
    ("open-source", SectionKind::Projects),
    ("open source contributions", SectionKind::Projects),
    ("open-source contributions", SectionKind::Projects),
    ("education", SectionKind::Education),
    ("academic background", SectionKind::Education),
    ("educational background", SectionKind::Education),
    ("relevant coursework", SectionKind::Education),
    ("certifications", SectionKind::Certifications),
    ("certificates", SectionKind::Certifications),
    ("licenses & certifications", SectionKind::Certifications),
    ("certifications & awards", SectionKind::Certifications),
    // Legitimate extra sections: standard names, not creative, but not one the rules use.
    ("awards", SectionKind::Other),
    ("honors & awards", SectionKind::Other),
    ("publications", SectionKind::Other),
    ("patents", SectionKind::Other),
    ("languages", SectionKind::Other),
    ("interests", SectionKind::Other),
    ("hobbies", SectionKind::Other),
    ("volunteer experience", SectionKind::Other),
    ("volunteering", SectionKind::Other),
    ("teaching experience", SectionKind::Other),
    ("volunteer work", SectionKind::Other),
    ("leadership", SectionKind::Other),
    ("activities", SectionKind::Other),
    ("references", SectionKind::Other),
    ("contact", SectionKind::Other),
    ("contact information", SectionKind::Other),
    ("personal information", SectionKind::Other),
    ("personal details", SectionKind::Other),
    ("additional information", SectionKind::Other),
    ("talks", SectionKind::Other),
];

/// Words a standard heading is made of: qualifiers (`None`) and the nouns that decide the
/// section (`Some(kind)`). A heading made only of these words, with at least one noun, is
/// standard ("Relevant Work Experience", "Skills & Tools", "Awards and Honors"). The kind is
/// the first noun's that is not `Other` ("Awards & Certifications" → Certifications).
pub const HEADING_WORDS: &[(&str, Option<SectionKind>)] = &[
    ("&", None),
    ("of", None),
    ("professional", None),
    ("technical", None),
    ("work", None),
    ("relevant", None),
    ("core", None),
    ("key", None),
    ("selected", None),
    ("select", None),
    ("personal", None),
    ("additional", None),
    ("other", None),
    ("career", None),
    ("industry", None),
    ("notable", None),
    ("recent", None),
    ("software", None),
    ("engineering", None),
    ("programming", None),
    ("academic", None),
    ("educational", None),
    ("open", None),
    ("source", None),
    ("open-source", None),
    ("areas", None),
    ("information", None),
    ("summary", Some(SectionKind::Summary)),
    ("profile", Some(SectionKind::Summary)),
    ("overview", Some(SectionKind::Summary)),
    ("introduction", Some(SectionKind::Summary)),
    ("objective", Some(SectionKind::Objective)),
    ("objectives", Some(SectionKind::Objective)),
    ("skills", Some(SectionKind::Skills)),
    ("skill", Some(SectionKind::Skills)),
    ("competencies", Some(SectionKind::Skills)),
    ("technologies", Some(SectionKind::Skills)),
    ("expertise", Some(SectionKind::Skills)),
    ("proficiencies", Some(SectionKind::Skills)),
    ("qualifications", Some(SectionKind::Skills)),
    ("tools", Some(SectionKind::Skills)),
    ("stack", Some(SectionKind::Skills)),
    ("abilities", Some(SectionKind::Skills)),
    ("experience", Some(SectionKind::Experience)),
    ("experiences", Some(SectionKind::Experience)),
    ("employment", Some(SectionKind::Experience)),
    ("history", Some(SectionKind::Experience)),
    ("internships", Some(SectionKind::Experience)),
    ("internship", Some(SectionKind::Experience)),
    ("projects", Some(SectionKind::Projects)),
    ("project", Some(SectionKind::Projects)),
    ("contributions", Some(SectionKind::Projects)),
    ("portfolio", Some(SectionKind::Projects)),
    ("education", Some(SectionKind::Education)),
    ("coursework", Some(SectionKind::Education)),
    ("training", Some(SectionKind::Education)),
    ("certifications", Some(SectionKind::Certifications)),
    ("certification", Some(SectionKind::Certifications)),
    ("certificates", Some(SectionKind::Certifications)),
    ("licenses", Some(SectionKind::Certifications)),
    ("licences", Some(SectionKind::Certifications)),
    ("credentials", Some(SectionKind::Certifications)),
    ("awards", Some(SectionKind::Other)),
    ("honors", Some(SectionKind::Other)),
    ("honours", Some(SectionKind::Other)),
    ("achievements", Some(SectionKind::Other)),
    ("accomplishments", Some(SectionKind::Other)),
    ("publications", Some(SectionKind::Other)),
    ("research", Some(SectionKind::Other)),
    ("patents", Some(SectionKind::Other)),
    ("volunteer", Some(SectionKind::Other)),
    ("volunteering", Some(SectionKind::Other)),
    ("teaching", Some(SectionKind::Other)),
    ("leadership", Some(SectionKind::Other)),
    ("activities", Some(SectionKind::Other)),
    ("extracurricular", Some(SectionKind::Other)),
    ("involvement", Some(SectionKind::Other)),
    ("interests", Some(SectionKind::Other)),
    ("hobbies", Some(SectionKind::Other)),
    ("references", Some(SectionKind::Other)),
    ("languages", Some(SectionKind::Other)),
    ("talks", Some(SectionKind::Other)),
    ("speaking", Some(SectionKind::Other)),
    ("affiliations", Some(SectionKind::Other)),
    ("memberships", Some(SectionKind::Other)),
    ("contact", Some(SectionKind::Other)),
    ("details", Some(SectionKind::Other)),
];

/// Creative headings the seeds name (002, 004), with the standard section they stand for.
/// Matched case-insensitively on the whole heading.
pub const CREATIVE_HEADINGS: &[(&str, SectionKind)] = &[
    ("tech arsenal", SectionKind::Skills),
    ("my tech arsenal", SectionKind::Skills),
    ("my toolbox", SectionKind::Skills),
    ("toolbox", SectionKind::Skills),
    ("my toolkit", SectionKind::Skills),
    ("superpowers", SectionKind::Skills),
    ("my superpowers", SectionKind::Skills),
    ("what i bring", SectionKind::Skills),
    ("what i know", SectionKind::Skills),
    ("things i know", SectionKind::Skills),
    ("my stack", SectionKind::Skills),
    ("where i've built things", SectionKind::Experience),
    ("where i've worked", SectionKind::Experience),
    ("career journey", SectionKind::Experience),
    ("my journey", SectionKind::Experience),
    ("professional journey", SectionKind::Experience),
    ("places i've worked", SectionKind::Experience),
    ("where i've been", SectionKind::Experience),
    ("my career", SectionKind::Experience),
    ("academic journey", SectionKind::Education),
    ("learning path", SectionKind::Education),
    ("learning journey", SectionKind::Education),
    ("where i studied", SectionKind::Education),
    ("things i've built", SectionKind::Projects),
    ("stuff i've made", SectionKind::Projects),
    ("things i've made", SectionKind::Projects),
    ("what i've built", SectionKind::Projects),
    ("side quests", SectionKind::Projects),
    ("who i am", SectionKind::Summary),
    ("hello world", SectionKind::Summary),
    ("hello, world", SectionKind::Summary),
    ("my story", SectionKind::Summary),
    ("in a nutshell", SectionKind::Summary),
];

/// Content words that give away what a creative heading stands for, when the heading is not in
/// [`CREATIVE_HEADINGS`] ("My Backend Toolkit" → Skills, "Code I Shipped" → Projects). The kind
/// with the most hits wins; ties go to the first word in the heading.
pub const CREATIVE_HINTS: &[(&str, SectionKind)] = &[
    ("arsenal", SectionKind::Skills),
    ("toolbox", SectionKind::Skills),
    ("toolkit", SectionKind::Skills),
    ("toolchain", SectionKind::Skills),
    ("superpowers", SectionKind::Skills),
    ("superpower", SectionKind::Skills),
    ("powers", SectionKind::Skills),
    ("weapons", SectionKind::Skills),
    ("tech", SectionKind::Skills),
    ("skillset", SectionKind::Skills),
    ("strengths", SectionKind::Skills),
    ("know", SectionKind::Skills),
    ("talents", SectionKind::Skills),
    ("gear", SectionKind::Skills),
    ("languages", SectionKind::Skills),
    ("journey", SectionKind::Experience),
    ("worked", SectionKind::Experience),
    ("career", SectionKind::Experience),
    ("adventures", SectionKind::Experience),
    ("gigs", SectionKind::Experience),
    ("jobs", SectionKind::Experience),
    ("roles", SectionKind::Experience),
    ("employers", SectionKind::Experience),
    ("battle", SectionKind::Experience),
    ("academic", SectionKind::Education),
    ("academics", SectionKind::Education),
    ("learning", SectionKind::Education),
    ("learned", SectionKind::Education),
    ("school", SectionKind::Education),
    ("schooling", SectionKind::Education),
    ("studies", SectionKind::Education),
    ("studied", SectionKind::Education),
    ("university", SectionKind::Education),
    ("college", SectionKind::Education),
    ("degrees", SectionKind::Education),
    ("alma", SectionKind::Education),
    ("built", SectionKind::Projects),
    ("shipped", SectionKind::Projects),
    ("made", SectionKind::Projects),
    ("creations", SectionKind::Projects),
    ("hacks", SectionKind::Projects),
    ("builds", SectionKind::Projects),
    ("playground", SectionKind::Projects),
    ("experiments", SectionKind::Projects),
    ("lab", SectionKind::Projects),
    ("who", SectionKind::Summary),
    ("hello", SectionKind::Summary),
    ("story", SectionKind::Summary),
    ("intro", SectionKind::Summary),
    ("nutshell", SectionKind::Summary),
    ("badges", SectionKind::Certifications),
    ("certified", SectionKind::Certifications),
];

/// Words that make a line a job title, not a heading ("SENIOR BACKEND ENGINEER" on its own
/// line is the title under the name). Also used to tell the title from the company in a role
/// line.
pub const TITLE_WORDS: &[&str] = &[
    "engineer",
    "engineers",
    "developer",
    "programmer",
    "architect",
    "manager",
    "intern",
    "lead",
    "director",
    "consultant",
    "analyst",
    "scientist",
    "administrator",
    "sre",
    "founder",
    "co-founder",
    "cofounder",
    "cto",
    "ceo",
    "vp",
    "specialist",
    "officer",
    "researcher",
    "designer",
    "technician",
    "contractor",
    "freelancer",
    "student",
    "assistant",
    "coordinator",
    "head",
    "fellow",
    "maintainer",
    "contributor",
    "trainee",
    "apprentice",
    "associate",
    "owner",
];

/// Title words of work outside software and its operations: a role titled only with these and
/// no [`FIELD_TITLE_WORDS`] ("Warehouse Operations Supervisor", "Sales Associate", "High School
/// Teacher") is a career before this one. Its years are not years of engineering a hiring
/// manager reads a level from (seed 002's ranges are years in the field).
pub const OTHER_FIELD_TITLE_WORDS: &[&str] = &[
    "supervisor",
    "warehouse",
    "teacher",
    "tutor",
    "nurse",
    "cashier",
    "barista",
    "waiter",
    "waitress",
    "bartender",
    "server",
    "driver",
    "clerk",
    "accountant",
    "bookkeeper",
    "sales",
    "retail",
    "receptionist",
    "paralegal",
    "chef",
    "cook",
    "mechanic",
    "electrician",
    "carpenter",
    "logistics",
    "store",
    "restaurant",
];

/// Title words that place a role in the field (software, IT, data, operations of systems):
/// they keep a role's years counted whatever else the title says ("Sales Engineer", "Support
/// Engineer", "IT Supervisor", "Server Administrator").
pub const FIELD_TITLE_WORDS: &[&str] = &[
    "engineer",
    "engineering",
    "developer",
    "development",
    "programmer",
    "architect",
    "administrator",
    "admin",
    "sysadmin",
    "sre",
    "devops",
    "software",
    "data",
    "security",
    "it",
    "qa",
    "test",
    "tester",
    "technician",
    "technical",
    "technology",
    "systems",
    "network",
    "platform",
    "cloud",
    "infrastructure",
    "database",
    "web",
    "analyst",
    "scientist",
    "intern",
];

/// Whether a role's title places it outside the field: a word of [`OTHER_FIELD_TITLE_WORDS`]
/// and none of [`FIELD_TITLE_WORDS`].
pub fn outside_the_field(title: &str) -> bool {
    let words = || {
        title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let has = |table: &[&str]| words().any(|w| table.iter().any(|t| t.eq_ignore_ascii_case(w)));
    has(OTHER_FIELD_TITLE_WORDS) && !has(FIELD_TITLE_WORDS)
}

/// Skill group labels: inside a Skills section these are sub-headings of the skills list
/// ("LANGUAGES & FRAMEWORKS" in seed 002's sample), not new sections.
pub const SKILL_GROUP_WORDS: &[&str] = &[
    "languages",
    "language",
    "frameworks",
    "framework",
    "libraries",
    "databases",
    "database",
    "datastores",
    "storage",
    "cloud",
    "infrastructure",
    "devops",
    "tools",
    "tooling",
    "platforms",
    "testing",
    "observability",
    "monitoring",
    "distributed",
    "systems",
    "api",
    "apis",
    "design",
    "messaging",
    "security",
    "backend",
    "frontend",
    "data",
    "other",
    "soft",
    "methodologies",
    "practices",
    "concepts",
];

/// Lower-case the heading words, make "and" and "&" one, straighten apostrophes and collapse
/// spaces. Decorations (markdown, colons, emoji) are stripped by the caller.
pub fn normalize_heading(words: &str) -> alloc::string::String {
    let mut out = alloc::string::String::with_capacity(words.len());
    for word in words.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.eq_ignore_ascii_case("and") {
            out.push('&');
            continue;
        }
        for c in word.chars() {
            match c {
                '\u{2019}' | '\u{2018}' | '`' => out.push('\''),
                // The headings compared with are ASCII: Unicode case mapping would only add
                // its tables to the web module.
                c => out.push(c.to_ascii_lowercase()),
            }
        }
    }
    out
}

pub fn standard_heading(words: &str) -> Option<SectionKind> {
    standard_heading_normalized(&normalize_heading(words.trim().trim_end_matches(':')))
}

/// [`standard_heading`] for words already through [`normalize_heading`].
pub fn standard_heading_normalized(norm: &str) -> Option<SectionKind> {
    lookup_heading(STANDARD_HEADINGS, norm).or_else(|| vocabulary_heading(norm))
}

pub fn creative_heading(words: &str) -> Option<SectionKind> {
    creative_heading_normalized(&normalize_heading(words.trim().trim_end_matches(':')))
}

/// [`creative_heading`] for words already through [`normalize_heading`].
pub fn creative_heading_normalized(norm: &str) -> Option<SectionKind> {
    lookup_heading(CREATIVE_HEADINGS, norm)
}

/// The kind a creative heading's content words point at, if any (see [`CREATIVE_HINTS`]).
pub fn creative_guess(words: &str) -> Option<SectionKind> {
    creative_guess_normalized(&normalize_heading(words))
}

/// [`creative_guess`] for words already through [`normalize_heading`].
pub fn creative_guess_normalized(norm: &str) -> Option<SectionKind> {
    let mut best: Option<(SectionKind, usize, usize)> = None; // (kind, hits, first position)
    let words: alloc::vec::Vec<&str> = split_heading_words(norm).collect();
    for (pos, word) in words.iter().enumerate() {
        let Some(kind) = CREATIVE_HINTS
            .iter()
            .find(|(w, _)| w == word)
            .map(|&(_, k)| k)
        else {
            continue;
        };
        let hits = words
            .iter()
            .filter(|w| CREATIVE_HINTS.iter().any(|(h, k)| h == *w && *k == kind))
            .count();
        if best.is_none_or(|(_, h, _)| hits > h) {
            best = Some((kind, hits, pos));
        }
    }
    best.map(|(kind, _, _)| kind)
}

/// Whether `word` (any case) is a job-title word ("Engineer", "Intern").
pub fn is_title_word(word: &str) -> bool {
    TITLE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the heading words are a skill group label ("Languages & Frameworks", "Cloud").
pub fn is_skill_group(words: &str) -> bool {
    is_skill_group_normalized(&normalize_heading(words))
}

/// [`is_skill_group`] for words already through [`normalize_heading`].
pub fn is_skill_group_normalized(norm: &str) -> bool {
    let mut any = false;
    for word in split_heading_words(norm) {
        if word == "&" || word == "and" || word == "/" {
            continue;
        }
        if !SKILL_GROUP_WORDS.contains(&word) && standard_kind_of_word(word).is_none() {
            return false;
        }
        any = true;
    }
    any
}

fn standard_kind_of_word(word: &str) -> Option<SectionKind> {
    HEADING_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .and_then(|&(_, k)| k)
        .filter(|k| *k == SectionKind::Skills)
}

fn split_heading_words(norm: &str) -> impl Iterator<Item = &str> {
    norm.split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '+'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | ':' | '!' | '?' | '"')))
        .filter(|w| !w.is_empty())
}

fn vocabulary_heading(norm: &str) -> Option<SectionKind> {
    let mut first_other = None;
    let mut first_standard = None;
    let mut count = 0;
    for word in split_heading_words(norm) {
        count += 1;
        let (_, kind) = HEADING_WORDS.iter().find(|(w, _)| *w == word)?;
        match kind {
            Some(SectionKind::Other) => {
                first_other.get_or_insert(SectionKind::Other);
            }
            Some(k) => {
                first_standard.get_or_insert(*k);
            }
            None => {}
        }
    }
    if count > 6 {
        return None;
    }
    first_standard.or(first_other)
}

fn lookup_heading(table: &[(&str, SectionKind)], norm: &str) -> Option<SectionKind> {
    table
        .iter()
        .find(|(name, _)| *name == norm)
        .map(|&(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_headings_in_many_wordings() {
        assert_eq!(
            standard_heading("WORK EXPERIENCE"),
            Some(SectionKind::Experience)
        );
        assert_eq!(
            standard_heading("Technical Skills and Tools"),
            Some(SectionKind::Skills)
        );
        assert_eq!(
            standard_heading("Awards & Certifications"),
            Some(SectionKind::Certifications)
        );
        assert_eq!(
            standard_heading("Honors and Awards"),
            Some(SectionKind::Other)
        );
        assert_eq!(standard_heading("Professional"), None);
        assert_eq!(standard_heading("Acme Corp"), None);
    }

    #[test]
    fn creative_headings_and_guesses() {
        assert_eq!(
            creative_heading("Where I’ve Built Things"),
            Some(SectionKind::Experience)
        );
        assert_eq!(
            creative_guess("My Backend Toolkit"),
            Some(SectionKind::Skills)
        );
        assert_eq!(
            creative_guess("Code I Shipped"),
            Some(SectionKind::Projects)
        );
        assert_eq!(creative_guess("Random Stuff"), None);
    }

    #[test]
    fn skill_groups() {
        assert!(is_skill_group("LANGUAGES & FRAMEWORKS"));
        assert!(is_skill_group("Databases / Storage"));
        assert!(!is_skill_group("Experience"));
    }
}

pub mod bullet;
pub mod document;
pub mod format;
pub mod matcher;
pub mod spelling;
