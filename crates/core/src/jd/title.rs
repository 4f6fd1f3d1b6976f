//! Job titles in a line: the posting's title (markup and brackets stripped, a trailing level
//! such as "II" or "L5" split off) and the resume's title lines, read the same way.

use super::stoplist::{self, contains};
use crate::span::Span;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// Lines of a posting searched for its title.
const JD_TITLE_LINES: usize = 12;

/// The posting's title: its line, the title and the level it names ("II", "L5", "3").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdTitle {
    pub line: usize,
    pub title: String,
    pub level: Option<String>,
}

/// The posting's title line.
pub fn find_in_jd(text: &str, lines: &[Span]) -> Option<JdTitle> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.slice(text).trim().is_empty())
        .take(JD_TITLE_LINES)
        .find_map(|(i, l)| {
            extract_with_level(l.slice(text)).map(|(t, _, level)| JdTitle {
                line: i,
                title: t.to_string(),
                level: level.map(ToString::to_string),
            })
        })
}

/// [`extract_with_level`] without the level.
pub fn extract(line: &str) -> Option<(&str, usize)> {
    extract_with_level(line).map(|(t, at, _)| (t, at))
}

/// The title phrase in a line, with its byte offset in the line and a trailing level: the
/// part before a separator ("Senior Backend Engineer — Payments"), or the capitalised words
/// before a role noun ("… hiring a Senior Backend Engineer to …"). Markdown, bullets and
/// brackets around it are not part of it ("[Backend Engineer]" is "Backend Engineer"), nor is
/// a level after it ("Back End Software Engineer II").
pub fn extract_with_level(line: &str) -> Option<(&str, usize, Option<&str>)> {
    let lead = line.len() - line.trim_start().len();
    let mut t = line.trim();
    let mut offset = lead;
    // Markdown, bullet and bracket decoration.
    let undecorated = t.trim_start_matches(['#', '*', '-', '•', '>', ' ', '[', '{', '_']);
    offset += t.len() - undecorated.len();
    t = undecorated.trim_end_matches(['*', ' ', ']', '}', '_']);
    // "Job title: …"
    if let Some((label, rest)) = t.split_once(':') {
        if contains(stoplist::TITLE_LABELS, &label.trim().to_ascii_lowercase()) {
            let rest_trim = rest.trim_start().trim_start_matches(['*', '[', ' ']);
            offset += t.len() - rest_trim.len();
            t = rest_trim.trim_end_matches(['*', ']', ' ']);
        }
    }
    let cut = [
        " — ", " – ", " - ", " | ", " at ", " @ ", ",", "(", ":", " · ", "]", "[", "*",
    ]
    .iter()
    .filter_map(|sep| t.find(sep))
    .min()
    .unwrap_or(t.len());
    let head = t.get(..cut).unwrap_or(t).trim_end();
    let (head, level) = split_level(head);
    let words: Vec<&str> = head.split_whitespace().collect();
    if !words.is_empty() && words.len() <= 7 && words.last().is_some_and(|w| is_role_noun(w)) {
        return Some((head, offset, level));
    }
    // Capitalised words before the first role noun.
    let mut pos = 0;
    let mut starts: Vec<(usize, &str)> = Vec::new();
    for w in t.split_whitespace() {
        let at = t
            .get(pos..)
            .and_then(|s| s.find(w))
            .map_or(pos, |i| pos + i);
        pos = at + w.len();
        starts.push((at, w));
    }
    let noun = starts.iter().position(|(_, w)| is_role_noun(w))?;
    let mut first = noun;
    while first > 0 && noun - first < 5 {
        let Some(&(_, w)) = starts.get(first - 1) else {
            break;
        };
        if !w.chars().next().is_some_and(char::is_uppercase) || w.ends_with([',', '.', ':']) {
            break;
        }
        first -= 1;
    }
    if first == noun {
        return None;
    }
    let (start, _) = *starts.get(first)?;
    let (nstart, nw) = *starts.get(noun)?;
    let end = nstart + nw.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let level = starts
        .get(noun + 1)
        .map(|(_, w)| w.trim_end_matches([',', '.']))
        .filter(|w| is_level(w));
    Some((t.get(start..end)?, offset + start, level))
}

/// A title without its trailing level word: ("Back End Software Engineer", Some("II")).
fn split_level(head: &str) -> (&str, Option<&str>) {
    let trimmed = head.trim_end();
    if let Some((rest, last)) = trimmed.rsplit_once(' ') {
        if is_level(last) {
            // "Level 3" / "Grade 2"
            let rest = rest.trim_end();
            let rest = rest
                .strip_suffix("Level")
                .or_else(|| rest.strip_suffix("level"))
                .map_or(rest, str::trim_end);
            return (rest, Some(last));
        }
    }
    (trimmed, None)
}

/// A level word: a Roman numeral up to VI, a small number, or L/E/P + digit.
fn is_level(w: &str) -> bool {
    matches!(w, "I" | "II" | "III" | "IV" | "V" | "VI")
        || (w.len() == 1 && w.chars().all(|c| c.is_ascii_digit()))
        || (w.len() == 2
            && w.starts_with(['L', 'E', 'P'])
            && w.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
}

/// A word that ends a job title ("Engineer", "Developer").
pub fn is_role_noun(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    !w.ends_with('s') && contains(stoplist::ROLE_NOUNS, &w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_titles() {
        fn t(l: &str) -> Option<&str> {
            extract(l).map(|t| t.0)
        }
        assert_eq!(
            t("Senior Backend Engineer — Payments Platform"),
            Some("Senior Backend Engineer")
        );
        assert_eq!(
            t("# Job title: Staff Platform Engineer (Remote)"),
            Some("Staff Platform Engineer")
        );
        assert_eq!(
            t("We are hiring a Senior Backend Engineer to own payouts."),
            Some("Senior Backend Engineer")
        );
        assert_eq!(
            t("Senior Backend Engineer with 9 years on Go and Kafka services, owning SLOs."),
            Some("Senior Backend Engineer")
        );
        assert_eq!(t("Engineers here care about craft."), None);
        assert_eq!(t("About the role"), None);
        assert_eq!(t("[Backend Engineer] Payments"), Some("Backend Engineer"));
        assert_eq!(t("**[Backend Engineer]**"), Some("Backend Engineer"));
    }

    #[test]
    fn levels_are_split_off() {
        assert_eq!(
            extract_with_level("Back End Software Engineer II"),
            Some(("Back End Software Engineer", 0, Some("II")))
        );
        assert_eq!(
            extract_with_level("## Software Engineer III, Payments"),
            Some(("Software Engineer", 3, Some("III")))
        );
        assert_eq!(
            extract_with_level("Backend Engineer L5 (Remote)"),
            Some(("Backend Engineer", 0, Some("L5")))
        );
    }

    #[test]
    fn offsets_point_into_the_line() {
        let line = "  ## Title: Backend Engineer";
        let (t, at) = extract(line).unwrap();
        assert_eq!(&line[at..at + t.len()], "Backend Engineer");
    }
}
