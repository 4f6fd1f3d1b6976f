// highlight-editor.js: findings drawn over the resume text, and the editor that keeps them in
// place while the user types (the page's editor and the <resume-analyzer> element share it).
//
// Plain DOM, no engine: it draws the spans a report gives (UTF-16 offsets) as nested <mark>
// elements over a copy of the text behind a transparent <textarea>.

// Highlights: nested <mark> elements over a copy of the text.

/** Findings that can be drawn on `text`: a UTF-16 span inside it, not empty. Returns
 *  `{start, end, index, finding}` sorted outermost first (start asc, end desc, index asc). */
export function highlightRanges(text, findings) {
  const ranges = [];
  (findings || []).forEach((finding, index) => {
    const span = finding && finding.utf16;
    if (!span) return;
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(0, Math.min(span.end, text.length));
    if (end > start) ranges.push({ start, end, index, finding });
  });
  ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  return ranges;
}

function outerFirst(a, b) {
  return a.start - b.start || b.end - a.end || a.index - b.index;
}

/** Fill `target` with `text`, wrapping each finding's span in a <mark>. Overlapping spans nest;
 *  a span that crosses another is split, so every piece stays visible. The text goes in as
 *  text nodes only: nothing in a resume is ever parsed as HTML. */
export function renderHighlights(target, text, findings, selected = -1) {
  const ranges = highlightRanges(text, findings);
  const doc = target.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const points = new Set([0, text.length]);
  for (const r of ranges) {
    points.add(r.start);
    points.add(r.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  // Active ranges per elementary segment, in outermost-first order; the open <mark>s form a
  // stack that is closed back to the longest common prefix at each cut.
  let active = [];
  let next = 0;
  const stack = [];
  const parents = [fragment];
  for (let c = 0; c < cuts.length - 1; c += 1) {
    const from = cuts[c];
    const to = cuts[c + 1];
    active = active.filter((r) => r.end > from);
    while (next < ranges.length && ranges[next].start <= from) {
      if (ranges[next].end > from) active.push(ranges[next]);
      next += 1;
    }
    active.sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep += 1;
    stack.length = keep;
    parents.length = keep + 1;
    for (let i = keep; i < active.length; i += 1) {
      const r = active[i];
      const mark = doc.createElement('mark');
      mark.dataset.rule = r.finding.rule;
      mark.dataset.finding = String(r.index);
      mark.dataset.severity = r.finding.severity;
      mark.className = `sev-${r.finding.severity}${r.index === selected ? ' current' : ''}`;
      parents[parents.length - 1].appendChild(mark);
      stack.push(r);
      parents.push(mark);
    }
    parents[parents.length - 1].appendChild(doc.createTextNode(text.slice(from, to)));
  }
  // A trailing newline needs a character after it to take up a line, as it does in a textarea.
  fragment.appendChild(doc.createTextNode('\u200b'));
  target.replaceChildren(fragment);
}

/** Move findings' UTF-16 spans through an edit from `before` to `after`, so highlights stay on
 *  their words while the next analysis runs. Spans wholly inside the changed region go. */
export function shiftFindings(findings, before, after) {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out = [];
  for (const f of findings || []) {
    const s = f && f.utf16;
    if (!s) {
      out.push(f);
      continue;
    }
    let span = null;
    if (s.end <= prefix) span = s;
    else if (s.start >= editEnd) span = { start: s.start + delta, end: s.end + delta };
    else if (s.start <= prefix && s.end >= editEnd) span = { start: s.start, end: s.end + delta };
    out.push(span ? { ...f, utf16: span } : { ...f, utf16: null });
  }
  return out;
}

/** Above this many UTF-16 units the backdrop is not redrawn on every keystroke. */
export const LARGE_TEXT = 40000;

/**
 * The editor: a transparent <textarea> over a backdrop that mirrors its text with <mark>s.
 * `root` holds `.backdrop` and a `textarea`; both share font, padding and wrapping (CSS), and
 * the backdrop sets the height, so they never scroll apart.
 */
export class HighlightEditor {
  constructor(root, { onInput, onHover, onCaret } = {}) {
    this.root = root;
    this.textarea = root.querySelector('textarea');
    this.backdrop = root.querySelector('.backdrop');
    this.findings = [];
    this.selected = -1;
    this.base = ''; // the text this.findings' spans refer to
    this.onHover = onHover;
    this.onCaret = onCaret;
    this.hoverFrame = 0;
    this.drawTimer = 0;
    this.textarea.addEventListener('input', () => {
      const text = this.textarea.value;
      this.findings = shiftFindings(this.findings, this.base, text);
      this.base = text;
      // Redrawing thousands of marks on every key of a huge text would lag the typing: there,
      // the backdrop catches up once typing pauses (or when the next report arrives).
      clearTimeout(this.drawTimer);
      if (text.length <= LARGE_TEXT) this.draw(text);
      else this.drawTimer = setTimeout(() => this.draw(), 150);
      if (onInput) onInput(text);
    });
    // A mark under the pointer sits below the textarea: find it by hit-testing the point.
    this.textarea.addEventListener('mousemove', (event) => {
      if (!this.onHover || this.hoverFrame) return;
      const { clientX, clientY } = event;
      this.hoverFrame = requestAnimationFrame(() => {
        this.hoverFrame = 0;
        const all = this.findingsAtPoint(clientX, clientY);
        this.onHover(all.length ? all[0] : -1, clientX, clientY, all);
      });
    });
    this.textarea.addEventListener('mouseleave', () => {
      if (this.onHover) this.onHover(-1, 0, 0);
    });
    // The caret on a highlight (a click, a tap, the arrow keys) says what
    // is there, like hovering it: keyboard and touch users have no hover.
    const caret = () => {
      if (!this.onCaret) return;
      const pos = this.textarea.selectionStart;
      const all = this.findingsAt(pos);
      this.onCaret(all.length ? all[0] : -1, all, all.length ? this.offsetRect(pos) : null);
    };
    this.textarea.addEventListener('click', caret);
    this.textarea.addEventListener('keyup', (event) => {
      if (event.key.startsWith('Arrow') || event.key.startsWith('Page') || event.key === 'Home' || event.key === 'End') caret();
    });
  }

  get value() {
    return this.textarea.value;
  }

  set value(text) {
    this.textarea.value = text;
    this.base = this.textarea.value;
    this.findings = [];
    this.selected = -1;
    this.draw();
  }

  /** Show `findings` (from a report on `text`); `text` must be the editor's current text. */
  setFindings(findings, text = this.textarea.value) {
    if (text !== this.textarea.value) return; // stale: a newer edit is on its way
    this.findings = findings || [];
    this.base = text;
    this.draw(text);
  }

  draw(text = this.textarea.value) {
    clearTimeout(this.drawTimer);
    renderHighlights(this.backdrop, text, this.findings, this.selected);
  }

  /** The innermost finding under UTF-16 offset `pos`, or -1. */
  findingAt(pos) {
    const all = this.findingsAt(pos);
    return all.length ? all[0] : -1;
  }

  /** Every finding whose span holds UTF-16 offset `pos`, innermost (shortest) first. */
  findingsAt(pos) {
    const hits = [];
    this.findings.forEach((f, i) => {
      const s = f && f.utf16;
      if (s && s.start <= pos && pos < s.end) hits.push([s.end - s.start, i]);
    });
    return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  }

  /** The innermost finding under the viewport point (x, y), or -1. */
  findingAtPoint(x, y) {
    const all = this.findingsAtPoint(x, y);
    return all.length ? all[0] : -1;
  }

  /** Every finding whose highlight is under the viewport point (x, y), innermost first. */
  findingsAtPoint(x, y) {
    const scope = this.root.getRootNode();
    const hits = scope.elementsFromPoint ? scope.elementsFromPoint(x, y) : [];
    const found = [];
    for (const el of hits) {
      if (el.tagName !== 'MARK' || !this.backdrop.contains(el)) continue;
      const index = Number(el.dataset.finding);
      if (!found.includes(index)) found.push(index);
    }
    return found;
  }

  /** Outline finding `index`'s marks as the current one (no redraw). */
  setCurrent(index) {
    this.selected = index;
    for (const mark of this.backdrop.querySelectorAll('mark.current')) mark.classList.remove('current');
    for (const mark of this.backdrop.querySelectorAll(`mark[data-finding="${index}"]`)) mark.classList.add('current');
  }

  /** Mark finding `index` as current and select its text; `focus` moves focus to the editor. */
  select(index, { focus = false } = {}) {
    this.setCurrent(index);
    const f = this.findings[index];
    const span = f && f.utf16;
    if (!span) return false;
    this.textarea.setSelectionRange(span.start, span.end);
    if (focus) this.textarea.focus({ preventScroll: true });
    this.reveal(index);
    return true;
  }

  /** Scroll the editor's scroll box (not the page) so finding `index` is in view. */
  reveal(index) {
    const f = this.findings[index];
    if (f && f.utf16) this.revealOffset(f.utf16.start);
  }

  /** Scroll the editor's scroll box (not the page) so UTF-16 offset `offset` is in view. */
  revealOffset(offset) {
    const box = this.root.closest('.editor-scroll') || this.root.parentElement;
    const rect = box ? this.offsetRect(offset) : null;
    if (!rect) return;
    const top = rect.top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop + 8 || top > box.scrollTop + box.clientHeight - 40) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  /** The viewport rectangle of the character at UTF-16 offset `offset` (its line's box in
   *  the backdrop, which lies exactly under the textarea's text), or null. */
  offsetRect(offset) {
    const walker = this.root.ownerDocument.createTreeWalker(this.backdrop, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      if (seen + length > offset) {
        const range = this.root.ownerDocument.createRange();
        const at = Math.max(0, Math.min(length, offset - seen));
        range.setStart(node, at);
        range.setEnd(node, Math.min(length, at + 1));
        return range.getBoundingClientRect();
      }
      seen += length;
    }
    return null;
  }

  /** The index of the next (or previous) highlighted finding from the caret, wrapping. */
  step(direction) {
    const order = highlightRanges(this.textarea.value, this.findings);
    if (order.length === 0) return -1;
    const caret = this.textarea.selectionStart;
    const current = order.findIndex((r) => r.index === this.selected);
    let pos;
    if (current >= 0 && order[current].start === caret) pos = current + direction;
    else if (direction > 0) {
      pos = order.findIndex((r) => r.start > caret);
      if (pos < 0) pos = order.length;
    } else {
      pos = order.length - 1;
      while (pos >= 0 && order[pos].start >= caret) pos -= 1;
    }
    pos = (pos + order.length) % order.length;
    return order[pos].index;
  }
}

/** Is this keydown a "next finding" (1), "previous finding" (-1) shortcut, or neither (0)? */
export function findingShortcut(event) {
  if (event.key === 'F8') return event.shiftKey ? -1 : 1;
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    if (event.key === 'ArrowDown') return 1;
    if (event.key === 'ArrowUp') return -1;
  }
  return 0;
}
