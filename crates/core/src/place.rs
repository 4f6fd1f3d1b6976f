//! Where a line names a place: "City, ST[ ZIP]", "City, Country", "Remote", a well-known tech
//! city. A value-level helper at the bottom of the core, shared by the contact block (the
//! candidate's location in the header) and the LaTeX reader (a template's place argument is not
//! a title).

use crate::span::Span;

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

/// The location in one line, relative to it: the first `|`/`•`/`·`-separated segment that is
/// "City, ST[ ZIP]", "City, Country", "City, ST, Country", "Remote[ (…)]" or a known city.
pub fn location_in(line: &str) -> Option<Span> {
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
}
