//! The contact block: email, phone, LinkedIn, GitHub, location.
//!
//! Email, phone and profile links are found anywhere (the first one in the text wins; the
//! header comes first). Links count with or without scheme and `www.`, and inside Markdown
//! links (`[GitHub](https://github.com/x)` → the URL). A phone needs 10–15 digits (8 with a
//! leading `+`) in phone punctuation, and date ranges, years and thousands-grouped numbers are
//! not phones. The location is read only from the header block (and a "Contact" section): a
//! "City, ST" / "City, Country" pair, "Remote", or a well-known tech city, so a company's city
//! in a role line is not taken for the candidate's.

use super::Section;
use crate::place::location_in;
use crate::section_kind::SectionKind;
use crate::span::Span;
use serde::Serialize;

/// Where each contact detail was found (byte spans), if anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub email: Option<Span>,
    pub phone: Option<Span>,
    pub linkedin: Option<Span>,
    pub github: Option<Span>,
    pub location: Option<Span>,
}

/// Find contact details.
pub fn find(text: &str, lines: &[Span], sections: &[Section]) -> Contact {
    let lower = text.to_ascii_lowercase();
    Contact {
        email: find_email(text),
        phone: find_phone(text),
        linkedin: find_url(text, &lower, "linkedin.com/"),
        github: find_url(text, &lower, "github.com/"),
        location: find_location(text, lines, sections),
    }
}

// --- email -----------------------------------------------------------------------------------

fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

fn find_email(text: &str) -> Option<Span> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(rel) = text.get(from..).and_then(|t| t.find('@')) {
        let at = from + rel;
        from = at + 1;
        let mut start = at;
        while start > 0 && bytes.get(start - 1).copied().is_some_and(is_local_char) {
            start -= 1;
        }
        // "mailto:" is not part of the address; a leading dot is punctuation.
        while bytes.get(start) == Some(&b'.') {
            start += 1;
        }
        let mut end = at + 1;
        while bytes.get(end).copied().is_some_and(is_domain_char) {
            end += 1;
        }
        while end > at + 1 && matches!(bytes.get(end - 1), Some(b'.' | b'-')) {
            end -= 1;
        }
        let domain = text.get(at + 1..end).unwrap_or("");
        let tld = domain.rsplit('.').next().unwrap_or("");
        if start < at
            && domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.contains("..")
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return Some(Span::new(start, end));
        }
    }
    None
}

// --- phone -----------------------------------------------------------------------------------

fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}' | '‑')
}

fn find_phone(text: &str) -> Option<Span> {
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let starts = (c == '+' || c == '(' || c.is_ascii_digit())
            && !prev.is_some_and(|p| {
                p.is_alphanumeric() || matches!(p, '/' | '.' | '-' | '$' | '€' | '£' | ',' | '+')
            });
        prev = Some(c);
        if !starts {
            continue;
        }
        // Extend over phone characters (no more than two spaces in a row).
        let mut end = i + c.len_utf8();
        let mut spaces = 0;
        while let Some(&(j, n)) = iter.peek() {
            if !is_phone_char(n) {
                break;
            }
            spaces = if n == ' ' { spaces + 1 } else { 0 };
            if spaces > 2 {
                break;
            }
            end = j + n.len_utf8();
            prev = Some(n);
            iter.next();
        }
        let candidate = text.get(i..end).unwrap_or("");
        let trimmed = candidate.trim_end_matches(|ch: char| !ch.is_ascii_digit());
        let after = text.get(i + trimmed.len()..).and_then(|t| t.chars().next());
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if plausible_phone(trimmed) {
            return Some(Span::new(i, i + trimmed.len()));
        }
    }
    None
}

fn plausible_phone(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    let plus = s.starts_with('+');
    if !(if plus { 8..=15 } else { 10..=15 }).contains(&digits) {
        return false;
    }
    let groups: alloc::vec::Vec<&str> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    // "2019 2020 2021 2022": years, not a phone.
    if groups.len() >= 2
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.parse::<u16>().is_ok_and(|y| (1950..=2099).contains(&y)))
    {
        return false;
    }
    // "1 500 000 000", "1.000.000.000": a number in thousands.
    if groups.len() >= 3 && groups.iter().skip(1).all(|g| g.len() == 3) {
        return false;
    }
    // One unbroken run is a phone only as a bare 10–12 digit number or with a `+`.
    if groups.len() == 1 {
        return plus || (10..=12).contains(&digits);
    }
    // Parentheses must balance: "(555) 123-4567".
    s.matches('(').count() == s.matches(')').count()
}

// --- profile links ---------------------------------------------------------------------------

fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            ':' | '/' | '.' | '_' | '-' | '~' | '%' | '?' | '#' | '=' | '&' | '+' | '@'
        )
}

/// The URL around the first occurrence of `host` (lower-case) with a non-empty path.
fn find_url(text: &str, lower: &str, host: &str) -> Option<Span> {
    let mut from = 0;
    while let Some(rel) = lower.get(from..).and_then(|t| t.find(host)) {
        let at = from + rel;
        from = at + host.len();
        // The host must start a URL or follow a scheme, "www." or a subdomain dot.
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
            continue;
        }
        let mut start = at;
        for (j, c) in text.get(..at).unwrap_or("").char_indices().rev() {
            if is_url_char(c) {
                start = j;
            } else {
                break;
            }
        }
        let mut end = at + host.len();
        for c in text.get(end..).unwrap_or("").chars() {
            if is_url_char(c) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        let url = text.get(start..end).unwrap_or("");
        let url = url.trim_end_matches(['.', ',', ':', ';', '?', '!']);
        let end = start + url.len();
        let path = text.get(at + host.len()..end).unwrap_or("");
        if path.chars().any(|c| c.is_ascii_alphanumeric()) {
            return Some(Span::new(start, end));
        }
    }
    None
}

// --- location --------------------------------------------------------------------------------

fn find_location(text: &str, lines: &[Span], sections: &[Section]) -> Option<Span> {
    let contact_like = |s: &Section| match s.kind {
        SectionKind::Header => true,
        SectionKind::Other => s.heading.as_ref().is_some_and(|h| {
            let t = h.title.slice(text).to_ascii_lowercase();
            t.contains("contact") || t.contains("personal")
        }),
        _ => false,
    };
    for section in sections.iter().filter(|s| contact_like(s)) {
        let from = lines.partition_point(|l| l.start < section.body.start);
        for line in lines.get(from..).unwrap_or(&[]) {
            if line.start >= section.body.end {
                break;
            }
            if let Some(found) = location_in(line.slice(text)) {
                return Some(found.offset(line.start));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        let p = |s: &str| find_phone(s).map(|sp| sp.slice(s).to_owned());
        assert_eq!(
            p("call (555) 123-4567 now").as_deref(),
            Some("(555) 123-4567")
        );
        assert_eq!(p("+1 555 123 4567").as_deref(), Some("+1 555 123 4567"));
        assert_eq!(
            p("x | +44 20 7946 0958 |").as_deref(),
            Some("+44 20 7946 0958")
        );
        assert_eq!(p("555.123.4567").as_deref(), Some("555.123.4567"));
        assert_eq!(p("2019 - 2021 and 2020-03-01"), None);
        assert_eq!(p("2016 2017 2018"), None);
        assert_eq!(p("1 500 000 000 events"), None);
        assert_eq!(p("v1.2.3"), None);
    }

    extern crate std;
    use std::borrow::ToOwned;
}
