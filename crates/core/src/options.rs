//! What the caller tells the analyzer besides the text.

use alloc::string::String;
use serde::{Deserialize, Serialize};

/// Target seniority. Expectations change with level (seed 000's entry/mid/senior-staff
/// examples; seed 003's 25–35 Tier-1 keywords for senior).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Entry,
    Mid,
    Senior,
    Staff,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Entry, Level::Mid, Level::Senior, Level::Staff];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Entry => "entry",
            Level::Mid => "mid",
            Level::Senior => "senior",
            Level::Staff => "staff",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// The shape of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputFormat {
    /// Sniff: JSON Resume if it parses as a JSON object, LaTeX if it has `\documentclass` or
    /// `\section`, otherwise plain text/Markdown.
    #[default]
    Auto,
    /// Plain text or Markdown (the same reader handles both).
    Text,
    /// JSON Resume (`resume.json`).
    JsonResume,
    /// LaTeX source (`.tex`).
    Latex,
    /// A YAML resume (RenderCV `cv.yaml`, YAMLResume, others): read when the `yaml` feature is
    /// on (the CLI, the file-reader module); otherwise refused with a message.
    Yaml,
}

/// Analysis options. `Default` is what the page starts with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Options {
    /// Target level; `None` infers it from the roles' dates.
    pub level: Option<Level>,
    /// A pasted job description; enables the match report.
    pub job_description: Option<String>,
    pub format: InputFormat,
    /// "Today" for "Present" and recency, from the caller's clock (the core has none). `None`
    /// uses the latest date the resume mentions (floored at `document::NOW_FLOOR`), which keeps
    /// tests and snapshots independent of the day they run.
    pub today: Option<crate::date::YearMonth>,
}
