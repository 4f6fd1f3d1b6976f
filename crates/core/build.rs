//! Compiles `data/taxonomy.tsv` into static Rust tables (`$OUT_DIR/taxonomy_table.rs`), which
//! `src/taxonomy/mod.rs` includes.
//!
//! The table is data, so it is validated here, once, and a bad row fails the build with the
//! row's line number and what is wrong (unknown class, duplicate alias, expansion that is not an
//! alias, guard columns on a term without guarded aliases…). The matcher then trusts the tables.
//!
//! Alias spellings are split into tokens by `src/text.rs` itself (compiled in here), then
//! normalized the way `src/taxonomy/matcher.rs` normalizes text tokens (a leading-dot word such
//! as `.NET` becomes `.` + `NET`; a hyphen glued between two tokens is dropped, so `exactly-once`
//! and `exactly once` are the same alias). Only std is used (and serde, which `src/span.rs`
//! derives).
//!
//! A build script may panic: a bad table should fail the build loudly, and `[workspace.lints]`
//! (the no-panic lints of the code input can reach) does not apply to it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

extern crate alloc;

// The core's one tokenizer (and the span type it returns), compiled into this script so alias
// spellings are split exactly as text is. Only `tokenize` is used here.
#[allow(dead_code)]
#[path = "src/span.rs"]
mod span;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::exit;

const TABLE: &str = "data/taxonomy.tsv";
const LEXICON: &str = "data/lexicon.tsv";

/// The lexicon's classes (`data/lexicon.tsv`); only `frontend` changes how a term is read.
const LEXICON_CLASSES: [&str; 9] = [
    "language",
    "framework",
    "datastore",
    "protocol",
    "os",
    "tool",
    "platform",
    "technique",
    "frontend",
];

const COLUMNS: [&str; 11] = [
    "name",
    "class",
    "tier",
    "aliases",
    "level",
    "expansion",
    "not_before",
    "not_after",
    "requires",
    "source",
    "phrasing",
];

const CLASSES: [(&str, &str); 11] = [
    ("language", "Language"),
    ("datastore", "Datastore"),
    ("distributed", "Distributed"),
    ("api", "Api"),
    ("observability", "Observability"),
    ("cloud", "Cloud"),
    ("security", "Security"),
    ("testing", "Testing"),
    ("framework", "Framework"),
    ("counter", "Counter"),
    ("generic", "Generic"),
];

const LEVELS: [(&str, &str); 4] = [
    ("entry", "Entry"),
    ("mid", "Mid"),
    ("senior", "Senior"),
    ("staff", "Staff"),
];

/// A token of an alias or guard phrase after normalization.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Tok {
    text: String,
    /// No whitespace (and no dropped hyphen) right before it.
    glued: bool,
}

struct Alias {
    /// Display form, markers stripped, `(s)` resolved.
    text: String,
    exact: bool,
    guarded: bool,
    /// Index (within the term) of the alias whose spelling this is.
    spelling: usize,
    toks: Vec<Tok>,
}

struct Row {
    line: usize,
    name: String,
    class: &'static str,
    tier: u8,
    aliases: Vec<Alias>,
    level: &'static str,
    expansion: Option<usize>,
    not_before: Vec<Vec<String>>,
    not_after: Vec<Vec<String>>,
    requires: Vec<String>,
    source: String,
    phrasing: String,
    /// The phrasing is quoted verbatim from a seed (written in `"..."` in the table).
    phrasing_quoted: bool,
}

fn fail(line: usize, msg: &str) -> ! {
    eprintln!("error: {TABLE}:{line}: {msg}");
    println!("cargo:warning={TABLE}:{line}: {msg}");
    exit(1)
}

/// An alias's tokens: `src/text.rs`'s own tokenizer (compiled into this script), then the
/// matcher's normalization (`src/taxonomy/matcher.rs`): a leading-dot word (`.NET`) becomes `.`
/// + `NET`, and a hyphen glued between two tokens is dropped.
fn tokenize(s: &str) -> Vec<Tok> {
    let mut raw: Vec<(String, bool, bool)> = Vec::new(); // (text, space_before, is_punct)
    for t in text::tokenize(s) {
        let word = t.text(s);
        match word.strip_prefix('.') {
            Some(rest) if t.kind == text::TokenKind::Word && !rest.is_empty() => {
                raw.push((".".to_string(), t.space_before, true));
                raw.push((rest.to_string(), false, false));
            }
            _ => raw.push((
                word.to_string(),
                t.space_before,
                t.kind == text::TokenKind::Punct,
            )),
        }
    }
    let mut out: Vec<Tok> = Vec::new();
    let mut hyphen_before = false;
    for (k, (text, space, punct)) in raw.iter().enumerate() {
        let (space, punct) = (*space, *punct);
        let infix =
            punct && is_hyphen(text) && !space && k > 0 && raw.get(k + 1).is_some_and(|n| !n.1);
        if infix {
            hyphen_before = true;
            continue;
        }
        out.push(Tok {
            text: text.clone(),
            glued: !space && !hyphen_before && !out.is_empty(),
        });
        hyphen_before = false;
    }
    out
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

fn lower(toks: &[Tok]) -> Vec<String> {
    toks.iter().map(|t| t.text.to_ascii_lowercase()).collect()
}

/// A guard or `requires` cell: items separated by ` | ` (so a phrase may hold a comma), or `-`.
fn list(cell: &str) -> Vec<String> {
    if cell == "-" {
        return Vec::new();
    }
    cell.split(" | ")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn parse_aliases(line: usize, cell: &str) -> Vec<Alias> {
    let mut out: Vec<Alias> = Vec::new();
    let mut last_base = 0usize;
    for raw in cell.split(" | ") {
        let mut s = raw.trim();
        if s.is_empty() {
            fail(line, "empty alias (aliases are separated by ` | `)");
        }
        let (mut exact, mut guarded, mut form) = (false, false, false);
        loop {
            if let Some(rest) = s.strip_prefix('=') {
                exact = true;
                s = rest;
            } else if let Some(rest) = s.strip_prefix('?') {
                guarded = true;
                s = rest;
            } else if let Some(rest) = s.strip_prefix('~') {
                form = true;
                s = rest;
            } else {
                break;
            }
        }
        if !s.is_ascii() {
            fail(line, &format!("alias `{s}` is not ASCII"));
        }
        if form && out.is_empty() {
            fail(line, &format!("`~{s}`: the first alias cannot be a form"));
        }
        // `word(s)`: the plain form and the suffixed form, the latter a form of the former.
        let mut variants: Vec<String> = vec![s.to_string()];
        if let Some(open) = s.rfind('(') {
            let Some(inner) = s[open + 1..].strip_suffix(')') else {
                fail(
                    line,
                    &format!("alias `{s}`: `(` must close at the end (`word(s)`)"),
                );
            };
            if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_alphabetic()) {
                fail(
                    line,
                    &format!("alias `{s}`: optional suffix must be letters"),
                );
            }
            let base = s[..open].to_string();
            variants = vec![base.clone(), format!("{base}{inner}")];
        } else if s.contains('(') || s.contains(')') {
            fail(line, &format!("alias `{s}`: stray parenthesis"));
        }
        for (v, text) in variants.into_iter().enumerate() {
            let toks = tokenize(&text);
            if toks.is_empty() {
                fail(line, &format!("alias `{raw}` has no tokens"));
            }
            let spelling = if form || v > 0 { last_base } else { out.len() };
            if v == 0 && !form {
                last_base = out.len();
            }
            out.push(Alias {
                text,
                exact,
                guarded,
                spelling,
                toks,
            });
        }
    }
    if out.len() > 255 {
        fail(line, "more than 255 aliases (TermHit::alias is a u8)");
    }
    out
}

fn parse(src: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (n, text) in src.lines().enumerate() {
        let line = n + 1;
        if text.trim().is_empty() || text.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = text.split('\t').collect();
        if !header_seen {
            if cells != COLUMNS {
                fail(
                    line,
                    &format!("header must be the columns {COLUMNS:?}, found {cells:?}"),
                );
            }
            header_seen = true;
            continue;
        }
        if cells.len() != COLUMNS.len() {
            fail(
                line,
                &format!(
                    "expected {} tab-separated columns, found {}",
                    COLUMNS.len(),
                    cells.len()
                ),
            );
        }
        let cell = |i: usize| cells[i].trim();
        let name = cell(0).to_string();
        if name.is_empty() {
            fail(line, "empty name");
        }
        let class = CLASSES
            .iter()
            .find(|(k, _)| *k == cell(1))
            .map(|(_, v)| *v)
            .unwrap_or_else(|| {
                let known: Vec<&str> = CLASSES.iter().map(|(k, _)| *k).collect();
                fail(
                    line,
                    &format!("unknown class `{}` (known: {known:?})", cell(1)),
                )
            });
        let tier = match cell(2) {
            "1" => 1,
            "2" => 2,
            "3" => 3,
            other => fail(line, &format!("tier must be 1, 2 or 3, found `{other}`")),
        };
        let aliases = parse_aliases(line, cell(3));
        let level = LEVELS
            .iter()
            .find(|(k, _)| *k == cell(4))
            .map(|(_, v)| *v)
            .unwrap_or_else(|| {
                fail(
                    line,
                    &format!("unknown level `{}` (entry/mid/senior/staff)", cell(4)),
                )
            });
        let expansion = match cell(5) {
            "-" => None,
            e => match aliases.iter().position(|a| a.text == e) {
                Some(i) => Some(i),
                None => fail(line, &format!("expansion `{e}` is not one of the aliases")),
            },
        };
        // `#num` stands for any number token; anything else is tokenized like an alias.
        let phrase = |s: String| {
            if s == "#num" {
                vec![s]
            } else {
                lower(&tokenize(&s))
            }
        };
        let not_before: Vec<Vec<String>> = list(cell(6)).into_iter().map(phrase).collect();
        let not_after: Vec<Vec<String>> = list(cell(7)).into_iter().map(phrase).collect();
        let requires = list(cell(8));
        // The name is the first alias, or a vendor's service named "<Vendor> <Service>" whose
        // first alias is the service word and which requires the vendor ("Cloudflare Workers":
        // `=?Workers`, requires Cloudflare), so "Cloudflare Workers" reads as both terms.
        let first = aliases.first().map_or("", |a| a.text.as_str());
        let vendor_named = requires.iter().any(|r| name == format!("{r} {first}"));
        if first != name && !vendor_named {
            fail(
                line,
                &format!(
                    "the first alias must be the name `{name}` (or the name must be `<required term> <first alias>`)"
                ),
            );
        }
        let guarded = aliases.iter().any(|a| a.guarded);
        let has_guard = !(not_before.is_empty() && not_after.is_empty() && requires.is_empty());
        if guarded && !has_guard {
            fail(
                line,
                "a `?` alias needs a guard (not_before, not_after or requires)",
            );
        }
        if has_guard && !guarded {
            fail(
                line,
                "guard columns are set but no alias is marked `?` (they would have no effect)",
            );
        }
        let source = cell(9).to_string();
        // `003+`: the seed does not name the term; it joins the seed's list as one more member.
        let ok_source = !source.is_empty()
            && source.split(", ").all(|s| {
                let id = s.strip_suffix('+').unwrap_or(s);
                id.len() == 3
                    && id.bytes().all(|b| b.is_ascii_digit())
                    && id.as_bytes().first() == Some(&b'0')
            });
        if !ok_source {
            fail(
                line,
                &format!(
                    "source must be seed ids like `003`, `000, 004` or `003+`, found `{source}`"
                ),
            );
        }
        let (phrasing, phrasing_quoted) = match cell(10) {
            "-" => (String::new(), false),
            p => match p.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
                Some(q) => (q.to_string(), true),
                None => (p.to_string(), false),
            },
        };
        if tier == 1 && phrasing.is_empty() {
            fail(
                line,
                "a Tier-1 term needs a typical phrasing (K-SUGGEST offers it)",
            );
        }
        rows.push(Row {
            line,
            name,
            class,
            tier,
            aliases,
            level,
            expansion,
            not_before,
            not_after,
            requires,
            source,
            phrasing,
            phrasing_quoted,
        });
    }
    if !header_seen {
        fail(1, "no header row");
    }
    rows
}

fn validate(rows: &[Row]) {
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    for r in rows {
        if let Some(prev) = names.insert(r.name.to_ascii_lowercase(), r.line) {
            fail(
                r.line,
                &format!("duplicate term `{}` (also on line {prev})", r.name),
            );
        }
    }
    // Case-insensitive aliases claim their lowercase token sequence; exact aliases claim their
    // exact sequence and must not collide with a case-insensitive one.
    let mut loose: BTreeMap<Vec<String>, (usize, String)> = BTreeMap::new();
    let mut exact: BTreeMap<Vec<String>, (usize, String)> = BTreeMap::new();
    for r in rows {
        for a in &r.aliases {
            let low = lower(&a.toks);
            if a.exact {
                let key: Vec<String> = a.toks.iter().map(|t| t.text.clone()).collect();
                if let Some((l, t)) = exact.insert(key, (r.line, a.text.clone())) {
                    fail(
                        r.line,
                        &format!("duplicate alias `{}` (same as `{t}` on line {l})", a.text),
                    );
                }
            } else if let Some((l, t)) = loose.insert(low, (r.line, a.text.clone())) {
                fail(
                    r.line,
                    &format!(
                        "duplicate alias `{}` (same tokens as `{t}` on line {l}; hyphen and space are the same separator, case is ignored)",
                        a.text
                    ),
                );
            }
        }
    }
    for r in rows {
        for a in r.aliases.iter().filter(|a| a.exact) {
            if let Some((l, t)) = loose.get(&lower(&a.toks)) {
                fail(
                    r.line,
                    &format!(
                        "case-sensitive alias `={}` is already matched case-insensitively by `{t}` on line {l}",
                        a.text
                    ),
                );
            }
        }
        for req in &r.requires {
            if !names.contains_key(&req.to_ascii_lowercase()) {
                fail(r.line, &format!("requires unknown term `{req}`"));
            }
            if req.eq_ignore_ascii_case(&r.name) {
                fail(r.line, "a term cannot require itself");
            }
        }
    }
    for class in CLASSES.iter().take(8) {
        if !rows.iter().any(|r| r.class == class.1 && r.tier == 1) {
            fail(
                rows.last().map_or(1, |r| r.line),
                &format!("Tier-1 class `{}` has no Tier-1 term", class.0),
            );
        }
    }
}

/// One string holding every text of the term table, each distinct text once.
#[derive(Default)]
struct TermText {
    text: String,
    at: BTreeMap<String, usize>,
}

impl TermText {
    /// `(offset, length)` of `s` in the text, appending it the first time.
    fn add(&mut self, s: &str) -> (usize, usize) {
        if let Some(at) = self.at.get(s) {
            return (*at, s.len());
        }
        let at = self.text.len();
        self.text.push_str(s);
        self.at.insert(s.to_string(), at);
        (at, s.len())
    }
}

fn text_ref((at, len): (usize, usize)) -> String {
    format!("TextRef {{ at: {at}, len: {len} }}")
}

/// The matcher lowers a text token into a stack buffer of this size before looking it up.
const MAX_FIRST_TOKEN: usize = 48;

fn generate(rows: &[Row]) -> String {
    let index_of: BTreeMap<String, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.to_ascii_lowercase(), i))
        .collect();
    let mut o = String::new();
    let n = rows.len();
    o.push_str("// @generated by crates/core/build.rs from data/taxonomy.tsv. Do not edit.\n\n");
    let _ = writeln!(
        o,
        "/// Number of terms in the taxonomy.\npub const TERM_COUNT: usize = {n};\n"
    );
    // Every string of the term table (names, aliases, phrasing, sources) lives once in one
    // `TERM_TEXT`, referenced by `(offset, length)`: 398 terms of `&'static str`s and
    // `&[&str]` alias slices were ~28 KB of the gzipped web module (pointers and one data
    // segment per slice compress badly); offsets are a few KB.
    let mut text = TermText::default();
    let mut alias_refs: Vec<(usize, usize)> = Vec::new();
    let mut spellings: Vec<usize> = Vec::new();
    let mut term_rows: Vec<String> = Vec::new();
    for r in rows {
        let first_alias = alias_refs.len();
        for a in &r.aliases {
            alias_refs.push(text.add(&a.text));
            spellings.push(a.spelling);
        }
        let name = text.add(&r.name);
        let phrasing = text.add(&r.phrasing);
        let source = text.add(&r.source);
        let expansion_alias = match r.expansion {
            Some(i) => format!("Some({i})"),
            None => "None".to_string(),
        };
        term_rows.push(format!(
            "    Term {{ name: {}, class: SignalClass::{}, tier: {}, first_alias: {first_alias}, alias_count: {}, phrasing: {}, phrasing_quoted: {}, source: {}, min_level: crate::options::Level::{}, expansion_alias: {expansion_alias} }},",
            text_ref(name),
            r.class,
            r.tier,
            r.aliases.len(),
            text_ref(phrasing),
            r.phrasing_quoted,
            text_ref(source),
            r.level,
        ));
    }
    if text.text.len() > usize::from(u16::MAX) || alias_refs.len() > usize::from(u16::MAX) {
        fail(0, "the term text outgrows its u16 offsets");
    }
    let _ = writeln!(
        o,
        "/// Every string of the term table, each once.\nstatic TERM_TEXT: &str = {:?};\n",
        text.text
    );
    let _ = writeln!(
        o,
        "/// Every term's aliases, term after term.\nstatic ALIASES: [TextRef; {}] = [",
        alias_refs.len()
    );
    for r in &alias_refs {
        let _ = writeln!(o, "    {},", text_ref(*r));
    }
    o.push_str("];\n\n");
    let spellings: Vec<String> = spellings.iter().map(ToString::to_string).collect();
    let _ = writeln!(
        o,
        "/// For each alias in `ALIASES`, the index (within its term) of the alias whose spelling it is.\nstatic SPELLINGS: [u8; {}] = [{}];\n",
        spellings.len(),
        spellings.join(", ")
    );
    let _ = writeln!(o, "static TERMS: [Term; {n}] = [");
    for row in &term_rows {
        o.push_str(row);
        o.push('\n');
    }
    o.push_str("];\n\n");

    // Guards, only for the terms that have one, sorted by term id.
    let phrases = |ps: &[Vec<String>]| -> String {
        let inner: Vec<String> = ps
            .iter()
            .map(|p| {
                let t: Vec<String> = p.iter().map(|s| format!("{s:?}")).collect();
                format!("&[{}]", t.join(", "))
            })
            .collect();
        format!("&[{}]", inner.join(", "))
    };
    let guarded: Vec<(usize, &Row)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            !(r.not_before.is_empty() && r.not_after.is_empty() && r.requires.is_empty())
        })
        .collect();
    let _ = writeln!(
        o,
        "/// The guards of the terms that have one, sorted by term id.\nstatic GUARDS: [Guard; {}] = [",
        guarded.len()
    );
    for (ti, r) in &guarded {
        let req: Vec<String> = r
            .requires
            .iter()
            .map(|q| index_of[&q.to_ascii_lowercase()].to_string())
            .collect();
        let _ = writeln!(
            o,
            "    Guard {{ term: {ti}, not_before: {}, not_after: {}, requires: &[{}] }},",
            phrases(&r.not_before),
            phrases(&r.not_after),
            req.join(", ")
        );
    }
    o.push_str("];\n\n");

    // Patterns, sorted by lowercased first token, then longest first, then table order: the
    // matcher finds a token's candidates by binary search, longest first.
    let mut patterns: Vec<(String, std::cmp::Reverse<usize>, usize, usize, &Alias)> = Vec::new();
    for (ti, r) in rows.iter().enumerate() {
        for (ai, a) in r.aliases.iter().enumerate() {
            let first = a.toks[0].text.to_ascii_lowercase();
            patterns.push((first, std::cmp::Reverse(a.toks.len()), ti, ai, a));
        }
    }
    patterns.sort_by(|x, y| (&x.0, x.1, x.2, x.3).cmp(&(&y.0, y.1, y.2, y.3)));
    // Every token as written, once, in one string; a token is (offset, length, glued).
    let mut token_text = String::new();
    let mut token_at: BTreeMap<&str, usize> = BTreeMap::new();
    let mut tokens: Vec<(usize, usize, bool)> = Vec::new();
    let mut pattern_rows: Vec<String> = Vec::new();
    for (_, _, ti, ai, a) in &patterns {
        let first_tok = tokens.len();
        for t in &a.toks {
            let at = *token_at.entry(t.text.as_str()).or_insert_with(|| {
                token_text.push_str(&t.text);
                token_text.len() - t.text.len()
            });
            tokens.push((at, t.text.len(), t.glued));
        }
        pattern_rows.push(format!(
            "    Pattern {{ term: {ti}, alias: {ai}, exact: {}, guarded: {}, first_tok: {first_tok}, len: {} }},",
            a.exact,
            a.guarded,
            a.toks.len()
        ));
    }
    if token_text.len() > usize::from(u16::MAX) || tokens.len() > usize::from(u16::MAX) {
        fail(0, "the token tables outgrow their u16 offsets");
    }
    if patterns
        .iter()
        .any(|p| p.4.toks.len() > 255 || p.4.toks.iter().any(|t| t.text.len() > 255))
    {
        fail(
            0,
            "an alias has more than 255 tokens or a token longer than 255 bytes",
        );
    }
    let _ = writeln!(
        o,
        "/// Every alias token as written in the table, each once.\nstatic TOKEN_TEXT: &str = {token_text:?};\n"
    );
    let _ = writeln!(
        o,
        "/// The tokens of the patterns, pattern after pattern.\nstatic TOKENS: [PatTok; {}] = [",
        tokens.len()
    );
    for (at, len, glued) in &tokens {
        let _ = writeln!(o, "    PatTok {{ at: {at}, len: {len}, glued: {glued} }},");
    }
    o.push_str("];\n\n");
    // Where each distinct lowercased first token's run of patterns starts: the matcher binary
    // searches these runs (one probe per distinct first token) and takes the whole run,
    // instead of searching the patterns and then walking the run to its end.
    let mut first_from: Vec<usize> = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        let same = i
            .checked_sub(1)
            .and_then(|j| patterns.get(j))
            .is_some_and(|q| q.0 == p.0);
        if !same {
            first_from.push(i);
        }
    }
    first_from.push(patterns.len());
    if patterns.len() > usize::from(u16::MAX) {
        fail(0, "the pattern table outgrows its u16 offsets");
    }
    if patterns.iter().any(|p| p.0.len() > MAX_FIRST_TOKEN) {
        fail(
            0,
            &format!("an alias's first token is longer than {MAX_FIRST_TOKEN} bytes"),
        );
    }
    let _ = writeln!(
        o,
        "/// Longest first token of any alias: longer text tokens match nothing.\nconst MAX_FIRST_TOKEN: usize = {MAX_FIRST_TOKEN};\n"
    );
    let from: Vec<String> = first_from.iter().map(ToString::to_string).collect();
    let _ = writeln!(
        o,
        "/// Start of each run of patterns sharing a lowercased first token, then the end.\nstatic FIRST_FROM: [u16; {}] = [{}];\n",
        from.len(),
        from.join(", ")
    );
    let _ = writeln!(
        o,
        "/// Every alias, compiled; sorted by lowercased first token, then longest first.\nstatic PATTERNS: [Pattern; {}] = [",
        pattern_rows.len()
    );
    for row in &pattern_rows {
        o.push_str(row);
        o.push('\n');
    }
    o.push_str("];\n");
    o
}

/// The lexicon's spellings, four sorted lists: backend case-folded, backend exact, frontend
/// case-folded, frontend exact.
#[derive(Default)]
struct Lexicon {
    lists: [Vec<String>; 4],
}

/// Parse and validate `data/lexicon.tsv` against the taxonomy's aliases (a spelling the
/// taxonomy already has would be matched twice, and the taxonomy is the one that scores).
fn parse_lexicon(src: &str, rows: &[Row]) -> Lexicon {
    let taken: BTreeMap<String, usize> = rows
        .iter()
        .flat_map(|r| {
            r.aliases
                .iter()
                .map(move |a| (a.text.to_ascii_lowercase(), r.line))
        })
        .collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut lex = Lexicon::default();
    let mut header_seen = false;
    for (n, text) in src.lines().enumerate() {
        let line = n + 1;
        let fail_here = |msg: &str| -> ! {
            eprintln!("{LEXICON}:{line}: {msg}");
            exit(1)
        };
        if text.trim().is_empty() || text.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = text.split('\t').collect();
        if !header_seen {
            if cells != ["class", "spellings"] {
                fail_here("header must be `class<TAB>spellings`");
            }
            header_seen = true;
            continue;
        }
        let [class, spellings] = cells.as_slice() else {
            fail_here("expected two tab-separated columns");
        };
        if !LEXICON_CLASSES.contains(class) {
            fail_here(&format!(
                "unknown class `{class}` (known: {LEXICON_CLASSES:?})"
            ));
        }
        let frontend = *class == "frontend";
        for raw in spellings.split(" | ") {
            let (exact, s) = match raw.trim().strip_prefix('=') {
                Some(rest) => (true, rest),
                None => (false, raw.trim()),
            };
            if s.is_empty() || !s.is_ascii() || s.contains(['\n', '\t', '|']) {
                fail_here(&format!("bad spelling `{raw}` (ASCII, no `|`)"));
            }
            if s.split(' ').any(str::is_empty) {
                fail_here(&format!("`{s}`: one space between words"));
            }
            let folded = s.to_ascii_lowercase();
            if let Some(at) = taken.get(&folded) {
                fail_here(&format!(
                    "`{s}` is already a taxonomy alias ({TABLE}:{at}): list it there only"
                ));
            }
            // Exact spellings may differ only in case (=Bash | =bash); folded ones may not.
            let key = if exact { s.to_string() } else { folded.clone() };
            if let Some(at) = seen.insert(key.clone(), line) {
                fail_here(&format!("`{s}` repeats the spelling of line {at}"));
            }
            let list = usize::from(exact) + 2 * usize::from(frontend);
            if let Some(l) = lex.lists.get_mut(list) {
                l.push(key);
            }
        }
    }
    for l in &mut lex.lists {
        l.sort();
    }
    lex
}

fn generate_lexicon(lex: &Lexicon) -> String {
    let mut o = String::from(
        "// @generated by crates/core/build.rs from data/lexicon.tsv. Do not edit.\n\n",
    );
    let names = [
        ("BACKEND_FOLDED", "Backend spellings, ASCII-lowercased"),
        (
            "BACKEND_EXACT",
            "Backend spellings matched case-sensitively",
        ),
        ("FRONTEND_FOLDED", "Frontend spellings, ASCII-lowercased"),
        (
            "FRONTEND_EXACT",
            "Frontend spellings matched case-sensitively",
        ),
    ];
    for ((name, doc), list) in names.iter().zip(&lex.lists) {
        let text = list.join("\n");
        if text.len() > usize::from(u16::MAX) {
            eprintln!("{LEXICON}: a list is over 64 KB (its line starts are u16)");
            exit(1);
        }
        // Where each line starts, so a lookup's binary search reads a line in one step
        // instead of scanning for the newlines around its probe.
        let mut starts = Vec::with_capacity(list.len());
        let mut at = 0;
        // The first bytes the spellings start with (they are ASCII), so a word no spelling
        // starts like skips the list without a search.
        // and where the run of spellings starting with each of them begins (the run of the
        // n-th first byte present, then the list's length).
        let mut firsts = 0u128;
        let mut runs = Vec::new();
        for (i, spelling) in list.iter().enumerate() {
            starts.push(at.to_string());
            at += spelling.len() + 1;
            if let Some(&b) = spelling.as_bytes().first() {
                if firsts & (1u128 << b) == 0 {
                    runs.push(i.to_string());
                }
                firsts |= 1u128 << b;
            }
        }
        runs.push(list.len().to_string());
        let _ = writeln!(
            o,
            "/// {doc}: sorted, one per line.\nstatic {name}: List = List {{\n    text: {text:?},\n    starts: &[{}],\n    firsts: {firsts:#x},\n    runs: &[{}],\n}};\n",
            starts.join(", "),
            runs.join(", ")
        );
    }
    let total: usize = lex.lists.iter().map(Vec::len).sum();
    let _ = writeln!(
        o,
        "/// Number of spellings in the lexicon.\npub const SPELLINGS: usize = {total};"
    );
    o
}

fn main() {
    println!("cargo:rerun-if-changed={TABLE}");
    println!("cargo:rerun-if-changed={LEXICON}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/text.rs");
    println!("cargo:rerun-if-changed=src/span.rs");
    let src = fs::read_to_string(TABLE).unwrap_or_else(|e| fail(0, &format!("cannot read: {e}")));
    let rows = parse(&src);
    validate(&rows);
    if rows.len() > usize::from(u16::MAX) {
        fail(0, "more than 65535 terms (TermHit::term is a u16)");
    }
    let code = generate(&rows);
    let dir = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail(0, "OUT_DIR unset")));
    let out = dir.join("taxonomy_table.rs");
    if let Err(e) = fs::write(&out, code) {
        fail(0, &format!("cannot write {}: {e}", out.display()));
    }
    let lex_src = fs::read_to_string(LEXICON)
        .unwrap_or_else(|e| fail(0, &format!("cannot read {LEXICON}: {e}")));
    let lexicon = parse_lexicon(&lex_src, &rows);
    let out = dir.join("lexicon_table.rs");
    if let Err(e) = fs::write(&out, generate_lexicon(&lexicon)) {
        fail(0, &format!("cannot write {}: {e}", out.display()));
    }
    compile_jd_vocabulary();
}

/// Compiles `data/jd_domain.tsv` (the job-description vocabulary: domains, technologies the
/// taxonomy lacks, class-level requirements) into `$OUT_DIR/jd_vocab_table.rs`, which
/// `src/jd/vocab.rs` includes. Self-contained: its own small row format and tokenizer (runs of
/// letters/digits with a trailing `#`/`+`, any other non-space character alone, hyphens dropped:
/// the shape `src/text.rs` gives text), validated here so a bad row fails the build.
fn compile_jd_vocabulary() {
    const VOCAB: &str = "data/jd_domain.tsv";
    println!("cargo:rerun-if-changed={VOCAB}");
    let fail_at = |line: usize, msg: &str| -> ! {
        eprintln!("{VOCAB}:{line}: {msg}");
        exit(1)
    };
    let src =
        fs::read_to_string(VOCAB).unwrap_or_else(|e| fail_at(0, &format!("cannot read: {e}")));
    let words = |s: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut cur = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() || (!cur.is_empty() && (c == '#' || c == '+')) {
                cur.push(c);
                continue;
            }
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() && c != '-' {
                out.push(c.to_string());
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    };
    let mut entries: Vec<(String, String, Vec<String>)> = Vec::new();
    // (lowercase first word, words, exact, entry index)
    let mut phrases: Vec<(String, Vec<String>, bool, usize)> = Vec::new();
    let mut header = false;
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header {
            if cols != ["kind", "name", "aliases", "members"] {
                fail_at(n, "expected the header row: kind, name, aliases, members");
            }
            header = true;
            continue;
        }
        let [kind, name, aliases, members] = cols[..] else {
            fail_at(n, &format!("expected 4 columns, found {}", cols.len()));
        };
        let kind = match kind {
            "domain" => "Domain",
            "tech" => "Tech",
            "class" => "Class",
            "family" => "Family",
            "implied" => "Implied",
            other => fail_at(n, &format!("unknown kind {other:?}")),
        };
        if name.trim().is_empty() || entries.iter().any(|e| e.1 == name) {
            fail_at(n, &format!("empty or duplicate name {name:?}"));
        }
        let members: Vec<String> = if members == "-" {
            Vec::new()
        } else {
            members.split(" | ").map(|m| m.trim().to_string()).collect()
        };
        let class = matches!(kind, "Class" | "Family" | "Implied");
        if class == members.is_empty() {
            fail_at(
                n,
                "a class or family needs members; a domain or tech row has none (-)",
            );
        }
        if aliases == "-" && !class {
            fail_at(n, "a domain or tech row needs aliases");
        }
        let index = entries.len();
        if aliases != "-" {
            for alias in aliases.split(" | ") {
                let (exact, alias) = match alias.trim().strip_prefix('=') {
                    Some(a) => (true, a),
                    None => (false, alias.trim()),
                };
                let forms: Vec<String> = match alias.strip_suffix("(s)") {
                    Some(stem) => vec![stem.to_string(), format!("{stem}s")],
                    None => vec![alias.to_string()],
                };
                for form in forms {
                    let mut w = words(&form);
                    if w.is_empty() {
                        fail_at(n, &format!("empty alias in {name:?}"));
                    }
                    if !exact {
                        w = w.iter().map(|x| x.to_lowercase()).collect();
                    }
                    let first = w[0].to_lowercase();
                    if phrases.iter().any(|p| p.1 == w) {
                        fail_at(n, &format!("duplicate alias {form:?}"));
                    }
                    phrases.push((first, w, exact, index));
                }
            }
        }
        entries.push((kind.to_string(), name.to_string(), members));
    }
    // Members name taxonomy terms (checked at run time by the vocabulary's tests) or entries.
    phrases.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.len().cmp(&a.1.len()))
            .then(a.1.cmp(&b.1))
    });
    let mut o = String::from("// @generated by build.rs from data/jd_domain.tsv\n");
    let _ = writeln!(o, "static ENTRIES: [Entry; {}] = [", entries.len());
    for (kind, name, members) in &entries {
        let _ = writeln!(
            o,
            "    Entry {{ kind: VocabKind::{kind}, name: {name:?}, members: &{members:?} }},"
        );
    }
    o.push_str("];\n");
    let _ = writeln!(o, "static PHRASES: [Phrase; {}] = [", phrases.len());
    for (first, w, exact, entry) in &phrases {
        let _ = writeln!(
            o,
            "    Phrase {{ first: {first:?}, words: &{w:?}, exact: {exact}, entry: {entry} }},"
        );
    }
    o.push_str("];\n");
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail_at(0, "OUT_DIR unset")))
        .join("jd_vocab_table.rs");
    if let Err(e) = fs::write(&out, o) {
        fail_at(0, &format!("cannot write {}: {e}", out.display()));
    }
}
