//! Assessments: what the analysis judges besides the rules' findings, shared by the rules
//! (which read them) and the report (which shows them). Below the rules: a rule may read an
//! assessment, an assessment never reads a rule.
//!
//! - [`bullets`]: each bullet's score, grade A–D, strong signals, XYZ parts and rewrite hint,
//!   from its facts and its findings;
//! - [`keywords`]: the keyword profile (where each taxonomy term appears), the seeds' targets,
//!   the coverage summary and the ranked suggestions;
//! - [`matching`]: the resume against a job description (read in [`crate::jd`]): requirements
//!   met and missing, spelling mirrors, the title match.

pub mod bullets;
pub mod keywords;
pub mod matching;
