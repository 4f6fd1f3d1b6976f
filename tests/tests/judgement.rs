//! How far the bullet grade agrees with careful human labels, beside the one-line baseline.
//!
//! Two labeled corpora, each with its README:
//! - `tests/fixtures/judgement/`: 568 bullets written for this project to the rubric
//!   (`bullets.tsv`: id, bullet, tags), the author's labels and two independent labelers'
//!   (`author.tsv`, `labeler-a.tsv`, `labeler-b.tsv`: id, label) and `gold.tsv`, their majority
//!   (without it the test takes the majority itself, the author's label on a three-way split).
//!   `JUDGEMENT_DIR` points this test at another copy of the corpus (a draft being written).
//! - `tests/fixtures/judgement-heldout/`: 240 bullets written by someone who never saw the
//!   analyzer, labeled by three labelers (`labeler-a/b/c.tsv`) and their majority (`gold.tsv`).
//!   `bullets.tsv` has a `split` column: `dev` bullets may be studied and tuned on; `test`
//!   bullets are only measured, so the TEST figure says how the grade does on bullets nobody
//!   tuned it to. The verbose listing prints DEV disagreements only.
//!
//! Each bullet is analyzed alone inside a tiny resume (as `corpus.rs` does); its grade reads
//! as a label: A = strong, B = ok, C or D = weak. The tests print the analyzer's 3-class
//! agreement, weak recall, strong false-flag rate and Cohen's kappa with gold; the same for the
//! baselines "no digit → weak, digit → strong" and "no digit → weak, digit → ok"; kappa between
//! every two labelings; the confusion matrix and the agreement per tag. Each fails unless the
//! analyzer is at least 10 points ahead of the better baseline; the first also fails under
//! [`OLD_CORPUS_FLOOR`]. `JUDGEMENT_VERBOSE=1` prints every disagreement (DEV only for the
//! held-out corpus).
//!
//! The third test reads `tests/fixtures/bullet-rules.tsv` (rule, `+`/`-`, bullet, or a whole
//! resume with `\n` escapes): for every B-* rule its own positive cases (the rule must fire)
//! and real-looking negative cases (it must not), and prints each rule's precision and recall;
//! it fails when a rule's precision is under 95%.

use resume_analyzer::{analyze, Options, Report};
use resume_analyzer_tests::fixture_path;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const WRAP: &str = "EXPERIENCE\nBackend Engineer — Acme | Jan 2020 – Present\n- ";
const LABELS: [&str; 3] = ["weak", "ok", "strong"];
/// The labelings a corpus may have beside `gold.tsv` (with the older file names a draft may
/// use), in the order a three-way split falls back to: the author's first.
const LABELINGS: [(&str, &[&str]); 4] = [
    ("author", &["author.tsv", "author-labels.tsv"]),
    ("A", &["labeler-a.tsv", "labels-a.tsv"]),
    ("B", &["labeler-b.tsv", "labels-b.tsv"]),
    ("C", &["labeler-c.tsv", "labels-c.tsv"]),
];
/// The analyzer must stay this many points of agreement ahead of the better digit baseline.
const LEAD_OVER_BASELINE: f64 = 10.0;
/// Agreement the written-to-the-rubric corpus must keep (it was 90.1% when the held-out
/// corpus arrived): tuning on one corpus must not cost the other.
const OLD_CORPUS_FLOOR: f64 = 88.0;

fn old_corpus_dir() -> PathBuf {
    std::env::var_os("JUDGEMENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| fixture_path("judgement"))
}

/// Rows of a TSV file with a header, as maps from column name to value.
fn tsv(path: &Path) -> Option<Vec<BTreeMap<String, String>>> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<String> = lines
        .next()?
        .split('\t')
        .map(|h| h.trim().to_lowercase())
        .collect();
    Some(
        lines
            .filter(|l| !l.starts_with('#'))
            .map(|l| {
                header
                    .iter()
                    .cloned()
                    .zip(l.split('\t').map(|c| c.trim().to_string()))
                    .collect()
            })
            .collect(),
    )
}

/// A label file: id → label (`weak` / `ok` / `strong`; a first letter is accepted).
fn labels(path: &Path) -> Option<BTreeMap<String, &'static str>> {
    let rows = tsv(path)?;
    let mut out = BTreeMap::new();
    for row in rows {
        let id = row.get("id")?.clone();
        let raw = row
            .iter()
            .find(|(k, _)| *k != "id")
            .map(|(_, v)| v.to_lowercase())?;
        out.insert(id, label(&raw)?);
    }
    Some(out)
}

fn label(raw: &str) -> Option<&'static str> {
    let raw = raw.trim();
    LABELS
        .iter()
        .copied()
        .find(|l| *l == raw || (raw.len() == 1 && l.starts_with(raw)))
}

struct Item {
    id: String,
    bullet: String,
    tags: Vec<String>,
    /// `dev` or `test` in the held-out corpus; empty elsewhere.
    split: String,
    gold: &'static str,
    predicted: &'static str,
    grade: &'static str,
    rules: Vec<&'static str>,
}

/// Tags as the corpus writes them: comma- or space-separated words, or a run of one-letter
/// codes ("DS" = D and S).
fn tags(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in raw.split([',', ' ', ';', '|']).filter(|t| !t.is_empty()) {
        if t.len() <= 6 && t.chars().all(|c| c.is_ascii_uppercase()) {
            out.extend(t.chars().map(String::from));
        } else {
            out.push(t.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn grade_label(grade: &str) -> &'static str {
    match grade {
        "A" => "strong",
        "B" => "ok",
        _ => "weak",
    }
}

fn analyze_bullet(bullet: &str) -> Report {
    let text = format!("{WRAP}{bullet}\n");
    analyze(&text, &Options::default()).unwrap_or_else(|e| panic!("{bullet}: {e}"))
}

/// A labeled corpus, graded.
struct Corpus {
    dir: PathBuf,
    items: Vec<Item>,
    /// Each labeling present (name, id → label), for the labelers' agreement.
    labelings: Vec<(&'static str, BTreeMap<String, &'static str>)>,
}

fn load(dir: &Path) -> Corpus {
    let rows = tsv(&dir.join("bullets.tsv"))
        .unwrap_or_else(|| panic!("{}: no bullets.tsv", dir.display()));
    let labelings: Vec<(&'static str, BTreeMap<String, &'static str>)> = LABELINGS
        .iter()
        .filter_map(|(name, files)| {
            files
                .iter()
                .find_map(|f| labels(&dir.join(f)))
                .map(|l| (*name, l))
        })
        .collect();
    let gold_file = labels(&dir.join("gold.tsv"));
    let mut items = Vec::new();
    for row in rows {
        let id = row.get("id").cloned().unwrap_or_default();
        let bullet = row.get("bullet").cloned().unwrap_or_default();
        assert!(!bullet.is_empty(), "row {id}: empty bullet");
        let votes: Vec<&'static str> = labelings
            .iter()
            .filter_map(|(_, m)| m.get(&id).copied())
            .collect();
        let gold = gold_file
            .as_ref()
            .and_then(|m| m.get(&id).copied())
            .or_else(|| row.get("gold").and_then(|g| label(&g.to_lowercase())))
            .or_else(|| majority(&votes))
            .unwrap_or_else(|| panic!("row {id}: no label"));
        let report = analyze_bullet(&bullet);
        assert_eq!(report.bullets.len(), 1, "{bullet}: one bullet expected");
        let r = &report.bullets[0];
        // Every corpus line is an achievement bullet: one read as a skills line, a
        // certification or a title is not graded, and that is a reading error.
        let grade = r
            .grade
            .unwrap_or_else(|| panic!("{id}: not graded (read as not a bullet): {bullet}"));
        items.push(Item {
            id,
            tags: tags(row.get("tags").map(String::as_str).unwrap_or("")),
            split: row.get("split").cloned().unwrap_or_default(),
            gold,
            predicted: grade_label(grade.as_str()),
            grade: grade.as_str(),
            rules: r.rules.clone(),
            bullet,
        });
    }
    Corpus {
        dir: dir.to_path_buf(),
        items,
        labelings,
    }
}

/// The label most votes give; on a three-way split, the first (the author's).
fn majority(votes: &[&'static str]) -> Option<&'static str> {
    let first = *votes.first()?;
    LABELS
        .iter()
        .copied()
        .find(|l| votes.iter().filter(|v| *v == l).count() * 2 > votes.len())
        .or(Some(first))
}

#[derive(Debug, Clone, Copy)]
struct Measures {
    agreement: f64,
    weak_recall: f64,
    strong_false_flags: f64,
    kappa: f64,
}

fn measure(gold: &[&str], predicted: &[&str]) -> Measures {
    let n = gold.len().max(1) as f64;
    let agree = gold.iter().zip(predicted).filter(|(g, p)| g == p).count() as f64;
    let of = |label: &str| gold.iter().filter(|g| **g == label).count().max(1) as f64;
    let weak_hit = gold
        .iter()
        .zip(predicted)
        .filter(|(g, p)| **g == "weak" && **p == "weak")
        .count() as f64;
    let strong_flagged = gold
        .iter()
        .zip(predicted)
        .filter(|(g, p)| **g == "strong" && **p == "weak")
        .count() as f64;
    Measures {
        agreement: 100.0 * agree / n,
        weak_recall: 100.0 * weak_hit / of("weak"),
        strong_false_flags: 100.0 * strong_flagged / of("strong"),
        kappa: kappa(gold, predicted),
    }
}

/// Cohen's kappa: agreement beyond what the two raters' label frequencies give by chance.
fn kappa(x: &[&str], y: &[&str]) -> f64 {
    let n = x.len().max(1) as f64;
    let observed = x.iter().zip(y).filter(|(a, b)| a == b).count() as f64 / n;
    let chance: f64 = LABELS
        .iter()
        .map(|l| {
            let px = x.iter().filter(|v| *v == l).count() as f64 / n;
            let py = y.iter().filter(|v| *v == l).count() as f64 / n;
            px * py
        })
        .sum();
    if (1.0 - chance).abs() < f64::EPSILON {
        return 1.0;
    }
    (observed - chance) / (1.0 - chance)
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

fn line(name: &str, m: Measures) -> String {
    format!(
        "{name:<38} agreement {:>5.1}%  weak recall {:>5.1}%  strong flagged weak {:>5.1}%  \
         kappa {:>5.2}",
        m.agreement, m.weak_recall, m.strong_false_flags, m.kappa
    )
}

/// The baselines' labels: "no digit → weak", and a digit → `with_digit`.
fn digit_baseline(items: &[&Item], with_digit: &'static str) -> Vec<&'static str> {
    items
        .iter()
        .map(|i| {
            if has_digit(&i.bullet) {
                with_digit
            } else {
                "weak"
            }
        })
        .collect()
}

/// The analyzer's measures and the better baseline's (its name and measures) on `items`,
/// printed under `title`.
fn measure_and_print(title: &str, items: &[&Item]) -> (Measures, &'static str, Measures) {
    let gold: Vec<&str> = items.iter().map(|i| i.gold).collect();
    let predicted: Vec<&str> = items.iter().map(|i| i.predicted).collect();
    let analyzer = measure(&gold, &predicted);
    let base_strong = measure(&gold, &digit_baseline(items, "strong"));
    let base_ok = measure(&gold, &digit_baseline(items, "ok"));
    let counts: Vec<String> = LABELS
        .iter()
        .map(|l| format!("{l} {}", gold.iter().filter(|g| *g == l).count()))
        .collect();
    println!(
        "\n{title}: {} bullets (gold: {})",
        items.len(),
        counts.join(", ")
    );
    println!(
        "{}",
        line("  analyzer (A strong, B ok, C/D weak)", analyzer)
    );
    println!(
        "{}",
        line("  baseline no digit weak, digit strong", base_strong)
    );
    println!("{}", line("  baseline no digit weak, digit ok", base_ok));
    if base_strong.agreement >= base_ok.agreement {
        (analyzer, "digit → strong", base_strong)
    } else {
        (analyzer, "digit → ok", base_ok)
    }
}

/// Kappa between every two labelings of the corpus.
fn print_labelers(corpus: &Corpus) {
    let ls = &corpus.labelings;
    if ls.len() < 2 {
        println!("labelers: fewer than two labelings present");
    }
    for (x, (name_x, map_x)) in ls.iter().enumerate() {
        for (name_y, map_y) in ls.iter().skip(x + 1) {
            let (a, b): (Vec<&str>, Vec<&str>) = map_x
                .iter()
                .filter_map(|(id, lx)| map_y.get(id).map(|ly| (*lx, *ly)))
                .unzip();
            println!(
                "labelers {name_x} vs {name_y}: agreement {:.1}%, kappa {:.2} ({} bullets)",
                measure(&a, &b).agreement,
                kappa(&a, &b),
                a.len()
            );
        }
    }
}

fn print_confusion(items: &[&Item]) {
    println!("\nconfusion (gold \\ analyzer)   weak    ok strong");
    for g in LABELS {
        let row: Vec<String> = LABELS
            .iter()
            .map(|p| {
                format!(
                    "{:>6}",
                    items
                        .iter()
                        .filter(|i| i.gold == g && i.predicted == *p)
                        .count()
                )
            })
            .collect();
        println!("{g:<29}{}", row.join(""));
    }
}

fn print_tags(items: &[&Item], better_name: &str) {
    let mut by_tag: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for i in items {
        for t in &i.tags {
            let e = by_tag.entry(t.as_str()).or_default();
            e.0 += 1;
            e.1 += usize::from(i.gold == i.predicted);
            let base = match (has_digit(&i.bullet), better_name) {
                (false, _) => "weak",
                (true, "digit → ok") => "ok",
                (true, _) => "strong",
            };
            e.2 += usize::from(i.gold == base);
        }
    }
    if by_tag.is_empty() {
        return;
    }
    println!("\nper tag                 n  analyzer  baseline ({better_name})");
    for (tag, (n, ok, base)) in &by_tag {
        println!(
            "{tag:<20}{n:>5}  {:>7.1}%  {:>7.1}%",
            100.0 * *ok as f64 / *n as f64,
            100.0 * *base as f64 / *n as f64
        );
    }
}

fn print_disagreements<'a>(items: impl Iterator<Item = &'a Item>) {
    for i in items.filter(|i| i.gold != i.predicted) {
        println!(
            "{} gold {:<6} got {} {:<6} {:?} {}",
            i.id, i.gold, i.grade, i.predicted, i.rules, i.bullet
        );
    }
}

fn verbose() -> bool {
    std::env::var_os("JUDGEMENT_VERBOSE").is_some()
}

fn assert_ahead(corpus: &str, analyzer: Measures, better_name: &str, better: Measures) {
    assert!(
        analyzer.agreement >= better.agreement + LEAD_OVER_BASELINE,
        "{corpus}: analyzer agreement {:.1}% is not {LEAD_OVER_BASELINE} points ahead of the \
         baseline ({better_name}) {:.1}%",
        analyzer.agreement,
        better.agreement
    );
}

#[test]
fn grades_agree_with_the_labels_better_than_the_digit_baseline() {
    let corpus = load(&old_corpus_dir());
    assert!(
        corpus.items.len() >= 60,
        "corpus too small: {}",
        corpus.items.len()
    );
    let items: Vec<&Item> = corpus.items.iter().collect();
    println!("\ncorpus {}", corpus.dir.display());
    let (analyzer, better_name, better) = measure_and_print("all", &items);
    print_labelers(&corpus);
    print_confusion(&items);
    print_tags(&items, better_name);
    if verbose() {
        println!("\ndisagreements:");
        print_disagreements(corpus.items.iter());
    }
    assert_ahead("judgement", analyzer, better_name, better);
    if std::env::var_os("JUDGEMENT_DIR").is_none() {
        assert!(
            analyzer.agreement >= OLD_CORPUS_FLOOR,
            "judgement: analyzer agreement {:.1}% fell under {OLD_CORPUS_FLOOR}%",
            analyzer.agreement
        );
    }
}

/// The held-out corpus: bullets nobody wrote to the rubric or to the analyzer. The whole corpus
/// must stay ahead of the baseline; DEV and TEST are printed apart so that the gap between the
/// split that was studied and the one that was not shows how much the tuning generalizes.
#[test]
fn grades_agree_on_bullets_written_without_the_analyzer() {
    let corpus = load(&fixture_path("judgement-heldout"));
    assert!(corpus.items.len() >= 200, "held-out corpus too small");
    let all: Vec<&Item> = corpus.items.iter().collect();
    println!("\ncorpus {}", corpus.dir.display());
    let (analyzer, better_name, better) = measure_and_print("all", &all);
    for split in ["dev", "test"] {
        let part: Vec<&Item> = all.iter().copied().filter(|i| i.split == split).collect();
        assert!(
            !part.is_empty(),
            "no {split} bullets: bullets.tsv needs its split column"
        );
        measure_and_print(&split.to_uppercase(), &part);
    }
    print_labelers(&corpus);
    print_confusion(&all);
    if verbose() {
        println!("\nDEV disagreements (TEST's are not printed: measure it, do not tune on it):");
        print_disagreements(corpus.items.iter().filter(|i| i.split == "dev"));
    }
    assert_ahead("judgement-heldout", analyzer, better_name, better);
}

#[test]
fn every_bullet_rule_is_right_at_least_95_percent_of_the_time() {
    let path = fixture_path("bullet-rules.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    // rule → (true positives, false positives, false negatives, true negatives, misses)
    let mut per_rule: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut wrong: Vec<String> = Vec::new();
    for l in text.lines().skip(1) {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let mut cols = l.splitn(3, '\t');
        let (Some(rule), Some(expect), Some(bullet)) = (cols.next(), cols.next(), cols.next())
        else {
            panic!("bad line {l:?}");
        };
        let positive = match expect {
            "+" => true,
            "-" => false,
            _ => panic!("expect + or - in {l:?}"),
        };
        // A case with "\n" escapes is a whole resume (the profile rules read the summary and
        // skills); any other case is one bullet.
        let report = if bullet.contains("\\n") {
            let text = bullet.replace("\\n", "\n");
            analyze(&text, &Options::default()).unwrap_or_else(|e| panic!("{bullet}: {e}"))
        } else {
            analyze_bullet(bullet)
        };
        let fired = report.findings.iter().any(|f| f.rule == rule);
        let e = per_rule.entry(rule.to_string()).or_default();
        let slot = match (positive, fired) {
            (true, true) => 0,
            (false, true) => 1,
            (true, false) => 2,
            (false, false) => 3,
        };
        e[slot] += 1;
        if positive != fired {
            wrong.push(format!(
                "{rule} {} on: {bullet}",
                if fired { "fires" } else { "misses" }
            ));
        }
    }
    println!("\nrule              cases  precision  recall  (tp fp fn tn)");
    let mut failures = Vec::new();
    for (rule, [tp, fp, fn_, tn]) in &per_rule {
        let precision = 100.0 * *tp as f64 / (*tp + *fp).max(1) as f64;
        let recall = 100.0 * *tp as f64 / (*tp + *fn_).max(1) as f64;
        println!(
            "{rule:<18}{:>5}  {precision:>8.1}%  {recall:>5.1}%  ({tp} {fp} {fn_} {tn})",
            tp + fp + fn_ + tn
        );
        if *tp + *fn_ < 3 || *fp + *tn < 3 {
            failures.push(format!(
                "{rule}: needs at least 3 positive and 3 negative cases"
            ));
        }
        if precision < 95.0 {
            failures.push(format!("{rule}: precision {precision:.1}% < 95%"));
        }
    }
    for w in &wrong {
        println!("  {w}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
