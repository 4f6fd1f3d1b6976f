// The job description pane: the posting with its requirements highlighted, the comparison table,
// the title line, the terms spelled differently and the match findings.
import { renderHighlights } from '../resume-analyzer.js';
import { $, h, fill, replaceKeepingFocus, titleCase, plural } from './dom.js';
import { page, editor, jdEditor } from './state.js';
import { severityBadge, focusFinding, capped, moreLine, spansOnEditor } from './report.js';

function findingListItem(f, i, scope) {
  return h(
    'li',
    { className: 'finding-item' },
    severityBadge(f.severity),
    h(
      'div',
      {},
      h('button', { type: 'button', className: 'linkish', dataset: { key: `${scope}:${i}:${f.rule}`, finding: String(i) } }, f.message),
      f.fix ? h('span', { className: 'fix' }, ` ${f.fix}`) : null,
    ),
  );
}

$('match').addEventListener('click', (event) => {
  const met = event.target.closest('button[data-requirement]');
  const requirement = met && page.report && page.report.match ? page.report.match.requirements[Number(met.dataset.requirement)] : null;
  if (requirement && requirement.resumeAt && spansOnEditor(page.report)) {
    const span = requirement.resumeAt.utf16;
    editor.textarea.focus({ preventScroll: true });
    editor.textarea.setSelectionRange(span.start, span.end);
    editor.revealOffset(span.start);
    return;
  }
  const button = event.target.closest('button[data-finding]');
  if (button) focusFinding(Number(button.dataset.finding), { moveFocus: spansOnEditor(page.report) });
});

/** The posting's requirements as highlights for the job description box: met ones green,
 *  missing required ones red, missing preferred ones amber. Each keeps its requirement index. */
function requirementMarks(requirements) {
  const marks = [];
  requirements.forEach((r, i) => {
    const state = r.matched ? 'met' : r.kind === 'required' ? 'missing' : 'missing-preferred';
    for (const span of r.utf16 || []) marks.push({ rule: `REQ-${i}`, severity: state, requirement: i, message: r.label, utf16: span });
  });
  return marks;
}

/** The job description pane: the posting with its requirements highlighted (in the box itself,
 *  or, for a posting whose readable text differs from the paste, in a copy under it), and the
 *  comparison table, one row per requirement, as the report gives them. */
function renderRequirements(report, m) {
  const requirements = m.requirements;
  const marks = requirementMarks(requirements);
  const own = m.text === null || m.text === undefined;
  jdEditor.setFindings(own ? marks : [], $('jd').value);
  const posting = $('jd-posting');
  posting.hidden = own;
  if (!own) renderHighlights(posting, m.text, marks);
  const need = (label, v) => (v && v.total ? `${label}: ${v.met} of ${v.total}` : null);
  const counts = [need('Required', m.required), need('Preferred', m.preferred)].filter(Boolean).join(' · ');
  const rows = requirements.map((r, i) => {
    const where = r.onResume ? ` (${titleCase(r.onResume)})` : '';
    const has = r.matched
      ? h('button', { type: 'button', className: 'linkish req-met', dataset: { key: `req:${i}`, requirement: String(i) } }, `✓ ${r.matched}${where}`)
      : h('span', { className: 'req-missing' }, 'Not on your resume');
    const todo = r.counter
      ? 'A frontend requirement of this posting, not backend core.'
      : r.suggestedPlace
        ? `If you have used it, add it to ${r.suggestedPlace}.`
        : r.matched
          ? 'Nothing to do.'
          : 'Only if it is true of your work.';
    return h(
      'tr',
      { className: `req req-${r.matched ? 'met' : r.kind === 'required' ? 'missing' : 'missing-preferred'}` },
      h('th', { scope: 'row' }, r.label, r.years ? h('span', { className: 'req-years' }, ` · ${r.years}+ years`) : null),
      h('td', {}, r.kind === 'required' ? 'Required' : 'Preferred'),
      h('td', {}, has),
      h('td', {}, todo),
    );
  });
  return [
    h('p', { className: 'match-rate' }, h('span', { className: 'rate-num' }, `${m.rate}%`), ` of the posting's ${plural(m.total, 'requirement')} are on your resume. `, counts),
    h(
      'ul',
      { className: 'legend', 'aria-label': 'What the colours in the posting mean' },
      h('li', {}, h('span', { className: 'swatch sev-met', 'aria-hidden': 'true' }), ' On your resume'),
      h('li', {}, h('span', { className: 'swatch sev-missing', 'aria-hidden': 'true' }), ' Required, missing'),
      h('li', {}, h('span', { className: 'swatch sev-missing-preferred', 'aria-hidden': 'true' }), ' Preferred, missing'),
    ),
    requirements.length
      ? h(
          'div',
          { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Requirements compared with your resume' },
          h(
            'table',
            { className: 'requirements' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'The posting asks for'), h('th', { scope: 'col' }, 'Need'), h('th', { scope: 'col' }, 'Your resume'), h('th', { scope: 'col' }, 'What to do'))),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', { className: 'muted' }, 'No requirements found in this posting.'),
  ];
}

/** The title line: the posting's title against the resume's, in the report's words. */
const TITLE_STATUS = {
  exact: 'the same title',
  close: 'close: same specialisation, a different level or wording',
  different: 'a different title',
  missing: 'the resume shows no title',
};

function titleLine(t) {
  if (!t || !t.jd || !TITLE_STATUS[t.status]) return null;
  const yours = t.resume ? `; yours: “${t.resume}”` : '';
  return h('p', {}, h('strong', {}, 'Title: '), `the posting asks for “${t.jd}${t.level ? ` ${t.level}` : ''}”${yours} (${TITLE_STATUS[t.status]}).`);
}

export function renderMatch(report) {
  const box = $('match');
  const m = report.match;
  if (!m) {
    jdEditor.setFindings([], $('jd').value);
    $('jd-posting').hidden = true;
    fill(box, h('p', { className: 'muted' }, 'Paste a job description above to see which of its requirements your resume meets.'));
    return;
  }
  const rows = renderRequirements(report, m);
  rows.push(titleLine(m.title));
  const spelling = (m.spelling || []).filter((t) => t && t.jd && t.resume);
  if (spelling.length) {
    rows.push(
      h('h4', {}, `Spelled differently from the posting (${spelling.length})`),
      h('ul', { className: 'term-list' }, ...spelling.map((t) => h('li', {}, `${t.jd} (you wrote ${t.resume})`))),
    );
  }
  const findings = (report.findings || []).map((f, i) => [f, i]).filter(([f]) => f.category === 'match');
  if (findings.length) {
    const items = capped(findings).map(([f, i]) => findingListItem(f, i, 'm'));
    if (items.length < findings.length) items.push(moreLine(items.length, findings.length, 'match findings'));
    rows.push(h('ul', { className: 'plain-list' }, ...items));
  }
  replaceKeepingFocus(box, rows);
}
