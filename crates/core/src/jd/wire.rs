//! A read posting as text, so one wasm module can read a job description and another match
//! resumes against it.
//!
//! The page's engine module (crates/wasm) does not carry the posting reader (HTML to text,
//! parts and roles, title, requirements and their groups): it is a module of its own
//! (crates/wasm-posting), loaded when a posting is pasted, which reads it once with
//! [`JobDescription::parse`] and hands back [`encode`]'s text. The engine [`decode`]s that on
//! every analysis, which costs far less than reading the posting again, and matches the resume
//! against it; the report is the same as from [`crate::analyze`] with the posting's text.
//!
//! The format is private to the two modules, built from the same source: a version tag, then
//! fields in a fixed order, each number in decimal ended by `,`, each string as its byte length,
//! `:` and its bytes (so any text passes unescaped). A refusal (a posting over
//! [`crate::MAX_JD_BYTES`]) travels as a record of its own and decodes to the same error, so the
//! engine reports it where [`crate::analyze`] would: after the resume's own checks. Hand-written
//! rather than serde: a `Deserialize` for these types would cost the engine more than all of
//! this, and the engine must not grow back what the split took out.

use super::requirements::{JdRequirement, Key, Member};
use super::sections::Need;
use super::{vocab, JobDescription};
use crate::error::{AnalyzeError, ErrorKind};
use crate::span::Span;
use crate::taxonomy;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

/// The first field of a read posting; a change of format changes it.
const POSTING: &str = "P1";
/// The first field of a refusal.
const REFUSAL: &str = "R1";

/// `jd` as text for [`decode`].
pub fn encode(jd: &JobDescription) -> String {
    let mut w = Writer(String::with_capacity(
        jd.text.len() + 64 * jd.requirements.len(),
    ));
    w.str(POSTING);
    w.str(&jd.text);
    w.flag(jd.html);
    w.opt_str(jd.title.as_deref());
    w.opt_str(jd.level.as_deref());
    w.flag(jd.split);
    w.num(jd.requirements.len());
    for r in &jd.requirements {
        w.str(&r.label);
        w.num(need_code(r.need));
        w.opt_num(r.years);
        w.flag(r.similar);
        w.num(r.spans.len());
        for s in &r.spans {
            w.num(s.start);
            w.num(s.end);
        }
        w.num(r.members.len());
        for m in &r.members {
            match &m.key {
                Key::Term(id) => w.key(0, *id),
                Key::Vocab(id) => w.key(1, *id),
                Key::Lexicon(word) => w.named_key(2, word),
                Key::Unknown(word) => w.named_key(3, word),
            }
            w.str(&m.written);
            w.num(m.spellings.len());
            for s in &m.spellings {
                w.num(usize::from(*s));
            }
        }
    }
    w.0
}

/// A refused posting as text for [`decode`], which returns the same error.
pub fn encode_refusal(error: &AnalyzeError) -> String {
    let mut w = Writer(String::new());
    w.str(REFUSAL);
    w.num(kind_code(error.kind));
    w.str(&error.message);
    w.0
}

/// The posting [`encode`] wrote, or the error [`encode_refusal`] wrote. Text that is neither
/// (a different build of the other module, a caller's own string) is refused as malformed.
pub fn decode(text: &str) -> Result<JobDescription, AnalyzeError> {
    let mut r = Reader { rest: text };
    let read = match r.str() {
        Some(POSTING) => posting(&mut r),
        Some(REFUSAL) => refusal(&mut r).map(Err),
        _ => None,
    };
    match read {
        Some(result) if r.rest.is_empty() => result,
        _ => Err(AnalyzeError::new(
            ErrorKind::Malformed,
            "The job description was not read by this version of the analyzer; paste it again.",
        )),
    }
}

fn posting(r: &mut Reader<'_>) -> Option<Result<JobDescription, AnalyzeError>> {
    let text = String::from(r.str()?);
    let html = r.flag()?;
    let title = r.opt_str()?;
    let level = r.opt_str()?;
    let split = r.flag()?;
    let count = r.count()?;
    let mut requirements = Vec::with_capacity(count);
    for _ in 0..count {
        requirements.push(requirement(r, &text)?);
    }
    Some(Ok(JobDescription {
        text,
        html,
        title,
        level,
        split,
        requirements,
    }))
}

fn requirement(r: &mut Reader<'_>, text: &str) -> Option<JdRequirement> {
    let label = String::from(r.str()?);
    let need = need_of(r.num()?)?;
    let years = r.opt_num()?;
    let similar = r.flag()?;
    let spans = r.count()?;
    let mut out = JdRequirement {
        label,
        members: Vec::new(),
        need,
        years: years.map(u32::try_from).transpose().ok()?,
        similar,
        spans: Vec::with_capacity(spans),
    };
    for _ in 0..spans {
        let span = Span::new(r.num()?, r.num()?);
        // Spans index the posting's text: one that does not is not this format.
        text.get(span.start..span.end)?;
        out.spans.push(span);
    }
    let members = r.count()?;
    for _ in 0..members {
        let key = match r.num()? {
            0 => Key::Term(term_id(r.num()?)?),
            1 => Key::Vocab(vocab_id(r.num()?)?),
            2 => Key::Lexicon(String::from(r.str()?)),
            3 => Key::Unknown(String::from(r.str()?)),
            _ => return None,
        };
        let written = String::from(r.str()?);
        let n = r.count()?;
        let mut spellings = Vec::with_capacity(n);
        for _ in 0..n {
            spellings.push(u8::try_from(r.num()?).ok()?);
        }
        out.members.push(Member {
            key,
            written,
            spellings,
        });
    }
    Some(out)
}

fn refusal(r: &mut Reader<'_>) -> Option<AnalyzeError> {
    let kind = kind_of(r.num()?)?;
    Some(AnalyzeError::new(kind, r.str()?))
}

fn term_id(n: usize) -> Option<u16> {
    u16::try_from(n).ok().filter(|_| n < taxonomy::TERM_COUNT)
}

fn vocab_id(n: usize) -> Option<u16> {
    u16::try_from(n)
        .ok()
        .filter(|&id| vocab::entry(id).is_some())
}

fn need_code(need: Need) -> usize {
    match need {
        Need::Required => 0,
        Need::Preferred => 1,
        Need::Mentioned => 2,
    }
}

fn need_of(code: usize) -> Option<Need> {
    [Need::Required, Need::Preferred, Need::Mentioned]
        .get(code)
        .copied()
}

const KINDS: [ErrorKind; 4] = [
    ErrorKind::Empty,
    ErrorKind::TooLarge,
    ErrorKind::Binary,
    ErrorKind::Malformed,
];

fn kind_code(kind: ErrorKind) -> usize {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}

fn kind_of(code: usize) -> Option<ErrorKind> {
    KINDS.get(code).copied()
}

struct Writer(String);

impl Writer {
    fn num(&mut self, n: usize) {
        let _ = write!(self.0, "{n},");
    }

    fn str(&mut self, s: &str) {
        let _ = write!(self.0, "{}:", s.len());
        self.0.push_str(s);
    }

    fn flag(&mut self, b: bool) {
        self.num(usize::from(b));
    }

    fn opt_num(&mut self, n: Option<u32>) {
        match n {
            // usize is at least 32 bits on every target this builds for.
            Some(n) => self.num(n as usize + 1),
            None => self.num(0),
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }

    fn key(&mut self, tag: usize, id: u16) {
        self.num(tag);
        self.num(usize::from(id));
    }

    fn named_key(&mut self, tag: usize, word: &str) {
        self.num(tag);
        self.str(word);
    }
}

struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    /// Decimal digits up to `end`.
    fn digits(&mut self, end: char) -> Option<usize> {
        let (digits, rest) = self.rest.split_once(end)?;
        if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.rest = rest;
        digits.parse().ok()
    }

    fn num(&mut self) -> Option<usize> {
        self.digits(',')
    }

    /// A count of items to read: each takes at least two bytes, so a count past the rest is
    /// not this format (and cannot make `with_capacity` allocate for nothing).
    fn count(&mut self) -> Option<usize> {
        self.num().filter(|&n| n <= self.rest.len())
    }

    fn flag(&mut self) -> Option<bool> {
        match self.num()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn opt_num(&mut self) -> Option<Option<usize>> {
        Some(self.num()?.checked_sub(1))
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.digits(':')?;
        let s = self.rest.get(..len)?;
        self.rest = self.rest.get(len..)?;
        Some(s)
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        if self.flag()? {
            Some(Some(String::from(self.str()?)))
        } else {
            Some(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::vec;

    const POSTING_TEXT: &str = "Senior Backend Engineer II\n\nRequirements\n- 5+ years of Golang, Python or Java\n- PostgreSQL and Redis\n- Kafka or a similar broker\n- Zab (our in-house queue)\n- Solr\n\nNice to have\n- Terraform\n- Fintech experience\n";

    fn fields(
        jd: &JobDescription,
    ) -> (
        &str,
        bool,
        Option<&str>,
        Option<&str>,
        bool,
        &[JdRequirement],
    ) {
        (
            &jd.text,
            jd.html,
            jd.title.as_deref(),
            jd.level.as_deref(),
            jd.split,
            &jd.requirements,
        )
    }

    #[test]
    fn a_posting_comes_back_field_for_field() {
        for text in [
            POSTING_TEXT,
            "<ul><li>Go &amp; Kubernetes</li><li>gRPC: a plus</li></ul>",
            "",
            "Engineer\nüñí 5+ years of Rust; 10: 20, 3,",
        ] {
            let jd = JobDescription::parse(text);
            let back = decode(&encode(&jd)).unwrap();
            assert_eq!(fields(&back), fields(&jd), "{text}");
        }
        let jd = JobDescription::parse(POSTING_TEXT);
        let keys: Vec<&Key> = jd
            .requirements
            .iter()
            .flat_map(|r| r.members.iter().map(|m| &m.key))
            .collect();
        // The test covers every kind of key, years and "or similar".
        assert!(keys.iter().any(|k| matches!(k, Key::Term(_))));
        assert!(jd.requirements.iter().any(|r| r.years == Some(5)));
        assert!(jd.requirements.iter().any(|r| r.similar));
        assert!(jd.title.is_some() && jd.level.is_some());
    }

    #[test]
    fn a_refusal_comes_back_as_the_same_error() {
        let error = AnalyzeError::new(ErrorKind::TooLarge, "The job description is 200 KB: 1, 2:3");
        assert_eq!(decode(&encode_refusal(&error)).err(), Some(error));
    }

    #[test]
    fn other_text_is_refused_not_misread() {
        let good = encode(&JobDescription::parse(POSTING_TEXT));
        let mut bad = vec![
            String::new(),
            String::from("P2"),
            String::from("2:P1"),
            String::from("2:P1999999999999999999999:"),
            format!("{good}1,"),
            String::from("2:R19,3:abc"),
        ];
        // Every cut of a good record is malformed, never a panic or a shorter posting.
        for end in 0..good.len() {
            if let Some(cut) = good.get(..end) {
                bad.push(String::from(cut));
            }
        }
        for text in bad {
            let e = decode(&text).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Malformed, "{text}");
        }
    }
}
