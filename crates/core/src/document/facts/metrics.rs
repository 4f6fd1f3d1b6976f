//! Figures: every number of a bullet read as a metric with its kind (percent, latency with its
//! percentile, throughput, money, data size, users, counts, uptime, durations), spelled-out
//! figures included.

use super::*;
use super::{phrase_index::*, scan::*};

/// What kind of figure a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    /// "62%", "30 percent".
    Percent,
    /// "45ms", "1.2s" in a latency bullet.
    Latency,
    /// "30k RPS", "12k events/sec", "100M daily events".
    Throughput,
    /// "$18,000/month".
    Money,
    /// "500GB".
    DataSize,
    /// "120,000 monthly active users", "340 enterprise clients".
    Users,
    /// "17 endpoints", "140 microservices", "zero downtime", "4 per quarter".
    Count,
    /// A headcount: "4 engineers" (scope, not a system metric).
    People,
    /// "99.99% uptime", "five nines".
    Uptime,
    /// "10x", "doubled".
    Multiplier,
    /// "45 minutes", "15 hours/week", "18-month".
    Duration,
    /// A bare number with no unit the tables know.
    Number,
    /// "10+ years of experience": how long, not what was achieved.
    Tenure,
    /// "2024".
    Year,
    /// "OpenAPI 3.1", "Java 17", "HTTP/2".
    Version,
}

impl MetricKind {
    /// Whether the figure measures work (B-NO-METRIC): years, versions and tenure do not.
    pub fn is_metric(self) -> bool {
        !matches!(
            self,
            MetricKind::Tenure | MetricKind::Year | MetricKind::Version
        )
    }

    /// Whether the figure measures a system (a headcount does not).
    pub fn is_system(self) -> bool {
        self.is_metric() && self != MetricKind::People
    }

    /// Whether the figure backs a scale claim ("high-throughput", "millions of users").
    pub fn is_scale(self) -> bool {
        matches!(
            self,
            MetricKind::Throughput
                | MetricKind::Users
                | MetricKind::Count
                | MetricKind::DataSize
                | MetricKind::Multiplier
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MetricKind::Percent => "percent",
            MetricKind::Latency => "latency",
            MetricKind::Throughput => "throughput",
            MetricKind::Money => "money",
            MetricKind::DataSize => "data-size",
            MetricKind::Users => "users",
            MetricKind::Count => "count",
            MetricKind::People => "people",
            MetricKind::Uptime => "uptime",
            MetricKind::Multiplier => "multiplier",
            MetricKind::Duration => "duration",
            MetricKind::Number => "number",
            MetricKind::Tenure => "tenure",
            MetricKind::Year => "year",
            MetricKind::Version => "version",
        }
    }
}

/// What a figure says about the work (issue: "any number passes the metric check" was wrong).
///
/// Only *impact* and *scale* figures measure a result (B-NO-METRIC); *scope* says how big the
/// job was ("a team of 4", "12+ microservices", "over 3 years") and *incidental* numbers are
/// names ("Python 3.12", "HTTP/1.1", "2019").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricClass {
    /// A change or a result: a before → after pair, "by 40%", "$18k/month", "p99 95 ms", "zero
    /// downtime", "10x", "saving 60 hours per audit".
    Impact,
    /// Load the system carries: RPS, events/s, users served, data volume, a fleet of 1,000+.
    Scale,
    /// How big the job was, not what it achieved: team size, counts of customers, repos,
    /// services or people, years.
    Scope,
    /// Not a measure at all: versions, protocol and standard numbers, calendar years.
    Incidental,
}

impl MetricClass {
    /// Whether a figure of this class measures a result (impact or scale).
    pub fn measures(self) -> bool {
        matches!(self, MetricClass::Impact | MetricClass::Scale)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MetricClass::Impact => "impact",
            MetricClass::Scale => "scale",
            MetricClass::Scope => "scope",
            MetricClass::Incidental => "incidental",
        }
    }
}

/// Counts of things at least this large read as fleet size (scale), smaller ones as scope:
/// "1,800 VMs" is load the work carried, "12+ microservices" the size of the job.
pub(super) const FLEET_COUNT: u64 = 1000;

/// One figure in a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    /// The number with its magnitude and unit ("45ms", "30k RPS", "$18,000/month").
    pub span: Span,
    pub kind: MetricKind,
    /// Impact, scale, scope or incidental ([`MetricClass`]).
    pub class: MetricClass,
    /// The unit or counted noun as the table spells it ("ms", "%", "requests", "users").
    pub unit: Option<&'static str>,
    /// For a latency: the percentile that qualifies it (50, 95, 99, 999), if any.
    pub percentile: Option<u16>,
    /// For a latency: qualified as an average or mean.
    pub average: bool,
    /// Token range inside the bullet (for pairing; not serialized).
    #[serde(skip)]
    pub(super) tokens: (usize, usize),
    /// The number's value with its magnitude ("50K" = 50,000), saturating.
    #[serde(skip)]
    pub(super) value: u64,
    /// Carries a rate denominator ("/week", "per audit").
    #[serde(skip)]
    pub(super) rate: bool,
}

/// A before → after pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BeforeAfter {
    /// From "from" (when present) to the end of the after figure.
    pub span: Span,
    pub before: Span,
    pub after: Span,
}
// ---------------------------------------------------------------------------------------------
// Percentiles and averages
// ---------------------------------------------------------------------------------------------

/// The percentile a word names: `p99` → 99, `P999` → 999, `median` → 50.
pub(super) fn percentile_of(scan: &Scan<'_>, i: usize) -> Option<u16> {
    let t = scan.tok(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let s = t.span.slice(scan.text);
    // Every form starts with "p", "m" or a digit: this runs for every word of every bullet.
    if !s
        .bytes()
        .next()
        .is_some_and(|b| matches!(b, b'p' | b'P' | b'm' | b'M' | b'0'..=b'9'))
    {
        return None;
    }
    if s.eq_ignore_ascii_case("median") {
        return Some(50);
    }
    if let Some(digits) = s.strip_prefix(['p', 'P']) {
        if !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return digits.parse().ok();
        }
    }
    // "99th percentile"
    if let Some(digits) = s.strip_suffix("th").or_else(|| s.strip_suffix("TH")) {
        if !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && scan.is(i + 1, "percentile")
        {
            return digits.parse().ok();
        }
    }
    None
}

pub(super) fn percentiles(scan: &Scan<'_>) -> Vec<Span> {
    (0..scan.len())
        .filter(|&i| percentile_of(scan, i).is_some())
        .filter_map(|i| scan.tok(i).map(|t| t.span))
        .collect()
}

/// Attach the nearest percentile (or average word) to each latency figure: within the same
/// clause, up to 8 tokens before or 6 after ("p99 latency from 480ms", "100ms end-to-end p99
/// lag").
pub(super) fn qualify_latencies(scan: &Scan<'_>, metrics: &mut [Metric]) {
    for m in metrics.iter_mut().filter(|m| m.kind == MetricKind::Latency) {
        let (start, end) = m.tokens;
        let mut best: Option<(usize, u16)> = None;
        let mut average: Option<usize> = None;
        // Backwards.
        let mut i = start;
        let mut dist = 0;
        while i > 0 && dist < 8 {
            i -= 1;
            dist += 1;
            if scan.is_break(i) {
                break;
            }
            if let Some(p) = percentile_of(scan, i) {
                best = best.or(Some((dist, p)));
            }
            if scan.in_table(i, &ph::AVERAGE_WORDS) {
                average = average.or(Some(dist));
            }
        }
        // Forwards.
        let mut j = end;
        let mut dist = 0;
        while j < scan.len() && dist < 8 {
            if scan.is_break(j) {
                break;
            }
            dist += 1;
            if let Some(p) = percentile_of(scan, j) {
                match best {
                    Some((d, _)) if d <= dist => {}
                    _ => best = Some((dist, p)),
                }
            }
            j += 1;
        }
        match (best, average) {
            (Some((pd, _)), Some(ad)) if ad < pd => m.average = true,
            (Some((_, p)), _) => m.percentile = Some(p),
            (None, Some(_)) => m.average = true,
            (None, None) => {}
        }
    }
}

/// "average latency", "mean response time", "avg. p50 query time"…: an average word followed
/// within three tokens by a latency word.
pub(super) fn average_latency(scan: &Scan<'_>, hits: &[Hit]) -> Vec<Span> {
    let latency: Vec<(Span, usize)> = hits
        .iter()
        .filter(|h| h.table == Table::Latency)
        .map(|h| (h.span, h.tok))
        .collect();
    let mut out: Vec<Span> = Vec::new();
    for i in 0..scan.len() {
        if !scan.in_table(i, &ph::AVERAGE_WORDS) {
            continue;
        }
        let Some(start) = scan.tok(i).map(|t| t.span.start) else {
            continue;
        };
        let next = latency.partition_point(|(_, tok)| *tok <= i);
        if let Some((span, _)) = latency
            .get(next)
            .filter(|(_, tok)| *tok <= i + 3 && !(i..*tok).any(|k| scan.is_break(k)))
        {
            out.push(Span::new(start, span.end));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// A numeric literal: "45", "45,000", "1.2s", "50K", "2M+", "$18,000".
pub(super) struct Literal<'a> {
    /// First token (the currency sign when there is one).
    pub(super) start: usize,
    /// One past the last token of the literal.
    pub(super) end: usize,
    pub(super) int: u64,
    pub(super) decimal: bool,
    pub(super) grouped: bool,
    /// Letters glued to the last digits ("ms" of "45ms", "k+" of "50K+"), lower case.
    pub(super) suffix: &'a str,
    pub(super) plus: bool,
    pub(super) currency: bool,
}

pub(super) fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (s.get(..n).unwrap_or(""), s.get(n..).unwrap_or(""))
}

/// Suffixes a number may carry glued on: magnitudes, units, "x".
pub(super) fn known_suffix(suffix: &str) -> bool {
    let s = suffix.trim_end_matches('+');
    s.is_empty()
        || s == "x"
        || in_table_str(s, &ph::SCALE_WORDS)
        || in_table_str(s, &ph::LATENCY_UNITS)
        || in_table_str(s, &ph::SECOND_UNITS)
        || in_table_str(s, &ph::DURATION_UNITS)
        || in_table_str(s, &ph::DATA_UNITS)
        || in_table_str(s, &ph::THROUGHPUT_UNITS)
}

pub(super) fn literal_at<'a>(scan: &Scan<'a>, i: usize) -> Option<Literal<'a>> {
    let mut at = i;
    let mut currency = false;
    if matches!(scan.str_at(i), "$" | "€" | "£") && scan.glued(i + 1) {
        currency = true;
        at = i + 1;
    } else if i > 0 && matches!(scan.str_at(i - 1), "$" | "€" | "£") && scan.glued(i) {
        // Reached through the number itself; the sign is handled from its own token.
        return None;
    } else if i >= 2
        && scan.str_at(i - 1) == "-"
        && scan.glued(i)
        && scan.glued(i - 1)
        && scan.kind(i - 2) == Some(TokenKind::Word)
        && scan.kind(i) == Some(TokenKind::Number)
    {
        // An identifier: "us-east-1", "x86-64", "Tier-1", "SOC-2" ("sub-100ms" has a unit).
        return None;
    } else if i >= 2
        && scan.str_at(i - 1) == "."
        && scan.glued(i)
        && scan.glued(i - 1)
        && scan.kind(i - 2) != Some(TokenKind::Punct)
    {
        // The tail of "p99.9" or "v1.2".
        return None;
    }
    scan.tok(at)?;
    // Digits and the suffix glued to them, the suffix in lower case.
    let (digits, suffix_lower) = split_digits(scan.lower_at(at));
    if digits.is_empty() {
        return None;
    }
    if !known_suffix(suffix_lower) {
        return None;
    }
    let mut lit = Literal {
        start: i,
        end: at + 1,
        int: digits.parse().unwrap_or(u64::MAX),
        decimal: false,
        grouped: false,
        suffix: suffix_lower,
        plus: false,
        currency,
    };
    // Thousands groups: "45,000", "1,200,000".
    while lit.suffix.is_empty()
        && scan.str_at(lit.end) == ","
        && scan.glued(lit.end)
        && scan.glued(lit.end + 1)
        && scan.kind(lit.end + 1) == Some(TokenKind::Number)
        && scan.str_at(lit.end + 1).len() == 3
    {
        lit.grouped = true;
        lit.int = lit
            .int
            .saturating_mul(1000)
            .saturating_add(scan.str_at(lit.end + 1).parse().unwrap_or(0));
        lit.end += 2;
    }
    // Decimals: "1.2s", "99.99".
    if lit.suffix.is_empty() && scan.str_at(lit.end) == "." && scan.glued(lit.end) {
        let (d, suf_lower) = split_digits(scan.lower_at(lit.end + 1));
        if !d.is_empty() && scan.glued(lit.end + 1) && known_suffix(suf_lower) {
            lit.decimal = true;
            lit.suffix = suf_lower;
            lit.end += 2;
        }
    }
    // "10+" ("+" is glued to a word but not to a bare number).
    if lit.suffix.is_empty() && scan.str_at(lit.end) == "+" && scan.glued(lit.end) {
        lit.plus = true;
        lit.end += 1;
    }
    if let Some(stripped) = lit.suffix.strip_suffix('+') {
        lit.plus = true;
        lit.suffix = stripped;
    }
    // A number glued after letters and a slash is a version ("HTTP/2"); one glued to a word
    // before it is part of that word.
    if !currency && i > 0 && scan.glued(i) && scan.kind(i - 1) == Some(TokenKind::Word) {
        return None;
    }
    Some(lit)
}

pub(super) fn metrics(
    scan: &Scan<'_>,
    latency_context: bool,
    term_ends: &[usize],
    term_spans: &[Span],
) -> Vec<Metric> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.len() {
        // "24/7" is availability of people, not a figure of the work.
        if scan.str_at(i) == "24"
            && scan.str_at(i + 1) == "/"
            && scan.str_at(i + 2) == "7"
            && scan.glued(i + 1)
            && scan.glued(i + 2)
        {
            i += 3;
            continue;
        }
        if let Some((metric, next)) = metric_at(scan, i, latency_context, term_ends, term_spans) {
            out.push(metric);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

pub(super) fn new_metric(scan: &Scan<'_>, from: usize, to: usize, kind: MetricKind) -> Metric {
    Metric {
        span: scan.span(from, to.saturating_sub(1).max(from)),
        kind,
        class: MetricClass::Incidental,
        unit: None,
        percentile: None,
        average: false,
        tokens: (from, to),
        value: 0,
        rate: false,
    }
}

/// The figure starting at token `i`, and the token after it.
pub(super) fn metric_at(
    scan: &Scan<'_>,
    i: usize,
    latency_context: bool,
    term_ends: &[usize],
    term_spans: &[Span],
) -> Option<(Metric, usize)> {
    let t = scan.tok(i)?;
    // Number words.
    if t.kind == TokenKind::Word
        && !t
            .span
            .slice(scan.text)
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return number_word(scan, i);
    }
    let lit = literal_at(scan, i)?;
    // Numbers inside a term ("OAuth 2.0" as one alias) are part of its name.
    let span = scan.span(lit.start, lit.end - 1);
    let before = term_spans.partition_point(|s| s.start <= span.start);
    let inside_term = before
        .checked_sub(1)
        .and_then(|k| term_spans.get(k))
        .is_some_and(|s| s.contains(span));
    if inside_term {
        return Some((
            new_metric(scan, lit.start, lit.end, MetricKind::Version),
            lit.end,
        ));
    }
    let mut j = lit.end;
    let mut unit: Option<&'static str> = None;
    let mut kind: Option<MetricKind> = None;
    let mut scaled = false;
    // Magnitude: glued ("50K") or a word ("2.8 million").
    let suffix = lit.suffix;
    if !suffix.is_empty() {
        if in_table_str(suffix, &ph::SCALE_WORDS) {
            scaled = true;
        } else if suffix == "x" {
            kind = Some(MetricKind::Multiplier);
            unit = Some("x");
        } else {
            (kind, unit) = unit_kind(suffix, latency_context);
        }
    }
    if kind.is_none()
        && !scaled
        && matches!(
            scan.lower_at(j),
            "thousand" | "million" | "billion" | "trillion" | "k" | "m" | "mm" | "bn"
        )
        && scan.kind(j) == Some(TokenKind::Word)
    {
        scaled = true;
        j += 1;
    }
    if kind.is_none() {
        let w = scan.lower_at(j);
        if w == "%" || w == "percent" || w == "pct" {
            kind = Some(MetricKind::Percent);
            unit = Some("%");
            j += 1;
        } else if (w == "x" && scan.glued(j)) || w == "×" {
            kind = Some(MetricKind::Multiplier);
            unit = Some("x");
            j += 1;
        } else if scan.kind(j) == Some(TokenKind::Word) {
            let (k, u) = unit_kind(w, latency_context);
            if k.is_some() {
                kind = k;
                unit = u;
                j += 1;
            }
        } else if w == "-" && scan.glued(j) && scan.glued(j + 1) && scan.lower_at(j + 1).len() > 1 {
            // "18-month project"; not "3-D Secure" (a one-letter unit is a name's letter).
            let (k, u) = unit_kind(scan.lower_at(j + 1), latency_context);
            if k == Some(MetricKind::Duration) {
                kind = k;
                unit = u;
                j += 2;
            }
        }
    }
    // Versions and years: bare numbers only.
    if kind.is_none() && !scaled && !lit.currency && !lit.plus {
        if is_version(scan, &lit, term_ends) {
            return Some((
                new_metric(scan, lit.start, lit.end, MetricKind::Version),
                lit.end,
            ));
        }
        if !lit.decimal
            && !lit.grouped
            && lit.suffix.is_empty()
            && (1950..=2099).contains(&lit.int)
            && !next_is_plural_noun(scan, j)
        {
            return Some((
                new_metric(scan, lit.start, lit.end, MetricKind::Year),
                lit.end,
            ));
        }
    }
    // A counted noun a few words on: "340 enterprise clients", "100M daily events"; or any
    // noun phrase followed by a rate: "60,000 parcels a day".
    if kind.is_none() {
        if let Some((k, u, end)) = counted_noun(scan, j).or_else(|| rate_after_noun(scan, j)) {
            kind = Some(k);
            unit = Some(u);
            j = end;
        }
    }
    let mut kind = kind.unwrap_or(MetricKind::Number);
    if lit.currency || scan.is(j, "usd") || scan.is(j, "dollars") {
        if !lit.currency {
            j += 1;
        }
        kind = MetricKind::Money;
        unit = Some("$");
    }
    if kind == MetricKind::Percent && is_uptime(scan, &lit, j) {
        kind = MetricKind::Uptime;
    }
    if kind == MetricKind::Duration
        && unit.is_some_and(|u| in_table_str(u, &ph::YEAR_UNITS))
        && (lit.plus || (j..j + 5).any(|k| scan.in_table(k, &ph::TENURE_WORDS)))
    {
        kind = MetricKind::Tenure;
    }
    // A rate denominator: "/month", "per quarter", "a day", "annually".
    let before_rate = j;
    j = rate_denominator(scan, j);
    let mut metric = new_metric(scan, lit.start, j, kind);
    metric.unit = unit;
    metric.rate = j > before_rate || unit == Some("per");
    metric.value = if scaled {
        lit.int
            .saturating_mul(magnitude(lit.suffix, scan.lower_at(lit.end)))
    } else {
        lit.int
    };
    Some((metric, j))
}

/// Spelled-out figures: "zero downtime", "five engineers", "doubled", "five nines", "about a
/// week", "a third of the hardware", "with no dropped messages".
pub(super) fn number_word(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if let Some(found) = one_unit(scan, i)
        .or_else(|| fraction(scan, i))
        .or_else(|| none_failed(scan, i))
    {
        return Some(found);
    }
    spelled_figure(scan, i)
}

/// "to under an hour", "about a week", "saving a day": "a" or "an" and a duration unit, after
/// a word that makes it a quantity (a bare "a week" is usually a rate or a span).
pub(super) fn one_unit(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if !(scan.is(i, "a") || scan.is(i, "an")) {
        return None;
    }
    let quantity = i.checked_sub(1).is_some_and(|k| {
        [
            "to", "under", "about", "around", "roughly", "nearly", "than", "almost",
        ]
        .iter()
        .any(|w| scan.is(k, w))
            || scan.in_table(k, &ph::SAVING_WORDS)
    });
    if !quantity || scan.kind(i + 1) != Some(TokenKind::Word) {
        return None;
    }
    let (kind, unit) = unit_kind(scan.lower_at(i + 1), false);
    if kind != Some(MetricKind::Duration) {
        return None;
    }
    let mut m = new_metric(scan, i, i + 2, MetricKind::Duration);
    m.unit = unit;
    m.value = 1;
    Some((m, i + 2))
}

/// "on a third of the hardware", "two thirds of the cost", "at half the cost": a fraction of
/// a resource is a result, like a multiplier.
pub(super) fn fraction(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    // Compared in place: this runs for every word (see `spelled_figure`).
    let counted = ["a", "one", "two", "three"].iter().any(|w| scan.is(i, w));
    let (start, word) = if counted {
        (i, i + 1)
    } else if scan.is(i, "half") {
        (i, i)
    } else {
        return None;
    };
    let is_fraction = scan.in_table(word, &ph::FRACTION_WORDS);
    let of = scan.is(word + 1, "of") || (scan.is(word, "half") && scan.is(word + 1, "the"));
    if !(is_fraction && of) {
        return None;
    }
    let mut m = new_metric(scan, start, word + 1, MetricKind::Multiplier);
    m.unit = Some("x");
    Some((m, word + 1))
}

/// "with no dropped messages", "with no login failures": no failures is a result, as "zero
/// downtime" is.
pub(super) fn none_failed(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if !(scan.is(i, "no") && i.checked_sub(1).is_some_and(|k| scan.is(k, "with"))) {
        return None;
    }
    let end = (i + 1..i + 4)
        .take_while(|&k| scan.kind(k) == Some(TokenKind::Word) || scan.str_at(k) == "-")
        .find(|&k| scan.in_table(k, &ph::FAILURE_WORDS))?;
    let mut m = new_metric(scan, i, end + 1, MetricKind::Count);
    m.unit = Some("zero");
    Some((m, end + 1))
}

/// The number words of the tables: "zero", "doubled", "five engineers", "five nines".
pub(super) fn spelled_figure(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    // Compared case-insensitively in place rather than through a lowered copy: this runs for
    // every word of every bullet, and the copy was an allocation per word (callgrind; see
    // BENCHMARKS.md). The tables are lower case.
    let w = scan.str_at(i);
    if in_table_str(w, &ph::ZERO_WORDS) {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Count);
        m.unit = Some("zero");
        return Some((m, i + 1));
    }
    if in_table_str(w, &ph::MULTIPLIER_WORDS) {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Multiplier);
        m.unit = Some("x");
        return Some((m, i + 1));
    }
    // One pass over the count words per word (this runs for every word of every bullet).
    let count_word = ph::COUNT_WORDS
        .iter()
        .any(|(c, _)| c.eq_ignore_ascii_case(w));
    let counts = count_word || w.eq_ignore_ascii_case("one");
    if counts {
        if let Some(found) = spelled_hyphen_duration(scan, i) {
            return Some(found);
        }
    }
    if count_word {
        // "five nines", "five-9s".
        let after = if scan.str_at(i + 1) == "-" {
            i + 2
        } else {
            i + 1
        };
        if scan.in_table(after, &ph::NINES_WORDS) {
            let mut m = new_metric(scan, i, after + 1, MetricKind::Uptime);
            m.unit = Some("nines");
            return Some((m, after + 1));
        }
        if let Some((kind, unit, end)) = counted_noun(scan, i + 1) {
            let mut m = new_metric(scan, i, end, kind);
            m.unit = Some(unit);
            return Some((m, end));
        }
    }
    // "from six weeks to eight days", "from two days to one hour": a spelled-out duration.
    if counts && scan.kind(i + 1) == Some(TokenKind::Word) {
        if let (Some(kind @ (MetricKind::Duration | MetricKind::Latency)), unit) =
            unit_kind(scan.str_at(i + 1), false)
        {
            let mut m = new_metric(scan, i, i + 2, kind);
            m.unit = unit;
            return Some((m, i + 2));
        }
    }
    // "cut pages by half", "split build time in half".
    if w.eq_ignore_ascii_case("half")
        && i.checked_sub(1)
            .is_some_and(|k| scan.is(k, "by") || scan.is(k, "in"))
    {
        let mut m = new_metric(scan, i, i + 1, MetricKind::Multiplier);
        m.unit = Some("x");
        return Some((m, i + 1));
    }
    None
}

/// "a two-day manual job", "two-week sprints": a spelled-out count (token `i`, checked by the
/// caller) glued by a hyphen to a duration unit is a duration, as "a 2-day job" is, not a count
/// of the noun after it.
pub(super) fn spelled_hyphen_duration(scan: &Scan<'_>, i: usize) -> Option<(Metric, usize)> {
    if !(scan.str_at(i + 1) == "-" && scan.glued(i + 1) && scan.glued(i + 2)) {
        return None;
    }
    let (Some(MetricKind::Duration), unit) = unit_kind(scan.str_at(i + 2), false) else {
        return None;
    };
    let mut m = new_metric(scan, i, i + 3, MetricKind::Duration);
    m.unit = unit;
    Some((m, i + 3))
}

pub(super) fn table_entry(word: &str, table: &PhraseTable) -> Option<&'static str> {
    table
        .phrases
        .iter()
        .copied()
        .find(|p| p.eq_ignore_ascii_case(word))
}

/// Kind of a unit word: latency, duration, data size, throughput.
pub(super) fn unit_kind(
    word: &str,
    latency_context: bool,
) -> (Option<MetricKind>, Option<&'static str>) {
    if let Some(u) = table_entry(word, &ph::LATENCY_UNITS) {
        return (Some(MetricKind::Latency), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::SECOND_UNITS) {
        let kind = if latency_context {
            MetricKind::Latency
        } else {
            MetricKind::Duration
        };
        return (Some(kind), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::DURATION_UNITS) {
        return (Some(MetricKind::Duration), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::DATA_UNITS) {
        return (Some(MetricKind::DataSize), Some(u));
    }
    if let Some(u) = table_entry(word, &ph::THROUGHPUT_UNITS) {
        return (Some(MetricKind::Throughput), Some(u));
    }
    (None, None)
}

/// A counted noun within four words after `j` ("enterprise clients", "high-traffic
/// endpoints", "daily active users", "events per hour"), with its kind and where it ends.
pub(super) fn counted_noun(scan: &Scan<'_>, j: usize) -> Option<(MetricKind, &'static str, usize)> {
    // "4 per quarter": a bare rate.
    let after = rate_denominator(scan, j);
    if after > j {
        return Some((MetricKind::Count, "per", after));
    }
    let mut rate_adjective = false;
    let mut words = 0;
    let mut k = j;
    while words < 4 && k < scan.len() {
        let t = scan.tok(k)?;
        match t.kind {
            TokenKind::Punct => {
                if scan.str_at(k) != "-" {
                    return None;
                }
                k += 1;
                continue;
            }
            TokenKind::Number => return None,
            TokenKind::Word => {}
        }
        let w = scan.str_at(k);
        if in_table_str(w, &ph::METHOD_WORDS)
            || matches!(
                scan.lower_at(k),
                "to" | "from" | "and" | "or" | "in" | "on" | "at" | "for" | "of" | "than"
            )
        {
            return None;
        }
        if let Some(u) = table_entry(w, &ph::USER_NOUNS) {
            return Some((MetricKind::Users, u, k + 1));
        }
        // "engineer-hours": the first half of a compound is not the counted noun.
        if scan.str_at(k + 1) == "-" && scan.glued(k + 1) && scan.glued(k + 2) {
            words += 1;
            k += 2;
            continue;
        }
        if let Some(u) = table_entry(w, &ph::PEOPLE_NOUNS) {
            return Some((MetricKind::People, u, k + 1));
        }
        if let Some(u) = table_entry(w, &ph::THROUGHPUT_NOUNS) {
            let after = rate_denominator(scan, k + 1);
            if rate_adjective || after > k + 1 {
                return Some((MetricKind::Throughput, u, after));
            }
            return Some((MetricKind::Count, u, k + 1));
        }
        if let Some(u) = table_entry(w, &ph::COUNT_NOUNS) {
            return Some((MetricKind::Count, u, k + 1));
        }
        if in_table_str(w, &ph::RATE_ADJECTIVES) {
            rate_adjective = true;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Most words of a noun phrase between a figure and its rate ("6 million push, SMS and email
/// messages a day").
pub(super) const RATE_NOUN_WORDS: usize = 6;

/// A noun phrase the tables do not know, then a rate: "60,000 parcels a day", "2 million
/// updates per second", "90k SMS and emails a day". The load the work carries (a throughput),
/// whatever the things are called. Stops at a preposition, a method word or another number, so
/// "12 services for 3 teams" stays a count.
pub(super) fn rate_after_noun(
    scan: &Scan<'_>,
    j: usize,
) -> Option<(MetricKind, &'static str, usize)> {
    let mut words = 0;
    let mut k = j;
    while words < RATE_NOUN_WORDS && k < scan.len() {
        // The rate first: "bookings/month", "SMS/s" open it with punctuation.
        if words > 0 {
            let after = rate_denominator(scan, k);
            if after > k {
                return Some((MetricKind::Throughput, "per", after));
            }
        }
        match scan.kind(k)? {
            TokenKind::Number => return None,
            TokenKind::Punct if matches!(scan.str_at(k), "-" | ",") => {
                k += 1;
                continue;
            }
            TokenKind::Punct => return None,
            TokenKind::Word => {}
        }
        let w = scan.str_at(k);
        if in_table_str(w, &ph::METHOD_WORDS)
            || matches!(
                scan.lower_at(k),
                "to" | "from" | "in" | "on" | "at" | "for" | "of" | "than" | "into" | "across"
            )
        {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Skip a rate denominator after a figure: "/month", "per hour", "a day", "each week",
/// "annually". Returns the token after it (or `j` when there is none).
pub(super) fn rate_denominator(scan: &Scan<'_>, j: usize) -> usize {
    if scan.in_table(j, &ph::RATE_WORDS) && scan.in_table(j + 1, &ph::RATE_TIME_UNITS) {
        // "a" and "an" only as "a day", never "a team".
        return j + 2;
    }
    if matches!(
        scan.lower_at(j),
        "annually" | "monthly" | "yearly" | "weekly" | "daily"
    ) && scan.kind(j) == Some(TokenKind::Word)
        && !scan.in_table(j + 1, &ph::THROUGHPUT_NOUNS)
        && !scan.in_table(j + 1, &ph::USER_NOUNS)
        && !scan.is(j + 1, "active")
    {
        return j + 1;
    }
    j
}

pub(super) fn next_is_plural_noun(scan: &Scan<'_>, j: usize) -> bool {
    let w = scan.str_at(j);
    w.len() > 3
        && w.ends_with('s')
        && (in_table_str(w, &ph::COUNT_NOUNS)
            || in_table_str(w, &ph::USER_NOUNS)
            || in_table_str(w, &ph::PEOPLE_NOUNS)
            || in_table_str(w, &ph::THROUGHPUT_NOUNS))
}

/// "OpenAPI 3.1", "Java 17" (right after a named technology), "v 3", "HTTP/2".
pub(super) fn is_version(scan: &Scan<'_>, lit: &Literal, term_ends: &[usize]) -> bool {
    let Some(prev) = lit.start.checked_sub(1) else {
        return false;
    };
    let Some(prev_tok) = scan.tok(prev) else {
        return false;
    };
    let prev_str = scan.str_at(prev);
    if prev_str == "/"
        && scan.glued(lit.start)
        && scan.kind(prev.wrapping_sub(1)) == Some(TokenKind::Word)
    {
        return true;
    }
    if prev_tok.kind != TokenKind::Word {
        return false;
    }
    if term_ends.binary_search(&prev_tok.span.end).is_ok() {
        return true;
    }
    if in_table_str(prev_str, &ph::VERSION_WORDS) {
        return true;
    }
    lit.decimal && prev_str.starts_with(|c: char| c.is_ascii_uppercase())
        || code_number(prev_str, lit)
}

/// "CS 739", "ECE 252", "SOC 2", "ISO 27001": a whole number right after a short all-caps
/// word is the code of a course or a standard, a name (incidental), not a count.
pub(super) fn code_number(prev: &str, lit: &Literal) -> bool {
    (2..=4).contains(&prev.len())
        && prev.bytes().all(|b| b.is_ascii_uppercase())
        && !lit.decimal
        && !lit.grouped
        && !lit.plus
        && lit.suffix.is_empty()
}

/// "99.99% uptime", "99.95% availability SLO", "uptime of 99.9%" (not "99.9% test coverage").
pub(super) fn is_uptime(scan: &Scan<'_>, lit: &Literal, j: usize) -> bool {
    (j..j + 3).any(|k| scan.in_table(k, &ph::UPTIME_WORDS))
        || (lit.start.saturating_sub(4)..lit.start).any(|k| scan.in_table(k, &ph::UPTIME_WORDS))
}

/// The multiplier of a magnitude suffix or word, in lower case ("k", "m", "million").
pub(super) fn magnitude(suffix: &str, word: &str) -> u64 {
    let m = if suffix.is_empty() { word } else { suffix };
    match m.trim_end_matches('+') {
        "k" | "thousand" => 1_000,
        "m" | "mm" | "million" => 1_000_000,
        "b" | "bn" | "billion" => 1_000_000_000,
        "t" | "trillion" => 1_000_000_000_000,
        _ => 1,
    }
}
