//! The contact block: email, phone, LinkedIn, GitHub, location.
//!
//! Email, phone and profile links are found anywhere (the first one in the text wins; the
//! header comes first). Links count with or without scheme and `www.`, and inside Markdown
//! links (`[GitHub](https://github.com/x)` → the URL). A phone needs 10–15 digits (8 with a
//! leading `+`) in phone punctuation, and date ranges, years and thousands-grouped numbers are
//! not phones. The location is read only from the header block (and a "Contact" section): a
//! "City, ST" / "City, Country" pair, "Remote", or a well-known tech city, so a company's city
//! in a role line is not taken for the candidate's.

use super::{Section, SectionKind};
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

/// US state and Canadian province codes.
const REGION_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "ON", "BC", "QC", "AB", "MB", "NS", "NB", "SK", "NL", "PE",
];

/// Country codes people write after a city ("London, UK", "Berlin, DE").
const COUNTRY_CODES: &[&str] = &[
    "US", "USA", "UK", "GB", "DE", "FR", "NL", "IE", "ES", "PT", "IT", "PL", "SE", "NO", "DK",
    "FI", "CH", "AT", "BE", "CZ", "IN", "SG", "JP", "AU", "NZ", "BR", "MX", "AR", "IL", "AE", "CN",
    "KR", "ZA", "NG", "KE", "EG", "TR", "UA", "RO", "GR", "HU", "EE", "LT", "LV", "CO", "CL", "PH",
    "VN", "ID", "MY", "TH", "PK", "BD", "UAE",
];

/// Country, state and province names (lower-case).
const REGION_NAMES: &[&str] = &[
    "united states",
    "united states of america",
    "united kingdom",
    "england",
    "scotland",
    "wales",
    "ireland",
    "germany",
    "france",
    "netherlands",
    "the netherlands",
    "spain",
    "portugal",
    "italy",
    "poland",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "switzerland",
    "austria",
    "belgium",
    "czech republic",
    "czechia",
    "india",
    "singapore",
    "japan",
    "australia",
    "new zealand",
    "brazil",
    "mexico",
    "argentina",
    "israel",
    "canada",
    "china",
    "south korea",
    "korea",
    "south africa",
    "nigeria",
    "kenya",
    "egypt",
    "turkey",
    "ukraine",
    "romania",
    "greece",
    "hungary",
    "estonia",
    "lithuania",
    "latvia",
    "colombia",
    "chile",
    "philippines",
    "vietnam",
    "indonesia",
    "malaysia",
    "thailand",
    "pakistan",
    "bangladesh",
    "united arab emirates",
    "uae",
    "california",
    "new york",
    "texas",
    "washington",
    "massachusetts",
    "illinois",
    "colorado",
    "oregon",
    "florida",
    "georgia",
    "virginia",
    "north carolina",
    "pennsylvania",
    "new jersey",
    "arizona",
    "utah",
    "minnesota",
    "michigan",
    "ohio",
    "ontario",
    "british columbia",
    "quebec",
    "alberta",
    "bavaria",
    "catalonia",
    "karnataka",
    "maharashtra",
    "telangana",
    "tamil nadu",
    "new south wales",
    "victoria",
];

/// Cities that name a location on their own ("Berlin", "Remote" is handled apart).
const CITIES: &[&str] = &[
    "berlin",
    "london",
    "paris",
    "amsterdam",
    "dublin",
    "munich",
    "zurich",
    "stockholm",
    "copenhagen",
    "oslo",
    "helsinki",
    "madrid",
    "barcelona",
    "lisbon",
    "warsaw",
    "prague",
    "vienna",
    "toronto",
    "vancouver",
    "montreal",
    "seattle",
    "austin",
    "boston",
    "chicago",
    "denver",
    "new york",
    "new york city",
    "nyc",
    "san francisco",
    "los angeles",
    "bangalore",
    "bengaluru",
    "hyderabad",
    "pune",
    "mumbai",
    "delhi",
    "new delhi",
    "chennai",
    "singapore",
    "tokyo",
    "sydney",
    "melbourne",
    "tel aviv",
    "dubai",
    "hong kong",
    "são paulo",
    "sao paulo",
    "mexico city",
    "buenos aires",
    "cape town",
    "lagos",
    "nairobi",
    "san francisco bay area",
    "bay area",
    "greater london",
    "silicon valley",
    "krakow",
    "kraków",
    "bucharest",
    "budapest",
    "tallinn",
    "kyiv",
    "istanbul",
    "seoul",
    "shanghai",
    "beijing",
    "atlanta",
    "miami",
    "portland",
    "san diego",
    "san jose",
    "washington dc",
    "washington, d.c.",
    "raleigh",
    "pittsburgh",
    "philadelphia",
];

/// Labels before a location ("Location: Berlin").
const LOCATION_LABELS: &[&str] = &["location:", "address:", "based in", "located in", "city:"];

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

/// The location in one line, relative to it: the first `|`/`•`/`·`-separated segment that is
/// "City, ST[ ZIP]", "City, Country", "City, ST, Country", "Remote[ (…)]" or a known city.
pub(crate) fn location_in(line: &str) -> Option<Span> {
    if line.len() > 300 {
        return None;
    }
    let mut seg_start = 0;
    let mut iter = line.char_indices().peekable();
    loop {
        let (cut, len) = match iter.next() {
            None => (line.len(), 0),
            Some((i, c)) => match c {
                '|' | '•' | '·' | '◦' | '\t' | ';' | '—' | '–' | '│' | '⋅' | '✉' | '☎' => {
                    (i, c.len_utf8())
                }
                ' ' if line.get(i..).is_some_and(|r| r.starts_with("  ")) => (i, 1),
                ' ' if line.get(i..).is_some_and(|r| r.starts_with(" - ")) => (i, 2),
                _ => continue,
            },
        };
        if let Some(found) = location_segment(line, seg_start, cut) {
            return Some(found);
        }
        if cut >= line.len() {
            return None;
        }
        seg_start = cut + len;
    }
}

fn location_segment(line: &str, from: usize, to: usize) -> Option<Span> {
    let raw = line.get(from..to)?;
    let mut seg = raw.trim_start();
    let mut start = from + (raw.len() - seg.len());
    let lower = seg.to_ascii_lowercase();
    for label in LOCATION_LABELS {
        if lower.starts_with(label) {
            let rest = seg.get(label.len()..)?;
            let rest_trimmed = rest.trim_start();
            start += label.len() + (rest.len() - rest_trimmed.len());
            seg = rest_trimmed;
            break;
        }
    }
    let seg = seg.trim_end().trim_end_matches(['.', ',']);
    if seg.is_empty() || seg.len() > 80 {
        return None;
    }
    // Emoji/icon prefixes ("📍 Berlin").
    let icon = seg.len() - seg.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let seg = seg.get(icon..)?;
    start += icon;
    let lower = seg.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("remote") {
        let ok = rest.is_empty()
            || (rest.starts_with([' ', '(', ',', '/']) && rest.split_whitespace().count() <= 3);
        if ok && !lower.contains('@') {
            return Some(Span::new(start, start + seg.len()));
        }
    }
    if CITIES.contains(&lower.as_str()) {
        return Some(Span::new(start, start + seg.len()));
    }
    city_region(seg).map(|s| s.offset(start))
}

/// "San Francisco, CA", "New York, NY 10001", "Berlin, Germany", "Toronto, ON, Canada" inside
/// `seg` (relative span).
fn city_region(seg: &str) -> Option<Span> {
    let mut search = 0;
    while let Some(rel) = seg.get(search..).and_then(|s| s.find(',')) {
        let comma = search + rel;
        search = comma + 1;
        let region_start = comma + 1 + leading_ws(seg.get(comma + 1..)?);
        let Some(region_len) = region_at(seg.get(region_start..)?) else {
            continue;
        };
        let mut end = region_start + region_len;
        // ", Country" after a state: "Toronto, ON, Canada".
        if let Some(rest) = seg.get(end..).and_then(|r| r.strip_prefix(',')) {
            let ws = leading_ws(rest);
            if let Some(len) = rest.get(ws..).and_then(region_at) {
                end += 1 + ws + len;
            }
        }
        let city_start = city_start(seg.get(..comma)?)?;
        return Some(Span::new(city_start, end));
    }
    None
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Length of a region (state/province/country, code or name, with an optional ZIP) at the
/// start of `s`, when it ends there or at a separator.
fn region_at(s: &str) -> Option<usize> {
    let word_end = s
        .find(|c: char| !(c.is_alphabetic() || c == '.'))
        .unwrap_or(s.len());
    let code = s.get(..word_end)?.trim_end_matches('.');
    let mut len = None;
    if REGION_CODES.contains(&code) || COUNTRY_CODES.contains(&code) {
        len = Some(code.len());
    } else {
        let lower = s.to_ascii_lowercase();
        for name in REGION_NAMES {
            if lower.starts_with(name)
                && !lower
                    .get(name.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphabetic)
                && s.get(..1)
                    .is_some_and(|c| c.chars().all(char::is_uppercase))
            {
                len = Some(len.map_or(name.len(), |l: usize| l.max(name.len())));
            }
        }
    }
    let mut len = len?;
    // ZIP: "NY 10001", "CA 94105-1234".
    let rest = s.get(len..)?;
    let ws = leading_ws(rest);
    let digits = rest
        .get(ws..)?
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'-')
        .count();
    if ws > 0 && digits >= 5 {
        len += ws + digits;
    }
    // Must end here: "CA" in "CAD" or "Canada Goose" is not a region end.
    let after = s.get(len..)?.chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(len)
}

/// Where the city words before a comma start: one to three capitalised words (with "de",
/// "upon", "am", "la" inside) right before the comma.
fn city_start(before: &str) -> Option<usize> {
    let trimmed = before.trim_end();
    let mut start = None;
    let mut words = 0;
    let mut rest = trimmed;
    while let Some(word) = rest.rsplit(char::is_whitespace).next() {
        if word.is_empty() {
            break;
        }
        let first = word.chars().next()?;
        let glue = matches!(
            word,
            "de" | "upon" | "am" | "la" | "del" | "do" | "da" | "on"
        );
        if !(first.is_uppercase() || glue) || words >= 3 {
            break;
        }
        if !word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        {
            break;
        }
        let at = rest.len() - word.len();
        if !glue {
            start = Some(at);
        }
        words += 1;
        rest = rest.get(..at)?.trim_end();
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Option<&str> {
        location_in(s).map(|sp| sp.slice(s))
    }

    #[test]
    fn locations() {
        assert_eq!(
            loc("jane@x.com | San Francisco, CA"),
            Some("San Francisco, CA")
        );
        assert_eq!(loc("Berlin, Germany"), Some("Berlin, Germany"));
        assert_eq!(loc("Remote"), Some("Remote"));
        assert_eq!(loc("New York, NY 10001 | x"), Some("New York, NY 10001"));
        assert_eq!(loc("Toronto, ON, Canada"), Some("Toronto, ON, Canada"));
        assert_eq!(loc("Location: Berlin"), Some("Berlin"));
        assert_eq!(loc("Go, Python, Rust"), None);
        assert_eq!(loc("Remote-first company"), None);
    }

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
