//! K-NO-OBSERVABILITY: no observability term anywhere on the resume.
//!
//! Seed 003: operational evidence (SLA/SLO, latency percentiles, throughput, OpenTelemetry /
//! Prometheus / Datadog) is one of the five signal classes whose absence drops a resume below the
//! match threshold; "Observability stack keywords … are mandatory for senior+ BE roles in 2026";
//! "zero tokens for observability reads as legacy or as junior".

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::options::Level;
use crate::rules::{Context, Rule};
use crate::taxonomy::SignalClass;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "K-NO-OBSERVABILITY",
        name: "No observability terms",
        category: Category::Keywords,
        severity: Severity::Error,
        summary: "No observability term (OpenTelemetry, Prometheus, Datadog, SLO, p99, RPS) anywhere on the resume.",
        explanation: "Seed 003: operational evidence (SLA/SLO, latency percentiles, throughput units, observability with OpenTelemetry, Prometheus or Datadog) is one of the five signal classes backend searches are built on, and missing any one drops the resume below the match threshold. Observability stack keywords are mandatory for senior+ roles in 2026, and a resume with zero observability tokens reads as legacy or junior. For entry-level resumes this is a warning rather than an error.",
        source: "003",
    },
    check,
};

crate::phrases::matcher::phrase_index!(
    static EVIDENCE: () = &[((), crate::phrases::format::OBSERVABILITY_EVIDENCE)];
);

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let p = ctx.profile();
    if p.class(SignalClass::Observability)
        .is_some_and(|c| c.distinct > 0)
    {
        return;
    }
    // "Set up monitoring and alerting" is observability work a tool name would only sharpen:
    // the claim "no observability terms" would not be true.
    let whole = crate::span::Span::new(0, ctx.doc.text.len());
    if !crate::rules::format::find_phrases(ctx.doc, whole, &EVIDENCE).is_empty() {
        return;
    }
    let f = Finding::new(
        &RULE.meta,
        None,
        String::from("No observability anywhere on the resume: no metrics or tracing tool, no SLO, no latency percentile or throughput unit, not the words monitoring, alerting or tracing."),
        String::from("Show how you ran what you built, e.g. \"Instrumented 9 Go services with OpenTelemetry and owned the 99.95% availability SLO\"; cite p99 latency and RPS in your bullets."),
    );
    out.push(if ctx.doc.level == Level::Entry {
        f.severity(Severity::Warning).points(8)
    } else {
        f.points(15)
    });
}

#[cfg(test)]
mod tests {
    use crate::finding::Severity;
    use crate::options::Level;
    use crate::rules::keywords::test_util::{analyze, findings, STRONG};

    #[test]
    fn observability_terms_present() {
        let r = analyze(STRONG, Level::Senior);
        assert!(findings(&r, "K-NO-OBSERVABILITY").is_empty());
    }

    #[test]
    fn no_observability_terms_by_level() {
        let text = "Experience\n- Built Go services on PostgreSQL for 3 teams, saving $20k.\n";
        let senior = analyze(text, Level::Senior);
        let f = findings(&senior, "K-NO-OBSERVABILITY");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        let entry = analyze(text, Level::Entry);
        assert_eq!(
            findings(&entry, "K-NO-OBSERVABILITY")[0].severity,
            Severity::Warning
        );
    }
}
