//! The bullet rules (SPEC §3). Grading and rewrite hints are assessments, in
//! [`crate::assess::bullets`].
//!
//! Every rule here reads the bullet facts computed once in `document/facts/` and judges only
//! the bullets the seeds' advice is about: experience and project bullets ([`in_scope`]), not
//! Skills lines, Education or the Summary (the Summary's "10+ years of …" is F-IDENTITY's).
//! A finding is tied to its bullet (`on_bullet`) and spans the exact offending words where
//! there are some, so the page highlights them; its points cost that bullet's score.

mod average_latency;
mod duty_opener;
mod few_results;
mod frontend_framing;
mod hedge;
mod hyperbole;
mod length;
mod little_backend;
mod no_action;
mod no_method;
mod no_metric;
mod no_tech;
mod passive;
mod profile_hedge;
mod profile_praise;
mod pronoun;
mod repeated_verb;
mod unitless_scale;

use super::Rule;
use crate::document::{Bullet, Document};

/// The bullet rules, in report order. Adding a rule: a module here, and one line below.
pub static RULES: &[&Rule] = &[
    &no_metric::RULE,
    &duty_opener::RULE,
    &hedge::RULE,
    &profile_hedge::RULE,
    &profile_praise::RULE,
    &no_tech::RULE,
    &no_action::RULE,
    &average_latency::RULE,
    &unitless_scale::RULE,
    &hyperbole::RULE,
    &frontend_framing::RULE,
    &length::RULE,
    &pronoun::RULE,
    &passive::RULE,
    &repeated_verb::RULE,
    &no_method::RULE,
    &few_results::RULE,
    &little_backend::RULE,
];

/// The bullets the rules judge, with their index into `doc.bullets`: the experience (and
/// project) bullets of [`Document::experience_bullets`], never Skills, Education,
/// Certifications, Summary or Objective lines (see `BulletFacts::judged`).
pub fn in_scope<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (usize, &'d Bullet)> + 'd {
    doc.bullets
        .iter()
        .enumerate()
        .filter(|(_, b)| b.facts.judged)
}

/// The profile-wording rules (B-PROFILE-HEDGE, B-PROFILE-PRAISE) share one shape: a finding per
/// phrase of their kind in the summary, objective, skills or title line, the first costing
/// `first` points and each further one `more` (a whole-resume habit, not a per-line fault).
/// `say` gives the message and the fix from the phrase and the section it stands in.
fn profile_findings(
    ctx: &super::Context<'_, '_>,
    out: &mut alloc::vec::Vec<crate::finding::Finding>,
    meta: &'static crate::finding::RuleMeta,
    hedge: bool,
    (first, more): (u32, u32),
    say: fn(&str, &str) -> (alloc::string::String, alloc::string::String),
) {
    let doc = ctx.doc;
    let hits = doc.wording.iter().filter(|h| h.hedge == hedge);
    for (n, hit) in hits.enumerate() {
        let (message, fix) = say(hit.span.slice(doc.text), hit.section.as_str());
        out.push(
            crate::finding::Finding::new(meta, Some(hit.span), message, fix).points(if n == 0 {
                first
            } else {
                more
            }),
        );
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Run one bullet (or several) through the real `analyze()`.

    use crate::finding::Finding;
    use crate::report::{BulletReport, Report};
    use crate::{analyze, Options};
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    /// A tiny resume with `bullets` under one role.
    pub fn resume(bullets: &[&str]) -> String {
        let mut text = String::from("EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n");
        for b in bullets {
            text.push_str(&format!("- {b}\n"));
        }
        text
    }

    pub fn report(bullets: &[&str]) -> (String, Report) {
        let text = resume(bullets);
        let report = analyze(&text, &Options::default()).unwrap();
        (text, report)
    }

    /// The findings of `rule` for a one-bullet resume.
    pub fn findings(bullet: &str, rule: &str) -> (String, Vec<Finding>) {
        let (text, report) = report(&[bullet]);
        let found = report
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect();
        (text, found)
    }

    /// Whether `rule` fires on a one-bullet resume.
    pub fn fires(bullet: &str, rule: &str) -> bool {
        !findings(bullet, rule).1.is_empty()
    }

    /// The words a finding highlights.
    pub fn under<'t>(text: &'t str, f: &Finding) -> &'t str {
        f.span.map(|s| s.slice(text)).unwrap_or("")
    }

    /// The bullet report of a one-bullet resume.
    pub fn bullet(bullet: &str) -> BulletReport {
        let (_, report) = report(&[bullet]);
        report.bullets.into_iter().next().unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::report;
    use crate::{analyze, Options};

    #[test]
    fn skills_education_and_summary_lines_are_not_judged() {
        let text = "SUMMARY\n- 10+ years of programming experience.\n\nSKILLS\n- Languages: Go, \
                    Python\n\nEXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- \
                    Worked on authentication.\n\nEDUCATION\n- B.Sc. Computer Science\n";
        let report = analyze(text, &Options::default()).unwrap();
        let judged: alloc::vec::Vec<usize> = report
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("B-"))
            .filter_map(|f| f.bullet)
            .collect();
        assert!(!judged.is_empty());
        let experience = report
            .bullets
            .iter()
            .position(|b| b.section == crate::section_kind::SectionKind::Experience)
            .unwrap();
        assert!(judged.iter().all(|&i| i == experience), "{judged:?}");
    }

    /// Skills lines (in a Skills section, or labelled under a role) are not achievement
    /// bullets: no grade, nothing lost, not listed as bullets.
    #[test]
    fn skills_and_stack_lines_are_not_graded() {
        let lines = [
            "Languages: Go, Python, SQL",
            "Key skills: Node.js, TypeScript, PostgreSQL, AWS Lambda, Git",
            "Programming: Go, Python",
            "**Languages:** Go, Python, SQL",
            "Distributed Systems: sharding, idempotency, exactly-once delivery, CDC",
            "Environment – Java 8, Spring Boot, Oracle 12c",
        ];
        let mut text = alloc::string::String::from("SKILLS\n");
        for l in lines {
            text.push_str(&alloc::format!("- {l}\n"));
        }
        text.push_str("\nEXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n");
        text.push_str("- Cut p99 latency from 480 ms to 110 ms by adding a Redis cache.\n");
        for l in lines {
            text.push_str(&alloc::format!("- {l}\n"));
        }
        let report = analyze(&text, &Options::default()).unwrap();
        assert_eq!(report.bullets.len(), 1 + 2 * lines.len());
        let graded: alloc::vec::Vec<&str> = report
            .bullets
            .iter()
            .filter(|b| b.grade.is_some() || b.judged)
            .map(|b| b.span.slice(&text))
            .collect();
        assert_eq!(
            graded,
            ["- Cut p99 latency from 480 ms to 110 ms by adding a Redis cache."]
        );
        assert!(!report
            .findings
            .iter()
            .any(|f| f.bullet.is_some_and(|i| i > 0)));
        let md = crate::render::markdown(&report, &text);
        assert!(!md.contains("Key skills"), "{md}");
    }

    #[test]
    fn every_rule_has_an_id_explanation_and_source() {
        for rule in super::RULES {
            assert!(rule.meta.id.starts_with("B-"));
            assert!(rule.meta.explanation.len() > 80, "{}", rule.meta.id);
            assert!(!rule.meta.source.is_empty());
        }
        let (_, report) = report(&["Worked on authentication."]);
        assert!(!report.findings.is_empty());
    }
}
