// Invisible characters drawn as visible marks in previews (TYPOGRAPHY.md writes ⍽ for U+202F and ⎵
// for U+00A0; a soft hyphen is drawn ¬ as word processors do). Pure.

export type Drawn = 'nnbsp' | 'nbsp' | 'shy' | 'space' | 'thin' | 'break';

/** A piece of a preview: plain text, or one drawn invisible character. */
export type Piece = { text: string; kind: null } | { text: string; kind: Drawn; char: string };

const MARKS: Readonly<Record<string, { kind: Drawn; mark: string }>> = {
  '\u202F': { kind: 'nnbsp', mark: '⍽' },
  '\u00A0': { kind: 'nbsp', mark: '⎵' },
  '\u00AD': { kind: 'shy', mark: '¬' },
  '\u2009': { kind: 'thin', mark: '˙' },
  '\n': { kind: 'break', mark: '↵' },
};

/**
 * Splits `text` into plain runs and drawn marks. With `spaces`, ordinary spaces are drawn too (·):
 * inside a changed span a space that becomes a no-break space must be seen to change.
 */
export function drawInvisibles(text: string, spaces = false): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  for (const char of text) {
    const mark = MARKS[char] ?? (spaces && char === ' ' ? { kind: 'space' as const, mark: '·' } : undefined);
    if (!mark) {
      plain += char;
      continue;
    }
    if (plain) pieces.push({ text: plain, kind: null });
    plain = '';
    pieces.push({ text: mark.mark, kind: mark.kind, char });
  }
  if (plain) pieces.push({ text: plain, kind: null });
  return pieces;
}

/** A piece of an excerpt: unchanged text, what goes, what comes, or an elided stretch. */
export interface DiffPiece {
  kind: 'same' | 'del' | 'ins' | 'gap';
  text: string;
}

/** A change over a text (a suggestion's span and replacement). */
export interface Change {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The changes seen in their sentence: about `radius` characters either side of each change, cut
 * at word boundaries and never across a line; windows that meet are merged, others are separated
 * by a gap (the two quotes of a long quotation). `clippedStart`/`clippedEnd`: text was cut. Pure.
 */
export function excerptOf(text: string, changes: readonly Change[], radius = 28): { pieces: DiffPiece[]; clippedStart: boolean; clippedEnd: boolean } {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const windows: Array<{ from: number; to: number; changes: Change[] }> = [];
  for (const change of sorted) {
    const from = windowStart(text, change.start, radius);
    const to = windowEnd(text, change.end, radius);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.changes.push(change);
    } else windows.push({ from, to, changes: [change] });
  }
  const pieces: DiffPiece[] = [];
  const push = (kind: DiffPiece['kind'], piece: string) => {
    if (piece !== '' || kind === 'gap') pieces.push({ kind, text: piece });
  };
  windows.forEach((w, i) => {
    if (i > 0) push('gap', '…');
    let at = w.from;
    for (const c of w.changes) {
      push('same', text.slice(at, c.start));
      push('del', text.slice(c.start, c.end));
      push('ins', c.replacement);
      at = c.end;
    }
    push('same', text.slice(at, w.to));
  });
  const first = windows[0];
  const last = windows[windows.length - 1];
  return { pieces, clippedStart: (first?.from ?? 0) > 0, clippedEnd: (last?.to ?? text.length) < text.length };
}

function windowStart(text: string, start: number, radius: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let from = Math.max(lineStart, start - radius);
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  return from;
}

function windowEnd(text: string, end: number, radius: number): number {
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  let to = Math.min(lineEnd, end + radius);
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return to;
}
