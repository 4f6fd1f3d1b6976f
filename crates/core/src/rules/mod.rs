//! Rules: one module per rule, each a [`Rule`] value with its metadata next to its code.
//!
//! Adding a rule touches the rule's module and one line in its group's `RULES` list
//! (`bullets/mod.rs`, `keywords/mod.rs`, `format/mod.rs`, `matching.rs`). The rules reference
//! (`docs/rules.md`, `resume-analyzer --rules`) is generated from the same metadata.

pub mod bullets;
pub mod format;
pub mod keywords;
pub mod matching;

use crate::document::Document;
use crate::report::Finding;
use crate::span::Span;
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

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

/// What a rule's check function sees.
pub struct Context<'a, 't> {
    pub doc: &'a Document<'t>,
    pub jd: Option<&'a matching::JobDescription>,
    /// The keyword profile, built on first use by [`Context::profile`] and shared by every
    /// keyword rule: ten rules read it, and building it once per rule was ~15% of a two-page
    /// analysis (measured with callgrind; see BENCHMARKS.md).
    profile: core::cell::OnceCell<keywords::profile::Profile>,
}

impl<'a, 't> Context<'a, 't> {
    pub fn new(doc: &'a Document<'t>, jd: Option<&'a matching::JobDescription>) -> Self {
        Context {
            doc,
            jd,
            profile: core::cell::OnceCell::new(),
        }
    }

    /// The document's keyword profile ([`keywords::profile::build`]), computed once.
    pub fn profile(&self) -> &keywords::profile::Profile {
        self.profile
            .get_or_init(|| keywords::profile::build(self.doc))
    }
}

/// A rule: metadata plus the function that checks a document.
pub struct Rule {
    pub meta: RuleMeta,
    pub check: fn(&Context<'_, '_>, &mut Vec<Finding>),
}

/// Every rule, in report order.
pub fn registry() -> impl Iterator<Item = &'static Rule> {
    bullets::RULES
        .iter()
        .chain(keywords::RULES)
        .chain(format::RULES)
        .chain(matching::RULES)
        .copied()
}

/// Metadata of every rule.
pub fn all_meta() -> Vec<RuleMeta> {
    registry().map(|r| r.meta).collect()
}

/// Look a rule up by id.
pub fn meta(id: &str) -> Option<RuleMeta> {
    registry().find(|r| r.meta.id == id).map(|r| r.meta)
}

/// Run every rule over the document.
pub fn run_all(doc: &Document<'_>, jd: Option<&matching::JobDescription>) -> Vec<Finding> {
    let ctx = Context::new(doc, jd);
    let mut findings = Vec::new();
    for rule in registry() {
        (rule.check)(&ctx, &mut findings);
    }
    findings
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
