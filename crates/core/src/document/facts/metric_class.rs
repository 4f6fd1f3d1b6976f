//! What a figure means: impact, scale, scope or incidental ([`MetricClass`]), and the
//! before → after pairs that make a change.

use super::*;
use super::{metrics::*, scan::*};

// ---------------------------------------------------------------------------------------------
// Impact, scale, scope, incidental
// ---------------------------------------------------------------------------------------------

/// Give every figure its [`MetricClass`], once the before → after pairs are known.
pub(super) fn classify(scan: &Scan<'_>, metrics: &mut [Metric], pairs: &[BeforeAfter]) {
    for m in metrics.iter_mut() {
        let paired = pairs
            .iter()
            .any(|p| p.before == m.span || p.after == m.span);
        m.class = class_of(scan, m, paired);
    }
}

pub(super) fn class_of(scan: &Scan<'_>, m: &Metric, paired: bool) -> MetricClass {
    use MetricKind as K;
    match m.kind {
        K::Version => return MetricClass::Incidental,
        K::Tenure => return MetricClass::Scope,
        _ if paired || after_a_change(scan, m) => return MetricClass::Impact,
        K::Year => return MetricClass::Incidental,
        // "200+ engineers were using it within a month": adoption is a result.
        K::People | K::Users | K::Count if adopted_after(scan, m) || adopted(scan, m) => {
            return MetricClass::Impact
        }
        // "11 incidents in 2021, none since": a count of failures that fell to none.
        K::Count if fell_to_none(scan, m) => return MetricClass::Impact,
        _ => {}
    }
    match m.kind {
        K::Percent | K::Money | K::Multiplier | K::Uptime | K::Latency => MetricClass::Impact,
        K::Throughput if prevented(scan, m) => MetricClass::Impact,
        K::Throughput | K::DataSize => MetricClass::Scale,
        // "120,000 monthly active users", "2,000+ users": served; "10+ enterprise customers":
        // how many the job had.
        K::Users if m.value >= FLEET_COUNT || m.rate || active(scan, m) || served(scan, m) => {
            MetricClass::Scale
        }
        K::Users => MetricClass::Scope,
        K::Number if prevented(scan, m) => MetricClass::Impact,
        K::People | K::Number | K::Version | K::Year | K::Tenure => MetricClass::Scope,
        // "zero downtime", "4 per quarter": a result; "1,800 VMs": a fleet; "12 services": scope.
        K::Count if m.unit == Some("zero") || adopted(scan, m) || prevented(scan, m) => {
            MetricClass::Impact
        }
        K::Count if m.rate => MetricClass::Scale,
        K::Count if m.value >= FLEET_COUNT && (fleet(m) || active(scan, m)) => MetricClass::Scale,
        K::Count => MetricClass::Scope,
        K::Duration => duration_class(scan, m),
    }
}

/// "monthly active users", "concurrent players": a rate adjective inside the figure.
pub(super) fn active(scan: &Scan<'_>, m: &Metric) -> bool {
    (m.tokens.0..m.tokens.1).any(|k| scan.in_table(k, &ph::RATE_ADJECTIVES) || scan.is(k, "active"))
}

/// "serving 340 clients", "serving over 340 clients": a serving verb before the figure.
pub(super) fn served(scan: &Scan<'_>, m: &Metric) -> bool {
    let at = m.tokens.0;
    let before = |d: usize| {
        at.checked_sub(d)
            .is_some_and(|k| scan.in_table(k, &ph::SERVING_WORDS))
    };
    before(1)
        || (before(2)
            && at
                .checked_sub(1)
                .is_some_and(|k| scan.in_table(k, &ph::QUANTITY_QUALIFIERS)))
}

/// "eliminating ~1,200 duplicate charges", "caught more than 30 breaking changes": what the
/// work removed or caught is its result. A prevention verb right before the figure, or before
/// its quantity qualifiers.
pub(super) fn prevented(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.0;
    while let Some(prev) = k.checked_sub(1) {
        if scan.in_table(prev, &ph::PREVENTION_WORDS) {
            return true;
        }
        if !(scan.in_table(prev, &ph::QUANTITY_QUALIFIERS) || scan.str_at(prev) == "~") {
            return false;
        }
        k = prev;
    }
    false
}

/// "went from a handful a month to ~50", "from days to under 2 hours": the after figure of a
/// change whose before is in words. "to" (over "~" and qualifiers) right before the figure,
/// and "from" at most [`CHANGE_TOKENS`] tokens before it in the same clause.
pub(super) fn after_a_change(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.0;
    loop {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if scan.is(prev, "to") {
            k = prev;
            break;
        }
        if !(matches!(scan.str_at(prev), "~" | "<" | "≈")
            || matches!(scan.lower_at(prev), "under" | "just" | "only" | "below")
            || scan.in_table(prev, &ph::QUANTITY_QUALIFIERS))
        {
            return false;
        }
        k = prev;
    }
    (k.saturating_sub(CHANGE_TOKENS)..k)
        .rev()
        .take_while(|&i| !scan.is_break(i) && !matches!(scan.str_at(i), "," | "."))
        .find(|&i| scan.is(i, "from"))
        .is_some_and(|from| !team_before(scan, from))
}

/// Most tokens between the "from" and the "to" of a change stated in words.
pub(super) const CHANGE_TOKENS: usize = 6;

/// "1,800 VMs", "2,400 hosts": machines the work runs on are a fleet (scale), as is load
/// ("1.2M concurrent connections", through [`active`]); 1,400 cron jobs or 5,000 tickets are
/// how big the job was.
pub(super) fn fleet(m: &Metric) -> bool {
    m.unit.is_some_and(|u| in_table_str(u, &ph::FLEET_NOUNS))
}

/// "200+ engineers were using it", "12 teams adopted it": the figure's subject took the work
/// up. A verb of [`ph::ADOPTING_WORDS`] right after the figure, or after "were", "are", "now".
pub(super) fn adopted_after(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.1;
    while matches!(scan.lower_at(k), "were" | "are" | "now") {
        k += 1;
    }
    // Right after the figure "using" is a method ("across 9 services using a saga").
    let direct = k == m.tokens.1;
    scan.in_table(k, &ph::ADOPTING_WORDS)
        && !(direct && matches!(scan.lower_at(k), "using" | "use" | "used"))
}

/// "used by 12 teams", "used daily by 60+ engineers", "adopted by all 14 squads": an adoption
/// phrase ends right before the figure (over "all" and quantity qualifiers), with at most one
/// word ("daily", "now") inside it.
pub(super) fn adopted(scan: &Scan<'_>, m: &Metric) -> bool {
    let mut k = m.tokens.0;
    while k.checked_sub(1).is_some_and(|p| {
        scan.is(p, "all") || scan.in_table(p, &ph::QUANTITY_QUALIFIERS) || scan.str_at(p) == "~"
    }) {
        k -= 1;
    }
    let Some(last) = k.checked_sub(1) else {
        return false;
    };
    ph::ADOPTION_WORDS.phrases.iter().any(|p| {
        p.split_once(' ').is_some_and(|(first, second)| {
            scan.lower_at(last) == second
                && [2, 3]
                    .iter()
                    .any(|d| k.checked_sub(*d).is_some_and(|f| scan.lower_at(f) == first))
        })
    })
}

/// "11 incidents in 2021, none since launch", "40 pages a week, zero after the fix": a count
/// of failures ([`ph::FAILURE_WORDS`]) followed in its sentence, within [`CHANGE_TOKENS`]
/// tokens, by "none" or "zero" that a time follows ("none since", "zero in Q3") or "to" precedes:
/// the before of a change whose after is in words ("none of them repeats" is not one).
pub(super) fn fell_to_none(scan: &Scan<'_>, m: &Metric) -> bool {
    m.unit.is_some_and(|u| in_table_str(u, &ph::FAILURE_WORDS))
        && (m.tokens.1..m.tokens.1 + CHANGE_TOKENS)
            .take_while(|&i| !scan.is_break(i) && !matches!(scan.str_at(i), "." | ";"))
            .any(|i| {
                (scan.is(i, "none") || scan.is(i, "zero"))
                    && (i.checked_sub(1).is_some_and(|k| scan.is(k, "to"))
                        || matches!(
                            scan.lower_at(i + 1),
                            "since" | "after" | "afterwards" | "in" | "over" | "this" | "for"
                        ))
            })
}

/// "saving 60 hours per audit", "in 9 seconds" measure a result; "over 9 months", "a 3-year
/// project", "for 2 years" say how long the job took.
pub(super) fn duration_class(scan: &Scan<'_>, m: &Metric) -> MetricClass {
    if m.rate || time_saved(scan, m) {
        return MetricClass::Impact;
    }
    let long_unit = m.unit.is_some_and(|u| {
        in_table_str(u, &ph::YEAR_UNITS) || in_table_str(u, &ph::LONG_DURATION_UNITS)
    });
    let before = m
        .tokens
        .0
        .checked_sub(1)
        .filter(|&k| scan.in_table(k, &ph::SPAN_PREPOSITIONS));
    if long_unit || before.is_some() {
        MetricClass::Scope
    } else {
        MetricClass::Impact
    }
}

/// Most tokens between a saving verb and the time it saved ("saving the security team about
/// a week of work").
pub(super) const SAVED_TOKENS: usize = 6;

/// "saving the security team about a week", "freed up 2 days a sprint": time the work gave
/// back, whatever its unit.
pub(super) fn time_saved(scan: &Scan<'_>, m: &Metric) -> bool {
    (m.tokens.0.saturating_sub(SAVED_TOKENS)..m.tokens.0)
        .rev()
        .take_while(|&i| !scan.is_break(i) && !matches!(scan.str_at(i), "," | "." | ";"))
        .any(|i| scan.in_table(i, &ph::SAVING_WORDS))
}

// ---------------------------------------------------------------------------------------------
// Before → after
// ---------------------------------------------------------------------------------------------

pub(super) fn before_after(scan: &Scan<'_>, metrics: &[Metric]) -> Vec<BeforeAfter> {
    // A year-looking number may be the before of a pair ("max_connections from 2000 to 300");
    // two years are a period ("from 2019 to 2021").
    let figures: Vec<&Metric> = metrics
        .iter()
        .filter(|m| m.kind.is_metric() || m.kind == MetricKind::Year)
        .collect();
    let mut out = Vec::new();
    for pair in figures.windows(2) {
        let (Some(a), Some(b)) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let gap: Vec<&str> = (a.tokens.1..b.tokens.0).map(|k| scan.lower_at(k)).collect();
        if b.kind == MetricKind::Year {
            continue;
        }
        // "across 30 services (up from 4)": the later figure is the before.
        if matches!(
            gap.as_slice(),
            ["(", "up" | "down", "from"] | ["up" | "down", "from"] | [",", "up" | "down", "from"]
        ) {
            out.push(BeforeAfter {
                span: Span::new(a.span.start, b.span.end),
                before: b.span,
                after: a.span,
            });
            continue;
        }
        let arrow = matches!(
            gap.as_slice(),
            ["→"] | ["-", ">"] | ["=", ">"] | ["⇒"] | ["➝"] | ["➔"] | ["⟶"] | ["—", ">"]
        );
        let to = to_gap(&gap);
        if !(arrow || to) {
            continue;
        }
        let from = from_before(scan, a.tokens.0);
        let both_units = a.kind != MetricKind::Number && b.kind != MetricKind::Number;
        if !(arrow || from.is_some() || both_units) {
            continue;
        }
        let start = from
            .and_then(|k| scan.tok(k))
            .map(|t| t.span.start)
            .unwrap_or(a.span.start);
        out.push(BeforeAfter {
            span: Span::new(start, b.span.end),
            before: a.span,
            after: b.span,
        });
    }
    out
}

/// The words between the two figures of "from X to Y": "to", after "down" or "up", and
/// before qualifiers of the after figure ("to just", "to under", "to ~").
pub(super) fn to_gap(gap: &[&str]) -> bool {
    let rest = match gap {
        ["to", rest @ ..] | ["down" | "up", "to", rest @ ..] => rest,
        _ => return false,
    };
    rest.len() <= 2
        && rest.iter().all(|w| {
            matches!(
                *w,
                "~" | "<" | "≈" | "just" | "only" | "under" | "below" | "near"
            ) || in_table_str(w, &ph::QUANTITY_QUALIFIERS)
        })
}

/// The "from" before the figure starting at token `at`, over "~" and quantity qualifiers
/// ("from ~50", "from about 6 weeks").
pub(super) fn from_before(scan: &Scan<'_>, at: usize) -> Option<usize> {
    let mut k = at.checked_sub(1)?;
    for _ in 0..2 {
        if scan.is(k, "from") {
            return Some(k);
        }
        if !(matches!(scan.str_at(k), "~" | "<" | "≈")
            || scan.in_table(k, &ph::QUANTITY_QUALIFIERS))
        {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    scan.is(k, "from").then_some(k)
}

/// "grew the team from …", "growth from …": a team word at most three tokens before the
/// "from" at token `from`.
pub(super) fn team_before(scan: &Scan<'_>, from: usize) -> bool {
    (from.saturating_sub(3)..from).any(|k| scan.in_table(k, &ph::TEAM_WORDS))
}

/// "Postgres 11 to 15", "Java 11 → 17": a bare number right after a version and "to" (or an
/// arrow) is the version it went to, not a count. Returns whether there was such a range.
pub(super) fn version_ranges(scan: &Scan<'_>, metrics: &mut [Metric]) -> bool {
    let mut found = false;
    for k in 1..metrics.len() {
        let (Some(a), Some(b)) = (metrics.get(k - 1), metrics.get(k)) else {
            continue;
        };
        let gap: Vec<&str> = (a.tokens.1..b.tokens.0).map(|i| scan.lower_at(i)).collect();
        let ranged = a.kind == MetricKind::Version
            && b.kind == MetricKind::Number
            && b.unit.is_none()
            && matches!(gap.as_slice(), ["to"] | ["→"] | ["-", ">"]);
        if let (true, Some(b)) = (ranged, metrics.get_mut(k)) {
            b.kind = MetricKind::Version;
            found = true;
        }
    }
    found
}

/// Pairs that are not results: versions ("Upgraded Kubernetes clusters from 1.21 to 1.27":
/// bare numbers where the bullet says it upgraded) and headcount ("grew the team from 4 to
/// 15", "growth from 8 to 60 engineers": a team size, scope). The version figures become
/// versions; the pairs are dropped. Returns whether a pair was an upgrade's versions.
pub(super) fn drop_scope_pairs(
    scan: &Scan<'_>,
    metrics: &mut [Metric],
    pairs: &mut Vec<BeforeAfter>,
) -> bool {
    if pairs.is_empty() {
        return false;
    }
    let upgrade = (0..scan.len()).any(|k| scan.in_table(k, &ph::UPGRADE_WORDS));
    let mut upgraded = false;
    pairs.retain(|p| {
        let find = |span: Span| metrics.iter().position(|m| m.span == span);
        let (Some(b), Some(a)) = (find(p.before), find(p.after)) else {
            return true;
        };
        let kinds = [b, a].map(|i| metrics.get(i).map(|m| (m.kind, m.unit, m.tokens.0)));
        let bare = kinds
            .iter()
            .all(|k| matches!(k, Some((MetricKind::Number, None, _))));
        if upgrade && bare {
            for i in [b, a] {
                if let Some(m) = metrics.get_mut(i) {
                    m.kind = MetricKind::Version;
                }
            }
            upgraded = true;
            return false;
        }
        let people = kinds
            .iter()
            .any(|k| matches!(k, Some((MetricKind::People, _, _))));
        let team =
            kinds.first().copied().flatten().is_some_and(|(_, _, at)| {
                from_before(scan, at).is_some_and(|f| team_before(scan, f))
            });
        !(people || (bare && team))
    });
    upgraded
}
