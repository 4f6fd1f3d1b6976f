//! Vocabulary the document model uses to tell what a bulleted line *is*: a statement of work
//! (judged by the bullet rules) or a list, a certification, an interest, a title line.
//!
//! Source: common resume structure (the seeds' own samples keep skills as "Label: a, b, c"
//! lines, seed 000's "Languages: Python, Go, Java…", seed 002's "Languages & Runtimes: Go,
//! Java 17+…"), which is a list and never an achievement bullet.

use super::PhraseTable;

/// Headings of sections whose lines are never achievements, whatever their markers: a
/// person's interests, spoken languages, references, publications and awards lists.
pub const NOT_WORK_HEADINGS: PhraseTable = PhraseTable {
    name: "sections without achievement bullets",
    source: &["common"],
    phrases: &[
        "interests",
        "hobbies",
        "hobbies & interests",
        "interests & hobbies",
        "personal interests",
        "languages",
        "spoken languages",
        "language skills",
        "references",
        "publications",
        "patents",
        "talks",
        "awards",
        "honors",
        "honours",
        "awards & honors",
        "honors & awards",
        "coursework",
        "relevant coursework",
        "courses",
        "personal",
        "personal details",
        "personal information",
        "contact",
        "links",
        "additional information",
    ],
};

/// Words that make a short line a certification ("AWS Certified Solutions Architect", "CKAD
/// certification (2021)").
pub const CERTIFICATION_WORDS: PhraseTable = PhraseTable {
    name: "certification words",
    source: &["004"],
    phrases: &[
        "certified",
        "certification",
        "certificate",
        "certifications",
        "certificates",
        "license",
        "licensed",
        "licence",
    ],
};

/// Sentence openers that state work in prose ("I built", "We migrated"): a first-person
/// subject that the verb follows, possibly after one of [`PROSE_ADVERBS`].
pub const PROSE_SUBJECTS: PhraseTable = PhraseTable {
    name: "prose subjects",
    source: &["common"],
    phrases: &["i", "we"],
};

/// Adverbs between a prose subject and its verb ("I also started", "we then moved").
pub const PROSE_ADVERBS: PhraseTable = PhraseTable {
    name: "prose adverbs",
    source: &["common"],
    phrases: &[
        "also",
        "then",
        "later",
        "personally",
        "successfully",
        "recently",
        "first",
        "eventually",
        "jointly",
        "single-handedly",
    ],
};

/// Abbreviations a sentence does not end on ("e.g.", "Inc.", "approx.").
pub const ABBREVIATIONS: PhraseTable = PhraseTable {
    name: "abbreviations",
    source: &["common"],
    phrases: &[
        "e.g", "i.e", "eg", "ie", "etc", "inc", "ltd", "co", "corp", "vs", "approx", "jr", "sr",
        "dr", "mr", "ms", "st", "no", "dept", "univ", "u.s", "u.k", "b.s", "m.s", "b.sc", "m.sc",
        "ph.d", "incl",
    ],
};

/// Irregular past tenses the verb tables do not pair with a present form: a prose sentence in
/// the past states work done ("I ran the migration"), one in the present often sets the scene.
pub const IRREGULAR_PAST_FORMS: PhraseTable = PhraseTable {
    name: "irregular past tenses",
    source: &["common"],
    phrases: &[
        "built",
        "rebuilt",
        "led",
        "ran",
        "wrote",
        "rewrote",
        "drove",
        "cut",
        "grew",
        "shrank",
        "split",
        "spun",
        "took",
        "held",
        "kept",
        "sent",
        "brought",
        "taught",
        "found",
        "won",
        "oversaw",
        "undertook",
        "sped",
        "stood",
        "made",
        "set",
        "began",
        "put",
        "shipped",
        "got",
        "gave",
        "chose",
        "drew",
        "fought",
        "overtook",
        "rode",
        "saw",
        "sold",
        "spent",
        "struck",
    ],
};

/// Verbs after "I"/"we" that say where someone was, not what they did ("I joined the refunds
/// team as a junior engineer", "I was part of …").
pub const SCENE_VERBS: PhraseTable = PhraseTable {
    name: "scene-setting verbs",
    source: &["common"],
    phrases: &[
        "joined", "am", "was", "were", "is", "are", "have", "has", "had", "became", "belong",
        "belonged",
    ],
};
