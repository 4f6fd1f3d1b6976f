//! LaTeX source → a plain-text resume.
//!
//! First the document's own macros are expanded ([`super::macros`]: a bilingual `\de{…}` that
//! drops its argument drops it, a `\sep` that means `\vspace{-0.9em}` prints nothing); then
//! each command is read by its role in the command table ([`super::commands`]), so templates
//! are data, not code.
//!
//! A small interpreter, not a TeX engine: comments (`%`, not `\%`) are dropped; `\section{X}`
//! (and `\cvsection`, `rSection`) become heading lines; `\item`, `\resumeItem`, `\cvlistitem`
//! become `- ` bullets; formatting commands (`\textbf`, `\emph`, `\href{url}{text}`) leave their
//! text; `\\`, `\newline` and `\par` break lines; escapes (`\& \% \$ \# \_ \{ \}`), `~`, `--`
//! and `---` become the characters they print. Resume template macros are rendered to the
//! text reader's layouts: Jake's template (`\resumeSubheading{Title}{Dates}{Company}{Place}` →
//! "Title — Company | Place | Dates"), moderncv (`\cventry{dates}{title}{company}{city}{}{desc}`),
//! awesome-cv, AltaCV, Deedy and `resume.cls`; an entry's arguments are told apart by what
//! they hold (dates, a place, a title), so argument order differences between templates do
//! not matter. Definitions (`\newcommand`, `\def`) and the preamble print nothing, except the
//! identity commands templates keep there (`\name`, `\email`, `\social`…).
//!
//! Layout: two-column and sidebar constructs set `columns` with a human-readable reason, which
//! F-TABLE reports (seeds 000, 002, 004: ATS parsers read columns out of order): `paracol`,
//! `multicols` with two or more columns, two `minipage`s side by side in one paragraph, the
//! `twocolumn` option, and sidebar document classes (AltaCV, Deedy, Twenty Seconds, Friggeri…).
//! Tables (`tabular`) and pictures (`\includegraphics`, `\photo`, TikZ) are counted too.
//!
//! Hostile input is safe: the reader is a single forward pass (each byte is read a bounded
//! number of times), nesting deeper than [`MAX_DEPTH`] is read flat instead of recursing,
//! unbalanced braces end at the end of the text, and unknown commands are dropped.

use super::commands::{lookup, Role};
use super::prose::{sentences, states_accomplishment};
use super::{finish, macros, Source, HEADING_MARK};
use crate::date::is_date_text;
use crate::error::{AnalyzeError, ErrorKind};
use crate::layout::LayoutFacts;
use crate::options::InputFormat;
use crate::place::location_in;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Groups nested deeper than this are read without recursion (their braces are counted, their
/// commands lose their arguments). Real resumes nest a handful of levels.
const MAX_DEPTH: usize = 32;

/// Longest optional argument read (`[leftmargin=0.15in, label={}]` is 30 bytes).
const MAX_OPT_ARG: usize = 256;

/// Document classes that lay the resume out with a sidebar or in two columns.
const SIDEBAR_CLASSES: &[&str] = &[
    "altacv",
    "deedy-resume",
    "deedy-resume-openfont",
    "deedy-resume-reversed",
    "deedy",
    "twentysecondcv",
    "twentysecondcv-es",
    "friggeri-cv",
    "developercv",
    "simplehipstercv",
    "hipstercv",
    "fortysecondscv",
    "yaac-another-awesome-cv",
];

pub(crate) fn read(input: &str) -> Result<Source, AnalyzeError> {
    let cleaned: String;
    let src = if input.contains(HEADING_MARK) {
        cleaned = input.chars().filter(|&c| c != HEADING_MARK).collect();
        cleaned.as_str()
    } else {
        input
    };
    // The table's roles win over the document's definitions, except for list starts and ends
    // (Jake's `\resumeItemListStart`), whose definitions say whether the items show markers.
    let mut expanded = macros::expand(src, |name| {
        lookup(name).is_some_and(|role| role != Role::Break)
    });
    let text = core::mem::take(&mut expanded.text);
    let mut tex = Tex::new(&text);
    tex.arities = expanded.arities();
    tex.run(0, false);
    tex.finish_layout();
    if !tex.header_flushed {
        let mut raw = core::mem::take(&mut tex.header);
        raw.push('\n');
        raw.push_str(&tex.out);
        tex.out = raw;
    }
    let (text, headings) = finish(&tex.out);
    if !text.chars().any(char::is_alphanumeric) {
        return Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "This LaTeX source has no resume text once its commands are removed; open the .tex file that holds the resume body.",
        ));
    }
    let mut layout = tex.layout;
    layout.origin = Some(String::from("latex"));
    Ok(Source {
        text,
        format: InputFormat::Latex,
        layout,
        headings,
    })
}

struct Tex<'a> {
    src: &'a str,
    pos: usize,
    /// Reading stops here (the end of an optional argument being interpreted).
    limit: usize,
    out: String,
    /// Text is written (false in the preamble, before `\begin{document}`).
    emit: bool,
    /// Identity lines from the preamble (moderncv's `\name`, `\email`…), written at
    /// `\begin{document}`.
    header: String,
    header_flushed: bool,
    /// `\end{document}` was read.
    done: bool,
    layout: LayoutFacts,
    minipages_open: u32,
    minipages_in_paragraph: u32,
    /// Open list environments: true when its items show no marker (`label={}`, Jake's skills).
    lists: Vec<bool>,
    /// Argument counts of the known macros the document defines itself.
    arities: macros::Names<usize>,
    /// The document class is moderncv, and the style it chose.
    moderncv: bool,
    moderncv_style: Option<String>,
}

impl<'a> Tex<'a> {
    fn new(src: &'a str) -> Self {
        let has_document = src.contains("\\begin{document}");
        Tex {
            src,
            pos: 0,
            limit: src.len(),
            out: String::with_capacity(src.len() / 2),
            emit: !has_document,
            header: String::new(),
            header_flushed: !has_document,
            done: false,
            layout: LayoutFacts::default(),
            minipages_open: 0,
            minipages_in_paragraph: 0,
            lists: Vec::new(),
            arities: macros::Names::default(),
            moderncv: false,
            moderncv_style: None,
        }
    }

    /// Layout facts known only at the end: moderncv's styles (all but `banking`, and the
    /// default `casual`) set dates and labels in a column beside the text.
    fn finish_layout(&mut self) {
        if !self.moderncv {
            return;
        }
        let style = self.moderncv_style.as_deref().unwrap_or("casual");
        if style != "banking" {
            self.column_evidence(
                2,
                format!(
                    "moderncv's {style} style sets dates and labels in a column beside the text"
                ),
            );
        }
    }

    fn peek(&self) -> Option<u8> {
        if self.pos < self.limit {
            self.src.as_bytes().get(self.pos).copied()
        } else {
            None
        }
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..self.limit).unwrap_or("")
    }

    fn write(&mut self, s: &str) {
        if self.emit {
            self.out.push_str(s);
        }
    }

    fn column_evidence(&mut self, columns: u32, why: String) {
        self.layout.columns = self.layout.columns.max(columns);
        if !self.layout.column_evidence.contains(&why) {
            self.layout.column_evidence.push(why);
        }
    }

    /// The written text's last line already has words on it.
    fn on_open_line(&self) -> bool {
        // Bounded look-back: pathological input must not rescan a huge last line each time.
        for c in self.out.chars().rev().take(200) {
            if c == '\n' {
                return false;
            }
            if c.is_alphanumeric() {
                return true;
            }
        }
        false
    }

    fn paragraph_break(&mut self) {
        self.write("\n");
        if self.minipages_open == 0 {
            self.minipages_in_paragraph = 0;
        }
    }

    /// Read until the group closes (`in_group`) or the text (or `limit`) ends.
    fn run(&mut self, depth: usize, in_group: bool) {
        let mut flat = 0usize; // groups opened past MAX_DEPTH, counted instead of recursed
        while !self.done {
            let Some(b) = self.peek() else { return };
            match b {
                b'\\' => self.command(depth),
                b'{' => {
                    self.pos += 1;
                    if depth < MAX_DEPTH {
                        self.run(depth + 1, true);
                    } else {
                        flat += 1;
                    }
                }
                b'}' => {
                    self.pos += 1;
                    if flat > 0 {
                        flat -= 1;
                    } else if in_group {
                        return;
                    }
                    // A stray `}` at the top level is ignored.
                }
                b'%' => self.skip_comment(),
                b'$' | b'#' | b'^' | b'_' => self.pos += 1,
                b'~' => {
                    self.pos += 1;
                    self.write(" ");
                }
                b'&' => {
                    self.pos += 1;
                    self.write(" | ");
                }
                b'-' => {
                    let n = self.rest().bytes().take_while(|&c| c == b'-').count();
                    self.pos += n;
                    self.write(match n {
                        1 => "-",
                        2 => "–",
                        _ => "—",
                    });
                }
                b'`' | b'\'' => {
                    let doubled = self.rest().as_bytes().get(1) == Some(&b);
                    self.pos += if doubled { 2 } else { 1 };
                    self.write(if doubled { "\"" } else { "'" });
                }
                b'\n' => self.newline(),
                _ => {
                    // A run of ordinary text up to the next special byte (all ASCII, so the
                    // cut is on a character boundary).
                    let rest = self.rest();
                    let n = rest
                        .bytes()
                        .position(|c| {
                            matches!(
                                c,
                                b'\\'
                                    | b'{'
                                    | b'}'
                                    | b'%'
                                    | b'$'
                                    | b'#'
                                    | b'^'
                                    | b'_'
                                    | b'~'
                                    | b'&'
                                    | b'-'
                                    | b'`'
                                    | b'\''
                                    | b'\n'
                            )
                        })
                        .unwrap_or(rest.len())
                        .max(1);
                    let chunk = rest.get(..n).unwrap_or("");
                    if chunk.is_empty() {
                        // Not on a character boundary (cannot happen); step over one byte.
                        self.pos += 1;
                    } else {
                        self.pos += n;
                        self.write(chunk);
                    }
                }
            }
        }
    }

    /// A newline is a space; a blank line is a paragraph break.
    fn newline(&mut self) {
        self.pos += 1;
        let ws = self
            .rest()
            .bytes()
            .take_while(|&c| matches!(c, b' ' | b'\t' | b'\r'))
            .count();
        if self.rest().as_bytes().get(ws) == Some(&b'\n') {
            self.pos += ws;
            let more = self
                .rest()
                .bytes()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            self.pos += more;
            self.paragraph_break();
        } else {
            self.write(" ");
        }
    }

    /// `% …` to the end of the line, and the line break with it (as TeX does).
    fn skip_comment(&mut self) {
        let rest = self.rest();
        let n = rest.find('\n').map_or(rest.len(), |i| i + 1);
        self.pos += n;
        let ws = self
            .rest()
            .bytes()
            .take_while(|&c| matches!(c, b' ' | b'\t'))
            .count();
        self.pos += ws;
    }

    /// Skip spaces, single line breaks and comments before an argument. Returns false (and
    /// leaves `pos` alone) at a blank line.
    fn skip_space(&mut self) -> bool {
        let start = self.pos;
        let mut newlines = 0;
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' => {
                    newlines += 1;
                    if newlines > 1 {
                        self.pos = start;
                        return false;
                    }
                    self.pos += 1;
                }
                b'%' => {
                    let rest = self.rest();
                    self.pos += rest.find('\n').map_or(rest.len(), |i| i + 1);
                    newlines = 0;
                }
                _ => return true,
            }
        }
        true
    }

    /// Whether a `{` argument follows (then `pos` is on it); otherwise `pos` is unchanged.
    fn at_arg(&mut self) -> bool {
        let start = self.pos;
        if self.skip_space() && self.peek() == Some(b'{') {
            return true;
        }
        self.pos = start;
        false
    }

    /// An argument's raw text (no interpretation): URLs, environment and package names.
    /// Unbalanced braces end at the end of the text.
    fn raw_arg(&mut self) -> Option<&'a str> {
        if !self.at_arg() {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        if let Some(close) = super::macros::group_close(self.src.as_bytes(), start, self.limit) {
            self.pos = close + 1;
            return self.src.get(start..close);
        }
        self.pos = self.limit;
        self.src.get(start..self.limit)
    }

    fn drop_args(&mut self, n: usize) {
        for _ in 0..n {
            if self.raw_arg().is_none() {
                break;
            }
        }
    }

    /// An optional `[…]` argument's inner range (at most [`MAX_OPT_ARG`] bytes, no blank
    /// line), so a stray `[` costs a bounded look-ahead.
    fn opt_arg(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        if !self.skip_space() || self.peek() != Some(b'[') {
            self.pos = start;
            return None;
        }
        let open = self.pos + 1;
        let bytes = self.src.as_bytes();
        let mut depth = 0usize;
        let mut i = open;
        let end = self.limit.min(open + MAX_OPT_ARG);
        while i < end {
            match bytes.get(i) {
                Some(b'\\') => i += 1,
                Some(b'{') => depth += 1,
                Some(b'}') => depth = depth.saturating_sub(1),
                Some(b']') if depth == 0 => {
                    self.pos = i + 1;
                    return Some((open, i));
                }
                Some(b'\n') if bytes.get(i + 1) == Some(&b'\n') => break,
                _ => {}
            }
            i += 1;
        }
        self.pos = start;
        None
    }

    fn skip_opts(&mut self) {
        for _ in 0..4 {
            if self.opt_arg().is_none() {
                break;
            }
        }
    }

    fn skip_star(&mut self) {
        if self.peek() == Some(b'*') {
            self.pos += 1;
        }
    }

    /// Interpret an argument into a string of its own (written text is not affected).
    fn capture(&mut self, depth: usize) -> Option<String> {
        if !self.at_arg() {
            return None;
        }
        self.pos += 1;
        let emit = self.emit;
        self.emit = true;
        let start = self.out.len();
        self.run(depth + 1, true);
        let text = self.out.split_off(start);
        self.emit = emit;
        Some(text)
    }

    /// Interpret the text of an optional argument's range.
    fn capture_range(&mut self, depth: usize, (from, to): (usize, usize)) -> String {
        let (pos, limit, emit) = (self.pos, self.limit, self.emit);
        self.pos = from;
        self.limit = to;
        self.emit = true;
        let start = self.out.len();
        self.run(depth + 1, false);
        let text = self.out.split_off(start);
        self.pos = pos;
        self.limit = limit;
        self.emit = emit;
        text
    }

    /// Read the next argument in place (its text is written).
    fn transparent_arg(&mut self, depth: usize) {
        if self.at_arg() {
            self.pos += 1;
            self.run(depth + 1, true);
        }
    }

    /// A line of the identity block: written in the body, kept for `\begin{document}` in the
    /// preamble.
    fn identity_line(&mut self, line: &str) {
        let line = line.trim();
        if line.is_empty() {
            return;
        }
        if self.emit {
            self.out.push('\n');
            self.out.push_str(line);
            self.out.push('\n');
        } else {
            self.header.push_str(line);
            self.header.push('\n');
        }
    }

    /// Skip a command name given as `\foo` or `{\foo}` (definitions).
    fn skip_name(&mut self) {
        self.skip_space();
        match self.peek() {
            Some(b'{') => {
                self.raw_arg();
            }
            Some(b'\\') => {
                self.pos += 1;
                let n = self
                    .rest()
                    .bytes()
                    .take_while(|c| c.is_ascii_alphabetic() || *c == b'@')
                    .count();
                self.pos += n.max(self.rest().chars().next().map_or(0, char::len_utf8).min(1));
                if n == 0 {
                    // A control symbol: its one character.
                    if let Some(c) = self.rest().chars().next() {
                        self.pos += c.len_utf8().saturating_sub(1);
                    }
                }
            }
            Some(_) => {
                if let Some(c) = self.rest().chars().next() {
                    self.pos += c.len_utf8();
                }
            }
            None => {}
        }
    }

    fn command(&mut self, depth: usize) {
        self.pos += 1; // the backslash
        let rest = self.rest();
        let letters = rest
            .bytes()
            .take_while(|c| c.is_ascii_alphabetic() || *c == b'@')
            .count();
        if letters == 0 {
            let Some(c) = rest.chars().next() else { return };
            self.pos += c.len_utf8();
            self.control_symbol(c);
            return;
        }
        let name = rest.get(..letters).unwrap_or("");
        self.pos += letters;
        let star = self.peek() == Some(b'*');
        if depth >= MAX_DEPTH {
            // Too deep to read arguments: structure only.
            match name {
                "item" => self.write("\n- "),
                "par" | "newline" => self.write("\n"),
                _ => {}
            }
            return;
        }
        self.named(name, star, depth);
    }

    fn control_symbol(&mut self, c: char) {
        match c {
            '\\' => {
                self.skip_star();
                let _ = self.opt_arg();
                self.write("\n");
            }
            '&' | '%' | '$' | '#' | '_' | '{' | '}' | '|' => {
                let mut buf = [0u8; 4];
                let s: &str = c.encode_utf8(&mut buf);
                self.write(s);
            }
            ' ' | ',' | ';' | ':' | '>' | '\n' | '\t' | '\r' => self.write(" "),
            _ => {} // accents (the letter prints itself), `\-`, `\/`, `\!`, math delimiters
        }
    }

    /// A named command: its role from the command table ([`lookup`]), or the default for
    /// commands the table does not know (formatting like `\textbf`: the text prints).
    fn named(&mut self, name: &str, star: bool, depth: usize) {
        if star && name != "item" {
            self.skip_star();
        }
        let Some(role) = lookup(name) else {
            self.unknown(depth);
            return;
        };
        match role {
            Role::Heading => {
                self.skip_opts();
                if let Some(title) = self.capture(depth) {
                    self.heading(&one_line(&title));
                }
            }
            Role::Subheading => {
                self.skip_opts();
                if let Some(title) = self.capture(depth) {
                    self.line(&one_line(&title));
                }
            }
            Role::RunInTitle => {
                if let Some(title) = self.capture(depth) {
                    self.write("\n");
                    self.write(&one_line(&title));
                    self.write(" ");
                }
            }
            Role::RunInField => {
                if let Some(t) = self.capture(depth) {
                    self.write(" | ");
                    self.write(one_line(&t).trim_start_matches(['|', ' ']));
                }
            }
            Role::RunInLocation if self.emit && self.on_open_line() => {
                if let Some(t) = self.capture(depth) {
                    self.write(" | ");
                    self.write(&one_line(&t));
                    self.write("\n");
                }
            }
            Role::RunInLocation => self.identity(name, 1, depth),
            Role::Item => self.item(depth),
            Role::Bullet { args } => self.bullet(name, args, depth),
            Role::Highlight => {
                let _icon = self.capture(depth);
                let parts: Vec<String> = [self.capture(depth), self.capture(depth)]
                    .into_iter()
                    .flatten()
                    .map(|p| one_line(&p))
                    .filter(|p| !p.is_empty())
                    .collect();
                self.line(&parts.join(": "));
            }
            Role::BulletPair => {
                for _ in 0..2 {
                    if let Some(item) = self.capture(depth) {
                        self.write("\n- ");
                        self.write(&one_line(&item));
                    }
                }
                self.write("\n");
            }
            Role::LabeledLine { comment } => self.labeled_line(comment, depth),
            Role::DoubleLabeledLine => {
                let mut args = Vec::new();
                for _ in 0..4 {
                    match self.capture(depth) {
                        Some(a) => args.push(one_line(&a)),
                        None => break,
                    }
                }
                for pair in args.chunks(2) {
                    self.write("\n");
                    self.write(&pair.join(": "));
                }
                self.write("\n");
            }
            Role::Tag => {
                if let Some(tag) = self.capture(depth) {
                    self.write(&one_line(&tag));
                    self.write(", ");
                }
            }
            Role::Skill => self.skill(depth),
            Role::Entry { args } => {
                let args = self.arity(name).unwrap_or(usize::from(args));
                self.entry(depth, args);
            }
            Role::Break => {
                self.skip_star();
                let _ = self.opt_arg();
                self.write("\n");
            }
            Role::LineBreak => {
                let _ = self.opt_arg();
                self.write("\n");
            }
            Role::Par => self.paragraph_break(),
            Role::Fill => self.write(" | "),
            Role::Space => self.write(" "),
            Role::Identity { args } => self.identity(name, usize::from(args), depth),
            Role::Profile => self.profile(name),
            Role::NameSection => {
                let first = self.capture(depth).unwrap_or_default();
                let last = self.capture(depth).unwrap_or_default();
                let contact = self.capture(depth).unwrap_or_default();
                self.identity_line(&format!("{} {}", one_line(&first), one_line(&last)));
                self.identity_line(&contact);
            }
            Role::PersonalInfo => {
                // AltaCV's contact fields, one line each inside: one contact line.
                let info = self.capture(depth).unwrap_or_default();
                let line: Vec<&str> = info
                    .lines()
                    .map(|l| l.trim_matches(|c: char| c == '|' || c.is_whitespace()))
                    .filter(|l| !l.is_empty())
                    .collect();
                self.identity_line(&line.join(" | "));
            }
            Role::Href => {
                let url = self.raw_arg().map(|u| unescape_url(u.trim()));
                let text = self.capture(depth).unwrap_or_default();
                self.write(&link_text(url.as_deref().unwrap_or(""), &text));
            }
            Role::Url => {
                if let Some(url) = self.raw_arg() {
                    let url = unescape_url(url.trim());
                    self.write(&url);
                }
            }
            Role::Symbol(s) => self.write(s),
            Role::DocumentClass => self.document_class(),
            Role::UsePackage => self.use_package(),
            Role::TwoColumn => {
                let _ = self.opt_arg();
                self.column_evidence(2, String::from("\\twocolumn sets the page in two columns"));
            }
            Role::Image => {
                self.skip_opts();
                let _ = self.raw_arg();
                if name.starts_with("photo") && name.len() == 6 {
                    let _ = self.raw_arg(); // AltaCV: \photoR{size}{file}
                }
                if self.emit || name.starts_with("photo") {
                    self.layout.images += 1;
                }
            }
            Role::Definition => {
                self.skip_star();
                self.skip_name();
                self.skip_opts();
                let _ = self.raw_arg();
            }
            Role::DocumentCommand => {
                self.skip_name();
                self.drop_args(2);
            }
            Role::NewEnvironment => {
                self.skip_star();
                let _ = self.raw_arg();
                self.skip_opts();
                self.drop_args(2);
            }
            Role::Def => {
                self.skip_name();
                // Parameter text ("#1#2") up to the body.
                let n = self
                    .rest()
                    .bytes()
                    .take(64)
                    .take_while(|&c| c != b'{' && c != b'\n')
                    .count();
                if self.rest().as_bytes().get(n) == Some(&b'{') {
                    self.pos += n;
                }
                let _ = self.raw_arg();
            }
            Role::Let => {
                self.skip_name();
                self.skip_space();
                if self.peek() == Some(b'=') {
                    self.pos += 1;
                }
                self.skip_name();
            }
            Role::NewName => self.skip_name(),
            Role::Skip { args } => {
                self.skip_opts();
                self.drop_args(usize::from(args));
                self.skip_opts();
            }
            Role::Dimension => self.skip_dimension(),
            Role::Wrapper { drop } => {
                self.skip_opts();
                self.drop_args(usize::from(drop));
                self.skip_opts();
                self.transparent_arg(depth);
            }
            Role::Rule => {
                let _ = self.opt_arg();
                self.drop_args(2);
            }
            Role::Begin => self.begin(depth),
            Role::End => self.end(),
            Role::ModerncvStyle => {
                let style = self.raw_arg().unwrap_or("").trim();
                self.moderncv_style = Some(String::from(style));
            }
        }
    }

    /// The document's own definition of a known macro gives its argument count.
    fn arity(&self, name: &str) -> Option<usize> {
        self.arities.get(name).copied()
    }

    /// A command the table does not know (`\textbf`, `\small`, a template's styling macro):
    /// an optional argument right after is an option, and a group that follows prints its
    /// text (read by the main loop), unless it holds only a length or a colour
    /// (`\mysep{-0.9em}`), which never prints.
    fn unknown(&mut self, depth: usize) {
        let _ = depth;
        if self.peek() == Some(b'[') {
            let _ = self.opt_arg();
        }
        let start = self.pos;
        if let Some(arg) = self.raw_arg() {
            if is_dimension(arg) {
                return;
            }
        }
        self.pos = start;
    }

    /// A line of its own.
    fn line(&mut self, text: &str) {
        self.write("\n");
        self.write(text);
        self.write("\n");
    }

    fn item(&mut self, depth: usize) {
        self.skip_star();
        let label = self.opt_arg().map(|r| self.capture_range(depth, r));
        let plain = self.lists.last().copied().unwrap_or(false);
        self.write(if plain { "\n" } else { "\n- " });
        if let Some(label) = label.filter(|l| l.chars().any(char::is_alphanumeric)) {
            self.write(&one_line(&label));
            self.write(" ");
        }
    }

    /// A bullet macro: one `- ` line. With the document's own definition, exactly its
    /// arguments (sb2nov's `\resumeItem{title}{text}` → "title: text"); otherwise the first
    /// and, when a group follows at once, up to `args - 1` more.
    fn bullet(&mut self, name: &str, args: u8, depth: usize) {
        let defined = self.arity(name);
        let want = defined.unwrap_or(usize::from(args.max(2)));
        let mut pieces = Vec::new();
        for i in 0..want.max(1) {
            match self.capture(depth) {
                Some(p) => pieces.push(one_line(&p)),
                None if i == 0 && defined.is_none() => pieces.push(String::new()),
                None => break,
            }
        }
        pieces.retain(|p| !p.is_empty());
        self.write("\n- ");
        self.write(&pieces.join(": "));
        self.write("\n");
    }

    fn labeled_line(&mut self, comment: bool, depth: usize) {
        self.skip_opts();
        let label = self.capture(depth).unwrap_or_default();
        let text = self.capture(depth).unwrap_or_default();
        let comment = if comment { self.capture(depth) } else { None };
        let (label, text) = (one_line(&label), text.trim().replace('\n', " \n"));
        self.write("\n");
        match (label.is_empty(), text.trim().is_empty()) {
            (false, false) => {
                self.write(&label);
                self.write(": ");
                self.write(&text);
            }
            (false, true) => self.write(&label),
            (true, _) => self.write(&text),
        }
        if let Some(c) = comment.map(|c| one_line(&c)).filter(|c| !c.is_empty()) {
            self.write(" (");
            self.write(&c);
            self.write(")");
        }
        self.write("\n");
    }

    /// AltaCV's `\cvskill{Go}{4.5}` (a rating out of 5, which draws as a skill bar:
    /// F-SKILL-BARS) or Awesome-CV's `\cvskill{Languages}{Go, Python}` (a category line).
    fn skill(&mut self, depth: usize) {
        let skill = one_line(&self.capture(depth).unwrap_or_default());
        let second = self.capture(depth).map(|r| one_line(&r));
        self.write("\n");
        self.write(&skill);
        match second {
            Some(r) if is_number(&r) => self.write(&format!(" ({r}/5)")),
            Some(list) if !list.is_empty() => {
                self.write(": ");
                self.write(&list);
            }
            _ => {}
        }
        self.write("\n");
    }

    fn identity(&mut self, name: &str, args: usize, depth: usize) {
        self.skip_opts();
        let mut parts = Vec::new();
        for _ in 0..args {
            match self.capture(depth) {
                Some(p) => parts.push(one_line(&p)),
                None => break,
            }
        }
        let sep = if name == "name" { " " } else { ", " };
        let line: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        self.identity_line(&line.join(sep));
    }

    fn profile(&mut self, name: &str) {
        let kind = self.opt_arg().map_or_else(
            || String::from(name.trim_start_matches("cv")),
            |(a, b)| String::from(self.src.get(a..b).unwrap_or("").trim()),
        );
        let Some(id) = self.raw_arg().map(|s| unescape_url(s.trim())) else {
            return;
        };
        let line = profile_url(&kind, &id);
        self.identity_line(&line);
    }

    fn document_class(&mut self) {
        let opts = self.opt_arg();
        let class = self.raw_arg().unwrap_or("").trim();
        if let Some((a, b)) = opts {
            let opts = self.src.get(a..b).unwrap_or("");
            if opts.split(',').any(|o| o.trim() == "twocolumn") {
                self.column_evidence(
                    2,
                    String::from("the twocolumn document option sets the page in two columns"),
                );
            }
        }
        if class == "moderncv" {
            self.moderncv = true;
        }
        if SIDEBAR_CLASSES.contains(&class) {
            self.column_evidence(
                2,
                format!("the {class} document class lays the resume out with a sidebar column"),
            );
        }
    }

    fn use_package(&mut self) {
        let _ = self.opt_arg();
        let packages = self.raw_arg().unwrap_or("");
        for p in packages.split(',').map(str::trim) {
            match p {
                "paracol" => self.column_evidence(
                    2,
                    String::from("the paracol package sets text in parallel columns"),
                ),
                "fontawesome" | "fontawesome5" | "fontawesome6" => {
                    let font = String::from("FontAwesome");
                    if !self.layout.fonts.contains(&font) {
                        self.layout.fonts.push(font);
                    }
                }
                _ => {}
            }
        }
    }

    /// `\vskip 2pt`, `\hskip-1em`: a dimension without braces.
    fn skip_dimension(&mut self) {
        self.skip_space();
        let n = self
            .rest()
            .bytes()
            .take(24)
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'+' | b' '))
            .count();
        self.pos += n;
        let unit = self
            .rest()
            .bytes()
            .take(2)
            .take_while(u8::is_ascii_alphabetic)
            .count();
        if unit == 2 {
            self.pos += 2;
        } else if self.peek() == Some(b'\\') {
            // `\vskip\baselineskip`
            self.pos += 1;
            let n = self
                .rest()
                .bytes()
                .take_while(u8::is_ascii_alphabetic)
                .count();
            self.pos += n;
        }
    }

    fn heading(&mut self, title: &str) {
        if title.chars().any(char::is_alphanumeric) {
            let line = format!("\n{HEADING_MARK}{title}\n");
            if self.emit {
                self.out.push_str(&line);
            }
        }
    }

    fn begin(&mut self, depth: usize) {
        let env = self.raw_arg().unwrap_or("").trim();
        match env {
            "document" => {
                self.emit = true;
                if !self.header_flushed {
                    self.header_flushed = true;
                    let header = core::mem::take(&mut self.header);
                    self.out.push_str(&header);
                    self.out.push('\n');
                }
            }
            "tabular" | "tabular*" | "tabularx" | "tabulary" | "longtable" | "array"
            | "supertabular" => {
                let args = if matches!(env, "tabular" | "longtable" | "array" | "supertabular") {
                    1
                } else {
                    2
                };
                let _ = self.opt_arg();
                self.drop_args(args);
                if self.emit {
                    self.layout.tables += 1;
                }
                self.write("\n");
            }
            "minipage" => {
                self.skip_opts();
                self.drop_args(1);
                if self.minipages_open == 0 {
                    self.minipages_in_paragraph += 1;
                    if self.minipages_in_paragraph >= 2 && self.emit {
                        self.column_evidence(
                            2,
                            String::from("two minipages side by side set text in columns"),
                        );
                    }
                }
                self.minipages_open += 1;
                self.write("\n");
            }
            "multicols" | "multicols*" => {
                let n = self
                    .raw_arg()
                    .and_then(|a| a.trim().parse::<u32>().ok())
                    .unwrap_or(2);
                let _ = self.opt_arg();
                if n >= 2 {
                    self.column_evidence(n, format!("a multicols environment with {n} columns"));
                }
                self.write("\n");
            }
            "paracol" => {
                let n = self
                    .raw_arg()
                    .and_then(|a| a.trim().parse::<u32>().ok())
                    .unwrap_or(2);
                self.column_evidence(
                    n.max(2),
                    String::from("a paracol environment sets text in parallel columns"),
                );
                self.write("\n");
            }
            "rSection" => {
                if let Some(title) = self.capture(depth) {
                    self.heading(&one_line(&title));
                }
            }
            "rSubsection" => self.entry(depth, 4),
            "aside" => {
                self.column_evidence(
                    2,
                    String::from("an aside environment sets a sidebar column beside the text"),
                );
                self.write("\n");
            }
            "adjustwidth" => {
                self.drop_args(2);
                self.write("\n");
            }
            "wrapfigure" | "textblock" | "textblock*" => {
                self.skip_opts();
                self.drop_args(1);
                self.skip_opts();
                self.write("\n");
            }
            "tikzpicture" | "comment" | "filecontents" | "filecontents*" | "thebibliography" => {
                if env == "tikzpicture" && self.emit {
                    self.layout.images += 1;
                }
                self.skip_to_end(env, false);
            }
            "verbatim" | "lstlisting" | "minted" => self.skip_to_end(env, true),
            "itemize" | "enumerate" | "description" | "compactitem" | "cvitems" => {
                let plain = self.opt_arg().is_some_and(|(a, b)| {
                    let opts: String = self
                        .src
                        .get(a..b)
                        .unwrap_or("")
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    opts.contains("label={}")
                        || opts.ends_with("label=")
                        || opts.contains("label=,")
                        || opts.contains("nolistsep,label={}")
                });
                if self.lists.len() < MAX_DEPTH {
                    self.lists.push(plain);
                }
                self.write("\n");
            }
            _ => {
                let _ = self.opt_arg();
                self.write("\n");
            }
        }
    }

    /// Skip (or copy) everything up to `\end{env}`.
    fn skip_to_end(&mut self, env: &str, copy: bool) {
        let marker = format!("\\end{{{env}}}");
        let rest = self.rest();
        let (body, skip) = match rest.find(&marker) {
            Some(i) => (rest.get(..i).unwrap_or(""), i + marker.len()),
            None => (rest, rest.len()),
        };
        if copy {
            self.write("\n");
            self.write(body);
            self.write("\n");
        }
        self.pos += skip;
    }

    fn end(&mut self) {
        let env = self.raw_arg().unwrap_or("").trim();
        match env {
            "document" => self.done = true,
            "minipage" => {
                self.minipages_open = self.minipages_open.saturating_sub(1);
                self.write("\n");
            }
            "itemize" | "enumerate" | "description" | "compactitem" | "cvitems" => {
                self.lists.pop();
                self.write("\n");
            }
            _ => self.write("\n"),
        }
    }

    /// A template's entry macro: its arguments sorted into title, company, extra fields,
    /// places, dates and description, written as "Title — Company | Place | Dates" and the
    /// description below.
    fn entry(&mut self, depth: usize, max_args: usize) {
        // Optional arguments hold dates in some templates (`\entry[2019 -- 2021]{…}`).
        let mut args = Vec::new();
        for _ in 0..4 {
            match self.opt_arg() {
                Some(range) => args.push(self.capture_range(depth, range)),
                None => break,
            }
        }
        for _ in 0..max_args {
            match self.capture(depth) {
                Some(a) => args.push(a),
                None => break,
            }
        }
        let mut fields: Vec<String> = Vec::new();
        let mut places: Vec<String> = Vec::new();
        let mut dates: Vec<String> = Vec::new();
        let mut descriptions: Vec<String> = Vec::new();
        for arg in &args {
            let line = one_line(arg);
            if !line.chars().any(char::is_alphanumeric) {
                continue;
            }
            let multiline = arg.trim().contains('\n');
            if multiline || line.split_whitespace().count() > 14 || line.ends_with('.') {
                descriptions.push(String::from(arg.trim()));
            } else if is_date_text(&line) {
                dates.push(line);
            } else if location_in(&line).is_some_and(|s| s.start == 0 && s.end == line.len()) {
                places.push(line);
            } else {
                fields.push(line);
            }
        }
        let mut out = String::new();
        let mut parts = fields.into_iter();
        if let Some(first) = parts.next() {
            out.push_str(&first);
        }
        if let Some(second) = parts.next() {
            out.push_str(" — ");
            out.push_str(&second);
        }
        for extra in parts.chain(places).chain(dates) {
            if !out.is_empty() {
                out.push_str(" | ");
            }
            out.push_str(&extra);
        }
        self.write("\n");
        self.write(&out);
        self.write("\n");
        for d in descriptions {
            self.description(&d);
        }
    }

    /// An entry's description (friggeri's `\entry`, Twenty Seconds' `\twentyitem`): when some
    /// of its sentences state work done, each sentence is a line and those are `- ` bullets,
    /// so they are judged; otherwise it stays text.
    fn description(&mut self, text: &str) {
        for line in text.lines() {
            let line = one_line(line);
            let sentences = sentences(&line);
            if sentences.iter().any(|s| states_accomplishment(s)) && !line.starts_with("- ") {
                for s in sentences {
                    self.write(if states_accomplishment(s) {
                        "\n- "
                    } else {
                        "\n"
                    });
                    self.write(s);
                }
                self.write("\n");
            } else {
                self.write(&line);
                self.write("\n");
            }
        }
    }
}

/// Does an argument hold only a length (`-0.9em`, `2pt plus 1pt`, `0.5\\linewidth`,
/// `\\baselineskip`) or a colour (`blue!60!black`)? Such arguments never print.
fn is_dimension(arg: &str) -> bool {
    let arg = arg.trim();
    if arg.is_empty() {
        return false;
    }
    const UNITS: &[&str] = &[
        "pt", "em", "ex", "in", "cm", "mm", "bp", "pc", "sp", "mu", "dd", "fil", "fill",
    ];
    let one = |part: &str| {
        let part = part.trim();
        let number_end = part
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | ' ')))
            .unwrap_or(part.len());
        let (number, unit) = part.split_at(number_end);
        let unit = unit.trim();
        let has_digit = number.bytes().any(|b| b.is_ascii_digit());
        (has_digit && UNITS.contains(&unit))
            || (unit.starts_with('\\')
                && unit.len() > 1
                && unit.bytes().skip(1).all(|b| b.is_ascii_alphabetic())
                && (number.trim().is_empty() || has_digit))
    };
    if arg
        .split(" plus ")
        .flat_map(|p| p.split(" minus "))
        .all(one)
    {
        return true;
    }
    // xcolor expressions: names mixed with percentages.
    arg.contains('!')
        && arg
            .split('!')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whitespace (and line breaks) collapsed to single spaces.
/// Does `s` read as a number, exactly when `s.parse::<f32>().is_ok()` would (Rust's float
/// syntax: optional sign, then `inf`, `infinity`, `nan` or digits with an optional `.` and
/// exponent)? Checked by hand: the float parser is ~17 KB of the web build, for this one test.
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent_ok = match exponent {
        Some(e) => !e.is_empty() && digits(e),
        None => true,
    };
    digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty()) && exponent_ok
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `\_`, `\%`, `\#`, `\&` inside a URL are the plain characters.
fn unescape_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut chars = url.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| "_%#&~$".contains(*n)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The text of `\href{url}{text}`: the text, plus the address when the link is an email,
/// LinkedIn or GitHub link whose text does not show it ("GitHub" → "GitHub (github.com/x)"),
/// so contact detection sees it.
fn link_text(url: &str, text: &str) -> String {
    let text = one_line(text);
    let lower = url.to_ascii_lowercase();
    let contact = lower.starts_with("mailto:")
        || lower.contains("linkedin.com")
        || lower.contains("github.com");
    if !contact {
        return text;
    }
    let core = url
        .trim_start_matches("mailto:")
        .trim_start_matches("MAILTO:")
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/');
    if text
        .to_ascii_lowercase()
        .contains(&core.to_ascii_lowercase())
    {
        return text;
    }
    if text.chars().any(char::is_alphanumeric) {
        format!("{text} ({core})")
    } else {
        format!(" {core} ")
    }
}

/// moderncv's `\social[linkedin]{id}`, AltaCV's `\linkedin{id}`: the profile URL.
fn profile_url(kind: &str, id: &str) -> String {
    let lower = id.to_ascii_lowercase();
    if lower.contains(".com/") || lower.starts_with("http") {
        return String::from(id);
    }
    match kind.to_ascii_lowercase().as_str() {
        "linkedin" => format!("linkedin.com/in/{id}"),
        "github" => format!("github.com/{id}"),
        "gitlab" => format!("gitlab.com/{id}"),
        "twitter" | "x" => format!("x.com/{id}"),
        _ => String::from(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_number_agrees_with_the_float_parser() {
        let cases = "|4|4.5|+4|-4|.5|5.|.|+|-|e5|1e5|1E5|1e+5|1e-5|1e|1e+|1.5e3|1.e3|.e3|inf|INF|\
                     -Infinity|nan|NaN|+nan|infinit|infinityy|4/5|4 | 4|four|1_000|0x10|1.2.3|\
                     1e5e5|١|٣.٥|++1|1e99999|00.00|4.5/5|3 of 5";
        for case in cases.split('|') {
            assert_eq!(is_number(case), case.parse::<f32>().is_ok(), "{case:?}");
        }
    }

    fn text(src: &str) -> String {
        read(src).map(|s| s.text).unwrap_or_default()
    }

    #[test]
    fn escapes_comments_and_dashes() {
        assert_eq!(
            text("R\\&D at 50\\% cost % a comment\n2019--2021 --- \\$5M \\#1 a\\_b~c ``q''"),
            "R&D at 50% cost 2019–2021 — $5M #1 a_b c \"q\"\n"
        );
    }

    #[test]
    fn sections_items_and_links() {
        let src = "\\documentclass{article}\n\\usepackage{hyperref}\n\\begin{document}\n\\textbf{Jane Doe} \\\\ \\href{mailto:jane@x.dev}{Email} $|$ \\href{https://github.com/jane}{\\faGithub}\n\\section*{Experience}\n\\begin{itemize}\n  \\item Built \\textbf{Kafka} pipelines\n  \\item[$\\bullet$] Cut p99 by 40\\%\n\\end{itemize}\n\\end{document}\nignored";
        let s = read(src).unwrap();
        assert_eq!(
            s.text,
            "Jane Doe\nEmail (jane@x.dev) | github.com/jane\n\nExperience\n- Built Kafka pipelines\n- Cut p99 by 40%\n"
        );
        assert_eq!(s.headings.len(), 1);
        assert_eq!(s.headings[0].slice(&s.text), "Experience");
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let deep = "{".repeat(10_000) + "x" + &"}".repeat(5_000);
        assert!(text(&deep).contains('x'));
        let deep_cmd = "\\textbf{".repeat(10_000) + "y";
        assert!(text(&deep_cmd).contains('y'));
        let unclosed = "\\href{".repeat(5_000);
        let _ = read(&unclosed);
        let _ = read("\\section{");
        let _ = read("}}}}\\end{itemize}\\\\\\");
        let _ = read("\\item[unclosed label \\item[ \\begin{minipage}");
        let _ = read("é\\é\\😀{\\'e}");
    }
}
