#!/usr/bin/env node
// Dump the PDF.js text items of a PDF as JSON: the input of `resume_pdf::analyze_items`
// (crates/pdf). The page does the same with the same library in the browser; this script is
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

const round = (n) => Math.round(n * 100) / 100;

async function dump(path) {
  const data = new Uint8Array(await readFile(path));
  const task = pdfjs.getDocument({
    data,
    // `name` of each font (the PostScript name), so icon fonts can be recognized.
    fontExtraProperties: true,
    // No font files, no eval, no network: only text and operators are needed.
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages = [];
  const fonts = {};
  const { OPS } = pdfjs;
  const imageOps = new Set([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ].filter((op) => op !== undefined));
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [vx0, vy0, vx1, vy1] = page.view;
    const content = await page.getTextContent();
    // The operator list loads the page's fonts into commonObjs (for their names) and tells
    // how many images the page paints.
    const ops = await page.getOperatorList();
    let images = 0;
    for (const op of ops.fnArray) {
      if (imageOps.has(op)) images++;
    }
    const items = [];
    for (const item of content.items) {
      if (item.str === undefined) continue; // marked-content markers
      items.push({
        str: item.str,
        x: round(item.transform[4]),
        y: round(item.transform[5]),
        width: round(item.width),
        height: round(item.height),
        fontName: item.fontName,
        hasEOL: item.hasEOL,
      });
      if (!(item.fontName in fonts)) {
        fonts[item.fontName] = fontLabel(page, item.fontName, content.styles[item.fontName]);
      }
    }
    const out = { width: round(vx1 - vx0), height: round(vy1 - vy0) };
    // The page's lower-left corner in user space, when it is not the origin: item positions
    // stay in user space, as PDF.js gives them, and the analysis subtracts it.
    if (vx0 !== 0) out.x0 = round(vx0);
    if (vy0 !== 0) out.y0 = round(vy0);
    pages.push({ ...out, images, items });
    page.cleanup();
  }
  await task.destroy();
  return { pages, fonts };
}

function fontLabel(page, fontName, style) {
  try {
    if (page.commonObjs.has(fontName)) {
      const font = page.commonObjs.get(fontName);
      if (font && typeof font.name === "string" && font.name) return font.name;
      if (font?.cssFontInfo?.fontFamily) return font.cssFontInfo.fontFamily;
    }
  } catch {
    // Not loaded: fall back to the style's family below.
  }
  return style?.fontFamily ?? fontName;
}

const path = process.argv[2];
if (!path) {
  console.error("usage: node pdf-items.mjs file.pdf > file.items.json");
  process.exit(64);
}
try {
  process.stdout.write(JSON.stringify(await dump(path)) + "\n");
} catch (err) {
  const error = { name: err?.name ?? "Error", message: String(err?.message ?? err) };
  process.stdout.write(JSON.stringify({ error }) + "\n");
  console.error(`pdf-items: ${error.name}: ${error.message}`);
  process.exit(2);
}
