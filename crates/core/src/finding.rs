//! What a rule finds: a [`Finding`] (a span, a rule id, a message, a fix, the points it costs)
//! and the rule metadata it points at ([`RuleMeta`], [`Severity`], [`Category`]). Value types at
//! the bottom of the core, below the rules that make findings and the report that gathers them.

use crate::span::Span;
use alloc::string::String;
use serde::Serialize;

/// One thing the analyzer found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Rule id (`B-NO-METRIC`); its metadata is in `Report::rules`.
    pub rule: &'static str,
    pub severity: Severity,
    pub category: Category,
    pub message: String,
    /// A concrete next step.
    pub fix: String,
    /// Byte offsets into the analyzed text (`None` for whole-resume findings).
    pub span: Option<Span>,
    /// The same span in UTF-16 code units, for JavaScript strings.
    pub utf16: Option<Span>,
    /// Index into `Report::bullets` when the finding is about one bullet.
    pub bullet: Option<usize>,
    /// Points this finding costs its score part; for the whole-score findings (F-TOO-SHORT,
    /// F-TOO-LONG), the points of the overall score it cost.
    pub points: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Which part of the score a rule's findings count against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Bullets,
    Keywords,
    Formatting,
    Match,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Bullets => "bullets",
            Category::Keywords => "keywords",
            Category::Formatting => "formatting",
            Category::Match => "match",
        }
    }
}

/// A rule's metadata: what the rules reference and every finding's explanation are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleMeta {
    /// Stable id, e.g. `B-NO-METRIC`.
    pub id: &'static str,
    /// Short name ("No metric").
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// One line: what it finds.
    pub summary: &'static str,
    /// One paragraph: why it matters, in the seed's words where possible.
    pub explanation: &'static str,
    /// Seeds the rule comes from ("003", "000, 004") or "common ATS guidance".
    pub source: &'static str,
}

impl Finding {
    /// A finding of `meta` at `span`, with the rule's severity and category.
    pub fn new(meta: &RuleMeta, span: Option<Span>, message: String, fix: String) -> Finding {
        Finding {
            rule: meta.id,
            severity: meta.severity,
            category: meta.category,
            message,
            fix,
            span,
            utf16: None,
            bullet: None,
            points: 0,
        }
    }

    /// Points this finding deducts from its score part.
    pub fn points(mut self, points: u32) -> Finding {
        self.points = points;
        self
    }

    /// Tie the finding to a bullet (index into `Document::bullets`).
    pub fn on_bullet(mut self, bullet: usize) -> Finding {
        self.bullet = Some(bullet);
        self
    }

    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }
}
