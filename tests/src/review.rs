//! A report as lines a reviewer reads: one per finding, bullet and keyword class.
//!
//! The whole-report JSON snapshot of a fixture was a wall of JSON in which a rule's change was
//! hard to see (four of them were 213 KB). This is the shape of ruff's diagnostic snapshots:
//! where, which rule, what it quoted, what it cost and what it said, one line each, so a diff
//! reads as "this finding appeared, that one moved". Exactly one fixture keeps a full-JSON
//! snapshot, for the schema (tests/tests/resumes.rs).
//!
//! It reads the report's JSON, not the Rust types, so it only changes when the output does.

use serde_json::Value;

/// Longest quoted span, in characters, before it is cut with `…`.
const QUOTE_CHARS: usize = 72;

/// The review lines of `report` (the report's JSON), quoting spans from `text`, the text the
/// report's spans point into (the analyzed text: `report.text` when the input was converted).
pub fn review_lines(report: &Value, text: &str) -> String {
    let mut out = String::new();
    summary(&mut out, report);
    findings(&mut out, report, text);
    bullets(&mut out, report, text);
    keywords(&mut out, report);
    out
}

fn summary(out: &mut String, report: &Value) {
    let score = &report["score"];
    let parts: Vec<String> = list(&score["parts"])
        .iter()
        .map(|p| {
            format!(
                "{} {} (×{}%)",
                str_of(&p["category"]),
                p["score"],
                p["weight"]
            )
        })
        .collect();
    line(
        out,
        &format!(
            "score {} {}: {}",
            score["overall"],
            str_of(&score["band"]["id"]),
            parts.join(", ")
        ),
    );
    let input = &report["input"];
    let inferred = if input["levelInferred"] == Value::Bool(true) {
        " (inferred)"
    } else {
        ""
    };
    line(
        out,
        &format!(
            "input {}, level {}{inferred}",
            str_of(&input["format"]),
            str_of(&input["level"])
        ),
    );
    let groups = list(&report["groups"]);
    let top: Vec<String> = list(&report["topFixes"])
        .iter()
        .filter_map(|i| groups.get(usize::try_from(i.as_u64()?).ok()?))
        .map(|g| format!("{} +{}", str_of(&g["rule"]), g["points"]))
        .collect();
    line(out, &format!("top fixes: {}", top.join(", ")));
}

/// `line:col  RULE  -points  "quoted span"  message`; whole-resume findings have no place.
fn findings(out: &mut String, report: &Value, text: &str) {
    let findings = list(&report["findings"]);
    line(out, &format!("\nfindings ({})", findings.len()));
    for f in findings {
        let (place, quote) = place_and_quote(&f["span"], text);
        line(
            out,
            &format!(
                "{place:<7} {:<20} {:<4} {quote}{}",
                str_of(&f["rule"]),
                format!("-{}", num(&f["points"])),
                str_of(&f["message"])
            ),
        );
    }
}

/// `line:col  grade score  "bullet"  its rules`; `~` marks a bullet the rules do not judge.
fn bullets(out: &mut String, report: &Value, text: &str) {
    let bullets = list(&report["bullets"]);
    line(out, &format!("\nbullets ({})", bullets.len()));
    for b in bullets {
        let (place, quote) = place_and_quote(&b["span"], text);
        let judged = if b["judged"] == Value::Bool(true) {
            ' '
        } else {
            '~'
        };
        let rules: Vec<&str> = list(&b["rules"]).iter().map(str_of).collect();
        line(
            out,
            &format!(
                "{place:<7} {}{judged}{:>3}  {quote}{}",
                b["grade"].as_str().unwrap_or("-"),
                num(&b["score"]),
                rules.join(" ")
            ),
        );
    }
}

/// One line per signal class: its status, counts and the terms found.
fn keywords(out: &mut String, report: &Value) {
    let classes = list(&report["keywords"]["classes"]);
    line(out, &format!("\nkeywords ({})", classes.len()));
    for c in classes {
        let terms: Vec<&str> = list(&c["terms"]).iter().map(str_of).collect();
        line(
            out,
            &format!(
                "{:<14} {:<8} {} distinct, {} mentions: {}",
                str_of(&c["class"]),
                str_of(&c["status"]),
                c["distinct"],
                c["mentions"],
                terms.join(", ")
            ),
        );
    }
}

/// One line of the snapshot, without trailing spaces (an empty quote or list leaves none).
fn line(out: &mut String, text: &str) {
    out.push_str(text.trim_end());
    out.push('\n');
}

/// `line:col` of a span's start and its text quoted (with a trailing space), or `-` and
/// nothing for a finding about the whole resume.
fn place_and_quote(span: &Value, text: &str) -> (String, String) {
    let (Some(start), Some(end)) = (offset(&span["start"]), offset(&span["end"])) else {
        return ("-".to_string(), String::new());
    };
    let Some(quoted) = text.get(start..end) else {
        return (format!("@{start}"), "<span outside the text> ".to_string());
    };
    let before = text.get(..start).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    let mut cut: String = quoted.chars().take(QUOTE_CHARS).collect();
    if cut.len() < quoted.len() {
        cut.push('…');
    }
    (format!("{line}:{column}"), format!("{cut:?} "))
}

/// A number field as written, or `?` when the report has none there.
fn num(value: &Value) -> String {
    value
        .as_u64()
        .map_or_else(|| "?".to_string(), |n| n.to_string())
}

fn offset(value: &Value) -> Option<usize> {
    usize::try_from(value.as_u64()?).ok()
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// A string field, or `?` when the report has none there (the snapshot then shows it).
fn str_of(value: &Value) -> &str {
    value.as_str().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn places_quotes_and_cuts() {
        let text = "Jane\n- Led the \"API\" team\n";
        assert_eq!(
            place_and_quote(&json!({"start": 7, "end": 25}), text),
            (
                "2:3".to_string(),
                "\"Led the \\\"API\\\" team\" ".to_string()
            )
        );
        assert_eq!(
            place_and_quote(&Value::Null, text),
            ("-".to_string(), String::new())
        );
        assert_eq!(
            place_and_quote(&json!({"start": 3, "end": 99}), text).1,
            "<span outside the text> "
        );
        let long = "é".repeat(100);
        let (_, quote) = place_and_quote(&json!({"start": 0, "end": long.len()}), &long);
        assert_eq!(quote, format!("\"{}…\" ", "é".repeat(QUOTE_CHARS)));
    }

    #[test]
    fn one_line_per_finding_bullet_and_class() {
        let report = json!({
            "score": {"overall": 61, "band": {"id": "fair"},
                      "parts": [{"category": "bullets", "score": 50, "weight": 40}]},
            "input": {"format": "text", "level": "mid", "levelInferred": false},
            "groups": [{"rule": "B-NO-METRIC", "points": 6}],
            "topFixes": [0],
            "findings": [
                {"rule": "B-NO-METRIC", "points": 6, "message": "No figure.",
                 "span": {"start": 7, "end": 14}},
                {"rule": "K-NO-TESTING", "points": 4, "message": "No tests.", "span": null}
            ],
            "bullets": [{"span": {"start": 7, "end": 14}, "judged": true, "grade": "C",
                         "score": 50, "rules": ["B-NO-METRIC"]}],
            "keywords": {"classes": [{"class": "testing", "status": "missing", "distinct": 0,
                                      "mentions": 0, "terms": []}]}
        });
        let lines = review_lines(&report, "Jane\n- Led the team\n");
        assert_eq!(
            lines,
            "score 61 fair: bullets 50 (×40%)\n\
             input text, level mid\n\
             top fixes: B-NO-METRIC +6\n\
             \n\
             findings (2)\n\
             2:3     B-NO-METRIC          -6   \"Led the\" No figure.\n\
             -       K-NO-TESTING         -4   No tests.\n\
             \n\
             bullets (1)\n\
             2:3     C  50  \"Led the\" B-NO-METRIC\n\
             \n\
             keywords (1)\n\
             testing        missing  0 distinct, 0 mentions:\n"
        );
    }
}
