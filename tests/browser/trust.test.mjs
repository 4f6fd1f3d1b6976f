// What a job-seeker sees first and reads: the score with its band and meaning, the top fixes,
// the findings in plain words (grouped, nothing like "null" or "undefined" shown), the sample's
// actions, undo, drop anywhere, print, export, the footer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForScore, skipReason, withServerAndBrowser, settle, setText } from './harness.mjs';

const skip = skipReason() || false;
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (path) => readFileSync(join(FIXTURES, path), 'utf8');

/** Words that mean the page printed a value it did not have. */
const BROKEN = /\b(null|undefined|NaN)\b|\[object/;
/** A seed citation ("seed 003", "(seeds 000, 004)", "seed 002's"): it belongs inside a rule's
 *  "Why this matters" details, never in a message or fix. */
const CITATION = /\bseeds? \d{3}|\bseeds?['’]/i;

/**
 * Everything the user can read in the summary, the report, the details box and the tooltip:
 * returns the problems found (a broken word, or an element that shows nothing where it should
 * show text), each with where it is.
 */
function shownProblems(page) {
  return page.evaluate(([broken, citation]) => {
    const bad = new RegExp(broken);
    const cites = new RegExp(citation, 'i');
    const problems = [];
    const where = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    for (const root of document.querySelectorAll('#summary, #report, #tooltip, .foot, #sample-bar, #file-status')) {
      if (!visible(root)) continue;
      // The resume's own text (quoted in places, the ATS view) is the user's: not checked.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('#ats, blockquote, .place, .bullet-body > button, textarea') || !visible(el)) continue;
        const m = bad.exec(node.data);
        if (m) problems.push(`${where(el)}: "${m[0]}" in "${node.data.trim().slice(0, 100)}"`);
        const cited = el.closest('details.rule-details') ? null : cites.exec(node.data);
        if (cited) problems.push(`${where(el)}: a seed citation "${cited[0]}" outside the details in "${node.data.trim().slice(0, 100)}"`);
      }
      for (const el of root.querySelectorAll('li, p, button, h2, h3, h4, blockquote, summary, td, th, dd, dt, span.badge, .group-message, .group-fix, .top-fix-message, .band, .band-meaning')) {
        // Live regions (status lines) are empty until they have something to say.
        if (!visible(el) || el.closest('[aria-hidden="true"], [role="status"], [aria-live]:not(#score)')) continue;
        if (el.textContent.trim() === '' && !el.querySelector('svg, input, progress')) problems.push(`${where(el)} is shown empty`);
      }
      for (const el of root.querySelectorAll('[title], [aria-label]')) {
        for (const attr of ['title', 'aria-label']) {
          const value = el.getAttribute(attr);
          if (value !== null && (value.trim() === '' || bad.test(value))) problems.push(`${where(el)} ${attr}="${value}"`);
        }
      }
    }
    return problems;
  }, [BROKEN.source, CITATION.source]);
}

/** Open every group, then select every place one by one, checking what is shown each time. */
async function walkEveryFinding(page, label) {
  const problems = new Set();
  const add = (list, context) => list.forEach((p) => problems.add(`${label}, ${context}: ${p}`));
  add(await shownProblems(page), 'first screen');
  const groups = await page.locator('#findings button.group-toggle').count();
  for (let g = 0; g < groups; g += 1) {
    const toggle = page.locator('#findings button.group-toggle').nth(g);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  for (const details of await page.locator('#findings details.rule-details').all()) {
    await details.evaluate((d) => {
      d.open = true;
    });
  }
  add(await shownProblems(page), 'every group open');
  const places = await page.locator('#findings button.finding').count();
  const findings = await page.evaluate(async () => {
    const api = await import('./resume-analyzer.js');
    return api.analyze(document.querySelector('#resume').value, {
      format: document.querySelector('#format').value,
      jobDescription: document.querySelector('#jd').value,
      today: api.todayOption(),
    });
  });
  assert.equal(places, findings.findings.length, `${label}: every finding has a place in the list`);
  for (let i = 0; i < places; i += 1) {
    await page.locator('#findings button.finding').nth(i).click();
    await page.locator('#details details.rule-details').evaluate((d) => {
      d.open = true;
    });
    add(await shownProblems(page), `finding ${i + 1} of ${places} selected`);
  }
  // The tooltip of every highlight.
  const marks = await page.$$eval('#editor .backdrop mark', (all) =>
    all.map((m) => {
      const r = m.getClientRects()[0];
      return r ? { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2, i: m.dataset.finding } : null;
    }).filter(Boolean),
  );
  const seen = new Set();
  for (const mark of marks) {
    if (seen.has(mark.i)) continue;
    seen.add(mark.i);
    await page.evaluate((m) => {
      const box = document.querySelector('.editor-scroll');
      const el = document.querySelector(`#editor .backdrop mark[data-finding="${m}"]`);
      const top = el.offsetTop;
      if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 30) box.scrollTop = top - 40;
    }, mark.i);
    const point = await page.$eval(`#editor .backdrop mark[data-finding="${mark.i}"]`, (m) => {
      const r = m.getClientRects()[0];
      return { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => !document.querySelector('#tooltip').hidden, null, { timeout: 2000 }).catch(() => {});
    add(await shownProblems(page), `tooltip of finding ${mark.i}`);
  }
  assert.ok(seen.size > 0, `${label}: some highlights were hovered`);
  return [...problems];
}

describe('what a job-seeker reads', { skip }, () => {
  let server;
  let browser;
  withServerAndBrowser((s, b) => {
    server = s;
    browser = b;
  });

  const open = async (options) => {
    const opened = await openPage(browser, options);
    await opened.page.goto(`${server.origin}/index.html`);
    await waitForScore(opened.page);
    await settle(opened.page);
    return opened;
  };

  it('first screen: the score, its band and what it means, and the top 3 fixes', async () => {
    const { page, context, errors } = await open();
    const shown = await page.evaluate(() => ({
      band: document.querySelector('#band').textContent,
      meaning: document.querySelector('#band-meaning').textContent,
      bands: document.querySelectorAll('#band-scale li').length,
      current: document.querySelector('#band-scale li[aria-current="true"]')?.textContent || '',
      fixes: [...document.querySelectorAll('#top-fixes .top-fix')].map((li) => li.textContent),
      fold: Math.max(...[...document.querySelectorAll('#top-fixes .top-fix, #band-meaning, #sample-bar, #legend')].map((el) => el.getBoundingClientRect().bottom)),
      sample: document.querySelector('#sample-bar').getClientRects().length > 0 && document.querySelector('#sample-note').textContent,
    }));
    const report = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      return api.analyze(document.querySelector('#resume').value, { today: api.todayOption() });
    });
    const band = typeof report.score.band === 'object' ? report.score.band : report.score.bands.find((b) => b.id === report.score.band);
    assert.equal(shown.band, band.label);
    assert.equal(shown.meaning, band.meaning);
    assert.ok(shown.meaning.length > 20, 'one sentence of meaning');
    assert.equal(shown.bands, report.score.bands.length);
    assert.match(shown.current, new RegExp(band.label));
    const top = report.topFixes.slice(0, 3).map((i) => report.groups[i]);
    assert.equal(shown.fixes.length, top.length);
    assert.ok(top.length === 3, 'the sample has three fixes worth points');
    top.forEach((g, i) => assert.ok(shown.fixes[i].includes(g.message), `fix ${i + 1}: ${shown.fixes[i]} shows ${g.message}`));
    assert.ok(shown.fold <= 900, `the top fixes, the sample banner and the colour legend end at ${shown.fold}px, inside the first screen`);
    assert.match(shown.sample || '', /^Sample resume/i, 'the sample is marked as such');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a top fix is one click from its place in the text', async () => {
    const { page, context } = await open();
    const report = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      return api.analyze(document.querySelector('#resume').value, { today: api.todayOption() });
    });
    const shownGroup = report.topFixes.find((g) => report.findings[report.groups[g].findings[0]].utf16);
    const rank = report.topFixes.indexOf(shownGroup);
    if (rank > 2) return; // none of the three has a place in the text
    const first = report.findings[report.groups[shownGroup].findings[0]];
    await page.locator('#top-fixes button.top-fix-go').nth(rank).click();
    const state = await page.evaluate(() => {
      const t = document.querySelector('#resume');
      return { focused: document.activeElement === t, start: t.selectionStart, end: t.selectionEnd, current: document.querySelectorAll('#editor .backdrop mark.current').length };
    });
    assert.ok(state.focused, 'the editor has focus');
    assert.deepEqual([state.start, state.end], [first.utf16.start, first.utf16.end], 'its first place is selected');
    assert.ok(state.current > 0, 'and outlined');
    const expanded = await page.$eval(`#findings li.group[data-rule="${report.groups[shownGroup].rule}"] button.group-toggle`, (b) => b.getAttribute('aria-expanded'));
    assert.equal(expanded, 'true', 'its group is open in the findings list');
    await context.close();
  });

  it('findings: one item per group with its count, message first, the rule inside details', async () => {
    const { page, context } = await open();
    const report = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      return api.analyze(document.querySelector('#resume').value, { today: api.todayOption() });
    });
    const items = await page.$$eval('#findings li.group', (lis) =>
      lis.map((li) => ({
        rule: li.dataset.rule,
        head: li.querySelector('.group-toggle').textContent,
        places: li.querySelectorAll('button.finding').length,
        ruleIdOutsideDetails: [...li.querySelectorAll('.rule-id')].some((r) => !r.closest('details')),
        details: li.querySelector('details.rule-details')?.textContent || '',
      })),
    );
    assert.deepEqual(items.map((i) => i.rule), report.groups.map((g) => g.rule), 'in the report\'s order');
    items.forEach((item, i) => {
      assert.ok(item.head.includes(report.groups[i].message), item.head);
      assert.ok(!item.head.includes(item.rule), `no rule id in the heading: ${item.head}`);
      assert.equal(item.places, report.groups[i].count);
      assert.equal(item.ruleIdOutsideDetails, false);
      assert.ok(item.details.includes(item.rule), `the rule id is inside "Why this matters": ${item.details}`);
      const source = report.rules.find((r) => r.id === item.rule)?.source || '';
      const cited = /^\d/.test(source) ? `seed${source.includes(',') ? 's' : ''} ${source}` : source;
      assert.ok(item.details.includes(`Source: ${cited}`), `${item.rule}: its source (${cited}) is inside the details: ${item.details}`);
    });
    assert.ok(items.some((i) => i.places > 1), 'some group holds several places');
    await context.close();
  });

  const resumes = [
    ['the sample', null, null],
    ['a weak resume', 'resumes/weak.md', null],
    ['a strong resume', 'resumes/strong-senior.md', null],
    ['a resume with a job description', 'jd/resume_partial.txt', 'jd/senior_backend_payments.txt'],
  ];
  for (const [label, resume, jd] of resumes) {
    it(`shows no "null", "undefined", "NaN", "[object" or empty field: every finding of ${label}`, async () => {
      const { page, context, errors } = await open();
      if (resume) await setText(page, '#resume', fixture(resume));
      if (jd) await setText(page, '#jd', fixture(jd));
      await page.waitForSelector('#findings button.finding', { state: 'attached' });
      const problems = await walkEveryFinding(page, label);
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('the bullet workbench: the grade follows the draft, "Replace in resume" puts it back, undoably', async () => {
    const { page, context } = await open();
    const before = await page.inputValue('#resume');
    const weak = 'Responsible for maintaining the order service and handling on-call tickets.';
    const index = await page.$$eval('#bullets .bullet', (lis, weak) => lis.findIndex((li) => li.textContent.includes(weak)), weak);
    assert.ok(index >= 0);
    const was = await page.locator('#bullets .bullet').nth(index).locator('.grade').textContent();
    await page.locator('#bullets .bullet').nth(index).locator('button.rewrite').click();
    assert.equal(await page.inputValue('#workbench-text'), weak, 'prefilled with the bullet\'s own words');
    assert.deepEqual(await shownProblems(page), [], 'the workbench shows nothing broken');
    assert.ok(await page.evaluate(() => document.activeElement.id === 'workbench-text'));
    const draft = 'Cut weekly on-call pages for the order service from 40 to 12 by adding idempotent retries in Go.';
    await page.fill('#workbench-text', draft);
    await page.waitForFunction((was) => {
      const grade = document.querySelector('#workbench-grade .grade');
      return grade && !grade.textContent.endsWith(was) && /Was/.test(document.querySelector('#workbench-grade').textContent);
    }, was.replace('Grade ', ''));
    const now = await page.textContent('#workbench-grade .grade');
    assert.match(now, /A|B/, `the draft grades ${now}`);
    assert.equal(await page.inputValue('#resume'), before, 'nothing goes in before "Replace in resume"');
    await page.click('#workbench-replace');
    await settle(page);
    const after = await page.inputValue('#resume');
    assert.equal(after, before.replace(weak, draft));
    const listed = await page.$$eval('#bullets .bullet', (lis, draft) => lis.find((li) => li.textContent.includes(draft))?.querySelector('.grade').textContent, draft);
    assert.equal(listed, now, 'the workbench showed the grade the bullet gets in the resume');
    assert.ok(await page.isHidden('#workbench'));
    // The browser's own undo takes it back, and so does the page's Undo.
    await page.focus('#resume');
    await page.keyboard.press('Control+Z');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), before, 'Ctrl+Z');
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), after, 'Ctrl+Shift+Z');
    await page.click('#undo');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), before, 'the page\'s Undo');
    await context.close();
  });

  it('the bullet workbench asks for the missing measured result as a question, and never invents a figure', async () => {
    const { page, context } = await open();
    const before = await page.inputValue('#resume');
    // A weak bullet with no figure at all: what changed, by how much and how are all missing.
    const weak = 'Worked on the internal admin dashboard and various backend improvements.';
    const bullet = page.locator('#bullets .bullet').filter({ hasText: weak });
    assert.equal(await bullet.count(), 1);
    await bullet.locator('button.rewrite').click();
    await page.waitForSelector('#workbench:not([hidden]) .xyz');
    /** The workbench as shown: each XYZ part (missing or not, and its text), the draft, and
     *  every figure in the parts, the draft and the rewrite the hint quotes ("Try: … “…”"),
     *  the places a figure could be offered as the bullet's own. */
    const shown = () =>
      page.evaluate(() => {
        const box = document.querySelector('#workbench');
        const parts = Object.fromEntries(
          [...box.querySelectorAll('.xyz-part')].map((el) => [el.dataset.part, { missing: el.classList.contains('missing'), text: el.querySelector('dd').textContent }]),
        );
        const draft = document.querySelector('#workbench-text').value;
        const hint = box.querySelector('#workbench-grade .hint')?.textContent || '';
        const quoted = (/["“]([^"”]+)["”]/.exec(hint) || ['', ''])[1];
        const offered = [...Object.values(parts).map((p) => p.text), draft, quoted].join(' ');
        return { parts, draft, quoted, figures: offered.match(/(?<![\w])\d[\d,.]*%?/g) || [] };
      });
    let now = await shown();
    assert.equal(now.draft, weak, 'the draft starts as the bullet\'s own words');
    assert.ok(now.parts.y.missing, 'the measured result is marked missing');
    assert.match(now.parts.y.text, /^By how much\? .+/, `asked as a question: ${now.parts.y.text}`);
    assert.ok(now.parts.x.missing && /\?/.test(now.parts.x.text), `what changed is asked too: ${now.parts.x.text}`);
    assert.ok(now.quoted.length > 10, `the hint quotes a rewrite in the bullet's own words: ${now.quoted}`);
    assert.deepEqual(now.figures, [], 'no figure the bullet does not have is shown as part of it, quoted as a rewrite or put in the draft');
    assert.deepEqual(await shownProblems(page), [], 'the workbench shows nothing broken');

    // The user answers what changed and how, but has no figure: the question stays, and
    // nothing fills one in.
    const noFigure = 'Built the internal admin dashboard in React and Go for the support team.';
    await page.fill('#workbench-text', noFigure);
    await page.waitForFunction(() => /Was|Same grade/.test(document.querySelector('#workbench-grade').textContent));
    now = await shown();
    assert.ok(now.parts.y.missing, 'still no measured result');
    assert.match(now.parts.y.text, /^By how much\?/);
    assert.ok(!now.parts.x.missing, `what changed is found in the draft: ${now.parts.x.text}`);
    assert.deepEqual(now.figures, []);
    assert.equal(await page.inputValue('#resume'), before, 'nothing goes in before "Replace in resume"');
    await page.click('#workbench-replace');
    await settle(page);
    const after = await page.inputValue('#resume');
    assert.equal(after, before.replace(weak, noFigure), 'exactly the draft goes in, no figure added');
    assert.deepEqual(after.match(/\d[\d,.]*/g), before.match(/\d[\d,.]*/g), 'the resume has the same figures as before');

    // Undoable: the browser's undo, then the page's Undo.
    await page.focus('#resume');
    await page.keyboard.press('Control+Z');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), before, 'Ctrl+Z');
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), after, 'Ctrl+Shift+Z');
    await page.click('#undo');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), before, 'the page\'s Undo');

    // A figure the user types is theirs: the question goes away and their figure is the result.
    await page.locator('#bullets .bullet').filter({ hasText: weak }).locator('button.rewrite').click();
    await page.fill('#workbench-text', 'Built the internal admin dashboard in React and Go, cutting support tickets by 30%.');
    await page.waitForFunction(() => !document.querySelector('.xyz-part[data-part="y"]').classList.contains('missing'));
    now = await shown();
    assert.match(now.parts.y.text, /30%/);
    await context.close();
  });

  it('job description: its requirements highlighted in the posting, and the comparison table', async () => {
    const { page, context } = await open();
    await setText(page, '#resume', fixture('jd/resume_partial.txt'));
    await setText(page, '#jd', fixture('jd/senior_backend_payments.txt'));
    await page.waitForSelector('table.requirements');
    const report = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      return api.analyze(document.querySelector('#resume').value, { jobDescription: document.querySelector('#jd').value, today: api.todayOption() });
    });
    const m = report.match;
    assert.ok(m.requirements.length > 3);
    assert.ok(m.requirements.some((r) => r.matched) && m.requirements.some((r) => !r.matched), 'some met, some missing');
    const rows = await page.$$eval('table.requirements tbody tr', (trs) => trs.map((tr) => ({ label: tr.querySelector('th').textContent, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent) })));
    assert.equal(rows.length, m.requirements.length);
    m.requirements.forEach((r, i) => {
      assert.ok(rows[i].label.startsWith(r.label), `${rows[i].label} / ${r.label}`);
      assert.equal(rows[i].cells[0], r.kind === 'required' ? 'Required' : 'Preferred');
      assert.ok(r.matched ? rows[i].cells[1].includes(r.matched) : /Not on your resume/.test(rows[i].cells[1]));
    });
    // In the posting's own text: each requirement's places, coloured by met / missing.
    const posting = await page.inputValue('#jd');
    const marks = await page.$$eval('#jd-editor .backdrop mark', (all) => {
      const joined = new Map();
      for (const mark of all) {
        const key = `${mark.dataset.rule}|${mark.dataset.finding}`;
        const prev = joined.get(key) || { rule: mark.dataset.rule, severity: mark.dataset.severity, text: '' };
        prev.text += mark.textContent;
        joined.set(key, prev);
      }
      return [...joined.values()];
    });
    const expected = m.requirements.flatMap((r, i) => r.utf16.map((span) => ({ rule: `REQ-${i}`, severity: r.matched ? 'met' : r.kind === 'required' ? 'missing' : 'missing-preferred', text: posting.slice(span.start, span.end) })));
    const order = (a, b) => a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text);
    assert.deepEqual(marks.sort(order), expected.filter((e) => e.text).sort(order));
    assert.match(await page.textContent('.match-rate'), new RegExp(`^${m.rate}%`));
    await context.close();
  });

  it('the tooltip lists every finding on the hovered text', async () => {
    const { page, context } = await open();
    // A place where highlights nest: the innermost mark inside another.
    const target = await page.evaluate(() => {
      const inner = [...document.querySelectorAll('#editor .backdrop mark mark')][0];
      if (!inner) return null;
      const ids = new Set();
      for (let m = inner; m && m.tagName === 'MARK'; m = m.parentElement) ids.add(m.dataset.finding);
      const box = document.querySelector('.editor-scroll');
      box.scrollTop = Math.max(0, inner.offsetTop - 60);
      return { count: ids.size };
    });
    assert.ok(target, 'the sample has nested highlights');
    const point = await page.$eval('#editor .backdrop mark mark', (m) => {
      const r = m.getClientRects()[0];
      return { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('#tooltip:not([hidden])');
    assert.equal(await page.locator('#tooltip .tip-item').count(), target.count);
    await context.close();
  });

  it('keyboard and touch users reach a highlight\'s findings: the caret on it shows them, and a legend names each colour', async () => {
    // Every finding whose highlight holds the character after `pos`, as the report has them.
    const under = (page, pos) =>
      page.evaluate(async (pos) => {
        const api = await import('./resume-analyzer.js');
        const report = await api.analyze(document.querySelector('#resume').value, { today: api.todayOption() });
        return report.findings.filter((f) => f.utf16 && f.utf16.start <= pos && pos < f.utf16.end).map((f) => f.message);
      }, pos);
    const tipMessages = (page) => page.$$eval('#tooltip .tip-item', (items) => items.map((li) => li.textContent));
    // The legend: each colour named with its meaning, in words, next to the editor.
    const desktop = await open();
    const legend = await desktop.page.$$eval('#legend li', (items) => items.map((li) => li.textContent.trim()));
    assert.deepEqual(legend.map((l) => l.split(':')[0]), ['Red', 'Amber', 'Blue']);
    legend.forEach((l) => assert.ok(l.split(':')[1].trim().length > 8, `"${l}" says what the colour means`));
    assert.ok(await desktop.page.isVisible('#legend-box'), 'the legend is shown');
    // Keyboard: the arrow keys move the caret into a highlight; the tip lists what is there.
    const page = desktop.page;
    // A blue one: the colour the fresh-eyes review could not read.
    const start = await page.evaluate(async () => {
      const api = await import('./resume-analyzer.js');
      const report = await api.analyze(document.querySelector('#resume').value, { today: api.todayOption() });
      return report.findings.find((f) => f.severity === 'info' && f.utf16 && f.utf16.end - f.utf16.start > 2).utf16.start;
    });
    await page.focus('#resume');
    await page.evaluate((at) => document.querySelector('#resume').setSelectionRange(at, at), start);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#tooltip:not([hidden])', { timeout: 2000 });
    const expected = await under(page, start + 1);
    assert.ok(expected.length > 0);
    const shown = await tipMessages(page);
    assert.equal(shown.length, expected.length, `the tip lists each finding there: ${shown.join(' | ')}`);
    expected.forEach((m, i) => assert.ok(shown.some((t) => t.includes(m)), `finding ${i + 1} (${m}) is in the tip`));
    const selected = await page.textContent('#details .details-message');
    assert.ok(expected.some((m) => selected.includes(m)), 'and its details are selected under Findings');
    await page.keyboard.press('Escape');
    assert.ok(await page.isHidden('#tooltip'), 'Esc closes the tip');
    await page.keyboard.press('F8');
    await page.waitForSelector('#tooltip:not([hidden])', { timeout: 2000 });
    await desktop.context.close();
    // Touch: a tap on highlighted text shows the same, on a phone, and the legend is there too.
    const phone = await open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    assert.ok(await phone.page.isVisible('#legend-box'), 'the legend is on the phone layout');
    const point = await phone.page.evaluate(() => {
      const mark = document.querySelector('#editor .backdrop mark.sev-warning');
      mark.scrollIntoView({ block: 'center' });
      const r = mark.getClientRects()[0];
      return { x: r.left + Math.min(6, r.width / 2), y: r.top + r.height / 2 };
    });
    await phone.page.touchscreen.tap(point.x, point.y);
    await phone.page.waitForSelector('#tooltip:not([hidden])', { timeout: 2000 });
    const tapped = await phone.page.$eval('#resume', (t) => t.selectionStart);
    const there = await under(phone.page, tapped);
    assert.deepEqual((await tipMessages(phone.page)).length, there.length, 'the tap shows every finding under it');
    await phone.context.close();
  });

  it('marks the sample, clears it, undoes, and loads it again', async () => {
    const { page, context } = await open();
    const sample = await page.inputValue('#resume');
    assert.ok(await page.isVisible('text=Sample resume'));
    await page.click('#clear-text');
    assert.equal(await page.inputValue('#resume'), '');
    assert.ok(await page.evaluate(() => document.activeElement.id === 'resume'), 'the cursor is in the empty editor');
    assert.ok(!(await page.isVisible('text=Sample resume')));
    await page.click('#undo');
    assert.equal(await page.inputValue('#resume'), sample);
    await setText(page, '#resume', 'Jo Doe\njo@example.com\n\nEXPERIENCE\n- Worked on the API.\n');
    assert.ok(await page.isVisible('#load-sample'));
    await page.click('#load-sample');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), sample);
    assert.ok(await page.isVisible('text=Sample resume'));
    await context.close();
  });

  it('undo after opening a file restores the text from before, and its report', async () => {
    const { page, context } = await open();
    const before = await page.inputValue('#resume');
    const score = await page.textContent('#score .score-num');
    await page.setInputFiles('#file-input', { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('Tom Lee\ntom@example.com\n\nEXPERIENCE\n- Worked on the search service.\n') });
    await page.waitForFunction(() => /Opened other\.txt/.test(document.querySelector('#file-message').textContent));
    assert.match(await page.inputValue('#resume'), /^Tom Lee/);
    await page.click('#undo');
    await settle(page);
    assert.equal(await page.inputValue('#resume'), before);
    assert.equal(await page.textContent('#score .score-num'), score);
    assert.match(await page.textContent('#file-message'), /Undone opening other\.txt/);
    await context.close();
  });

  it('opens a file dropped anywhere on the page', async () => {
    const { page, context } = await open();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Lee Moss\nlee@example.com\n\nEXPERIENCE\n- Worked on the API.\n'], 'dropped.md', { type: 'text/markdown' }));
      const target = document.querySelector('#bullets');
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => /Opened dropped\.md/.test(document.querySelector('#file-message').textContent));
    assert.match(await page.inputValue('#resume'), /^Lee Moss/);
    assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), false, 'the drop hint is gone');
    await context.close();
  });

  it('prints the resume with its highlights', async () => {
    const { page, context } = await open();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const backdrop = document.querySelector('#editor .backdrop');
      const mark = backdrop.querySelector('mark.sev-error, mark.sev-warning');
      return {
        shown: backdrop.getClientRects().length > 0,
        textColor: getComputedStyle(backdrop).color,
        text: backdrop.textContent.includes('Maya Chen'),
        markBackground: mark ? getComputedStyle(mark).backgroundColor : '',
        textarea: getComputedStyle(document.querySelector('#resume')).display,
        score: document.querySelector('#score').getClientRects().length > 0,
      };
    });
    assert.ok(printed.shown && printed.text, 'the resume is printed');
    assert.notEqual(printed.textColor, 'rgba(0, 0, 0, 0)', 'its text is visible');
    assert.ok(printed.markBackground && printed.markBackground !== 'rgba(0, 0, 0, 0)', 'with its highlights');
    assert.equal(printed.textarea, 'none');
    assert.ok(printed.score);
    await context.close();
  });

  it('exports the edited text', async () => {
    const { page, context } = await open();
    await setText(page, '#resume', 'Ann Ho\nann@example.com\n\nEXPERIENCE\n- Built a cache.\n');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-text')]);
    assert.equal(download.suggestedFilename(), 'resume.txt');
    assert.equal(readFileSync(await download.path(), 'utf8'), 'Ann Ho\nann@example.com\n\nEXPERIENCE\n- Built a cache.\n');
    await context.close();
  });

  it('shows the version in the footer as a sentence', async () => {
    const { page, context } = await open();
    await page.waitForFunction(() => document.querySelector('#version').textContent !== '');
    const foot = (await page.textContent('.foot')).replace(/\s+/g, ' ');
    assert.match(foot, /Resume Analyzer \d+\.\d+\.\d+\. Embed it in your site/);
    assert.ok(!/\.\s*\./.test(foot), foot);
    await context.close();
  });

  it('on a phone, the first screen: the sample marked, the score and its band, the top fixes with their explanations', async () => {
    const height = 844;
    const { page, context } = await open({ viewport: { width: 390, height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    // The coverage chart is drawn at its box's width once the page is laid out.
    await page
      .waitForFunction(() => Number(document.querySelector('#coverage').getAttribute('width')) === Math.floor(document.querySelector('#coverage-chart').clientWidth), null, { timeout: 2000 })
      .catch(() => {});
    const layout = await page.evaluate(() => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, shown: r.height > 0 && getComputedStyle(el).visibility !== 'hidden' };
      };
      const $ = (selector) => box(document.querySelector(selector));
      return {
        sample: $('#sample-note'),
        sampleText: document.querySelector('#sample-note').textContent,
        clear: $('#clear-text'),
        score: $('#score'),
        band: $('#band'),
        meaning: $('#band-meaning'),
        scale: $('#band-scale'),
        messages: [...document.querySelectorAll('#top-fixes .top-fix-message')].map(box),
        explanations: [...document.querySelectorAll('#top-fixes .top-fix-fix')].map((el) => ({ ...box(el), text: el.textContent })),
        editor: $('.workspace').top,
        width: document.documentElement.scrollWidth,
        // The coverage chart is drawn at its box's width (known after layout).
        chart: Number(document.querySelector('#coverage').getAttribute('width')),
        chartBox: document.querySelector('#coverage-chart').clientWidth,
      };
    });
    const onFirstScreen = (what, b) => assert.ok(b.shown && b.top >= 0 && b.bottom <= height, `${what} (${Math.round(b.top)}–${Math.round(b.bottom)}px) is on the first screen`);
    assert.match(layout.sampleText, /Sample resume/i);
    onFirstScreen('the "Sample resume" banner', layout.sample);
    onFirstScreen('"Clear and paste yours"', layout.clear);
    onFirstScreen('the score', layout.score);
    onFirstScreen('its band', layout.band);
    onFirstScreen('what the band means', layout.meaning);
    onFirstScreen('the scale of bands', layout.scale);
    assert.equal(layout.messages.length, 3, 'three top fixes');
    layout.messages.forEach((b, i) => onFirstScreen(`top fix ${i + 1}`, b));
    layout.explanations.forEach((b, i) => {
      assert.ok(b.text.trim().length > 10, `top fix ${i + 1} has an explanation`);
      onFirstScreen(`top fix ${i + 1}'s explanation`, b);
    });
    assert.ok(layout.sample.bottom <= layout.score.top, 'the banner comes before the score');
    assert.ok(layout.score.top < layout.editor && layout.messages.every((b) => b.bottom <= layout.editor), 'the score and the fixes come before the editor');
    assert.ok(layout.width <= 390, `the page is ${layout.width}px wide`);
    assert.equal(layout.chart, Math.floor(layout.chartBox), 'the coverage chart is as wide as its box');
    await context.close();
  });
});
