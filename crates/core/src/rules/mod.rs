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
use crate::finding::{Finding, RuleMeta};
use alloc::vec::Vec;

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
