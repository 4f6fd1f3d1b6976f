//! The bullet facts on single bullets: figures, classes, pairs, phrases, XYZ parts.

use super::*;
use crate::{Document, Options};

const WRAP: &str = "EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- ";

fn facts(bullet: &str) -> BulletFacts {
    let text = alloc::format!("{WRAP}{bullet}\n");
    let source = crate::input::read(&text, crate::InputFormat::Text).unwrap();
    let doc = Document::build(&source, &Options::default(), &Default::default());
    doc.bullets.last().unwrap().facts.clone()
}

fn kinds(f: &BulletFacts) -> Vec<MetricKind> {
    f.metrics.iter().map(|m| m.kind).collect()
}

#[test]
fn reads_latency_percentiles_and_pairs() {
    let f = facts("Reduced p99 query latency from 800ms to 45ms by redesigning indexes.");
    assert_eq!(kinds(&f), [MetricKind::Latency, MetricKind::Latency]);
    assert!(f.metrics.iter().all(|m| m.percentile == Some(99)));
    assert_eq!(f.before_after.len(), 1);
    assert!(f.method.is_some());
    assert!(f.verb.unwrap().outcome);
}

#[test]
fn reads_throughput_units() {
    for bullet in [
        "Built API gateway handling 50K requests/second with p99 latency <10ms.",
        "Operated sustained 12k events/sec at sub-100ms end-to-end p99 lag.",
        "Handled 30k RPS sustained at p99 25ms.",
        "Increased throughput to 500K events per hour by implementing consumers.",
        "Designed event sourcing system enabling analytics across 100M daily events.",
        "Built a pipeline using Apache Kafka that ingested 2.8 million events/day.",
        "Designed a microservices architecture handling 45,000 requests/second.",
    ] {
        let f = facts(bullet);
        assert!(
            f.has_kind(MetricKind::Throughput),
            "{bullet}: {:?}",
            f.metrics
        );
    }
}

#[test]
fn reads_money_uptime_users_data_and_durations() {
    let f = facts("Decreased infrastructure costs by $18,000/month by profiling queries.");
    assert_eq!(kinds(&f), [MetricKind::Money]);
    let f =
        facts("Led migration to Amazon Aurora, achieving 99.99% uptime and cutting 15 hours/week.");
    assert_eq!(kinds(&f), [MetricKind::Uptime, MetricKind::Duration]);
    let f = facts("Replaced a legacy session system for 120,000 monthly active users.");
    assert_eq!(kinds(&f), [MetricKind::Users]);
    let f = facts("Created an ingestion service processing 500GB of daily CSV uploads.");
    assert_eq!(kinds(&f), [MetricKind::DataSize]);
    let f = facts("Reduced deployment time from 2 hours to 15 minutes using Jenkins.");
    assert_eq!(kinds(&f), [MetricKind::Duration, MetricKind::Duration]);
    assert_eq!(f.before_after.len(), 1);
    let f = facts("Drove incidents from 4 per quarter to 1.");
    assert_eq!(f.before_after.len(), 1, "{:?}", f.metrics);
    let f = facts("Mentored 4 engineers on system design.");
    assert_eq!(kinds(&f), [MetricKind::People]);
    let f = facts("Led the migration with zero downtime during 10x traffic spikes.");
    assert_eq!(kinds(&f), [MetricKind::Count, MetricKind::Multiplier]);
}

#[test]
fn years_versions_and_tenure_are_not_metrics() {
    let f = facts("Shipped the OpenAPI 3.1 spec during the 2024 region failover.");
    assert_eq!(kinds(&f), [MetricKind::Version, MetricKind::Year]);
    assert!(!f.has_metric());
    let f = facts("10+ years of programming experience.");
    assert_eq!(kinds(&f), [MetricKind::Tenure]);
    assert!(!f.has_metric());
    let f = facts("Moved services to HTTP/2 and 1Password; ran 24/7 on-call.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
    let f = facts("Achieved 99.9% test coverage and 99.95% availability.");
    assert_eq!(kinds(&f), [MetricKind::Percent, MetricKind::Uptime]);
}

fn classes(f: &BulletFacts) -> Vec<MetricClass> {
    f.metrics.iter().map(|m| m.class).collect()
}

#[test]
fn versions_and_headcounts_in_a_change_are_not_results() {
    let f = facts("Upgraded Kubernetes clusters from 1.21 to 1.27 across 3 regions.");
    assert!(f.before_after.is_empty());
    assert!(!f.has_metric(), "{:?}", f.metrics);
    assert_eq!(kinds(&f)[..2], [MetricKind::Version, MetricKind::Version]);
    assert!(f.version_change);
    // A version range after a named technology: both ends are versions, not a count.
    for b in [
        "Led the MySQL 5.7 to 8.0 upgrade for the orders cluster.",
        "Moved the monolith from Java 11 → 17.",
    ] {
        let f = facts(b);
        assert!(
            f.metrics.iter().all(|m| m.kind == MetricKind::Version),
            "{b}: {:?}",
            f.metrics
        );
        assert!(f.version_change, "{b}");
    }
    assert!(!facts("Built the Java 17 billing service for 40 teams.").version_change);
    // "3-D Secure" is a name, not three days.
    let f = facts("Implemented card payment flows using 3-D Secure 2.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
    let f = facts("Hired and onboarded engineers, supporting growth from 8 to 60 engineers.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
    let f = facts("Interviewed candidates and helped grow the team from 4 to 15.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
    // Not an upgrade: a change.
    let f = facts("Took critical CVEs in the base images from 140 to 0.");
    assert_eq!(classes(&f), [MetricClass::Impact, MetricClass::Impact]);
}

#[test]
fn results_in_other_words_are_impact() {
    for (bullet, figure) in [
        ("Cut release lead time from ~6 weeks to ~1 week.", "1 week"),
        ("Monthly deploys went from a handful a month to ~50.", "50"),
        ("Queue wait went from days to under an hour.", "an hour"),
        (
            "Automated the audit, saving the team about a week of work each quarter.",
            "a week",
        ),
        ("It now runs on a third of the hardware.", "a third"),
        (
            "Patched 312 services within 72 hours of the disclosure.",
            "72 hours",
        ),
        (
            "Rolled out to all regions with no dropped messages.",
            "no dropped",
        ),
        ("Traced 30 services (up from 4).", "4"),
        (
            "200+ engineers were using it within a month.",
            "200+ engineers",
        ),
    ] {
        let f = facts(bullet);
        let text = alloc::format!("{WRAP}{bullet}\n");
        let m = f
            .metrics
            .iter()
            .find(|m| m.span.slice(&text).starts_with(figure));
        assert_eq!(
            m.map(|m| m.class),
            Some(MetricClass::Impact),
            "{bullet}: {:?}",
            f.metrics
        );
    }
    // A count of things migrated is the size of the job; machines are a fleet.
    let f = facts("Led migration of 1,400 cron jobs into Kubernetes CronJobs.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
    assert!(facts("Migrated a fleet of 1,800 VMs to EKS.").has_metric());
    // "using" right after a count is a method.
    let f = facts("Implemented deletion workflows across 9 services using a saga.");
    assert!(!f.has_metric(), "{:?}", f.metrics);
}

#[test]
fn flags_average_latency() {
    let f = facts("Cut average latency from 300ms to 120ms.");
    assert_eq!(f.average_latency.len(), 1);
    assert!(f
        .metrics
        .iter()
        .all(|m| m.average && m.percentile.is_none()));
    let f = facts("Cut mean time to recovery by 40%.");
    assert!(f.average_latency.is_empty());
}

#[test]
fn opening_verbs_and_duty_openers() {
    let f = facts("Worked on backend services for the platform.");
    assert_eq!(f.duty.map(|d| d.phrase), Some("worked on"));
    let f = facts("Architected a multi-tenant backend.");
    assert!(f.verb.unwrap().strong);
    let f = facts("Familiar with PostgreSQL.");
    assert!(f.verb.is_none());
    assert_eq!(f.hedges.len(), 1);
}

#[test]
fn method_needs_a_how_not_a_quantity() {
    assert!(facts("Reduced costs by 30%.").method.is_none());
    assert!(facts("Led the migration with zero downtime.")
        .method
        .is_none());
    assert!(facts("Reduced costs by 30% by caching responses.")
        .method
        .is_some());
    assert!(facts("Cut p99 via query-plan rewrites.").method.is_some());
}

#[test]
fn passive_and_pronouns() {
    let f = facts("The cache was implemented and I built our I/O layer in the US.");
    assert_eq!(f.passive.len(), 1);
    assert_eq!(f.pronouns.len(), 2);
    let f = facts("Built services that are distributed across regions.");
    assert!(f.passive.is_empty());
    let f = facts("Designed an active-active setup in us-east-1 and eu-west-1.");
    assert!(f.pronouns.is_empty());
    assert!(!f.has_metric(), "{:?}", f.metrics);
}

#[test]
fn phrases_match_across_hyphens() {
    let f = facts("Results-driven engineer building high-throughput services.");
    assert_eq!(f.self_praise.len(), 1);
    assert_eq!(f.unitless_scale.len(), 1);
    assert_eq!(f.unitless_scale[0].phrase, "high throughput");
}

/// Readings a hand audit of unseen resumes found false (tests/fixtures/audit/AUDIT.md).
#[test]
fn audit_readings_of_figures() {
    // A spelled-out duration glued to its unit is a duration, not a count of the noun after.
    let f = facts("Wrote a PowerShell script that cut a two-day manual job to one evening.");
    assert_eq!(kinds(&f), [MetricKind::Duration]);
    assert_eq!(classes(&f), [MetricClass::Impact]);
    let f = facts("Delivered features in two-week sprints.");
    assert_eq!(classes(&f), [MetricClass::Scope]);
    // Users a thing was used by are its adoption: a result.
    let f = facts("Made a site used by 400+ students in its first month.");
    assert_eq!(classes(&f), [MetricClass::Impact]);
    let f = facts("Wrote an internal Rust CLI, used daily by 60+ engineers.");
    assert_eq!(classes(&f), [MetricClass::Impact]);
    let f = facts("Wrote a Go client library adopted by all 14 product teams.");
    assert_eq!(classes(&f), [MetricClass::Impact]);
    // A rate written with a slash after its noun is a throughput.
    let f = facts("Built a Go relay that sends 4,000 webhooks/s to partner endpoints.");
    assert_eq!(kinds(&f), [MetricKind::Throughput]);
    let f = facts("Wrote a scheduler for ~12k payroll runs/month in Java.");
    assert_eq!(kinds(&f), [MetricKind::Throughput]);
    // A course or standard code is a name.
    let f = facts("Implemented Raft for CS 739 in Go.");
    assert_eq!(classes(&f), [MetricClass::Incidental]);
    let f = facts("Ran the SOC 2 evidence collection in Python.");
    assert_eq!(classes(&f), [MetricClass::Incidental]);
    // A count of failures that fell to none is the before of a change.
    let f = facts(
        "Added idempotency keys, ending duplicate payouts (11 incidents in 2021, none since).",
    );
    assert_eq!(classes(&f)[0], MetricClass::Impact);
    let f = facts("Triaged 11 incidents for the payments team, none of them repeats.");
    assert_eq!(classes(&f), [MetricClass::Scope]);
}

#[test]
fn the_upkeep_of_a_count_is_upkeep_of_scope_without_a_result() {
    let f = facts("Led a team of 6 developers responsible for the upkeep of 25+ microservices.");
    assert!(f.xyz.upkeep_of_scope);
    let f = facts(
        "Automated the maintenance of 300 Linux hosts with Ansible, cutting patch time from 3 days to 4 hours.",
    );
    assert!(!f.xyz.upkeep_of_scope);
}

/// A project line that describes what was built after its name says what was done.
#[test]
fn a_project_description_after_its_name_is_the_x_part() {
    let f = facts("pgqueue (open source): a Go library for job queues on PostgreSQL.");
    assert!(f.xyz.x.is_some());
    let f = facts("pgqueue (open source): Go, PostgreSQL, Docker.");
    assert!(f.xyz.x.is_none());
}
