// Scraping glues a menu heading to the text under it when the page put them in adjacent blocks:
// `Qui sommes nousL'Organisation internationale…`. The cut is made only where it is unambiguous:
// a lower-case letter directly followed by a capital (no space), the left part a short heading
// that also stands alone on one of the lines just above (a menu prints its heading, then the
// heading with its description), or a known menu entry.
import { lineKey } from '../lines';
import { NAV_ENTRIES } from './cues.web';
import { phrases } from './line.rules';
import { fold } from './text';

const NAV = phrases(NAV_ENTRIES);
/** A glued heading is short: its end lies within the first characters of the line. */
const WINDOW = 80;
const MAX_WORDS = 6;

/**
 * Where a line's glued heading ends (the offset of the text that follows it), or -1. `standalone`
 * tells whether a key (`lineKey`) is one of the lines just above. Pure; reads at most 80 characters.
 */
export function gluedHeadingEnd(line: string, standalone: (key: string) => boolean): number {
  const head = line.slice(0, WINDOW);
  const boundary = /\p{Ll}(?=\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(head)) !== null) {
    const cut = m.index + m[0].length;
    const left = line.slice(0, cut).trim();
    if (left.split(/\s+/).length > MAX_WORDS) return -1;
    if (line.slice(cut).trim().length < 2) continue;
    if (standalone(lineKey(left)) || NAV.has(fold(left))) return cut;
  }
  return -1;
}
