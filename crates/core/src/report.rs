//! The report: a plain serde structure, the same JSON from the CLI and from WASM.
//!
//! Deterministic: only ordered collections, integer scores, no clock, no hash-map iteration, so
//! the same input and options give byte-identical JSON. Versioned by [`SCHEMA`].

use crate::analysis::Analysis;
use crate::assess::bullets::{BulletAssessment, BulletParts, Grade};
use crate::assess::keywords::KeywordSummary;
use crate::assess::matching::MatchReport;
use crate::document::Document;
use crate::finding::{Category, Finding, RuleMeta};
use crate::input::Source;
use crate::jd::JobDescription;
use crate::options::{InputFormat, Level};
use crate::rules;
use crate::section_kind::SectionKind;
use crate::span::{Span, Utf16Index};
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// Report schema version. Bump on any breaking change to the JSON shape.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema: u32,
    /// Analyzer version (the core crate's).
    pub analyzer: &'static str,
    pub input: InputSummary,
    pub score: Score,
    /// Every finding, ordered by position (whole-resume findings last), then rule id.
    pub findings: Vec<Finding>,
    /// One item per rule that fired, ordered by the overall points fixing it gives back
    /// (descending), then rule id.
    pub groups: Vec<crate::summary::FindingGroup>,
    /// Indices into `groups` of the fixes worth the most (at most 10, only groups worth
    /// points), best first.
    pub top_fixes: Vec<usize>,
    pub bullets: Vec<BulletReport>,
    pub sections: Vec<SectionReport>,
    pub contact: ContactReport,
    pub keywords: KeywordSummary,
    #[serde(rename = "match")]
    pub job_match: Option<MatchReport>,
    /// Metadata of every rule that produced a finding, ordered by id.
    pub rules: Vec<RuleMeta>,
    /// The analyzed plain text when it differs from the input (LaTeX, JSON Resume, files):
    /// what an ATS would read, and what spans index into.
    pub text: Option<String>,
    /// What a file reader learned about layout (DOCX/PDF/LaTeX); defaults for plain text.
    pub layout: crate::layout::LayoutFacts,
    /// The "ATS view": where a parser's reading order was guessed or text was lost, and notes
    /// on what it would drop.
    pub ats: AtsView,
}

impl Report {
    /// The report without what only some views read: the fired rules' metadata (the same text
    /// in every report; `rules::all_meta` has it all) and each bullet's XYZ parts (the bullet
    /// workbench asks for them when it opens). The page redraws everything else on every
    /// keystroke, and these were a third of the bytes it wrote, decoded and parsed (two-page
    /// report 65 → 42 KB). `rules` stays in the schema as an empty list, `parts` as null.
    pub fn without_details(mut self) -> Report {
        self.rules.clear();
        for bullet in &mut self.bullets {
            bullet.parts = None;
        }
        self
    }
}

/// Marks for the ATS view of the analyzed text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AtsView {
    /// Places where columns were interleaved or reading order had to be guessed.
    pub breaks: Vec<AtsBreak>,
    /// One line each: what an ATS would drop or mangle (header text, text boxes, no text layer).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AtsBreak {
    pub span: Span,
    pub utf16: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InputSummary {
    pub format: InputFormat,
    pub bytes: usize,
    pub lines: usize,
    pub words: usize,
    pub level: Level,
    pub level_inferred: bool,
    /// Why the level is what it is: the latest title and the years of work it was read from.
    pub level_reason: String,
    pub experience_months: u32,
    /// Estimated pages (from the file when known, otherwise from the line count).
    pub pages: u32,
}

/// Score 0–100 and its parts. Every point lost traces to a finding's `points`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    pub overall: u32,
    pub parts: Vec<ScorePart>,
    /// The band `overall` falls in.
    pub band: ScoreBand,
    /// Every band, ascending.
    pub bands: Vec<ScoreBand>,
}

/// A range of overall scores and what a resume in it looks like to a hiring manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoreBand {
    /// `weak`, `fair`, `good` or `strong`.
    pub id: &'static str,
    pub min: u32,
    pub max: u32,
    pub label: String,
    /// One sentence: what a resume in this band looks like to a hiring manager.
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScorePart {
    pub category: Category,
    pub score: u32,
    /// Weight of this part in `overall`, in percent.
    pub weight: u32,
    /// Points this part lost (100 − score): its findings' points, through each bullet's score
    /// for the bullets part.
    pub lost: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BulletReport {
    pub span: Span,
    pub utf16: Span,
    pub section: SectionKind,
    /// Whether the bullet rules judge it (experience and project bullets); only judged
    /// bullets count toward the bullets part of the score.
    pub judged: bool,
    pub score: u32,
    /// A–D for a judged bullet (and for a line under a role that stands where an achievement
    /// should, B-NO-ACTION's); `null` for a line that is not an achievement bullet and has
    /// nothing wrong (a skills or stack line, a certification, Education): not graded at all.
    pub grade: Option<Grade>,
    /// Rule ids of this bullet's findings.
    pub rules: Vec<&'static str>,
    /// Strong signals found (before→after pair, percentile latency, …).
    pub signals: Vec<&'static str>,
    /// A rewrite hint built from the bullet's own verb and technologies (weak bullets).
    pub hint: Option<String>,
    /// The XYZ parts with their spans, every figure's class, and what is missing (judged
    /// bullets).
    pub parts: Option<BulletParts>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionReport {
    pub kind: SectionKind,
    pub title: Option<String>,
    pub span: Span,
    pub utf16: Span,
    pub creative: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactReport {
    pub email: bool,
    pub phone: bool,
    pub linkedin: bool,
    pub github: bool,
    pub location: bool,
}

/// Assemble the report from the document and what the analysis found: UTF-16 offsets, the
/// bullets with their assessments, the score and the groups of findings.
pub fn build(
    doc: &Document<'_>,
    source: &Source,
    analysis: Analysis,
    jd: Option<&JobDescription>,
) -> Report {
    let Analysis {
        mut findings,
        bullets,
        keywords,
        job_match,
    } = analysis;
    let utf16 = Utf16Index::new(doc.text);
    for f in &mut findings {
        f.utf16 = f.span.map(|s| utf16.span(s));
    }
    let bullets = bullet_reports(doc, &findings, bullets, &utf16);
    // Findings point at report bullets by index; bullets keep document order, so the document
    // index is the report index.
    let job_match = job_match.zip(jd).map(|(m, jd)| with_utf16(m, jd, &utf16));
    let tally = Tally::new(&findings, &bullets, job_match.is_some());
    let score = tally.score();
    // A whole-score finding (too short, far too long) carried the percent it removes; it now
    // carries the overall points that cost.
    for f in findings
        .iter_mut()
        .filter(|f| rules::format::scales_whole_score(f.rule))
    {
        f.points = tally.unscaled_overall().saturating_sub(score.overall);
    }
    let fired = crate::summary::fired(&findings);
    let groups = crate::summary::groups(&findings, &fired, |indices| {
        tally.recoverable(&findings, indices)
    });
    let top_fixes = crate::summary::top_fixes(&groups);
    Report {
        schema: SCHEMA,
        analyzer: env!("CARGO_PKG_VERSION"),
        input: InputSummary {
            format: source.format,
            bytes: doc.text.len(),
            lines: doc.lines.len(),
            words: crate::text::word_count(&doc.tokens),
            level: doc.level,
            level_inferred: doc.level_inferred,
            level_reason: doc.level_reason.clone(),
            experience_months: doc.experience_months,
            pages: doc.estimated_pages(),
        },
        score,
        findings,
        groups,
        top_fixes,
        bullets,
        sections: doc
            .sections
            .iter()
            .map(|s| SectionReport {
                kind: s.kind,
                title: s
                    .heading
                    .as_ref()
                    .map(|h| String::from(h.title.slice(doc.text))),
                span: s.span,
                utf16: utf16.span(s.span),
                creative: s.heading.as_ref().is_some_and(|h| h.creative),
            })
            .collect(),
        contact: ContactReport {
            email: doc.contact.email.is_some(),
            phone: doc.contact.phone.is_some(),
            linkedin: doc.contact.linkedin.is_some(),
            github: doc.contact.github.is_some(),
            location: doc.contact.location.is_some(),
        },
        keywords,
        job_match,
        rules: fired.into_iter().filter_map(rules::meta).collect(),
        text: (source.format != InputFormat::Text
            || doc.layout.origin.as_deref().is_some_and(|o| o != "text"))
        .then(|| source.text.clone()),
        layout: doc.layout.clone(),
        ats: ats_view(doc, &utf16),
    }
}

/// The match report with its UTF-16 offsets: requirements' spans into the posting's text,
/// their resume uses into the resume's.
fn with_utf16(mut m: MatchReport, jd: &JobDescription, utf16: &Utf16Index) -> MatchReport {
    let posting = Utf16Index::new(&jd.text);
    for r in &mut m.requirements {
        r.utf16 = r.spans.iter().map(|s| posting.span(*s)).collect();
        if let Some(at) = &mut r.resume_at {
            at.utf16 = utf16.span(at.span);
        }
    }
    m
}

/// The ATS view's marks and notes, from the layout facts.
fn ats_view(doc: &Document<'_>, utf16: &Utf16Index) -> AtsView {
    let layout = &doc.layout;
    let mut notes = Vec::new();
    if layout.no_text_layer {
        notes.push(String::from(
            "No text layer: an ATS reads nothing from this file (scanned or image-only).",
        ));
    }
    for evidence in &layout.column_evidence {
        notes.push(alloc::format!(
            "Columns ({evidence}): an ATS reads across them line by line, interleaving text."
        ));
    }
    if layout.body_in_table || layout.tables > 0 {
        notes.push(alloc::format!(
            "{} table(s){}: many ATS parsers flatten or skip table cells.",
            layout.tables,
            if layout.body_in_table {
                ", the body laid out in a table"
            } else {
                ""
            }
        ));
    }
    if layout.text_boxes > 0 {
        notes.push(alloc::format!(
            "{} text box(es): often skipped by ATS parsers.",
            layout.text_boxes
        ));
    }
    if layout.images > 0 {
        notes.push(alloc::format!(
            "{} image(s): invisible to an ATS (skill bars or icons drawn as images are lost).",
            layout.images
        ));
    }
    for text in &layout.header_footer_text {
        let short: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        notes.push(alloc::format!(
            "Page header/footer text (many ATS parsers drop it): {short}"
        ));
    }
    let mut breaks: Vec<AtsBreak> = layout
        .reading_order_breaks
        .iter()
        .filter(|s| s.end <= doc.text.len() && s.start <= s.end)
        .map(|&span| AtsBreak {
            span,
            utf16: utf16.span(span),
        })
        .collect();
    crate::sort::sort_by_key(&mut breaks, |b| (b.span.start, b.span.end));
    AtsView { breaks, notes }
}

fn bullet_reports(
    doc: &Document<'_>,
    findings: &[Finding],
    assessments: Vec<BulletAssessment>,
    utf16: &Utf16Index,
) -> Vec<BulletReport> {
    // The rule ids of each bullet's findings, grouped once (linear, not bullets × findings).
    let mut rules_of: Vec<Vec<&'static str>> = doc.bullets.iter().map(|_| Vec::new()).collect();
    for f in findings {
        if let Some(rules) = f.bullet.and_then(|i| rules_of.get_mut(i)) {
            rules.push(f.rule);
        }
    }
    doc.bullets
        .iter()
        .zip(assessments)
        .zip(rules_of)
        .map(|((b, assessment), rules)| {
            let BulletAssessment {
                score,
                grade,
                signals,
                hint,
                parts,
            } = assessment;
            BulletReport {
                span: b.span,
                utf16: utf16.span(b.span),
                section: b.section_kind,
                judged: b.facts.judged,
                score,
                grade,
                rules,
                signals,
                hint,
                parts: parts.map(|p| p.with_utf16(utf16)),
            }
        })
        .collect()
}

/// Weights of the parts, in percent: without and with a job description. The bullets are half
/// the score: they are what a hiring manager reads for (results, scale, named systems, backend
/// work); the keywords are what a search finds; formatting hazards cost what a parser loses.
/// Measured on the real-world corpus (`tests/tests/score.rs`): 40/30/30 orders it less like
/// the expert does (Spearman 0.81 against 0.84).
const WEIGHTS: [(Category, u32, u32); 4] = [
    (Category::Bullets, 50, 35),
    (Category::Keywords, 30, 25),
    (Category::Formatting, 20, 15),
    (Category::Match, 0, 25),
];

/// The score bands, ascending: id, lowest score, label, meaning. Each band ends where the
/// next begins. Derived from what the real-world corpus's resumes score
/// (`tests/tests/score.rs` prints it): its weak resumes score 19–38 (median 27), its typical
/// ones median 62, its strong ones median 69 and up to 85. "Fair" starts halfway between the
/// weak and typical medians, "Good" halfway between the typical and strong medians, "Strong"
/// at the strong resumes' upper quartile.
const BANDS: [(&str, u32, &str, &str); 4] = [
    (
        "weak",
        0,
        "Weak",
        "Reads as a weak backend resume: duties instead of results, little a search can \
         match, or too little text to judge.",
    ),
    (
        "fair",
        45,
        "Fair",
        "Reads as a typical backend resume: the work is there, but few results are measured, \
         or much of it reads as other work or could not be read.",
    ),
    (
        "good",
        66,
        "Good",
        "Reads as a solid backend resume: named systems and several measured results; it \
         passes a screen, and a hiring manager will look for more numbers.",
    ),
    (
        "strong",
        78,
        "Strong",
        "Reads as a strong backend resume: five or more measured results on named backend \
         systems, and nothing gets in a parser's way.",
    ),
];

/// Every score band, ascending.
pub fn bands() -> Vec<ScoreBand> {
    BANDS
        .iter()
        .enumerate()
        .map(|(i, &(id, min, label, meaning))| ScoreBand {
            id,
            min,
            max: BANDS
                .get(i + 1)
                .map_or(100, |&(_, next, _, _)| next.saturating_sub(1)),
            label: String::from(label),
            meaning: String::from(meaning),
        })
        .collect()
}

/// The band `overall` falls in.
pub fn band(overall: u32) -> ScoreBand {
    let all = bands();
    let at = all.iter().rposition(|b| overall >= b.min).unwrap_or(0);
    all.into_iter().nth(at).unwrap_or_else(|| ScoreBand {
        id: "weak",
        min: 0,
        max: 100,
        label: String::from("Weak"),
        meaning: String::new(),
    })
}

/// What the score is made of, kept so that the points a fix gives back can be priced: the
/// parts' weights, the points each part lost, and each bullet's lost points.
struct Tally {
    /// (category, weight) of every part that counts.
    weights: Vec<(Category, u32)>,
    /// Points of each category's findings, uncapped; for bullets, only the whole-resume ones
    /// (findings on a bullet cost that bullet's score instead).
    lost: [u32; 4],
    /// Each report bullet's score and the points its findings cost, for judged bullets.
    judged: Vec<(usize, u32, u32)>,
    /// Percent of the weighted score kept after the whole-score findings (too short, far too
    /// long): 100 when there are none.
    kept: u32,
}

fn category_index(category: Category) -> usize {
    match category {
        Category::Bullets => 0,
        Category::Keywords => 1,
        Category::Formatting => 2,
        Category::Match => 3,
    }
}

impl Tally {
    fn new(findings: &[Finding], bullets: &[BulletReport], with_jd: bool) -> Tally {
        let weights = WEIGHTS
            .iter()
            .map(|&(c, plain, jd)| (c, if with_jd { jd } else { plain }))
            .filter(|&(_, w)| w > 0)
            .collect();
        let mut lost = [0u32; 4];
        let mut bullet_lost: Vec<u32> = bullets.iter().map(|_| 0).collect();
        let mut kept = 100u32;
        for f in findings {
            if rules::format::scales_whole_score(f.rule) {
                kept = kept * 100u32.saturating_sub(f.points.min(100)) / 100;
                continue;
            }
            match f.bullet {
                Some(b) if f.category == Category::Bullets => {
                    if let Some(l) = bullet_lost.get_mut(b) {
                        *l = l.saturating_add(f.points);
                    }
                }
                _ => {
                    if let Some(l) = lost.get_mut(category_index(f.category)) {
                        *l = l.saturating_add(f.points);
                    }
                }
            }
        }
        let judged = bullets
            .iter()
            .zip(bullet_lost)
            .enumerate()
            .filter(|(_, (b, _))| b.judged)
            .map(|(i, (b, l))| (i, b.score, l))
            .collect();
        Tally {
            weights,
            lost,
            judged,
            kept,
        }
    }

    fn lost(&self, category: Category) -> u32 {
        self.lost
            .get(category_index(category))
            .copied()
            .unwrap_or(0)
    }

    /// A part's score given the sum of its judged bullets' scores and its whole-resume points.
    fn part(&self, category: Category, bullet_sum: u32, lost: u32) -> u32 {
        match category {
            // Bullet findings cost their own bullet's score; the part is the mean bullet score
            // less the whole-resume bullet findings (e.g. a repeated opening verb).
            Category::Bullets if !self.judged.is_empty() => {
                (bullet_sum / len_u32(self.judged.len())).saturating_sub(lost)
            }
            _ => 100u32.saturating_sub(lost),
        }
    }

    fn bullet_sum(&self) -> u32 {
        self.judged.iter().map(|&(_, score, _)| score).sum()
    }

    fn parts(&self) -> Vec<ScorePart> {
        let bullet_sum = self.bullet_sum();
        self.weights
            .iter()
            .map(|&(category, weight)| {
                let score = self.part(category, bullet_sum, self.lost(category));
                ScorePart {
                    category,
                    score,
                    weight,
                    lost: 100 - score.min(100),
                }
            })
            .collect()
    }

    fn score(&self) -> Score {
        let parts = self.parts();
        let overall = overall(&parts, self.kept);
        Score {
            overall,
            parts,
            band: band(overall),
            bands: bands(),
        }
    }

    /// Overall points given back by fixing the findings at `indices` (one rule's, so one
    /// category): the part is recomputed without them, and the overall with that part.
    /// The overall score before the whole-score findings scale it.
    fn unscaled_overall(&self) -> u32 {
        overall(&self.parts(), 100)
    }

    fn recoverable(&self, findings: &[Finding], indices: &[usize]) -> u32 {
        let Some(first) = indices.first().and_then(|&i| findings.get(i)) else {
            return 0;
        };
        if rules::format::scales_whole_score(first.rule) {
            return first.points;
        }
        let category = first.category;
        let mut whole = 0u32;
        let mut on_bullet: Vec<(usize, u32)> = Vec::new();
        for f in indices.iter().filter_map(|&i| findings.get(i)) {
            match f.bullet {
                Some(b) if f.category == Category::Bullets => on_bullet.push((b, f.points)),
                _ => whole = whole.saturating_add(f.points),
            }
        }
        let mut bullet_sum = self.bullet_sum();
        if !on_bullet.is_empty() {
            crate::sort::sort(&mut on_bullet);
            // Both lists are in bullet order: one merge pass.
            let mut freed = on_bullet.iter().peekable();
            for &(b, score, lost) in &self.judged {
                let mut back = 0u32;
                while let Some(&&(fb, points)) = freed.peek() {
                    if fb > b {
                        break;
                    }
                    if fb == b {
                        back = back.saturating_add(points);
                    }
                    freed.next();
                }
                let after = 100u32.saturating_sub(lost.saturating_sub(back));
                bullet_sum = bullet_sum.saturating_add(after.saturating_sub(score));
            }
        }
        let fixed = self.part(
            category,
            bullet_sum,
            self.lost(category).saturating_sub(whole),
        );
        let mut parts = self.parts();
        for p in parts.iter_mut().filter(|p| p.category == category) {
            p.score = fixed;
        }
        overall(&parts, self.kept).saturating_sub(overall(&self.parts(), self.kept))
    }
}

/// The overall score: the parts' weighted mean, times the percent `kept` after the
/// whole-score findings, rounded.
fn overall(parts: &[ScorePart], kept: u32) -> u32 {
    let total = parts.iter().map(|p| p.weight).sum::<u32>().max(1) * 100;
    let weighted: u32 = parts.iter().map(|p| p.score * p.weight).sum::<u32>() * kept.min(100);
    (weighted + total / 2) / total
}

fn len_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX).max(1)
}
