//! `cargo xtask dist`: build the page into `dist/`.
//!
//! 1. `cargo build` each wasm module of `wasm-pack.toml` for wasm32-unknown-unknown
//!    (size-tuned release profile): the engine (`crates/wasm`, loaded with the page) and the
//!    lazily loaded ones (`crates/wasm-files`, the DOCX/PDF readers, loaded when a .docx or
//!    .pdf is opened);
//! 2. for each, `wasm-bindgen --target web` → `dist/pkg/` (the served site), and
//!    `wasm-bindgen --target no-modules` → a scratch folder (for the single file; a lazily
//!    loaded module's glue gets its own global with `--no-modules-global`);
//! 3. `wasm-opt` (binaryen) when present, and a smoke test of each module in Node;
//! 4. copy `www/` into `dist/`, and PDF.js into `dist/vendor/pdfjs/` (see [`crate::pdfjs`]);
//! 5. write the single offline file `dist/resume-analyzer.html` (see [`crate::single_file`]),
//!    and the served page's modules as one, `dist/app.bundle.js`, which the served
//!    `index.html` loads instead of the separate modules (see [`crate::served`]);
//! 6. print the sizes and fail when a gzipped .wasm is over its budget in `wasm-pack.toml`.

use crate::bundle::JsModule;
use crate::config::{Module, WebBuild};
use crate::pdfjs;
use crate::served;
use crate::setup::{installed_wasm_bindgen, locked_wasm_bindgen, WASM_TARGET};
use crate::single_file::{self, InlineModule, InlinePdfJs, Parts};
use crate::util::{self, cargo, gzip_len, kb, note, run, which, Result};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// A finished build.
pub struct Built {
    /// The site folder (`dist/`).
    pub site: PathBuf,
    /// Set when a gzipped .wasm is over its budget: `cargo xtask dist` and `test` fail on
    /// it, `serve` warns and serves anyway so the page can still be looked at.
    pub over_budget: Option<String>,
}

impl Built {
    /// The site, or the budget error.
    pub fn within_budget(self) -> Result<PathBuf> {
        match self.over_budget {
            Some(message) => Err(message),
            None => Ok(self.site),
        }
    }
}

/// One wasm module of the page, built: where wasm-bindgen put its files.
struct BuiltModule<'a> {
    module: &'a Module,
    /// The served site's `--target web` glue and .wasm.
    web_glue: PathBuf,
    web_wasm: PathBuf,
    /// The single file's `--target no-modules` glue and .wasm (in the scratch folder).
    single_glue: PathBuf,
    single_wasm: PathBuf,
    /// wasm-bindgen's .wasm size, before wasm-opt.
    bindgen_size: usize,
}

/// Build everything.
pub fn dist() -> Result<Built> {
    let root = util::root();
    let build = WebBuild::load(&root)?;
    let www = inside_root(&root, &build.web.www)?;
    let site = inside_root(&root, &build.web.site_dir)?;
    let out_dir = inside_root(&root, &build.web.out_dir)?;
    let single_out = inside_root(&root, &build.single_file.out_file)?;
    check_www(&www, &build)?;

    // One cargo build per module, so the engine's dependencies are compiled with exactly the
    // features the engine asks for (no unification with the readers' dependencies).
    let mut wasm_files = Vec::new();
    for module in &build.modules {
        wasm_files.push(cargo_build(&build, module)?);
    }

    util::banner("wasm-bindgen");
    let wanted = locked_wasm_bindgen()?;
    match installed_wasm_bindgen() {
        Some(v) if v == wanted => {}
        Some(v) => {
            return Err(format!(
                "wasm-bindgen CLI {v} is on PATH but Cargo.lock has wasm-bindgen {wanted}; \
                 they must match: run `cargo xtask setup`"
            ))
        }
        None => {
            return Err(format!(
                "wasm-bindgen CLI not found: run `cargo xtask setup` (installs {wanted})"
            ))
        }
    }
    if site.exists() {
        std::fs::remove_dir_all(&site)
            .map_err(|e| format!("cannot clear {}: {e}", site.display()))?;
    }
    let scratch = util::target_dir()
        .join("xtask")
        .join(&build.single_file.target);
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .map_err(|e| format!("cannot clear {}: {e}", scratch.display()))?;
    }
    let bindgen = |wasm: &Path, module: &Module, target: &str, out: &Path, typescript: bool| {
        let mut cmd = Command::new("wasm-bindgen");
        cmd.arg(wasm)
            .args([
                "--target",
                target,
                "--out-name",
                &module.out_name,
                "--out-dir",
            ])
            .arg(out)
            .args(build.wasm_bindgen_flags());
        if target == build.single_file.target {
            if let Some(global) = &module.no_modules_global {
                cmd.args(["--no-modules-global", global]);
            }
        }
        if !typescript {
            cmd.arg("--no-typescript");
        }
        run(&mut cmd)
    };
    let mut modules = Vec::new();
    for (module, wasm) in build.modules.iter().zip(&wasm_files) {
        bindgen(wasm, module, &build.web.target, &out_dir, true)?;
        bindgen(wasm, module, &build.single_file.target, &scratch, false)?;
        let name = &module.out_name;
        let web_wasm = out_dir.join(format!("{name}_bg.wasm"));
        modules.push(BuiltModule {
            module,
            web_glue: out_dir.join(format!("{name}.js")),
            bindgen_size: util::read(&web_wasm)?.len(),
            web_wasm,
            single_glue: scratch.join(format!("{name}.js")),
            single_wasm: scratch.join(format!("{name}_bg.wasm")),
        });
    }
    let Some((engine, lazy)) = modules.split_first() else {
        return Err(format!("{} has no `[[module]]`", crate::config::FILE));
    };

    util::banner("wasm-opt");
    for module in &modules {
        optimize(&build, module, &scratch)?;
    }

    util::banner(&format!("page: {} → {}", build.web.www, build.web.site_dir));
    util::copy_dir(&www, &site)?;
    let pdf = pdfjs::vendor(&site)?;
    println!(
        "PDF.js {} → {}/{} (loaded when a PDF is opened)",
        pdf.version,
        build.web.site_dir,
        pdfjs::SITE_DIR
    );
    let page = util::read_string(&site.join(&build.single_file.page))?;
    let js_sources = build
        .single_file
        .js_modules
        .iter()
        .map(|name| util::read_string(&site_file(&site, name)?))
        .collect::<Result<Vec<_>>>()?;
    let js_modules: Vec<JsModule<'_>> = build
        .single_file
        .js_modules
        .iter()
        .zip(&js_sources)
        .map(|(name, source)| JsModule { name, source })
        .collect();
    let glue = util::read_string(&engine.single_glue)?;
    let wasm_bytes = util::read(&engine.single_wasm)?;
    let lazy_sources = lazy
        .iter()
        .map(|m| {
            Ok((
                util::read_string(&m.single_glue)?,
                util::read(&m.single_wasm)?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    let lazy_modules: Vec<InlineModule<'_>> = lazy
        .iter()
        .zip(&lazy_sources)
        .map(|(built, (glue_js, wasm))| InlineModule {
            glue_js,
            global: built.module.global(),
            inline_global: built.module.inline_global.as_deref().unwrap_or_default(),
            description: built.module.description.as_deref().unwrap_or_default(),
            loaded_when: built.module.loaded_when.as_deref().unwrap_or_default(),
            wasm,
        })
        .collect();
    let read_local = |path: &str| util::read(&site_file(&site, path)?);
    let assembled = single_file::assemble(
        &Parts {
            index_html: &page,
            js_modules: &js_modules,
            glue_js: &glue,
            wasm: &wasm_bytes,
            csp: &build.single_file.csp,
            lazy_modules: &lazy_modules,
            pdfjs: Some(InlinePdfJs {
                version: &pdf.version,
                main: &pdf.main,
                worker: &pdf.classic_worker,
            }),
        },
        &read_local,
    )
    .map_err(|e| {
        format!(
            "single file: {e} (see the contract in crates/xtask/src/single_file.rs and bundle.rs)"
        )
    })?;
    for n in &assembled.notes {
        note(&format!("single file: {n}"));
    }
    util::write(&single_out, &assembled.html)?;
    println!("wrote {}", display(&root, &single_out));
    // The served page loads the same flattened module from one file (see crate::served).
    let served = served::bundle_page(&page, &js_modules)?;
    util::write(&site.join(served::BUNDLE), &served.bundle)?;
    util::write(&site.join(&build.single_file.page), &served.index_html)?;
    println!(
        "wrote {} (the page's modules as one) and {} loading it",
        display(&root, &site.join(served::BUNDLE)),
        display(&root, &site.join(&build.single_file.page))
    );

    let over_budget = sizes(
        &root,
        &build,
        &site,
        &modules,
        &single_out,
        &served.index_html,
    )?;
    Ok(Built { site, over_budget })
}

/// `cargo build` one module for wasm32; returns the .wasm cargo wrote.
fn cargo_build(build: &WebBuild, module: &Module) -> Result<PathBuf> {
    util::banner(&format!(
        "build {} ({WASM_TARGET}, {})",
        module.crate_name, build.profile
    ));
    // Keep the `target_features` section (the release profile strips symbols for the CLI):
    // wasm-bindgen reads it to use multi-value returns and reference types; wasm-opt's
    // --strip-debug drops the names afterwards.
    let strip = format!(
        "CARGO_PROFILE_{}_STRIP",
        build.profile.to_ascii_uppercase().replace('-', "_")
    );
    run(cargo()
        .args([
            "build",
            "-p",
            &module.crate_name,
            "--target",
            WASM_TARGET,
            "--profile",
            &build.profile,
        ])
        .env(strip, "false"))?;
    let profile_dir = match build.profile.as_str() {
        "dev" | "test" => "debug",
        "bench" => "release",
        other => other,
    };
    let wasm = util::target_dir()
        .join(WASM_TARGET)
        .join(profile_dir)
        .join(format!("{}.wasm", module.crate_name.replace('-', "_")));
    if !wasm.is_file() {
        return Err(format!("cargo did not produce {}", wasm.display()));
    }
    Ok(wasm)
}

/// A path from `wasm-pack.toml`, which must stay inside the repository.
fn inside_root(root: &Path, relative: &str) -> Result<PathBuf> {
    let path = Path::new(relative);
    let plain = path
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if !plain || relative.trim().is_empty() {
        return Err(format!(
            "{}: `{relative}` must be a folder inside the repository (relative, no `..`)",
            crate::config::FILE
        ));
    }
    Ok(root.join(path))
}

/// A file of the built site, by its site-relative path (never outside the site).
fn site_file(site: &Path, path: &str) -> Result<PathBuf> {
    if path.split('/').any(|s| s == ".." || s.contains('\\')) {
        return Err(format!("`{path}` leaves the site folder"));
    }
    Ok(site.join(path))
}

fn check_www(www: &Path, build: &WebBuild) -> Result {
    if !www.is_dir() {
        return Err(format!(
            "{} not found: the page's sources ({}, its JS modules and style) live there",
            www.display(),
            build.single_file.page
        ));
    }
    if let Some(top) = Path::new(pdfjs::SITE_DIR).components().next() {
        if www.join(top).exists() {
            return Err(format!(
                "{}/{} exists, but dist writes PDF.js into {}/{}; remove it from {}",
                build.web.www,
                top.as_os_str().to_string_lossy(),
                build.web.site_dir,
                pdfjs::SITE_DIR,
                build.web.www
            ));
        }
    }
    let sources = std::iter::once(&build.single_file.page).chain(&build.single_file.js_modules);
    for file in sources {
        if !site_file(www, file)?.is_file() {
            return Err(format!(
                "{}/{file} is missing: `cargo xtask dist` builds the page from {}/{} and the JS \
                 modules listed in {} (`single-file.js-modules`)",
                build.web.www,
                build.web.www,
                build.single_file.page,
                crate::config::FILE
            ));
        }
    }
    let pkg = Path::new(&build.web.out_dir)
        .strip_prefix(&build.web.site_dir)
        .ok()
        .and_then(|p| p.components().next())
        .map(|c| c.as_os_str().to_owned());
    if let Some(pkg) = pkg {
        if www.join(&pkg).exists() {
            return Err(format!(
                "{}/{} exists, but dist writes the wasm-bindgen output there; remove it from {}",
                build.web.www,
                pkg.to_string_lossy(),
                build.web.www
            ));
        }
    }
    Ok(())
}

/// Where `cargo xtask setup` installs binaryen's wasm-opt for Node (npm `binaryen`).
pub const NPM_WASM_OPT_DIR: &str = "crates/xtask/wasm-opt";

/// The wasm-opt to use: npm's binaryen (current) before the system one (Debian ships 108).
fn wasm_opt() -> Option<(Command, String)> {
    let npm = util::root()
        .join(NPM_WASM_OPT_DIR)
        .join("node_modules/binaryen/bin/wasm-opt");
    if npm.is_file() && which("node").is_some() {
        let mut cmd = Command::new("node");
        cmd.arg(npm);
        return Some((cmd, format!("npm binaryen ({NPM_WASM_OPT_DIR})")));
    }
    let native = which("wasm-opt")?;
    let version = util::output(Command::new(&native).arg("--version")).unwrap_or_default();
    Some((Command::new(native), version))
}

/// Run wasm-opt on a module's served .wasm (and on the single file's unless it is the same
/// module), then smoke-test the result in Node; a module the optimizer broke is replaced by
/// wasm-bindgen's own output, with a note.
fn optimize(build: &WebBuild, module: &BuiltModule<'_>, scratch: &Path) -> Result {
    let (web_wasm, single_wasm) = (&module.web_wasm, &module.single_wasm);
    let smoke_test = || smoke(&module.module.smoke, &module.web_glue, web_wasm, scratch);
    let Some(args) = &build.wasm_opt else {
        note(&format!(
            "wasm-opt disabled in {} (profile.{}.wasm-opt = false)",
            crate::config::FILE,
            build.profile
        ));
        return smoke_test();
    };
    let Some((_, label)) = wasm_opt() else {
        note("wasm-opt not found (npm or Debian binaryen): the .wasm is left unoptimized; `cargo xtask setup` installs it");
        return smoke_test();
    };
    println!("{}: using wasm-opt: {label}", module.module.crate_name);
    let optimize_file = |file: &Path| -> Result {
        let (mut cmd, _) = wasm_opt().ok_or("wasm-opt disappeared")?;
        run(cmd.args(args).arg(file).arg("-o").arg(file))
    };
    let web_original = util::read(web_wasm)?;
    let single_original = util::read(single_wasm)?;
    let same = web_original == single_original;
    optimize_file(web_wasm)?;
    if same {
        copy(web_wasm, single_wasm)?;
    } else {
        optimize_file(single_wasm)?;
    }
    if let Err(e) = smoke_test() {
        note(&format!(
            "{} from {label} fails the smoke test ({e}); using wasm-bindgen's \
             unoptimized output instead (a current binaryen: `cargo xtask setup`)",
            display(&util::root(), web_wasm)
        ));
        util::write(web_wasm, &web_original)?;
        util::write(single_wasm, &single_original)?;
        smoke_test()?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Instantiate a module with its web glue in Node and call every binding once (`kind`: the
/// module's `smoke` check in smoke.mjs).
fn smoke(kind: &str, glue: &Path, wasm: &Path, scratch: &Path) -> Result {
    if which("node").is_none() {
        note("node not found: the module is not smoke-tested");
        return Ok(());
    }
    let script = scratch.join("smoke.mjs");
    util::write(&script, include_str!("smoke.mjs"))?;
    run(Command::new("node")
        .arg(&script)
        .arg(kind)
        .arg(glue)
        .arg(wasm))
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// Print the size table; returns the budget error when a gzipped .wasm is over its budget.
fn sizes(
    root: &Path,
    build: &WebBuild,
    site: &Path,
    modules: &[BuiltModule<'_>],
    single_out: &Path,
    page: &str,
) -> Result<Option<String>> {
    util::banner("sizes");
    let (engine, lazy) = modules.split_first().ok_or("no wasm module was built")?;
    // What a visitor's browser downloads to show the page: the engine, not the lazy modules.
    let mut first_load: Vec<PathBuf> = vec![site.join(&build.single_file.page)];
    first_load.extend(
        single_file::stylesheets(page)
            .iter()
            .filter_map(|href| site_file(site, href).ok()),
    );
    first_load.push(site.join(served::BUNDLE));
    let early_start = site.join(single_file::EARLY_START);
    if early_start.is_file() {
        first_load.push(early_start);
    }
    first_load.extend([engine.web_glue.clone(), engine.web_wasm.clone()]);
    let mut all = Vec::new();
    files(site, &mut all)?;
    all.retain(|f| f != single_out);

    let mut rows: Vec<(String, usize, usize)> = Vec::new();
    let mut row = |label: String, paths: &[PathBuf]| -> Result {
        let (mut raw, mut gz) = (0, 0);
        for p in paths {
            let bytes = util::read(p)?;
            raw += bytes.len();
            gz += gzip_len(&bytes);
        }
        rows.push((label, raw, gz));
        Ok(())
    };
    for module in modules {
        for file in [&module.web_wasm, &module.web_glue] {
            row(display(root, file), std::slice::from_ref(file))?;
        }
    }
    row(
        format!("{} (single file)", display(root, single_out)),
        &[single_out.to_path_buf()],
    )?;
    row(
        format!("page first load ({} files)", first_load.len()),
        &first_load,
    )?;
    for module in lazy {
        row(
            format!(
                "{}, loaded when {}",
                module.module.out_name,
                module.module.loaded_when.as_deref().unwrap_or("needed")
            ),
            &[module.web_glue.clone(), module.web_wasm.clone()],
        )?;
    }
    row(
        "PDF.js, loaded when a PDF is opened".to_string(),
        &[pdfjs::MAIN, pdfjs::WORKER].map(|f| site.join(pdfjs::SITE_DIR).join(f)),
    )?;
    row(
        format!("{}/ served total ({} files)", build.web.site_dir, all.len()),
        &all,
    )?;

    let width = rows.iter().map(|(l, _, _)| l.len()).max().unwrap_or(0);
    println!("{:width$}  {:>10}  {:>10}", "", "raw", "gzip");
    for (label, raw, gz) in &rows {
        println!("{label:width$}  {:>10}  {:>10}", kb(*raw), kb(*gz));
    }
    let mut over = Vec::new();
    for module in modules {
        let (budget, key) = (module.module.gzip_budget, &module.module.out_name);
        let bytes = util::read(&module.web_wasm)?;
        if module.bindgen_size != bytes.len() {
            println!(
                "({key}: wasm-opt {} → {} raw)",
                kb(module.bindgen_size),
                kb(bytes.len())
            );
        }
        let gz = gzip_len(&bytes);
        let name = display(root, &module.web_wasm);
        if gz > budget {
            over.push(format!(
                "{name} is {} gzipped, over the {} budget in {} ([budget] {key}); \
                 shrink it (drop a dependency, move data out of code) or raise the budget deliberately",
                kb(gz),
                kb(budget),
                crate::config::FILE
            ));
        } else {
            util::success(&format!(
                "ok: {name} {} gzipped, within the {} budget ({}% used)",
                kb(gz),
                kb(budget),
                gz * 100 / budget
            ));
        }
    }
    Ok((!over.is_empty()).then(|| over.join("\n")))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_paths_stay_inside_the_repository() {
        let root = Path::new("/repo");
        assert_eq!(
            inside_root(root, "dist/pkg"),
            Ok(PathBuf::from("/repo/dist/pkg"))
        );
        assert_eq!(inside_root(root, "./www"), Ok(PathBuf::from("/repo/./www")));
        for bad in ["", "/tmp/dist", "../dist", "dist/../../x"] {
            assert!(inside_root(root, bad).is_err(), "{bad}");
        }
        assert!(site_file(root, "css/a.css").is_ok());
        assert!(site_file(root, "../secret").is_err());
    }
}
