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
    /// `None` for a line that is not an achievement bullet (a skills or stack line, a
    /// certification, Education, the Summary) and has no finding: it is not graded at all.
    pub grade: Option<Grade>,
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
        // earned or refused. A line that stands where an achievement should (B-NO-ACTION: a
        // bare list under a role) is graded by what it lost.
        return BulletAssessment {
            score,
            grade: (!findings.is_empty()).then(|| by_score(score)),
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
        grade: Some(grade),
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
        let b = parts.x && score >= B_SCORE && (parts.placed_result || parts.specific);
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
    /// phrase or a bare tool verb ("Used Kafka", but "Used Kafka to build …" is an action).
    x: bool,
    /// The verb is one of activity ("handled", "supported", "oversaw"), not of building.
    weak_verb: bool,
    /// Y: a figure that measures a result (impact or scale), not scope or a version.
    y: bool,
    /// Z: how: a method clause or a named technology.
    z: bool,
    /// A result the reader can place: Y with Z, with a family word ("message queue"), or
    /// after a verb that built or changed something of its own ("Patched our NIC driver …,
    /// reducing interrupt load by 40%"). A bare result ("Reduced MTTR by 60%", "Managed a
    /// budget of $500k") is a claim: the labels call it weak. After a verb of activity only a
    /// change with its method or technology counts.
    placed_result: bool,
    /// Specific without a figure (the labels' `ok`: "names what the person built or changed
    /// and with what"): two named technologies, or one with a method, a long sentence or an
    /// object of its own ("Built a Solr indexer", not "Built ETL."); after a generic verb
    /// ("Set up"), two. Never after a verb of activity, and never a claim of improvement with
    /// neither a figure nor a method ("Optimised the nightly ETL job so it finishes much
    /// faster").
    specific: bool,
}

/// A bullet this long with a named technology says what was built, not just that it was.
const SPECIFIC_WORDS: usize = 10;

impl Parts {
    fn of(facts: &BulletFacts) -> Parts {
        // A result stated first says what was done by itself ("p99 2.1s → 180ms after …"). A
        // passive sentence says it only with its owner or its method ("were migrated by me",
        // "was moved … via Istio", "was reduced … by introducing …"): "Unit tests were
        // written …, bringing coverage up to 70%" hides who did what (the labels call it weak).
        let passive = facts.xyz.x.is_none() && !facts.passive.is_empty();
        let owned = facts.method.is_some() || !facts.pronouns.is_empty();
        let x = facts.xyz.x.is_some()
            || (facts.duty.is_none() && passive && owned)
            || (!passive && facts.xyz.result_first);
        // After a duty's lead-in, the action the bullet goes on to ("Tasked with …; rebuilt
        // them as Airflow DAGs") is what was done.
        let action = facts
            .xyz
            .action
            .filter(|_| facts.duty.is_none() || facts.xyz.action_after_duty);
        // Keeping a count of things running ("Maintained 30 repos") is activity too.
        let activity = action.is_some_and(|v| v.activity) || facts.xyz.upkeep_of_scope;
        let claim = action.is_some_and(|v| v.claim);
        let named = facts.tech + facts.lexicon;
        let method = facts.method.is_some();
        // A measured change to something the person built or fixed ("Patched our custom NIC
        // driver to batch interrupts, reducing interrupt load by 40%", "Hardened container
        // images …, taking critical CVEs from 140 to 0") says how by what was built, with no
        // product name: the result is the evidence.
        let built_change = facts.has_impact()
            && facts.xyz.object_words > 0
            && action.is_some_and(|v| !(v.claim || v.outcome || v.weak || v.tool || v.activity));
        // A percentile qualifies the figure ("Cut p99 latency … by 60%"); it is not how the
        // result was reached.
        let z = method || named > facts.percentile_terms || built_change;
        let y = facts.has_metric();
        let own_object = facts.xyz.object_words > 0;
        let placed_result = if activity {
            facts.has_impact() && z
        } else {
            y && (z || facts.generic > 0 || (own_object && !claim))
        };
        // Frontend technology still says with what the work was done (B-NO-TECH and
        // B-FRONTEND-FRAMING say it is not backend work).
        let named_any = named + facts.counter + facts.lexicon_frontend;
        let long = facts.words >= SPECIFIC_WORDS;
        let unmeasured_claim = !y && !method && (claim || !facts.vague_claims.is_empty());
        // "Set up monitoring for the team's services" (seed 003's before) names a practice;
        // "Set up Prometheus and Grafana dashboards" names what was set up.
        let generic_verb = action.is_some_and(|v| v.weak);
        // A version change of a named technology ("Drove the Postgres 11 to 15 upgrade")
        // says exactly what changed.
        let version_change = facts.version_change && named_any >= 1;
        let specific = !activity
            && !unmeasured_claim
            && (named_any >= 2
                || version_change
                || (!generic_verb
                    && ((named_any >= 1 && (long || method || own_object)) || (long && method))));
        Parts {
            x,
            weak_verb: activity,
            y,
            z,
            placed_result,
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

    /// Each of `bullets` grades C or D (weak), with its grade, score and rules in the message.
    fn assert_weak(bullets: &[&str]) {
        for b in bullets {
            let r = bullet(b);
            assert!(
                r.grade >= Some(Grade::C),
                "{b}: {:?} {} {:?}",
                r.grade,
                r.score,
                r.rules
            );
        }
    }

    /// A percentile names what was measured, not how: a result with no method and no other
    /// technology is not A (the corpus labels "Cut p99 latency of the search API by 60%" ok).
    #[test]
    fn a_percentile_is_not_the_method() {
        let r = bullet("Cut p99 latency of the search API by 60%");
        assert_eq!(r.grade, Some(Grade::B), "{}", r.score);
        let r = bullet("Cut p99 latency of the search API from 480ms to 95ms with a Redis cache");
        assert_eq!(r.grade, Some(Grade::A), "{}", r.score);
    }

    #[test]
    fn seed_c_grade_bullets_grade_c_or_d() {
        for b in [
            "Worked on backend services for the platform.",
            "Set up monitoring for the team's services.",
            "Familiar with PostgreSQL.",
            "Improved efficiency.",
        ] {
            let r = bullet(b);
            assert!(r.grade >= Some(Grade::C), "{b}: {:?} {}", r.grade, r.score);
            assert!(r.hint.is_some(), "{b}");
        }
    }

    /// The rubric's `ok`: a specific, owned bullet naming what was built and with what, with no
    /// measured result, is B (B-NO-METRIC still asks for the figure); a technology with no
    /// object of its own, a verb of activity or an unmeasured claim is not.
    #[test]
    fn specific_owned_bullets_without_a_figure_grade_b() {
        for b in [
            "Built a Solr indexer",
            "Used Thrift, Scribe, and HBase to build log ingestion.",
            "Set up Prometheus and Grafana dashboards for the team.",
            "Significantly improved search performance by tuning Solr queries and caching.",
            "Created a new React dashboard for internal users to view job status.",
        ] {
            let r = bullet(b);
            assert_eq!(r.grade, Some(Grade::B), "{b}: {} {:?}", r.score, r.rules);
            assert!(r.rules.contains(&"B-NO-METRIC"), "{b}");
        }
        // Seed 003's anti-patterns name only a technology before "for the …".
        assert_weak(&[
            "Built REST APIs for the orders system.",
            "Built microservices for the platform.",
            "Built ETL.",
            "Developed microservices.",
            "Handled deployments of Sails.js and Node services",
            "Optimised the nightly ETL job so it finishes much faster than before.",
        ]);
    }

    /// A result with neither a method nor a technology is a claim (weak); placed by what was
    /// built, it is at least B.
    #[test]
    fn a_bare_result_is_not_enough() {
        assert_weak(&[
            "Reduced MTTR by 60%.",
            "Managed a budget of $500k for cloud infrastructure.",
            "Improved the reliability of our systems by 99.99%.",
        ]);
        let r = bullet(
            "Patched our custom NIC driver to batch interrupts, reducing interrupt load by 40%.",
        );
        assert!(
            r.grade.is_some_and(|g| g <= Grade::B),
            "{:?} {:?}",
            r.grade,
            r.rules
        );
    }

    /// A measured change to something the person built is strong without a product name; a
    /// bare claim of the same change is not.
    #[test]
    fn a_measured_change_to_what_was_built_is_strong() {
        let r = bullet(
            "Rewrote the invoice renderer's layout pass, taking the median render from 2.4 s to \
             300 ms on the largest statements.",
        );
        assert_eq!(r.grade, Some(Grade::A), "{:?} {}", r.rules, r.score);
        assert_weak(&[
            "Reduced render time from 2.4 s to 300 ms.",
            "Improved render time by 40%.",
        ]);
    }

    /// Soft work with others makes no object of one's own.
    #[test]
    fn soft_work_is_not_specific() {
        assert_weak(&[
            "Drove cross-functional alignment on API design best practices",
            "Championed a culture of collaboration around Kubernetes",
        ]);
        let r = bullet("Drove the Kafka schema registry rollout for 14 producer teams");
        assert_eq!(r.grade, Some(Grade::B), "{:?}", r.rules);
    }

    /// Keeping a count of things running is how big the job was; keeping something of one's
    /// own is what was kept.
    #[test]
    fn maintaining_a_count_of_things_is_scope() {
        let r = bullet("Maintained 12 repos and 5 internal services written in Ruby 2.7");
        assert!(r.grade >= Some(Grade::C), "{:?} {:?}", r.grade, r.rules);
        let r = bullet(
            "Maintained the Ansible playbooks for a 300-host fleet and wrote the patch runbooks",
        );
        assert_eq!(r.grade, Some(Grade::B), "{:?}", r.rules);
    }

    /// A version upgrade of a named technology is specific work, not a measured result.
    #[test]
    fn a_version_upgrade_is_specific() {
        for b in [
            "Led the MySQL 5.7 to 8.0 upgrade (Jan-Apr 2024).",
            "Upgraded Kafka from 2.8 to 3.6.",
        ] {
            let r = bullet(b);
            assert_eq!(r.grade, Some(Grade::B), "{b}: {:?}", r.rules);
            assert!(r.rules.contains(&"B-NO-METRIC"), "{b}");
        }
    }

    /// A passive bullet says what was done only with its owner or its method.
    #[test]
    fn a_passive_bullet_needs_its_owner_or_method() {
        assert_weak(&[
            "Integration tests were added to the payments service, raising coverage to 80%.",
            "REST endpoints were built for the loyalty service, improving response times.",
        ]);
        for b in [
            "The search index was rebuilt on OpenSearch via a blue/green reindex, cutting p99 \
             from 900 ms to 200 ms.",
            "The nightly exports were moved by me from cron to Airflow with retries and alerts.",
        ] {
            let r = bullet(b);
            assert!(
                r.grade.is_some_and(|g| g <= Grade::B),
                "{b}: {:?} {:?}",
                r.grade,
                r.rules
            );
        }
    }

    #[test]
    fn seed_a_grade_bullets_grade_a_or_b_with_signals() {
        let r = bullet(
            "Decreased infrastructure costs by $18,000/month by profiling database queries, \
             adding composite indexes, and migrating batch jobs from EC2 to AWS Lambda.",
        );
        assert!(
            r.grade.is_some_and(|g| g <= Grade::B),
            "{:?} {}",
            r.grade,
            r.score
        );
        assert!(r.signals.contains(&"money-or-percent"));
        let r = bullet("Built API gateway handling 50K requests/second with p99 latency <10ms.");
        assert!(r.grade.is_some_and(|g| g <= Grade::B));
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
        assert_eq!(b.grade, Some(Grade::D));
    }

    #[test]
    fn grade_serializes_as_a_letter() {
        assert_eq!(serde_json::to_string(&Grade::B).unwrap(), "\"B\"");
    }
}
