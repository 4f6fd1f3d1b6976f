// The keywords panel: the coverage of each Tier-1 signal class as a bar chart, and the terms to
// add, each a button that copies only the term.
import { $, h, replaceKeepingFocus, titleCase, plural } from './dom.js';
import { page } from './state.js';

// Keyword coverage: one horizontal bar per Tier-1 class, the seed's range drawn behind it, in
// the page's own <svg id="coverage"> (its namespace is where new chart elements go).
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS($('coverage').namespaceURI, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One bar per class, the seed's range behind it. Drawn in CSS pixels (the SVG is not scaled),
 *  so its text stays readable; narrow screens put each label above its bar. */
function renderCoverageChart(chart, classes, width) {
  const narrow = width < 480;
  const labelWidth = narrow ? 0 : 150;
  const countWidth = narrow ? 0 : 160;
  const barWidth = Math.max(80, width - labelWidth - countWidth - 4);
  const rowHeight = narrow ? 44 : 28;
  const barTop = narrow ? 22 : 5;
  const height = classes.length * rowHeight + 4;
  const max = Math.max(8, ...classes.map((c) => Math.max(c.occurrences || 0, c.density ? c.density.max : 0)));
  const scale = (n) => (n / max) * barWidth;
  const described = classes
    .map((c) => `${c.label || c.class}: ${c.occurrences} (${c.density ? `target ${c.density.min}–${c.density.max}` : 'no target'}), ${c.status || ''}`)
    .join('; ');
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('width', width);
  chart.setAttribute('height', height);
  chart.setAttribute('aria-label', `Tier-1 signal-class coverage. ${described}`);
  chart.replaceChildren();
  classes.forEach((c, i) => {
    const y = i * rowHeight + 2;
    const row = svg('g', { class: `row status-${c.status || 'unknown'}` });
    const target = c.density ? ` · target ${c.density.min}–${c.density.max}` : '';
    const status = c.status && c.status !== 'ok' ? ` ${c.status}` : '';
    const count = `${c.occurrences || 0}${target}${status}`;
    row.append(svg('text', { x: 0, y: y + (narrow ? 14 : 18), class: 'label' }, c.label || titleCase(c.class)));
    row.append(svg('rect', { x: labelWidth, y: y + barTop, width: barWidth, height: 16, class: 'track', rx: 3 }));
    if (c.density) {
      row.append(
        svg('rect', {
          x: labelWidth + scale(c.density.min),
          y: y + barTop - 3,
          width: Math.max(2, scale(c.density.max - c.density.min)),
          height: 22,
          class: 'target',
          rx: 3,
        }),
      );
    }
    row.append(svg('rect', { x: labelWidth, y: y + barTop + 3, width: scale(c.occurrences || 0), height: 10, class: 'value', rx: 2 }));
    row.append(
      narrow
        ? svg('text', { x: width, y: y + 14, class: 'count', 'text-anchor': 'end' }, count)
        : svg('text', { x: labelWidth + barWidth + 8, y: y + 18, class: 'count' }, count),
    );
    chart.append(row);
  });
}

// The chart is drawn at its box's width, known only once the page is laid out. Reading it while
// the report renders (clientWidth) forced a layout of the whole page in the middle of the first
// render, the largest cost of the page's own script before the first report. A ResizeObserver
// reports the width after layout instead (and on every change): until it has, the chart is
// drawn at its widest (the SVG scales down to its box) and redrawn at the real width in the next
// frame.
let coverageWidth = 0;
let coverageRedraw = 0;

const chartWidth = () => Math.floor(Math.min(560, coverageWidth || 560));

function drawCoverage(classes) {
  $('coverage').toggleAttribute('hidden', classes.length === 0); // an SVG element has no .hidden
  $('coverage-empty').hidden = classes.length > 0;
  renderCoverageChart($('coverage'), classes, chartWidth());
}

new ResizeObserver((entries) => {
  const drawn = chartWidth();
  coverageWidth = Math.floor(entries[entries.length - 1].contentRect.width);
  if (!page.report || chartWidth() === drawn) return;
  // Not in this callback: the new drawing changes the box's height, which the observer would
  // report again within this frame ("ResizeObserver loop completed with undelivered
  // notifications", an error in WebKit).
  cancelAnimationFrame(coverageRedraw);
  coverageRedraw = requestAnimationFrame(() => drawCoverage((page.report.keywords || {}).classes || []));
}).observe($('coverage-chart'));

/** "skills", "bullets" → where a term would go, in words. */
const PLACES = { skills: 'the Skills section', bullets: 'a bullet of your latest role', summary: 'the summary', experience: 'a bullet of your latest role' };

function placesText(placement) {
  const list = (Array.isArray(placement) ? placement : placement ? [placement] : []).map((p) => PLACES[p] || p).filter(Boolean);
  return list.join(' or ');
}

export function renderKeywords(report) {
  const k = report.keywords || {};
  const bits = [];
  if (typeof k.tier1Distinct === 'number') {
    const t = k.tier1Target;
    bits.push(
      `${plural(k.tier1Distinct, 'core backend term')}${t && t.target ? ` (the guides suggest ${t.target.min}–${t.target.max} for ${t.level ? `${t.level} level` : 'this level'})` : ''}`,
    );
  }
  if (typeof k.tier1InContext === 'number') bits.push(`${k.tier1InContext} used in a bullet or the summary`);
  $('keyword-summary').textContent = bits.join(' · ');
  drawCoverage(k.classes || []);
  const suggestions = k.suggestions || [];
  const chips = suggestions
    .filter((s) => s && typeof s.term === 'string' && s.term)
    .map((s, i) => {
      const where = placesText(s.placement);
      return h(
        'li',
        {},
        h(
          'button',
          { type: 'button', className: 'chip', dataset: { key: `chip:${i}:${s.term}`, term: s.term }, 'aria-describedby': 'chips-help' },
          h('span', { className: 'chip-term' }, s.term),
          where ? h('span', { className: 'chip-where' }, ` · in ${where}`) : null,
        ),
      );
    });
  if (chips.length === 0) chips.push(h('li', { className: 'muted' }, 'No terms to suggest.'));
  replaceKeepingFocus($('chips'), chips);
  $('chips-help').hidden = suggestions.length === 0;
}

$('chips').addEventListener('click', async (event) => {
  const chip = event.target.closest('button.chip');
  if (!chip) return;
  const term = chip.dataset.term;
  const status = $('copy-status');
  try {
    if (!navigator.clipboard || !navigator.clipboard.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(term);
    status.replaceChildren('Copied ', h('q', {}, term), '. Add it only where it is true of your work.');
  } catch {
    // Clipboard blocked (permissions, insecure context): show the text, selected, to copy by hand.
    const field = h('input', { type: 'text', readonly: true, value: term, 'aria-label': 'Term to copy', className: 'copy-field' });
    status.replaceChildren('Copying is blocked here; press Ctrl+C (⌘C) to copy: ', field);
    field.focus();
    field.select();
  }
});
