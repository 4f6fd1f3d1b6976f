#!/usr/bin/env node
// Dump the PDF.js text items of a PDF as JSON: the input of `resume_pdf::analyze_items`
// (crates/pdf), made by the page's own `pdfTextItems` (www/resume-analyzer.js); this script is
// for the CLI (`resume-cli` can read this JSON) and for regenerating test fixtures.
//
//   node tools/pdf/pdf-items.mjs resume.pdf > resume.items.json
//
// Output (camelCase, what `resume_pdf::PdfItems` deserializes):
//   { "pages": [ { "width", "height", ["x0", "y0",] "images",
//                  "items": [ { "str", "x", "y", "width", "height", "fontName", "hasEOL" } ] } ],
//     "fonts": { "<fontName>": "<the font's PostScript name, e.g. AAAAAA+LiberationSans>" } }
// x, y are `transform[4]`, `transform[5]` of PDF.js (PDF user space, origin bottom-left);
// `images` counts the page's image-painting operators. Numbers are rounded to 0.01 pt so the
// dumps are stable and small.
//
// When PDF.js cannot open the file, the output is { "error": { "name", "message" } } (exit
// status 2): `PasswordException` for an encrypted PDF, `InvalidPDFException` for a damaged or
// truncated one. `analyze_items` turns those into the same user-facing errors as the native
// reader.
//
// Needs `npm ci` in tools/pdf (pdfjs-dist, bundled locally; nothing is fetched at run time).

import { readFile } from "node:fs/promises";

// pdfjs-dist 6 targets Node >= 22 (and current browsers). Debian 12's Node 20 lacks these two
// (found by running it); the polyfills are only used under Node 20.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

if (typeof ArrayBuffer.prototype.transferToFixedLength !== "function") {
  // A copy instead of a transfer: the source buffer stays usable, which PDF.js never relies on.
  ArrayBuffer.prototype.transferToFixedLength = function transferToFixedLength(length) {
    const n = length ?? this.byteLength;
    const out = new ArrayBuffer(n);
    new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
    return out;
  };
}

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

// The page's own extraction (www/resume-analyzer.js), so the items the CLI and the test
// fixtures use are made exactly as the page makes them; only the PDF.js module differs (npm's
// legacy build here, the bundled one there).
const { pdfTextItems } = await import("../../www/resume-analyzer.js");

const path = process.argv[2];
if (!path) {
  console.error("usage: node pdf-items.mjs file.pdf > file.items.json");
  process.exit(64);
}
const items = await pdfTextItems(new Uint8Array(await readFile(path)), { pdfjs });
process.stdout.write(JSON.stringify(items) + "\n");
if (items.error) {
  console.error(`pdf-items: ${items.error.name}: ${items.error.message}`);
  process.exit(2);
}
