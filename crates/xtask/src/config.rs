//! `wasm-pack.toml`: the web build's settings, in wasm-pack's vocabulary.
//!
//! A tiny reader for the TOML subset the file uses (tables, strings, integers, booleans,
//! arrays of strings, comments). Unknown keys are errors, so a typo cannot silently turn a
//! setting off.

use crate::util::Result;
use std::collections::BTreeMap;
use std::path::Path;

/// The file, relative to the workspace root.
pub const FILE: &str = "wasm-pack.toml";

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
    List(Vec<String>),
}

/// One wasm module of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// Cargo package built to wasm32-unknown-unknown.
    pub crate_name: String,
    /// Output file stem: `<out_name>.js`, `<out_name>_bg.wasm`.
    pub out_name: String,
    /// The global the `no-modules` glue defines (wasm-bindgen's `--no-modules-global`);
    /// `None`: wasm-bindgen's default, `wasm_bindgen`.
    pub no_modules_global: Option<String>,
}

impl Module {
    /// The global the `no-modules` glue defines.
    pub fn global(&self) -> &str {
        self.no_modules_global.as_deref().unwrap_or(DEFAULT_GLOBAL)
    }
}

/// wasm-bindgen's `no-modules` global when `--no-modules-global` is not given.
pub const DEFAULT_GLOBAL: &str = "wasm_bindgen";

/// The settings `cargo xtask dist` uses.
#[derive(Debug, Clone, PartialEq)]
pub struct WebBuild {
    /// The engine: the module the page loads first (`[package]`).
    pub engine: Module,
    /// The DOCX/PDF readers: the module the page loads when a file is opened
    /// (`[files-module]`).
    pub files: Module,
    /// Cargo profile.
    pub profile: String,
    /// wasm-bindgen `--target` of the served site.
    pub web_target: String,
    /// The page's sources, copied into `site_dir`.
    pub www: String,
    pub site_dir: String,
    /// Where the served site's glue and .wasm go.
    pub out_dir: String,
    /// wasm-bindgen `--target` of the single offline file.
    pub single_target: String,
    /// The page (inside `site_dir`) the single file is made from.
    pub single_page: String,
    pub single_out: String,
    /// The single file's Content-Security-Policy.
    pub single_csp: String,
    /// Arguments for wasm-opt; `None` when the profile sets `wasm-opt = false`.
    pub wasm_opt: Option<Vec<String>>,
    pub debug_js_glue: bool,
    pub demangle_name_section: bool,
    pub dwarf_debug_info: bool,
    pub omit_default_module_path: bool,
    pub remove_name_section: bool,
    pub remove_producers_section: bool,
    /// Largest gzipped engine .wasm allowed, in bytes.
    pub wasm_gzip_budget: usize,
    /// Largest gzipped files-module .wasm allowed, in bytes.
    pub files_wasm_gzip_budget: usize,
}

impl WebBuild {
    pub fn load(root: &Path) -> Result<WebBuild> {
        let path = root.join(FILE);
        let text = crate::util::read_string(&path)?;
        WebBuild::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<WebBuild> {
        let mut table = parse(text)?;
        let mut take_str = |key: &str| match table.remove(key) {
            Some(Value::Str(s)) => Ok(s),
            Some(other) => Err(format!("`{key}` must be a string, found {other:?}")),
            None => Err(format!("`{key}` is missing")),
        };
        let engine = Module {
            crate_name: take_str("package.crate")?,
            out_name: take_str("package.out-name")?,
            no_modules_global: None,
        };
        let files = Module {
            crate_name: take_str("files-module.crate")?,
            out_name: take_str("files-module.out-name")?,
            no_modules_global: Some(take_str("files-module.no-modules-global")?),
        };
        if files.crate_name == engine.crate_name || files.out_name == engine.out_name {
            return Err(
                "`files-module` must name another crate and out-name than `package`".into(),
            );
        }
        let global = files.global();
        let is_js_name = !global.is_empty()
            && !global.starts_with(|c: char| c.is_ascii_digit())
            && global
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        if !is_js_name || global == DEFAULT_GLOBAL {
            return Err(format!(
                "`files-module.no-modules-global` must be a JavaScript name other than \
                 `{DEFAULT_GLOBAL}` (the engine's glue defines that one), found `{global}`"
            ));
        }
        let profile = take_str("package.profile")?;
        let web_target = take_str("web.target")?;
        let www = take_str("web.www")?;
        let site_dir = take_str("web.site-dir")?;
        let out_dir = take_str("web.out-dir")?;
        let single_target = take_str("single-file.target")?;
        let single_page = take_str("single-file.page")?;
        let single_out = take_str("single-file.out-file")?;
        let single_csp = take_str("single-file.csp")?;

        let section = format!("profile.{profile}");
        let wasm_opt = match table.remove(&format!("{section}.wasm-opt")) {
            Some(Value::List(args)) => Some(args),
            Some(Value::Bool(false)) | None => None,
            Some(other) => {
                return Err(format!(
                    "`{section}.wasm-opt` must be a list of arguments or false, found {other:?}"
                ))
            }
        };
        let mut take_bool = |key: &str, default: bool| match table
            .remove(&format!("{section}.wasm-bindgen.{key}"))
        {
            Some(Value::Bool(b)) => Ok(b),
            None => Ok(default),
            Some(other) => Err(format!(
                "`{section}.wasm-bindgen.{key}` must be true or false, found {other:?}"
            )),
        };
        let debug_js_glue = take_bool("debug-js-glue", false)?;
        let demangle_name_section = take_bool("demangle-name-section", true)?;
        let dwarf_debug_info = take_bool("dwarf-debug-info", false)?;
        let omit_default_module_path = take_bool("omit-default-module-path", false)?;
        let remove_name_section = take_bool("remove-name-section", false)?;
        let remove_producers_section = take_bool("remove-producers-section", false)?;
        let mut take_budget = |key: &str| match table.remove(key) {
            Some(Value::Int(kb)) if kb > 0 => usize::try_from(kb)
                .ok()
                .and_then(|kb| kb.checked_mul(1024))
                .ok_or(format!("`{key}` is too large")),
            Some(other) => Err(format!(
                "`{key}` must be a positive integer, found {other:?}"
            )),
            None => Err(format!("`{key}` is missing")),
        };
        let wasm_gzip_budget = take_budget("budget.wasm-gzip-kb")?;
        let files_wasm_gzip_budget = take_budget("budget.files-wasm-gzip-kb")?;
        // Other profiles may be present for other builds; anything else is a typo.
        let own = format!("{section}.");
        table.retain(|key, _| !key.starts_with("profile.") || key.starts_with(&own));
        if let Some(key) = table.keys().next() {
            return Err(format!("unknown setting `{key}`"));
        }
        Ok(WebBuild {
            engine,
            files,
            profile,
            web_target,
            www,
            site_dir,
            out_dir,
            single_target,
            single_page,
            single_out,
            single_csp,
            wasm_opt,
            debug_js_glue,
            demangle_name_section,
            dwarf_debug_info,
            omit_default_module_path,
            remove_name_section,
            remove_producers_section,
            wasm_gzip_budget,
            files_wasm_gzip_budget,
        })
    }

    /// The wasm-bindgen flags the profile's `[profile.*.wasm-bindgen]` section asks for.
    pub fn wasm_bindgen_flags(&self) -> Vec<&'static str> {
        let mut flags = Vec::new();
        if self.debug_js_glue {
            flags.push("--debug");
        }
        if !self.demangle_name_section {
            flags.push("--no-demangle");
        }
        if self.dwarf_debug_info {
            flags.push("--keep-debug");
        }
        if self.omit_default_module_path {
            flags.push("--omit-default-module-path");
        }
        if self.remove_name_section {
            flags.push("--remove-name-section");
        }
        if self.remove_producers_section {
            flags.push("--remove-producers-section");
        }
        flags
    }
}

/// Parse the TOML subset into `table.key` → value.
pub fn parse(text: &str) -> Result<BTreeMap<String, Value>> {
    let mut out = BTreeMap::new();
    let mut table = String::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        let at = |msg: &str| format!("line {}: {msg}", i + 1);
        let line = strip_comment(line).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[') {
            let name = name
                .strip_suffix(']')
                .ok_or_else(|| at("a table header must end with `]`"))?
                .trim();
            if name.is_empty() || !name.split('.').all(is_bare_key) {
                return Err(at(&format!("bad table name `{name}`")));
            }
            table = name.to_string();
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| at("expected `key = value`"))?;
        let key = key.trim();
        if !is_bare_key(key) {
            return Err(at(&format!("bad key `{key}`")));
        }
        let mut value = value.trim().to_string();
        // Arrays may span lines until the closing bracket.
        if value.starts_with('[') {
            while !array_closed(&value) {
                let (_, next) = lines
                    .next()
                    .ok_or_else(|| at("unterminated array (missing `]`)"))?;
                value.push(' ');
                value.push_str(strip_comment(next).trim());
            }
        }
        let value = parse_value(&value).map_err(|e| at(&e))?;
        let full = if table.is_empty() {
            key.to_string()
        } else {
            format!("{table}.{key}")
        };
        if out.insert(full.clone(), value).is_some() {
            return Err(at(&format!("`{full}` is set twice")));
        }
    }
    Ok(out)
}

fn is_bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The line without a `#` comment (a `#` inside a string stays).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' => return line.get(..i).unwrap_or(line),
            None => {}
        }
    }
    line
}

fn array_closed(value: &str) -> bool {
    let mut quote = None;
    let mut escaped = false;
    for c in value.chars() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == ']' => return true,
            None => {}
        }
    }
    false
}

fn parse_value(value: &str) -> Result<Value> {
    match value {
        "true" => return Ok(Value::Bool(true)),
        "false" => return Ok(Value::Bool(false)),
        _ => {}
    }
    if let Some(inner) = value.strip_prefix('[') {
        let inner = inner
            .strip_suffix(']')
            .ok_or("text after the array's `]`")?;
        let mut items = Vec::new();
        let mut rest = inner.trim();
        while !rest.is_empty() {
            let (item, after) = parse_string(rest)?;
            items.push(item);
            rest = after.trim_start();
            match rest.strip_prefix(',') {
                Some(after_comma) => rest = after_comma.trim_start(),
                None if rest.is_empty() => {}
                None => return Err(format!("expected `,` or `]` before `{rest}`")),
            }
        }
        return Ok(Value::List(items));
    }
    if value.starts_with('"') || value.starts_with('\'') {
        let (s, rest) = parse_string(value)?;
        if !rest.trim().is_empty() {
            return Err(format!("unexpected `{}` after the string", rest.trim()));
        }
        return Ok(Value::Str(s));
    }
    value
        .replace('_', "")
        .parse::<i64>()
        .map(Value::Int)
        .map_err(|_| {
            format!(
                "unsupported value `{value}` (use a string, integer, boolean or array of strings)"
            )
        })
}

/// A basic `"…"` (with `\"`, `\\`, `\n`, `\t` escapes) or literal `'…'` string at the start of
/// `s`; returns it and the rest.
fn parse_string(s: &str) -> Result<(String, &str)> {
    let mut chars = s.char_indices();
    let quote = match chars.next() {
        Some((_, q @ ('"' | '\''))) => q,
        _ => return Err(format!("expected a string at `{s}`")),
    };
    let mut out = String::new();
    let mut escaped = false;
    for (i, c) in chars {
        if escaped {
            out.push(match c {
                'n' => '\n',
                't' => '\t',
                '"' | '\\' => c,
                other => return Err(format!("unsupported escape `\\{other}`")),
            });
            escaped = false;
        } else if quote == '"' && c == '\\' {
            escaped = true;
        } else if c == quote {
            return Ok((out, s.get(i + 1..).unwrap_or("")));
        } else {
            out.push(c);
        }
    }
    Err(format!("unterminated string `{s}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_repository_file() {
        let build = WebBuild::load(&crate::util::root()).expect("wasm-pack.toml is valid");
        assert_eq!(build.web_target, "web");
        assert_eq!(build.single_target, "no-modules");
        assert!(build.wasm_gzip_budget > 0);
        assert!(build.files_wasm_gzip_budget > 0);
        assert_eq!(build.engine.global(), "wasm_bindgen");
        assert_ne!(build.files.global(), build.engine.global());
        assert_ne!(build.files.out_name, build.engine.out_name);
        assert!(build
            .wasm_opt
            .as_ref()
            .is_some_and(|args| args.iter().any(|a| a.starts_with("-O"))));
        assert!(build.single_csp.contains("connect-src 'none'"));
    }

    #[test]
    fn parses_the_subset() {
        let table = parse(
            "top = 1\n[a.b] # comment\nname = \"x # not a comment\" # comment\n\
             lit = 'it''\nlist = [\n  \"-Oz\", # first\n  \"--x\",\n]\nflag = false\n",
        );
        // `'it''` is malformed: text after the string.
        assert!(table.is_err());
        let table = parse(
            "top = 1_000\n[a.b] # comment\nname = \"x # \\\"q\\\"\" # c\nlit = 'a\\b'\n\
             list = [\n  \"-Oz\", # first\n  \"--x\",\n]\nflag = false\n",
        )
        .expect("parses");
        assert_eq!(table.get("top"), Some(&Value::Int(1000)));
        assert_eq!(table.get("a.b.name"), Some(&Value::Str("x # \"q\"".into())));
        assert_eq!(table.get("a.b.lit"), Some(&Value::Str("a\\b".into())));
        assert_eq!(
            table.get("a.b.list"),
            Some(&Value::List(vec!["-Oz".into(), "--x".into()]))
        );
        assert_eq!(table.get("a.b.flag"), Some(&Value::Bool(false)));
    }

    #[test]
    fn rejects_what_it_does_not_understand() {
        for bad in [
            "x = 1.5",
            "x = [1, 2]",
            "[a\nx = 1",
            "x = \"open",
            "x = 1\nx = 2",
            "x = [\"a\"",
            "x",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn unknown_keys_and_disabled_wasm_opt() {
        let text = crate::util::read_string(&crate::util::root().join(FILE)).expect("reads");
        let typo = format!("{text}\n[budget2]\nx = 1\n");
        let err = WebBuild::parse(&typo).expect_err("typo");
        assert!(err.contains("budget2.x"), "{err}");
        let typo = text.replace("debug-js-glue", "debug-js-glu");
        let err = WebBuild::parse(&typo).expect_err("typo");
        assert!(err.contains("debug-js-glu"), "{err}");
        let missing = text.replace("files-wasm-gzip-kb", "# files-wasm-gzip-kb");
        let err = WebBuild::parse(&missing).expect_err("missing");
        assert!(err.contains("files-wasm-gzip-kb"), "{err}");
        let clash = text.replace(
            "no-modules-global = \"resume_analyzer_files\"",
            "no-modules-global = \"wasm_bindgen\"",
        );
        let err = WebBuild::parse(&clash).expect_err("same global");
        assert!(err.contains("no-modules-global"), "{err}");
        let other_profile = format!("{text}\n[profile.dev]\nwasm-opt = false\n");
        assert!(WebBuild::parse(&other_profile).is_ok());

        let start = text.find("wasm-opt = [").expect("has wasm-opt");
        let end = start + text[start..].find(']').expect("closes");
        let disabled = format!("{}wasm-opt = false{}", &text[..start], &text[end + 1..]);
        let build = WebBuild::parse(&disabled).expect("parses");
        assert_eq!(build.wasm_opt, None);
    }
}
