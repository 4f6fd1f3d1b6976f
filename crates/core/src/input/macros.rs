//! The document's own LaTeX macros, expanded before the LaTeX reader reads the text.
//!
//! Resumes define their layout in the preamble: Jake's template defines `\resumeItem` and
//! `\resumeSubheading`, bilingual resumes define `\newcommand{\en}[1]{#1}` and
//! `\newcommand{\de}[1]{}` (one language printed, the other dropped), and many define spacing
//! helpers (`\newcommand{\sep}{\vspace{-0.9em}}`). Reading the calls without their definitions
//! prints the dropped language twice and leaks dimensions as text, so this pass records every
//! `\newcommand`, `\renewcommand`, `\providecommand`, `\DeclareRobustCommand`, xparse
//! `\NewDocumentCommand` (`m`, `o`, `O{…}` arguments) and `\def` (undelimited `#1…#9`), removes
//! the definitions, and replaces each call by its body with the arguments substituted, as TeX
//! does (the expansion is read again, so macros that call macros work).
//!
//! Macros the reader knows by name (its command table: `\resumeItem`, `\cventry`, `\section`…)
//! are not expanded even when the document defines them: the table knows their role (bullet,
//! entry line, heading), which the definition's typesetting hides. Their arity is kept
//! ([`Expanded::arity`]) so a template's own variant (sb2nov's two-argument `\resumeItem`) is
//! read with the arguments it takes.
//!
//! Bounded against hostile input: expansion nests at most [`MAX_DEPTH`] deep, a macro is not
//! expanded inside its own expansion (`\def\x{\x\x}` stops at once), the expanded text grows
//! to at most [`budget`] bytes and the number of expansions is capped; past a bound the rest
//! is copied as written. Each input byte is copied once; expansion work is bounded by the
//! budget, so the pass is linear in the input.

use alloc::string::String;
use alloc::vec::Vec;

/// Expansions nested deeper than this are not expanded (the call is copied as written).
const MAX_DEPTH: usize = 24;

/// Most expansions in one document (a resume makes a few hundred).
const MAX_EXPANSIONS: usize = 50_000;

/// Most definitions recorded (a template defines a few dozen); past this, definitions are
/// left for the reader, which skips them.
const MAX_DEFINITIONS: usize = 2048;

/// Longest definition body or argument read (a template's longest macro is ~1 KB).
const MAX_BODY: usize = 16 * 1024;

/// How many bytes the expanded text may hold: twice the input plus 64 KB, enough for any
/// template (expansion replaces a call by a body of similar length) and linear in the input.
fn budget(input_len: usize) -> usize {
    input_len.saturating_mul(2).saturating_add(64 * 1024)
}

/// One definition: how many arguments, the optional first argument's default, and the body.
#[derive(Debug, Clone)]
struct Macro {
    params: usize,
    /// `Some(default)` when the first argument is optional (`[2][default]`, xparse `O{…}`).
    optional: Option<String>,
    body: String,
}

/// The document with its own macros expanded.
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    pub text: String,
    /// Arguments of the known macros the document defines itself (name → count of
    /// mandatory arguments), for the reader's table.
    arity: Names<usize>,
}

/// A small map by name: a vector sorted by name (binary search), smaller in the web build
/// than a `BTreeMap` and bounded by [`MAX_DEFINITIONS`].
#[derive(Debug, Clone)]
pub(crate) struct Names<V>(Vec<(String, V)>);

impl<V> Default for Names<V> {
    fn default() -> Self {
        Names(Vec::new())
    }
}

impl<V> Names<V> {
    fn position(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(n, _)| n.as_str().cmp(name))
    }

    pub fn get(&self, name: &str) -> Option<&V> {
        self.position(name)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, v)| v)
    }

    fn contains(&self, name: &str) -> bool {
        self.position(name).is_ok()
    }

    /// Insert or replace; false when the map is full and `name` is new.
    fn insert(&mut self, name: String, value: V) -> bool {
        match self.position(&name) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = value;
                }
                true
            }
            Err(_) if self.0.len() >= MAX_DEFINITIONS => false,
            Err(i) => {
                self.0.insert(i, (name, value));
                true
            }
        }
    }
}

impl Expanded {
    /// How many mandatory arguments the document's own definition of `name` takes, if it
    /// defines it.
    #[cfg(test)]
    pub fn arity(&self, name: &str) -> Option<usize> {
        self.arity.get(name).copied()
    }

    /// All of them, for the reader.
    pub fn arities(self) -> Names<usize> {
        self.arity
    }
}

/// Expand the document's macros; `known` tells which names the reader's table handles (those
/// are never expanded).
pub(crate) fn expand(src: &str, known: impl Fn(&str) -> bool) -> Expanded {
    let mut ex = Expander {
        defs: Names::default(),
        out: String::with_capacity(src.len()),
        budget: budget(src.len()),
        expansions: 0,
        work: 0,
        active: Vec::new(),
        known: &known,
        arity: Names::default(),
    };
    ex.expand(src, 0);
    Expanded {
        text: ex.out,
        arity: ex.arity,
    }
}

struct Expander<'k> {
    defs: Names<Macro>,
    out: String,
    budget: usize,
    expansions: usize,
    /// Bytes of bodies expanded (a body that prints nothing still costs its reading).
    work: usize,
    /// Macros being expanded (innermost last): one of them met again is not expanded.
    active: Vec<String>,
    known: &'k dyn Fn(&str) -> bool,
    arity: Names<usize>,
}

/// The definition commands this pass reads.
#[derive(Clone, Copy, PartialEq)]
enum DefKind {
    /// `\newcommand` and friends: `{\name}[n][default]{body}`.
    NewCommand { provide: bool },
    /// xparse: `{\name}{m O{x}}{body}`.
    Document { provide: bool },
    /// `\def\name#1#2{body}`.
    Def,
}

fn def_kind(name: &str) -> Option<DefKind> {
    Some(match name {
        "newcommand" | "renewcommand" | "DeclareRobustCommand" => {
            DefKind::NewCommand { provide: false }
        }
        "providecommand" => DefKind::NewCommand { provide: true },
        "NewDocumentCommand" | "RenewDocumentCommand" | "DeclareDocumentCommand" => {
            DefKind::Document { provide: false }
        }
        "ProvideDocumentCommand" => DefKind::Document { provide: true },
        "def" | "gdef" | "edef" | "xdef" => DefKind::Def,
        _ => return None,
    })
}

impl Expander<'_> {
    fn over_budget(&self) -> bool {
        self.out.len() >= self.budget
            || self.work >= self.budget.saturating_mul(4)
            || self.expansions >= MAX_EXPANSIONS
    }

    fn expand(&mut self, src: &str, depth: usize) {
        let mut s = Cursor { src, pos: 0 };
        while let Some(b) = s.peek() {
            match b {
                b'%' => {
                    // A comment (to the end of its line) is copied: the reader drops it.
                    let rest = s.rest();
                    let n = rest.find('\n').map_or(rest.len(), |i| i + 1);
                    self.out.push_str(rest.get(..n).unwrap_or(""));
                    s.pos += n;
                }
                b'\\' => self.command(&mut s, depth),
                _ => {
                    let rest = s.rest();
                    let n = rest.find(['\\', '%']).unwrap_or(rest.len());
                    self.out.push_str(rest.get(..n).unwrap_or(""));
                    s.pos += n;
                }
            }
        }
    }

    /// At a backslash: a definition (recorded, not copied), a call of a document macro
    /// (expanded), or anything else (copied).
    fn command(&mut self, s: &mut Cursor<'_>, depth: usize) {
        let start = s.pos;
        s.pos += 1;
        let name = s.letters();
        if name.is_empty() {
            // A control symbol (`\%`, `\\`): copied with its character.
            s.pos += s.rest().chars().next().map_or(0, char::len_utf8);
            self.copy(s, start);
            return;
        }
        if let Some(kind) = def_kind(name) {
            if self.definition(s, kind) {
                return;
            }
            s.pos = start + 1 + name.len();
            self.copy(s, start);
            return;
        }
        let expandable = depth < MAX_DEPTH
            && !self.over_budget()
            && !self.active.iter().any(|a| a == name)
            && self.defs.contains(name);
        if !expandable {
            self.copy(s, start);
            return;
        }
        let Some(def) = self.defs.get(name).cloned() else {
            self.copy(s, start);
            return;
        };
        let after_name = s.pos;
        let Some(args) = read_args(s, &def) else {
            s.pos = after_name;
            self.copy(s, start);
            return;
        };
        if def.params == 0 && def.optional.is_none() {
            // TeX ignores the spaces after a control word.
            s.skip_spaces();
        }
        let body = substitute(&def.body, &args);
        self.expansions += 1;
        self.work = self.work.saturating_add(body.len());
        self.active.push(String::from(name));
        self.expand(&body, depth + 1);
        self.active.pop();
    }

    /// Copy the source from `start` to the cursor unchanged.
    fn copy(&mut self, s: &Cursor<'_>, start: usize) {
        self.out.push_str(s.src.get(start..s.pos).unwrap_or(""));
    }

    /// Read a definition after its command name; false (cursor anywhere) when it is not one
    /// this pass understands, so the caller copies it as written.
    fn definition(&mut self, s: &mut Cursor<'_>, kind: DefKind) -> bool {
        if kind != DefKind::Def && s.peek() == Some(b'*') {
            s.pos += 1;
        }
        s.skip_space();
        let Some(name) = s.defined_name() else {
            return false;
        };
        let name = String::from(name);
        let (params, optional, body) = match kind {
            DefKind::NewCommand { .. } => {
                let params = match s.optional() {
                    Some(n) => match n.trim().parse::<usize>() {
                        Ok(n) if n <= 9 => n,
                        _ => return false,
                    },
                    None => 0,
                };
                let optional = if params > 0 {
                    s.optional().map(String::from)
                } else {
                    None
                };
                let Some(body) = s.group() else {
                    return false;
                };
                (params, optional, body)
            }
            DefKind::Document { .. } => {
                let Some(spec) = s.group() else {
                    return false;
                };
                let Some((params, optional)) = xparse_spec(spec) else {
                    return false;
                };
                let Some(body) = s.group() else {
                    return false;
                };
                (params, optional, body)
            }
            DefKind::Def => {
                let Some(params) = s.def_params() else {
                    return false;
                };
                let Some(body) = s.group() else {
                    return false;
                };
                (params, None, body)
            }
        };
        let provide = matches!(
            kind,
            DefKind::NewCommand { provide: true } | DefKind::Document { provide: true }
        );
        if (self.known)(&name) {
            let mandatory = params - usize::from(optional.is_some());
            return self.arity.insert(name, mandatory);
        }
        if provide && self.defs.contains(&name) {
            return true;
        }
        self.defs.insert(
            name,
            Macro {
                params,
                optional,
                body: String::from(body),
            },
        )
    }
}

/// xparse argument specifiers: `m` (mandatory), `o` (optional, empty default), `O{x}`
/// (optional with a default) as the first argument; anything else is not read.
fn xparse_spec(spec: &str) -> Option<(usize, Option<String>)> {
    let mut s = Cursor { src: spec, pos: 0 };
    let mut params = 0;
    let mut optional = None;
    loop {
        s.skip_space();
        let Some(b) = s.peek() else { break };
        s.pos += 1;
        match b {
            b'm' => params += 1,
            b'o' | b'O' if params == 0 && optional.is_none() => {
                let default = if b == b'O' { s.group()? } else { "" };
                optional = Some(String::from(default));
                params += 1;
            }
            _ => return None,
        }
    }
    (params <= 9).then_some((params, optional))
}

/// The call's arguments: the optional one (its default when absent), then the mandatory
/// ones (a brace group, or one token). `None` when the text ends first.
fn read_args(s: &mut Cursor<'_>, def: &Macro) -> Option<Vec<String>> {
    let mut args = Vec::with_capacity(def.params);
    let mut mandatory = def.params;
    if let Some(default) = &def.optional {
        let before = s.pos;
        s.skip_spaces();
        match s.optional() {
            Some(given) => args.push(String::from(given)),
            None => {
                s.pos = before;
                args.push(default.clone());
            }
        }
        mandatory = mandatory.saturating_sub(1);
    }
    for _ in 0..mandatory {
        s.skip_space();
        let arg = match s.peek()? {
            b'{' => s.group()?,
            b'\\' => {
                let start = s.pos;
                s.pos += 1;
                if s.letters().is_empty() {
                    s.pos += s.rest().chars().next().map_or(0, char::len_utf8);
                }
                s.src.get(start..s.pos)?
            }
            b'}' => return None,
            _ => {
                let c = s.rest().chars().next()?;
                let start = s.pos;
                s.pos += c.len_utf8();
                s.src.get(start..s.pos)?
            }
        };
        args.push(String::from(arg));
    }
    Some(args)
}

/// The body with `#1`…`#9` replaced by the arguments and `##` by `#`.
fn substitute(body: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(body.len() + args.iter().map(String::len).sum::<usize>());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '#' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('#') => {
                chars.next();
                out.push('#');
            }
            Some(d @ '1'..='9') => {
                chars.next();
                let i = (d as usize).saturating_sub('1' as usize);
                if let Some(arg) = args.get(i) {
                    out.push_str(arg);
                }
            }
            _ => out.push('#'),
        }
    }
    out
}

/// A position in a text being read.
struct Cursor<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    /// A command name's letters (`@` included, as in packages).
    fn letters(&mut self) -> &'a str {
        let rest = self.rest();
        let n = rest
            .bytes()
            .take_while(|c| c.is_ascii_alphabetic() || *c == b'@')
            .count();
        self.pos += n;
        rest.get(..n).unwrap_or("")
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Spaces and at most one line break (a blank line ends the search).
    fn skip_space(&mut self) {
        self.skip_spaces();
        if self.peek() == Some(b'\r') {
            self.pos += 1;
        }
        if self.peek() == Some(b'\n') {
            let after = self.pos + 1;
            let next = self
                .src
                .get(after..)
                .unwrap_or("")
                .trim_start_matches([' ', '\t', '\r']);
            if !next.starts_with('\n') {
                self.pos = after;
                self.skip_spaces();
            }
        }
    }

    /// The name in `{\name}` or `\name` after a definition command.
    fn defined_name(&mut self) -> Option<&'a str> {
        let braced = self.peek() == Some(b'{');
        if braced {
            self.pos += 1;
            self.skip_spaces();
        }
        if self.peek() != Some(b'\\') {
            return None;
        }
        self.pos += 1;
        let name = self.letters();
        if name.is_empty() {
            return None;
        }
        if braced {
            self.skip_spaces();
            if self.peek() != Some(b'}') {
                return None;
            }
            self.pos += 1;
        }
        Some(name)
    }

    /// `\def`'s parameter text: `#1#2…` in order, nothing else (delimited parameters are not
    /// read). Returns their count; the cursor is on the body's `{`.
    fn def_params(&mut self) -> Option<usize> {
        let mut n = 0usize;
        loop {
            self.skip_spaces();
            match self.peek()? {
                b'{' => return Some(n),
                b'#' => {
                    let digit = self.src.as_bytes().get(self.pos + 1).copied()?;
                    if usize::from(digit) != usize::from(b'1') + n {
                        return None;
                    }
                    n += 1;
                    self.pos += 2;
                }
                _ => return None,
            }
        }
    }

    /// A balanced `{…}` group's inner text (escaped braces skipped); `None` when the text does
    /// not start with one, or it is longer than [`MAX_BODY`] or unclosed.
    fn group(&mut self) -> Option<&'a str> {
        self.skip_space();
        if self.peek() != Some(b'{') {
            return None;
        }
        let open = self.pos + 1;
        let end = self.src.len().min(open.saturating_add(MAX_BODY));
        let close = group_close(self.src.as_bytes(), open, end)?;
        self.pos = close + 1;
        self.src.get(open..close)
    }

    /// An optional `[…]` argument's inner text (no blank line, at most [`MAX_BODY`] bytes);
    /// `None` (cursor unchanged) when none follows.
    fn optional(&mut self) -> Option<&'a str> {
        let start = self.pos;
        self.skip_spaces();
        if self.peek() != Some(b'[') {
            self.pos = start;
            return None;
        }
        let open = self.pos + 1;
        let bytes = self.src.as_bytes();
        let end = self.src.len().min(open.saturating_add(MAX_BODY));
        let mut depth = 0usize;
        let mut i = open;
        while i < end {
            match bytes.get(i) {
                Some(b'\\') => i += 1,
                Some(b'{') => depth += 1,
                Some(b'}') => depth = depth.saturating_sub(1),
                Some(b']') if depth == 0 => {
                    self.pos = i + 1;
                    return self.src.get(open..i);
                }
                _ => {}
            }
            i += 1;
        }
        self.pos = start;
        None
    }
}

/// The index of the `}` that closes a group whose text starts at `open`, scanning no further
/// than `end`; escaped characters (`\{`, `\}`) are skipped. `None` when unclosed by `end`.
/// One scanner for the macro expander and the LaTeX reader.
pub(super) fn group_close(bytes: &[u8], open: usize, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < end {
        match bytes.get(i) {
            Some(b'\\') => i += 1,
            Some(b'{') => depth += 1,
            Some(b'}') if depth == 0 => return Some(i),
            Some(b'}') => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(src: &str) -> String {
        expand(src, |n| n == "resumeItem").text
    }

    #[test]
    fn newcommand_with_arguments_and_default() {
        assert_eq!(
            ex("\\newcommand{\\role}[2]{#1 at #2}\\role{Engineer}{Acme}"),
            "Engineer at Acme"
        );
        assert_eq!(
            ex("\\newcommand{\\d}[2][2020]{#1--#2}\n\\d{2021} \\d[2019]{2022}"),
            "\n2020--2021 2019--2022"
        );
        assert_eq!(
            ex("\\providecommand\\x{a}\\providecommand\\x{b}\\x y"),
            "ay"
        );
        assert_eq!(ex("\\renewcommand*{\\x}{b}\\x{}"), "b{}");
    }

    #[test]
    fn def_and_xparse() {
        assert_eq!(ex("\\def\\pair#1#2{(#1, #2)}\\pair{a}b"), "(a, b)");
        assert_eq!(
            ex("\\NewDocumentCommand{\\t}{O{x} m}{#1:#2}\\t{y} \\t[z]{w}"),
            "x:y z:w"
        );
        // Delimited parameters are not read: the definition stays for the reader to skip.
        assert_eq!(ex("\\def\\a#1.{#1}"), "\\def\\a#1.{#1}");
    }

    #[test]
    fn a_body_that_drops_its_argument_drops_it() {
        let src =
            "\\newcommand{\\en}[1]{#1}\\newcommand{\\de}[1]{}\n\\en{Built APIs}\\de{Baute APIs}";
        assert_eq!(ex(src), "\nBuilt APIs");
    }

    #[test]
    fn macros_calling_macros_and_comments() {
        let src = "\\newcommand{\\b}{\\textbf}\\newcommand{\\s}{\\b{S}}% \\s in a comment\n\\s";
        assert_eq!(ex(src), "% \\s in a comment\n\\textbf{S}");
    }

    #[test]
    fn known_macros_keep_their_calls_and_arity() {
        let e = expand(
            "\\newcommand{\\resumeItem}[2]{\\item\\textbf{#1}: #2}\\resumeItem{a}{b}",
            |n| n == "resumeItem",
        );
        assert_eq!(e.text, "\\resumeItem{a}{b}");
        assert_eq!(e.arity("resumeItem"), Some(2));
        assert_eq!(e.arity("other"), None);
    }

    #[test]
    fn recursion_and_bombs_are_bounded() {
        assert_eq!(ex("\\def\\x{\\x\\x}\\x"), "\\x\\x");
        let mut bomb = String::new();
        for i in 0..20u8 {
            let (a, b) = (char::from(b'a' + i), char::from(b'b' + i));
            bomb.push_str(&alloc::format!(
                "\\def\\m{a}{{\\m{b}\\m{b}\\m{b}\\m{b} x}}\n"
            ));
        }
        bomb.push_str("\\ma");
        let out = ex(&bomb);
        assert!(out.len() <= budget(bomb.len()) + MAX_BODY, "{}", out.len());
        let _ = ex("\\newcommand{\\x}[1]{\\x{#1}\\x{#1}}\\x{y}");
        let _ = ex("\\newcommand{\\x}[9]{#9}\\x{");
        let _ = ex("\\def\\x#");
        let _ = ex("\\newcommand");
        let _ = ex("\\newcommand{\\é}{x}\\é");
    }
}
