//! The page reads a job description in one wasm module and matches resumes against it in
//! another (`resume_analyzer::jd::wire`). Here, natively: for every posting of the corpus and
//! several resumes, the report from the posting as it crosses between the two modules is the
//! report `analyze` makes from the posting's text, byte for byte.

use resume_analyzer::jd::wire;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{analyze, analyze_read, input, read_job_description, render, Options};
use resume_analyzer_tests::{fixture, fixture_path};

const RESUMES: &[&str] = &[
    "jd/resume_full.txt",
    "jd/resume_partial.txt",
    "resumes/weak.md",
    "resumes/json-resume.json",
];

fn postings() -> Vec<(String, String)> {
    let dir = fixture_path("jd/corpus");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.ends_with(".expect.json") && name != "README.md"
        })
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name.clone(), fixture(&format!("jd/corpus/{name}")))
        })
        .collect();
    out.sort();
    out.push(("payments".into(), fixture("jd/senior_backend_payments.txt")));
    out
}

#[test]
fn a_posting_read_once_and_decoded_gives_the_same_report() {
    let postings = postings();
    assert!(postings.len() >= 16, "the corpus has its postings");
    assert!(
        postings.iter().any(|(n, _)| n.ends_with(".html")),
        "HTML postings are covered"
    );
    for (name, posting) in &postings {
        let read = read_job_description(posting)
            .expect("within the limits")
            .expect("not blank");
        let carried = wire::encode(&read);
        assert_eq!(
            wire::decode(&carried).expect("decodes").requirements,
            read.requirements,
            "{name}"
        );
        for resume in RESUMES {
            // Decoded per analysis, as the engine does.
            let decoded = wire::decode(&carried).expect("decodes");
            let text = fixture(resume);
            let options = Options {
                job_description: Some(posting.clone()),
                ..Options::default()
            };
            let direct = render::json(&analyze(&text, &options).expect("analyzes"));
            let source = input::read(&text, options.format).expect("reads");
            let matched = analyze_read(&source, &options, &LayoutFacts::default(), Some(&decoded));
            assert_eq!(render::json(&matched), direct, "{name} × {resume}");
        }
    }
}
