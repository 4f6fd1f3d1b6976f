//! The document model: what a resume *is*, read once from the text.
//!
//! Rules read this model; they never re-parse the text. Every part carries byte spans into
//! `Document::text` (the analyzed text, which for LaTeX/JSON Resume is the reader's plain-text
//! rendering; see [`crate::input`]).

mod bullets;
mod classify;
mod contact;
mod facts;
mod roles;
mod sections;
mod spelling;

pub use bullets::{Bullet, PROSE_MARKER};
pub use classify::NotWork;
pub use contact::Contact;
pub use facts::profile_wording;
pub use facts::{
    BeforeAfter, BulletFacts, Metric, MetricClass, MetricKind, OpeningVerb, PhraseHit, WordingHit,
    Xyz,
};
pub use roles::{title_level, Role, NOW_FLOOR};
pub use sections::{Heading, HeadingStyle, Section};
pub use spelling::Misspelling;

use crate::date::YearMonth;
use crate::input::Source;
use crate::layout::LayoutFacts;
use crate::options::{Level, Options};
use crate::section_kind::SectionKind;
use crate::span::Span;
use crate::taxonomy::{self, TermHit};
use crate::text::Token;
use alloc::vec::Vec;

/// A resume, read.
#[derive(Debug)]
pub struct Document<'t> {
    /// The analyzed text. All spans index into it.
    pub text: &'t str,
    /// Every line (span without the line break), in order.
    pub lines: Vec<Span>,
    /// Every token of the text, in order (see [`crate::text`]).
    pub tokens: Vec<Token>,
    /// The text ASCII-lowercased: same length and byte offsets as `text`, so a token's lower
    /// case is its span of this, read without a copy (the phrase tables are lower case).
    pub lower: alloc::string::String,
    pub sections: Vec<Section>,
    pub bullets: Vec<Bullet>,
    /// Hedges and self-praise in the header, summary, objective and skills lines
    /// ([`profile_wording`]), found once for the rules that judge them.
    pub wording: Vec<WordingHit>,
    pub contact: Contact,
    pub roles: Vec<Role>,
    /// Every taxonomy term found anywhere in the text, in text order.
    pub terms: Vec<TermHit>,
    /// Misspelled technology names anywhere in the text ("Postgress"), in text order.
    pub misspellings: Vec<Misspelling>,
    /// Months of professional experience: from the dated roles of Experience sections only
    /// (never Education or Projects), overlapping roles merged.
    pub experience_months: u32,
    /// The level rules judge against: the caller's, or the inferred one.
    pub level: Level,
    /// Whether `level` was inferred (the report says so).
    pub level_inferred: bool,
    /// Why the level is what it is ("senior: latest title 'Senior Backend Engineer', 7.5 years
    /// of work"; "set by you").
    pub level_reason: alloc::string::String,
    pub layout: LayoutFacts,
    /// Year/month "now" for recency and "Present": the latest date a role mentions, or
    /// [`NOW_FLOOR`] when that is later, so the analysis stays deterministic and needs no clock
    /// (there is none in `no_std`).
    pub today: YearMonth,
}

impl<'t> Document<'t> {
    /// Read `source` into the model.
    pub fn build(source: &'t Source, options: &Options, layout: &LayoutFacts) -> Self {
        let text = source.text.as_str();
        let lines = line_spans(text);
        let tokens = crate::text::tokenize(text);
        let sections = sections::find(text, &lines, &source.headings);
        let mut bullets = bullets::find(text, &lines, &sections);
        classify::classify_all(text, &mut bullets, &sections);
        let prose = classify::prose_bullets(text, &lines, &sections, &bullets);
        if !prose.is_empty() {
            bullets.extend(prose);
            crate::sort::sort_by_key(&mut bullets, |b| b.span.start);
        }
        let contact = contact::find(text, &lines, &sections);
        let roles = roles::find(text, &lines, &sections, &bullets);
        // The caller's "today" (the CLI's clock, the browser's Date) when given, never earlier
        // than the latest date a role mentions; otherwise the deterministic fallback.
        let latest = roles::latest_date(&roles);
        let today = options
            .today
            .filter(|t| t.month <= 12)
            .map_or(latest, |t| t.max(latest));
        bullets::assign_roles(&mut bullets, &roles, &roles::recency_order(&roles, today));
        let mut terms = taxonomy::find_terms(text, &tokens);
        // "GO, PYTHON, KAFKA": a Skills list in capitals names its terms.
        let skills: Vec<Span> = sections
            .iter()
            .filter(|s| s.kind == SectionKind::Skills)
            .map(|s| s.span)
            .collect();
        taxonomy::add_capitalised(text, &tokens, &skills, &mut terms);
        let experience_months = roles::experience_months(&roles, text, today);
        let (level, level_inferred, level_reason) = match options.level {
            Some(level) => (
                level,
                false,
                alloc::format!("{}: set by you", level.as_str()),
            ),
            None => {
                let (level, reason) = roles::infer_level(experience_months, &roles, text);
                (level, true, reason)
            }
        };
        let mut layout = layout.clone();
        layout.merge(&source.layout);
        let mut doc = Document {
            text,
            lines,
            tokens,
            lower: text.to_ascii_lowercase(),
            sections,
            bullets,
            wording: Vec::new(),
            contact,
            roles,
            terms,
            misspellings: Vec::new(),
            experience_months,
            level,
            level_inferred,
            level_reason,
            layout,
            today,
        };
        doc.misspellings = spelling::find(doc.text, &doc.lower, &doc.tokens);
        facts::compute(&mut doc);
        doc
    }

    /// The section containing byte offset `at`.
    pub fn section_at(&self, at: usize) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
    }

    /// Sections of a kind, in order.
    pub fn sections_of(&self, kind: SectionKind) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.kind == kind)
    }

    /// Taxonomy hits inside `span`.
    pub fn terms_in(&self, span: Span) -> impl Iterator<Item = &TermHit> {
        let from = self.terms.partition_point(|h| h.span.start < span.start);
        self.terms
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |h| h.span.end <= span.end)
    }

    /// Tokens inside `span`.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        self.tokens.get(from..to.max(from)).unwrap_or(&[])
    }

    /// Pages: the file's own count when known, else the words at ~550 a page. Lines are a
    /// poor measure: blank lines, front matter and short skills lines made 254–556-word resumes
    /// "2 pages".
    pub fn estimated_pages(&self) -> u32 {
        if let Some(pages) = self.layout.pages {
            return pages;
        }
        let words = crate::text::word_count(&self.tokens);
        let per_page = crate::phrases::format::WORDS_PER_PAGE;
        u32::try_from(words.div_ceil(per_page).max(1)).unwrap_or(u32::MAX)
    }

    /// Bullets in the Experience sections (the ones the seeds' bullet advice is about),
    /// falling back to all bullets when the resume has no Experience heading.
    pub fn experience_bullets(&self) -> impl Iterator<Item = &Bullet> {
        let has_experience = self
            .bullets
            .iter()
            .any(|b| b.section_kind == SectionKind::Experience);
        self.bullets.iter().filter(move |b| {
            !has_experience
                || matches!(
                    b.section_kind,
                    SectionKind::Experience | SectionKind::Projects
                )
        })
    }
}

/// Line spans (without `\n` / `\r\n`).
pub fn line_spans(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes().get(i - 1) == Some(&b'\r') {
                i - 1
            } else {
                i
            };
            lines.push(Span::new(start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        lines.push(Span::new(start, text.len()));
    }
    lines
}
