//! Byte spans into the analyzed text, and their UTF-16 twins for JavaScript.
//!
//! Spans are computed once, as byte ranges on UTF-8 boundaries. JavaScript strings index by
//! UTF-16 code units, so the report boundary converts them with [`Utf16Index`]; rules never
//! think about UTF-16.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the analyzed text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `""` if the span does not fit `text` (never panics).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span shifted right by `by` bytes (for sub-slices).
    pub const fn offset(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// Converts byte offsets to UTF-16 code-unit offsets in one pass over the text.
///
/// Built once per report; each lookup is a binary search over the non-ASCII characters only,
/// so ASCII-heavy resumes cost almost nothing.
pub struct Utf16Index {
    /// (byte offset just after a non-ASCII char, extra UTF-16 units minus UTF-8 bytes so far)
    /// Stored as cumulative delta: utf16 = byte - shrink, where shrink grows at each multibyte char.
    marks: alloc::vec::Vec<(usize, usize)>,
    len: usize,
}

impl Utf16Index {
    /// One pass over the bytes, eight at a time while they are ASCII: only a character's lead
    /// byte matters (its width in UTF-8 and whether UTF-16 needs two units for it), so the
    /// text is not decoded character by character.
    pub fn new(text: &str) -> Self {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = text.as_bytes();
        let mut marks = alloc::vec::Vec::new();
        let mut shrink = 0usize;
        let mut i = 0;
        while let Some(&lead) = bytes.get(i) {
            let eight = bytes
                .get(i..i + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok());
            if eight.is_some_and(|w| u64::from_le_bytes(w) & HIGH == 0) {
                i += 8;
                continue;
            }
            // (bytes in UTF-8, units in UTF-16) of the character starting at `i`.
            let (utf8, utf16) = match lead {
                0xF0.. => (4, 2),
                0xE0.. => (3, 1),
                0xC0.. => (2, 1),
                _ => (1, 1),
            };
            if utf8 > 1 {
                shrink += utf8 - utf16;
                marks.push((i + utf8, shrink));
            }
            i += utf8;
        }
        Self {
            marks,
            len: text.len(),
        }
    }

    /// UTF-16 offset of a byte offset (clamped to the text; a byte inside a character maps to
    /// that character's start, which spans never do since they lie on boundaries).
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let idx = self.marks.partition_point(|&(end, _)| end <= byte);
        let shrink = match idx.checked_sub(1).and_then(|i| self.marks.get(i)) {
            Some(&(_, s)) => s,
            None => 0,
        };
        byte - shrink
    }

    pub fn span(&self, span: Span) -> Span {
        Span::new(self.utf16(span.start), self.utf16(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_after_emoji_and_cjk() {
        let text = "a😀b漢c";
        let idx = Utf16Index::new(text);
        // bytes: a=0, 😀=1..5, b=5, 漢=6..9, c=9
        assert_eq!(idx.utf16(0), 0);
        assert_eq!(idx.utf16(1), 1);
        assert_eq!(idx.utf16(5), 3);
        assert_eq!(idx.utf16(6), 4);
        assert_eq!(idx.utf16(9), 5);
        assert_eq!(idx.utf16(10), 6);
        let js: alloc::vec::Vec<u16> = text.encode_utf16().collect();
        assert_eq!(js.len(), 6);
    }

    #[test]
    fn slice_out_of_range_is_empty() {
        assert_eq!(Span::new(3, 99).slice("abc"), "");
    }
}
