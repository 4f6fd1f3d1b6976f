//! PDF.js for the page (SPEC §1 IN-PDF: text items with positions from PDF.js in the page).
//!
//! One pinned npm install serves both users of PDF.js: `tools/pdf/package.json` (pdfjs-dist,
//! exact version) is what `tools/pdf/pdf-items.mjs` runs on for the CLI and the fixtures, and
//! what the page ships, so the page and the committed `*.items.json` fixtures see the same
//! items. `cargo xtask setup` runs `npm ci` there; `cargo xtask dist`:
//!
//! - copies PDF.js' two minified ES modules (and its license) into `dist/vendor/pdfjs/`; the
//!   page imports them only when a PDF is opened, from its own origin (no CDN);
//! - hands their sources to the single offline file, which inlines them as strings (see
//!   [`crate::single_file`]). A page opened from `file://` has an opaque origin, and Chromium
//!   refuses module workers from `blob:` URLs there (measured: the worker fails to load with
//!   no message), so the single file starts the worker as a *classic* worker: the module is
//!   turned into a classic script by [`classic_worker`].

use crate::util::{self, Result};
use std::path::{Path, PathBuf};

/// The npm project (relative to the root) that pins `pdfjs-dist`.
pub const NPM_DIR: &str = "tools/pdf";
/// The installed package, inside [`NPM_DIR`].
const PACKAGE: &str = "node_modules/pdfjs-dist";
/// PDF.js' main module (the API: `getDocument`, `GlobalWorkerOptions`, `OPS`).
pub const MAIN: &str = "pdf.min.mjs";
/// PDF.js' worker module (parses the PDF off the main thread).
pub const WORKER: &str = "pdf.worker.min.mjs";
/// Where the served site keeps them (the page imports `./vendor/pdfjs/pdf.min.mjs`).
pub const SITE_DIR: &str = "vendor/pdfjs";

/// The installed PDF.js' sources.
pub struct PdfJs {
    pub version: String,
    /// `pdf.min.mjs`.
    pub main: String,
    /// `pdf.worker.min.mjs`, as a classic script ([`classic_worker`]).
    pub classic_worker: String,
}

/// A file `cargo xtask setup` installs; its absence means setup has not run.
pub fn installed_marker() -> PathBuf {
    util::root()
        .join(NPM_DIR)
        .join(PACKAGE)
        .join("build")
        .join(WORKER)
}

/// Copy PDF.js into `site/vendor/pdfjs/` and read its sources.
pub fn vendor(site: &Path) -> Result<PdfJs> {
    let package = util::root().join(NPM_DIR).join(PACKAGE);
    let build = package.join("build");
    if !build.join(MAIN).is_file() || !build.join(WORKER).is_file() {
        return Err(format!(
            "PDF.js is not installed ({}/{PACKAGE}/build/{{{MAIN}, {WORKER}}} missing): run \
             `cargo xtask setup` (it runs `npm ci` in {NPM_DIR})",
            NPM_DIR
        ));
    }
    let version = package_version(&util::read_string(&package.join("package.json"))?)
        .ok_or("pdfjs-dist's package.json has no version")?;
    let main = util::read_string(&build.join(MAIN))?;
    let worker = util::read_string(&build.join(WORKER))?;
    let classic_worker = classic_worker(&worker)
        .map_err(|e| format!("pdfjs-dist {version}: {e} (in build/{WORKER})"))?;

    let out = site.join(SITE_DIR);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for (from, name) in [
        (build.join(MAIN), MAIN),
        (build.join(WORKER), WORKER),
        (package.join("LICENSE"), "LICENSE"),
    ] {
        let to = out.join(name);
        std::fs::copy(&from, &to)
            .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    }
    Ok(PdfJs {
        version,
        main,
        classic_worker,
    })
}

/// The top-level `version` of a package.json.
fn package_version(json: &str) -> Option<String> {
    let package: serde_json::Value = serde_json::from_str(json).ok()?;
    package.get("version")?.as_str().map(str::to_string)
}

/// The worker module as a classic script, for `new Worker(blobUrl)` where module workers
/// cannot start (`file://`). PDF.js' worker bundle has no imports and one export at its very
/// end (`export{WorkerMessageHandler};`, which a worker never needs: it starts itself from
/// `self`); its only other module syntax is `import.meta.url`, read by the optional JBIG2 and
/// OpenJPEG decoders to locate their .wasm, which becomes the worker's own URL. Modules are
/// strict, so the script is too. Anything else that looks like module syntax is an error
/// here rather than a broken PDF reader later.
pub fn classic_worker(module: &str) -> Result<String> {
    const EXPORT: &str = "export{WorkerMessageHandler};";
    let body = module.trim_end();
    let body = body.strip_suffix(EXPORT).ok_or_else(|| {
        format!(
            "the worker does not end with `{EXPORT}`; the classic-worker conversion needs updating"
        )
    })?;
    if body.contains("export{") || body.contains("export ") {
        return Err(
            "the worker has more than one export; the classic-worker conversion needs updating"
                .into(),
        );
    }
    if has_static_import(body) {
        return Err(
            "the worker has a static import; the classic-worker conversion needs updating".into(),
        );
    }
    let meta = body.matches("import.meta").count();
    let url = body.matches("import.meta.url").count();
    if meta != url {
        return Err(
            "the worker reads `import.meta` other than `import.meta.url`; the classic-worker \
             conversion needs updating"
                .into(),
        );
    }
    Ok(format!(
        "\"use strict\";\n{}\n",
        body.replace("import.meta.url", "self.location.href")
    ))
}

/// A statement-level `import …` (after the start, `;`, `}` or a line break, followed by `{`,
/// `*`, a quote or a space): not `import(` and not the word inside a string (`["import",…]`).
fn has_static_import(js: &str) -> bool {
    js.match_indices("import").any(|(at, _)| {
        let before = js
            .get(..at)
            .and_then(|b| b.trim_end_matches([' ', '\t']).chars().last());
        let after = js.get(at + "import".len()..).and_then(|a| a.chars().next());
        matches!(before, None | Some(';' | '}' | '\n' | '\r'))
            && matches!(after, Some('{' | '*' | '"' | '\'' | ' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_the_worker_module_to_a_classic_script() {
        let module = "/* license */\nconst a=import.meta.url;class WorkerMessageHandler{}\
                      globalThis.pdfjsWorker={WorkerMessageHandler};export{WorkerMessageHandler};\n";
        let classic = classic_worker(module).expect("converts");
        assert!(classic.starts_with("\"use strict\";\n/* license */"));
        assert!(classic.contains("const a=self.location.href;"));
        assert!(!classic.contains("export"));
        assert!(classic.contains("globalThis.pdfjsWorker={WorkerMessageHandler};"));
        // The word in a string or a dynamic import is not module syntax.
        let strings =
            "const o=[\"import\",\"remerge\"];import(\"x\");export{WorkerMessageHandler};";
        assert!(classic_worker(strings).is_ok());
    }

    #[test]
    fn refuses_module_syntax_it_cannot_convert() {
        for bad in [
            "class WorkerMessageHandler{}",
            "import{x}from\"./y.mjs\";export{WorkerMessageHandler};",
            "a();\nimport \"./side.mjs\";export{WorkerMessageHandler};",
            "export{a};export{WorkerMessageHandler};",
            "const m=import.meta.resolve('x');export{WorkerMessageHandler};",
        ] {
            assert!(classic_worker(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_the_package_version() {
        assert_eq!(
            package_version(
                "{\"name\": \"pdfjs-dist\", \"engines\": {\"version\": \"20\"}, \"version\": \"6.5.438\"}"
            )
            .as_deref(),
            Some("6.5.438")
        );
        assert_eq!(package_version("{}"), None);
        assert_eq!(package_version("{\"version\": 6}"), None);
    }

    #[test]
    fn the_installed_worker_converts() {
        // Only when `cargo xtask setup` has installed PDF.js (CI runs it before the tests).
        let path = installed_marker();
        if let Ok(module) = std::fs::read_to_string(&path) {
            let classic = classic_worker(&module).expect("the pinned PDF.js converts");
            assert!(classic.contains("WorkerMessageHandler"));
        }
    }
}
