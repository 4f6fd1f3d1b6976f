//! A bullet's tokens with the reads every fact needs: the word at `i`, in lower case, a table
//! lookup, a clause break.

use super::*;

// ---------------------------------------------------------------------------------------------
// Token helpers
// ---------------------------------------------------------------------------------------------

pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    /// [`Document::lower`]: the text ASCII-lowercased, same offsets.
    pub(super) lower: &'a str,
    pub(super) toks: &'a [Token],
}

impl<'a> Scan<'a> {
    pub(super) fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }

    pub(super) fn str_at(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| t.span.slice(self.text)).unwrap_or("")
    }

    /// Token `i` in lower case (a slice of the lowered text, no copy).
    pub(super) fn lower_at(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| t.span.slice(self.lower)).unwrap_or("")
    }

    /// Whether token `i` is `word` (lower case), in any case. The lengths are compared first:
    /// this runs several times for every word of every bullet.
    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| {
            t.span.end.wrapping_sub(t.span.start) == word.len()
                && self.lower.as_bytes().get(t.span.start..t.span.end) == Some(word.as_bytes())
        })
    }

    pub(super) fn in_table(&self, i: usize, table: &PhraseTable) -> bool {
        self.tok(i).is_some_and(|t| self.word_in(t, table))
    }

    /// Whether token `t` is one of `table`'s words, in any case: its bytes of the lowered text
    /// (a byte range, no character-boundary checks as slicing a `str` has) against each entry.
    pub(super) fn word_in(&self, t: &Token, table: &PhraseTable) -> bool {
        let w = self
            .lower
            .as_bytes()
            .get(t.span.start..t.span.end)
            .unwrap_or(&[]);
        table
            .phrases
            .iter()
            .any(|p| crate::text::same_word_bytes(p.as_bytes(), w))
    }

    /// Token `i` directly follows token `i - 1` (no whitespace between).
    pub(super) fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tok(i).map(|t| t.kind)
    }

    pub(super) fn span(&self, from: usize, to_inclusive: usize) -> Span {
        match (self.tok(from), self.tok(to_inclusive)) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.start)),
            (Some(a), None) => a.span,
            _ => Span::default(),
        }
    }

    /// A clause break: a semicolon or a spaced dash ("— handled …").
    pub(super) fn is_break(&self, i: usize) -> bool {
        let s = self.str_at(i);
        s == ";" || ((s == "—" || s == "–") && self.tok(i).is_some_and(|t| t.space_before))
    }

    pub(super) fn len(&self) -> usize {
        self.toks.len()
    }
}

pub(super) fn in_table_str(s: &str, table: &PhraseTable) -> bool {
    table.phrases.iter().any(|p| crate::text::same_word(p, s))
}
