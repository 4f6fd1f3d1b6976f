//! Bullet score and grade A–D, following seed 003's "C-grade → A-grade" examples.

use crate::document::Document;
use crate::report::Finding;
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
}

pub struct BulletAssessment {
    pub score: u32,
    pub grade: Grade,
    pub signals: Vec<&'static str>,
    pub hint: Option<String>,
}

/// Score, grade and hint for bullet `index` given its findings.
pub fn assess(_doc: &Document<'_>, _index: usize, findings: &[&Finding]) -> BulletAssessment {
    let lost: u32 = findings.iter().map(|f| f.points).sum();
    let score = 100u32.saturating_sub(lost);
    let grade = match score {
        85.. => Grade::A,
        70..=84 => Grade::B,
        50..=69 => Grade::C,
        _ => Grade::D,
    };
    BulletAssessment {
        score,
        grade,
        signals: Vec::new(),
        hint: None,
    }
}
