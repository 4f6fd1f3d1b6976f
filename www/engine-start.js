// engine-start.js: start the engine's .wasm as soon as the page's <head> is read.
//
// index.html loads this with `<script async>`: it runs the moment it arrives, while the HTML is
// still parsed or the page's own script is still being fetched. It compiles the .wasm as its
// bytes stream in (the `<link rel="preload" as="fetch" crossorigin>` fetch is the one it uses)
// and instantiates the engine through the wasm-bindgen glue's init. It leaves the compiled
// module's promise in `globalThis.__RESUME_ANALYZER_EARLY__`, which engine.js's `loadEngine()`
// hands to the same init (the glue is one module, by URL, and keeps one instantiation).
//
// Whichever of the two comes first starts the engine, once: if the page's script has already
// started it (the global is there, null), this does nothing, so the .wasm is never fetched
// twice. A failure here (no `compileStreaming`, a .wasm served with another MIME type) is left
// to `loadEngine()`, which then fetches the .wasm itself. The single offline file leaves this
// script out (crates/xtask/src/single_file.rs): it starts its engine from the inlined bytes.
// The embed (`<resume-analyzer>`) does not need it: its host page loads engine.js alone.
// The one request it makes is for the page's own .wasm, a sibling of this script on the same
// origin (the trust suite checks that no request leaves the page).
(() => {
  if ('__RESUME_ANALYZER_EARLY__' in globalThis || typeof WebAssembly.compileStreaming !== 'function') return;
  const here = document.currentScript ? document.currentScript.src : document.baseURI;
  const compiled = WebAssembly.compileStreaming(fetch(new URL('pkg/resume_analyzer_wasm_bg.wasm', here)));
  compiled.catch(() => {});
  globalThis.__RESUME_ANALYZER_EARLY__ = compiled;
  import(new URL('pkg/resume_analyzer_wasm.js', here).href)
    .then((glue) => glue.default({ module_or_path: compiled }))
    .catch(() => {});
})();
