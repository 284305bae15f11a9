// htmlparser2 keeps its open-element stack with Array#unshift/shift, so each tag costs the
// current depth: 100,000 nested <div> took 12 s. Real pages nest a few dozen levels; elements
// deeper than MAX_DEPTH lose their tags (their text stays), which keeps parsing linear.
import { MAX_DEPTH } from '../html.rules';

/** Elements that never nest (void) or that the next sibling closes (htmlparser2 closes them). */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/g;

/**
 * The HTML with the tags of elements nested deeper than MAX_DEPTH removed (an estimate of the
 * depth from a linear scan of the tags); the same string when nothing is that deep.
 */
export function capNesting(html: string): string {
  let depth = 0;
  let last = 0;
  const parts: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[0].endsWith('/>')) continue;
    const closing = m[1] === '/';
    const deep = closing ? depth > MAX_DEPTH : depth >= MAX_DEPTH;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (!deep) continue;
    parts.push(html.slice(last, m.index));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return html;
  parts.push(html.slice(last));
  return parts.join('');
}
