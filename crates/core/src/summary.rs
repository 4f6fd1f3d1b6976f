//! Findings a person can act on: one grouped item per rule that fired, and the top fixes.
//!
//! A rule that fires on seven bullets is one thing to fix ("7 bullets have no measured
//! result"), not seven lines of the same advice. Each group keeps its instances (indices into
//! `Report::findings`) for highlights, and says how many points of the overall score fixing
//! all of them would give back, so the report can lead with the fixes worth the most.
//!
//! The grouped wording is data: one row per rule in [`GROUPED`], the plural form of the rule's
//! message and a fix that covers every instance. A group of one keeps the finding's own message
//! and fix, which are more specific.

use crate::finding::{Category, Finding, Severity};
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// Most top fixes a report leads with.
pub const TOP_FIXES: usize = 10;

/// One item per rule that fired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindingGroup {
    pub rule: &'static str,
    /// The most severe of its findings.
    pub severity: Severity,
    pub category: Category,
    /// Grouped wording ("7 bullets have no measured result"); the finding's own message when
    /// the group has one finding.
    pub message: String,
    /// One next step for all of them; the finding's own fix when the group has one finding.
    pub fix: String,
    pub count: u32,
    /// Points of the overall score recoverable by fixing all of them.
    pub points: u32,
    /// Indices into `Report::findings`, in report order.
    pub findings: Vec<usize>,
}

/// A rule's grouped wording: `message` with `{n}` standing for the count, and a fix for all.
struct Grouped {
    rule: &'static str,
    message: &'static str,
    fix: &'static str,
}

const fn row(rule: &'static str, message: &'static str, fix: &'static str) -> Grouped {
    Grouped { rule, message, fix }
}

/// The plural form of every rule's message, by rule id (sorted, checked by a test).
static GROUPED: &[Grouped] = &[
    row(
        "B-AVERAGE-LATENCY",
        "{n} bullets cite an average latency instead of a percentile",
        "Give the percentile you measured (p95, p99) instead of the average.",
    ),
    row(
        "B-DUTY-OPENER",
        "{n} bullets open with a duty instead of what you achieved",
        "Open each with a verb for what changed (Cut, Built, Migrated), then its result.",
    ),
    row(
        "B-FEW-RESULTS",
        "{n} notes that few bullets show a measured result",
        "Add the figure to more bullets: before → after, the load it carries, the money or \
         time it saved.",
    ),
    row(
        "B-FRONTEND-FRAMING",
        "{n} bullets frame backend work as frontend work",
        "Describe the backend side of each: the API, service, data or scale behind it.",
    ),
    row(
        "B-HEDGE",
        "{n} places hedge a skill (\"familiar with\", \"exposure to\")",
        "Say what you did with each skill, or leave it out.",
    ),
    row(
        "B-HYPERBOLE",
        "{n} places make a claim or praise with nothing behind it",
        "Replace each claim with the figure or fact that shows it.",
    ),
    row(
        "B-LENGTH",
        "{n} bullets are too short or too long to scan",
        "Keep each bullet to one or two lines: the result, its figure and the method.",
    ),
    row(
        "B-LITTLE-BACKEND",
        "{n} notes that few bullets name backend work",
        "Lead with the services, APIs and data you built and name what they run on.",
    ),
    row(
        "B-NO-ACTION",
        "{n} lines under a role are bare lists or fragments, not achievements",
        "Say what you built or changed with those technologies, or move the list to Skills.",
    ),
    row(
        "B-NO-METHOD",
        "{n} bullets give a result but not how you reached it",
        "Add the method to each: \"by …\", \"using …\", \"through …\".",
    ),
    row(
        "B-NO-METRIC",
        "{n} bullets have no measured result",
        "Add the figure each result was measured by (before → after, %, latency, \
         throughput, money, users), from your own records.",
    ),
    row(
        "B-NO-TECH",
        "{n} bullets name no technology",
        "Name the system, language or tool each piece of work used.",
    ),
    row(
        "B-PASSIVE",
        "{n} bullets are in the passive voice",
        "Open each with your own verb (\"Migrated …\", not \"… was migrated\").",
    ),
    row(
        "B-PROFILE-HEDGE",
        "{n} places in the summary or skills hedge a skill (\"familiarity with\")",
        "List what you have used plainly and prove it in a bullet; leave out the rest.",
    ),
    row(
        "B-PROFILE-PRAISE",
        "{n} places in the summary or skills praise yourself (\"passionate\", \"team player\")",
        "Replace the adjectives with what you built and at what scale.",
    ),
    row(
        "B-PRONOUN",
        "{n} bullets use the first person",
        "Drop I, me, my, we and our: open each bullet with its verb.",
    ),
    row(
        "B-REPEATED-VERB",
        "{n} opening verbs each start more than two bullets",
        "Vary the opening verbs so each bullet reads as its own result.",
    ),
    row(
        "B-UNITLESS-SCALE",
        "{n} bullets claim scale or speed without a figure",
        "Replace each adjective with the figure behind it (requests/s, users, data volume).",
    ),
    row(
        "F-CONTACT",
        "{n} contact details are missing",
        "Add each missing detail to the top of the resume.",
    ),
    row(
        "F-DATES",
        "{n} problems with role dates",
        "Give every role a start and end date in one format (Mar 2021 – Jun 2023).",
    ),
    row(
        "F-EXTRAS",
        "{n} personal details or boilerplate lines an employer does not need",
        "Remove them.",
    ),
    row(
        "F-GLYPHS",
        "{n} places hold odd bullets, emoji, icon characters or garbled text",
        "Use plain bullets (-, •) and plain text.",
    ),
    row(
        "F-HEADER-CONTACT",
        "{n} contact details are only in the page header or footer",
        "Put your contact details in the body of the first page.",
    ),
    row(
        "F-HEADING",
        "{n} section headings use creative wording",
        "Use the standard names: Experience, Skills, Education, Projects.",
    ),
    row(
        "F-IDENTITY",
        "{n} places frame you as full-stack or creative, or claim years vaguely",
        "Lead with a backend title and your years of professional experience.",
    ),
    row(
        "F-IMAGE",
        "{n} images in the file",
        "Remove images, icons and photos; an ATS cannot read them.",
    ),
    row(
        "F-LENGTH",
        "{n} problems with the resume's length",
        "Cut to what a reader takes in: one page under ~8 years, two at most.",
    ),
    row(
        "F-MISSING-SECTION",
        "{n} standard sections are missing",
        "Add each under its standard heading (Experience, Skills, Education).",
    ),
    row(
        "F-NO-BULLETS",
        "{n} reasons no bullets could be read",
        "Write your experience as bullets under each role: one result per line.",
    ),
    row(
        "F-NO-TEXT",
        "{n} pages without a text layer",
        "Export the resume as a text PDF (not a scan) or upload the DOCX.",
    ),
    row(
        "F-PROSE",
        "{n} paragraphs of experience read as prose",
        "Put each accomplishment on its own bullet line, starting with its verb.",
    ),
    row(
        "F-SKILL-BARS",
        "{n} skills are rated with glyphs, scores or bars",
        "List the skills plainly; show depth in a bullet instead of a rating.",
    ),
    row(
        "F-SKILLS-DUMP",
        "{n} problems with the Skills list's size or grouping",
        "Group 15–40 skills under labels (Languages, Datastores, Cloud, …).",
    ),
    row(
        "F-SUMMARY",
        "{n} problems with the summary",
        "Keep a 3–4 line summary: role, years, stack and one measured result.",
    ),
    row(
        "F-TABLE",
        "{n} places are laid out in tables or columns",
        "Use one column of plain text; an ATS reads tables and columns out of order.",
    ),
    row(
        "F-TEXTBOX",
        "{n} text boxes or shapes hold text",
        "Move the text out of text boxes into the body.",
    ),
    row(
        "F-TOO-LONG",
        "{n} signs the resume is far too long",
        "Cut to two pages: 3–5 bullets for each recent role, nothing repeated.",
    ),
    row(
        "F-TOO-SHORT",
        "{n} signs the text is too short to judge",
        "Paste the whole resume: every role with its bullets, skills and education.",
    ),
    row(
        "J-MISSING-PREFERRED",
        "{n} preferred terms of the job description are missing",
        "Add the ones you have actually used, in the posting's words.",
    ),
    row(
        "J-MISSING-REQUIRED",
        "{n} required terms of the job description are missing",
        "Add the ones you have actually used, in the posting's words.",
    ),
    row(
        "J-SPELLING",
        "{n} terms are spelled differently from the job description",
        "Use the posting's spelling for each (or both forms).",
    ),
    row(
        "J-TITLE",
        "{n} title mismatches with the job description",
        "Put the posting's title in your title line when it is accurate.",
    ),
    row(
        "K-ACRONYM",
        "{n} acronyms are never spelled out",
        "Spell each out once beside its short form: \"Amazon Web Services (AWS)\".",
    ),
    row(
        "K-CLASS-MISSING",
        "{n} backend signal classes have no term at all",
        "Name what you used for each (a datastore, a cloud, an API style, …) where true.",
    ),
    row(
        "K-COUNT",
        "{n} problems with the number of distinct backend terms",
        "Name the systems you used in your bullets, not only in Skills.",
    ),
    row(
        "K-COUNTER",
        "{n} frontend-only terms on a backend resume",
        "Move them to an \"Adjacent\" line, or leave them out for backend roles.",
    ),
    row(
        "K-DENSITY",
        "{n} notes: signal classes named fewer or more times than the usual advice",
        "Name the technology where each bullet's work used it; drop repeats.",
    ),
    row(
        "K-GENERIC-ONLY",
        "{n} family words stand in for a named system",
        "Name the system: PostgreSQL rather than \"SQL\", Cassandra rather than \"NoSQL\".",
    ),
    row(
        "K-MISSPELLED",
        "{n} technology names look misspelled",
        "Write each name as its makers do (PostgreSQL, Kubernetes): keyword searches match exactly.",
    ),
    row(
        "K-NO-OBSERVABILITY",
        "{n} signs there is no observability term",
        "Name the metrics, tracing or alerting you used (Prometheus, OpenTelemetry, SLOs).",
    ),
    row(
        "K-NO-TESTING",
        "{n} signs there is no testing term",
        "Name a test framework and the kind of tests you wrote (unit, integration).",
    ),
    row(
        "K-PLACEMENT",
        "{n} notes on how many backend terms your summary and latest bullets name",
        "Name the systems you used in your summary and your latest role's bullets.",
    ),
    row(
        "K-STUFFING",
        "{n} terms appear in nearly every bullet",
        "Keep each term in the 2–4 bullets where it matters most.",
    ),
    row(
        "K-SUGGEST",
        "{n} terms you could add, if you have used them",
        "Add only the terms you have used, where the suggestion says.",
    ),
    row(
        "K-UNPROVEN",
        "{n} listed skills appear in no bullet",
        "Show each in a bullet where you used it, or drop it from Skills.",
    ),
    row(
        "K-VARIANTS",
        "{n} skills are written two different ways",
        "Pick one spelling for each and use it everywhere.",
    ),
];

fn grouped(rule: &str) -> Option<&'static Grouped> {
    GROUPED
        .binary_search_by(|g| g.rule.cmp(rule))
        .ok()
        .and_then(|i| GROUPED.get(i))
}

/// The rules `findings` come from, sorted, each once (what the report lists as fired, and
/// the groups' keys: computed once for both).
pub fn fired(findings: &[Finding]) -> Vec<&'static str> {
    let mut rules: Vec<&'static str> = findings.iter().map(|f| f.rule).collect();
    crate::sort::sort(&mut rules);
    rules.dedup();
    rules
}

/// Group `findings` by rule (`rules`: [`fired`] of them). `recoverable(indices)` gives the
/// overall points fixing those findings would give back. Groups come ordered by points desc,
/// then rule id.
pub fn groups(
    findings: &[Finding],
    rules: &[&'static str],
    recoverable: impl Fn(&[usize]) -> u32,
) -> Vec<FindingGroup> {
    let mut members: Vec<Vec<usize>> = rules.iter().map(|_| Vec::new()).collect();
    for (i, f) in findings.iter().enumerate() {
        if let Some(list) = rules
            .binary_search(&f.rule)
            .ok()
            .and_then(|r| members.get_mut(r))
        {
            list.push(i);
        }
    }
    let mut groups: Vec<FindingGroup> = rules
        .iter()
        .copied()
        .zip(members)
        .filter_map(|(rule, indices)| group(rule, findings, indices, &recoverable))
        .collect();
    crate::sort::sort_by(&mut groups, |a, b| {
        b.points.cmp(&a.points).then_with(|| a.rule.cmp(b.rule))
    });
    groups
}

fn group(
    rule: &'static str,
    findings: &[Finding],
    indices: Vec<usize>,
    recoverable: &impl Fn(&[usize]) -> u32,
) -> Option<FindingGroup> {
    let first = findings.get(*indices.first()?)?;
    let severity = indices
        .iter()
        .filter_map(|&i| findings.get(i))
        .map(|f| f.severity)
        .min()
        .unwrap_or(first.severity);
    let count = u32::try_from(indices.len()).unwrap_or(u32::MAX);
    let (message, fix) = match grouped(rule) {
        Some(wording) if count > 1 => (
            wording.message.replace("{n}", &alloc::format!("{count}")),
            String::from(wording.fix),
        ),
        _ => (first.message.clone(), first.fix.clone()),
    };
    Some(FindingGroup {
        rule,
        severity,
        category: first.category,
        message,
        fix,
        count,
        points: recoverable(&indices),
        findings: indices,
    })
}

/// Indices into `groups` of the fixes worth the most: at most [`TOP_FIXES`], only groups
/// that give points back, ranked by points (the order `groups` already has).
pub fn top_fixes(groups: &[FindingGroup]) -> Vec<usize> {
    groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.points > 0)
        .map(|(i, _)| i)
        .take(TOP_FIXES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::GROUPED;

    #[test]
    fn grouped_wording_is_sorted_and_covers_every_rule() {
        assert!(
            GROUPED.windows(2).all(|w| w[0].rule < w[1].rule),
            "GROUPED must stay sorted by rule id"
        );
        for rule in crate::rules::registry() {
            assert!(
                super::grouped(rule.meta.id).is_some(),
                "{}: add its grouped wording to GROUPED in crates/core/src/summary.rs",
                rule.meta.id
            );
        }
        for g in GROUPED {
            assert!(g.message.starts_with("{n} "), "{}", g.rule);
            assert!(!g.fix.is_empty(), "{}", g.rule);
        }
    }
}
