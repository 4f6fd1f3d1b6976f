//! Formatting phrase tables (identity phrases, extras, skill-bar glyphs, …) with their seed sources.
//!
//! The F-* rules (`rules/format/`) read these; nothing here is code but two tiny range lookups.
//! Phrases are lower-case words matched on word tokens with punctuation ignored, so
//! `"full stack developer"` also matches "Full-Stack Developer" and "full/stack developer".

use super::PhraseTable;
use crate::section_kind::SectionKind;

// ---------------------------------------------------------------------------------------------
// Headings (F-HEADING, F-MISSING-SECTION)
// ---------------------------------------------------------------------------------------------

/// The standard heading to use for each section kind (seed 004: "Work Experience" not "Where
/// I've Built Things", "Education" not "Academic Journey", "Skills" not "Tech Arsenal"; seed 002:
/// "Experience" not "Career Journey"; both: a Professional Summary instead of an Objective).
pub const STANDARD_NAMES: &[(SectionKind, &str)] = &[
    (SectionKind::Summary, "Professional Summary"),
    (SectionKind::Objective, "Professional Summary"),
    (SectionKind::Skills, "Skills"),
    (SectionKind::Experience, "Experience"),
    (SectionKind::Projects, "Projects"),
    (SectionKind::Education, "Education"),
    (SectionKind::Certifications, "Certifications"),
];

/// The standard heading for `kind` ("Experience" for Experience), if it has one.
pub fn standard_name(kind: SectionKind) -> Option<&'static str> {
    STANDARD_NAMES
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|&(_, name)| name)
}

// ---------------------------------------------------------------------------------------------
// Skill bars (F-SKILL-BARS)
// ---------------------------------------------------------------------------------------------

/// Filled rating glyphs: dots, stars, blocks, squares (seed 000: "Avoid graphical skill bars";
/// seed 004: "progress bars or star ratings … invisible to ATS systems").
pub const RATING_FILLED: &[char] = &[
    '●', '⬤', '◉', '⚫', '★', '✪', '✭', '⭐', '█', '▇', '▆', '▓', '▒', '▰', '■', '◼', '▮', '⬛',
    '🟢', '🟩', '🔵', '🟦',
];

/// Empty rating glyphs.
pub const RATING_EMPTY: &[char] = &[
    '○', '◯', '◦', '⚪', '☆', '✩', '░', '▱', '□', '◻', '▯', '⬜', '⚬',
];

/// Every rating glyph is outside ASCII, and these run on every character of a skills line:
/// the ASCII test first keeps the table walk off the common path.
pub fn is_rating_glyph(c: char) -> bool {
    !c.is_ascii() && (RATING_FILLED.contains(&c) || RATING_EMPTY.contains(&c))
}

pub fn is_filled_rating_glyph(c: char) -> bool {
    !c.is_ascii() && RATING_FILLED.contains(&c)
}

/// Characters an ASCII progress bar is drawn with ("[#####---]", "[=====     ]", "[|||||   ]").
pub const BAR_FILL: &[char] = &['#', '=', '|', '*', '+', '/'];
/// The empty part of an ASCII progress bar.
pub const BAR_EMPTY: &[char] = &['-', '.', '_', ' ', '~'];

/// Rating scales written as a fraction after a skill ("Python 8/10", "Go: 4/5").
pub const RATING_DENOMINATORS: &[u32] = &[5, 10];

/// Proficiency words. Seed 000 *recommends* a textual proficiency matrix for specialists
/// ("PostgreSQL (advanced), Kafka (intermediate), Rust (basic)"), so F-SKILL-BARS does not flag
/// these; F-SKILLS-DUMP skips them when counting items.
pub static PROFICIENCY_WORDS: PhraseTable = PhraseTable {
    name: "proficiency words",
    source: &["000"],
    phrases: &[
        "advanced",
        "intermediate",
        "basic",
        "beginner",
        "novice",
        "expert",
        "proficient",
        "fluent",
        "native",
        "familiar",
        "working knowledge",
        "selected",
        "production experience",
        "production",
        "primary",
        "secondary",
    ],
};

// ---------------------------------------------------------------------------------------------
// Skills counting (F-SKILLS-DUMP)
// ---------------------------------------------------------------------------------------------

/// Slash compounds that are one skill, not two (besides any taxonomy term spanning the slash).
pub static SLASH_COMPOUNDS: PhraseTable = PhraseTable {
    name: "slash compounds",
    source: &["003"],
    phrases: &[
        "ci/cd",
        "pub/sub",
        "tcp/ip",
        "i/o",
        "ui/ux",
        "a/b",
        "read/write",
        "client/server",
        "sla/slo",
        "slo/sla",
    ],
};

/// Characters that separate Skills items on a line (seed 000's tag layout, seed 003's groups).
pub const SKILL_SEPARATORS: &[char] = &[
    ',', ';', '|', '•', '·', '▪', '●', '◦', '(', ')', '[', ']', '\t',
];

/// Seed 003: "Resume tools-list dump (50+ items in a Skills section) — Triggers spam-detection".
pub const SKILLS_SPAM: usize = 50;
/// Seed 003: "20–30 items total, never 50+" in "4–5 categories, 4–8 items each".
pub const SKILLS_RANGE_003: (usize, usize) = (20, 30);
/// Seed 003: 4–5 categorized groups.
pub const SKILL_GROUPS_003: (usize, usize) = (4, 5);
/// Seed 000: "Skills list is short and high signal (10 to 18)".
pub const SKILLS_RANGE_000: (usize, usize) = (10, 18);

// ---------------------------------------------------------------------------------------------
// Summary (F-SUMMARY)
// ---------------------------------------------------------------------------------------------

/// Seed 002: "Professional Summary (3-4 lines maximum)"; seed 004: "professional summary (3-4
/// lines)".
pub const SUMMARY_MAX_LINES: usize = 4;
/// Characters per printed line when counting a summary's wrapped lines (F-SUMMARY).
pub const CHARS_PER_LINE: usize = 100;

/// An objective statement (seed 002: "Generic objective statements - Replace with a targeted
/// professional summary").
pub static OBJECTIVE_LABELS: PhraseTable = PhraseTable {
    name: "objective labels",
    source: &["002"],
    phrases: &[
        "objective",
        "career objective",
        "job objective",
        "professional objective",
    ],
};

// ---------------------------------------------------------------------------------------------
// Length (F-LENGTH)
// ---------------------------------------------------------------------------------------------

/// Seed 004: "Keep it to one page if you have under eight years of experience".
pub const ONE_PAGE_YEARS_004: u32 = 8;
/// Seed 002: "one page for candidates with under 10 years of experience".
pub const ONE_PAGE_YEARS_002: u32 = 10;
/// Seeds 002 and 004: two pages at most, for senior or staff engineers.
pub const MAX_PAGES: u32 = 2;
/// Pages a reader takes in before stopping: the seeds' two, with one page of slack. Past it,
/// the score counts only the share a reader would read (F-TOO-LONG).
pub const MAX_READ_PAGES: u32 = 3;
/// Words on a full resume page. A dense one-page resume holds 450–700 words; 550 keeps a
/// typical one-pager at one page. Pages are estimated from words, not lines, when the file
/// does not say: blank lines, front matter and short skills lines do not fill a page.
pub const WORDS_PER_PAGE: usize = 550;
/// Fewest words a resume can be judged by: a one-page resume holds 300–600, the shortest
/// real ones about 120 (a new graduate's). Below it the score is scaled by words / this
/// (F-TOO-SHORT), so `abc` or a 20-word note cannot score like a resume.
pub const MIN_JUDGED_WORDS: usize = 120;
/// Words in a line of an Experience section from which it reads as a paragraph rather than a
/// bullet (bullets run 8–35 words over one or two lines; a line this long with no bullet
/// marker is a sentence of prose, or a bullet whose marker a file reader lost).
pub const PROSE_LINE_WORDS: usize = 14;

// ---------------------------------------------------------------------------------------------
// Identity (F-IDENTITY)
// ---------------------------------------------------------------------------------------------

/// "Full-stack developer" as the primary identity (seed 003: "Generic FS framing dilutes BE
/// signal … lead with 'Backend Engineer'"; seed 004: "a generic 'full-stack developer' headline
/// loses relevance points").
pub static FULL_STACK_IDENTITY: PhraseTable = PhraseTable {
    name: "full-stack identity",
    source: &["003", "004"],
    phrases: &[
        "full stack developer",
        "full stack engineer",
        "full stack software engineer",
        "full stack software developer",
        "full stack web developer",
        "fullstack developer",
        "fullstack engineer",
        "fullstack software engineer",
    ],
};

/// Creative titles ATS title matching misses (seed 003: SmartRecruiters and iCIMS "penalize
/// creative titles ('Software Craftsman,' 'Platform Generalist,' 'Polyglot Engineer')").
pub static CREATIVE_TITLES: PhraseTable = PhraseTable {
    name: "creative titles",
    source: &["003"],
    phrases: &[
        "software craftsman",
        "software craftsperson",
        "platform generalist",
        "polyglot engineer",
        "polyglot developer",
        "polyglot programmer",
        "code ninja",
        "coding ninja",
        "software ninja",
        "code wizard",
        "coding wizard",
        "code artisan",
        "software artisan",
        "tech evangelist",
    ],
};

/// Vague experience claims (seed 003: "'10+ years of programming experience' — Vague. Tighten to
/// '10+ years building production backend systems'").
pub static PROGRAMMING_YEARS: PhraseTable = PhraseTable {
    name: "vague years of programming",
    source: &["003"],
    phrases: &[
        "years of programming experience",
        "years of coding experience",
        "years of programming",
        "years of coding",
        "years programming experience",
        "years coding experience",
    ],
};

// ---------------------------------------------------------------------------------------------
// Extras (F-EXTRAS)
// ---------------------------------------------------------------------------------------------

/// Something a resume should not carry, and how to find it.
pub struct Extra {
    /// What it is, for the message ("date of birth").
    pub what: &'static str,
    /// Phrases specific enough to flag anywhere.
    pub anywhere: &'static [&'static str],
    /// Single words that only count as a label opening a personal-details line in the header
    /// or an unknown section ("Age: 34", "Married", "Photo") — in a bullet they mean
    /// something else ("photo upload service", "single-region").
    pub as_label: &'static [&'static str],
    /// Whether it costs a warning (personal data) or an info (a wasted line).
    pub personal: bool,
    pub source: &'static str,
}

/// Extras: common recruiter and ATS guidance (the seeds say "Including irrelevant information -
/// Every line should support your candidacy", 002).
pub const EXTRAS: &[Extra] = &[
    Extra {
        what: "\"References available upon request\"",
        anywhere: &[
            "references available upon request",
            "references available on request",
            "references furnished upon request",
            "references provided upon request",
            "references upon request",
            "references on request",
            "references available if requested",
        ],
        as_label: &[],
        personal: false,
        source: "002, common",
    },
    Extra {
        what: "a photo or headshot",
        anywhere: &[
            "headshot",
            "passport photo",
            "profile photo",
            "profile picture",
        ],
        as_label: &["photo", "photograph", "picture"],
        personal: true,
        source: "common",
    },
    Extra {
        what: "a date of birth",
        anywhere: &[
            "date of birth",
            "birth date",
            "birthdate",
            "d o b",
            "born on",
        ],
        as_label: &["dob", "born", "birthday"],
        personal: true,
        source: "common",
    },
    Extra {
        what: "marital status",
        anywhere: &["marital status", "civil status"],
        as_label: &["married", "unmarried", "single", "divorced", "widowed"],
        personal: true,
        source: "common",
    },
    Extra {
        what: "nationality",
        anywhere: &["nationality"],
        as_label: &["citizenship"],
        personal: true,
        source: "common",
    },
    Extra {
        what: "age",
        anywhere: &["years old"],
        as_label: &["age"],
        personal: true,
        source: "common",
    },
    Extra {
        what: "gender or religion",
        anywhere: &[],
        as_label: &["gender", "sex", "religion"],
        personal: true,
        source: "common",
    },
];

// ---------------------------------------------------------------------------------------------
// Glyphs (F-GLYPHS)
// ---------------------------------------------------------------------------------------------

/// Bullet markers every ATS reads (seed 004 warns of "garbled text" from anything fancier:
/// Wingdings arrows and check marks come out as "Ø" or "ü"). "●", "○" and "■" are the default
/// bullets of Google Docs' three list levels, drawn from ordinary Unicode geometric shapes that
/// every font has: they extract as themselves, so calling them odd would be false.
pub const PLAIN_BULLETS: &[char] = &['-', '*', '•', '1', '¶', '●', '○', '■'];

/// Bullet glyphs that come from symbol fonts (Wingdings, Zapf Dingbats) and extract as the
/// wrong letter ("Ø", "ü", "§") in many parsers: worse than a merely unusual bullet.
pub const GARBLING_BULLETS: &[char] = &[
    '➢', '➤', '►', '▶', '✓', '✔', '→', '♦', '◆', '❖', '✗', '➔', '⇨', '➣', '⮚',
];

/// Emoji and pictographs (inclusive code-point ranges).
pub const EMOJI_RANGES: &[(u32, u32)] = &[
    (0x1F000, 0x1FAFF), // mahjong … symbols & pictographs extended-A (incl. flags, emoticons)
    (0x2600, 0x27BF),   // miscellaneous symbols, dingbats
    (0x2B00, 0x2BFF),   // arrows & symbols (⭐ ⭕ ⬆)
    (0x231A, 0x231B),   // ⌚ ⌛
    (0x23E9, 0x23FA),   // ⏩ … ⏺
];

/// Icon-font private-use areas: FontAwesome, Material Icons and friends draw their icons here,
/// and an ATS extracts them as meaningless characters.
pub const PRIVATE_USE_RANGES: &[(u32, u32)] =
    &[(0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD)];

/// Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): a PDF's "ﬁ" turns "infrastructure" into a word no
/// keyword search matches.
pub const LIGATURE_RANGE: (u32, u32) = (0xFB00, 0xFB06);

/// Invisible characters that split words for a parser: zero-width space, word joiner, a BOM
/// inside the text, soft hyphen.
pub const INVISIBLE_CHARS: &[char] = &['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{AD}'];

/// Icon and symbol fonts: their glyphs extract as garbage or private-use characters.
pub static ICON_FONTS: PhraseTable = PhraseTable {
    name: "icon fonts",
    source: &["004"],
    phrases: &[
        "fontawesome",
        "font awesome",
        "material icons",
        "material symbols",
        "wingdings",
        "webdings",
        "zapf dingbats",
        "icomoon",
        "glyphicons",
        "ionicons",
        "octicons",
        "academicons",
        "devicon",
        "simple icons",
    ],
};

pub fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let c = u32::from(c);
    ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

// ---------------------------------------------------------------------------------------------
// Contact (F-CONTACT, F-HEADER-CONTACT)
// ---------------------------------------------------------------------------------------------

/// Fewest digits a run needs to read as a phone number.
pub const PHONE_MIN_DIGITS: usize = 7;

// ---------------------------------------------------------------------------------------------
// Keyword rules' own vocabulary
// ---------------------------------------------------------------------------------------------

/// Word beginnings that mean testing work even when no taxonomy term names it: "automatic
/// tests", "smoke testing", "tested", "test suite", "QA" (K-NO-TESTING stays quiet on them; a
/// hand audit found it firing on "automatic tests" and "smoke testing").
pub const TESTING_STEMS: &[&str] = &["test", "qa", "unittest"];

/// Words that begin like a testing stem but are not about testing.
pub const NOT_TESTING_WORDS: &[&str] = &[
    "testament",
    "testimonial",
    "testimonials",
    "testify",
    "testified",
    "testimony",
];

/// Words that show a signal class was part of the work even when no taxonomy term names it,
/// per class. K-CLASS-MISSING claims "no <class> terms anywhere" only when none of these
/// appears either: a hand audit found it calling a resume with OpenLDAP access control
/// "without security". Lower-case words matched as whole words, punctuation ignored.
pub const CLASS_EVIDENCE_LANGUAGE: &[&str] = &[
    "bash",
    "perl",
    "fortran",
    "cobol",
    "haskell",
    "erlang",
    "elixir",
    "ocaml",
    "lua",
    "groovy",
    "dart",
    "swift",
    "zig",
    "julia",
    "matlab",
    "powershell",
    "shell scripting",
    "verilog",
    "vhdl",
    "assembly",
    "objective-c",
    "clojure",
    "f#",
    "prolog",
    "tcl",
    "abap",
    "delphi",
    "pascal",
    "visual basic",
    "vba",
    "apex",
    "solidity",
    "crystal",
    "nim",
];
/// See [`CLASS_EVIDENCE_LANGUAGE`].
pub const CLASS_EVIDENCE_DATASTORE: &[&str] = &[
    "database",
    "databases",
    "sql",
    "nosql",
    "cache",
    "caching",
    "data warehouse",
    "storage",
    "riak",
    "solr",
    "hbase",
    "couchdb",
    "couchbase",
    "neo4j",
    "influxdb",
    "memcached",
    "rocksdb",
    "leveldb",
    "sqlite",
    "oracle",
    "db2",
    "mariadb",
    "teradata",
];
/// See [`CLASS_EVIDENCE_LANGUAGE`].
pub const CLASS_EVIDENCE_DISTRIBUTED: &[&str] = &[
    "distributed",
    "replication",
    "replicated",
    "replica",
    "replicas",
    "consensus",
    "sharding",
    "sharded",
    "shards",
    "partitioning",
    "partitioned",
    "event-driven",
    "event driven",
    "microservices",
    "microservice",
    "failover",
    "eventual consistency",
    "idempotent",
    "idempotency",
    "raft",
    "paxos",
    "pub/sub",
    "pubsub",
    "message queue",
    "message broker",
    "queue",
    "queues",
    "streaming",
    "cluster",
    "clusters",
    "clustered",
    "load balancing",
    "load balancer",
    "high availability",
    "fault tolerance",
    "fault-tolerant",
    "multi-region",
    "active-active",
    "leader election",
    "zookeeper",
    "celery",
    "sidekiq",
    "thrift",
    "dubbo",
    "mpi",
];
/// See [`CLASS_EVIDENCE_LANGUAGE`].
pub const CLASS_EVIDENCE_API: &[&str] = &[
    "api",
    "apis",
    "endpoint",
    "endpoints",
    "http",
    "https",
    "webhook",
    "webhooks",
    "rpc",
    "json-rpc",
    "soap",
    "protocol",
    "protocols",
    "tcp",
    "tcp/ip",
    "udp",
    "websocket",
    "websockets",
    "rest",
    "restful",
    "sdk",
    "cgi",
    "xml-rpc",
    "edi",
    "mqtt",
    "amqp",
];
/// See [`CLASS_EVIDENCE_LANGUAGE`].
pub const CLASS_EVIDENCE_CLOUD: &[&str] = &[
    "cloud",
    "on-prem",
    "on-premises",
    "data center",
    "datacenter",
    "datacenters",
    "containers",
    "container",
    "virtual machines",
    "vms",
    "openstack",
    "heroku",
    "digitalocean",
    "linode",
    "bare metal",
    "bare-metal",
    "nix",
    "nixos",
    "vmware",
    "proxmox",
    "hetzner",
    "ovh",
    "infrastructure as code",
    "puppet",
    "chef",
    "saltstack",
];
/// See [`CLASS_EVIDENCE_LANGUAGE`].
pub const CLASS_EVIDENCE_SECURITY: &[&str] = &[
    "security",
    "secure",
    "access control",
    "authentication",
    "authorization",
    "auth",
    "ldap",
    "openldap",
    "active directory",
    "sso",
    "single sign-on",
    "saml",
    "rbac",
    "encryption",
    "encrypted",
    "tls",
    "ssl",
    "certificates",
    "certificate",
    "secrets",
    "vault",
    "iam",
    "firewall",
    "firewalls",
    "vulnerability",
    "vulnerabilities",
    "cve",
    "penetration testing",
    "pentest",
    "hipaa",
    "pci",
    "soc 2",
    "soc2",
    "gdpr",
    "audit log",
    "audit logs",
    "permissions",
    "kms",
    "zero trust",
    "kerberos",
    "selinux",
    "oauth",
    "openid",
    "mfa",
    "2fa",
    "compliance",
    "fraud",
];

/// Words that show observability work even when no taxonomy term (a tool, an SLO, a
/// percentile) names it: K-NO-OBSERVABILITY claims "no observability terms" only without any.
/// Not "dashboard", "alerts" or "metrics": usually product features ("admin dashboard", "price
/// alerts", "sales metrics").
pub const OBSERVABILITY_EVIDENCE: &[&str] = &[
    "monitoring",
    "monitored",
    "alerting",
    "tracing",
    "logging",
    "observability",
    "telemetry",
    "instrumented",
    "instrumentation",
    "on-call",
    "apm",
    "uptime",
    "error budget",
    "error budgets",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_lower_case_and_non_empty() {
        for table in [
            &PROFICIENCY_WORDS,
            &SLASH_COMPOUNDS,
            &OBJECTIVE_LABELS,
            &FULL_STACK_IDENTITY,
            &CREATIVE_TITLES,
            &PROGRAMMING_YEARS,
            &ICON_FONTS,
        ] {
            assert!(!table.phrases.is_empty(), "{}", table.name);
            assert!(!table.source.is_empty(), "{}", table.name);
            for p in table.phrases {
                assert_eq!(*p, p.to_lowercase(), "{}: {p}", table.name);
            }
        }
        for extra in EXTRAS {
            for p in extra.anywhere.iter().chain(extra.as_label) {
                assert_eq!(*p, p.to_lowercase(), "{p}");
            }
        }
    }

    #[test]
    fn glyph_classes() {
        assert!(is_rating_glyph('●') && is_rating_glyph('☆') && is_rating_glyph('▱'));
        assert!(!is_rating_glyph('-') && !is_rating_glyph('•'));
        // is_rating_glyph's ASCII fast path relies on this.
        assert!(RATING_FILLED
            .iter()
            .chain(RATING_EMPTY)
            .all(|c| !c.is_ascii()));
        assert!(in_ranges('\u{F0E0}', PRIVATE_USE_RANGES));
        assert!(in_ranges('🚀', EMOJI_RANGES));
        assert!(!in_ranges('é', EMOJI_RANGES));
    }
}
