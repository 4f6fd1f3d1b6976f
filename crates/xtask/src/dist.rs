//! `cargo xtask dist`: build the page into `dist/`.
//!
//! 1. `cargo build` the wasm crate for wasm32-unknown-unknown (size-tuned release profile);
//! 2. `wasm-bindgen --target web` → `dist/pkg/` (the served site), and
//!    `wasm-bindgen --target no-modules` → a scratch folder (for the single file);
//! 3. `wasm-opt` (binaryen) when present;
//! 4. copy `www/` into `dist/`, and PDF.js into `dist/vendor/pdfjs/` (see [`crate::pdfjs`]);
//! 5. write the single offline file `dist/resume-analyzer.html` (see [`crate::single_file`]);
//! 6. print the sizes and fail when the gzipped .wasm is over the budget in `wasm-pack.toml`.

use crate::config::WebBuild;
use crate::pdfjs;
use crate::setup::{installed_wasm_bindgen, locked_wasm_bindgen, WASM_TARGET};
use crate::single_file::{self, InlinePdfJs, Parts, APP, ENGINE};
use crate::util::{self, cargo, gzip_len, kb, note, run, which, Result};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// A finished build.
pub struct Built {
    /// The site folder (`dist/`).
    pub site: PathBuf,
    /// Set when the gzipped .wasm is over the budget: `cargo xtask dist` and `test` fail on
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

/// Build everything.
pub fn dist() -> Result<Built> {
    let root = util::root();
    let build = WebBuild::load(&root)?;
    let www = inside_root(&root, &build.www)?;
    let site = inside_root(&root, &build.site_dir)?;
    let out_dir = inside_root(&root, &build.out_dir)?;
    let single_out = inside_root(&root, &build.single_out)?;
    check_www(&www, &build)?;

    util::banner(&format!(
        "build {} ({WASM_TARGET}, {})",
        build.crate_name, build.profile
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
            &build.crate_name,
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
        .join(format!("{}.wasm", build.crate_name.replace('-', "_")));
    if !wasm.is_file() {
        return Err(format!("cargo did not produce {}", wasm.display()));
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
    let scratch = util::target_dir().join("xtask").join(&build.single_target);
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .map_err(|e| format!("cannot clear {}: {e}", scratch.display()))?;
    }
    let bindgen = |target: &str, out: &Path, typescript: bool| {
        let mut cmd = Command::new("wasm-bindgen");
        cmd.arg(&wasm)
            .args([
                "--target",
                target,
                "--out-name",
                &build.out_name,
                "--out-dir",
            ])
            .arg(out)
            .args(build.wasm_bindgen_flags());
        if !typescript {
            cmd.arg("--no-typescript");
        }
        run(&mut cmd)
    };
    bindgen(&build.web_target, &out_dir, true)?;
    bindgen(&build.single_target, &scratch, false)?;
    let web_wasm = out_dir.join(format!("{}_bg.wasm", build.out_name));
    let single_wasm = scratch.join(format!("{}_bg.wasm", build.out_name));
    let bindgen_size = util::read(&web_wasm)?.len();

    util::banner("wasm-opt");
    optimize(&build, &web_wasm, &single_wasm, &scratch)?;

    util::banner(&format!("page: {} → {}", build.www, build.site_dir));
    util::copy_dir(&www, &site)?;
    let pdf = pdfjs::vendor(&site)?;
    println!(
        "PDF.js {} → {}/{} (loaded when a PDF is opened)",
        pdf.version,
        build.site_dir,
        pdfjs::SITE_DIR
    );
    let page = util::read_string(&site.join(&build.single_page))?;
    let engine = util::read_string(&site.join(ENGINE))?;
    let app = util::read_string(&site.join(APP))?;
    let glue = util::read_string(&scratch.join(format!("{}.js", build.out_name)))?;
    let wasm_bytes = util::read(&single_wasm)?;
    let read_local = |path: &str| util::read(&site_file(&site, path)?);
    let assembled = single_file::assemble(
        &Parts {
            index_html: &page,
            engine_js: &engine,
            app_js: &app,
            glue_js: &glue,
            wasm: &wasm_bytes,
            csp: &build.single_csp,
            pdfjs: Some(InlinePdfJs {
                version: &pdf.version,
                main: &pdf.main,
                worker: &pdf.classic_worker,
            }),
        },
        &read_local,
    )
    .map_err(|e| {
        format!("single file: {e} (see the contract in crates/xtask/src/single_file.rs)")
    })?;
    for n in &assembled.notes {
        note(&format!("single file: {n}"));
    }
    util::write(&single_out, &assembled.html)?;
    println!("wrote {}", display(&root, &single_out));

    let over_budget = sizes(
        &root,
        &build,
        &site,
        &web_wasm,
        &single_out,
        &page,
        bindgen_size,
    )?;
    Ok(Built { site, over_budget })
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
            "{} not found: the page's sources (index.html, app.js, {ENGINE}, style.css) live there",
            www.display()
        ));
    }
    if let Some(top) = Path::new(pdfjs::SITE_DIR).components().next() {
        if www.join(top).exists() {
            return Err(format!(
                "{}/{} exists, but dist writes PDF.js into {}/{}; remove it from {}",
                build.www,
                top.as_os_str().to_string_lossy(),
                build.site_dir,
                pdfjs::SITE_DIR,
                build.www
            ));
        }
    }
    for file in [build.single_page.as_str(), APP, ENGINE] {
        if !www.join(file).is_file() {
            return Err(format!(
                "{}/{file} is missing: `cargo xtask dist` builds the page from {}/{{{}, {APP}, {ENGINE}}}",
                build.www, build.www, build.single_page
            ));
        }
    }
    let pkg = Path::new(&build.out_dir)
        .strip_prefix(&build.site_dir)
        .ok()
        .and_then(|p| p.components().next())
        .map(|c| c.as_os_str().to_owned());
    if let Some(pkg) = pkg {
        if www.join(&pkg).exists() {
            return Err(format!(
                "{}/{} exists, but dist writes the wasm-bindgen output there; remove it from {}",
                build.www,
                pkg.to_string_lossy(),
                build.www
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

/// Run wasm-opt on the served .wasm (and on the single file's unless it is the same module),
/// then smoke-test the result in Node; a module the optimizer broke is replaced by
/// wasm-bindgen's own output, with a note.
fn optimize(build: &WebBuild, web_wasm: &Path, single_wasm: &Path, scratch: &Path) -> Result {
    let glue = web_wasm.with_file_name(format!("{}.js", build.out_name));
    let Some(args) = &build.wasm_opt else {
        note(&format!(
            "wasm-opt disabled in {} (profile.{}.wasm-opt = false)",
            crate::config::FILE,
            build.profile
        ));
        return smoke(&glue, web_wasm, scratch);
    };
    let Some((_, label)) = wasm_opt() else {
        note("wasm-opt not found (npm or Debian binaryen): the .wasm is left unoptimized; `cargo xtask setup` installs it");
        return smoke(&glue, web_wasm, scratch);
    };
    println!("using wasm-opt: {label}");
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
    if let Err(e) = smoke(&glue, web_wasm, scratch) {
        note(&format!(
            "the module from {label} fails the smoke test ({e}); using wasm-bindgen's \
             unoptimized output instead (a current binaryen: `cargo xtask setup`)"
        ));
        util::write(web_wasm, &web_original)?;
        util::write(single_wasm, &single_original)?;
        smoke(&glue, web_wasm, scratch)?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// Instantiate the module with its web glue in Node and call every binding once.
fn smoke(glue: &Path, wasm: &Path, scratch: &Path) -> Result {
    if which("node").is_none() {
        note("node not found: the module is not smoke-tested");
        return Ok(());
    }
    let script = scratch.join("smoke.mjs");
    util::write(&script, include_str!("smoke.mjs"))?;
    run(Command::new("node").arg(&script).arg(glue).arg(wasm))
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// Print the size table; returns the budget error when the gzipped .wasm is over budget.
fn sizes(
    root: &Path,
    build: &WebBuild,
    site: &Path,
    web_wasm: &Path,
    single_out: &Path,
    page: &str,
    bindgen_size: usize,
) -> Result<Option<String>> {
    util::banner("sizes");
    let glue = web_wasm.with_file_name(format!("{}.js", build.out_name));
    let wasm_bytes = util::read(web_wasm)?;
    let wasm_gz = gzip_len(&wasm_bytes);

    // What a visitor's browser downloads to show the page.
    let mut first_load: Vec<PathBuf> = vec![site.join(&build.single_page)];
    first_load.extend(
        single_file::stylesheets(page)
            .iter()
            .filter_map(|href| site_file(site, href).ok()),
    );
    first_load.extend([
        site.join(APP),
        site.join(ENGINE),
        glue.clone(),
        web_wasm.to_path_buf(),
    ]);
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
    row(display(root, web_wasm), &[web_wasm.to_path_buf()])?;
    row(display(root, &glue), std::slice::from_ref(&glue))?;
    row(
        format!("{} (single file)", display(root, single_out)),
        &[single_out.to_path_buf()],
    )?;
    row(
        format!("page first load ({} files)", first_load.len()),
        &first_load,
    )?;
    row(
        "PDF.js, loaded when a PDF is opened".to_string(),
        &[pdfjs::MAIN, pdfjs::WORKER].map(|f| site.join(pdfjs::SITE_DIR).join(f)),
    )?;
    row(
        format!("{}/ served total ({} files)", build.site_dir, all.len()),
        &all,
    )?;

    let width = rows.iter().map(|(l, _, _)| l.len()).max().unwrap_or(0);
    println!("{:width$}  {:>10}  {:>10}", "", "raw", "gzip");
    for (label, raw, gz) in &rows {
        println!("{label:width$}  {:>10}  {:>10}", kb(*raw), kb(*gz));
    }
    if bindgen_size != wasm_bytes.len() {
        println!(
            "(wasm-opt: {} → {} raw)",
            kb(bindgen_size),
            kb(wasm_bytes.len())
        );
    }
    let budget = build.wasm_gzip_budget;
    if wasm_gz > budget {
        return Ok(Some(format!(
            "the .wasm is {} gzipped, over the {} budget in {} ([budget] wasm-gzip-kb); \
             shrink it (drop a dependency, move data out of code) or raise the budget deliberately",
            kb(wasm_gz),
            kb(budget),
            crate::config::FILE
        )));
    }
    util::success(&format!(
        "ok: .wasm {} gzipped, within the {} budget ({}% used)",
        kb(wasm_gz),
        kb(budget),
        wasm_gz * 100 / budget
    ));
    Ok(None)
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
