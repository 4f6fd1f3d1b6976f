//! The document model: sections and headings in every style, bullets, contact details, roles,
//! experience and level, read from plain text and Markdown.

use resume_analyzer::date::YearMonth;
use resume_analyzer::document::{Document, HeadingStyle, NOW_FLOOR};
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::section_kind::SectionKind;
use resume_analyzer::{input, InputFormat, Level, Options};

/// Build the document for `text` and hand it to `f`.
fn with_doc<R>(text: &str, f: impl FnOnce(&Document<'_>) -> R) -> R {
    let source = input::read(text, InputFormat::Text).expect("readable");
    let doc = Document::build(&source, &Options::default(), &LayoutFacts::default());
    f(&doc)
}

/// (kind, heading title, creative) of every section with a heading.
fn headings(text: &str) -> Vec<(SectionKind, String, bool)> {
    with_doc(text, |d| {
        d.sections
            .iter()
            .filter_map(|s| {
                let h = s.heading.as_ref()?;
                Some((s.kind, h.title.slice(d.text).to_string(), h.creative))
            })
            .collect()
    })
}

fn kinds(text: &str) -> Vec<SectionKind> {
    with_doc(text, |d| d.sections.iter().map(|s| s.kind).collect())
}

// --- sections -------------------------------------------------------------------------------

#[test]
fn headings_in_every_style() {
    let text = "\
Jane Doe
jane@example.com

# Summary
Backend engineer.

SKILLS
Go, Python

Experience:
- Built a thing with 3 services.

**Projects**
- Wrote a tool used by 40 teams.

Education
=========
B.S. Computer Science

Certifications
--------------
AWS Solutions Architect

## Work History ##
- Shipped things.

TECHNICAL SKILLS & TOOLS:
Kafka
";
    let got = headings(text);
    let want = [
        (SectionKind::Summary, "Summary"),
        (SectionKind::Skills, "SKILLS"),
        (SectionKind::Experience, "Experience"),
        (SectionKind::Projects, "Projects"),
        (SectionKind::Education, "Education"),
        (SectionKind::Certifications, "Certifications"),
        (SectionKind::Experience, "Work History"),
        (SectionKind::Skills, "TECHNICAL SKILLS & TOOLS"),
    ];
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0, g.1.as_str(), g.2), (w.0, w.1, false));
    }
    // The styles are told apart.
    with_doc(text, |d| {
        let styles: Vec<HeadingStyle> = d
            .sections
            .iter()
            .filter_map(|s| s.heading.as_ref().map(|h| h.style))
            .collect();
        assert_eq!(
            styles,
            [
                HeadingStyle::Markdown,
                HeadingStyle::AllCaps,
                HeadingStyle::Colon,
                HeadingStyle::Bold,
                HeadingStyle::Underlined,
                HeadingStyle::Underlined,
                HeadingStyle::Markdown,
                HeadingStyle::Colon,
            ]
        );
        // An underlined heading's span covers its underline; the body starts after it.
        let edu = d
            .sections
            .iter()
            .find(|s| s.kind == SectionKind::Education)
            .unwrap();
        assert!(edu
            .heading
            .as_ref()
            .unwrap()
            .span
            .slice(d.text)
            .ends_with("========="));
        assert!(edu.body.slice(d.text).starts_with("B.S."));
    });
}

#[test]
fn header_is_everything_before_the_first_heading() {
    let text = "Jane Doe\nSenior Backend Engineer\njane@example.com\n\nEXPERIENCE\n- x\n";
    with_doc(text, |d| {
        let header = &d.sections[0];
        assert_eq!(header.kind, SectionKind::Header);
        assert!(header.heading.is_none());
        assert_eq!(
            header.span.slice(d.text),
            "Jane Doe\nSenior Backend Engineer\njane@example.com\n\n"
        );
    });
}

#[test]
fn letter_spaced_and_emoji_headings() {
    let got = headings("Jane\n\nE X P E R I E N C E\n- a\n\n## 🛠️ Skills\nGo\n");
    assert_eq!(got[0].0, SectionKind::Experience);
    assert_eq!(got[1], (SectionKind::Skills, "Skills".to_string(), false));
}

#[test]
fn creative_headings_from_the_table() {
    let text = "Alex\n\nTech Arsenal\nGo\n\nWhere I've Built Things\nAcme — Developer | 2019 – 2021\n- Built APIs for 3 teams.\n\nAcademic Journey\nB.S.\n\nCareer Journey\n- x\n";
    let got = headings(text);
    let kinds: Vec<_> = got.iter().map(|g| (g.0, g.2)).collect();
    assert_eq!(
        kinds,
        [
            (SectionKind::Skills, true),
            (SectionKind::Experience, true),
            (SectionKind::Education, true),
            (SectionKind::Experience, true),
        ]
    );
    assert_eq!(got[1].1, "Where I've Built Things");
}

#[test]
fn creative_headings_outside_the_table_when_styled() {
    // Styled, followed by bullets or telling its kind by its words.
    let text = "Alex\n\n**Random Musings**\n- Likes chess.\n\n## My Backend Toolkit\nGo, Rust\n\nSTUFF I SHIPPED\n- Built a queue.\n**Gitlytics**\n- A bold project name under Projects is not a heading.\n";
    let got = headings(text);
    assert_eq!(
        got,
        [
            (SectionKind::Other, "Random Musings".into(), true),
            (SectionKind::Skills, "My Backend Toolkit".into(), true),
            (SectionKind::Projects, "STUFF I SHIPPED".into(), true),
        ]
    );
    // Unstyled (Title Case) unknown lines are not headings.
    assert_eq!(headings("Alex\n\nRandom Musings\n- Likes chess.\n"), []);
}

#[test]
fn standard_extra_sections_are_other_and_not_creative() {
    let got = headings(
        "Alex\n\nEXPERIENCE\n- x\n\nAWARDS & HONORS\nBest paper\n\nVolunteering\nFood bank\n",
    );
    assert_eq!(
        got[1],
        (SectionKind::Other, "AWARDS & HONORS".into(), false)
    );
    assert_eq!(got[2], (SectionKind::Other, "Volunteering".into(), false));
}

#[test]
fn inline_section_labels() {
    let text = "Jane Doe\njane@x.com\n\nTechnical Skills: Go, Python, Kafka\n\nEXPERIENCE\nEngineer — Acme | 2020 – Present\nTech stack: Go, Postgres\n- Built it.\n";
    with_doc(text, |d| {
        let skills = &d.sections[1];
        assert_eq!(skills.kind, SectionKind::Skills);
        let h = skills.heading.as_ref().unwrap();
        assert_eq!(h.title.slice(d.text), "Technical Skills");
        assert_eq!(h.span.slice(d.text), "Technical Skills:");
        assert!(skills.body.slice(d.text).starts_with("Go, Python, Kafka\n"));
        // "Tech stack:" under a role is the role's line, and "Languages:" is never a section.
        assert_eq!(d.sections.len(), 3);
        assert_eq!(d.sections[2].kind, SectionKind::Experience);
    });
    assert_eq!(headings("Jane\n\nLanguages: Go, Python\n"), []);
}

#[test]
fn objective_is_its_own_kind() {
    assert_eq!(
        kinds("Sam\n\nOBJECTIVE\nTo obtain a role.\n"),
        [SectionKind::Header, SectionKind::Objective]
    );
}

#[test]
fn name_title_role_and_skills_lines_are_not_headings() {
    let text = "\
JANE DOE
SENIOR BACKEND ENGINEER

jane@example.com | Seattle, WA

EXPERIENCE
ACME CORP
Senior Backend Engineer — Acme Corp
- Built the billing pipeline for 4M users.
**Staff Engineer**
- Led the platform team of 12.

SKILLS
Languages: Go, Python
LANGUAGES & FRAMEWORKS
Primary: Go
DATABASES & STORAGE
Redis
";
    let got = headings(text);
    assert_eq!(
        got.iter().map(|g| g.0).collect::<Vec<_>>(),
        [SectionKind::Experience, SectionKind::Skills],
        "{got:#?}"
    );
    // A Markdown name line is not a heading either.
    assert_eq!(
        kinds("# Jane Doe\n\n## Experience\n- x\n")[1],
        SectionKind::Experience
    );
    assert_eq!(headings("# Jane Doe\n\n## Experience\n- x\n").len(), 1);
}

#[test]
fn markdown_subheadings_under_a_section_are_roles() {
    let text = "# Jane Doe\n\n## Experience\n### Senior Engineer — Acme | 2020 – Present\n- Cut p99 latency by 40%.\n### Engineer — Beta | 2017 – 2020\n- Built the API.\n\n## Education\nMIT\n";
    with_doc(text, |d| {
        let kinds: Vec<_> = d.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SectionKind::Header,
                SectionKind::Experience,
                SectionKind::Education
            ]
        );
        assert_eq!(d.roles.len(), 2);
        assert_eq!(d.roles[0].company.unwrap().slice(d.text), "Acme");
    });
}

// --- bullets --------------------------------------------------------------------------------

#[test]
fn bullets_with_every_marker() {
    let text = "\
Jane

Experience
- dash bullet
* star bullet
• dot bullet
▪ square bullet
– en dash bullet
+ plus bullet
1. numbered one
2) numbered two
•Glued glyph bullet
🚀 Rocket bullet
-5% is not a bullet
";
    with_doc(text, |d| {
        let got: Vec<(char, &str)> = d
            .bullets
            .iter()
            .map(|b| (b.marker, b.body.slice(d.text)))
            .collect();
        assert_eq!(
            got,
            [
                ('-', "dash bullet"),
                ('*', "star bullet"),
                ('•', "dot bullet"),
                ('▪', "square bullet"),
                ('–', "en dash bullet"),
                ('+', "plus bullet"),
                ('1', "numbered one"),
                ('1', "numbered two"),
                ('•', "Glued glyph bullet"),
                ('🚀', "Rocket bullet"),
            ]
        );
        // The span starts at the marker and indexes the raw text.
        let first = &d.bullets[0];
        assert_eq!(first.span.slice(d.text), "- dash bullet");
        assert!(d
            .bullets
            .iter()
            .all(|b| b.section_kind == SectionKind::Experience));
    });
}

#[test]
fn continuation_lines_join_their_bullet() {
    // Seed 002's sample wraps bullets without indenting; continuations start lower case or
    // with a digit, or are indented.
    let text = "\
Jane

EXPERIENCE
SENIOR BACKEND ENGINEER | Tech Company | 2021-Present
- Designed event-driven microservices architecture reducing
system coupling and enabling independent team deployments
- Optimized database queries reducing p99 latency from 500ms to
50ms for critical user-facing endpoints
  • Migrated the ledger to Postgres using
    logical replication with zero downtime.
- Rebuilt the search indexer on the
Elasticsearch cluster.
Backend Engineer | Beta Corp | 2018 – 2021
- Built **gRPC** services
";
    with_doc(text, |d| {
        let bodies: Vec<&str> = d.bullets.iter().map(|b| b.body.slice(d.text)).collect();
        assert_eq!(bodies.len(), 5, "{bodies:#?}");
        assert_eq!(
            bodies[0],
            "Designed event-driven microservices architecture reducing\nsystem coupling and enabling independent team deployments"
        );
        assert!(bodies[1].ends_with("50ms for critical user-facing endpoints"));
        assert!(bodies[2].ends_with("logical replication with zero downtime."));
        assert!(bodies[3].ends_with("Elasticsearch cluster."));
        // Markdown emphasis stays in the text.
        assert_eq!(bodies[4], "Built **gRPC** services");
        // The role line after a bullet is not joined to it.
        assert_eq!(d.roles.len(), 2);
    });
}

#[test]
fn blank_lines_and_headings_end_bullets() {
    let text = "Jane\n\nEXPERIENCE\n- one\n\ncontinues? no\n\nSKILLS\n- Go\n";
    with_doc(text, |d| {
        assert_eq!(d.bullets[0].body.slice(d.text), "one");
        assert_eq!(d.bullets[1].section_kind, SectionKind::Skills);
    });
}

#[test]
fn bullets_know_their_role_and_recency() {
    // Listed oldest first: ordinal 0 is still the most recent role's first bullet.
    let text = "\
Jane

EXPERIENCE
Engineer — Old Co | 2015 – 2018
- old one
- old two
Senior Engineer — New Co | Jan 2019 – Present
- new one
- new two

PROJECTS
Tool | 2020
- project bullet
";
    with_doc(text, |d| {
        let by_body = |s: &str| {
            d.bullets
                .iter()
                .find(|b| b.body.slice(d.text) == s)
                .unwrap()
        };
        assert_eq!(by_body("old one").role, Some(0));
        assert_eq!(by_body("new one").role, Some(1));
        assert_eq!(by_body("new one").ordinal, 0);
        assert_eq!(by_body("new two").ordinal, 1);
        assert_eq!(by_body("old one").ordinal, 2);
        assert_eq!(by_body("project bullet").ordinal, 4);
        assert_eq!(by_body("project bullet").role, Some(2));
    });
}

#[test]
fn undated_roles_keep_document_order() {
    let text =
        "Jane\n\nEXPERIENCE\nSenior Engineer — Acme\n- Built a\nEngineer — Beta\n- Ran the\n";
    with_doc(text, |d| {
        assert_eq!(d.roles.len(), 2);
        assert!(d.roles.iter().all(|r| r.dates.is_none()));
        assert_eq!(d.bullets[0].ordinal, 0);
        assert_eq!(d.bullets[1].role, Some(1));
    });
}

// --- contact --------------------------------------------------------------------------------

fn contact(text: &str) -> [Option<String>; 5] {
    with_doc(text, |d| {
        let c = &d.contact;
        [c.email, c.phone, c.linkedin, c.github, c.location]
            .map(|s| s.map(|s| s.slice(d.text).to_string()))
    })
}

#[test]
fn contact_details_with_exact_spans() {
    let got = contact(
        "Jane Doe\njane.doe+cv@example.co.uk | (555) 123-4567 | https://www.linkedin.com/in/jane-doe/ | github.com/janedoe | San Francisco, CA\n\nEXPERIENCE\n- x\n",
    );
    assert_eq!(
        got,
        [
            Some("jane.doe+cv@example.co.uk".into()),
            Some("(555) 123-4567".into()),
            Some("https://www.linkedin.com/in/jane-doe/".into()),
            Some("github.com/janedoe".into()),
            Some("San Francisco, CA".into()),
        ]
    );
}

#[test]
fn phone_formats() {
    for phone in [
        "+1 555 123 4567",
        "+44 20 7946 0958",
        "(555) 123-4567",
        "555-123-4567",
        "555.123.4567",
        "+49 151 12345678",
        "+4915112345678",
    ] {
        let text = format!("Jane\n{phone} | jane@x.com\n");
        assert_eq!(contact(&text)[1].as_deref(), Some(phone), "{phone}");
    }
}

#[test]
fn dates_and_numbers_are_not_phones() {
    let text = "Jane\njane@x.com\n\nEXPERIENCE\nEngineer — Acme | 2019 - 2021\n- Served 1 500 000 000 requests in 2020-03-01 window, 2016 2017 2018 2019.\n";
    assert_eq!(contact(text)[1], None);
}

#[test]
fn markdown_links_and_mailto() {
    let got = contact(
        "# Jane\n[jane@x.dev](mailto:jane@x.dev) · [LinkedIn](https://linkedin.com/in/jane) · [GitHub](https://github.com/jane)\n",
    );
    assert_eq!(got[0].as_deref(), Some("jane@x.dev"));
    assert_eq!(got[2].as_deref(), Some("https://linkedin.com/in/jane"));
    assert_eq!(got[3].as_deref(), Some("https://github.com/jane"));
}

#[test]
fn locations() {
    for (line, want) in [
        ("jane@x.com | Berlin, Germany", "Berlin, Germany"),
        ("Remote | jane@x.com", "Remote"),
        ("New York, NY 10001", "New York, NY 10001"),
        ("Location: London, UK", "London, UK"),
        ("📍 Toronto, ON, Canada", "Toronto, ON, Canada"),
    ] {
        let text = format!("Jane\n{line}\n\nEXPERIENCE\n- x\n");
        assert_eq!(contact(&text)[4].as_deref(), Some(want), "{line}");
    }
    // A company's city in a role line is not the candidate's location.
    let text = "Jane\njane@x.com\n\nEXPERIENCE\nEngineer, Acme, Seattle, WA | 2019 - 2021\n";
    assert_eq!(contact(text)[4], None);
    // Skills lists are not locations.
    assert_eq!(contact("Jane\nGo, Python, Rust\n")[4], None);
}

#[test]
fn no_contact_in_plain_prose() {
    assert_eq!(
        contact("Jane\nBuilt systems in 2019.\n"),
        [None, None, None, None, None]
    );
}

// --- roles ----------------------------------------------------------------------------------

/// (title, company, dates text, start, end) of each role.
type RoleRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<(u16, u8)>,
    Option<Option<(u16, u8)>>,
);

fn roles(text: &str) -> Vec<RoleRow> {
    with_doc(text, |d| {
        d.roles
            .iter()
            .map(|r| {
                let s = |x: Option<resume_analyzer::Span>| x.map(|x| x.slice(d.text).to_string());
                (
                    s(r.title),
                    s(r.company),
                    s(r.dates.map(|x| x.span)),
                    r.dates.map(|x| (x.start.year, x.start.month)),
                    r.dates.map(|x| x.end.map(|e| (e.year, e.month))),
                )
            })
            .collect()
    })
}

fn one_role(body: &str) -> RoleRow {
    let text = format!("Jane\n\nEXPERIENCE\n{body}\n- Built things for 3 teams.\n");
    let mut got = roles(&text);
    assert_eq!(got.len(), 1, "{body}: {got:#?}");
    got.remove(0)
}

#[test]
fn role_layouts() {
    let r = one_role("Senior Backend Engineer — Acme Corp | Jan 2020 – Present");
    assert_eq!(r.0.as_deref(), Some("Senior Backend Engineer"));
    assert_eq!(r.1.as_deref(), Some("Acme Corp"));
    assert_eq!(r.2.as_deref(), Some("Jan 2020 – Present"));
    assert_eq!((r.3, r.4), (Some((2020, 1)), Some(None)));

    let r = one_role("Acme Corp, San Francisco, CA\nBackend Engineer    2019 – 2021");
    assert_eq!(r.0.as_deref(), Some("Backend Engineer"));
    assert_eq!(r.1.as_deref(), Some("Acme Corp"));
    assert_eq!(r.2.as_deref(), Some("2019 – 2021"));

    let r = one_role("**Staff Engineer**, Globex (2020–2022)");
    assert_eq!(r.0.as_deref(), Some("Staff Engineer"));
    assert_eq!(r.1.as_deref(), Some("Globex"));
    assert_eq!(r.2.as_deref(), Some("2020–2022"));

    let r = one_role("Senior Backend Engineer\nTechFlow Solutions | 2022 - Present");
    assert_eq!(r.0.as_deref(), Some("Senior Backend Engineer"));
    assert_eq!(r.1.as_deref(), Some("TechFlow Solutions"));

    let r = one_role("Research Assistant — University of Texas at Austin | 2018 – 2019");
    assert_eq!(r.1.as_deref(), Some("University of Texas at Austin"));

    let r = one_role("Software Engineer at Initech\nMar. 2020 — Now");
    assert_eq!(r.0.as_deref(), Some("Software Engineer"));
    assert_eq!(r.1.as_deref(), Some("Initech"));
    assert_eq!(r.2.as_deref(), Some("Mar. 2020 — Now"));
    assert_eq!(r.4, Some(None));
}

#[test]
fn date_formats() {
    for (dates, start, end) in [
        ("Jan 2020 – Present", (2020, 1), None),
        ("January 2020 - Current", (2020, 1), None),
        ("2019 – 2021", (2019, 0), Some((2021, 0))),
        ("03/2020 - 06/2022", (2020, 3), Some((2022, 6))),
        ("2020-03 to 2022-06", (2020, 3), Some((2022, 6))),
        ("Mar. 2020 — Now", (2020, 3), None),
        ("Sept 2018 – Feb 2020", (2018, 9), Some((2020, 2))),
        // A season alone spans its three months.
        ("Summer 2019", (2019, 6), Some((2019, 8))),
        ("Jun 2017 until Dec 2018", (2017, 6), Some((2018, 12))),
        ("Since 2021", (2021, 0), None),
    ] {
        let r = one_role(&format!("Engineer — Acme | {dates}"));
        assert_eq!(r.2.as_deref(), Some(dates), "{dates}");
        assert_eq!((r.3, r.4), (Some(start), Some(end)), "{dates}");
    }
}

#[test]
fn promotions_inherit_the_company() {
    let got = roles("Jane\n\nEXPERIENCE\nAcme Corp\nSenior Engineer | 2021 – Present\nEngineer | 2019 – 2021\n- x\n");
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1.as_deref(), Some("Acme Corp"));
    assert_eq!(got[1].0.as_deref(), Some("Engineer"));
    assert_eq!(got[1].1.as_deref(), Some("Acme Corp"));
}

#[test]
fn education_dates_are_not_roles() {
    let got = roles("Jane\n\nEXPERIENCE\nEngineer — Acme | 2019 – 2021\n- x\n\nEDUCATION\nB.S. CS — MIT | 2015 – 2019\n");
    assert_eq!(got.len(), 1);
}

// --- experience and level --------------------------------------------------------------------

fn months(text: &str) -> u32 {
    with_doc(text, |d| d.experience_months)
}

#[test]
fn experience_months_merge_overlaps() {
    // Jan 2018 – Dec 2019 (24) and Jun 2019 – Jun 2020 (13) overlap by 7: 30 months, not 37.
    let text = "Jane\n\nEXPERIENCE\nEngineer — A | Jan 2018 – Dec 2019\n- x\nConsultant — B | Jun 2019 – Jun 2020\n- y\n\nEDUCATION\nB.S. — MIT | 2010 – 2018\n";
    assert_eq!(months(text), 30);
    // A role inside another adds nothing.
    let text =
        "Jane\n\nEXPERIENCE\nEngineer — A | 2015 – 2020\n- x\nAdvisor — B | 2016 – 2017\n- y\n";
    assert_eq!(months(text), 60);
    // Projects never count.
    let text = "Jane\n\nPROJECTS\nTool | 2015 – 2020\n- x\n";
    assert_eq!(months(text), 0);
}

#[test]
fn present_runs_to_the_latest_date_or_the_floor() {
    with_doc(
        "Jane\n\nEXPERIENCE\nEngineer — A | Jan 2020 – Present\n- x\n",
        |d| {
            assert_eq!(d.today, NOW_FLOOR);
            assert_eq!(
                d.experience_months,
                NOW_FLOOR.index()
                    - YearMonth {
                        year: 2020,
                        month: 1
                    }
                    .index()
                    + 1
            );
        },
    );
    // A later date in a role moves "today" (deterministic, no clock).
    with_doc(
        "Jane\n\nEXPERIENCE\nEngineer — A | Mar 2027 – Present\n- x\nEngineer — B | Jan 2020 – Jun 2030\n- y\n",
        |d| assert_eq!(d.today, YearMonth { year: 2030, month: 6 }),
    );
}

fn level(text: &str) -> Level {
    with_doc(text, |d| {
        assert!(d.level_inferred);
        d.level
    })
}

#[test]
fn level_from_years_and_titles() {
    let role = |title: &str, dates: &str| {
        format!("Jane\n\nEXPERIENCE\n{title} — Acme | {dates}\n- Built it for 3 teams.\n")
    };
    assert_eq!(
        level(&role("Software Engineer", "Jan 2025 – Present")),
        Level::Entry
    );
    assert_eq!(level(&role("Software Engineer", "2021 – 2024")), Level::Mid);
    assert_eq!(
        level(&role("Software Engineer", "2015 – 2022")),
        Level::Senior
    );
    // Years alone never reach Staff: that scope is a title's claim.
    assert_eq!(
        level(&role("Software Engineer", "2005 – 2020")),
        Level::Senior
    );
    // Titles push one step.
    assert_eq!(level(&role("Staff Engineer", "2017 – 2023")), Level::Staff);
    assert_eq!(
        level(&role("Senior Engineer", "2021 – 2024")),
        Level::Senior
    );
    assert_eq!(
        level(&role("Software Engineering Intern", "2022 – 2025")),
        Level::Entry
    );
    // No dates: the title decides; no roles at all reads entry.
    assert_eq!(
        level("Jane\n\nEXPERIENCE\nPrincipal Engineer — Acme\n- x\n"),
        Level::Staff
    );
    assert_eq!(
        level("Jane\n\nEXPERIENCE\nEngineer — Acme\n- x\n"),
        Level::Mid
    );
    assert_eq!(level("Jane\n\nPROJECTS\n- A toy compiler.\n"), Level::Entry);
}

#[test]
fn caller_level_wins() {
    let source = input::read(
        "Jane\n\nEXPERIENCE\nEngineer — A | 2005 – 2020\n- x\n",
        InputFormat::Text,
    )
    .unwrap();
    let options = Options {
        level: Some(Level::Entry),
        ..Options::default()
    };
    let doc = Document::build(&source, &options, &LayoutFacts::default());
    assert_eq!(doc.level, Level::Entry);
    assert!(!doc.level_inferred);
}

// --- robustness -----------------------------------------------------------------------------

#[test]
fn odd_input_never_panics_and_stays_linear() {
    // As many lines as the analyzer accepts. No clock: a hang is the harness's timeout, and
    // linear time is the benches' (crates/core/benches) and the fuzzers' slow-unit check.
    let mut big = String::new();
    for i in 0..resume_analyzer::MAX_INPUT_LINES {
        big.push_str(match i % 7 {
            0 => "EXPERIENCE\n",
            1 => "- Built it with (555) 123-4567 and 2019 – 2021\n",
            2 => "continued line\n",
            3 => "\n",
            4 => "Engineer — Acme | Jan 2020 – Present\n",
            5 => "@@@@ ---- #### ****\n",
            _ => "é漢😀 linkedin.com/ github.com/x\n",
        });
    }
    with_doc(&big, |d| {
        assert!(!d.bullets.is_empty());
        assert_eq!(d.lines.len(), resume_analyzer::MAX_INPUT_LINES);
    });
    for text in [
        "\n\n\n",
        "#",
        "- ",
        "1.",
        "**",
        "=====\n-----",
        "x\r\n- y\r\n",
        "E X P E R I",
    ] {
        let _ = input::read(text, InputFormat::Text).map(|s| {
            let _ = Document::build(&s, &Options::default(), &LayoutFacts::default());
        });
    }
}

#[test]
fn crlf_text_has_clean_spans() {
    let text = "Jane\r\njane@x.com\r\n\r\nEXPERIENCE\r\nEngineer — Acme | 2019 – 2021\r\n- Built it\r\n  for 3 teams\r\n";
    with_doc(text, |d| {
        assert_eq!(d.bullets[0].body.slice(d.text), "Built it\r\n  for 3 teams");
        assert_eq!(d.contact.email.unwrap().slice(d.text), "jane@x.com");
        assert_eq!(d.roles[0].dates.unwrap().span.slice(d.text), "2019 – 2021");
    });
}
