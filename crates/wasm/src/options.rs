//! The `options` object JavaScript passes, read into the core's [`Options`] and
//! [`LayoutFacts`] by hand.
//!
//! A serde `Deserialize` through `serde-wasm-bindgen` did the same in ~30 KB of the module
//! (its deserializer, a string-interning table, and the float formatting its error messages
//! link in); these are a dozen keys. The rules are serde's: every key optional, `null` is
//! absent, unknown keys are ignored, and a value of the wrong type or out of range is an
//! error naming the key ("invalid options: …").

use resume_analyzer::date::YearMonth;
use resume_analyzer::input::Source;
use resume_analyzer::layout::LayoutFacts;
use resume_analyzer::{InputFormat, Level, Options, Span};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
}

/// What the engine reads from `options`.
pub struct Read {
    pub options: Options,
    pub layout: LayoutFacts,
    /// The posting module's reading of the job description (`readPosting`).
    pub posting: Option<String>,
    /// The readers module's reading of a structured resume (`readSource`).
    pub source: Option<Source>,
    /// `lean: true`: the report without the rules' metadata and the bullets' parts
    /// ([`resume_analyzer::Report::without_details`]), what the page asks on each keystroke.
    pub lean: bool,
}

/// A value of the wrong type or range: `invalid options: <key> …`.
type Invalid = String;

/// Read `options` (`undefined` and `null` are all defaults).
pub fn read(value: &JsValue) -> Result<Read, Invalid> {
    let mut read = Read {
        options: Options::default(),
        layout: LayoutFacts::default(),
        posting: None,
        source: None,
        lean: false,
    };
    if absent(value) {
        return Ok(read);
    }
    if !value.is_object() || is_array(value) {
        return Err(String::from("options must be an object"));
    }
    let o = &mut read.options;
    o.level = string(value, "level")?
        .map(|s| named(&s, "level", &Level::ALL, |l| l.as_str()))
        .transpose()?;
    o.job_description = string(value, "jobDescription")?;
    if let Some(format) = string(value, "format")? {
        o.format = format_named(&format)?;
    }
    if let Some(today) = object(value, "today")? {
        o.today = Some(YearMonth {
            year: number(&today, "year")?.ok_or("today.year is missing")?,
            month: number(&today, "month")?.ok_or("today.month is missing")?,
        });
    }
    if let Some(layout) = object(value, "layout")? {
        read.layout = layout_facts(&layout)?;
    }
    read.posting = string(value, "posting")?.filter(|p| !p.is_empty());
    read.lean = boolean(value, "lean")?.unwrap_or_default();
    if let Some(source) = object(value, "source")? {
        read.source = Some(Source {
            text: string(&source, "text")?.ok_or("source.text is missing")?,
            format: format_named(&string(&source, "format")?.unwrap_or_default())?,
            layout: object(&source, "layout")?
                .map(|l| layout_facts(&l))
                .transpose()?
                .unwrap_or_default(),
            headings: list(&source, "headings", span)?,
        });
    }
    Ok(read)
}

/// An input format by its JSON name.
pub fn format_named(name: &str) -> Result<InputFormat, Invalid> {
    named(name, "format", &FORMATS, |f| f.1).map(|f| f.0)
}

/// The input formats by their JSON names (`InputFormat`'s serde names).
const FORMATS: [(InputFormat, &str); 5] = [
    (InputFormat::Auto, "auto"),
    (InputFormat::Text, "text"),
    (InputFormat::JsonResume, "json-resume"),
    (InputFormat::Latex, "latex"),
    (InputFormat::Yaml, "yaml"),
];

fn layout_facts(v: &JsValue) -> Result<LayoutFacts, Invalid> {
    let count = |key| number(v, key).map(Option::unwrap_or_default);
    let flag = |key| boolean(v, key).map(Option::unwrap_or_default);
    Ok(LayoutFacts {
        origin: string(v, "origin")?,
        tables: count("tables")?,
        body_in_table: flag("bodyInTable")?,
        columns: count("columns")?,
        column_evidence: strings(v, "columnEvidence")?,
        text_boxes: count("textBoxes")?,
        images: count("images")?,
        header_footer_text: strings(v, "headerFooterText")?,
        pages: number(v, "pages")?,
        no_text_layer: flag("noTextLayer")?,
        fonts: strings(v, "fonts")?,
        columns_reordered: flag("columnsReordered")?,
        reading_order_breaks: list(v, "readingOrderBreaks", span)?,
    })
}

/// `{ start, end }`.
fn span(item: &JsValue, key: &str) -> Result<Span, Invalid> {
    let start = number(item, "start")?.ok_or_else(|| format!("{key}: start is missing"))?;
    let end = number(item, "end")?.ok_or_else(|| format!("{key}: end is missing"))?;
    Ok(Span::new(start, end))
}

fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// `target[key]`, `None` when absent or `null`.
fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    reflect_get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !absent(v))
}

fn string(target: &JsValue, key: &str) -> Result<Option<String>, Invalid> {
    get(target, key)
        .map(|v| {
            v.as_string()
                .ok_or_else(|| format!("{key} must be a string"))
        })
        .transpose()
}

fn boolean(target: &JsValue, key: &str) -> Result<Option<bool>, Invalid> {
    get(target, key)
        .map(|v| {
            v.as_bool()
                .ok_or_else(|| format!("{key} must be true or false"))
        })
        .transpose()
}

fn object(target: &JsValue, key: &str) -> Result<Option<JsValue>, Invalid> {
    get(target, key)
        .map(|v| {
            if v.is_object() && !is_array(&v) {
                Ok(v)
            } else {
                Err(format!("{key} must be an object"))
            }
        })
        .transpose()
}

/// A whole number that fits `T` (`u8`, `u16`, `u32`, `usize`; up to `u32::MAX`).
fn number<T: TryFrom<u64>>(target: &JsValue, key: &str) -> Result<Option<T>, Invalid> {
    get(target, key)
        .map(|v| {
            v.as_f64()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64)
                .and_then(|n| T::try_from(n as u64).ok())
                .ok_or_else(|| format!("{key} must be a whole number in range"))
        })
        .transpose()
}

fn list<T>(
    target: &JsValue,
    key: &str,
    item: impl Fn(&JsValue, &str) -> Result<T, Invalid>,
) -> Result<Vec<T>, Invalid> {
    let Some(v) = get(target, key) else {
        return Ok(Vec::new());
    };
    if !is_array(&v) {
        return Err(format!("{key} must be an array"));
    }
    let len: u32 = number(&v, "length")?.unwrap_or_default();
    (0..len)
        .map(|i| {
            let value = reflect_get(&v, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED);
            item(&value, key)
        })
        .collect()
}

fn strings(target: &JsValue, key: &str) -> Result<Vec<String>, Invalid> {
    list(target, key, |v, key| {
        v.as_string()
            .ok_or_else(|| format!("{key} must hold strings"))
    })
}

/// The one of `all` whose name is `s` (exactly, as serde reads enum names).
fn named<T: Copy>(s: &str, key: &str, all: &[T], name: impl Fn(&T) -> &str) -> Result<T, Invalid> {
    all.iter().copied().find(|x| name(x) == s).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(&name).collect();
        format!("unknown {key} `{s}`, expected one of {}", names.join(", "))
    })
}
