//! Formatting hazards (SPEC §5) on whole resumes: a hazard-heavy one, a clean one, and layout
//! facts as a DOCX/PDF reader would report them.

use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{analyze, analyze_with_layout, Category, Finding, Options, Report, Severity};
use resume_analyzer_tests::{fixture, rule_ids};

fn format_findings<'r>(report: &'r Report, id: &str) -> Vec<&'r Finding> {
    report.findings.iter().filter(|f| f.rule == id).collect()
}

fn under<'t>(text: &'t str, f: &Finding) -> &'t str {
    f.span.map(|s| &text[s.start..s.end]).unwrap_or("")
}

fn formatting_lost(report: &Report) -> u32 {
    report
        .score
        .parts
        .iter()
        .find(|p| p.category == Category::Formatting)
        .map(|p| p.lost)
        .unwrap_or(0)
}

#[test]
fn hazard_heavy_resume_trips_every_text_rule() {
    let text = fixture("format/hazards.md");
    let report = analyze(&text, &Options::default()).unwrap();
    let ids = rule_ids(&report);
    for want in [
        "F-HEADING",
        "F-SKILL-BARS",
        "F-TABLE",
        "F-GLYPHS",
        "F-SKILLS-DUMP",
        "F-SUMMARY",
        "F-CONTACT",
        "F-IDENTITY",
        "F-EXTRAS",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    // Creative headings still mark their sections, so nothing is "missing".
    assert!(!ids.contains(&"F-MISSING-SECTION"), "{ids:?}");
    // Layout-only rules stay quiet on pasted text.
    for quiet in ["F-TEXTBOX", "F-IMAGE", "F-HEADER-CONTACT", "F-NO-TEXT"] {
        assert!(!ids.contains(&quiet), "{quiet} fired on plain text");
    }

    let headings: Vec<&str> = format_findings(&report, "F-HEADING")
        .iter()
        .map(|f| under(&text, f))
        .collect();
    assert_eq!(
        headings,
        [
            "Tech Arsenal",
            "Where I've Built Things",
            "Academic Journey"
        ]
    );

    let bars: Vec<&str> = format_findings(&report, "F-SKILL-BARS")
        .iter()
        .map(|f| under(&text, f))
        .collect();
    assert_eq!(bars, ["●●●●○", "●●●○○", "★★★☆☆"]);

    let table = format_findings(&report, "F-TABLE");
    assert_eq!(table.len(), 1);
    assert!(under(&text, table[0]).starts_with("| Project"));

    let emoji = format_findings(&report, "F-GLYPHS");
    assert_eq!(emoji.len(), 1, "{emoji:#?}");
    assert_eq!(under(&text, emoji[0]), "🚀");
    assert!(emoji[0].message.starts_with("2× emoji"));

    let dump = format_findings(&report, "F-SKILLS-DUMP");
    assert_eq!(dump.len(), 1);
    assert_eq!(dump[0].severity, Severity::Error);
    assert!(
        dump[0].message.starts_with("Skills lists 63 items"),
        "{}",
        dump[0].message
    );

    let objective = format_findings(&report, "F-SUMMARY");
    assert_eq!(objective.len(), 1);
    assert_eq!(under(&text, objective[0]), "Objective");

    let contact = format_findings(&report, "F-CONTACT");
    assert!(
        contact.iter().any(|f| f.message.starts_with("No GitHub")),
        "{contact:#?}"
    );
    assert!(!contact.iter().any(|f| f.message.starts_with("No email")));

    let identity = format_findings(&report, "F-IDENTITY");
    assert_eq!(under(&text, identity[0]), "Full-Stack Developer");

    let extras = format_findings(&report, "F-EXTRAS");
    assert_eq!(under(&text, extras[0]), "References available upon request");

    // Every formatting point lost traces to a finding, and the part never goes below zero.
    let sum: u32 = report
        .findings
        .iter()
        .filter(|f| f.category == Category::Formatting)
        .map(|f| f.points)
        .sum();
    assert_eq!(formatting_lost(&report), sum.min(100));
    assert!(
        sum >= 60,
        "a resume this hazardous loses most formatting points ({sum})"
    );
}

#[test]
fn clean_resume_has_no_formatting_findings() {
    let text = fixture("format/clean.md");
    let report = analyze(&text, &Options::default()).unwrap();
    let left: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("F-"))
        // The contact reader may not find every detail yet; then F-CONTACT is right to say so.
        .filter(|f| {
            !(f.rule == "F-CONTACT"
                && ((f.message.starts_with("No phone") && !report.contact.phone)
                    || (f.message.starts_with("No city/state") && !report.contact.location)))
        })
        .collect();
    assert!(left.is_empty(), "{left:#?}");
}

#[test]
fn layout_facts_drive_the_file_rules() {
    let text = fixture("format/clean.md");
    // What a DOCX/PDF reader would report for a designed two-column resume.
    let layout = LayoutFacts {
        origin: Some("docx".into()),
        tables: 2,
        columns: 2,
        column_evidence: vec!["w:cols num=2 in the body section".into()],
        text_boxes: 1,
        images: 2,
        header_footer_text: vec!["jane.doe@example.com | +1 (555) 000-1111 | jane.dev".into()],
        pages: Some(3),
        ..LayoutFacts::default()
    };
    let report = analyze_with_layout(&text, &Options::default(), &layout).unwrap();
    let ids = rule_ids(&report);
    for want in [
        "F-TABLE",
        "F-TEXTBOX",
        "F-IMAGE",
        "F-HEADER-CONTACT",
        "F-LENGTH",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    let columns = format_findings(&report, "F-TABLE");
    assert!(columns
        .iter()
        .any(|f| f.message.contains("w:cols num=2 in the body section")));
    // The email is in the body too; the other phone number and the website are not.
    let header = format_findings(&report, "F-HEADER-CONTACT");
    assert!(
        header[0].message.contains("phone (+1 (555) 000-1111)"),
        "{}",
        header[0].message
    );
    assert!(!header[0].message.contains("email"));
    let length = format_findings(&report, "F-LENGTH");
    assert_eq!(length[0].severity, Severity::Error);
    assert!(length[0].message.starts_with("3 pages:"));
    assert!(!ids.contains(&"F-NO-TEXT"));

    // An image-only PDF: the ATS sees nothing, and the formatting part shows it.
    let scanned = LayoutFacts {
        origin: Some("pdf".into()),
        no_text_layer: true,
        pages: Some(1),
        ..LayoutFacts::default()
    };
    let report = analyze_with_layout("Jane Doe", &Options::default(), &scanned).unwrap();
    let no_text = format_findings(&report, "F-NO-TEXT");
    assert_eq!(no_text.len(), 1);
    assert_eq!(no_text[0].severity, Severity::Error);
    assert!(no_text[0].points >= 60);
    assert!(formatting_lost(&report) >= 60);
}

#[test]
fn findings_are_deterministic() {
    let text = fixture("format/hazards.md");
    let a = serde_json::to_string(&analyze(&text, &Options::default()).unwrap()).unwrap();
    let b = serde_json::to_string(&analyze(&text, &Options::default()).unwrap()).unwrap();
    assert_eq!(a, b);
}
