// Helpers shared by the rules that pair and rewrite quote marks (English, Spanish).
import type { Edit } from '../model';
import type { QuotePair } from '../runs';

/** A space of any kind, including the no-break ones. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /[\s\u00A0\u202F]/u.test(ch);

/** Whether pair `p` lies inside pair `q`. */
export const inside = (p: QuotePair, q: QuotePair): boolean => q.open < p.open && p.close < q.close;

/** Edits turning the marks of `p` into `open`/`close` and removing the spaces just inside them. */
export function pairEdits(text: string, p: QuotePair, open: string, close: string, group: string): Edit[] {
  let a = p.open + 1;
  while (a < p.close && isSpace(text[a])) a += 1;
  let b = p.close;
  while (b > a && isSpace(text[b - 1])) b -= 1;
  const out: Edit[] = [];
  if (text.slice(p.open, a) !== open) out.push({ start: p.open, end: a, replacement: open, group });
  if (text.slice(b, p.close + 1) !== close) out.push({ start: b, end: p.close + 1, replacement: close, group });
  return out;
}
