// engine-start.js: start the engine's .wasm as soon as the page's <head> is read.
//
// index.html loads this with `<script type="module" async>`: it runs the moment it arrives,
// while the HTML is still being parsed and long before the page's own script (a module script
// runs only after the whole document). It compiles the .wasm as its bytes stream in (the
// `<link rel="preload" as="fetch" crossorigin>` fetch is the one it uses) and instantiates the
// engine through the wasm-bindgen glue's init, which keeps that one instantiation: when
// engine.js's `loadEngine()` later imports the glue (the same module, by URL) and calls its
// init, it gets the instance started here. Without this the compile began only when the
// page's script ran: the .wasm sat fetched for ~50 ms (BENCHMARKS.md "Page open").
//
// Nothing here is required: a browser without `compileStreaming`, or a server that sends the
// .wasm with another MIME type, fails here quietly and `loadEngine()` starts the engine as
// before (the glue's init forgets a failed attempt). The single offline file leaves this
// script out (crates/xtask/src/single_file.rs): it starts its engine from the inlined bytes.
// The embed (`<resume-analyzer>`) does not need it either: its host page loads engine.js.
const wasm = new URL('./pkg/resume_analyzer_wasm_bg.wasm', import.meta.url);
const compiled =
  typeof WebAssembly.compileStreaming === 'function' ? WebAssembly.compileStreaming(fetch(wasm)) : null;
if (compiled) {
  compiled.catch(() => {});
  import('./pkg/resume_analyzer_wasm.js')
    .then((glue) => glue.default({ module_or_path: compiled }))
    .catch(() => {});
}
