//! The format rules.

use super::Rule;

/// The format rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[];
