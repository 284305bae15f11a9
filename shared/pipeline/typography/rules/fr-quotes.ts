// French quotation marks: straight "…" and first-level “…” become « … » with the profile's space
// inside; a quotation inside another takes “…” without spaces (Imprimerie nationale). Quotes are
// paired over the whole block; if any straight quote cannot be paired, nothing is suggested.
import type { Edit, RuleInput, ScanRule } from '../model';

const SPACE = /[ \t\u00A0\u202F]/u;
/** Characters after which a straight quote opens. */
const OPENS_AFTER = /[\s([{«“‘'’/—–\-\uE000]/u;
/** Characters before which a straight quote closes. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}»”’…\-—–\uE000]/u;

interface Open {
  kind: 'straight' | 'guillemet' | 'curly';
  at: number;
}

/** Offsets of the spaces run starting at `i` going forward (dir 1) or backward (dir -1). */
function spaceRun(text: string, i: number, dir: 1 | -1): number {
  let j = i;
  while (j >= 0 && j < text.length && SPACE.test(text[j] as string)) j += dir;
  return j;
}

/** The edits turning a pair of quotes at `open` and `close` into the marks of their depth. */
function pairEdits(text: string, open: number, close: number, depth: number, inside: string): Edit[] {
  const group = `q${open}`;
  const afterOpen = spaceRun(text, open + 1, 1);
  const beforeClose = spaceRun(text, close - 1, -1) + 1;
  if (afterOpen >= close) return []; // an empty pair "" is left as typed
  const [left, right] = depth === 0 ? [`«${inside}`, `${inside}»`] : ['“', '”'];
  return [
    { start: open, end: afterOpen, replacement: left, group },
    { start: beforeClose, end: close + 1, replacement: right, group },
  ];
}

/** Pairs the quotes of `text`; null when a straight quote has no partner (unbalanced). */
function quoteEdits({ text, env }: RuleInput): Edit[] {
  if (!text.includes('"') && !text.includes('“')) return [];
  const stack: Open[] = [];
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '«') stack.push({ kind: 'guillemet', at: i });
    else if (c === '»') {
      if (stack[stack.length - 1]?.kind === 'guillemet') stack.pop();
    } else if (c === '“') stack.push({ kind: 'curly', at: i });
    else if (c === '”') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'curly') {
        stack.pop();
        // A first-level English pair in French copy becomes guillemets; a nested one loses its spaces.
        edits.push(...pairEdits(text, top.at, i, stack.length, env.insideGuillemets));
      }
    } else if (c === '"') {
      const prev = i === 0 ? ' ' : (text[i - 1] as string);
      const next = i + 1 >= text.length ? ' ' : (text[i + 1] as string);
      const canOpen = OPENS_AFTER.test(prev) && i + 1 < text.length;
      const canClose = CLOSES_BEFORE.test(next);
      const top = stack[stack.length - 1];
      if (top?.kind === 'straight' && canClose) {
        stack.pop();
        edits.push(...pairEdits(text, top.at, i, stack.length, env.insideGuillemets));
      } else if (canOpen) stack.push({ kind: 'straight', at: i });
      else return [];
    }
  }
  if (stack.some((o) => o.kind === 'straight')) return [];
  // A pair left open (an unmatched “) changes nothing; the pairs found are independent.
  return edits
    .filter((e) => !stack.some((o) => o.kind === 'curly' && `q${o.at}` === e.group))
    .filter((e) => text.slice(e.start, e.end) !== e.replacement)
    .sort((a, b) => a.start - b.start);
}

/** French: « » with the profile's space inside; nested quotations “ ” without spaces. */
export const frQuotes: ScanRule = {
  id: 'fr-guillemets',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  scan: quoteEdits,
  message: {
    fr: 'Guillemets français «\u202F» avec espaces fines\u202F; “ ” pour une citation dans une citation',
    en: 'French guillemets « » with narrow spaces; “ ” for a quotation inside a quotation',
    es: 'Comillas francesas « » con espacios finos en francés; “ ” dentro de una cita',
  },
  examples: [
    ['"Partir"', '«\u202FPartir\u202F»'],
    ['« Il a dit "non" hier »', '«\u202FIl a dit “non” hier\u202F»'],
  ],
};
