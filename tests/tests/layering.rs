//! The core's layers, enforced (a tidy test in the style of rust-analyzer's).
//!
//! `ARCHITECTURE.md` promises that data flows one way through `crates/core`. This test reads
//! every `crates/core/src/**/*.rs`, finds every path into the crate (`use crate::…`, grouped
//! `use crate::{a, b::{c}}`, `super::…`, `self::…`, paths through a child module, inline
//! `crate::x::f()`), resolves each to the module it names, and fails when a module imports
//! from a layer above its own. [`LAYERS`] is the one table of who sits where; the picture in
//! `ARCHITECTURE.md` ("Layers") is generated from it and checked here too.
//!
//! The core has no upward import and no import cycle between its top-level modules (issue 10
//! paid the debt that was listed here). [`UPWARD_ALLOWED`] and [`CYCLES_ALLOWED`] stay, empty,
//! for debt a change cannot pay at once: a line there names the file, the module and the reason,
//! and fails once its import is gone, so the lists only shrink. Cycles are checked apart from
//! layers because a cycle inside one layer is not an upward import.
//!
//! Test code (`#[cfg(test)]` items and the files of `#[cfg(test)] mod x;`) is exempt: tests
//! drive the whole pipeline through `analyze()` on purpose. Comments, doc links and string
//! literals are not imports. The parser is plain string handling, no dependencies; its own
//! tests feed it small in-memory source sets (the `checker_*` tests at the bottom).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// One layer of the core: the modules in it and what they are.
struct Layer {
    /// Module paths (`document`, or a submodule such as `document::layout`; the most specific
    /// entry wins). `crate` is the crate root, `lib.rs`.
    modules: &'static [&'static str],
    /// What the layer is, for the picture.
    what: &'static str,
}

/// THE table: bottom layer first. A module may import from its own layer and the layers below.
const LAYERS: &[Layer] = &[
    Layer {
        modules: &[
            "span",
            "text",
            "date",
            "place",
            "layout",
            "section_kind",
            "options",
            "limits",
            "finding",
            "sort",
            "error",
        ],
        what: "value types and their helpers: spans, the tokenizer, the date parser, places, layout facts, section kinds, options, input limits, findings and rule metadata, the one sort, errors",
    },
    Layer {
        modules: &["phrases", "taxonomy"],
        what: "vocabulary as data: phrase tables, the taxonomy and its matcher",
    },
    Layer {
        modules: &["input"],
        what: "readers: plain text / Markdown, JSON Resume, LaTeX, YAML, sniffing; they enforce the limits",
    },
    Layer {
        modules: &["document", "jd"],
        what: "the documents, read once: the resume's model (sections, bullets + facts, contact, roles) and the job description's (parts, title, requirements)",
    },
    Layer {
        modules: &["assess"],
        what: "assessments the rules read and the report shows: bullet grades, parts and hints; the keyword profile, coverage and suggestions; the JD match",
    },
    Layer {
        modules: &["rules"],
        what: "one module per rule: each reads the document and the assessments and returns findings",
    },
    Layer {
        modules: &["analysis"],
        what: "runs the rules, then the assessments: everything the report needs",
    },
    Layer {
        modules: &["report", "summary"],
        what: "assembles the Report: scores, findings grouped per rule, UTF-16 offsets",
    },
    Layer {
        modules: &["render"],
        what: "JSON and Markdown renderings shared by the CLI and the page",
    },
    Layer {
        modules: &["crate"],
        what: "the crate root: analyze() and the public API's re-exports",
    },
];

/// Upward imports tolerated as known debt, one per (importing file, module it imports, why and
/// which issue). Empty: keep it so. A line fails once its import is gone.
const UPWARD_ALLOWED: &[(&str, &str, &str)] = &[];

/// Import cycles between top-level modules tolerated as known debt (names, why and which issue).
/// Empty: keep it so.
const CYCLES_ALLOWED: &[(&[&str], &str)] = &[];

// ---------------------------------------------------------------------------------------------
// The checks on the real sources.

/// Every `.rs` file under `crates/core/src`, as (path relative to it with `/`, text), sorted.
fn core_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/core/src");
    let mut files = Vec::new();
    collect_rs(&root, &root, &mut files);
    files.sort();
    assert!(
        files.iter().any(|(path, _)| path == "lib.rs"),
        "no lib.rs under {}",
        root.display()
    );
    files
}

fn collect_rs(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_rs(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(root).expect("under root");
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((name, text));
        }
    }
}

/// Panic with every problem, if there is any.
fn fail_with(problems: &[String]) {
    if !problems.is_empty() {
        panic!(
            "\n{} layering problem(s) in crates/core (table and allowlists: \
             tests/tests/layering.rs):\n\n{}\n",
            problems.len(),
            problems.join("\n\n")
        );
    }
}

/// The core's import graph; a file the table misses fails the test here.
fn core_graph(sources: &[(String, String)]) -> ImportGraph<'static> {
    ImportGraph::build(sources, LAYERS).unwrap_or_else(|problems| {
        fail_with(&problems);
        unreachable!("fail_with panics on a non-empty list")
    })
}

#[test]
fn the_core_imports_only_downward() {
    let sources = core_sources();
    let graph = core_graph(&sources);
    let upward = graph.upward_imports();
    println!(
        "{} upward import(s) today; UPWARD_ALLOWED has {} file -> module pairs:",
        upward.len(),
        UPWARD_ALLOWED.len()
    );
    for edge in &upward {
        println!("  {}", edge.describe(LAYERS));
    }
    fail_with(&check_upward(&upward, UPWARD_ALLOWED, LAYERS));
}

#[test]
fn the_core_has_no_new_import_cycles() {
    let sources = core_sources();
    let graph = core_graph(&sources);
    let cycles = graph.cycles();
    println!(
        "{} import cycle(s) between top-level modules; CYCLES_ALLOWED has {}:",
        cycles.len(),
        CYCLES_ALLOWED.len()
    );
    for cycle in &cycles {
        println!("{}", graph.describe_cycle(cycle));
    }
    fail_with(&check_cycles(&graph, &cycles, CYCLES_ALLOWED));
}

/// The picture in ARCHITECTURE.md is the table: the test prints the block to paste if not.
#[test]
fn architecture_md_draws_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ARCHITECTURE.md");
    let text = std::fs::read_to_string(&path).expect("ARCHITECTURE.md");
    let picture = layers_picture(LAYERS);
    assert!(
        text.contains(&picture),
        "\nARCHITECTURE.md's \"Layers\" picture differs from LAYERS in tests/tests/layering.rs; \
         it should contain exactly:\n\n{picture}\n"
    );
}

/// Widest the modules column of the picture grows before a layer's list wraps onto a second line.
const MODULES_WIDTH: usize = 30;

/// The "Layers" picture: top layer first, one line per layer (a long module list wraps under
/// itself).
fn layers_picture(layers: &[Layer]) -> String {
    let rows: Vec<Vec<String>> = layers
        .iter()
        .map(|layer| {
            let names: Vec<&str> = layer
                .modules
                .iter()
                .map(|m| if *m == "crate" { "lib.rs" } else { m })
                .collect();
            wrap_names(&names, MODULES_WIDTH)
        })
        .collect();
    let width = rows
        .iter()
        .flatten()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!(
        "```\nimports point down: a module uses only its own layer and the layers below\n\n\
         layer  {:<width$}   what\n",
        "modules"
    );
    for (number, (layer, lines)) in layers.iter().zip(&rows).enumerate().rev() {
        for (k, names) in lines.iter().enumerate() {
            let line = if k == 0 {
                format!("{number:>3}    {names:<width$}   {}", layer.what)
            } else {
                format!("       {names}")
            };
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out.push_str("```\n");
    out
}

/// `names` joined with ", " into lines of at most `width` characters (a trailing comma on all
/// but the last); a single longer name gets a line of its own.
fn wrap_names(names: &[&str], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for name in names {
        let added = if current.is_empty() {
            name.chars().count()
        } else {
            current.chars().count() + 2 + name.chars().count()
        };
        if !current.is_empty() && added + 1 > width {
            current.push(',');
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push_str(", ");
        }
        current.push_str(name);
    }
    lines.push(current);
    lines
}

// ---------------------------------------------------------------------------------------------
// Lexing: identifiers, `::` and punctuation, with comments and literals gone.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Tokens of a Rust source, without comments (nested block comments too), string, raw string,
/// byte string, char and number literals, and lifetimes.
fn lex(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = at(i);
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && at(i) != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if at(i) == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&chars, i + 1, &mut line);
        } else if c == '\'' {
            i = skip_char_or_lifetime(&chars, i);
        } else if c.is_ascii_digit() {
            while is_ident_char(at(i)) || (at(i) == '.' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
        } else if is_ident_start(c) {
            let start = i;
            while is_ident_char(at(i)) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let raw_prefix = matches!(word.as_str(), "r" | "br" | "cr");
            let hashes = (i..).take_while(|&j| at(j) == '#').count();
            if raw_prefix && at(i + hashes) == '"' {
                i = skip_raw_string(&chars, i + hashes + 1, hashes, &mut line);
            } else if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                i = skip_string(&chars, i + 1, &mut line);
            } else if word == "b" && at(i) == '\'' {
                i = skip_char_or_lifetime(&chars, i);
            } else if word == "r" && hashes == 1 && is_ident_start(at(i + 1)) {
                // A raw identifier, `r#type`.
                let start = i + 1;
                i = start;
                while is_ident_char(at(i)) {
                    i += 1;
                }
                let word = chars[start..i].iter().collect();
                tokens.push(Token {
                    tok: Tok::Ident(word),
                    line,
                });
            } else {
                tokens.push(Token {
                    tok: Tok::Ident(word),
                    line,
                });
            }
        } else if c == ':' && at(i + 1) == ':' {
            tokens.push(Token {
                tok: Tok::PathSep,
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                tok: Tok::Punct(c),
                line,
            });
            i += 1;
        }
    }
    tokens
}

/// Past the closing quote of a string whose body starts at `i`.
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => i += 2,
            '"' => return i + 1,
            '\n' => {
                *line += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// Past the closing `"` + `hashes` × `#` of a raw string whose body starts at `i`.
fn skip_raw_string(chars: &[char], mut i: usize, hashes: usize, line: &mut usize) -> usize {
    while let Some(&c) = chars.get(i) {
        if c == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        if c == '\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

/// Past a char literal (`'a'`, `'\n'`, `'\u{1F600}'`) or a lifetime (`'a`) starting at `i`.
fn skip_char_or_lifetime(chars: &[char], i: usize) -> usize {
    let at = |j: usize| chars.get(j).copied().unwrap_or('\0');
    if at(i + 1) == '\\' {
        let mut j = i + 3;
        while j < chars.len() && at(j) != '\'' {
            j += 1;
        }
        return j + 1;
    }
    if at(i + 2) == '\'' {
        return i + 3;
    }
    let mut j = i + 1;
    while is_ident_char(at(j)) {
        j += 1;
    }
    j
}

// ---------------------------------------------------------------------------------------------
// Parsing: the paths a file writes into the crate, its child modules, its test-only modules.

/// A path as written in a source file, before resolution.
#[derive(Debug, Clone)]
struct WrittenPath {
    segments: Vec<String>,
    line: usize,
}

#[derive(Debug, Default)]
struct FileFacts {
    paths: Vec<WrittenPath>,
    /// `mod x;` / `mod x { … }` declared here (outside test code).
    children: BTreeSet<String>,
    /// `#[cfg(test)] mod x;`: the file of `x` is test code.
    test_children: BTreeSet<String>,
    /// `#![cfg(test)]` at the top: the whole file is test code.
    test_only: bool,
    /// `pub use` names at this level: name → path as written (the crate root's re-exports).
    reexports: BTreeMap<String, Vec<String>>,
}

fn ident(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

fn is_tok(tokens: &[Token], i: usize, tok: &Tok) -> bool {
    tokens.get(i).is_some_and(|t| t.tok == *tok)
}

/// Index just past the bracketed group opening at `i` (`(`, `[` or `{`), or past the end.
fn skip_group(tokens: &[Token], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while let Some(t) = tokens.get(j) {
        match t.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

/// Index just past the item starting at `i`: its `;` at depth 0, or its closing `}`.
fn skip_item(tokens: &[Token], mut i: usize) -> usize {
    while let Some(t) = tokens.get(i) {
        match t.tok {
            Tok::Punct(';') => return i + 1,
            Tok::Punct('{') => return skip_group(tokens, i),
            Tok::Punct('(' | '[') => i = skip_group(tokens, i),
            _ => i += 1,
        }
    }
    i
}

/// The name of the module an item declares (`pub(crate) mod x …` → `x`), if it is one.
fn declared_module(tokens: &[Token], mut i: usize) -> Option<String> {
    if ident(tokens, i) == Some("pub") {
        i += 1;
        if is_tok(tokens, i, &Tok::Punct('(')) {
            i = skip_group(tokens, i);
        }
    }
    if ident(tokens, i) == Some("mod") {
        ident(tokens, i + 1).map(str::to_string)
    } else {
        None
    }
}

fn parse_file(src: &str) -> FileFacts {
    let tokens = lex(src);
    let mut facts = FileFacts::default();
    // Child modules first: a path may go through one declared further down.
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = cfg_test_attribute(&tokens, i) {
            if is_tok(&tokens, i + 1, &Tok::Punct('!')) {
                facts.test_only = true;
                return facts;
            }
            let item = skip_attributes(&tokens, end);
            if let Some(name) = declared_module(&tokens, item) {
                facts.test_children.insert(name);
            }
            i = skip_item(&tokens, item);
            continue;
        }
        if ident(&tokens, i) == Some("mod") {
            if let Some(name) = ident(&tokens, i + 1) {
                facts.children.insert(name.to_string());
            }
        }
        i += 1;
    }
    let mut i = 0;
    while i < tokens.len() {
        if cfg_test_attribute(&tokens, i).is_some() {
            let item = skip_attributes(&tokens, i);
            i = skip_item(&tokens, item);
            continue;
        }
        // `pub(in crate::a)` restricts visibility; it imports nothing.
        if ident(&tokens, i) == Some("pub")
            && is_tok(&tokens, i + 1, &Tok::Punct('('))
            && ident(&tokens, i + 2) == Some("in")
        {
            i = skip_group(&tokens, i + 1);
            continue;
        }
        if ident(&tokens, i) == Some("use") {
            // `pub use` or `pub(crate) use`: a re-export.
            let is_pub = i > 0
                && (ident(&tokens, i - 1) == Some("pub")
                    || is_tok(&tokens, i - 1, &Tok::Punct(')')));
            let mut trees = Vec::new();
            let mut j = i + 1;
            if is_tok(&tokens, j, &Tok::PathSep) {
                j += 1; // `use ::serde…`: an external crate.
            }
            use_tree(&tokens, &mut j, Vec::new(), &mut trees);
            for (segments, alias, line) in trees {
                if is_pub {
                    if let Some(name) = alias.or_else(|| segments.last().cloned()) {
                        facts.reexports.insert(name, segments.clone());
                    }
                }
                if into_crate(&segments, &facts.children) {
                    facts.paths.push(WrittenPath { segments, line });
                }
            }
            i = skip_item(&tokens, i);
            continue;
        }
        let starts_path = is_tok(&tokens, i + 1, &Tok::PathSep)
            && !(i > 0 && is_tok(&tokens, i - 1, &Tok::PathSep));
        if starts_path {
            let mut segments = Vec::new();
            let mut j = i;
            while let Some(name) = ident(&tokens, j) {
                segments.push(name.to_string());
                if is_tok(&tokens, j + 1, &Tok::PathSep) {
                    j += 2;
                } else {
                    break;
                }
            }
            let line = tokens.get(i).map_or(0, |t| t.line);
            if into_crate(&segments, &facts.children) {
                facts.paths.push(WrittenPath { segments, line });
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    facts
}

/// Does a path start inside this crate (rather than at `core`, `alloc`, `serde`, …)?
fn into_crate(segments: &[String], children: &BTreeSet<String>) -> bool {
    segments.first().is_some_and(|first| {
        matches!(first.as_str(), "crate" | "super" | "self") || children.contains(first)
    })
}

/// If an attribute `#[cfg(test)]` or `#![cfg(test)]` starts at `i`, the index past it.
fn cfg_test_attribute(tokens: &[Token], i: usize) -> Option<usize> {
    if !is_tok(tokens, i, &Tok::Punct('#')) {
        return None;
    }
    let open = if is_tok(tokens, i + 1, &Tok::Punct('!')) {
        i + 2
    } else {
        i + 1
    };
    let words = [
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    words
        .iter()
        .enumerate()
        .all(|(k, w)| is_tok(tokens, open + k, w))
        .then_some(open + words.len())
}

/// Past any attributes (`#[…]`) starting at `i`.
fn skip_attributes(tokens: &[Token], mut i: usize) -> usize {
    while is_tok(tokens, i, &Tok::Punct('#')) && is_tok(tokens, i + 1, &Tok::Punct('[')) {
        i = skip_group(tokens, i + 1);
    }
    i
}

/// Expand one use tree (`a::b`, `a::{b, c::{d}}`, `a::*`, `a as b`) into full paths, each with
/// its alias and line.
fn use_tree(
    tokens: &[Token],
    i: &mut usize,
    prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>, usize)>,
) {
    let mut path = prefix;
    let mut line = tokens.get(*i).map_or(0, |t| t.line);
    loop {
        match tokens.get(*i).map(|t| (&t.tok, t.line)) {
            Some((Tok::Ident(name), at)) if name != "as" => {
                path.push(name.clone());
                line = at;
                *i += 1;
                if is_tok(tokens, *i, &Tok::PathSep) {
                    *i += 1;
                } else {
                    break;
                }
            }
            Some((Tok::Punct('{'), _)) => {
                *i += 1;
                while *i < tokens.len() && !is_tok(tokens, *i, &Tok::Punct('}')) {
                    let before = *i;
                    use_tree(tokens, i, path.clone(), out);
                    if is_tok(tokens, *i, &Tok::Punct(',')) {
                        *i += 1;
                    }
                    if *i == before {
                        *i += 1; // not a tree: never loop forever on odd input
                    }
                }
                *i += 1;
                return;
            }
            Some((Tok::Punct('*'), _)) => {
                *i += 1;
                out.push((path, None, line));
                return;
            }
            _ => break,
        }
    }
    let mut alias = None;
    if ident(tokens, *i) == Some("as") {
        alias = ident(tokens, *i + 1).map(str::to_string);
        *i += 2;
    }
    out.push((path, alias, line));
}

// ---------------------------------------------------------------------------------------------
// Resolution and the graph.

/// The module path of a file: `lib.rs` → [], `a/mod.rs` → [a], `a/b.rs` → [a, b].
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file.split('/').map(str::to_string).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !(stem == "mod" || (parts.is_empty() && stem == "lib")) {
        parts.push(stem.to_string());
    }
    parts
}

/// The absolute path a written path names, seen from module `here`; `None` if it climbs past
/// the crate root.
fn resolve(
    here: &[String],
    written: &[String],
    children: &BTreeSet<String>,
) -> Option<Vec<String>> {
    let first = written.first()?;
    let mut path: Vec<String>;
    let mut rest = written;
    if first == "crate" {
        path = Vec::new();
        rest = &written[1..];
    } else if first == "self" {
        path = here.to_vec();
        rest = &written[1..];
    } else if first == "super" {
        path = here.to_vec();
        while rest.first().is_some_and(|s| s == "super") {
            path.pop()?;
            rest = &rest[1..];
        }
    } else if children.contains(first) {
        path = here.to_vec();
    } else {
        return None;
    }
    path.extend(rest.iter().filter(|s| *s != "self").cloned());
    Some(path)
}

/// One import of a module by a file, resolved to the table.
#[derive(Debug, Clone)]
struct Edge {
    file: String,
    line: usize,
    written: String,
    from: String,
    to: String,
}

impl Edge {
    fn describe(&self, layers: &[Layer]) -> String {
        format!(
            "{}:{} ({}, layer {}) imports `{}` from {} (layer {})",
            self.file,
            self.line,
            self.from,
            layer_of(layers, &self.from).unwrap_or(0),
            self.written,
            self.to,
            layer_of(layers, &self.to).unwrap_or(0)
        )
    }
}

/// The layer number of a table entry.
fn layer_of(layers: &[Layer], entry: &str) -> Option<usize> {
    layers.iter().position(|l| l.modules.contains(&entry))
}

/// The table entry of an absolute module path: the longest entry that is a prefix of it.
fn entry_of(layers: &[Layer], path: &[String]) -> Option<&'static str> {
    layers
        .iter()
        .flat_map(|l| l.modules.iter().copied())
        .filter(|entry| {
            let parts: Vec<&str> = if *entry == "crate" {
                Vec::new()
            } else {
                entry.split("::").collect()
            };
            parts.len() <= path.len() && parts.iter().zip(path).all(|(a, b)| a == b)
        })
        .max_by_key(|entry| {
            if *entry == "crate" {
                0
            } else {
                entry.split("::").count()
            }
        })
}

/// The top-level module of a table entry (`document::layout` → `document`).
fn top_of(entry: &str) -> &str {
    entry.split("::").next().unwrap_or(entry)
}

struct ImportGraph<'a> {
    layers: &'a [Layer],
    edges: Vec<Edge>,
}

impl<'a> ImportGraph<'a> {
    /// Parse and resolve every non-test file; `Err` lists files and paths the table misses.
    fn build(sources: &[(String, String)], layers: &'a [Layer]) -> Result<Self, Vec<String>> {
        let mut problems = Vec::new();
        let facts: Vec<(&str, Vec<String>, FileFacts)> = sources
            .iter()
            .map(|(file, text)| (file.as_str(), module_of(file), parse_file(text)))
            .collect();
        let mut test_modules: Vec<Vec<String>> = Vec::new();
        for (_, here, f) in &facts {
            if f.test_only {
                test_modules.push(here.clone());
            }
            for child in &f.test_children {
                let mut m = here.clone();
                m.push(child.clone());
                test_modules.push(m);
            }
        }
        let modules: BTreeSet<&[String]> = facts.iter().map(|(_, m, _)| m.as_slice()).collect();
        let root_reexports: BTreeMap<String, Vec<String>> = facts
            .iter()
            .filter(|(_, here, _)| here.is_empty())
            .flat_map(|(_, _, f)| {
                f.reexports.iter().filter_map(|(name, written)| {
                    resolve(&[], written, &f.children).map(|p| (name.clone(), p))
                })
            })
            .collect();
        for entry in layers.iter().flat_map(|l| l.modules) {
            let path: Vec<String> = entry.split("::").map(str::to_string).collect();
            if *entry != "crate" && !modules.contains(path.as_slice()) {
                problems.push(format!(
                    "LAYERS names `{entry}`, which has no file under crates/core/src: remove it \
                     (and redraw the picture in ARCHITECTURE.md)"
                ));
            }
        }
        let mut edges = Vec::new();
        for (file, here, f) in &facts {
            if test_modules.iter().any(|t| here.starts_with(t)) {
                continue;
            }
            // Only lib.rs is the crate root; a new top-level module needs its own row.
            let from = entry_of(layers, here).filter(|e| *e != "crate" || here.is_empty());
            let Some(from) = from else {
                problems.push(format!(
                    "{file}: module `{}` has no layer: add it to LAYERS in \
                     tests/tests/layering.rs (and to the picture in ARCHITECTURE.md)",
                    here.join("::")
                ));
                continue;
            };
            for written in &f.paths {
                let Some(mut target) = resolve(here, &written.segments, &f.children) else {
                    continue;
                };
                // `crate::Finding` is `report::Finding`: follow the root's re-exports.
                if let Some(first) = target.first().cloned() {
                    let is_module = modules.contains([first.clone()].as_slice());
                    if let (false, Some(real)) = (is_module, root_reexports.get(&first)) {
                        target.splice(0..1, real.iter().cloned());
                    }
                }
                let Some(to) = entry_of(layers, &target) else {
                    continue;
                };
                if to != from {
                    edges.push(Edge {
                        file: file.to_string(),
                        line: written.line,
                        written: written.segments.join("::"),
                        from: from.to_string(),
                        to: to.to_string(),
                    });
                }
            }
        }
        if problems.is_empty() {
            Ok(Self { layers, edges })
        } else {
            Err(problems)
        }
    }

    /// Imports from a higher layer, in file order.
    fn upward_imports(&self) -> Vec<&Edge> {
        self.edges
            .iter()
            .filter(|e| layer_of(self.layers, &e.to) > layer_of(self.layers, &e.from))
            .collect()
    }

    /// The edges between distinct top-level modules (the crate root left out: it sits on top
    /// by definition, an import of it is an upward import, and as a node it would join every
    /// module it declares into one loop).
    fn module_edges(&self) -> BTreeMap<&str, BTreeSet<&str>> {
        let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for e in &self.edges {
            let (from, to) = (top_of(&e.from), top_of(&e.to));
            if from != to && from != "crate" && to != "crate" {
                graph.entry(from).or_default().insert(to);
                graph.entry(to).or_default();
            }
        }
        graph
    }

    /// The import cycles between top-level modules: Tarjan's strongly connected components
    /// with more than one module, each sorted, in sorted order.
    fn cycles(&self) -> Vec<Vec<String>> {
        let graph = self.module_edges();
        let mut tarjan = Tarjan {
            graph: &graph,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            next: 0,
            components: Vec::new(),
        };
        for node in graph.keys() {
            if !tarjan.index.contains_key(node) {
                tarjan.visit(node);
            }
        }
        let mut cycles: Vec<Vec<String>> = tarjan
            .components
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| {
                let mut c: Vec<String> = c.into_iter().map(str::to_string).collect();
                c.sort();
                c
            })
            .collect();
        cycles.sort();
        cycles
    }

    /// A cycle and, for each import between its modules, how many there are and the first.
    fn describe_cycle(&self, cycle: &[String]) -> String {
        let inside = |entry: &str| cycle.iter().any(|m| m == top_of(entry));
        let mut pairs: BTreeMap<(&str, &str), Vec<&Edge>> = BTreeMap::new();
        for e in &self.edges {
            let (from, to) = (top_of(&e.from), top_of(&e.to));
            if from != to && inside(from) && inside(to) {
                pairs.entry((from, to)).or_default().push(e);
            }
        }
        let mut out = format!("  cycle: {}", cycle.join(" <-> "));
        for ((from, to), edges) in &pairs {
            let first = edges[0];
            let _ = write!(
                out,
                "\n    {from} -> {to}: {} import(s), e.g. {}:{} `{}`",
                edges.len(),
                first.file,
                first.line,
                first.written
            );
        }
        out
    }
}

struct Tarjan<'g> {
    graph: &'g BTreeMap<&'g str, BTreeSet<&'g str>>,
    index: BTreeMap<&'g str, usize>,
    low: BTreeMap<&'g str, usize>,
    stack: Vec<&'g str>,
    on_stack: BTreeSet<&'g str>,
    next: usize,
    components: Vec<Vec<&'g str>>,
}

impl<'g> Tarjan<'g> {
    fn visit(&mut self, node: &'g str) {
        self.index.insert(node, self.next);
        self.low.insert(node, self.next);
        self.next += 1;
        self.stack.push(node);
        self.on_stack.insert(node);
        for &next in self.graph.get(node).into_iter().flatten() {
            if !self.index.contains_key(next) {
                self.visit(next);
                let low = self.low[node].min(self.low[next]);
                self.low.insert(node, low);
            } else if self.on_stack.contains(next) {
                let low = self.low[node].min(self.index[next]);
                self.low.insert(node, low);
            }
        }
        if self.low[node] == self.index[node] {
            let mut component = Vec::new();
            while let Some(member) = self.stack.pop() {
                self.on_stack.remove(member);
                component.push(member);
                if member == node {
                    break;
                }
            }
            self.components.push(component);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The verdicts.

/// Problems with the upward imports: new ones (not allowlisted), allowlisted ones that are
/// gone, and allowlist lines without a reason.
fn check_upward(upward: &[&Edge], allowed: &[(&str, &str, &str)], layers: &[Layer]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut by_pair: BTreeMap<(&str, &str), Vec<&Edge>> = BTreeMap::new();
    for e in upward {
        by_pair
            .entry((e.file.as_str(), e.to.as_str()))
            .or_default()
            .push(e);
    }
    for ((file, to), edges) in &by_pair {
        if !allowed.iter().any(|(f, m, _)| f == file && m == to) {
            let lines: Vec<String> = edges.iter().map(|e| e.describe(layers)).collect();
            problems.push(format!(
                "upward import: {}\n  Import from your own layer or below: move the item down \
                 (or the importer up). Only if it is debt you cannot pay now, add \
                 (\"{file}\", \"{to}\", \"<why>, issue N\") to UPWARD_ALLOWED.",
                lines.join("\n  upward import: ")
            ));
        }
    }
    for (file, module, reason) in allowed {
        if !by_pair.contains_key(&(*file, *module)) {
            problems.push(format!(
                "UPWARD_ALLOWED lists (\"{file}\", \"{module}\") but {file} no longer imports \
                 {module} from a higher layer: delete the line (the list only shrinks)."
            ));
        }
        if reason.trim().is_empty() {
            problems.push(format!(
                "UPWARD_ALLOWED (\"{file}\", \"{module}\") has no reason."
            ));
        }
    }
    problems
}

/// Problems with the cycles: new or changed ones, and allowlisted ones that are gone.
fn check_cycles(
    graph: &ImportGraph,
    cycles: &[Vec<String>],
    allowed: &[(&[&str], &str)],
) -> Vec<String> {
    let mut problems = Vec::new();
    let allowed_sets: Vec<Vec<String>> = allowed
        .iter()
        .map(|(modules, _)| {
            let mut m: Vec<String> = modules.iter().map(|s| s.to_string()).collect();
            m.sort();
            m
        })
        .collect();
    for cycle in cycles {
        if !allowed_sets.contains(cycle) {
            let quoted: Vec<String> = cycle.iter().map(|m| format!("\"{m}\"")).collect();
            problems.push(format!(
                "import cycle not in CYCLES_ALLOWED:\n{}\n  Break it (an import that goes up a \
                 layer, or one between two modules of a layer, must go). Only if it is debt you \
                 cannot pay now, add (&[{}], \"<why>, issue N\") to CYCLES_ALLOWED.",
                graph.describe_cycle(cycle),
                quoted.join(", ")
            ));
        }
    }
    for ((modules, reason), set) in allowed.iter().zip(&allowed_sets) {
        if !cycles.contains(set) {
            problems.push(format!(
                "CYCLES_ALLOWED lists the cycle {modules:?}, which no longer exists as such: \
                 delete the line, or narrow it to the cycle that remains (the list only shrinks)."
            ));
        }
        if reason.trim().is_empty() {
            problems.push(format!("CYCLES_ALLOWED {modules:?} has no reason."));
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// The checker's own tests: small in-memory crates with known imports, so that a passing
// `the_core_*` test means something.

/// base (0) < mid (1) < top (2) < crate root (3), with `base::raised` lifted to the top.
const TOY: &[Layer] = &[
    Layer {
        modules: &["base"],
        what: "",
    },
    Layer {
        modules: &["mid"],
        what: "",
    },
    Layer {
        modules: &["top", "base::raised"],
        what: "",
    },
    Layer {
        modules: &["crate"],
        what: "",
    },
];

const TOY_LIB: &str =
    "mod base;\nmod mid;\nmod top;\npub use top::Thing;\npub const LIMIT: usize = 1;\n";

/// The toy crate with `files` added (lib.rs, base, base/raised.rs, mid.rs and top.rs are
/// always there), sorted like `core_sources`.
fn toy(files: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("lib.rs".to_string(), TOY_LIB.to_string()),
        ("mid.rs".to_string(), "use crate::base::B;\n".to_string()),
        ("top.rs".to_string(), "pub struct Thing;\n".to_string()),
    ];
    all.extend(files.iter().map(|(f, t)| (f.to_string(), t.to_string())));
    if !all
        .iter()
        .any(|(f, _)| f == "base.rs" || f == "base/mod.rs")
    {
        all.push(("base.rs".to_string(), String::new()));
    }
    if !all.iter().any(|(f, _)| f == "base/raised.rs") {
        all.push(("base/raised.rs".to_string(), String::new()));
    }
    all.sort();
    all
}

/// `(file:line, written path, target)` of every upward import in the toy crate.
fn toy_upward(files: &[(&str, &str)]) -> Vec<(String, String, String)> {
    let sources = toy(files);
    let graph = ImportGraph::build(&sources, TOY).expect("toy table covers the toy crate");
    graph
        .upward_imports()
        .iter()
        .map(|e| {
            (
                format!("{}:{}", e.file, e.line),
                e.written.clone(),
                e.to.clone(),
            )
        })
        .collect()
}

fn triple(at: &str, written: &str, to: &str) -> (String, String, String) {
    (at.to_string(), written.to_string(), to.to_string())
}

#[test]
fn checker_reports_an_upward_import_and_accepts_it_only_when_allowlisted() {
    let sources = toy(&[("base.rs", "use alloc::vec::Vec;\nuse crate::top::Thing;\n")]);
    let graph = ImportGraph::build(&sources, TOY).expect("toy");
    let upward = graph.upward_imports();
    let problems = check_upward(&upward, &[], TOY);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .contains("base.rs:2 (base, layer 0) imports `crate::top::Thing` from top (layer 2)"),
        "{}",
        problems[0]
    );
    let allowed = [("base.rs", "top", "toy debt, issue 0")];
    assert_eq!(check_upward(&upward, &allowed, TOY), Vec::<String>::new());
    // Downward imports are never reported: mid.rs imports base.
    assert!(graph
        .edges
        .iter()
        .any(|e| e.from == "mid" && e.to == "base"));
}

#[test]
fn checker_reports_an_allowlisted_import_that_is_gone_or_has_no_reason() {
    let sources = toy(&[]);
    let graph = ImportGraph::build(&sources, TOY).expect("toy");
    let problems = check_upward(&graph.upward_imports(), &[("base.rs", "top", "")], TOY);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].contains("no longer imports top"),
        "{}",
        problems[0]
    );
    assert!(problems[1].contains("no reason"), "{}", problems[1]);
}

#[test]
fn checker_expands_grouped_and_nested_use_trees() {
    let src = "use crate::{base::B, mid::{self, inner::{C as D}}, top::*};\n";
    let sources = toy(&[("base.rs", src)]);
    let graph = ImportGraph::build(&sources, TOY).expect("toy");
    let mut written: Vec<(&str, &str)> = graph
        .edges
        .iter()
        .filter(|e| e.file == "base.rs")
        .map(|e| (e.written.as_str(), e.to.as_str()))
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            ("crate::mid::inner::C", "mid"),
            ("crate::mid::self", "mid"),
            ("crate::top", "top"),
        ]
    );
}

#[test]
fn checker_resolves_super_self_and_child_paths() {
    let upward = toy_upward(&[
        (
            "base/mod.rs",
            "mod deep;\nmod raised;\nuse raised::Lifted;\n",
        ),
        (
            "base/deep.rs",
            "fn f() {\n    super::super::top::make();\n    self::g();\n}\n",
        ),
        ("base/raised.rs", "pub struct Lifted;\n"),
        ("mid/mod.rs", "mod inner;\n"),
        ("mid/inner.rs", "use super::super::{base::B, top::Thing};\n"),
    ]);
    assert_eq!(
        upward,
        [
            triple("base/deep.rs:2", "super::super::top::make", "top"),
            triple("base/mod.rs:3", "raised::Lifted", "base::raised"),
            triple("mid/inner.rs:1", "super::super::top::Thing", "top"),
        ]
    );
}

#[test]
fn checker_follows_the_crate_roots_reexports_and_items() {
    let upward = toy_upward(&[(
        "base.rs",
        "use crate::Thing;\nconst N: usize = crate::LIMIT;\n",
    )]);
    assert_eq!(
        upward,
        [
            triple("base.rs:1", "crate::Thing", "top"),
            triple("base.rs:2", "crate::LIMIT", "crate"),
        ]
    );
}

#[test]
fn checker_ignores_comments_literals_and_test_code() {
    let quiet = r##"
// use crate::top::Thing;
/// [`crate::top::Thing`]
/* crate::top::a /* nested */ crate::top::b */
const S: &str = "crate::top::c \" crate::top::d";
const R: &str = r#"use crate::top::e; "# ;
const B: &[u8] = b"crate::top::f";
const Q: char = '"';
const E: char = '\'';
fn lifetimes<'a>(x: &'a str) -> &'a str { x }
pub(in crate::top) fn restricted() {}
#[cfg(test)]
mod tests {
    use crate::top::Thing;
    fn t() { crate::top::g(); }
}
#[cfg(test)]
mod more;
"##;
    let more = "use crate::top::Thing;\n";
    assert_eq!(
        toy_upward(&[("base/mod.rs", quiet), ("base/more.rs", more)]),
        []
    );
    // The same file with one real import after all of it: the lexer kept its place.
    let loud = format!("{quiet}fn f() {{ crate::top::h() }}\n");
    assert_eq!(
        toy_upward(&[("base/mod.rs", &loud), ("base/more.rs", more)]),
        [triple("base/mod.rs:19", "crate::top::h", "top")]
    );
}

#[test]
fn checker_finds_a_cycle_inside_one_layer_and_checks_the_cycle_allowlist() {
    const FLAT: &[Layer] = &[
        Layer {
            modules: &["a", "b", "c"],
            what: "",
        },
        Layer {
            modules: &["crate"],
            what: "",
        },
    ];
    let sources: Vec<(String, String)> = [
        ("lib.rs", "mod a;\nmod b;\nmod c;\n"),
        ("a.rs", "use crate::b::X;\n"),
        ("b.rs", "use crate::c::Y;\n"),
        ("c.rs", "fn f() { crate::a::g() }\n"),
    ]
    .iter()
    .map(|(f, t)| (f.to_string(), t.to_string()))
    .collect();
    let graph = ImportGraph::build(&sources, FLAT).expect("flat");
    assert!(graph.upward_imports().is_empty());
    let cycles = graph.cycles();
    assert_eq!(cycles, [["a", "b", "c"]]);
    let problems = check_cycles(&graph, &cycles, &[]);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].contains("c -> a: 1 import(s), e.g. c.rs:1 `crate::a::g`"),
        "{}",
        problems[0]
    );
    let allowed: &[(&[&str], &str)] = &[(&["c", "b", "a"], "toy loop, issue 0")];
    assert_eq!(check_cycles(&graph, &cycles, allowed), Vec::<String>::new());
    // Once the loop is broken, its allowlist line must go.
    let problems = check_cycles(&graph, &[], allowed);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("no longer exists"), "{}", problems[0]);
}

#[test]
fn checker_draws_the_picture_with_long_module_lists_wrapped() {
    const WIDE: &[Layer] = &[
        Layer {
            modules: &["alpha", "beta", "gamma", "delta", "epsilon", "zeta"],
            what: "the bottom",
        },
        Layer {
            modules: &["crate"],
            what: "the root",
        },
    ];
    assert_eq!(
        wrap_names(&["alpha", "beta", "gamma", "delta", "epsilon", "zeta"], 21),
        ["alpha, beta, gamma,", "delta, epsilon, zeta"]
    );
    assert_eq!(
        wrap_names(&["a_very_long_module_name"], 5),
        ["a_very_long_module_name"]
    );
    let picture = layers_picture(WIDE);
    let expected =
        "```\nimports point down: a module uses only its own layer and the layers below\n\n\
                    layer  modules                      what\n\
                    \x20 1    lib.rs                       the root\n\
                    \x20 0    alpha, beta, gamma, delta,   the bottom\n\
                    \x20      epsilon, zeta\n```\n";
    assert_eq!(picture, expected, "\n{picture}");
}

#[test]
fn checker_requires_every_module_in_the_table_and_every_entry_in_the_crate() {
    let sources = toy(&[("extra.rs", "")]);
    let problems = ImportGraph::build(&sources, TOY)
        .err()
        .expect("extra.rs has no layer");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("extra.rs: module `extra` has no layer")),
        "{problems:#?}"
    );
    let sources: Vec<(String, String)> = toy(&[])
        .into_iter()
        .filter(|(f, _)| f != "top.rs")
        .collect();
    let problems = ImportGraph::build(&sources, TOY)
        .err()
        .expect("top has no file");
    assert!(
        problems.iter().any(|p| p.contains("LAYERS names `top`")),
        "{problems:#?}"
    );
}

/// The real check on the real core, with one more upward import (in memory): it fails, and
/// names the file and both layers. Dropping an allowlisted importer makes its line stale.
#[test]
fn checker_fails_the_real_core_with_one_new_upward_import() {
    let mut sources = core_sources();
    let span = sources
        .iter_mut()
        .find(|(file, _)| file == "span.rs")
        .expect("span.rs");
    span.1.push_str("\nuse crate::render::json;\n");
    let graph = core_graph(&sources);
    let problems = check_upward(&graph.upward_imports(), UPWARD_ALLOWED, LAYERS);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let render = layer_of(LAYERS, "render").expect("render has a layer");
    assert!(
        problems[0].contains("span.rs:")
            && problems[0].contains(&format!(
                "(span, layer 0) imports `crate::render::json` from render (layer {render})"
            )),
        "{}",
        problems[0]
    );

    let leaf = UPWARD_ALLOWED
        .iter()
        .map(|(file, _, _)| *file)
        .find(|file| file.contains('/') && !file.ends_with("mod.rs"));
    if let Some(leaf) = leaf {
        let sources: Vec<(String, String)> = core_sources()
            .into_iter()
            .filter(|(file, _)| file != leaf)
            .collect();
        let graph = core_graph(&sources);
        let problems = check_upward(&graph.upward_imports(), UPWARD_ALLOWED, LAYERS);
        assert!(
            problems
                .iter()
                .any(|p| p.contains(&format!("{leaf} no longer imports"))),
            "{problems:#?}"
        );
    }
}
