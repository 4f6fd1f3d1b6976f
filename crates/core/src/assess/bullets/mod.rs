//! Bullet assessment: each bullet's score (100 minus its findings' points), grade A–D and strong
//! signals (`grade`), its XYZ parts and what they explain (`parts`), and a rewrite hint from its
//! own words (`hint`, whose verb replacements and questions the bullet rules quote too).

mod grade;
pub mod hint;
mod parts;

pub use grade::{assess, BulletAssessment, Grade};
pub use parts::{BulletParts, Figure, PartSpan};
