//! YAML resumes (RenderCV's `cv.yaml`, YAMLResume, hand-made ones) → the JSON value the
//! structured reader renders ([`super::json_resume::read_value`]).
//!
//! The parser is `saphyr-parser` (pure Rust, `no_std` + alloc, maintained successor of
//! yaml-rust): it gives events, and this module builds the tree itself so every bound is
//! ours. An alias is a copy of its anchor's value, so a "billion laughs" document (aliases of
//! aliases) would grow exponentially: every value is charged its size (nodes plus text bytes)
//! each time it is placed, copies included, against a budget linear in the input, and past it
//! the document is refused. Nesting deeper than [`MAX_DEPTH`] is refused too; the tree is
//! built with an explicit stack (no recursion). Scalars stay strings (a date `2020-07` is
//! text), except the YAML nulls (`~`, `null`, empty), which mean "no value" ("still there" for
//! an end date).
//!
//! A JSON object keeps its keys sorted, but a YAML resume's mapping order is the author's
//! section order (RenderCV's `sections:` map from title to entries): [`KeyOrder`] records the
//! order of every mapping reached through mapping keys alone, and the reader walks
//! `sections` and a generic resume's keys in it.
//!
//! Behind the `yaml` feature: the CLI and the file-reader module enable it; the page's engine
//! does not carry the parser (its size budget), so the page reads `.yaml` files through the
//! file-reader module.

use super::json_resume::{self, KeyOrder};
use super::Source;
use crate::error::{AnalyzeError, ErrorKind};
use crate::options::InputFormat;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Value};

/// Deepest nesting of sequences and mappings read (a resume nests four or five levels).
const MAX_DEPTH: usize = 64;

/// The size a document may build, counting each node once and each text byte once, copies
/// made by aliases included: four times the input plus 64 KB.
fn budget(input_len: usize) -> usize {
    input_len.saturating_mul(4).saturating_add(64 * 1024)
}

pub(crate) fn read(input: &str) -> Result<Source, AnalyzeError> {
    let (value, order) = parse(input)?;
    let mut source = json_resume::read_value(&value, true, &order).map_err(|e| {
        AnalyzeError::new(
            e.kind,
            e.message
                .replace("This JSON object", "This YAML document")
                .replace("This JSON Resume", "This YAML resume")
                .replace("This JSON", "This YAML"),
        )
    })?;
    source.format = InputFormat::Yaml;
    source.layout.origin = Some(String::from("yaml"));
    Ok(source)
}

/// One open collection while the tree is built.
enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
    },
    Map {
        map: Map<String, Value>,
        key: Option<String>,
        anchor: usize,
        /// The keys in document order, first appearance only.
        order: Vec<String>,
    },
}

/// The path of the collection being opened: the pending keys of the open mappings, or `None`
/// once a sequence stands between it and the root.
fn open_path(stack: &[(Frame, usize)]) -> Option<Vec<String>> {
    stack
        .iter()
        .map(|(frame, _)| match frame {
            Frame::Map { key: Some(k), .. } => Some(k.clone()),
            _ => None,
        })
        .collect()
}

/// A built value and what it cost, kept for the aliases that name its anchor.
struct Anchored {
    value: Value,
    cost: usize,
}

/// Deepest mapping whose key order is recorded (RenderCV's `cv.sections` is depth 2).
const ORDER_DEPTH: usize = 4;

/// The first document of `input` as a JSON value, with the key order of its mappings.
pub(crate) fn parse(input: &str) -> Result<(Value, KeyOrder), AnalyzeError> {
    let mut parser = Parser::new_from_str(input);
    let mut stack: Vec<(Frame, usize)> = Vec::new(); // frame and its cost so far
                                                     // The path of each open mapping whose order is recorded (same depth as `stack`).
    let mut paths: Vec<Option<Vec<String>>> = Vec::new();
    let mut order = KeyOrder::default();
    let mut anchors: BTreeMap<usize, Anchored> = BTreeMap::new();
    let limit = budget(input.len());
    let mut spent = 0usize;
    let mut root: Option<Value> = None;
    while root.is_none() {
        let Some(next) = parser.next_event() else {
            break;
        };
        let (event, _) = next.map_err(|e| {
            let at = e.marker();
            malformed(&format!(
                "This YAML does not parse: {} (line {}, column {}).",
                e.info(),
                at.line(),
                at.col() + 1
            ))
        })?;
        let (value, cost, anchor) = match event {
            Event::StreamEnd => break,
            Event::SequenceStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep());
                }
                paths.push(None);
                stack.push((
                    Frame::Seq {
                        items: Vec::new(),
                        anchor,
                    },
                    1,
                ));
                continue;
            }
            Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(too_deep());
                }
                paths.push(open_path(&stack).filter(|p| p.len() <= ORDER_DEPTH));
                stack.push((
                    Frame::Map {
                        map: Map::new(),
                        key: None,
                        anchor,
                        order: Vec::new(),
                    },
                    1,
                ));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match (stack.pop(), paths.pop().flatten()) {
                (Some((Frame::Seq { items, anchor }, cost)), _) => {
                    (Value::Array(items), cost, anchor)
                }
                (
                    Some((
                        Frame::Map {
                            map,
                            anchor,
                            order: keys,
                            ..
                        },
                        cost,
                    )),
                    path,
                ) => {
                    if let Some(path) = path {
                        order.insert(path, keys);
                    }
                    (Value::Object(map), cost, anchor)
                }
                (None, _) => continue,
            },
            Event::Scalar(text, style, anchor, _) => {
                let cost = 1 + text.len();
                spent = spent.saturating_add(cost);
                (scalar(&text, style), cost, anchor)
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some(a) => {
                    spent = spent.saturating_add(a.cost);
                    (a.value.clone(), a.cost, 0)
                }
                None => (Value::Null, 1, 0),
            },
            Event::Nothing | Event::StreamStart | Event::DocumentStart(_) | Event::DocumentEnd => {
                continue
            }
        };
        if spent > limit {
            return Err(malformed(
                "This YAML expands past the size a resume can have (aliases that repeat aliases); write the values out instead.",
            ));
        }
        if anchor != 0 {
            anchors.insert(
                anchor,
                Anchored {
                    value: value.clone(),
                    cost,
                },
            );
        }
        match stack.last_mut() {
            None => root = Some(value),
            Some((frame, frame_cost)) => {
                *frame_cost = frame_cost.saturating_add(cost);
                place(frame, value);
            }
        }
    }
    root.map(|root| (root, order)).ok_or_else(|| malformed("This YAML document is empty: a resume is a mapping with keys such as \"cv\" or \"basics\"."))
}

/// Put a finished value into its parent: an item of a sequence, a key of a mapping (keys
/// that are not text are dropped with their value), or the value of the pending key.
fn place(frame: &mut Frame, value: Value) {
    match frame {
        Frame::Seq { items, .. } => items.push(value),
        Frame::Map {
            map, key, order, ..
        } => match key.take() {
            Some(k) => {
                if !map.contains_key(&k) {
                    order.push(k.clone());
                }
                map.insert(k, value);
            }
            None => {
                *key = Some(match value {
                    Value::String(s) => s,
                    Value::Null => String::new(),
                    // A collection as a key: its value is read under an empty key.
                    _ => String::new(),
                });
            }
        },
    }
}

/// A scalar: YAML's nulls are null; everything else stays text.
fn scalar(text: &str, style: ScalarStyle) -> Value {
    if style == ScalarStyle::Plain && matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        Value::Null
    } else {
        Value::String(String::from(text))
    }
}

fn malformed(message: &str) -> AnalyzeError {
    AnalyzeError::new(ErrorKind::Malformed, message)
}

fn too_deep() -> AnalyzeError {
    malformed(&format!(
        "This YAML nests deeper than {MAX_DEPTH} levels; a resume nests a few."
    ))
}

/// Whether `input` reads as a YAML resume: a top-level `cv:`, `content:` or `basics:` key
/// line (RenderCV, YAMLResume, JSON Resume written in YAML). Plain text and Markdown rarely
/// start a line with one of these.
pub(crate) fn looks_like_yaml(input: &str) -> bool {
    input
        .lines()
        .map(|l| l.trim_end())
        .filter(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")
        .take(40)
        .any(|l| matches!(l, "cv:" | "content:" | "basics:" | "resume:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendercv_document() {
        let yaml = "cv:\n  name: Ada Q\n  email: ada@example.com\n  sections:\n    experience:\n      - company: Acme\n        position: Backend Engineer\n        start_date: 2021-03\n        end_date: present\n        highlights:\n          - Built Go services handling 5k requests per second\n";
        let source = read(yaml).unwrap();
        assert_eq!(source.format, InputFormat::Yaml);
        assert!(
            source
                .text
                .contains("Backend Engineer — Acme | Mar 2021 – Present\n- Built Go services"),
            "{}",
            source.text
        );
    }

    #[test]
    fn sections_keep_the_documents_order() {
        // A JSON object sorts its keys; the author's order is Experience, Projects, Education,
        // Skills (RenderCV's sections, and a resume of no known schema).
        let rendercv = "cv:\n  name: Ada Q\n  sections:\n    experience:\n      - company: Acme\n        position: Backend Engineer\n        highlights: [Built Go services]\n    projects:\n      - name: Queue\n        highlights: [Wrote a Rust queue]\n    education:\n      - institution: MIT\n        area: CS\n    skills:\n      - label: Languages\n        details: Go, Rust\n";
        let generic = "name: Ada Q\nresume:\n  zeta_experience:\n    - Built Go services\n  alpha_skills:\n    - Go\n";
        for (yaml, headings) in [
            (
                rendercv,
                &["Experience", "Projects", "Education", "Skills"][..],
            ),
            (generic, &["Zeta Experience", "Alpha Skills"][..]),
        ] {
            let text = read(yaml).unwrap().text;
            let at: Vec<usize> = headings
                .iter()
                .map(|h| text.find(h).unwrap_or_else(|| panic!("{h} in {text}")))
                .collect();
            assert!(at.windows(2).all(|w| w[0] < w[1]), "{headings:?} in {text}");
        }
        let (_, order) = parse("b: 1\na:\n  d: 1\n  c: 2\nl:\n  - k: {z: 1, y: 2}\n").unwrap();
        assert_eq!(order.keys(&[]).unwrap(), ["b", "a", "l"]);
        assert_eq!(order.keys(&["a"]).unwrap(), ["d", "c"]);
        assert!(
            order.keys(&["l", "k"]).is_none(),
            "inside a sequence: no path"
        );
    }

    #[test]
    fn nulls_anchors_and_aliases() {
        let (v, _) = parse("a: &x [1, 2]\nb: *x\nc: ~\nd:\ne: 'null'").unwrap();
        assert_eq!(v["b"], v["a"]);
        assert_eq!(v["c"], Value::Null);
        assert_eq!(v["d"], Value::Null);
        assert_eq!(v["e"], "null");
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut doc = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for pair in names.windows(2) {
            if let [prev, next] = pair {
                doc.push_str(&format!(
                    "{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
                ));
            }
        }
        let err = parse(&doc).unwrap_err();
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn errors_say_where() {
        let err = parse("cv:\n  name: [unclosed\n").unwrap_err();
        assert_eq!(err.kind, ErrorKind::Malformed);
        assert!(err.message.contains("line"), "{}", err.message);
        let deep = "[".repeat(200);
        assert!(parse(&deep).is_err());
        let deep_block: String = (0..100)
            .map(|i| format!("{}k:\n", " ".repeat(i * 2)))
            .collect();
        assert!(parse(&deep_block).is_err());
        assert!(parse("").is_err());
        assert!(read("- just\n- a list\n").is_err());
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_yaml("# my cv\ncv:\n  name: X\n"));
        assert!(!looks_like_yaml("---\ntitle: Resume\n---\n# Jane\n"));
    }
}
