//! The XYZ parts of a bullet as the report carries them, with the sentence that explains its
//! grade (seed 004: "Accomplished [X] as measured by [Y], by doing [Z]").
//!
//! The parts come from the bullet facts (`BulletFacts::xyz`); this module only shapes them for
//! the report: each part with its span (the UTF-16 spans are filled in by `report::build`),
//! every figure with what it measures (impact, scale, scope or incidental), which parts are
//! missing, and one sentence naming what is there and what is not.

use crate::document::{Bullet, MetricClass, MetricKind};
use crate::span::{Span, Utf16Index};
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

/// One part of a bullet, where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartSpan {
    pub span: Span,
    pub utf16: Span,
}

/// A number in a bullet and what it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    pub span: Span,
    pub utf16: Span,
    pub kind: MetricKind,
    pub class: MetricClass,
}

/// The XYZ parts of a judged bullet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BulletParts {
    /// X: what was done (verb and object).
    pub x: Option<PartSpan>,
    /// Y: the figures that measure the result (impact and scale).
    pub y: Vec<PartSpan>,
    /// Z: how: the method clause, or the first named technology when there is none.
    pub z: Option<PartSpan>,
    /// Every number, with its class.
    pub figures: Vec<Figure>,
    /// The missing parts: "x", "y", "z".
    pub missing: Vec<&'static str>,
    /// What is present and what is missing, in one or two sentences.
    pub explanation: String,
}

impl BulletParts {
    /// Fill in the UTF-16 spans (the report's job: rules never see UTF-16).
    pub fn with_utf16(mut self, index: &Utf16Index) -> BulletParts {
        let fix = |p: &mut PartSpan| p.utf16 = index.span(p.span);
        if let Some(x) = self.x.as_mut() {
            fix(x);
        }
        self.y.iter_mut().for_each(fix);
        if let Some(z) = self.z.as_mut() {
            fix(z);
        }
        for f in &mut self.figures {
            f.utf16 = index.span(f.span);
        }
        self
    }
}

fn part(span: Span) -> PartSpan {
    PartSpan {
        span,
        utf16: Span::default(),
    }
}

/// The parts of `bullet` of `text`.
pub fn of(text: &str, bullet: &Bullet) -> BulletParts {
    let facts = &bullet.facts;
    let xyz = &facts.xyz;
    let x = xyz.x.map(part);
    let y: Vec<PartSpan> = xyz.y.iter().copied().map(part).collect();
    let z = xyz
        .z
        .or_else(|| {
            facts
                .term_spans
                .iter()
                .chain(&facts.lexicon_spans)
                .copied()
                .min_by_key(|s| s.start)
        })
        .map(part);
    let figures = facts
        .metrics
        .iter()
        .map(|m| Figure {
            span: m.span,
            utf16: Span::default(),
            kind: m.kind,
            class: m.class,
        })
        .collect();
    let mut missing = Vec::new();
    if x.is_none() && !xyz.result_first {
        missing.push("x");
    }
    if y.is_empty() {
        missing.push("y");
    }
    if z.is_none() {
        missing.push("z");
    }
    let explanation = explain(text, bullet, x, &y, z);
    BulletParts {
        x,
        y,
        z,
        figures,
        missing,
        explanation,
    }
}

/// One part of the explanation: `before`, the quoted text of `quote` when there is one, then
/// `after` ("what you did (\"Cut p99 latency\")", "how: no method or named technology").
#[derive(Clone, Copy)]
struct Item {
    before: &'static str,
    quote: Option<Span>,
    after: &'static str,
}

const fn item(before: &'static str, quote: Option<Span>, after: &'static str) -> Item {
    Item {
        before,
        quote,
        after,
    }
}

/// "What you did: "…"; the result: "…"; how: "…". Missing: …", written into one `String`:
/// each part is a constant and at most one quote (shortened to 50 characters), so nothing is
/// formatted, joined or allocated on the way (this runs for every judged bullet).
fn explain(
    text: &str,
    bullet: &Bullet,
    x: Option<PartSpan>,
    y: &[PartSpan],
    z: Option<PartSpan>,
) -> String {
    let facts = &bullet.facts;
    // Each of X, Y and Z: (present, item), or nothing said (a result-first bullet's X).
    let what = match (x, facts.duty, facts.xyz.result_first) {
        (Some(x), _, _) => Some((true, item("what you did (", Some(x.span), ")"))),
        (None, _, true) => None,
        (None, Some(duty), _) => Some((
            false,
            item(
                "what you did: ",
                Some(duty.span),
                " names a duty, not an action",
            ),
        )),
        (None, None, _) => Some((false, item("what you did: no action verb", None, ""))),
    };
    let result = match y.first() {
        Some(first) => (true, item("the measured result (", Some(first.span), ")")),
        None => match facts.scope_only() {
            Some(scope) => (
                false,
                item(
                    "the measured result: ",
                    Some(scope.span),
                    " is scope (how big the job was), not a result",
                ),
            ),
            None if facts
                .metrics
                .iter()
                .any(|m| m.class == MetricClass::Incidental) =>
            {
                (
                    false,
                    item(
                        "the measured result: its numbers are versions or dates",
                        None,
                        "",
                    ),
                )
            }
            None => (false, item("the measured result: no figure", None, "")),
        },
    };
    let how = match z {
        Some(z) => (true, item("how (", Some(z.span), ")")),
        None => (false, item("how: no method or named technology", None, "")),
    };
    let parts = [what, Some(result), Some(how)];
    let mut out = String::with_capacity(256);
    for (present, lead) in [(true, "Has "), (false, "Missing ")] {
        let mut items = parts.iter().flatten().filter(|(p, _)| *p == present);
        let Some((_, first)) = items.next() else {
            continue;
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(lead);
        write_item(text, first, &mut out);
        for (_, more) in items {
            out.push_str("; ");
            write_item(text, more, &mut out);
        }
        out.push('.');
    }
    out
}

/// One [`Item`] onto `out`.
fn write_item(text: &str, item: &Item, out: &mut String) {
    out.push_str(item.before);
    if let Some(span) = item.quote {
        out.push('"');
        crate::text::quote_into(span.slice(text), 50, out);
        out.push('"');
    }
    out.push_str(item.after);
}

#[cfg(test)]
mod tests {
    use crate::rules::bullets::test_support::bullet;

    #[test]
    fn a_strong_bullet_has_all_three_parts() {
        let b = bullet(
            "Cut p99 checkout latency from 480 ms to 95 ms by putting a Redis read-through \
             cache in front of the PostgreSQL cart lookups",
        );
        let parts = b.parts.unwrap();
        assert!(parts.missing.is_empty(), "{parts:?}");
        assert!(parts
            .explanation
            .starts_with("Has what you did (\"Cut p99 checkout latency\")"));
        assert!(parts
            .figures
            .iter()
            .all(|f| f.class == crate::document::MetricClass::Impact));
    }

    #[test]
    fn scope_numbers_and_duty_openers_are_named_as_missing_parts() {
        let parts = bullet("Responsible for a team of 4 engineers maintaining 12 services")
            .parts
            .unwrap();
        assert_eq!(parts.missing, ["x", "y", "z"]);
        assert!(
            parts
                .explanation
                .contains("\"Responsible for\" names a duty"),
            "{}",
            parts.explanation
        );
        assert!(
            parts.explanation.contains("\"4 engineers\" is scope"),
            "{}",
            parts.explanation
        );
        let parts = bullet("Upgraded the API to Python 3.12 and OAuth 2.0")
            .parts
            .unwrap();
        assert_eq!(parts.missing, ["y"]);
        assert!(
            parts.explanation.contains("versions or dates"),
            "{}",
            parts.explanation
        );
    }
}
