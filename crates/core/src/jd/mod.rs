//! A job description, read as a second document beside the resume: its readable text (HTML
//! from job boards turned into lines), its parts and their roles, its title and level, and
//! its requirements (any-of groups, years, need). Read once when it is pasted; the match
//! against a resume is in `assess::matching`, its rules in `rules::matching`.

pub mod markup;
pub mod places;
pub mod requirements;
pub mod sections;
pub mod stoplist;
pub mod title;
pub mod unknown;
pub mod vocab;
pub mod wire;

pub use requirements::{JdRequirement, Key, Member};
pub use sections::{Line, Need, Role};

use crate::span::Span;
use crate::taxonomy;
use crate::text;
use alloc::string::String;
use alloc::vec::Vec;

/// A job description, read once.
#[derive(Debug, Clone, Default)]
pub struct JobDescription {
    /// The readable text every span indexes into: the pasted text, or its text when it was
    /// HTML.
    pub text: String,
    /// The paste was HTML (so `text` differs from it).
    pub html: bool,
    /// The posting's job title ("Senior Backend Engineer"), without its level.
    pub title: Option<String>,
    /// The level the title names ("II", "L5").
    pub level: Option<String>,
    /// Whether the posting separates required from preferred.
    pub split: bool,
    /// Its requirements, in order of first appearance.
    pub requirements: Vec<JdRequirement>,
}

impl JobDescription {
    /// Read a posting: its text (from HTML when it is HTML), parts, title and requirements.
    /// Its lines and their roles are used here and not kept: the match needs only the
    /// requirements (see [`wire`], which carries exactly what is kept to the engine module).
    pub fn parse(input: &str) -> Self {
        let input = clamp(input, crate::limits::MAX_INPUT_BYTES);
        let html = markup::is_html(input);
        let text = if html {
            markup::to_text(input)
        } else {
            String::from(input)
        };
        let spans = sections::units(&text, &crate::document::line_spans(&text));
        let lines = sections::read(&text, &spans);
        let title = title::find_in_jd(&text, &spans);
        let title_line = title.as_ref().map(|t| t.line);
        let tokens = text::tokenize(&text);
        let hits = taxonomy::find_terms(&text, &tokens);
        let vocab_hits = vocab::find(&text, &tokens);
        let taken: Vec<Span> = hits.iter().map(|h| h.span).collect();
        let lexicon_hits = taxonomy::lexicon::find(&text, &tokens, &taken);
        let explicit = requirements::has_explicit_parts(&lines);
        let skip_line = |i: usize| !requirements::yields_unknown(&lines, i, explicit, title_line);
        let company = company_words(&text, &spans, title_line);
        let unknown = unknown::find(&text, &tokens, &hits, &spans, &skip_line, &company);
        let requirements = requirements::build(&requirements::Found {
            text: &text,
            lines: &lines,
            title_line,
            hits: &hits,
            vocab: &vocab_hits,
            lexicon: &lexicon_hits,
            unknown: &unknown,
            company: &company,
        });
        let split = requirements.iter().any(|r| r.need != Need::Mentioned);
        let (title, level) = match title {
            Some(t) => (Some(t.title), t.level),
            None => (None, None),
        };
        JobDescription {
            text,
            html,
            title,
            level,
            split,
            requirements,
        }
    }

    /// Whether the posting asks for taxonomy term `term` (any spelling, alone or in a group).
    pub fn mentions(&self, term: u16) -> bool {
        self.member(term).is_some()
    }

    /// How the posting first spells taxonomy term `term`.
    pub fn spelling_of(&self, term: u16) -> Option<&str> {
        self.member(term).map(|m| m.written.as_str())
    }

    fn member(&self, term: u16) -> Option<&Member> {
        self.requirements
            .iter()
            .flat_map(|r| &r.members)
            .find(|m| m.key == Key::Term(term))
    }
}

/// `text` cut to at most `max` bytes on a character boundary.
fn clamp(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Words that name the hiring company ("At Ledgerly, …", "About Ledgerly", "Join Ledgerly",
/// "… Engineer at Ledgerly", "Ledgerly is an equal opportunity employer"): capitalised, but
/// not requirements. Lower-case.
fn company_words(text: &str, lines: &[Span], title_line: Option<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut take = |rest: &str| {
        if let Some(w) = rest.split_whitespace().next() {
            let w = w
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c: char| !c.is_alphanumeric());
            if w.chars().next().is_some_and(char::is_uppercase)
                && !out.iter().any(|o| o.eq_ignore_ascii_case(w))
            {
                out.push(w.to_ascii_lowercase());
            }
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let t = line
            .slice(text)
            .trim()
            .trim_start_matches(['#', '*', ' '])
            .trim();
        for prefix in ["At ", "About ", "Join ", "Why ", "Life at ", "Working at "] {
            if let Some(rest) = t.strip_prefix(prefix) {
                if !rest.starts_with(|c: char| c.is_lowercase()) {
                    take(rest);
                }
            }
        }
        for suffix in [
            " is an equal opportunity",
            " is an equal employment",
            " is proud to be",
        ] {
            if let Some(pos) = t.find(suffix) {
                let head = t.get(..pos).unwrap_or("");
                if let Some(last) = head.split_whitespace().last() {
                    take(last);
                }
            }
        }
        if Some(i) == title_line {
            for sep in [" at ", " @ "] {
                if let Some(pos) = t.find(sep) {
                    take(t.get(pos + sep.len()..).unwrap_or(""));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(jd: &JobDescription) -> Vec<(&str, Need)> {
        jd.requirements
            .iter()
            .map(|r| (r.label.as_str(), r.need))
            .collect()
    }

    #[test]
    fn any_of_groups_and_plain_requirements() {
        let jd = JobDescription::parse(
            "Backend Engineer\n\nRequirements\n- Go, Python or Java\n- PostgreSQL and Redis\n- A cloud platform (AWS, GCP or Azure)\n- GitHub Actions/GitLab CI\n- Kafka or a similar broker\n- 5+ years of Go\n\nNice to have\n- Experience with one of: Terraform, Pulumi\n",
        );
        assert_eq!(
            labels(&jd),
            [
                ("Go, Python or Java", Need::Required),
                ("PostgreSQL", Need::Required),
                ("Redis", Need::Required),
                ("cloud platform (AWS, GCP or Azure)", Need::Required),
                ("GitHub Actions or GitLab CI", Need::Required),
                ("Kafka", Need::Required),
                ("Go", Need::Required),
                ("Terraform or Pulumi", Need::Preferred),
            ]
        );
        let kafka = jd.requirements.iter().find(|r| r.label == "Kafka").unwrap();
        assert!(kafka.similar);
        let go = jd.requirements.iter().find(|r| r.label == "Go").unwrap();
        assert_eq!(go.years, Some(5));
    }

    #[test]
    fn boilerplate_yields_nothing() {
        let jd = JobDescription::parse(
            "Backend Engineer at Acme\n\nAbout Acme\nAcme runs Kafka at scale.\n\nRequirements\n- Go\n\nEligible countries\nAfghanistan, Albania, Algeria, Isle of Man\n\nBenefits\n- Docker stipend\n\nAcme is an equal opportunity employer.\n",
        );
        assert_eq!(labels(&jd), [("Go", Need::Required)]);
    }

    #[test]
    fn long_single_line_is_linear() {
        // ~1 MB on one line, full of candidates, commas and parentheses.
        let line = "Experience with Go, (Kafka), Vitess, TigerBeetle and Cadence, on Kubernetes; ";
        let text = line.repeat(1_000_000 / line.len());
        let jd = JobDescription::parse(&text);
        assert!(jd.requirements.len() >= 5);
    }

    #[test]
    fn clamp_respects_char_boundaries() {
        assert_eq!(clamp("aé", 2), "a");
    }
}
