//! Job-description match: the JD's terms, required vs preferred, and how the resume meets them.

use super::Rule;
use alloc::string::String;

/// A job description, read once.
#[derive(Debug, Clone, Default)]
pub struct JobDescription {
    pub text: String,
}

impl JobDescription {
    pub fn parse(text: &str) -> Self {
        JobDescription {
            text: String::from(text),
        }
    }
}

pub static RULES: &[&Rule] = &[];

/// The match report.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchReport {
    /// Percentage of the JD's terms the resume has (any spelling).
    pub rate: u32,
}

pub fn report(_doc: &crate::document::Document<'_>, _jd: &JobDescription) -> MatchReport {
    MatchReport::default()
}
