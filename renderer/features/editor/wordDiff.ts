/**
 * Word-level diff for the revision compare view. Pure, no DOM: a longest-common-subsequence
 * over tokens (words, runs of spaces, single punctuation marks), so a changed word is
 * highlighted as a whole instead of letter by letter.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

// A word keeps its inner apostrophes and hyphens (« aujourd’hui », « porte-parole ») so it is
// compared as one unit; every other character is its own token, so tokens cover the whole text.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[’'\-‑][\p{L}\p{N}\p{M}]+)*|\s+|[^]/gu;

/** Splits text into diff tokens; joining the tokens gives the text back unchanged. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Beyond this many cells the middle part is shown as replaced wholesale (keeps compare instant). */
const MAX_CELLS = 4_000_000;

/**
 * Diff of two sequences of comparable items as operations over them. Common prefix and suffix
 * are trimmed first; the middle is aligned with an LCS table.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): Array<{ op: DiffOp; item: T }> {
  let start = 0;
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const out: Array<{ op: DiffOp; item: T }> = [];
  for (let i = 0; i < start; i++) out.push({ op: 'equal', item: a[i]! });
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const item of midA) out.push({ op: 'delete', item });
    for (const item of midB) out.push({ op: 'insert', item });
  } else {
    out.push(...lcsDiff(midA, midB, same));
  }
  for (let i = endA; i < a.length; i++) out.push({ op: 'equal', item: a[i]! });
  return out;
}

function lcsDiff<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<{ op: DiffOp; item: T }> {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = same(a[i]!, b[j]!)
        ? lengths[(i + 1) * width + j + 1]! + 1
        : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const out: Array<{ op: DiffOp; item: T }> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!)) {
      out.push({ op: 'equal', item: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      out.push({ op: 'delete', item: a[i++]! });
    } else {
      out.push({ op: 'insert', item: b[j++]! });
    }
  }
  while (i < n) out.push({ op: 'delete', item: a[i++]! });
  while (j < m) out.push({ op: 'insert', item: b[j++]! });
  return out;
}

/**
 * Word-level diff of two texts. Promises: joining the `equal` and `delete` segments gives
 * `before`; joining `equal` and `insert` gives `after`; adjacent segments never share an op;
 * no segment is empty. Within a changed run, deletions come before insertions.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const ops = diffSequences(tokenize(before), tokenize(after));
  const segments: DiffSegment[] = [];
  // Group each run of changes so it reads "old words → new words" rather than interleaved; a
  // lone space between two changed words joins the run on both sides for the same reason.
  let pendingDelete = '';
  let pendingInsert = '';
  let pendingSpace = '';
  const flush = () => {
    if (pendingDelete) push(segments, 'delete', pendingDelete);
    if (pendingInsert) push(segments, 'insert', pendingInsert);
    if (pendingSpace) push(segments, 'equal', pendingSpace);
    pendingDelete = '';
    pendingInsert = '';
    pendingSpace = '';
  };
  for (const { op, item } of ops) {
    const inRun = pendingDelete !== '' || pendingInsert !== '';
    if (op === 'equal' && inRun && /^\s+$/.test(item) && !pendingSpace) {
      pendingSpace = item;
    } else if (op === 'equal') {
      flush();
      push(segments, 'equal', item);
    } else {
      if (pendingSpace) {
        pendingDelete += pendingSpace;
        pendingInsert += pendingSpace;
        pendingSpace = '';
      }
      if (op === 'delete') pendingDelete += item;
      else pendingInsert += item;
    }
  }
  flush();
  return segments;
}

function push(segments: DiffSegment[], op: DiffOp, text: string): void {
  const last = segments[segments.length - 1];
  if (last && last.op === op) last.text += text;
  else segments.push({ op, text });
}

/** True when a diff has any insertion or deletion. */
export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.op !== 'equal');
}
