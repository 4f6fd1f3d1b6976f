// The page's small helpers: building DOM nodes and the words the page puts around the report's
// values. User text only ever goes in through textContent / text nodes.

export const $ = (id) => document.getElementById(id);

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function titleCase(word) {
  const s = String(word ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Replace `node`'s children with `children`, leaving out the absent ones (null, undefined,
 *  false): replaceChildren itself would show them as the text "null". */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** Rebuild `container` with `children`, keeping keyboard focus on the element with the same
 *  data-key, so live re-analysis never throws a keyboard user out of a list. */
export function replaceKeepingFocus(container, children) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.key : undefined;
  fill(container, children);
  if (key !== undefined) {
    const again = [...container.querySelectorAll('[data-key]')].find((n) => n.dataset.key === key);
    if (again) again.focus({ preventScroll: true });
  }
}

export function formatName(format) {
  return { 'json-resume': 'JSON Resume', latex: 'LaTeX source', text: 'text' }[format] || 'input';
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
