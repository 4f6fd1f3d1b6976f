//! The served page's scripts as one file: `dist/app.bundle.js`.
//!
//! `www/` keeps the page as ES modules, one concern each (`app.js` and `app/*.js`, with the
//! engine's `resume-analyzer.js`). Served as they are, a first visit asks for eleven scripts
//! before the page can run: over HTTP/1.1 a browser opens six connections to a host, so they
//! arrive in two or three rounds behind the .wasm and the stylesheet, and each is parsed and
//! linked on its own. The single offline file already flattens them into one module
//! ([`crate::bundle`]); the served `index.html` loads the same flattened module from one file,
//! and no longer preloads the separate ones. Measured in headless Chromium on a loaded 2-core
//! machine (BENCHMARKS.md "Page open"), the same build with and without it: page open to the
//! first report 467 → 369 ms wall (and 365 → 236 ms in an earlier pair), the main thread's CPU
//! unchanged: the time was spent waiting for scripts.
//! The separate modules stay in `dist/` (the embedding demo imports `resume-analyzer.js`).

use crate::bundle::{self, JsModule};
use crate::util::Result;

/// The served page's one script, next to `index.html`.
pub const BUNDLE: &str = "app.bundle.js";

/// The served `index.html` and the bundle it loads.
pub struct Served {
    pub index_html: String,
    pub bundle: String,
}

/// Flatten `modules` (the page's, in `wasm-pack.toml` order, the last its entry) into one
/// module and rewrite `index_html` to load it: the entry's `<script type="module">` points at
/// [`BUNDLE`] and the `<link rel="modulepreload">` of each flattened module goes (the glue
/// and the .wasm keep theirs). A link or script that is not there is an error, so the page and
/// `wasm-pack.toml` cannot drift apart unnoticed.
pub fn bundle_page(index_html: &str, modules: &[JsModule<'_>]) -> Result<Served> {
    let (entry, rest) = modules
        .split_last()
        .ok_or("wasm-pack.toml lists no JS module for the page")?;
    let entry = entry.name;
    let mut html = index_html.to_string();
    let script = format!("<script type=\"module\" src=\"{entry}\"></script>");
    if !html.contains(&script) {
        return Err(format!("index.html has no `{script}`"));
    }
    html = html.replace(
        &script,
        &format!("<script type=\"module\" src=\"{BUNDLE}\"></script>"),
    );
    for module in rest {
        let link = format!("<link rel=\"modulepreload\" href=\"{}\">\n", module.name);
        if !html.contains(&link) {
            return Err(format!(
                "index.html does not preload `{}` (`{}`), which wasm-pack.toml lists",
                module.name,
                link.trim_end()
            ));
        }
        html = html.replace(&link, "");
    }
    let mut out = format!(
        "// The page's modules ({}), flattened into one by `cargo xtask dist` \
         (crates/xtask/src/served.rs); the sources are in www/.\n",
        modules
            .iter()
            .map(|m| m.name)
            .collect::<Vec<_>>()
            .join(", ")
    );
    for m in bundle::flatten(modules)? {
        out.push_str(&m.header());
        out.push('\n');
        out.push_str(m.code.trim_end());
        out.push('\n');
    }
    Ok(Served {
        index_html: html,
        bundle: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n<link rel=\"modulepreload\" href=\"api.js\">\n\
        <link rel=\"modulepreload\" href=\"pkg/glue.js\">\n\
        <script type=\"module\" src=\"app.js\"></script>\n</head>";

    fn modules() -> [JsModule<'static>; 2] {
        [
            JsModule {
                name: "api.js",
                source: "export function analyze() { return 1; }\n",
            },
            JsModule {
                name: "app.js",
                source: "import { analyze } from './api.js';\nanalyze();\n",
            },
        ]
    }

    #[test]
    fn the_page_loads_one_flattened_module_and_keeps_the_glue_preload() {
        let served = bundle_page(PAGE, &modules()).unwrap();
        assert!(served
            .index_html
            .contains("<script type=\"module\" src=\"app.bundle.js\"></script>"));
        assert!(!served.index_html.contains("href=\"api.js\""));
        assert!(served.index_html.contains("href=\"pkg/glue.js\""));
        assert!(served.bundle.contains("function analyze()"));
        let statements = |word: &str| served.bundle.lines().any(|l| l.starts_with(word));
        assert!(!statements("export ") && !statements("import "));
        assert!(
            served.bundle.find("function analyze").unwrap()
                < served.bundle.find("analyze();").unwrap()
        );
    }

    #[test]
    fn a_missing_entry_or_preload_is_an_error() {
        let no_entry = PAGE.replace("src=\"app.js\"", "src=\"main.js\"");
        assert!(bundle_page(&no_entry, &modules())
            .err()
            .unwrap()
            .contains("no `<script type=\"module\" src=\"app.js\">"));
        let no_preload = PAGE.replace("<link rel=\"modulepreload\" href=\"api.js\">\n", "");
        assert!(bundle_page(&no_preload, &modules())
            .err()
            .unwrap()
            .contains("does not preload `api.js`"));
    }
}
