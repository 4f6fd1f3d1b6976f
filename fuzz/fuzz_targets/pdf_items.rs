//! The PDF layout analysis with arbitrary item lists, structure-aware: the input picks one of
//! the real fixtures' item lists (or none) and a list of edits to it (move, resize, retext,
//! duplicate, drop, add items and pages, NaN/∞/huge coordinates, a PDF.js error), so the
//! fuzzer explores near-real layouts as well as absurd ones. Values JSON cannot carry (NaN,
//! ∞) reach `analyze_items` this way, as they could from the page through a JS object.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use resume_analyzer_fuzz::read_analyze_and_check;
use resume_pdf::{PdfItems, PdfJsError, PdfPage, TextItem};

const BASES: &[&str] = &[
    include_str!("../../tests/fixtures/pdf/single-column.items.json"),
    include_str!("../../tests/fixtures/pdf/two-column.items.json"),
    include_str!("../../tests/fixtures/pdf/sidebar.items.json"),
    include_str!("../../tests/fixtures/pdf/header-contact.items.json"),
    include_str!("../../tests/fixtures/pdf/skill-bars-images.items.json"),
    include_str!("../../tests/fixtures/pdf/two-pages-plus.items.json"),
    include_str!("../../tests/fixtures/pdf/image-only.items.json"),
];

#[derive(Arbitrary, Debug)]
struct Input {
    /// 0 = start from no pages; otherwise `BASES[(base - 1) % len]`.
    base: u8,
    ops: Vec<Op>,
}

/// A new value for a number, relative to the old one or absolute.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Num {
    Raw(f64),
    Shift(i16),
    Scale(i8),
    Zero,
    Nan,
    Inf,
    NegInf,
    Huge,
    Tiny,
}

impl Num {
    fn apply(self, old: f64) -> f64 {
        match self {
            Num::Raw(v) => v,
            Num::Shift(d) => old + f64::from(d) / 4.0,
            Num::Scale(s) => old * f64::from(s) / 16.0,
            Num::Zero => 0.0,
            Num::Nan => f64::NAN,
            Num::Inf => f64::INFINITY,
            Num::NegInf => f64::NEG_INFINITY,
            Num::Huge => 1e300,
            Num::Tiny => f64::MIN_POSITIVE,
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Field {
    X,
    Y,
    Width,
    Height,
}

#[derive(Arbitrary, Debug)]
enum Op {
    Set(u16, u16, Field, Num),
    PageSize(u16, Num, Num),
    PageOrigin(u16, Num, Num),
    Images(u16, u32),
    Str(u16, u16, String),
    Font(u16, u16, String),
    Transform(u16, u16, Option<[f64; 6]>),
    Eol(u16, u16, bool),
    Dup(u16, u16),
    Remove(u16, u16),
    MoveTo(u16, u16, u16),
    /// Copies of an item, each shifted by the given step (a long column of lines). At most
    /// 1,000 a time: 5,000 made ~435 KB of text whose (linear) analysis ran 50–110 ms, which
    /// drowned the slow-unit check in big-but-legitimate inputs (see FUZZING.md); the sizes
    /// past that are the benches' and the hostile tests'.
    Repeat(u16, u16, u16, Num),
    NewItem(u16, String, f64, f64, f64, f64),
    NewPage(f64, f64),
    DupPage(u16),
    RemovePage(u16),
    AddFont(String, String),
    Error(String, String),
}

fn item_mut(doc: &mut PdfItems, page: u16, item: u16) -> Option<&mut TextItem> {
    let n = doc.pages.len();
    let page = doc.pages.get_mut(usize::from(page) % n.max(1))?;
    let m = page.items.len();
    page.items.get_mut(usize::from(item) % m.max(1))
}

fn page_mut(doc: &mut PdfItems, page: u16) -> Option<&mut PdfPage> {
    let n = doc.pages.len();
    doc.pages.get_mut(usize::from(page) % n.max(1))
}

fn apply(doc: &mut PdfItems, op: Op) {
    match op {
        Op::Set(p, i, field, num) => {
            if let Some(it) = item_mut(doc, p, i) {
                let v = match field {
                    Field::X => &mut it.x,
                    Field::Y => &mut it.y,
                    Field::Width => &mut it.width,
                    Field::Height => &mut it.height,
                };
                *v = num.apply(*v);
            }
        }
        Op::PageSize(p, w, h) => {
            if let Some(page) = page_mut(doc, p) {
                page.width = w.apply(page.width);
                page.height = h.apply(page.height);
            }
        }
        Op::PageOrigin(p, x, y) => {
            if let Some(page) = page_mut(doc, p) {
                page.x0 = x.apply(page.x0);
                page.y0 = y.apply(page.y0);
            }
        }
        Op::Images(p, n) => {
            if let Some(page) = page_mut(doc, p) {
                page.images = n;
            }
        }
        Op::Str(p, i, s) => {
            if let Some(it) = item_mut(doc, p, i) {
                it.str = s;
            }
        }
        Op::Font(p, i, s) => {
            if let Some(it) = item_mut(doc, p, i) {
                it.font_name = s;
            }
        }
        Op::Transform(p, i, t) => {
            if let Some(it) = item_mut(doc, p, i) {
                it.transform = t;
            }
        }
        Op::Eol(p, i, b) => {
            if let Some(it) = item_mut(doc, p, i) {
                it.has_eol = b;
            }
        }
        Op::Dup(p, i) => {
            if let Some(it) = item_mut(doc, p, i).cloned() {
                if let Some(page) = page_mut(doc, p) {
                    page.items.push(it);
                }
            }
        }
        Op::Remove(p, i) => {
            if let Some(page) = page_mut(doc, p) {
                let m = page.items.len();
                if m > 0 {
                    page.items.remove(usize::from(i) % m);
                }
            }
        }
        Op::MoveTo(p, i, to) => {
            let taken = page_mut(doc, p).and_then(|page| {
                let m = page.items.len();
                (m > 0).then(|| page.items.remove(usize::from(i) % m))
            });
            if let (Some(it), Some(page)) = (taken, page_mut(doc, to)) {
                page.items.push(it);
            }
        }
        Op::Repeat(p, i, count, step) => {
            if let Some(it) = item_mut(doc, p, i).cloned() {
                if let Some(page) = page_mut(doc, p) {
                    let mut next = it;
                    for _ in 0..count.min(1_000) {
                        next.y = step.apply(next.y);
                        page.items.push(next.clone());
                    }
                }
            }
        }
        Op::NewItem(p, s, x, y, width, height) => {
            if doc.pages.is_empty() {
                doc.pages.push(PdfPage {
                    width: 612.0,
                    height: 792.0,
                    ..PdfPage::default()
                });
            }
            if let Some(page) = page_mut(doc, p) {
                page.items.push(TextItem {
                    str: s,
                    x,
                    y,
                    width,
                    height,
                    ..TextItem::default()
                });
            }
        }
        Op::NewPage(width, height) => doc.pages.push(PdfPage {
            width,
            height,
            ..PdfPage::default()
        }),
        Op::DupPage(p) => {
            if doc.pages.len() < 64 {
                if let Some(page) = page_mut(doc, p).cloned() {
                    doc.pages.push(page);
                }
            }
        }
        Op::RemovePage(p) => {
            let n = doc.pages.len();
            if n > 0 {
                doc.pages.remove(usize::from(p) % n);
            }
        }
        Op::AddFont(id, name) => {
            doc.fonts.insert(id, name);
        }
        Op::Error(name, message) => doc.error = Some(PdfJsError { name, message }),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = arbitrary::Unstructured::new(data).arbitrary::<Input>() else {
        return;
    };
    // `FUZZ_DEBUG=1 …/pdf_items <file>` shows what an input decodes to, and writes the item
    // list as JSON (when it has no NaN/∞, which JSON cannot carry) to `<file>.items.json`.
    let debug = std::env::var_os("FUZZ_DEBUG").is_some();
    if debug {
        eprintln!("{input:#?}");
    }
    let mut doc = match input.base {
        0 => PdfItems::default(),
        b => {
            let json = BASES[usize::from(b - 1) % BASES.len()];
            resume_pdf::parse_items(json).expect("fixture items parse")
        }
    };
    for op in input.ops {
        apply(&mut doc, op);
    }
    if debug {
        if let Ok(json) = serde_json::to_string(&doc) {
            let _ = std::fs::write("pdf_items-debug.items.json", json);
        }
    }
    read_analyze_and_check("pdf_items", data, || {
        resume_pdf::analyze_items(&doc).map(|r| (r.text, r.layout))
    });
});
