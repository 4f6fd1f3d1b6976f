//! Input readers: JSON Resume and LaTeX rendered to text the document model reads like any
//! resume; LaTeX column layouts; bad input refused with a clear message, never a panic.

use resume_analyzer::document::{Document, HeadingStyle};
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::section_kind::SectionKind;
use resume_analyzer::{analyze, input, ErrorKind, InputFormat, Options};
use resume_analyzer_tests::fixture;

fn build<R>(
    text: &str,
    format: InputFormat,
    f: impl FnOnce(&input::Source, &Document<'_>) -> R,
) -> R {
    let source = input::read(text, format).expect("readable input");
    let doc = Document::build(&source, &Options::default(), &LayoutFacts::default());
    f(&source, &doc)
}

fn section_kinds(doc: &Document<'_>) -> Vec<SectionKind> {
    doc.sections.iter().map(|s| s.kind).collect()
}

fn contact<'t>(doc: &Document<'t>) -> [Option<&'t str>; 5] {
    let c = &doc.contact;
    [c.email, c.phone, c.linkedin, c.github, c.location].map(|s| s.map(|s| s.slice(doc.text)))
}

// --- JSON Resume ----------------------------------------------------------------------------

#[test]
fn json_resume_reads_into_sections_bullets_contact_and_roles() {
    let json = fixture("inputs/resume.json");
    // Sniffed without being told.
    assert_eq!(input::sniff(&json), InputFormat::JsonResume);
    build(&json, InputFormat::Auto, |source, doc| {
        assert_eq!(source.format, InputFormat::JsonResume);
        assert_eq!(doc.layout.origin.as_deref(), Some("json-resume"));
        assert_eq!(
            section_kinds(doc),
            [
                SectionKind::Header,
                SectionKind::Summary,
                SectionKind::Skills,
                SectionKind::Experience,
                SectionKind::Projects,
                SectionKind::Education,
                SectionKind::Certifications,
                SectionKind::Other,
                SectionKind::Other,
            ]
        );
        assert!(doc
            .sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .all(|h| h.style == HeadingStyle::Structured && !h.creative));
        assert_eq!(
            contact(doc),
            [
                Some("tomas.ibarra@example.com"),
                Some("(555) 123-4567"),
                Some("linkedin.com/in/tomasibarra"),
                Some("https://github.com/tibarra"),
                Some("San Francisco, CA 94105"),
            ]
        );
        // Highlights are bullets under their roles; dates read back from the rendering.
        let experience: Vec<&str> = doc
            .bullets
            .iter()
            .filter(|b| b.section_kind == SectionKind::Experience)
            .map(|b| b.body.slice(doc.text))
            .collect();
        assert_eq!(experience.len(), 3);
        assert!(experience[0].starts_with("Cut p99 latency of the tracking API"));
        let roles: Vec<(&str, &str, &str)> = doc
            .roles
            .iter()
            .filter(|r| r.section == SectionKind::Experience)
            .map(|r| {
                (
                    r.title.unwrap().slice(doc.text),
                    r.company.unwrap().slice(doc.text),
                    r.dates.unwrap().span.slice(doc.text),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "Senior Backend Engineer",
                    "Northwind Freight",
                    "Apr 2021 – Present"
                ),
                ("Backend Engineer", "Copperline", "Sep 2017 – Mar 2021"),
            ]
        );
        assert_eq!(doc.bullets[0].role, Some(0));
        // Skills render as "Group: a, b" lines.
        assert!(doc.text.contains("\nLanguages: Go, Python, SQL\n"));
    });
}

#[test]
fn json_resume_analyzes_end_to_end() {
    let report = analyze(&fixture("inputs/resume.json"), &Options::default()).expect("report");
    assert!(!report.bullets.is_empty());
}

#[test]
fn wrong_shape_json_is_malformed_with_a_clear_message() {
    for (json, says) in [
        ("[{\"basics\": {}}]", "an array"),
        ("42", "a number"),
        ("null", "null"),
        (
            "{\"name\": \"Jane\", \"jobs\": []}",
            "none of the JSON Resume sections",
        ),
    ] {
        let err = input::read(json, InputFormat::JsonResume).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Malformed, "{json}");
        assert!(err.message.contains(says), "{json}: {}", err.message);
        assert!(!err.message.contains('\n'), "one line: {}", err.message);
    }
    // Auto-detection reaches the same verdict for an object and a JSON array.
    let err = analyze("{\"foo\": 1}", &Options::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Malformed);
    assert_eq!(
        analyze("[1, 2, 3]", &Options::default()).unwrap_err().kind,
        ErrorKind::Malformed
    );
}

#[test]
fn invalid_json_reports_line_and_column() {
    let err = input::read(
        "{\n  \"basics\": {\n    \"name\": \"Jane\",\n  }\n}",
        InputFormat::Auto,
    )
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Malformed);
    assert!(err.message.contains("line 4 column 3"), "{}", err.message);
}

#[test]
fn deeply_nested_json_is_refused_not_a_crash() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let err = input::read(&deep, InputFormat::JsonResume).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Malformed);
    let deep_obj = "{\"basics\":".repeat(50_000) + "1" + &"}".repeat(50_000);
    assert_eq!(
        input::read(&deep_obj, InputFormat::Auto).unwrap_err().kind,
        ErrorKind::Malformed
    );
}

#[test]
fn json_fields_of_the_wrong_type_are_skipped() {
    let json = r#"{"basics": {"name": "Jane", "email": 5, "profiles": "nope"},
        "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01", "highlights": ["Built X for 3 teams", 7, null]}, "junk"],
        "skills": {"not": "a list"}}"#;
    build(json, InputFormat::JsonResume, |_, doc| {
        assert_eq!(doc.bullets.len(), 1);
        assert_eq!(doc.roles.len(), 1);
    });
    let empty = input::read(r#"{"basics": {}}"#, InputFormat::JsonResume).unwrap_err();
    assert_eq!(empty.kind, ErrorKind::Malformed);
}

// --- LaTeX ----------------------------------------------------------------------------------

#[test]
fn jakes_template_reads_into_sections_bullets_contact_and_roles() {
    let tex = fixture("inputs/jakes.tex");
    assert_eq!(input::sniff(&tex), InputFormat::Latex);
    build(&tex, InputFormat::Auto, |source, doc| {
        assert_eq!(source.format, InputFormat::Latex);
        assert_eq!(doc.layout.origin.as_deref(), Some("latex"));
        assert_eq!(doc.layout.columns, 0, "{:?}", doc.layout.column_evidence);
        assert_eq!(
            section_kinds(doc),
            [
                SectionKind::Header,
                SectionKind::Education,
                SectionKind::Experience,
                SectionKind::Projects,
                SectionKind::Skills,
            ]
        );
        assert_eq!(
            contact(doc),
            [
                Some("dana.whitfield@example.com"),
                Some("+1 (512) 555-0199"),
                Some("linkedin.com/in/danawhitfield"),
                Some("github.com/dwhitfield"),
                Some("Austin, TX"),
            ]
        );
        let bullets: Vec<&str> = doc.bullets.iter().map(|b| b.body.slice(doc.text)).collect();
        assert_eq!(bullets.len(), 6, "{bullets:#?}");
        // Commands are gone, their text and escapes kept; a trailing comment is dropped.
        assert_eq!(
            bullets[1],
            "Built an idempotent Kafka consumer pipeline processing 18k events/sec with exactly-once delivery & zero data loss"
        );
        assert!(bullets[2].ends_with("reducing pages by 45% quarter over quarter"));
        let roles: Vec<(&str, &str, &str)> = doc
            .roles
            .iter()
            .filter(|r| r.section == SectionKind::Experience)
            .map(|r| {
                (
                    r.title.unwrap().slice(doc.text),
                    r.company.unwrap().slice(doc.text),
                    r.dates.unwrap().span.slice(doc.text),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "Senior Backend Engineer",
                    "Fieldstone Payments",
                    "Mar 2021 – Present"
                ),
                (
                    "Backend Engineer",
                    "Orbital Logistics",
                    "Jun 2018 – Feb 2021"
                ),
            ]
        );
        // Jake's skills list has no visible markers (`label={}`): lines, not bullets.
        assert!(doc
            .text
            .contains("\nLanguages: Go, Python, Rust, SQL\nDatastores:"));
        // Nothing of the preamble leaks.
        assert!(!doc.text.contains("tabular"));
        assert!(!doc.text.contains("0.15in"));
        assert!(!doc.text.contains('\\'));
    });
}

#[test]
fn moderncv_entries_and_preamble_identity() {
    build(
        &fixture("inputs/moderncv.tex"),
        InputFormat::Auto,
        |_, doc| {
            assert!(doc
                .text
                .starts_with("Lena Fischer\nSenior Backend Engineer\n"));
            assert_eq!(
                contact(doc),
                [
                    Some("lena.fischer@example.com"),
                    Some("+49 151 12345678"),
                    Some("linkedin.com/in/lenafischer"),
                    Some("github.com/lfischer"),
                    Some("Berlin, Germany"),
                ]
            );
            let experience: Vec<_> = doc
                .roles
                .iter()
                .filter(|r| r.section == SectionKind::Experience)
                .collect();
            assert_eq!(experience.len(), 2);
            assert_eq!(
                experience[0].company.unwrap().slice(doc.text),
                "Kiezkraft GmbH"
            );
            assert_eq!(
                experience[0].dates.unwrap().span.slice(doc.text),
                "2019–Present"
            );
            // Two \item bullets, and the second entry's description sentence, which states
            // work done, written as one by the reader.
            assert_eq!(doc.bullets.len(), 3);
            assert_eq!(
                doc.bullets[2].body.slice(doc.text),
                "Built the billing API in Java and PostgreSQL used by 300 merchants."
            );
        },
    );
}

#[test]
fn altacv_sidebar_sets_columns() {
    build(
        &fixture("inputs/altacv.tex"),
        InputFormat::Auto,
        |_, doc| {
            assert_eq!(doc.layout.columns, 2);
            let evidence = doc.layout.column_evidence.join("; ");
            assert!(evidence.contains("altacv"), "{evidence}");
            assert!(evidence.contains("paracol"), "{evidence}");
            assert_eq!(doc.layout.images, 1, "the photo");
            assert_eq!(
                doc.contact.github.unwrap().slice(doc.text),
                "github.com/rmenon"
            );
            assert_eq!(doc.roles.len(), 2);
            // AltaCV's skill ratings stay visible as ratings.
            assert!(doc.text.contains("English (5/5)"));
        },
    );
}

fn columns(tex: &str) -> (u32, Vec<String>) {
    let source = input::read(tex, InputFormat::Latex).expect("readable");
    (source.layout.columns, source.layout.column_evidence)
}

#[test]
fn column_constructs() {
    let paracol = "\\documentclass{article}\\usepackage{paracol}\\begin{document}\\begin{paracol}{2}Left\\switchcolumn Right\\end{paracol}\\end{document}";
    assert_eq!(columns(paracol).0, 2);
    let multicols = "\\begin{document}\\begin{multicols}{3}a b c\\end{multicols}\\end{document}";
    let (n, why) = columns(multicols);
    assert_eq!(n, 3);
    assert!(why[0].contains("multicols"));
    let one_col = "\\begin{document}\\begin{multicols}{1}a\\end{multicols}\\end{document}";
    assert_eq!(columns(one_col).0, 0);
    let side_by_side = "\\begin{document}\n\\begin{minipage}[t]{0.3\\textwidth}Skills\\end{minipage}\\hfill\n\\begin{minipage}[t]{0.65\\textwidth}Experience\\end{minipage}\n\\end{document}";
    let (n, why) = columns(side_by_side);
    assert_eq!(n, 2);
    assert!(why[0].contains("minipage"));
    // Minipages in separate paragraphs are stacked, not side by side.
    let stacked = "\\begin{document}\n\\begin{minipage}{\\textwidth}A\\end{minipage}\n\n\\begin{minipage}{\\textwidth}B\\end{minipage}\n\\end{document}";
    assert_eq!(columns(stacked).0, 0);
    for class in ["deedy-resume-openfont", "twentysecondcv"] {
        let tex = format!("\\documentclass{{{class}}}\\begin{{document}}Jane\\end{{document}}");
        assert_eq!(columns(&tex).0, 2, "{class}");
    }
    let twocolumn = "\\documentclass[11pt,twocolumn]{article}\\begin{document}x\\end{document}";
    assert_eq!(columns(twocolumn).0, 2);
}

#[test]
fn latex_columns_reach_the_layout_of_the_document() {
    let tex = "\\documentclass{altacv}\\begin{document}\\name{Jane}\\section{Experience}\\cvevent{Engineer}{Acme}{2019 -- 2021}{Berlin, Germany}\\begin{itemize}\\item Built the API for 3 teams\\end{itemize}\\end{document}";
    build(tex, InputFormat::Auto, |_, doc| {
        assert_eq!(doc.layout.columns, 2);
        assert_eq!(
            doc.roles[0].dates.unwrap().span.slice(doc.text),
            "2019 – 2021"
        );
    });
}

#[test]
fn comments_escapes_and_links() {
    let tex = "\\begin{document}\n% \\section{Hidden}\nJane Doe \\\\\n\\href{mailto:jane@x.dev}{\\faEnvelope} \\textbar{} \\href{https://www.linkedin.com/in/jane/}{LinkedIn} \\textbar{} \\url{https://github.com/jane\\_d}\n\\section{Skills}\nC\\# \\& .NET, 100\\% uptime~--~really, R\\&D --- yes\n\\end{document}";
    build(tex, InputFormat::Latex, |_, doc| {
        assert!(!doc.text.contains("Hidden"));
        assert_eq!(doc.contact.email.unwrap().slice(doc.text), "jane@x.dev");
        assert_eq!(
            doc.contact.linkedin.unwrap().slice(doc.text),
            "linkedin.com/in/jane"
        );
        assert_eq!(
            doc.contact.github.unwrap().slice(doc.text),
            "https://github.com/jane_d"
        );
        assert!(
            doc.text
                .contains("C# & .NET, 100% uptime – really, R&D — yes"),
            "{}",
            doc.text
        );
    });
}

#[test]
fn unbalanced_and_hostile_latex_never_panics() {
    let cases = [
        String::from("\\section{Experience"),
        String::from("\\begin{document}\\textbf{never closed \\item a \\item b"),
        String::from("}}}}\\end{itemize}\\end{document}{{{"),
        "{".repeat(10_000) + "deep" + &"}".repeat(10_000),
        "\\textbf{".repeat(10_000) + "deep",
        "\\begin{itemize}".repeat(5_000),
        "\\href{".repeat(5_000),
        "\\item[".repeat(5_000),
        "\\resumeSubheading{".repeat(3_000),
        String::from("\\documentclass{article}\\begin{document}\\end{document}"),
        String::from("\\newcommand{\\x}[1]{\\section{#1}"),
        String::from("\\\\\\\\\\%\\"),
        String::from("\\section{é}\\item 漢字 😀 \\'{e}\\\"o"),
    ];
    // No clock here: a hang is the harness's timeout; speed is the benches' and the fuzzers'.
    for tex in &cases {
        match input::read(tex, InputFormat::Latex) {
            Ok(source) => {
                let _ = Document::build(&source, &Options::default(), &LayoutFacts::default());
            }
            Err(e) => assert_eq!(
                e.kind,
                ErrorKind::Malformed,
                "{:?}",
                &tex[..tex.len().min(40)]
            ),
        }
    }
}

#[test]
fn big_latex_is_read_up_to_the_limits() {
    let big = |units: usize| {
        let mut tex = String::from("\\documentclass{article}\\begin{document}\n");
        for _ in 0..units {
            tex.push_str("\\section{Experience}\\resumeSubheading{Engineer}{2019 -- 2021}{Acme}{Austin, TX}\n\\resumeItem{Built \\textbf{Kafka} pipelines for 3 teams with 40\\% less cost} % note\n");
        }
        tex.push_str("\\end{document}");
        tex
    };
    // Each unit renders to a handful of lines: as many units as fit in MAX_INPUT_LINES.
    let units = resume_analyzer::MAX_INPUT_LINES / 8;
    let report = analyze(&big(units), &Options::default()).expect("report");
    assert_eq!(report.bullets.len(), units);
    // 1.5 MB of it renders past the line limit: refused, not analysed slowly.
    let error = analyze(&big(9_000), &Options::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::TooLarge, "{}", error.message);
}

#[test]
fn plain_text_and_markdown_stay_as_they_are() {
    let md = "# Jane Doe\n[GitHub](https://github.com/jane)\n\n## Experience\n- Built **gRPC** services\n";
    build(md, InputFormat::Auto, |source, doc| {
        assert_eq!(source.format, InputFormat::Text);
        assert_eq!(source.text, md);
        assert_eq!(doc.layout.origin.as_deref(), Some("text"));
        assert_eq!(
            doc.bullets[0].body.slice(doc.text),
            "Built **gRPC** services"
        );
    });
}

// --- LaTeX: the document's own macros and the template table --------------------------------

#[test]
fn jakes_template_with_its_own_macros_and_a_language_switch() {
    let tex = fixture("inputs/jakes-bilingual.tex");
    build(&tex, InputFormat::Auto, |_, doc| {
        assert_eq!(
            section_kinds(doc),
            [
                SectionKind::Header,
                SectionKind::Summary,
                SectionKind::Experience,
                SectionKind::Projects,
                SectionKind::Education,
                SectionKind::Skills,
            ]
        );
        let bullets: Vec<&str> = doc.bullets.iter().map(|b| b.body.slice(doc.text)).collect();
        // Each `\resumeItem{…}` is one bullet, once: the dropped language is gone.
        assert_eq!(bullets.len(), 6, "{bullets:#?}");
        assert_eq!(
            bullets[0],
            "Moved card authorisation to an event-sourced ledger in Go, cutting p99 latency from 180 ms to 45 ms"
        );
        assert!(!doc.text.contains("Kartenautorisierung"), "{}", doc.text);
        assert!(!doc.text.contains("Berufserfahrung"), "{}", doc.text);
        // Spacing helpers never become text.
        for leak in ["em", "0.9", "0.4", "pt"] {
            assert!(
                !doc.text
                    .split_whitespace()
                    .any(|w| w.contains(leak) && w.starts_with(['-', '0'])),
                "{leak}: {}",
                doc.text
            );
        }
        let roles: Vec<(&str, &str)> = doc
            .roles
            .iter()
            .filter(|r| r.section == SectionKind::Experience)
            .map(|r| {
                (
                    r.title.map(|t| t.slice(doc.text)).unwrap_or_default(),
                    r.dates.map(|d| d.span.slice(doc.text)).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                ("Backend Engineer", "Apr 2020 – Present"),
                ("Software Engineer", "Aug 2017 – Mar 2020")
            ]
        );
    });
}

#[test]
fn a_templates_own_arity_is_kept() {
    // sb2nov's original `\resumeItem{title}{text}`: one bullet "title: text".
    let tex = "\\newcommand{\\resumeItem}[2]{\\item\\small{\\textbf{#1}{: #2}}}\n\\section{Experience}\n\\begin{itemize}\n\\resumeItem{Kafka}{Built a pipeline for 2M events a day}\n\\resumeItem{Latency}{Cut p99 by 40\\%}\n\\end{itemize}";
    build(tex, InputFormat::Latex, |_, doc| {
        let bullets: Vec<&str> = doc.bullets.iter().map(|b| b.body.slice(doc.text)).collect();
        assert_eq!(
            bullets,
            [
                "Kafka: Built a pipeline for 2M events a day",
                "Latency: Cut p99 by 40%"
            ]
        );
    });
}

#[test]
fn template_vocabularies_from_the_table() {
    // Awesome-CV's skill lines keep their skills; dates in an optional argument are read.
    let tex = "\\documentclass{awesome-cv}\\begin{document}\\cvsection{Skills}\n\\cvskill{Languages}{Go, Rust}\n\\cvsection{Experience}\n\\entry[2019 -- 2022]{Backend Engineer}{Acme}{Built the billing API in Go.}\n\\end{document}";
    let source = input::read(tex, InputFormat::Latex).unwrap();
    assert!(
        source.text.contains("Languages: Go, Rust"),
        "{}",
        source.text
    );
    assert!(
        source
            .text
            .contains("Backend Engineer — Acme | 2019 – 2022"),
        "{}",
        source.text
    );
    // An unknown command's length argument never prints.
    let tex = "\\section{Summary}\\mygap{-0.9em}Backend engineer\\colorlinebox{blue!40!black}";
    let source = input::read(tex, InputFormat::Latex).unwrap();
    assert_eq!(source.text, "Summary\nBackend engineer\n");
}

#[test]
fn moderncv_styles_and_friggeri_asides_are_columns() {
    let moderncv = fixture("inputs/moderncv.tex");
    let (n, why) = columns(&moderncv);
    assert_eq!(n, 2, "{why:?}");
    assert!(why.join(" ").contains("moderncv"), "{why:?}");
    let banking = "\\documentclass{moderncv}\\moderncvstyle{banking}\\begin{document}\\section{Experience}\\cventry{2019--2021}{Engineer}{Acme}{}{}{}\\end{document}";
    assert_eq!(columns(banking).0, 0);
    let friggeri = "\\begin{document}\\begin{aside}\\section{contact}x\\end{aside}\\section{Experience}\\end{document}";
    assert_eq!(columns(friggeri).0, 2);
}

#[test]
fn json_resume_variants_in_the_wild() {
    let json = fixture("inputs/resume-variants.json");
    build(&json, InputFormat::Auto, |_, doc| {
        // A skill's name and keywords are both skills.
        assert!(doc.text.contains("\nDocker, Containers\n"), "{}", doc.text);
        assert!(doc.text.contains("\nKubernetes\n"), "{}", doc.text);
        // "N/A" and "" end dates mean still there.
        let roles: Vec<&str> = doc
            .roles
            .iter()
            .filter_map(|r| r.dates.map(|d| d.span.slice(doc.text)))
            .collect();
        assert!(roles.contains(&"Feb 2016 – Present"), "{roles:?}");
        assert!(
            doc.text
                .contains("Mentor — Code Club Toronto | Sep 2018 – Present"),
            "{}",
            doc.text
        );
        // Summaries and descriptions that state what was done are judged as bullets; a
        // description of the team is not.
        let bullets: Vec<&str> = doc.bullets.iter().map(|b| b.body.slice(doc.text)).collect();
        for expected in [
            "Designed the claims event store in Java that replaced nightly batch jobs with streaming updates.",
            "Led a team of eight engineers through the move to Kubernetes.",
            "Cut claim settlement time from 9 days to 2 days",
            "Built the billing mediation service processing 40 million call records a day.",
            "Wrote a Postgres health checker in Go used by three internal teams.",
            "Taught weekly Python sessions to 20 students",
        ] {
            assert!(bullets.contains(&expected), "{expected}: {bullets:#?}");
        }
        assert!(!bullets.iter().any(|b| b.contains("Claims platform group")));
        assert!(doc.text.contains("Technologies: Java, Kafka, Kubernetes"));
        assert!(!doc.text.contains("elegant") && !doc.text.contains("schema"));
    });
    let report = analyze(&json, &Options::default()).unwrap();
    let level = serde_json::to_value(&report).unwrap()["level"].clone();
    assert_ne!(level["inferred"], "entry", "{level}");
}

// --- YAML -----------------------------------------------------------------------------------

#[test]
fn rendercv_yaml_reads_into_sections_bullets_contact_and_roles() {
    let yaml = fixture("inputs/rendercv.yaml");
    assert_eq!(input::sniff(&yaml), InputFormat::Yaml);
    build(&yaml, InputFormat::Yaml, |source, doc| {
        assert_eq!(source.format, InputFormat::Yaml);
        assert_eq!(doc.layout.origin.as_deref(), Some("yaml"));
        assert!(doc.text.starts_with("Tomasz Wrobel\n"), "{}", doc.text);
        let [email, _, linkedin, github, _] = contact(doc);
        assert_eq!(
            [email, linkedin, github],
            [
                Some("tomasz.wrobel@example.com"),
                Some("linkedin.com/in/tomaszwrobel"),
                Some("github.com/twrobel"),
            ]
        );
        let kinds = section_kinds(doc);
        for kind in [
            SectionKind::Experience,
            SectionKind::Education,
            SectionKind::Projects,
            SectionKind::Skills,
            SectionKind::Summary,
        ] {
            assert!(kinds.contains(&kind), "{kind:?}: {kinds:?}");
        }
        let bullets: Vec<&str> = doc.bullets.iter().map(|b| b.body.slice(doc.text)).collect();
        assert_eq!(bullets.len(), 6, "{bullets:#?}");
        assert_eq!(
            bullets[0],
            "Designed the settlement service in Go that reconciles 1.2M card transactions a day"
        );
        let roles: Vec<(&str, &str)> = doc
            .roles
            .iter()
            .filter(|r| r.section == SectionKind::Experience)
            .map(|r| {
                (
                    r.title.map(|t| t.slice(doc.text)).unwrap_or_default(),
                    r.dates.map(|d| d.span.slice(doc.text)).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                ("Senior Backend Engineer", "Feb 2021 – Present"),
                ("Backend Engineer", "Sep 2017 – Jan 2021")
            ]
        );
        assert!(doc.text.contains("\nLanguages: Go, Java, SQL\n"));
        assert!(
            !doc.text.contains("classic"),
            "design settings are not text"
        );
    });
}

#[test]
fn yaml_errors_are_one_clear_line() {
    for (yaml, says) in [
        ("cv:\n  name: [unclosed\n", "line"),
        ("- a\n- b\n", "not a"),
        ("a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f]\n", "aliases"),
    ] {
        let err = input::read(yaml, InputFormat::Yaml).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Malformed);
        assert!(err.message.contains(says), "{yaml}: {}", err.message);
        assert!(!err.message.contains('\n'));
    }
}

// --- HTML inside Markdown -------------------------------------------------------------------

#[test]
fn html_in_markdown_is_markup_not_text() {
    let md = fixture("real-world/md-html-table-mid.md");
    build(&md, InputFormat::Auto, |source, doc| {
        // Same length and lines: spans and line numbers point into what the user wrote.
        assert_eq!(source.text.len(), md.len());
        assert_eq!(source.text.lines().count(), md.lines().count());
        assert!(doc.layout.tables >= 1, "a <table> is a table");
        for markup in ["style=", "width:100%", "<td", "align=", "<div", "</b>"] {
            assert!(!doc.text.contains(markup), "{markup}");
        }
        assert!(doc.text.contains("Tomás Ferreira"));
        assert!(doc
            .bullets
            .iter()
            .all(|b| !b.body.slice(doc.text).contains('<')));
    });
    let report = analyze(&md, &Options::default()).unwrap();
    assert!(report.findings.iter().any(|f| f.rule == "F-TABLE"));
}
