//! The analysis: every rule over the document, then the assessments the report shows beside
//! their findings (each bullet's grade, the keyword summary, the job-description match).
//! [`run`] returns everything the report needs; `report::build` only assembles it (scores,
//! groups, UTF-16 offsets).

use crate::assess::bullets::{self, BulletAssessment};
use crate::assess::keywords::{self, KeywordSummary};
use crate::assess::matching::MatchReport;
use crate::document::Document;
use crate::finding::Finding;
use crate::jd::JobDescription;
use crate::rules::{self, Context};
use alloc::vec::Vec;

/// What the analysis found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Every finding, ordered by position (whole-resume findings last), then rule id.
    pub findings: Vec<Finding>,
    /// One assessment per bullet of the document, in document order.
    pub bullets: Vec<BulletAssessment>,
    pub keywords: KeywordSummary,
    /// The match against the job description, when there is one (its UTF-16 offsets are the
    /// report's to fill in).
    pub job_match: Option<MatchReport>,
}

/// Analyze `doc` (against `jd`, when given).
pub fn run(doc: &Document<'_>, jd: Option<&JobDescription>) -> Analysis {
    let ctx = Context::new(doc, jd);
    let mut findings = rules::run_all(&ctx);
    sort_by_position(&mut findings);
    let bullets = assess_bullets(doc, &findings);
    let keywords = keywords::summary(doc, ctx.profile());
    Analysis {
        findings,
        bullets,
        keywords,
        job_match: ctx.into_job_match(),
    }
}

/// Text order (whole-resume findings last), then rule id, end and message: the report's order,
/// and the order each bullet's findings reach its assessment in.
fn sort_by_position(findings: &mut [Finding]) {
    crate::sort::sort_by(findings, |a, b| {
        let key = |f: &Finding| {
            (
                f.span.is_none(),
                f.span.map(|s| s.start),
                f.rule,
                f.span.map(|s| s.end),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
    });
}

/// Each bullet's assessment from its own findings (grouped once: linear, not bullets ×
/// findings).
fn assess_bullets(doc: &Document<'_>, findings: &[Finding]) -> Vec<BulletAssessment> {
    let mut by_bullet: Vec<Vec<&Finding>> = doc.bullets.iter().map(|_| Vec::new()).collect();
    for f in findings {
        if let Some(own) = f.bullet.and_then(|i| by_bullet.get_mut(i)) {
            own.push(f);
        }
    }
    by_bullet
        .iter()
        .enumerate()
        .map(|(i, own)| bullets::assess(doc, i, own))
        .collect()
}
