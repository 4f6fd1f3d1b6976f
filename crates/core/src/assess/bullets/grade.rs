//! Bullet score and grade A–D, following seed 003's "C-grade → A-grade" examples.
//!
//! The score is 100 minus the points of the bullet's findings: every point lost traces to a
//! finding. The grade reads the score together with the bullet's strong signals, because the
//! seeds' A-grade bullets are defined by what they have, not only by what they avoid: "a
//! metric, a named system, a method" (corpus README), "Each recent bullet should pair an action
//! verb with a system name and a measured outcome" (seed 003), "each bullet contains a number,
//! a technical context, and a business outcome" (seed 004).
//!
//! - **A**: score ≥ 90, no error, a system figure, a named technology or a method, and at
//!   least one strong signal.
//! - **B**: score ≥ 70, no error but a missing figure, and either a figure or, without one,
//!   good framing: two Tier-1 terms and a method (the corpus's `ok` bullets).
//! - **C**: score ≥ 45. **D**: below.

use super::hint;
use crate::document::{BulletFacts, Document};
use crate::finding::{Finding, Severity};
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

impl Grade {
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
        }
    }
}

#[derive(Debug, Clone)]
pub struct BulletAssessment {
    pub score: u32,
    pub grade: Grade,
    pub signals: Vec<&'static str>,
    pub hint: Option<String>,
    /// The XYZ parts and what they explain (judged bullets only).
    pub parts: Option<super::BulletParts>,
}

/// Lowest score of an A bullet: two small warnings at most (a missing method and a pronoun),
/// so an average latency (12) with a frontend framing (15) keeps a bullet out of A.
const A_SCORE: u32 = 75;
/// Lowest score of a B bullet: a bullet without a figure loses 30 and can still reach it with
/// one more small warning.
const B_SCORE: u32 = 55;
/// Lowest score of a C bullet.
const C_SCORE: u32 = 45;

/// The strong-signal ids, in report order (SPEC §3).
pub const SIGNALS: [&str; 6] = [
    "before-after",
    "percentile-latency",
    "throughput-unit",
    "money-or-percent",
    "strong-verb",
    "two-tier1-terms",
];

/// Score, grade and hint for bullet `index` given its findings.
pub fn assess(doc: &Document<'_>, index: usize, findings: &[&Finding]) -> BulletAssessment {
    let lost: u32 = findings.iter().map(|f| f.points).sum();
    let score = 100u32.saturating_sub(lost);
    let Some(bullet) = doc.bullets.get(index).filter(|b| b.facts.judged) else {
        // Skills lines, Education, Summary: not judged, so nothing is lost and no grade is
        // earned or refused; the score alone speaks.
        return BulletAssessment {
            score,
            grade: by_score(score),
            signals: Vec::new(),
            hint: None,
            parts: None,
        };
    };
    let facts = &bullet.facts;
    let signals = signals(facts);
    let grade = grade(score, facts, findings);
    let hint = (grade >= Grade::C).then(|| hint::build(doc.text, bullet));
    BulletAssessment {
        score,
        grade,
        signals,
        hint,
        parts: Some(super::parts::of(doc.text, bullet)),
    }
}

/// The strong signals a bullet shows.
pub fn signals(facts: &BulletFacts) -> Vec<&'static str> {
    use crate::document::MetricKind as K;
    let has = [
        !facts.before_after.is_empty(),
        facts.has_percentile_latency(),
        facts.has_kind(K::Throughput),
        facts.has_kind(K::Money) || facts.has_kind(K::Percent) || facts.has_kind(K::Uptime),
        facts.verb.is_some_and(|v| v.strong),
        facts.tier1 >= 2,
    ];
    SIGNALS
        .iter()
        .zip(has)
        .filter(|(_, on)| *on)
        .map(|(id, _)| *id)
        .collect()
}

fn grade(score: u32, facts: &BulletFacts, findings: &[&Finding]) -> Grade {
    let parts = Parts::of(facts);
    // Errors other than the missing figure (a duty opener, a hedge) keep a bullet out of A and
    // B whatever else it has: the seeds' weak examples are weak for their framing.
    let framing_error = findings
        .iter()
        .any(|f| f.severity == Severity::Error && f.rule != "B-NO-METRIC");
    if !framing_error {
        if parts.x && parts.y && parts.z && !parts.weak_verb && score >= A_SCORE {
            return Grade::A;
        }
        let b = parts.x && score >= B_SCORE && (parts.y || parts.specific);
        if b {
            return Grade::B;
        }
    }
    by_score(score).max(Grade::C)
}

/// The XYZ parts a grade reads (seed 004: "Accomplished [X] as measured by [Y], by doing
/// [Z]").
struct Parts {
    /// X: the bullet says what was done: an action verb (after any context prefix), not a duty
    /// phrase or a tool verb ("Used").
    x: bool,
    /// The verb is a generic one ("managed", "supported", "set up").
    weak_verb: bool,
    /// Y: a figure that measures a result (impact or scale), not scope or a version.
    y: bool,
    /// Z: how: a method clause or a named technology.
    z: bool,
    /// Specific without a figure (the labels' `ok`): two named technologies, or one with a
    /// method or a sentence long enough to say what was built.
    specific: bool,
}

/// A bullet this long with a named technology says what was built, not just that it was.
const SPECIFIC_WORDS: usize = 10;

impl Parts {
    fn of(facts: &BulletFacts) -> Parts {
        let verb = facts.verb.filter(|_| facts.duty.is_none());
        // A passive sentence still says what was done ("The jobs were migrated to …"), and a
        // result stated first says it by itself ("p99 2.1s → 180ms after …").
        let x = facts.xyz.x.is_some()
            || facts.xyz.result_first
            || (facts.duty.is_none() && !facts.passive.is_empty());
        let weak_verb = verb.is_some_and(|v| v.weak);
        let named = facts.tech + facts.lexicon;
        let z = facts.method.is_some() || named > 0;
        let long = facts.words >= SPECIFIC_WORDS;
        let specific = if weak_verb {
            named >= 2 && long
        } else {
            named >= 2
                || (named >= 1 && (long || facts.method.is_some()))
                || (long && facts.method.is_some())
        };
        Parts {
            x,
            weak_verb,
            y: facts.has_metric(),
            z,
            specific,
        }
    }
}

/// The grade the score alone gives.
fn by_score(score: u32) -> Grade {
    match score {
        s if s >= A_SCORE => Grade::A,
        s if s >= B_SCORE => Grade::B,
        s if s >= C_SCORE => Grade::C,
        _ => Grade::D,
    }
}

#[cfg(test)]
mod tests {
    use super::Grade;
    use crate::rules::bullets::test_support::bullet;

    #[test]
    fn seed_c_grade_bullets_grade_c_or_d() {
        for b in [
            "Worked on backend services for the platform.",
            "Built REST APIs for the orders system.",
            "Familiar with PostgreSQL.",
            "Improved efficiency.",
        ] {
            let r = bullet(b);
            assert!(r.grade >= Grade::C, "{b}: {:?} {}", r.grade, r.score);
            assert!(r.hint.is_some(), "{b}");
        }
    }

    #[test]
    fn seed_a_grade_bullets_grade_a_or_b_with_signals() {
        let r = bullet(
            "Decreased infrastructure costs by $18,000/month by profiling database queries, \
             adding composite indexes, and migrating batch jobs from EC2 to AWS Lambda.",
        );
        assert!(r.grade <= Grade::B, "{:?} {}", r.grade, r.score);
        assert!(r.signals.contains(&"money-or-percent"));
        let r = bullet("Built API gateway handling 50K requests/second with p99 latency <10ms.");
        assert!(r.grade <= Grade::B);
        assert!(r.signals.contains(&"throughput-unit"));
        assert!(r.signals.contains(&"percentile-latency"));
        assert_eq!(r.hint, None);
    }

    #[test]
    fn score_is_100_minus_the_points_of_its_findings() {
        let (_, report) =
            crate::rules::bullets::test_support::report(&["Worked on authentication."]);
        let b = &report.bullets[0];
        let lost: u32 = report
            .findings
            .iter()
            .filter(|f| f.bullet == Some(0))
            .map(|f| f.points)
            .sum();
        assert_eq!(b.score, 100u32.saturating_sub(lost));
        assert_eq!(b.grade, Grade::D);
    }

    #[test]
    fn grade_serializes_as_a_letter() {
        assert_eq!(serde_json::to_string(&Grade::B).unwrap(), "\"B\"");
    }
}
