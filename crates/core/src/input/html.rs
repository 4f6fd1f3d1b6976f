//! HTML inside Markdown: GitHub READMEs and Markdown resumes wrap their header in
//! `<div align="center">`, lay roles out in `<table style="width:100%">`, and use `<br>`,
//! `<b>`, `<a href>`. A Markdown renderer shows none of the markup, so the analysis must not
//! read it as words (`style="width:100%"` is not a skill, `<td>` is not a bullet).
//!
//! Each tag of a known HTML element (and each `<!-- comment -->`) is blanked to spaces of the
//! same byte length, line breaks inside it kept: the analyzed text has the same length and the
//! same lines as the input, so every span and line number still points into what the user
//! wrote. `<table>` elements are counted as tables (F-TABLE: a parser reads a table cell by
//! cell). `<` that does not open a known element ("p99 <100 ms", "<name>") stays text.
//!
//! One pass; a tag's end is looked for within [`MAX_TAG`] bytes, so the work is linear.

use alloc::string::String;

/// Longest tag read (a tag with a long inline style is a few hundred bytes).
const MAX_TAG: usize = 2048;

/// Elements whose tags are markup in a Markdown resume.
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "s",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
];

/// The text with its HTML tags blanked, and the number of `<table>` elements; `None` when it
/// has no tag (the common case: the input is used as it is).
pub(crate) fn blank_tags(text: &str) -> Option<(String, u32)> {
    let bytes = text.as_bytes();
    let mut out: Option<alloc::vec::Vec<u8>> = None;
    let mut tables = 0u32;
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        let start = i + offset;
        let Some((end, is_table)) = tag_end(bytes, start) else {
            i = start + 1;
            continue;
        };
        tables += u32::from(is_table);
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        for b in buf.get_mut(start..end).into_iter().flatten() {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        i = end;
    }
    // Only ASCII tag bytes were replaced by ASCII spaces: still UTF-8.
    out.and_then(|buf| String::from_utf8(buf).ok())
        .map(|text| (text, tables))
}

/// The end (exclusive) of the tag or comment opening at `start`, and whether it opens a
/// `<table>`; `None` when `<` does not start one.
fn tag_end(bytes: &[u8], start: usize) -> Option<(usize, bool)> {
    let limit = bytes.len().min(start.saturating_add(MAX_TAG));
    let window = bytes.get(start..limit)?;
    if window.starts_with(b"<!--") {
        let close = window.windows(3).position(|w| w == b"-->")?;
        return Some((start + close + 3, false));
    }
    let closing = window.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let name_len = window
        .get(name_start..)?
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = window.get(name_start..name_start + name_len)?;
    let known = ELEMENTS
        .iter()
        .any(|e| e.as_bytes().eq_ignore_ascii_case(name));
    if !known {
        return None;
    }
    // After the name: the end of the tag, a space before attributes, or `/>`.
    match window.get(name_start + name_len)? {
        b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' => {}
        _ => return None,
    }
    let mut quote: Option<u8> = None;
    for (k, &b) in window.iter().enumerate().skip(name_start + name_len) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => {
                let is_table = !closing && name.eq_ignore_ascii_case(b"table");
                return Some((start + k + 1, is_table));
            }
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_blanked_in_place() {
        let md = "<div align=\"center\">\n\n# Jane\n</div>\n<table style=\"width:100%\">\n<tr><td><b>Engineer</b>, Acme</td></tr>\n</table>\n- Cut p99 <100 ms\n";
        let (text, tables) = blank_tags(md).unwrap();
        assert_eq!(text.len(), md.len());
        assert_eq!(text.lines().count(), md.lines().count());
        assert_eq!(tables, 1);
        assert!(!text.contains("style") && !text.contains("td") && !text.contains('>'));
        let words: alloc::vec::Vec<&str> = text.split_whitespace().collect();
        assert!(
            words.windows(3).any(|w| w == ["Engineer", ",", "Acme"]),
            "{text}"
        );
        assert!(text.contains("- Cut p99 <100 ms"));
        assert!(text.contains("# Jane"));
    }

    #[test]
    fn not_html_stays() {
        assert!(blank_tags("Go <3 and a<b, <name>, <br").is_none());
        let (text, _) = blank_tags("x <!-- note --> y <a href='>'>z</a>").unwrap();
        assert_eq!(
            text.split_whitespace().collect::<alloc::vec::Vec<_>>(),
            ["x", "y", "z"]
        );
    }
}
