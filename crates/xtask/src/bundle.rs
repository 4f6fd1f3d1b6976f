//! The page's JS modules flattened into the single file's one inline module script.
//!
//! A `file://` page cannot fetch a second ES module, so the modules listed in
//! `wasm-pack.toml` (`single-file.js-modules`) are concatenated in that order into one module
//! scope: each loses its `export` keywords and its static imports of the modules before it.
//! That is only the same program when the modules keep to a contract, checked here with a
//! message that names the file and line that break it:
//! - exports are `export function|async function|function*|class|const NAME` declarations;
//! - static imports are `import { a, b } from './x.js';` (braces may span lines; no `as`, no
//!   default or namespace import) of a module listed *before* the importing one, and name
//!   only what that module exports; a re-export `export { a, b } from './x.js';` is read the
//!   same way and makes `a` and `b` exports of the re-exporting module too (the API module
//!   re-exports the engine's and the editor's functions, so embedders import one file);
//! - every listed module but the last (the page's entry) is imported by a later one, so the
//!   single file runs exactly the modules the served page loads;
//! - no two modules declare the same top-level name (they share one scope), and none contains
//!   `<!--` (it would break an inline `<script>`).
//!
//! Dynamic `import(…)` and `import.meta` stay as they are.

use crate::util::Result;
use std::collections::BTreeSet;

/// One JS module of the page: its path inside the site (`app.js`, `app/render.js`) and source.
pub struct JsModule<'a> {
    pub name: &'a str,
    pub source: &'a str,
}

/// A module ready to be concatenated.
#[derive(Debug)]
pub struct Flattened {
    pub name: String,
    /// The source without `export ` keywords and with each static import replaced by blank
    /// lines (line numbers stay close to the file's).
    pub code: String,
    exports: Vec<String>,
    /// The modules it imports from, by name, in first-import order.
    imports: Vec<String>,
}

impl Flattened {
    /// The comment line that introduces the module in the single file.
    pub fn header(&self) -> String {
        let removed = match (self.exports.is_empty(), self.imports.as_slice()) {
            (true, []) => return format!("// {}", self.name),
            (false, []) => "exports".to_string(),
            (no_exports, imports) => {
                let plural = if imports.len() == 1 { "" } else { "s" };
                let of = format!("its import{plural} of {}", imports.join(", "));
                if no_exports {
                    of
                } else {
                    format!("exports and {of}")
                }
            }
        };
        format!("// {} ({removed} removed)", self.name)
    }
}

/// Flatten `modules` (in order; the last is the page's entry) and check the contract.
pub fn flatten(modules: &[JsModule<'_>]) -> Result<Vec<Flattened>> {
    let mut out: Vec<Flattened> = Vec::with_capacity(modules.len());
    for module in modules {
        out.push(flatten_one(module, &out)?);
    }
    check_all_imported(&out)?;
    check_no_shared_names(&out)?;
    for module in &out {
        if module.code.contains("<!--") {
            return Err(format!(
                "{} contains `<!--`, which breaks an inline <script>; write it as '<' + '!--'",
                module.name
            ));
        }
    }
    Ok(out)
}

fn flatten_one(module: &JsModule<'_>, before: &[Flattened]) -> Result<Flattened> {
    let name = module.name;
    let mut code = String::with_capacity(module.source.len());
    let mut exports = Vec::new();
    let mut imports: Vec<String> = Vec::new();
    let mut lines = module.source.split_inclusive('\n').enumerate();
    while let Some((i, line)) = lines.next() {
        let at = |what: String| format!("{name} line {}: {what}", i + 1);
        let trimmed = line.trim_start();
        let reexport = keyword(trimmed, "export").is_some_and(|r| r.trim_start().starts_with('{'));
        if let (false, Some(rest)) = (reexport, keyword(trimmed, "export")) {
            let rest = rest.trim_start();
            let declared = declared_name(rest).ok_or_else(|| {
                at(format!(
                    "`{}`: the single-file build supports only `export function`, \
                     `export async function`, `export class` and `export const NAME`",
                    line.trim()
                ))
            })?;
            exports.push(declared);
            code.push_str(line.get(..line.len() - trimmed.len()).unwrap_or(""));
            code.push_str(rest);
            continue;
        }
        if !reexport && !is_static_import(trimmed) {
            code.push_str(line);
            continue;
        }
        // An import may spread its braces over several lines. A re-export reads as the import
        // of the same names.
        let mut statement = match keyword(trimmed, "export").filter(|_| reexport) {
            Some(rest) => format!("import{}", rest.trim_end()),
            None => trimmed.trim_end().to_string(),
        };
        code.push('\n');
        while statement.contains('{') && !statement.contains('}') {
            let (_, next) = lines
                .next()
                .ok_or_else(|| at("unterminated import".into()))?;
            statement.push(' ');
            statement.push_str(next.trim());
            code.push('\n');
        }
        let (names, spec) = import_names(&statement).ok_or_else(|| {
            at(if reexport {
                format!(
                    "`{}`: the single-file build supports only `export function`, \
                     `export async function`, `export class`, `export const NAME` and \
                     `export {{ a, b }} from './x.js';`",
                    line.trim()
                )
            } else {
                format!(
                    "`{statement}`: a module may import only as `import {{ a, b }} from './x.js';` \
                     (no `as`, no default or namespace import)"
                )
            })
        })?;
        let target = resolve(name, &spec);
        let source = target
            .as_deref()
            .and_then(|t| before.iter().find(|m| m.name == t))
            .ok_or_else(|| {
                at(format!(
                    "imports `{spec}`, which is not a module listed before {name} in \
                     wasm-pack.toml's `single-file.js-modules` (only those are inlined, in order)"
                ))
            })?;
        if let Some(missing) = names.iter().find(|n| !source.exports.contains(n)) {
            return Err(at(format!(
                "imports `{missing}`, which {} does not export",
                source.name
            )));
        }
        if !imports.contains(&source.name) {
            imports.push(source.name.clone());
        }
        if reexport {
            exports.extend(names);
        }
    }
    Ok(Flattened {
        name: name.to_string(),
        code,
        exports,
        imports,
    })
}

/// Every module but the entry must be imported by a later one: the served page loads only
/// what the entry reaches, and the single file must run the same code.
fn check_all_imported(modules: &[Flattened]) -> Result {
    let Some((_, importers)) = modules.split_last() else {
        return Ok(());
    };
    for (i, module) in importers.iter().enumerate() {
        let later = modules.get(i + 1..).unwrap_or_default();
        if !later.iter().any(|m| m.imports.contains(&module.name)) {
            return Err(format!(
                "{} is listed in `single-file.js-modules` but no module after it imports it \
                 (`import {{ … }} from './{}';`), so the served page would not run it",
                module.name, module.name
            ));
        }
    }
    Ok(())
}

fn check_no_shared_names(modules: &[Flattened]) -> Result {
    let mut declared: Vec<(BTreeSet<String>, &str)> = Vec::new();
    for module in modules {
        let names = top_level_names(&module.code);
        for (earlier, earlier_name) in &declared {
            let clash: Vec<&str> = earlier.intersection(&names).map(String::as_str).collect();
            if !clash.is_empty() {
                return Err(format!(
                    "{earlier_name} and {} both declare top-level {}: in the single file they \
                     share one module scope; rename one",
                    module.name,
                    clash.join(", ")
                ));
            }
        }
        declared.push((names, &module.name));
    }
    Ok(())
}

/// `./x.js` or `../x.js` relative to the module `from`, as a site path; `None` for a bare or
/// absolute specifier, or one that leaves the site.
fn resolve(from: &str, spec: &str) -> Option<String> {
    if !spec.starts_with("./") && !spec.starts_with("../") {
        return None;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in spec.split('/') {
        match segment {
            "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// The names and the specifier of `import { a, b } from './x.js';`, or `None` for any other
/// import form.
fn import_names(statement: &str) -> Option<(Vec<String>, String)> {
    let rest = keyword(statement, "import")?.trim_start();
    let rest = rest.strip_prefix('{')?;
    let (list, rest) = rest.split_once('}')?;
    let rest = keyword(rest.trim_start(), "from")?.trim();
    let rest = rest.strip_suffix(';').unwrap_or(rest).trim_end();
    let spec = rest
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
        .or_else(|| rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')))?;
    let mut names = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if !is_ident(name) {
            return None;
        }
        names.push(name.to_string());
    }
    Some((names, spec.to_string()))
}

/// `rest` after `word` when `line` starts with the keyword `word` (not `exports`, `imported`).
fn keyword<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(word)?;
    match rest.chars().next() {
        Some(c) if c.is_alphanumeric() || c == '_' || c == '$' => None,
        _ => Some(rest),
    }
}

/// A static `import …` statement (not `import(…)` or `import.meta`).
fn is_static_import(line: &str) -> bool {
    keyword(line, "import").is_some_and(|rest| {
        let rest = rest.trim_start();
        !rest.is_empty() && !rest.starts_with('(') && !rest.starts_with('.')
    })
}

/// The name a supported export form declares.
fn declared_name(decl: &str) -> Option<String> {
    let rest = keyword(decl, "async")
        .map(str::trim_start)
        .and_then(|r| keyword(r, "function"))
        .or_else(|| keyword(decl, "function"))
        .map(|r| r.trim_start().trim_start_matches('*'))
        .or_else(|| keyword(decl, "class"))
        .or_else(|| keyword(decl, "const"))?;
    let name: String = rest
        .trim_start()
        .chars()
        .take_while(|&c| c.is_alphanumeric() || c == '_' || c == '$')
        .collect();
    is_ident(&name).then_some(name)
}

/// Names declared at the top level (column 0) of a module.
fn top_level_names(js: &str) -> BTreeSet<String> {
    js.lines()
        .filter(|line| !line.starts_with(char::is_whitespace))
        .filter_map(|line| {
            declared_name(line).or_else(|| {
                keyword(line, "let")
                    .or_else(|| keyword(line, "var"))
                    .and_then(|r| declared_name(&format!("const{r}")))
            })
        })
        .collect()
}

/// A JavaScript identifier that is not one of the keywords the export forms use.
pub fn is_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        && !matches!(name, "default" | "function" | "class" | "const" | "async")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modules<'a>(list: &[(&'a str, &'a str)]) -> Vec<JsModule<'a>> {
        list.iter()
            .map(|&(name, source)| JsModule { name, source })
            .collect()
    }

    fn err(list: &[(&str, &str)]) -> String {
        flatten(&modules(list)).expect_err("should fail")
    }

    #[test]
    fn a_chain_of_modules_in_subfolders() {
        let flat = flatten(&modules(&[
            ("api.js", "export function analyze() {}\nexport const LIMIT = 1;\n"),
            (
                "app/render.js",
                "import {\n  analyze,\n} from '../api.js';\nexport class View {}\n",
            ),
            (
                "app/main.js",
                "import { View } from './render.js';\nimport { LIMIT, analyze } from \"../api.js\";\n\
                 new View(analyze(LIMIT));\nconst m = import('./pkg/x.js'); import.meta.url;\n",
            ),
        ]))
        .expect("flattens");
        let headers: Vec<String> = flat.iter().map(Flattened::header).collect();
        assert_eq!(
            headers,
            [
                "// api.js (exports removed)",
                "// app/render.js (exports and its import of api.js removed)",
                "// app/main.js (its imports of app/render.js, api.js removed)",
            ]
        );
        assert_eq!(flat[1].code, "\n\n\nclass View {}\n");
        assert!(flat[2].code.starts_with("\n\nnew View(analyze(LIMIT));"));
        assert!(flat[2]
            .code
            .contains("import('./pkg/x.js'); import.meta.url;"));
    }

    #[test]
    fn a_reexport_is_an_import_and_an_export() {
        let flat = flatten(&modules(&[
            (
                "engine.js",
                "export function analyze() {}\nexport const LIMIT = 1;\n",
            ),
            (
                "api.js",
                "export {\n  analyze,\n  LIMIT,\n} from './engine.js';\nexport class El {}\n",
            ),
            (
                "app.js",
                "import { analyze, El } from './api.js';\nanalyze(El);\n",
            ),
        ]))
        .expect("flattens");
        assert_eq!(flat[1].code, "\n\n\n\nclass El {}\n");
        assert_eq!(
            flat[1].header(),
            "// api.js (exports and its import of engine.js removed)"
        );
        let message = err(&[
            ("engine.js", "export function analyze() {}\n"),
            ("api.js", "export { nothing } from './engine.js';\n"),
            ("app.js", "import { nothing } from './api.js';\n"),
        ]);
        assert!(message.contains("engine.js does not export"), "{message}");
    }

    #[test]
    fn refuses_modules_off_contract() {
        let api = ("api.js", "export function analyze() {}\nconst cache = 1;\n");
        let app = "import { analyze } from './api.js';\n";
        let cases: &[(&[(&str, &str)], &str)] = &[
            (
                &[
                    ("api.js", "export default function x() {}\n"),
                    ("app.js", app),
                ],
                "api.js line 1",
            ),
            (
                &[("api.js", "export { a };\n"), ("app.js", app)],
                "export const NAME",
            ),
            (
                &[("api.js", "import x from './y.js';\n"), ("app.js", app)],
                "no default or namespace import",
            ),
            (
                &[api, ("app.js", "const a = 1;\n")],
                "no module after it imports it",
            ),
            (
                &[
                    api,
                    ("app.js", "import { analyze as run } from './api.js';\n"),
                ],
                "no `as`",
            ),
            (
                &[
                    api,
                    (
                        "app.js",
                        "import { analyze } from './api.js';\nimport './other.js';\n",
                    ),
                ],
                "app.js line 2",
            ),
            (
                &[api, ("app.js", "import { nothing } from './api.js';\n")],
                "api.js does not export",
            ),
            (
                &[api, ("app.js", "import { analyze } from './app2.js';\n")],
                "not a module listed before app.js",
            ),
            (
                &[("app.js", "import { analyze } from './api.js';\n"), api],
                "not a module listed before",
            ),
            (
                &[
                    api,
                    (
                        "app.js",
                        "import { analyze } from './api.js';\nconst cache = 2;\n",
                    ),
                ],
                "cache",
            ),
            (
                &[
                    api,
                    (
                        "app.js",
                        "import { analyze } from './api.js';\nconst s = '<!--';\n",
                    ),
                ],
                "<!--",
            ),
            (
                &[api, ("app.js", "import {\n analyze,\n")],
                "unterminated import",
            ),
        ];
        for (list, expected) in cases {
            let message = err(list);
            assert!(message.contains(expected), "{message:?} lacks {expected:?}");
        }
    }

    #[test]
    fn specifiers_resolve_inside_the_site() {
        assert_eq!(resolve("app.js", "./api.js").as_deref(), Some("api.js"));
        assert_eq!(resolve("a/b.js", "../c/d.js").as_deref(), Some("c/d.js"));
        assert_eq!(resolve("a/b.js", "./././d.js").as_deref(), Some("a/d.js"));
        assert_eq!(resolve("app.js", "../up.js"), None);
        assert_eq!(resolve("app.js", "api.js"), None);
        assert_eq!(resolve("app.js", "/api.js"), None);
    }
}
