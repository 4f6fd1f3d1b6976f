//! Bullet phrase tables (duty openers, hedges, buzzwords, verbs, metric units, …) with their
//! seed sources.
//!
//! The B-* rules (`rules/bullets/`) and the bullet facts (`document/facts/`) read these; nothing
//! here is code. Phrases are lower-case words matched on word tokens; hyphens and slashes between
//! words are ignored, so `"results driven"` also matches "Results-Driven". Single-word tables
//! (verbs, units) are compared with whole tokens, case-insensitively.

use super::PhraseTable;

// ---------------------------------------------------------------------------------------------
// Openers (B-DUTY-OPENER, B-REPEATED-VERB, the strong-verb signal, rewrite hints)
// ---------------------------------------------------------------------------------------------

/// Duty phrases that open a bullet: they list a responsibility instead of an achievement.
/// Seed 002: "Listing duties instead of achievements - Show impact, not just responsibilities"
/// and its weak examples ("Responsible for managing projects", "Helped improve team
/// performance", "worked on distributed systems"); seed 003's C-grade "Before" bullets ("Worked
/// on backend services for the platform.", "Worked on authentication.", "Worked with SQL and
/// NoSQL databases."). Only matched at the start of a bullet.
pub const DUTY_OPENERS: PhraseTable = PhraseTable {
    name: "duty openers",
    source: &["002", "003"],
    phrases: &[
        "responsible for",
        "was responsible for",
        "were responsible for",
        "primarily responsible for",
        "solely responsible for",
        "primary responsibility was",
        "responsibilities included",
        "responsibilities include",
        "responsibilities",
        "duties included",
        "duties include",
        "duties",
        "worked on",
        "working on",
        "worked with",
        "working with",
        "worked closely with",
        "working closely with",
        "worked alongside",
        "worked as",
        "worked in",
        "worked for",
        "helped",
        "helped with",
        "helped on",
        "helped out with",
        "helped out",
        "helping",
        "assisted",
        "assisted with",
        "assisted in",
        "assisting",
        "supported the",
        "involved in",
        "was involved in",
        "involvement in",
        "participated in",
        "participating in",
        "participation in",
        "took part in",
        "contributed to",
        "contributing to",
        "contributions to",
        "tasked with",
        "was tasked with",
        "in charge of",
        "was in charge of",
        "was part of",
        "were part of",
        "part of",
        "member of",
        "was a member of",
        "served as",
        "acted as",
    ],
};

/// The verb a rewrite hint offers instead of a duty opener or a weak verb, from the seeds'
/// own before → after pairs: seed 003 ("Worked on backend services" → "Owned the … service";
/// "Worked on authentication" → "Built the OAuth 2.0 … flow"; "Used Kafka to send events" →
/// "Built the billing-event streaming pipeline on Kafka"; "Set up monitoring" → "Instrumented 9
/// Go services"), seed 002 ("Managed team" → "Led cross-functional team of 8"; "Responsible for
/// managing projects" → "Managed 12 concurrent projects"). Keys are duty phrases or weak verbs.
pub const VERB_REPLACEMENTS: &[(&str, &str)] = &[
    ("responsible for", "Owned"),
    ("was responsible for", "Owned"),
    ("were responsible for", "Owned"),
    ("primary responsibility was", "Owned"),
    ("responsibilities included", "Owned"),
    ("responsibilities include", "Owned"),
    ("duties included", "Owned"),
    ("duties include", "Owned"),
    ("tasked with", "Owned"),
    ("was tasked with", "Owned"),
    ("primarily responsible for", "Owned"),
    ("solely responsible for", "Owned"),
    ("responsibilities", "Owned"),
    ("duties", "Owned"),
    ("worked closely with", "Partnered with"),
    ("working closely with", "Partnered with"),
    ("worked alongside", "Partnered with"),
    ("worked as", "Built"),
    ("worked in", "Built"),
    ("worked for", "Built"),
    ("helped out with", "Built"),
    ("helped out", "Built"),
    ("supported the", "Ran"),
    ("involvement in", "Built"),
    ("participating in", "Led"),
    ("participation in", "Built"),
    ("took part in", "Built"),
    ("contributed to", "Built"),
    ("contributing to", "Built"),
    ("contributions to", "Built"),
    ("was in charge of", "Owned"),
    ("was part of", "Built"),
    ("were part of", "Built"),
    ("part of", "Built"),
    ("member of", "Built"),
    ("was a member of", "Built"),
    ("served as", "Led"),
    ("acted as", "Led"),
    ("worked on", "Built"),
    ("working on", "Built"),
    ("worked with", "Operated"),
    ("working with", "Operated"),
    ("helped", "[your own part — e.g. Built, Shipped, Fixed]"),
    ("helping", "[your own part — e.g. Built, Shipped, Fixed]"),
    ("helped with", "Delivered"),
    ("helped on", "Delivered"),
    ("assisted", "[your own part — e.g. Built, Shipped, Fixed]"),
    ("assisting", "[your own part — e.g. Built, Shipped, Fixed]"),
    ("assisted with", "Delivered"),
    ("assisted in", "Delivered"),
    ("involved in", "Delivered"),
    ("was involved in", "Delivered"),
    ("participated in", "Delivered"),
    ("in charge of", "Led"),
    ("managed", "Led"),
    ("set", "Built"),
    ("handled", "Owned"),
    ("did", "Delivered"),
    ("supported", "Operated"),
    ("worked", "Built"),
    ("was", "Built"),
];

/// Weak verbs that say the tool was there, not what was built with it: the hint rewrites
/// "Used X to …" as "Built [what] on X to …" (seed 003: "Used Kafka to send events between
/// services" → "Built the billing-event streaming pipeline on Kafka").
pub const TOOL_VERBS: PhraseTable = PhraseTable {
    name: "tool verbs",
    source: &["003"],
    phrases: &["used", "utilized", "utilised", "leveraged", "employed"],
};

/// Generic verbs that describe activity, not an achievement: seed 002 ("Instead of 'Managed
/// team' → 'Led cross-functional team of 8 members'"), seed 003's C-grade "Set up monitoring for
/// the team's services." The hint offers a replacement (`VERB_REPLACEMENTS`).
pub const WEAK_VERBS: PhraseTable = PhraseTable {
    name: "weak verbs",
    source: &["002", "003"],
    phrases: &[
        "managed",
        "handled",
        "did",
        "supported",
        "worked",
        "set",
        "was",
        "were",
        "had",
        "got",
        "dealt",
        "tried",
    ],
};

/// Strong system verbs: the strong-verb signal. Seed 002: "'Architected' suits distributed
/// systems work, 'optimized' pairs with performance metrics like latency reduction, and
/// 'scaled' demonstrates capacity engineering. 'Instrumented' shows observability expertise,
/// while 'containerized' and 'orchestrated' signal modern deployment knowledge"; its VTR
/// formula adds "redesigned"; the spec adds "migrated".
pub const STRONG_SYSTEM_VERBS: PhraseTable = PhraseTable {
    name: "strong system verbs",
    source: &["002"],
    phrases: &[
        "architected",
        "rearchitected",
        "optimized",
        "optimised",
        "scaled",
        "instrumented",
        "containerized",
        "containerised",
        "orchestrated",
        "redesigned",
        "migrated",
    ],
};

/// Action verbs that open good bullets: seed 002's lists (Leadership: Directed, Spearheaded,
/// Orchestrated, Championed; Achievement: Achieved, Exceeded, Surpassed, Delivered; Creation:
/// Developed, Designed, Launched, Pioneered; Improvement: Optimized, Transformed, Revitalized;
/// VTR: Spearheaded, Implemented, Delivered) and the openers of the seeds' A-grade examples
/// (000, 003, 004: Owned, Built, Designed, Instrumented, Reduced, Increased, Hardened, Led,
/// Decreased, Created, Wrote, Conducted, Mentored). Regular past tenses ("-ed") are recognised
/// without a table; this lists the irregular ones and present-tense forms people also use.
pub const ACTION_VERBS: PhraseTable = PhraseTable {
    name: "action verbs",
    source: &["000", "002", "003", "004"],
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
        "own",
        "build",
        "design",
        "lead",
        "drive",
        "develop",
        "implement",
        "architect",
        "maintain",
        "operate",
        "scale",
        "optimize",
        "migrate",
        "ship",
        "deliver",
        "reduce",
        "increase",
        "improve",
    ],
};

/// Verbs a hint offers when one opener repeats (seed 002: "Leadership: Directed, Spearheaded,
/// Orchestrated, Championed … Creation: Developed, Designed, Launched, Pioneered"; its system
/// verbs "architected", "optimized", "scaled", "instrumented"; seed 003's "Owned", "Shipped").
pub const VARIED_VERBS: PhraseTable = PhraseTable {
    name: "varied verbs",
    source: &["002", "003"],
    phrases: &[
        "architected",
        "designed",
        "shipped",
        "owned",
        "led",
        "migrated",
        "optimized",
        "scaled",
        "instrumented",
        "launched",
        "spearheaded",
        "delivered",
    ],
};

/// Outcome verbs: a bullet opening with one states its result first (the X of seed 000/004's
/// "Accomplished X as measured by Y by doing Z"), so it still owes the Z: the method.
pub const OUTCOME_VERBS: PhraseTable = PhraseTable {
    name: "outcome verbs",
    source: &["000", "004"],
    phrases: &[
        "accomplished",
        "achieved",
        "reduced",
        "decreased",
        "lowered",
        "cut",
        "slashed",
        "trimmed",
        "shrank",
        "dropped",
        "increased",
        "improved",
        "boosted",
        "raised",
        "grew",
        "lifted",
        "accelerated",
        "sped",
        "saved",
        "doubled",
        "tripled",
        "halved",
        "eliminated",
        "exceeded",
        "surpassed",
    ],
};

/// Common bare verbs that follow "Helped (to) …" or "Assisted to …": the hint turns "Helped
/// improve X" into "Improved X" (seed 002: "Helped improve team performance" → "Increased team
/// productivity by 35% …").
pub const BARE_VERBS: PhraseTable = PhraseTable {
    name: "bare verbs after a duty opener",
    source: &["002"],
    phrases: &[
        "automate",
        "build",
        "create",
        "cut",
        "debug",
        "define",
        "deliver",
        "deploy",
        "design",
        "develop",
        "drive",
        "establish",
        "fix",
        "grow",
        "implement",
        "improve",
        "increase",
        "integrate",
        "launch",
        "lead",
        "maintain",
        "manage",
        "migrate",
        "modernize",
        "monitor",
        "optimize",
        "reduce",
        "refactor",
        "run",
        "scale",
        "ship",
        "speed",
        "streamline",
        "test",
        "write",
    ],
};

/// Irregular verb forms for hints: gerund or bare form → simple past ("building" → "built").
pub const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("build", "built"),
    ("building", "built"),
    ("rebuild", "rebuilt"),
    ("rebuilding", "rebuilt"),
    ("write", "wrote"),
    ("writing", "wrote"),
    ("rewrite", "rewrote"),
    ("rewriting", "rewrote"),
    ("run", "ran"),
    ("running", "ran"),
    ("lead", "led"),
    ("leading", "led"),
    ("set", "set"),
    ("setting", "set"),
    ("make", "made"),
    ("making", "made"),
    ("drive", "drove"),
    ("driving", "drove"),
    ("take", "took"),
    ("taking", "took"),
    ("hold", "held"),
    ("holding", "held"),
    ("keep", "kept"),
    ("keeping", "kept"),
    ("send", "sent"),
    ("sending", "sent"),
    ("cut", "cut"),
    ("cutting", "cut"),
    ("bring", "brought"),
    ("bringing", "brought"),
    ("teach", "taught"),
    ("teaching", "taught"),
    ("do", "did"),
    ("doing", "did"),
    ("get", "got"),
    ("getting", "got"),
    ("grow", "grew"),
    ("growing", "grew"),
    ("oversee", "oversaw"),
    ("overseeing", "oversaw"),
    ("put", "put"),
    ("putting", "put"),
    ("speed", "sped"),
    ("speeding", "sped"),
    ("ship", "shipped"),
    ("shipping", "shipped"),
    ("plan", "planned"),
    ("planning", "planned"),
];

/// "-ing" words that are nouns in backend bullets ("Worked on billing"), so a hint never turns
/// them into verbs ("Billed").
pub const NOUN_GERUNDS: PhraseTable = PhraseTable {
    name: "-ing nouns",
    source: &["common"],
    phrases: &[
        "accounting",
        "alerting",
        "banking",
        "billing",
        "booking",
        "caching",
        "computing",
        "engineering",
        "hosting",
        "indexing",
        "learning",
        "lending",
        "logging",
        "marketing",
        "messaging",
        "networking",
        "onboarding",
        "payroll",
        "pricing",
        "processing",
        "rendering",
        "routing",
        "scheduling",
        "searching",
        "sharding",
        "shipping",
        "streaming",
        "testing",
        "ticketing",
        "tracing",
        "trading",
        "training",
        "tooling",
    ],
};

/// First-person pronouns: resumes are written in the implied first person ("Built …", not "I
/// built …"); common ATS and recruiter guidance.
pub const PRONOUNS: PhraseTable = PhraseTable {
    name: "first-person pronouns",
    source: &["common"],
    phrases: &[
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
    ],
};

// ---------------------------------------------------------------------------------------------
// Hedges and hype (B-HEDGE, B-HYPERBOLE)
// ---------------------------------------------------------------------------------------------

/// Hedge phrasing. Seed 003's counter-list: "'Familiar with' / 'Exposure to' / 'Knowledge of' —
/// Hedge phrasing. ATS scoring counts these as match, but recruiters discount them."
pub const HEDGES: PhraseTable = PhraseTable {
    name: "hedges",
    source: &["003"],
    phrases: &[
        "familiar with",
        "familiarity with",
        "exposure to",
        "knowledge of",
        "basic knowledge of",
        "working knowledge of",
        "basic understanding of",
        "some experience with",
        "some experience in",
        "limited experience with",
        "dabbled in",
        "acquainted with",
    ],
};

/// Unsupported giant claims. Seed 003: "Made-up scale numbers ('billions of requests') — Cite
/// numbers you can defend in a hiring-manager interview … an unsupported 'billions' claim that
/// a hiring manager probes and you can't substantiate damages the entire resume's
/// credibility." Plural magnitude words with no figure; "2 billion rows" is a figure.
pub const GIANT_CLAIMS: PhraseTable = PhraseTable {
    name: "giant claims",
    source: &["003"],
    phrases: &[
        "billions of",
        "trillions of",
        "gazillions of",
        "zillions of",
        "countless",
        "infinite scale",
        "unlimited scale",
        "limitless",
    ],
};

/// Empty self-praise. Seed 000: "avoid subjective labels like expert unless you back them with
/// evidence"; seed 004: "Avoid vague openers like 'passionate developer' or 'technology
/// enthusiast' — recruiters have seen those phrases thousands of times and they communicate
/// nothing verifiable"; the spec adds "rockstar", "results-driven", "team player".
pub const SELF_PRAISE: PhraseTable = PhraseTable {
    name: "self-praise",
    source: &["000", "004"],
    phrases: &[
        "expert",
        "rockstar",
        "rock star",
        "ninja",
        "guru",
        "wizard",
        "passionate",
        "passion for",
        "enthusiast",
        "results driven",
        "results oriented",
        "detail oriented",
        "team player",
        "self starter",
        "go getter",
        "hard working",
        "hardworking",
        "highly motivated",
        "self motivated",
        "world class",
        "best in class",
        "visionary",
        "thought leader",
        "synergy",
        "10x engineer",
        "high quality",
        "cutting edge",
        "bleeding edge",
        "state of the art",
        "excellent communication skills",
        "strong communication skills",
        "excellent communication",
        "proven track record",
        "fast learner",
        "quick learner",
        "dynamic",
        "proactive",
    ],
};

// ---------------------------------------------------------------------------------------------
// Framing and scale (B-FRONTEND-FRAMING, B-UNITLESS-SCALE, B-AVERAGE-LATENCY)
// ---------------------------------------------------------------------------------------------

/// Frontend framing on a backend resume. Seed 004: "If your bullets focus on 'built the login
/// page' or 'designed the dashboard UI,' you are describing frontend work on a backend resume.
/// Focus on the API layer, data model, authentication logic, and infrastructure." Seed 003:
/// "'Built websites' / 'Created landing pages' — Generalist verbs. BE resumes lead with
/// services, APIs, pipelines, and systems — not 'websites.'"
pub const FRONTEND_FRAMING: PhraseTable = PhraseTable {
    name: "frontend framing",
    source: &["003", "004"],
    phrases: &[
        "website",
        "websites",
        "web site",
        "web sites",
        "web page",
        "web pages",
        "webpage",
        "webpages",
        "landing page",
        "landing pages",
        "login page",
        "login pages",
        "signup page",
        "sign up page",
        "home page",
        "homepage",
        "dashboard ui",
        "dashboard uis",
        "ui components",
        "user interface",
        "user interfaces",
        "page load",
        "page loads",
        "pixel perfect",
        "responsive design",
        "responsive layouts",
    ],
};

/// Scale claimed without a figure. Seed 003: "Throughput (QPS / TPS / RPS) — Scale Tier-1.
/// Always cite the unit and the workload context"; "No scale numbers: 'Built APIs for the team.'
/// How many endpoints? What throughput?"; seed 002: recruiters want "requests per second …
/// database row counts, monthly active users". Backed by a throughput, user, count or data-size
/// figure in the same bullet.
pub const UNITLESS_SCALE: PhraseTable = PhraseTable {
    name: "unitless scale",
    source: &["002", "003"],
    phrases: &[
        "high throughput",
        "high traffic",
        "high volume",
        "high scale",
        "heavy traffic",
        "heavy load",
        "at scale",
        "at massive scale",
        "large scale",
        "massive scale",
        "web scale",
        "internet scale",
        "planet scale",
        "hyper scale",
        "large volumes",
        "large volume",
        "huge volumes",
        "massive volumes",
        "large amounts of",
        "massive amounts of",
        "huge amounts of",
        "millions of",
        "thousands of",
        "hundreds of",
        "tons of",
        "lots of",
        "highly scalable",
        "scalable",
    ],
};

/// Speed claimed without a figure. Seed 003: "Latency distribution (p50 / p95 / p99 / p999) —
/// Always cite percentiles … drove p99 latency on the catalog API from 480ms to 110ms". Backed
/// by a latency or percentage figure in the same bullet.
pub const UNITLESS_SPEED: PhraseTable = PhraseTable {
    name: "unitless speed",
    source: &["003"],
    phrases: &[
        "low latency",
        "ultra low latency",
        "high performance",
        "high performing",
        "blazing fast",
        "lightning fast",
        "super fast",
    ],
};

/// Words that make a latency an average. Seed 003: "Always cite percentiles, not averages, on
/// BE resumes."
pub const AVERAGE_WORDS: PhraseTable = PhraseTable {
    name: "average words",
    source: &["003"],
    phrases: &["average", "averaged", "avg", "mean"],
};

/// Latency words: what an average or percentile qualifies (seed 003's latency distribution;
/// seed 004's "P99 query time"; seed 000's "p99 query latency").
pub const LATENCY_WORDS: PhraseTable = PhraseTable {
    name: "latency words",
    source: &["000", "003", "004"],
    phrases: &[
        "latency",
        "latencies",
        "response time",
        "response times",
        "query time",
        "query times",
        "request time",
        "round trip",
        "rtt",
        "lag",
        "overhead",
    ],
};

// ---------------------------------------------------------------------------------------------
// The method clause (B-NO-METHOD): the Z of "Accomplished X as measured by Y by doing Z"
// ---------------------------------------------------------------------------------------------

/// Words that open the method clause (seeds 000, 004: "by doing Z"; seed 002: "through indexing
/// and query restructuring"; seed 003: "via query-plan rewrites"; seed 004: "using Apache
/// Kafka"). `by` followed by a figure ("by 40%") is a quantity, not a method; `with` counts when
/// a technology or a gerund follows ("with OpenTelemetry", not "with zero downtime").
pub const METHOD_WORDS: PhraseTable = PhraseTable {
    name: "method prepositions",
    source: &["000", "002", "003", "004"],
    phrases: &[
        "by",
        "through",
        "using",
        "via",
        "with",
        "leveraging",
        "utilizing",
        "utilising",
        "employing",
        "applying",
    ],
};

/// Words between "by" and a figure that keep it a quantity ("by over 40%", "by up to 3x").
pub const QUANTITY_QUALIFIERS: PhraseTable = PhraseTable {
    name: "quantity qualifiers",
    source: &["004"],
    phrases: &[
        "over",
        "nearly",
        "almost",
        "roughly",
        "about",
        "around",
        "approximately",
        "more",
        "than",
        "up",
        "to",
        "at",
        "least",
        "a",
        "an",
        "factor",
        "of",
        "order",
        "magnitude",
        "orders",
        "another",
        "zero",
    ],
};

// ---------------------------------------------------------------------------------------------
// Passive voice (B-PASSIVE)
// ---------------------------------------------------------------------------------------------

/// Auxiliaries of the passive ("was implemented", "were migrated"): prose-lint baseline.
pub const PASSIVE_AUXILIARIES: PhraseTable = PhraseTable {
    name: "passive auxiliaries",
    source: &["common"],
    phrases: &[
        "was", "were", "is", "are", "been", "being", "be", "got", "gets",
    ],
};

/// Irregular past participles (regular ones end in "-ed").
pub const IRREGULAR_PARTICIPLES: PhraseTable = PhraseTable {
    name: "irregular participles",
    source: &["common"],
    phrases: &[
        "built",
        "rebuilt",
        "written",
        "rewritten",
        "done",
        "made",
        "run",
        "shown",
        "given",
        "taken",
        "chosen",
        "driven",
        "led",
        "held",
        "kept",
        "sent",
        "set",
        "put",
        "cut",
        "brought",
        "taught",
        "found",
        "begun",
        "grown",
        "known",
        "seen",
        "spun",
        "split",
        "shipped",
        "thrown",
        "understood",
    ],
};

/// "-ed" words that follow "was/is/were" as adjectives, not passives ("was responsible" has no
/// "-ed"; these do).
pub const NOT_PARTICIPLES: PhraseTable = PhraseTable {
    name: "adjectives ending in -ed",
    source: &["common"],
    phrases: &[
        "based",
        "interested",
        "experienced",
        "skilled",
        "dedicated",
        "motivated",
        "detailed",
        "advanced",
        "distributed",
        "need",
        "needed",
    ],
};

// ---------------------------------------------------------------------------------------------
// Numbers (B-NO-METRIC and the strong signals): units and the words around figures
// ---------------------------------------------------------------------------------------------

/// Number words that are figures on their own (seed 002: "with zero downtime", "zero production
/// incidents"; seed 000: "zero message loss").
pub const ZERO_WORDS: PhraseTable = PhraseTable {
    name: "zero",
    source: &["000", "002"],
    phrases: &["zero"],
};

/// Spelled-out counts ("five engineers"): figures when a counted noun follows.
pub const COUNT_WORDS: &[(&str, u32)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("dozen", 12),
    ("dozens", 24),
];

/// Multiplier words: figures on their own ("doubled throughput"; seed 002: "10x traffic
/// spikes"; seed 004: "ship 3x more frequently").
pub const MULTIPLIER_WORDS: PhraseTable = PhraseTable {
    name: "multiplier words",
    source: &["002", "004"],
    phrases: &[
        "twice",
        "doubled",
        "doubling",
        "tripled",
        "tripling",
        "quadrupled",
        "halved",
        "halving",
    ],
};

/// Magnitude words after a number ("2.8 million events/day", "2 billion rows", "50K").
pub const SCALE_WORDS: PhraseTable = PhraseTable {
    name: "magnitude words",
    source: &["002", "004"],
    phrases: &[
        "k", "thousand", "m", "mm", "mil", "million", "b", "bn", "billion", "t", "trillion",
    ],
};

/// Latency units (seed 003: "p99 25ms"; seed 004: "from 1.2s to 89ms", "sub-2ms overhead").
/// Seconds count as latency only when the bullet talks about latency (see `SECOND_UNITS`).
pub const LATENCY_UNITS: PhraseTable = PhraseTable {
    name: "latency units",
    source: &["003", "004"],
    phrases: &[
        "ms",
        "msec",
        "msecs",
        "millisecond",
        "milliseconds",
        "us",
        "µs",
        "μs",
        "microsecond",
        "microseconds",
        "ns",
        "nanosecond",
        "nanoseconds",
    ],
};

/// Seconds: a latency in a latency bullet ("P99 query time from 1.2s"), otherwise a duration.
pub const SECOND_UNITS: PhraseTable = PhraseTable {
    name: "second units",
    source: &["004"],
    phrases: &["s", "sec", "secs", "second", "seconds"],
};

/// Duration units (seed 004: "deployment time from 45 minutes to 8 minutes", "15 hours/week";
/// seed 001: "from 2 hours to 15 minutes"; seed 002: "18-month project").
pub const DURATION_UNITS: PhraseTable = PhraseTable {
    name: "duration units",
    source: &["001", "002", "004"],
    phrases: &[
        "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days",
        "wk", "wks", "week", "weeks", "month", "months", "mo", "mos", "quarter", "quarters", "yr",
        "yrs", "year", "years",
    ],
};

/// Year units: a duration in years followed by "experience" is tenure, not an outcome (seed
/// 003: "'10+ years of programming experience' — Vague").
pub const YEAR_UNITS: PhraseTable = PhraseTable {
    name: "year units",
    source: &["003"],
    phrases: &["yr", "yrs", "year", "years"],
};

/// Title words a roman numeral "I" follows ("Systems Administrator I", "Engineer I", "Level
/// I"): a grade, not the pronoun (B-PRONOUN's hand audit).
pub const ROMAN_NUMERAL_TITLES: PhraseTable = PhraseTable {
    name: "roman numeral titles",
    source: &["common"],
    phrases: &[
        "administrator",
        "engineer",
        "developer",
        "analyst",
        "technician",
        "specialist",
        "associate",
        "consultant",
        "programmer",
        "scientist",
        "architect",
        "manager",
        "level",
        "tier",
        "grade",
        "phase",
        "part",
        "step",
        "stage",
        "support",
        "operator",
        "officer",
        "representative",
        "coordinator",
        "assistant",
        "intern",
        "sde",
        "swe",
    ],
};

/// Nouns that make "scalable" mean extensible, not load ("a scalable interface so new
/// providers plug in"): not a scale claim (B-UNITLESS-SCALE's hand audit).
pub const EXTENSIBLE_NOUNS: PhraseTable = PhraseTable {
    name: "extensible nouns",
    source: &["common"],
    phrases: &[
        "interface",
        "interfaces",
        "abstraction",
        "abstractions",
        "plugin",
        "plugins",
        "codebase",
        "code",
        "process",
        "processes",
        "workflow",
        "workflows",
        "onboarding",
        "documentation",
        "hiring",
        "team",
        "teams",
        "design",
        "component",
        "components",
        "module",
        "modules",
        "configuration",
        "templates",
        "template",
        "tooling",
    ],
};

/// Verbs right before a count of users that make it load served (scale), not the number of
/// accounts the job had: "serving 340 enterprise clients", "powering 2M riders".
pub const SERVING_WORDS: PhraseTable = PhraseTable {
    name: "serving words",
    source: &["004"],
    phrases: &[
        "serving", "serves", "served", "serve", "powering", "powers", "powered",
    ],
};

/// Words right before a count that make it adoption, a result ("now used by 20+ teams",
/// "adopted by 12 squads"), not the size of the job.
pub const ADOPTION_WORDS: PhraseTable = PhraseTable {
    name: "adoption words",
    source: &["004"],
    phrases: &[
        "used by",
        "adopted by",
        "adopted across",
        "relied on by",
        "rolled out to",
    ],
};

/// Claims of improvement with no measure behind them ("much faster than before", "reduced
/// latency significantly"): without a figure or a method, the labels read such a bullet as a
/// vague claim (weak), not as specific work (ok). Matched anywhere in the bullet.
pub const VAGUE_CLAIMS: PhraseTable = PhraseTable {
    name: "vague claims",
    source: &["002", "004"],
    phrases: &[
        "much faster",
        "much better",
        "much more",
        "far faster",
        "far better",
        "way faster",
        "faster and easier",
        "easier and faster",
        "significantly",
        "dramatically",
        "greatly",
        "considerably",
        "substantially",
        "vastly",
        "massively",
        "drastically",
        "hugely",
        "tremendously",
        "than before",
        "more efficient",
        "more efficiently",
        "more effectively",
    ],
};

/// Verbs of upkeep: keeping things running. With a count of things as their object
/// ("Maintained 30 repos and 8 legacy services") they say how big the job was, not what was
/// done (the labels call it a duty); with an object of their own ("Maintained the Terraform for
/// a 900-node Nomad fleet") they say what was kept. Not "owned" (seed 003's ownership verb
/// for A-grade bullets) nor "ran" or "operated", which as often carry load as keep it.
pub const UPKEEP_VERBS: PhraseTable = PhraseTable {
    name: "upkeep verbs",
    source: &["002", "003"],
    phrases: &["maintained", "kept"],
};

/// Nouns of upkeep: "the upkeep of 25+ microservices", "maintenance of 40 Jenkins jobs". Before
/// "of" and a count of things they say how big the job was, as [`UPKEEP_VERBS`] do.
pub const UPKEEP_NOUNS: PhraseTable = PhraseTable {
    name: "upkeep nouns",
    source: &["002", "003"],
    phrases: &["upkeep", "maintenance", "administration"],
};

/// Opening verbs of activity, not of something built or changed ("Handled deployments of …",
/// "Supported 50+ microservices", "Oversaw a budget of $2M"): the labels call such a bullet a
/// duty (weak) whatever technology it names. Seed 002's "Managed team" and the generic verbs of
/// [`WEAK_VERBS`], less "set" ("Set up Prometheus and Grafana dashboards" built something).
pub const ACTIVITY_VERBS: PhraseTable = PhraseTable {
    name: "activity verbs",
    source: &["002", "003"],
    phrases: &[
        "managed",
        "handled",
        "did",
        "supported",
        "worked",
        "was",
        "were",
        "had",
        "got",
        "dealt",
        "tried",
        "oversaw",
        "aided",
        "administered",
        "attended",
        "learned",
        "learnt",
    ],
};

/// Opening verbs that claim a result the way outcome verbs do ("Optimised the nightly ETL
/// job"), so that without a figure or a method they are a claim, not a description of work.
pub const CLAIM_VERBS: PhraseTable = PhraseTable {
    name: "claim verbs",
    source: &["002"],
    phrases: &[
        "optimized",
        "optimised",
        "enhanced",
        "streamlined",
        "modernized",
        "modernised",
        "revitalized",
        "transformed",
    ],
};

/// Words of soft work that make no object of one's own ("Drove cross-team alignment on
/// observability best practices", "Championed a culture of collaboration"): they say how the
/// person worked with others, not what was built or changed.
pub const SOFT_OBJECTS: PhraseTable = PhraseTable {
    name: "soft objects",
    source: &["002", "003"],
    phrases: &[
        "alignment",
        "collaboration",
        "communication",
        "culture",
        "synergy",
        "synergies",
        "best",
        "practices",
        "initiatives",
        "efforts",
        "strategy",
        "vision",
        "excellence",
        "cross",
        "functional",
        "stakeholders",
        "team",
        "teams",
    ],
};

/// Words of a bullet's object that say nothing of what was built: articles, possessives and
/// vague determiners ("Built a Solr indexer" has one object word beside the technology, "Built
/// the new ETL" none).
pub const OBJECT_FILLER: PhraseTable = PhraseTable {
    name: "object filler",
    source: &["003"],
    phrases: &[
        "a", "an", "the", "our", "my", "their", "its", "his", "her", "this", "that", "these",
        "those", "new", "all", "some", "various", "several", "multiple", "existing", "many",
        "more", "and", "&",
    ],
};

/// Words that end a bullet's object: what follows says for whom, where or how, not what was
/// built. Seed 003's "Built REST APIs for the orders system" and "Built microservices for the
/// platform" name only a technology before "for"; "Built a Solr indexer" names a thing.
pub const OBJECT_END: PhraseTable = PhraseTable {
    name: "object end",
    source: &["003"],
    phrases: &[
        "for", "of", "to", "in", "on", "at", "with", "from", "into", "across", "by", "via",
        "using", "through", "that", "which", "who", "so", "as", "per", "within", "over",
    ],
};

/// Nouns that name backend work in a bullet even when it names no backend technology ("built
/// the claims API on Lambda", "the checkout endpoint", "split the monolith into
/// microservices"): B-LITTLE-BACKEND reads them beside the Tier-1 backend classes.
pub const BACKEND_WORK_NOUNS: PhraseTable = PhraseTable {
    name: "backend work nouns",
    source: &["003"],
    phrases: &[
        "api",
        "apis",
        "endpoint",
        "endpoints",
        "microservice",
        "microservices",
        "backend",
    ],
};

/// Verbs right before a count that make it a result, not the size of the job: what the work
/// removed or caught ("eliminating ~1,200 duplicate charges a month", "caught 14 relevance
/// regressions before cut-over", "prevented 30 breaking changes").
pub const PREVENTION_WORDS: PhraseTable = PhraseTable {
    name: "prevention words",
    source: &["002", "004"],
    phrases: &[
        "eliminating",
        "eliminated",
        "eliminates",
        "preventing",
        "prevented",
        "prevents",
        "catching",
        "caught",
        "catches",
        "avoiding",
        "avoided",
        "averting",
        "averted",
        "found",
        "finding",
        "uncovered",
        "detected",
        "saving",
        "saved",
        "saves",
    ],
};

/// Words that make a method clause say nothing about how ("through various optimisations",
/// "by making several improvements"): a quantity with no technique or technology behind it.
pub const VAGUE_METHOD_WORDS: PhraseTable = PhraseTable {
    name: "vague method words",
    source: &["002", "004"],
    phrases: &[
        "various",
        "several",
        "multiple",
        "numerous",
        "different",
        "many",
        "some",
        "general",
        "overall",
        "other",
        "miscellaneous",
        "assorted",
    ],
};

/// Words that make a pair of bare numbers versions ("Upgraded Kubernetes clusters from 1.21 to
/// 1.27"), not a before → after result.
pub const UPGRADE_WORDS: PhraseTable = PhraseTable {
    name: "upgrade words",
    source: &["issue 12"],
    phrases: &[
        "upgraded",
        "upgrade",
        "upgrades",
        "upgrading",
        "bumped",
        "version",
        "versions",
    ],
};

/// Words before "from" that make a pair of bare numbers a headcount ("grew the team from 4 to
/// 15"): a team size is scope, not a result (issue 12).
pub const TEAM_WORDS: PhraseTable = PhraseTable {
    name: "team words",
    source: &["issue 12"],
    phrases: &[
        "team",
        "teams",
        "org",
        "organization",
        "organisation",
        "headcount",
        "department",
        "staff",
        "growth",
    ],
};

/// Counted nouns of machines: from a thousand up they are a fleet the work runs on (scale), not
/// the size of the job ("1,800 VMs", not "1,400 cron jobs").
pub const FLEET_NOUNS: PhraseTable = PhraseTable {
    name: "fleet nouns",
    source: &["004"],
    phrases: &[
        "node",
        "nodes",
        "servers",
        "hosts",
        "instances",
        "pods",
        "containers",
        "machines",
        "vms",
        "workers",
        "brokers",
        "clusters",
        "devices",
        "cores",
        "gpus",
    ],
};

/// Verbs right after a count that make it adoption ("200+ engineers were using it", "12 teams
/// adopted it"): a result, not scope.
pub const ADOPTING_WORDS: PhraseTable = PhraseTable {
    name: "adopting words",
    source: &["004"],
    phrases: &[
        "using", "use", "used", "adopted", "adopting", "relying", "rely", "relied",
    ],
};

/// Verbs before a duration that make it time given back ("saving the security team about a
/// week", "freed up 2 days a sprint").
pub const SAVING_WORDS: PhraseTable = PhraseTable {
    name: "saving words",
    source: &["002", "004"],
    phrases: &[
        "saving", "saved", "saves", "save", "freeing", "freed", "frees",
    ],
};

/// Fractions of a resource ("on a third of the hardware").
pub const FRACTION_WORDS: PhraseTable = PhraseTable {
    name: "fraction words",
    source: &["004"],
    phrases: &[
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    ],
};

/// Failures that "with no …" rules out ("with no dropped messages", "with no login failures"):
/// a result, as "zero downtime" is.
pub const FAILURE_WORDS: PhraseTable = PhraseTable {
    name: "failure words",
    source: &["000", "004"],
    phrases: &[
        "failure",
        "failures",
        "errors",
        "downtime",
        "outage",
        "outages",
        "incidents",
        "dropped",
        "loss",
        "lost",
        "regressions",
        "rollbacks",
        "breaches",
        "findings",
        "crashes",
        "defects",
        "pages",
    ],
};

/// Duration units long enough that a bare figure of them is the length of the job ("a
/// 9-month migration", "over 6 weeks"), not a time saved (scope, not impact).
pub const LONG_DURATION_UNITS: PhraseTable = PhraseTable {
    name: "long duration units",
    source: &["004"],
    phrases: &[
        "month", "months", "mo", "mos", "week", "weeks", "wk", "wks", "quarter", "quarters",
        "sprint", "sprints",
    ],
};

/// Words before a duration that make it the length of the work ("over 9 months", "for 2
/// weeks"): scope, not a result. "within" is not one: "patched 312 services within 72 hours"
/// is how fast the result came ("within 3 sprints" is scope by its long unit).
pub const SPAN_PREPOSITIONS: PhraseTable = PhraseTable {
    name: "span prepositions",
    source: &["004"],
    phrases: &[
        "over", "for", "during", "across", "past", "spanning", "after", "last",
    ],
};

/// Words that make a span of years tenure ("10+ years of programming experience").
pub const TENURE_WORDS: PhraseTable = PhraseTable {
    name: "tenure words",
    source: &["003"],
    phrases: &[
        "experience",
        "programming",
        "coding",
        "career",
        "industry",
        "professional",
        "professionally",
    ],
};

/// Data-size units (seed 004: "500GB of daily CSV uploads"; seed 000: "data size").
pub const DATA_UNITS: PhraseTable = PhraseTable {
    name: "data-size units",
    source: &["000", "004"],
    phrases: &[
        "kb",
        "mb",
        "gb",
        "tb",
        "pb",
        "eb",
        "kib",
        "mib",
        "gib",
        "tib",
        "pib",
        "byte",
        "bytes",
        "terabyte",
        "terabytes",
        "petabyte",
        "petabytes",
        "gigabyte",
        "gigabytes",
    ],
};

/// Throughput units written as one word (seed 003: "throughput unit (RPS, QPS, TPS)").
pub const THROUGHPUT_UNITS: PhraseTable = PhraseTable {
    name: "throughput units",
    source: &["003"],
    phrases: &["rps", "qps", "tps", "rpm", "rph", "ops", "iops", "msgs"],
};

/// What throughput counts (seed 002: "50K requests/second", "100M daily events"; seed 003:
/// "12k events/sec"; seed 000: "500K events per hour"; seed 004: "2.8 million events/day").
pub const THROUGHPUT_NOUNS: PhraseTable = PhraseTable {
    name: "throughput nouns",
    source: &["000", "002", "003", "004"],
    phrases: &[
        "request",
        "requests",
        "req",
        "reqs",
        "event",
        "events",
        "message",
        "messages",
        "transaction",
        "transactions",
        "query",
        "queries",
        "call",
        "calls",
        "job",
        "jobs",
        "write",
        "writes",
        "read",
        "reads",
        "operation",
        "operations",
        "op",
        "ops",
        "record",
        "records",
        "row",
        "rows",
        "order",
        "orders",
        "payment",
        "payments",
        "task",
        "tasks",
        "email",
        "emails",
        "notification",
        "notifications",
        "upload",
        "uploads",
        "download",
        "downloads",
        "log",
        "logs",
        "lines",
        "documents",
        "files",
        "builds",
        "deploys",
        "deployments",
        "releases",
    ],
};

/// Words that turn a count into a rate ("… per second", "… / day", "daily …").
pub const RATE_WORDS: PhraseTable = PhraseTable {
    name: "rate words",
    source: &["000", "002", "004"],
    phrases: &["per", "/", "a", "an", "each", "every"],
};

/// Time units a rate is per (the denominator of a throughput).
pub const RATE_TIME_UNITS: PhraseTable = PhraseTable {
    name: "rate time units",
    source: &["000", "002", "004"],
    phrases: &[
        "s", "sec", "second", "min", "minute", "h", "hr", "hour", "d", "day", "wk", "week", "mo",
        "month", "quarter", "yr", "year", "night",
    ],
};

/// Adjectives that turn a count into a rate ("100M daily events").
pub const RATE_ADJECTIVES: PhraseTable = PhraseTable {
    name: "rate adjectives",
    source: &["002", "004"],
    phrases: &[
        "daily",
        "hourly",
        "weekly",
        "monthly",
        "yearly",
        "annual",
        "annually",
        "nightly",
        "concurrent",
        "sustained",
        "peak",
    ],
};

/// Who uses the system (seed 002: "monthly active users"; seed 004: "120,000 monthly active
/// users", "340 enterprise clients"; seed 001: "2M+ daily active users").
pub const USER_NOUNS: PhraseTable = PhraseTable {
    name: "user nouns",
    source: &["001", "002", "004"],
    phrases: &[
        "user",
        "users",
        "customer",
        "customers",
        "client",
        "clients",
        "account",
        "accounts",
        "tenant",
        "tenants",
        "subscriber",
        "subscribers",
        "merchant",
        "merchants",
        "mau",
        "dau",
        "visitors",
        "sellers",
        "buyers",
        "drivers",
        "riders",
        "devices",
        "patients",
        "members",
        "players",
        "learners",
        "students",
    ],
};

/// Headcount nouns: a team size is scope, not a system metric (seed 002: "team of 8 members";
/// "Mentored 4 engineers").
pub const PEOPLE_NOUNS: PhraseTable = PhraseTable {
    name: "people nouns",
    source: &["002", "004"],
    phrases: &[
        "engineer",
        "engineers",
        "developer",
        "developers",
        "people",
        "person",
        "reports",
        "direct",
        "interns",
        "teammates",
        "designers",
        "analysts",
        "contractors",
        "hires",
        "mentees",
        "students",
    ],
};

/// What else a bullet counts (seed 003: "140 microservices", "17 endpoints", "9 Go services";
/// seed 004: "14 high-traffic endpoints", "86 REST endpoints", "12 internal consuming teams",
/// "7 bottlenecks", "23 Go services"; seed 002: "500M record table", "47 microservices").
pub const COUNT_NOUNS: PhraseTable = PhraseTable {
    name: "count nouns",
    source: &["002", "003", "004"],
    phrases: &[
        "service",
        "services",
        "microservice",
        "microservices",
        "endpoint",
        "endpoints",
        "api",
        "apis",
        "table",
        "tables",
        "node",
        "nodes",
        "cluster",
        "clusters",
        "regions",
        "zones",
        "servers",
        "hosts",
        "instances",
        "pods",
        "containers",
        "databases",
        "shards",
        "partitions",
        "topics",
        "queues",
        "pipelines",
        "tests",
        "repos",
        "repositories",
        "bottlenecks",
        "incidents",
        "outages",
        "bugs",
        "vulnerabilities",
        "teams",
        "countries",
        "languages",
        "sdks",
        "integrations",
        "features",
        "products",
        "partners",
        "vendors",
        "projects",
        "applications",
        "apps",
        "modules",
        "libraries",
        "workflows",
        "dashboards",
        "alerts",
        "runbooks",
        "tickets",
        "pages",
        "migrations",
        "schemas",
        "indexes",
        "indices",
        "keys",
        "objects",
        "files",
        "lines",
        "items",
        "skus",
        "listings",
        "machines",
        "vms",
        "functions",
        "lambdas",
        "environments",
        "datacenters",
        "sites",
        "stores",
        "workers",
        "consumers",
        "producers",
        "brokers",
        "streams",
        "connections",
        "sessions",
        "metrics",
        "spans",
        "traces",
    ],
};

/// Words after a percentage that make it availability ("99.99% uptime"; seed 002: "99.95%
/// uptime"; seed 003: "99.95% availability SLO").
pub const UPTIME_WORDS: PhraseTable = PhraseTable {
    name: "uptime words",
    source: &["002", "003", "004"],
    phrases: &[
        "uptime",
        "availability",
        "available",
        "sla",
        "slo",
        "durability",
        "reliability",
    ],
};

/// "Nines" of availability (seed 003: "sustained five-9s delivery").
pub const NINES_WORDS: PhraseTable = PhraseTable {
    name: "nines",
    source: &["003"],
    phrases: &["nines", "9s"],
};

/// Words before a bare number that make it a version ("v 3", "version 2", "release 7").
pub const VERSION_WORDS: PhraseTable = PhraseTable {
    name: "version words",
    source: &["003"],
    phrases: &[
        "v",
        "version",
        "release",
        "rel",
        "gen",
        "generation",
        "phase",
        "tier",
    ],
};

// ---------------------------------------------------------------------------------------------
// Rewrite hints: what to measure and how, by signal class of the bullet's technologies
// ---------------------------------------------------------------------------------------------

/// Metric suggestions by signal class name (`SignalClass::as_str`), from the seeds' A-grade
/// examples: datastore (seed 000: "p99 query latency from 800ms to 45ms"), distributed (seed
/// 003: "12k events/sec at sub-100ms end-to-end p99 lag"; seed 000: "zero message loss"), API
/// (seed 003: "17 endpoints … p99 latency from 480ms to 110ms"; seed 002: "50K requests/second"),
/// observability (seed 003: "99.95% availability SLO … incidents from 4 per quarter to 1"),
/// cloud (seed 004: "$18,000/month", "deployment time from 45 minutes to 8 minutes"), security
/// (seed 004: "120,000 monthly active users"), testing (seed 004: "test coverage from 43% to
/// 91%").
pub const METRIC_SUGGESTIONS: &[(&str, &str)] = &[
    ("datastore", "p99 query latency before → after, rows or GB"),
    ("distributed", "events/sec, p99 lag, or zero message loss"),
    ("api", "p99 latency before → after, RPS, or endpoint count"),
    (
        "observability",
        "an SLO %, or incidents per quarter before → after",
    ),
    ("cloud", "$ saved per month, or deploy time before → after"),
    ("security", "users, services or endpoints covered"),
    ("testing", "coverage % before → after, or escaped bugs"),
    ("language", "p99 latency before → after, RPS, % or $"),
];

/// The metric suggestion when the bullet names no technology.
pub const DEFAULT_METRIC_SUGGESTION: &str = "p99 latency before → after, RPS, % or $ saved";

/// Method suggestions by signal class name, from the seeds' A-grade methods (seed 000:
/// "redesigning indexes, validating plans with EXPLAIN ANALYZE"; "partition-aware consumers,
/// idempotent processing, and dead-letter handling"; seed 003: "query-plan rewrites and a Redis
/// read-through cache"; "OpenTelemetry … multi-burn-rate alerting"; seed 004: "migrating batch
/// jobs from EC2 to AWS Lambda").
pub const METHOD_SUGGESTIONS: &[(&str, &str)] = &[
    ("datastore", "indexing, query-plan rewrites, partitioning"),
    (
        "distributed",
        "idempotent consumers, partitioning, dead-letter queues",
    ),
    ("api", "caching, pagination, rate limiting"),
    ("observability", "OpenTelemetry tracing, burn-rate alerts"),
    ("cloud", "autoscaling, right-sizing, infrastructure as code"),
    ("security", "OAuth 2.0 / OIDC, mTLS, key rotation"),
    ("testing", "integration and contract tests in CI"),
    ("language", "profiling, caching, async processing"),
];

/// The method suggestion when the bullet names no technology.
pub const DEFAULT_METHOD_SUGGESTION: &str = "caching, indexing, async processing";

/// Named systems to offer when a bullet names none (seed 003: "name the actual system you've
/// worked on in production, not the family").
pub const SYSTEM_SUGGESTION: &str = "PostgreSQL, Kafka, Redis, gRPC";

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_TABLES: &[&PhraseTable] = &[
        &DUTY_OPENERS,
        &TOOL_VERBS,
        &WEAK_VERBS,
        &STRONG_SYSTEM_VERBS,
        &ACTION_VERBS,
        &VARIED_VERBS,
        &OUTCOME_VERBS,
        &BARE_VERBS,
        &VAGUE_CLAIMS,
        &ACTIVITY_VERBS,
        &CLAIM_VERBS,
        &OBJECT_FILLER,
        &SOFT_OBJECTS,
        &UPKEEP_VERBS,
        &OBJECT_END,
        &UPGRADE_WORDS,
        &TEAM_WORDS,
        &FLEET_NOUNS,
        &ADOPTING_WORDS,
        &SAVING_WORDS,
        &FRACTION_WORDS,
        &FAILURE_WORDS,
        &NOUN_GERUNDS,
        &PRONOUNS,
        &HEDGES,
        &GIANT_CLAIMS,
        &SELF_PRAISE,
        &FRONTEND_FRAMING,
        &UNITLESS_SCALE,
        &UNITLESS_SPEED,
        &AVERAGE_WORDS,
        &LATENCY_WORDS,
        &METHOD_WORDS,
        &QUANTITY_QUALIFIERS,
        &PASSIVE_AUXILIARIES,
        &IRREGULAR_PARTICIPLES,
        &NOT_PARTICIPLES,
        &ZERO_WORDS,
        &MULTIPLIER_WORDS,
        &SCALE_WORDS,
        &LATENCY_UNITS,
        &SECOND_UNITS,
        &DURATION_UNITS,
        &YEAR_UNITS,
        &TENURE_WORDS,
        &DATA_UNITS,
        &THROUGHPUT_UNITS,
        &THROUGHPUT_NOUNS,
        &RATE_WORDS,
        &RATE_TIME_UNITS,
        &RATE_ADJECTIVES,
        &USER_NOUNS,
        &PEOPLE_NOUNS,
        &COUNT_NOUNS,
        &UPTIME_WORDS,
        &NINES_WORDS,
        &VERSION_WORDS,
        &UPKEEP_NOUNS,
        &PREVENTION_WORDS,
        &BACKEND_WORK_NOUNS,
        &VAGUE_METHOD_WORDS,
    ];

    #[test]
    fn tables_are_lower_case_non_empty_and_sourced() {
        for table in ALL_TABLES {
            assert!(!table.phrases.is_empty(), "{}", table.name);
            assert!(!table.source.is_empty(), "{}", table.name);
            for p in table.phrases {
                assert_eq!(*p, p.to_lowercase(), "{}: {p}", table.name);
                assert_eq!(*p, p.trim(), "{}: {p}", table.name);
            }
        }
    }

    #[test]
    fn every_duty_opener_has_a_replacement_verb() {
        for duty in DUTY_OPENERS.phrases {
            assert!(
                VERB_REPLACEMENTS.iter().any(|(k, _)| k == duty),
                "no replacement for {duty}"
            );
        }
    }

    #[test]
    fn hint_suggestions_cover_every_tier1_class() {
        for class in crate::taxonomy::SignalClass::TIER1 {
            assert!(METRIC_SUGGESTIONS.iter().any(|(c, _)| *c == class.as_str()));
            assert!(METHOD_SUGGESTIONS.iter().any(|(c, _)| *c == class.as_str()));
        }
    }
}
