//! [`SectionKind`], a value type at the bottom of the core: the phrase tables map heading
//! words to it, the document gives every section one, and rules and the report read it.

use serde::Serialize;

/// The standard part of a resume a section is (a creative heading keeps the kind it stands
/// for; see `document::sections`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// Everything before the first heading: name, title line, contact details.
    Header,
    Summary,
    /// An "Objective" statement (seeds 002/004: replace it with a summary).
    Objective,
    Skills,
    Experience,
    Projects,
    Education,
    Certifications,
    /// A heading we do not map to a standard section.
    Other,
}

impl SectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Header => "header",
            SectionKind::Summary => "summary",
            SectionKind::Objective => "objective",
            SectionKind::Skills => "skills",
            SectionKind::Experience => "experience",
            SectionKind::Projects => "projects",
            SectionKind::Education => "education",
            SectionKind::Certifications => "certifications",
            SectionKind::Other => "other",
        }
    }
}
