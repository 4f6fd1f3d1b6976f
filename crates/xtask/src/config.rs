//! `wasm-pack.toml`: the web build's settings, in wasm-pack's vocabulary.
//!
//! Read with the `toml` crate into serde structs that deny unknown fields, so a typo cannot
//! silently turn a setting off; then checked as a whole (names unique, globals that JavaScript
//! accepts, a budget for every module and a module for every budget).

use crate::util::Result;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The file, relative to the workspace root.
pub const FILE: &str = "wasm-pack.toml";

/// wasm-bindgen's `no-modules` global when `--no-modules-global` is not given: the engine's.
pub const DEFAULT_GLOBAL: &str = "wasm_bindgen";

/// Globals the single file defines itself (see `single_file.rs`); a module's `inline-global`
/// must not take one.
const RESERVED_GLOBALS: [&str; 4] = [
    DEFAULT_GLOBAL,
    crate::single_file::WASM_GLOBAL,
    crate::single_file::PDFJS_GLOBAL,
    crate::single_file::ENGINE_GLOBAL,
];

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    package: Package,
    module: Vec<Module>,
    web: Web,
    single_file: SingleFile,
    profile: BTreeMap<String, Profile>,
    budget: BTreeMap<String, u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Package {
    profile: String,
}

/// One wasm module of the page (a `[[module]]` table).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Module {
    /// Cargo package built to wasm32-unknown-unknown.
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// Output file stem: `<out_name>.js`, `<out_name>_bg.wasm`.
    pub out_name: String,
    /// The check smoke.mjs runs on the optimized module.
    pub smoke: String,
    /// What the module is, for the single file's comment (lazily loaded modules only).
    pub description: Option<String>,
    /// When the page loads it: "a .docx or .pdf is opened" (lazily loaded modules only).
    pub loaded_when: Option<String>,
    /// The global the `no-modules` glue defines (wasm-bindgen's `--no-modules-global`);
    /// `None`: wasm-bindgen's default, `wasm_bindgen` (the engine's).
    pub no_modules_global: Option<String>,
    /// The global the single file sets to `{ init, wasm }` for a lazily loaded module.
    pub inline_global: Option<String>,
    /// Largest gzipped .wasm allowed, in bytes (from `[budget]`).
    #[serde(skip)]
    pub gzip_budget: usize,
}

impl Module {
    /// The global the `no-modules` glue defines.
    pub fn global(&self) -> &str {
        self.no_modules_global.as_deref().unwrap_or(DEFAULT_GLOBAL)
    }
}

/// `[web]`: the served site.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Web {
    /// wasm-bindgen `--target` of the served site.
    pub target: String,
    /// The page's sources, copied into `site_dir`.
    pub www: String,
    pub site_dir: String,
    /// Where the served site's glue and .wasm go.
    pub out_dir: String,
}

/// `[single-file]`: the self-contained page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SingleFile {
    /// wasm-bindgen `--target` of the single offline file.
    pub target: String,
    /// The page (inside `web.site_dir`) the single file is made from.
    pub page: String,
    /// The page's JS modules, in inlining order; the last is the entry.
    pub js_modules: Vec<String>,
    pub out_file: String,
    /// The single file's Content-Security-Policy.
    pub csp: String,
}

/// `[profile.<name>]`: wasm-opt's arguments and the `[profile.<name>.wasm-bindgen]` flags.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Profile {
    wasm_opt: Option<WasmOpt>,
    #[serde(default)]
    wasm_bindgen: BindgenFlags,
}

/// `wasm-opt = [arguments]` or `wasm-opt = false`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum WasmOpt {
    Args(Vec<String>),
    Enabled(bool),
}

/// wasm-pack's `[profile.*.wasm-bindgen]` keys, with wasm-pack's defaults.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct BindgenFlags {
    pub debug_js_glue: bool,
    pub demangle_name_section: bool,
    pub dwarf_debug_info: bool,
    pub omit_default_module_path: bool,
    pub remove_name_section: bool,
    pub remove_producers_section: bool,
}

impl Default for BindgenFlags {
    fn default() -> Self {
        BindgenFlags {
            debug_js_glue: false,
            demangle_name_section: true,
            dwarf_debug_info: false,
            omit_default_module_path: false,
            remove_name_section: false,
            remove_producers_section: false,
        }
    }
}

/// The settings `cargo xtask dist` uses.
#[derive(Debug, Clone, PartialEq)]
pub struct WebBuild {
    /// The page's wasm modules in load order: the engine first, then the lazily loaded ones.
    pub modules: Vec<Module>,
    /// Cargo profile.
    pub profile: String,
    pub web: Web,
    pub single_file: SingleFile,
    /// Arguments for wasm-opt; `None` when the profile sets `wasm-opt = false`.
    pub wasm_opt: Option<Vec<String>>,
    pub bindgen: BindgenFlags,
}

impl WebBuild {
    pub fn load(root: &Path) -> Result<WebBuild> {
        let path = root.join(FILE);
        let text = crate::util::read_string(&path)?;
        WebBuild::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<WebBuild> {
        let mut file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let profile = file.package.profile;
        let own = file.profile.remove(&profile).ok_or_else(|| {
            format!("`[profile.{profile}]` is missing (`package.profile` names it)")
        })?;
        let wasm_opt = match own.wasm_opt {
            Some(WasmOpt::Args(args)) => Some(args),
            Some(WasmOpt::Enabled(false)) | None => None,
            Some(WasmOpt::Enabled(true)) => {
                return Err(format!(
                    "`profile.{profile}.wasm-opt` must be a list of arguments or false"
                ))
            }
        };
        let mut modules = file.module;
        check_modules(&modules)?;
        for module in &mut modules {
            let kb = file.budget.remove(&module.out_name).ok_or_else(|| {
                format!(
                    "`[budget]` has no `{}`: every module needs a gzipped size budget",
                    module.out_name
                )
            })?;
            if kb == 0 {
                return Err(format!("`budget.{}` must be positive", module.out_name));
            }
            module.gzip_budget = usize::try_from(kb).map_or(usize::MAX, |kb| kb * 1024);
        }
        if let Some(name) = file.budget.keys().next() {
            return Err(format!(
                "`budget.{name}` names no module (a budget's key is a module's out-name)"
            ));
        }
        if file.single_file.js_modules.is_empty() {
            return Err("`single-file.js-modules` must list at least the page's entry".into());
        }
        Ok(WebBuild {
            modules,
            profile,
            web: file.web,
            single_file: file.single_file,
            wasm_opt,
            bindgen: own.wasm_bindgen,
        })
    }

    /// The wasm-bindgen flags the profile's `[profile.*.wasm-bindgen]` section asks for.
    pub fn wasm_bindgen_flags(&self) -> Vec<&'static str> {
        let flags = &self.bindgen;
        [
            (flags.debug_js_glue, "--debug"),
            (!flags.demangle_name_section, "--no-demangle"),
            (flags.dwarf_debug_info, "--keep-debug"),
            (flags.omit_default_module_path, "--omit-default-module-path"),
            (flags.remove_name_section, "--remove-name-section"),
            (flags.remove_producers_section, "--remove-producers-section"),
        ]
        .into_iter()
        .filter_map(|(on, flag)| on.then_some(flag))
        .collect()
    }
}

/// The modules as a whole: the engine first with the default global, every later module
/// lazily loaded under globals of its own, no crate, out-name or global twice.
fn check_modules(modules: &[Module]) -> Result {
    let Some((engine, lazy)) = modules.split_first() else {
        return Err("at least one `[[module]]` (the engine) is needed".into());
    };
    let lazy_keys = [
        ("description", &engine.description),
        ("loaded-when", &engine.loaded_when),
        ("no-modules-global", &engine.no_modules_global),
        ("inline-global", &engine.inline_global),
    ];
    if let Some((key, _)) = lazy_keys.iter().find(|(_, value)| value.is_some()) {
        return Err(format!(
            "the first `[[module]]` is the engine, loaded with the page: `{key}` is for lazily \
             loaded modules"
        ));
    }
    let mut globals: Vec<&str> = RESERVED_GLOBALS.to_vec();
    for module in lazy {
        let name = &module.out_name;
        let required = |key: &str, value: &Option<String>| -> Result {
            match value.as_deref() {
                Some(v) if !v.trim().is_empty() => Ok(()),
                _ => Err(format!(
                    "module `{name}`: a lazily loaded module needs `{key}`"
                )),
            }
        };
        required("description", &module.description)?;
        required("loaded-when", &module.loaded_when)?;
        required("no-modules-global", &module.no_modules_global)?;
        required("inline-global", &module.inline_global)?;
        for global in [&module.no_modules_global, &module.inline_global]
            .into_iter()
            .flatten()
        {
            if !is_js_name(global) {
                return Err(format!(
                    "module `{name}`: `{global}` is not a JavaScript name"
                ));
            }
            if globals.contains(&global.as_str()) {
                return Err(format!(
                    "module `{name}`: the global `{global}` is already taken (by another module \
                     or the single file itself)"
                ));
            }
            globals.push(global);
        }
    }
    for (i, module) in modules.iter().enumerate() {
        let earlier = modules.get(..i).unwrap_or_default();
        if let Some(twin) = earlier
            .iter()
            .find(|m| m.crate_name == module.crate_name || m.out_name == module.out_name)
        {
            return Err(format!(
                "modules `{}` and `{}` share a crate or an out-name",
                twin.out_name, module.out_name
            ));
        }
    }
    Ok(())
}

/// A plain JavaScript identifier (ASCII), as wasm-bindgen's `--no-modules-global` needs.
pub fn is_js_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repository_file() -> String {
        crate::util::read_string(&crate::util::root().join(FILE)).expect("reads")
    }

    #[test]
    fn reads_the_repository_file() {
        let build = WebBuild::load(&crate::util::root()).expect("wasm-pack.toml is valid");
        assert_eq!(build.web.target, "web");
        assert_eq!(build.single_file.target, "no-modules");
        assert_eq!(build.modules[0].global(), "wasm_bindgen");
        assert!(build.modules.len() >= 2, "the engine and the files module");
        for module in &build.modules {
            assert!(module.gzip_budget > 0, "{}", module.out_name);
        }
        assert_eq!(
            build.single_file.js_modules.last().map(String::as_str),
            Some("app.js")
        );
        assert!(build
            .wasm_opt
            .as_ref()
            .is_some_and(|args| args.iter().any(|a| a.starts_with("-O"))));
        assert!(build.single_file.csp.contains("connect-src 'none'"));
        assert_eq!(
            build.wasm_bindgen_flags(),
            ["--remove-name-section", "--remove-producers-section"]
        );
    }

    #[test]
    fn typos_and_missing_settings_are_errors() {
        let text = repository_file();
        let cases = [
            (format!("{text}\n[budget2]\nx = 1\n"), "budget2"),
            (
                text.replace("debug-js-glue", "debug-js-glu"),
                "debug-js-glu",
            ),
            (
                text.replace("resume_analyzer_files = ", "# resume_analyzer_files = "),
                "has no `resume_analyzer_files`",
            ),
            (
                text.replace("\n[budget]\n", "\n[budget]\nother = 1\n"),
                "budget.other",
            ),
            (
                text.replace(
                    "no-modules-global = \"resume_analyzer_files\"",
                    "no-modules-global = \"wasm_bindgen\"",
                ),
                "wasm_bindgen",
            ),
            (
                text.replace(
                    "inline-global = \"__RESUME_ANALYZER_FILES__\"",
                    "inline-global = \"not a name\"",
                ),
                "not a JavaScript name",
            ),
            (
                text.replace("inline-global = \"__RESUME_ANALYZER_FILES__\"", ""),
                "needs `inline-global`",
            ),
            (
                text.replace(
                    "smoke = \"engine\"",
                    "smoke = \"engine\"\ninline-global = \"__X__\"",
                ),
                "for lazily loaded modules",
            ),
            (
                text.replace(
                    "crate = \"resume-analyzer-files-wasm\"",
                    "crate = \"resume-analyzer-wasm\"",
                ),
                "share a crate",
            ),
            (
                text.replace("profile = \"release\"", "profile = \"fast\""),
                "profile.fast",
            ),
            (without_js_modules(&text), "js-modules"),
        ];
        for (bad, expected) in cases {
            let err = WebBuild::parse(&bad).expect_err(expected);
            assert!(err.contains(expected), "{err} lacks {expected}");
        }
    }

    /// The repository file with an empty `js-modules` list (the list may span lines).
    fn without_js_modules(text: &str) -> String {
        let start = text.find("js-modules = [").expect("has js-modules");
        let end = start + text[start..].find(']').expect("closes");
        format!("{}js-modules = []{}", &text[..start], &text[end + 1..])
    }

    #[test]
    fn other_profiles_and_disabled_wasm_opt() {
        let text = repository_file();
        let other_profile = format!("{text}\n[profile.dev]\nwasm-opt = false\n");
        assert!(WebBuild::parse(&other_profile).is_ok());

        let start = text.find("wasm-opt = [").expect("has wasm-opt");
        let end = start + text[start..].find(']').expect("closes");
        let disabled = format!("{}wasm-opt = false{}", &text[..start], &text[end + 1..]);
        assert_eq!(WebBuild::parse(&disabled).expect("parses").wasm_opt, None);
        let enabled = format!("{}wasm-opt = true{}", &text[..start], &text[end + 1..]);
        assert!(WebBuild::parse(&enabled).is_err());
    }

    #[test]
    fn a_further_lazy_module_is_one_table_and_one_budget() {
        let text = repository_file().replace(
            "[web]",
            "[[module]]\ncrate = \"jd-wasm\"\nout-name = \"jd\"\nsmoke = \"jd\"\n\
             description = \"The job-description reader\"\n\
             loaded-when = \"a job description is pasted\"\n\
             no-modules-global = \"jd\"\ninline-global = \"__RESUME_ANALYZER_JD__\"\n\n[web]",
        );
        let err = WebBuild::parse(&text).expect_err("no budget yet");
        assert!(err.contains("has no `jd`"), "{err}");
        let build = WebBuild::parse(&format!("{text}\njd = 40\n")).expect("parses");
        let names: Vec<&str> = build.modules.iter().map(|m| m.out_name.as_str()).collect();
        let before = WebBuild::parse(&repository_file()).expect("parses").modules;
        assert_eq!(names.len(), before.len() + 1);
        assert_eq!(names.first(), Some(&"resume_analyzer_wasm"));
        assert_eq!(names.last(), Some(&"jd"));
        assert_eq!(build.modules.last().map(|m| m.gzip_budget), Some(40 * 1024));
    }
}
