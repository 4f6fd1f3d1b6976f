//! The score and the findings summary: groups, top fixes and bands hold together.

use resume_analyzer::report::Report;
use resume_analyzer::{analyze, Options};
use resume_analyzer_tests::{fixture, rule_ids};

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

// ---------------------------------------------------------------------------------------------
// The real-world corpus: does the score order resumes the way an expert does?
// ---------------------------------------------------------------------------------------------

use resume_analyzer::date::YearMonth;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{analyze_with_layout, InputFormat};
use resume_analyzer_tests::{fixture_path, sidecars};
use serde_json::Value;
use std::path::Path;

/// "Present" in the corpus's sidecars.
const TODAY: YearMonth = YearMonth {
    year: 2026,
    month: 12,
};

/// The target: Spearman correlation between the overall score and the expert ranking.
const TARGET_SPEARMAN: f64 = 0.8;
/// Ratchet: the test fails under it. The score reached 0.49 on the 44-resume corpus when the
/// ranking landed, 0.65 once prose sentences were graded and PDF bullets rebuilt from geometry,
/// 0.84 once the score counted the measured results (B-FEW-RESULTS), discounted bullets naming
/// little backend technology (B-LITTLE-BACKEND) and weighted the bullets half (the digit
/// baseline 0.40). Raise it as the score improves; never lower it to make a change pass.
const MIN_SPEARMAN: f64 = 0.8;
/// Each half of the ranking (odd and even positions) separately: a change fitted to some
/// resumes shows as one half falling behind the other.
const MIN_SPEARMAN_HALF: f64 = 0.75;

/// One corpus resume as people hand it to the analyzer: the source, or for an HTML source the
/// PDF a browser printed from it (people open the PDF, not the markup).
struct Resume {
    id: String,
    quality: String,
    report: Report,
    text: String,
}

fn corpus() -> Vec<Resume> {
    let dir = fixture_path("real-world");
    let sidecars = sidecars("real-world");
    sidecars
        .iter()
        .map(|sidecar| {
            let expect: Value = serde_json::from_str(
                &std::fs::read_to_string(sidecar)
                    .unwrap_or_else(|e| panic!("{}: {e}", sidecar.display())),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", sidecar.display()));
            let name = sidecar.file_name().unwrap().to_string_lossy().into_owned();
            let id = name.trim_end_matches(".expect.json").to_string();
            let source = expect["source"].as_str().expect("source");
            let path = if expect["format"] == "html" {
                dir.join(format!("{id}.items.json"))
            } else {
                dir.join(source)
            };
            let (text, format, layout) = read_file(&path);
            let options = Options {
                format,
                today: Some(TODAY),
                ..Options::default()
            };
            let report = analyze_with_layout(&text, &options, &layout)
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            let text = report.text.clone().unwrap_or(text);
            Resume {
                id,
                quality: expect["quality"].as_str().unwrap_or("").to_string(),
                report,
                text,
            }
        })
        .collect()
}

fn read_file(path: &Path) -> (String, InputFormat, LayoutFacts) {
    let name = path.to_string_lossy();
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    if name.ends_with(".items.json") {
        let pdf = resume_pdf::from_json(&String::from_utf8_lossy(&bytes))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        return (pdf.text, InputFormat::Text, pdf.layout);
    }
    let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("json") => InputFormat::JsonResume,
        Some("tex") => InputFormat::Latex,
        _ => InputFormat::Auto,
    };
    (text, format, LayoutFacts::default())
}

/// The expert's order, best first.
fn expert_ranking() -> Vec<String> {
    let path = fixture_path("real-world/ranking.json");
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .expect("ranking.json");
    json["ranking"]
        .as_array()
        .expect("ranking")
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The baseline: the share of judged bullets holding a digit (0 with no bullets), in percent.
fn digit_share(r: &Resume) -> f64 {
    let judged: Vec<&str> = r
        .report
        .bullets
        .iter()
        .filter(|b| b.judged)
        .map(|b| b.span.slice(&r.text))
        .collect();
    if judged.is_empty() {
        return 0.0;
    }
    let with_digit = judged
        .iter()
        .filter(|b| b.chars().any(|c| c.is_ascii_digit()))
        .count();
    100.0 * with_digit as f64 / judged.len() as f64
}

/// Ranks of `values` (1 = highest), ties sharing their mean rank.
fn ranks_desc(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            ranks[k] = mean;
        }
        i = j + 1;
    }
    ranks
}

/// Spearman's rho: the Pearson correlation of the ranks (handles ties).
fn spearman(a: &[f64], b: &[f64]) -> f64 {
    let (ra, rb) = (ranks_desc(a), ranks_desc(b));
    let n = ra.len() as f64;
    let (ma, mb) = (ra.iter().sum::<f64>() / n, rb.iter().sum::<f64>() / n);
    let cov: f64 = ra.iter().zip(&rb).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f64 = ra.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f64 = rb.iter().map(|y| (y - mb).powi(2)).sum();
    if va == 0.0 || vb == 0.0 {
        0.0
    } else {
        cov / (va * vb).sqrt()
    }
}

#[test]
fn spearman_is_one_for_the_same_order_and_minus_one_for_the_reverse() {
    let a = [4.0, 3.0, 2.0, 1.0];
    assert!((spearman(&a, &[40.0, 30.0, 20.0, 10.0]) - 1.0).abs() < 1e-9);
    assert!((spearman(&a, &[1.0, 2.0, 3.0, 4.0]) + 1.0).abs() < 1e-9);
    assert_eq!(ranks_desc(&[5.0, 7.0, 5.0]), vec![2.5, 1.0, 2.5]);
}

#[test]
fn the_score_orders_the_corpus_as_the_expert_does() {
    let resumes = corpus();
    let ranking = expert_ranking();
    assert!(
        ranking.len() >= 20,
        "the expert ranked {} resumes",
        ranking.len()
    );
    let ranked: Vec<&Resume> = ranking
        .iter()
        .map(|id| {
            resumes
                .iter()
                .find(|r| &r.id == id)
                .unwrap_or_else(|| panic!("ranked {id} has no sidecar"))
        })
        .collect();
    // The expert's order as a value: the best gets the highest.
    let expert: Vec<f64> = (0..ranked.len())
        .map(|i| (ranked.len() - i) as f64)
        .collect();
    let scores: Vec<f64> = ranked
        .iter()
        .map(|r| f64::from(r.report.score.overall))
        .collect();
    let baseline: Vec<f64> = ranked.iter().map(|r| digit_share(r)).collect();
    println!(
        "{:>3} {:<30} {:>8} {:>5} {:>6}  band",
        "#", "expert order", "quality", "score", "digit%"
    );
    for (i, r) in ranked.iter().enumerate() {
        let parts: Vec<String> = r
            .report
            .score
            .parts
            .iter()
            .map(|p| format!("{}", p.score))
            .collect();
        println!(
            "{:>3} {:<30} {:>8} {:>5} {:>6.0}  {:<6} parts {} · {} bullets, {} words",
            i + 1,
            r.id,
            r.quality,
            r.report.score.overall,
            baseline[i],
            r.report.score.band.id,
            parts.join("/"),
            r.report.bullets.iter().filter(|b| b.judged).count(),
            r.report.input.words
        );
    }
    let rho = spearman(&expert, &scores);
    let rho_baseline = spearman(&expert, &baseline);
    let half = |start: usize| {
        let pick = |v: &[f64]| -> Vec<f64> { v.iter().skip(start).step_by(2).copied().collect() };
        (
            spearman(&pick(&expert), &pick(&scores)),
            spearman(&pick(&expert), &pick(&baseline)),
        )
    };
    let ((odd, odd_baseline), (even, even_baseline)) = (half(0), half(1));
    println!(
        "Spearman vs expert ranking ({} resumes): score {rho:.3}, baseline (share of bullets \
         with a digit) {rho_baseline:.3}; target {TARGET_SPEARMAN}, floor {MIN_SPEARMAN}",
        ranked.len()
    );
    println!(
        "  odd positions (1st, 3rd, …): score {odd:.3}, baseline {odd_baseline:.3}; even \
         positions: score {even:.3}, baseline {even_baseline:.3}; floor {MIN_SPEARMAN_HALF} each"
    );
    assert!(
        rho >= MIN_SPEARMAN,
        "Spearman {rho:.3} < {MIN_SPEARMAN} (baseline {rho_baseline:.3})"
    );
    assert!(
        odd >= MIN_SPEARMAN_HALF && even >= MIN_SPEARMAN_HALF,
        "Spearman per half: odd {odd:.3}, even {even:.3} (floor {MIN_SPEARMAN_HALF})"
    );
    assert!(rho > rho_baseline, "the score must beat the digit baseline");
}

#[test]
fn bands_by_corpus_quality() {
    let resumes = corpus();
    let mut table: std::collections::BTreeMap<(String, &str), u32> = Default::default();
    let mut by_quality: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
    for r in &resumes {
        *table
            .entry((r.quality.clone(), r.report.score.band.id))
            .or_default() += 1;
        by_quality
            .entry(r.quality.clone())
            .or_default()
            .push(r.report.score.overall);
    }
    println!("quality   weak fair good strong   median");
    for (quality, scores) in &mut by_quality {
        scores.sort_unstable();
        let n = |band: &str| table.get(&(quality.clone(), band)).copied().unwrap_or(0);
        println!(
            "{quality:<9} {:>4} {:>4} {:>4} {:>6}   {:>6}",
            n("weak"),
            n("fair"),
            n("good"),
            n("strong"),
            scores[scores.len() / 2]
        );
    }
    let median = |q: &str| {
        let s = &by_quality[q];
        s[s.len() / 2]
    };
    // Typical strong, typical and typical weak resumes land in different bands, in order.
    let band_of = |score: u32| resume_analyzer::report::band(score).id;
    assert_eq!(band_of(median("weak")), "weak");
    assert!(matches!(band_of(median("typical")), "fair" | "good"));
    assert!(matches!(band_of(median("strong")), "good" | "strong"));
    assert!(median("weak") < median("typical") && median("typical") < median("strong"));
}

// ---------------------------------------------------------------------------------------------
// Edge cases: what a score must never do.
// ---------------------------------------------------------------------------------------------

fn overall(text: &str) -> u32 {
    report_of(text).score.overall
}

/// Every point lost traces to findings: the parts' points lost are their findings' points
/// (through the bullets for the bullets part), and the whole-score findings carry the rest.
fn assert_points_trace_to_findings(r: &Report) {
    let total: u32 = r.score.parts.iter().map(|p| p.weight).sum();
    let weighted: u32 = r.score.parts.iter().map(|p| p.score * p.weight).sum();
    let unscaled = (weighted * 100 + total * 50) / (total * 100);
    let whole: u32 = r
        .findings
        .iter()
        .filter(|f| matches!(f.rule, "F-TOO-SHORT" | "F-TOO-LONG"))
        .map(|f| f.points)
        .sum();
    assert_eq!(
        unscaled.saturating_sub(whole),
        r.score.overall,
        "{:?}",
        r.score
    );
    for p in &r.score.parts {
        if p.score < 100 {
            assert!(
                r.findings
                    .iter()
                    .any(|f| f.category == p.category && f.points > 0),
                "{:?} lost points with no finding",
                p.category
            );
        }
    }
}

#[test]
fn three_letters_and_twenty_words_score_under_20_with_one_finding_saying_why() {
    for text in [
        "abc",
        "Jane Doe, backend engineer. I write Go and Python services and like databases. \
         Looking for a new role soon, thanks.",
    ] {
        let r = report_of(text);
        assert!(r.score.overall < 20, "{text}: {}", r.score.overall);
        assert_eq!(r.score.band.id, "weak");
        let short: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "F-TOO-SHORT")
            .collect();
        assert_eq!(short.len(), 1, "{text}");
        assert!(short[0].message.contains("too short to judge"));
        assert!(short[0].points > 0);
        assert_points_trace_to_findings(&r);
    }
}

#[test]
fn no_bullets_read_means_a_bullets_part_of_0_and_one_finding() {
    let r = report_of("abc");
    let bullets = r
        .score
        .parts
        .iter()
        .find(|p| p.category == resume_analyzer::Category::Bullets)
        .unwrap();
    assert_eq!(bullets.score, 0);
    let why: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "F-NO-BULLETS")
        .collect();
    assert_eq!(why.len(), 1);
    assert!(
        why[0].message.starts_with("No bullets read"),
        "{}",
        why[0].message
    );
}

/// The strong fixture with its experience bullets rewritten as one paragraph per role: the
/// same words, no bullets.
fn as_prose(text: &str) -> String {
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    for line in text.lines() {
        if let Some(bullet) = line.strip_prefix("- ") {
            paragraph.push(bullet);
            continue;
        }
        if !paragraph.is_empty() {
            out.push_str(&format!("I {}\n", paragraph.join(" I ").to_lowercase()));
            paragraph.clear();
        }
        out.push_str(line);
        out.push('\n');
    }
    if !paragraph.is_empty() {
        out.push_str(&format!("I {}\n", paragraph.join(" I ").to_lowercase()));
    }
    out
}

#[test]
fn prose_never_scores_above_the_same_content_as_bullets() {
    let bullets = fixture("resumes/strong-senior.md");
    let prose = as_prose(&bullets);
    assert!(!prose.contains("\n- "));
    let (b, p) = (overall(&bullets), overall(&prose));
    println!("strong-senior.md: bullets {b}, the same as prose {p}");
    assert!(p < b, "prose {p} must score below bullets {b}");
    // The sentences are graded like bullets, and one finding says to write them as bullets.
    let r = report_of(&prose);
    assert!(
        r.findings.iter().any(|f| f.rule == "F-PROSE"),
        "{:?}",
        rule_ids(&r)
    );
}

#[test]
fn a_strong_resume_pasted_300_times_scores_near_nothing() {
    let one = fixture("resumes/strong-senior.md");
    let pasted = one.repeat(300);
    let r = report_of(&pasted);
    println!(
        "strong-senior.md: once {}, pasted 300 times {} (~{} pages)",
        overall(&one),
        r.score.overall,
        r.input.pages
    );
    assert!(r.score.overall < 10, "{}", r.score.overall);
    let long: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "F-TOO-LONG")
        .collect();
    assert_eq!(long.len(), 1);
    assert_points_trace_to_findings(&r);
    // Length is penalised in proportion: 6 pages keep about half.
    let six = one.repeat(9);
    let r6 = report_of(&six);
    assert!(
        (4..=7).contains(&r6.input.pages),
        "{} pages",
        r6.input.pages
    );
    assert!(r6.score.overall < overall(&one) && r6.score.overall > r.score.overall);
}

#[test]
fn the_fixtures_points_trace_to_findings() {
    for (_, r) in fixtures() {
        assert_points_trace_to_findings(&r);
    }
}

#[test]
#[ignore = "writes the corpus's reports to /tmp/score-dump for analysis"]
fn dump_corpus_reports() {
    std::fs::create_dir_all("/tmp/score-dump").unwrap();
    for r in corpus() {
        std::fs::write(
            format!("/tmp/score-dump/{}.json", r.id),
            resume_analyzer::render::json(&r.report),
        )
        .unwrap();
        std::fs::write(format!("/tmp/score-dump/{}.txt", r.id), &r.text).unwrap();
    }
}
