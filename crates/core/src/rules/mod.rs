//! Rules: one module per rule, each a [`Rule`] value with its metadata next to its code.
//!
//! Adding a rule touches the rule's module and one line in its group's `RULES` list
//! (`bullets/mod.rs`, `keywords/mod.rs`, `format/mod.rs`, `matching/mod.rs`). The rules reference
//! (`docs/rules.md`, `resume-analyzer --rules`) is generated from the same metadata.

pub mod bullets;
pub mod format;
pub mod keywords;
pub mod matching;

use crate::assess::keywords::profile::{self, Profile};
use crate::assess::matching::MatchReport;
use crate::document::Document;
use crate::finding::{Finding, RuleMeta};
use crate::jd::JobDescription;
use alloc::vec::Vec;
use core::cell::OnceCell;

/// What a rule's check function sees: the document, the posting, and the assessments the rules
/// share, each computed on first use and kept for the report ([`crate::analysis`]).
pub struct Context<'a, 't> {
    pub doc: &'a Document<'t>,
    pub jd: Option<&'a JobDescription>,
    /// The keyword profile, built on first use by [`Context::profile`] and shared by every
    /// keyword rule: ten rules read it, and building it once per rule was ~15% of a two-page
    /// analysis (measured with callgrind; see BENCHMARKS.md).
    profile: OnceCell<Profile>,
    /// The match against `jd`, built on first use by [`Context::job_match`]: four J- rules and
    /// the report read it.
    job_match: OnceCell<MatchReport>,
}

impl<'a, 't> Context<'a, 't> {
    pub fn new(doc: &'a Document<'t>, jd: Option<&'a JobDescription>) -> Self {
        Context {
            doc,
            jd,
            profile: OnceCell::new(),
            job_match: OnceCell::new(),
        }
    }

    /// The document's keyword profile ([`profile::build`]), computed once.
    pub fn profile(&self) -> &Profile {
        self.profile.get_or_init(|| profile::build(self.doc))
    }

    /// The match against the job description ([`crate::assess::matching::compute`]), computed
    /// once; `None`
    /// without one.
    pub fn job_match(&self) -> Option<&MatchReport> {
        let jd = self.jd?;
        Some(
            self.job_match
                .get_or_init(|| crate::assess::matching::compute(self.doc, jd)),
        )
    }

    /// The match, handed over to the report (computed now if no rule asked for it).
    pub fn into_job_match(self) -> Option<MatchReport> {
        self.job_match()?;
        self.job_match.into_inner()
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

/// Run every rule over the context's document, in registry order.
pub fn run_all(ctx: &Context<'_, '_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in registry() {
        (rule.check)(ctx, &mut findings);
    }
    findings
}
