//! The score and the findings summary: groups, top fixes and bands hold together.

use resume_analyzer::report::Report;
use resume_analyzer::{analyze, Options};
use resume_analyzer_tests::fixture;

fn report_of(text: &str) -> Report {
    analyze(text, &Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn fixtures() -> Vec<(String, Report)> {
    [
        "weak.md",
        "strong-senior.md",
        "hazards.md",
        "json-resume.json",
    ]
    .iter()
    .map(|name| {
        let text = fixture(&format!("resumes/{name}"));
        (name.to_string(), report_of(&text))
    })
    .collect()
}

#[test]
fn every_finding_is_in_exactly_one_group_of_its_rule() {
    for (name, r) in fixtures() {
        let mut seen = vec![0u32; r.findings.len()];
        for g in &r.groups {
            assert_eq!(g.count as usize, g.findings.len(), "{name} {}", g.rule);
            assert!(
                g.findings.windows(2).all(|w| w[0] < w[1]),
                "{name} {}",
                g.rule
            );
            for &i in &g.findings {
                assert_eq!(r.findings[i].rule, g.rule, "{name}");
                seen[i] += 1;
            }
            assert!(
                !g.message.is_empty() && !g.fix.is_empty(),
                "{name} {}",
                g.rule
            );
        }
        assert!(seen.iter().all(|&n| n == 1), "{name}: {seen:?}");
        let mut rules: Vec<&str> = r.groups.iter().map(|g| g.rule).collect();
        rules.sort();
        rules.dedup();
        assert_eq!(rules.len(), r.groups.len(), "{name}: one group per rule");
    }
}

#[test]
fn groups_of_several_use_the_grouped_wording_with_their_count() {
    let r = report_of(&fixture("resumes/weak.md"));
    let metric = r
        .groups
        .iter()
        .find(|g| g.rule == "B-NO-METRIC")
        .expect("weak.md has bullets without a metric");
    assert!(metric.count > 1);
    assert_eq!(
        metric.message,
        format!("{} bullets have no measured result", metric.count)
    );
    for g in r.groups.iter().filter(|g| g.count == 1) {
        assert_eq!(g.message, r.findings[g.findings[0]].message, "{}", g.rule);
    }
}

#[test]
fn groups_and_top_fixes_are_ranked_by_points_recoverable() {
    for (name, r) in fixtures() {
        assert!(
            r.groups
                .windows(2)
                .all(|w| (w[1].points, w[0].rule) <= (w[0].points, w[1].rule)),
            "{name}: groups out of order"
        );
        assert!(r.top_fixes.len() <= 10, "{name}");
        assert!(r.top_fixes.windows(2).all(|w| w[0] < w[1]), "{name}");
        for &i in &r.top_fixes {
            assert!(r.groups[i].points > 0, "{name}");
        }
        let worth = r.groups.iter().filter(|g| g.points > 0).count();
        assert_eq!(r.top_fixes.len(), worth.min(10), "{name}");
        // A fix never gives back more than the score lost.
        for g in &r.groups {
            assert!(g.points <= 100 - r.score.overall, "{name} {}", g.rule);
        }
    }
}

#[test]
fn the_weak_resume_leads_with_fixes_worth_points() {
    let r = report_of(&fixture("resumes/weak.md"));
    assert!(r.top_fixes.len() >= 3, "{:?}", r.top_fixes);
    let first = &r.groups[r.top_fixes[0]];
    assert!(first.points >= 5, "{first:?}");
}

#[test]
fn the_band_holds_the_overall_score_and_the_bands_cover_0_to_100() {
    for (name, r) in fixtures() {
        let s = &r.score;
        assert!(s.band.min <= s.overall && s.overall <= s.band.max, "{name}");
        assert_eq!(s.bands.first().map(|b| b.min), Some(0));
        assert_eq!(s.bands.last().map(|b| b.max), Some(100));
        for w in s.bands.windows(2) {
            assert_eq!(w[0].max + 1, w[1].min);
        }
        let ids: Vec<&str> = s.bands.iter().map(|b| b.id).collect();
        assert_eq!(ids, ["weak", "fair", "good", "strong"]);
        assert!(s.bands.iter().all(|b| !b.meaning.is_empty()));
    }
}
