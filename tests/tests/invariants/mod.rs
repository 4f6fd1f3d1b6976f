//! Invariants every report keeps, whatever the input: shared by `hostile.rs`, `properties.rs`
//! and the fuzz targets (`fuzz/src/lib.rs` includes this file by path), so the three check the
//! same things.
//!
//! - every byte span lies inside the analyzed text and on UTF-8 character boundaries;
//! - every UTF-16 span is the same range as its byte twin, counted in UTF-16 code units;
//! - scores are percentages; findings point at bullets that exist;
//! - `input.bytes` is the analyzed text's length.
//!
//! The walk goes over the report's JSON, so spans added to the report later are checked too:
//! any `{"start", "end"}` object is a span, in UTF-16 units when its key is `utf16`.

#![allow(dead_code)]

use resume_analyzer::Report;
use serde_json::Value;

/// The text the report's spans index: its own `text` for converted formats (LaTeX, JSON
/// Resume), else the input.
pub fn analyzed_text<'a>(input: &'a str, report: &'a Report) -> &'a str {
    report.text.as_deref().unwrap_or(input)
}

/// Check every invariant; the error names the first one broken.
pub fn check(input: &str, report: &Report) -> Result<(), String> {
    let text = analyzed_text(input, report);
    if report.input.bytes != text.len() {
        return Err(format!(
            "input.bytes {} != analyzed text length {}",
            report.input.bytes,
            text.len()
        ));
    }
    if report.score.overall > 100 {
        return Err(format!("overall score {} > 100", report.score.overall));
    }
    for part in &report.score.parts {
        if part.score > 100 {
            return Err(format!("{:?} score {} > 100", part.category, part.score));
        }
    }
    for f in &report.findings {
        if let Some(b) = f.bullet {
            if b >= report.bullets.len() {
                return Err(format!(
                    "{} points at bullet {b} of {}",
                    f.rule,
                    report.bullets.len()
                ));
            }
        }
        if f.span.is_some() != f.utf16.is_some() {
            return Err(format!("{}: span and utf16 disagree on presence", f.rule));
        }
    }
    let value = serde_json::to_value(report).map_err(|e| format!("report to JSON: {e}"))?;
    let units = Utf16Units::new(text);
    walk(&value, text, &units)
}

/// UTF-16 offset of every byte offset that is a character boundary.
pub struct Utf16Units {
    at: Vec<Option<usize>>,
}

impl Utf16Units {
    pub fn new(text: &str) -> Self {
        let mut at = vec![None; text.len() + 1];
        let mut units = 0;
        for (i, c) in text.char_indices() {
            at[i] = Some(units);
            units += c.len_utf16();
        }
        at[text.len()] = Some(units);
        Self { at }
    }

    /// The UTF-16 offset of byte offset `byte`, if it is a character boundary in the text.
    pub fn get(&self, byte: usize) -> Option<usize> {
        self.at.get(byte).copied().flatten()
    }

    pub fn len(&self) -> usize {
        self.at.last().copied().flatten().unwrap_or(0)
    }
}

fn as_span(v: &Value) -> Option<(usize, usize)> {
    let o = v.as_object()?;
    if o.len() != 2 {
        return None;
    }
    let start = usize::try_from(o.get("start")?.as_u64()?).ok()?;
    let end = usize::try_from(o.get("end")?.as_u64()?).ok()?;
    Some((start, end))
}

/// Walk the report's JSON. Errors name the span's key only: no path is built while walking,
/// so checking a large report stays cheap.
fn walk(v: &Value, text: &str, units: &Utf16Units) -> Result<(), String> {
    match v {
        Value::Array(items) => {
            for item in items {
                walk(item, text, units)?;
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                let Some((start, end)) = as_span(field) else {
                    walk(field, text, units)?;
                    continue;
                };
                if start > end {
                    return Err(format!("{key}: start {start} > end {end}"));
                }
                if key == "utf16" {
                    if end > units.len() {
                        return Err(format!(
                            "utf16: end {end} past the text's {} UTF-16 units",
                            units.len()
                        ));
                    }
                    // Its byte twin, when the object has one, converts to exactly this.
                    if let Some((bs, be)) = fields.get("span").and_then(as_span) {
                        let want = (units.get(bs), units.get(be));
                        if want != (Some(start), Some(end)) {
                            return Err(format!(
                                "utf16 {start}..{end} but span {bs}..{be} is {want:?}"
                            ));
                        }
                    }
                } else {
                    if end > text.len() {
                        return Err(format!(
                            "{key}: end {end} past the text's {} bytes",
                            text.len()
                        ));
                    }
                    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                        return Err(format!("{key}: {start}..{end} splits a character"));
                    }
                }
            }
        }
        _ => {}
    }
    Ok(())
}
