//! Tokens: the one tokenizer every matcher (taxonomy, phrase tables, rules) shares.
//!
//! A word token is a run of letters/digits; `#` and `+` stick to its end (`C#`, `C++`) and a
//! leading `.` sticks to a word that follows a non-word (`.NET`). Everything else that is not
//! whitespace is a one-character punctuation token, so `CI/CD` is `ci` `/` `cd` and `Node.js`
//! is `node` `.` `js`: multi-token aliases match these sequences exactly, and `Go` can never
//! match inside `good` because `good` is one token.

use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits (may start with a digit, e.g. `p99` is a word, `99` is a number).
    Word,
    /// Only digits (with no letters).
    Number,
    /// A single non-alphanumeric, non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }
}

/// A letter or digit. ASCII first: nearly every character of a resume is, and
/// `char::is_alphanumeric` reaches the Unicode tables only past it.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The character starting at byte `i` of `s` (`None` at the end): an ASCII byte read as it is,
/// anything else decoded.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        s.get(i..)?.chars().next()
    }
}

/// Tokenize `text[span]`; token spans are absolute byte offsets into `text`. One pass over the
/// characters, read in place by [`char_at`] (no decoding iterator with a lookahead slot).
pub fn tokenize_span(text: &str, span: Span) -> Vec<Token> {
    let slice = span.slice(text);
    // About one token per five bytes of resume text: room for most texts without regrowing.
    let mut out = Vec::with_capacity(slice.len() / 4);
    let mut space_before = true;
    let mut i = 0;
    while let Some(c) = char_at(slice, i) {
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let leading_dot = c == '.'
            && char_at(slice, end).is_some_and(char::is_alphabetic)
            && (space_before
                || out
                    .last()
                    .is_some_and(|t: &Token| t.kind == TokenKind::Punct));
        let kind = if is_word_char(c) || leading_dot {
            let mut all_digits = c.is_ascii_digit();
            while let Some(n) = char_at(slice, end).filter(|&n| is_word_char(n)) {
                all_digits &= n.is_ascii_digit();
                end += n.len_utf8();
            }
            // `C#`, `F#`, `C++`: glue trailing # / + onto a word.
            while !all_digits && matches!(slice.as_bytes().get(end), Some(b'#' | b'+')) {
                end += 1;
            }
            if all_digits && !leading_dot {
                TokenKind::Number
            } else {
                TokenKind::Word
            }
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(start, end).offset(span.start),
            kind,
            space_before,
        });
        space_before = false;
        i = end;
    }
    out
}

/// Whether the whitespace between two tokens (`gap`, its bytes) holds a line break. A plain
/// loop: a gap is a byte or two, where `contains` called into `memchr` for each.
pub fn has_line_break(gap: &[u8]) -> bool {
    for &b in gap {
        if b == b'\n' {
            return true;
        }
    }
    false
}

/// Tokenize the whole text.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_span(text, Span::new(0, text.len()))
}

/// What a piece of a token is (see [`pieces`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    /// A run of letters (and digits other than ASCII ones).
    Letters,
    /// A run of ASCII digits.
    Digits,
    /// One other character.
    Other(char),
}

/// The finest pieces of `token`: runs of letters, runs of ASCII digits, and each other character
/// alone, with absolute spans (`Q3` → `Q` `3`, `.NET` → `.` `NET`, `C++` → `C` `+` `+`). The
/// date parser reads these; every other reader uses the tokens whole.
pub fn pieces(text: &str, token: Token) -> impl Iterator<Item = (Span, Piece)> + '_ {
    let base = token.span.start;
    let mut chars = token.text(text).char_indices().peekable();
    core::iter::from_fn(move || {
        let (i, c) = chars.next()?;
        if !c.is_alphanumeric() {
            return Some((Span::new(i, i + c.len_utf8()).offset(base), Piece::Other(c)));
        }
        let digit = c.is_ascii_digit();
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            if n.is_alphanumeric() && n.is_ascii_digit() == digit {
                end = j + n.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let kind = if digit { Piece::Digits } else { Piece::Letters };
        Some((Span::new(i, end).offset(base), kind))
    })
}

/// ASCII-lowercase a token into `buf` (non-ASCII letters are kept as they are; the taxonomy
/// and phrase tables are ASCII).
pub fn lower_into(s: &str, buf: &mut alloc::string::String) {
    // One copy and an in-place byte pass (the same result as lowering char by char, since only
    // ASCII bytes change): this runs for most tokens of every bullet, and pushing char by char
    // cost ~4× as many instructions (callgrind; see BENCHMARKS.md).
    buf.clear();
    buf.push_str(s);
    buf.make_ascii_lowercase();
}

/// Count of word and number tokens: what a reader would call "words".
pub fn word_count(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.kind != TokenKind::Punct).count()
}

/// `s` with its first character upper-cased ("built" → "Built"), for messages that quote a
/// word at the start of a sentence. ASCII case mapping only: a first letter outside ASCII is
/// kept as written. Unicode's case tables are ~9 KB of the gzipped web module, and every word
/// this capitalizes or lower-cases for display is an English verb or heading.
pub fn upper_first(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.push(c.to_ascii_uppercase());
        out.push_str(chars.as_str());
    }
    out
}

/// Whether `s` is written in capitals: no lower-case letter, and at least `min_letters`
/// letters (so "—" or "C" alone is not). Headings are told apart by it: a resume's "SKILLS"
/// (two letters suffice there) and a posting's "ABOUT US" (four, so "AWS" alone is a list line).
pub fn is_all_caps(s: &str, min_letters: usize) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= min_letters
}

/// Up to `max` characters of `s`, trimmed, with "…" when cut: a bullet quoted in a message.
pub fn quote(s: &str, max: usize) -> String {
    let mut out = String::new();
    quote_into(s, max, &mut out);
    out
}

/// [`quote`] appended to `out`.
pub fn quote_into(s: &str, max: usize, out: &mut String) {
    let s = s.trim();
    match s.char_indices().nth(max) {
        Some((cut, _)) => {
            out.push_str(s.get(..cut).unwrap_or(s).trim_end());
            out.push('…');
        }
        None => out.push_str(s),
    }
}

/// ASCII-case-insensitive equality with the cheap rejections (length, first byte) inline. The
/// phrase tables compare words of the resume with dozens of entries each, and nearly every
/// pair differs in length or first letter; at `opt-level = "z"` the plain
/// `eq_ignore_ascii_case` call per pair was ~10% of an analysis.
#[inline]
pub fn same_word(a: &str, b: &str) -> bool {
    same_word_bytes(a.as_bytes(), b.as_bytes())
}

/// [`same_word`] on bytes.
#[inline]
pub fn same_word_bytes(a: &[u8], b: &[u8]) -> bool {
    let first = |s: &[u8]| s.first().map(u8::to_ascii_lowercase);
    a.len() == b.len() && first(a) == first(b) && a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_language_names_whole() {
        assert_eq!(words("C#/.NET and C++"), ["C#", "/", ".NET", "and", "C++"]);
        assert_eq!(
            words("Node.js, CI/CD"),
            ["Node", ".", "js", ",", "CI", "/", "CD"]
        );
        assert_eq!(words("p99 of 45ms"), ["p99", "of", "45ms"]);
        assert_eq!(words("good go-to"), ["good", "go", "-", "to"]);
    }

    #[test]
    fn numbers_are_marked() {
        let t = tokenize("50 50K 3.5");
        assert_eq!(t[0].kind, TokenKind::Number);
        assert_eq!(t[1].kind, TokenKind::Word);
        assert_eq!(t[2].kind, TokenKind::Number);
    }

    #[test]
    fn all_caps_needs_its_letters_and_no_lower_case() {
        assert!(is_all_caps("SKILLS & TOOLS", 2));
        assert!(is_all_caps("ÉTUDES", 4));
        assert!(!is_all_caps("Skills", 2));
        assert!(!is_all_caps("AWS", 4));
        assert!(is_all_caps("AWS", 3));
        assert!(!is_all_caps("— 2020", 1));
    }

    #[test]
    fn pieces_split_letters_from_digits_and_punctuation() {
        let text = "x Q3 .NET C++ Jan2020 45ms";
        let all: Vec<(&str, Piece)> = tokenize(text)
            .into_iter()
            .flat_map(|t| pieces(text, t))
            .map(|(span, kind)| (span.slice(text), kind))
            .collect();
        use Piece::{Digits as D, Letters as L, Other as O};
        assert_eq!(
            all,
            [
                ("x", L),
                ("Q", L),
                ("3", D),
                (".", O('.')),
                ("NET", L),
                ("C", L),
                ("+", O('+')),
                ("+", O('+')),
                ("Jan", L),
                ("2020", D),
                ("45", D),
                ("ms", L),
            ]
        );
    }

    #[test]
    fn spans_are_absolute() {
        let text = "xx Go yy";
        let t = tokenize_span(text, Span::new(3, 8));
        assert_eq!(t[0].text(text), "Go");
        assert!(t[0].space_before);
    }
}
