//! The bullet rules (SPEC §3), plus bullet grading and rewrite hints.

mod grade;

pub use grade::{assess, BulletAssessment, Grade};

use super::Rule;

/// The bullet rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[];
