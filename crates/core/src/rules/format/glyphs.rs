//! F-GLYPHS: odd bullets, emoji, icon-font characters, ligatures, `(cid:NN)` and other garbage.
//!
//! Why it matters is written once, in the rule's `explanation` (the report and `--rules` show it).

use crate::finding::{Category, Finding, RuleMeta, Severity};
use crate::phrases::format::{
    in_ranges, is_rating_glyph, EMOJI_RANGES, GARBLING_BULLETS, ICON_FONTS, INVISIBLE_CHARS,
    LIGATURE_RANGE, PLAIN_BULLETS, PRIVATE_USE_RANGES,
};
use crate::rules::{Context, Rule};
use crate::span::Span;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub static RULE: Rule = Rule {
    meta: RuleMeta {
        id: "F-GLYPHS",
        name: "Odd glyphs",
        category: Category::Formatting,
        severity: Severity::Warning,
        summary: "Odd bullets, emoji, icon-font characters, ligatures or extraction garbage.",
        explanation: "Seed 004 warns that designed resumes \"render as garbled text in the \
            recruiter's dashboard\", and seed 002 lists \"Inconsistent formatting - Maintain \
            uniform fonts, spacing, and bullet styles\" among disqualifying errors. Symbol-font \
            bullets (➢ ✓ ►) extract as stray letters, emoji and icon fonts (FontAwesome's \
            private-use characters) as boxes or nothing, typographic ligatures (ﬁ ﬂ) split words \
            so \"infrastructure\" no longer matches a search, and \"(cid:12)\" or \"�\" in the \
            extracted text means the PDF's fonts lost their character map.",
        source: "004, 002",
    },
    check,
};

/// One glyph hazard: its first occurrence, how many, and the message parts.
struct Kind {
    first: Option<Span>,
    n: usize,
    what: &'static str,
    fix: &'static str,
    severity: Severity,
    points: u32,
}

impl Kind {
    fn new(what: &'static str, fix: &'static str, severity: Severity, points: u32) -> Kind {
        Kind {
            first: None,
            n: 0,
            what,
            fix,
            severity,
            points,
        }
    }

    fn add(&mut self, span: Span) {
        self.first.get_or_insert(span);
        self.n += 1;
    }
}

fn check(ctx: &Context<'_, '_>, out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    let text = doc.text;

    // Odd bullet markers (numbered items are plain).
    let mut markers: Vec<char> = Vec::new();
    let mut marker_at: Vec<usize> = Vec::new();
    let mut odd = Kind::new(
        "odd bullet markers",
        "Use one plain bullet style throughout: \"•\" or \"-\".",
        Severity::Info,
        3,
    );
    for b in &doc.bullets {
        if PLAIN_BULLETS.contains(&b.marker)
            || is_emoji(b.marker)
            || in_ranges(b.marker, PRIVATE_USE_RANGES)
        {
            // Emoji bullets ("🚀 Built …") are counted with the other emoji, and a symbol-font
            // bullet in the private use area ("\u{F0B7}" from a Word PDF) with the icon-font
            // characters: one finding per character, not two.
            continue;
        }
        marker_at.push(b.span.start);
        odd.add(Span::new(b.span.start, b.span.start + b.marker.len_utf8()));
        if !markers.contains(&b.marker) {
            markers.push(b.marker);
        }
        if GARBLING_BULLETS.contains(&b.marker) {
            odd.severity = Severity::Warning;
            odd.points = 6;
        }
    }

    let mut emoji = Kind::new(
        "emoji",
        "Delete the emoji; write \"Email:\", \"Phone:\" or plain words instead of icons.",
        Severity::Warning,
        6,
    );
    let mut private = Kind::new(
        "icon-font characters (Unicode private use area)",
        "Replace the icons with words (\"GitHub: github.com/you\"); icon fonts such as \
         FontAwesome extract as meaningless characters.",
        Severity::Warning,
        8,
    );
    let mut ligature = Kind::new(
        "typographic ligatures (ﬁ, ﬂ)",
        "Export again with ligatures off (in LaTeX: \\usepackage{microtype} with \
         \\DisableLigatures, or a font without them) so \"ﬁ\" reads as \"fi\".",
        Severity::Warning,
        6,
    );
    let mut cid = Kind::new(
        "\"(cid:NN)\" extraction garbage",
        "The PDF's fonts have no character map: export it again with embedded standard fonts \
         (or upload the .docx) and check that copy-paste from the PDF gives readable text.",
        Severity::Error,
        15,
    );
    let mut replacement = Kind::new(
        "replacement characters (�)",
        "Some characters were lost in conversion: retype them or export the file again as \
         UTF-8 text or a text-based PDF.",
        Severity::Warning,
        8,
    );
    let mut invisible = Kind::new(
        "invisible characters (zero-width spaces, soft hyphens)",
        "Delete them (retype the affected words): they split words so keyword searches miss \
         them.",
        Severity::Info,
        3,
    );

    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let span = Span::new(i, i + c.len_utf8());
        if in_ranges(c, PRIVATE_USE_RANGES) {
            private.add(span);
        } else if is_emoji(c) {
            if marker_at.binary_search(&i).is_err() {
                emoji.add(span);
            }
        } else if in_ranges(c, &[LIGATURE_RANGE]) {
            ligature.add(span);
        } else if c == '\u{FFFD}' {
            replacement.add(span);
        } else if INVISIBLE_CHARS.contains(&c) && !(i == 0 && c == '\u{FEFF}') {
            invisible.add(span);
        }
    }
    for (i, _) in text.match_indices("(cid:") {
        let rest = text.get(i + 5..).unwrap_or("");
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest.as_bytes().get(digits) == Some(&b')') {
            cid.add(Span::new(i, i + 5 + digits + 1));
        }
    }

    let shown: String = markers
        .iter()
        .map(|m| alloc::format!("\"{m}\""))
        .collect::<Vec<_>>()
        .join(", ");
    for kind in [odd, emoji, private, ligature, cid, replacement, invisible] {
        let Some(first) = kind.first else {
            continue;
        };
        let sample = first.slice(text);
        let detail = if kind.what == "odd bullet markers" {
            format!(" ({shown})")
        } else {
            format!(" (first: \"{sample}\")")
        };
        out.push(
            Finding::new(
                &RULE.meta,
                Some(first),
                format!(
                    "{}× {}{detail}: an ATS may show them as wrong letters or boxes, or drop them.",
                    kind.n, kind.what
                ),
                String::from(kind.fix),
            )
            .severity(kind.severity)
            .points(kind.points),
        );
    }

    // Icon fonts named by the file reader.
    let mut icon_fonts: Vec<&str> = Vec::new();
    for font in &doc.layout.fonts {
        let name = squash(font);
        if ICON_FONTS.phrases.iter().any(|p| name.contains(&squash(p)))
            && !icon_fonts.contains(&font.as_str())
        {
            icon_fonts.push(font);
        }
    }
    if !icon_fonts.is_empty() {
        out.push(
            Finding::new(
                &RULE.meta,
                None,
                format!(
                    "The file uses icon or symbol fonts ({}): their glyphs extract as garbage \
                     characters.",
                    icon_fonts.join(", ")
                ),
                String::from(
                    "Replace icons and symbol-font bullets with plain text and a standard bullet.",
                ),
            )
            .points(6),
        );
    }
}

/// An emoji or pictograph, other than rating glyphs (F-SKILL-BARS) and the symbol-font bullets
/// counted as odd bullets.
fn is_emoji(c: char) -> bool {
    in_ranges(c, EMOJI_RANGES) && !is_rating_glyph(c) && !GARBLING_BULLETS.contains(&c)
}

/// Lower-case letters and digits only ("Font Awesome 5 Free" → "fontawesome5free").
fn squash(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, of, report_with, under, CLEAN};
    use crate::layout::LayoutFacts;
    use crate::{Options, Severity};
    use alloc::string::String;
    use alloc::vec;

    /// Google Docs' default bullets are ordinary geometric shapes every parser reads, and a
    /// Word PDF's Symbol-font bullet (U+F0B7) is one icon-font character, reported once.
    #[test]
    fn google_docs_bullets_are_plain_and_a_symbol_font_bullet_is_reported_once() {
        let docs = CLEAN
            .replace("- Cut p99", "● Cut p99")
            .replace("- Built the billing", "○ Built the billing");
        assert!(findings(&docs, "F-GLYPHS").is_empty());
        let word = CLEAN
            .replace("- Cut p99", "\u{F0B7} Cut p99")
            .replace("- Built the billing", "\u{F0B7} Built the billing");
        let found = findings(&word, "F-GLYPHS");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("2× icon-font"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn one_finding_per_kind_with_first_span_and_count() {
        let text = CLEAN
            .replace("- Cut p99", "🚀 Cut p99")
            .replace("- Built the billing", "➢ Built the billing")
            .replace("Seattle, WA\n\nSummary", "Seattle, WA \u{F0E0}\n\nSummary")
            .replace("Rust\n", "Rust 🦀\n")
            .replace("Owns Postgres", "Owns Post\u{200B}gres and ﬁnance")
            .replace("Education\n", "Education\n(cid:12)(cid:3) \u{FFFD}\n");
        let found = findings(&text, "F-GLYPHS");
        let msgs: alloc::vec::Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(found.len(), 7, "{msgs:#?}");
        let by = |needle: &str| found.iter().find(|f| f.message.contains(needle)).unwrap();
        let odd = by("odd bullet markers");
        assert_eq!(under(&text, odd), "➢");
        assert_eq!(odd.severity, Severity::Warning);
        let emoji = by("emoji");
        assert!(emoji.message.starts_with("2× emoji"), "{}", emoji.message);
        assert_eq!(under(&text, emoji), "🦀"); // the first in text order (Skills)
        assert_eq!(under(&text, by("icon-font")), "\u{F0E0}");
        assert_eq!(under(&text, by("ligatures")), "ﬁ");
        let cid = by("(cid:NN)");
        assert!(cid.message.starts_with("2×"));
        assert_eq!(under(&text, cid), "(cid:12)");
        assert_eq!(cid.severity, Severity::Error);
        assert_eq!(under(&text, by("replacement")), "\u{FFFD}");
        assert_eq!(under(&text, by("invisible")), "\u{200B}");
    }

    #[test]
    fn unusual_but_harmless_bullets_are_info() {
        let text = CLEAN.replace("- Cut p99", "▪ Cut p99");
        let found = findings(&text, "F-GLYPHS");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].severity, found[0].points), (Severity::Info, 3));
    }

    #[test]
    fn plain_text_arrows_accents_and_skill_glyphs_pass() {
        assert!(findings(CLEAN, "F-GLYPHS").is_empty());
        let text = CLEAN
            .replace(
                "from 480ms to 110ms",
                "480ms → 110ms for José’s team — “fast”",
            )
            .replace("- Cut p99", "• Cut p99")
            .replace("Rust\n", "Rust ●●●○○\n");
        let text = alloc::format!("\u{FEFF}{text}");
        assert!(
            findings(&text, "F-GLYPHS").is_empty(),
            "{:#?}",
            findings(&text, "F-GLYPHS")
        );
    }

    #[test]
    fn icon_fonts_from_layout() {
        let layout = LayoutFacts {
            fonts: vec![
                String::from("Calibri"),
                String::from("FontAwesome5Free-Solid"),
            ],
            ..LayoutFacts::default()
        };
        let found = of(
            &report_with(CLEAN, &Options::default(), &layout),
            "F-GLYPHS",
        );
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("FontAwesome5Free-Solid"));
    }
}
