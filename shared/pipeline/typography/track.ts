// Rules run one after another over a working text; the tracker remembers which pieces of the working
// text are untouched original text and which were written by a rule, so that the net change can be
// given back as suggestions over the original text, each attributed to the rule that made it.
import type { Edit } from './model';

interface Kept {
  kind: 'orig';
  /** Range in the original text. */
  start: number;
  end: number;
}
interface Written {
  kind: 'ins';
  text: string;
  rule: string;
  group: string | undefined;
  /** The range of the original text this piece stands for (empty for a pure insertion). */
  from: number;
  to: number;
}
/** Zero-width marker where a rule deleted original text (for attribution). */
interface Deleted {
  kind: 'del';
  rule: string;
  group: string | undefined;
  from: number;
  to: number;
}
type Piece = Kept | Written | Deleted;

const width = (p: Piece): number => (p.kind === 'orig' ? p.end - p.start : p.kind === 'ins' ? p.text.length : 0);

/** A change of the original text, attributed to the first rule that touched it. */
export interface NetChange {
  start: number;
  end: number;
  replacement: string;
  rule: string;
  group: string | undefined;
}

export class EditTrack {
  private pieces: Piece[];
  private working: string;

  constructor(private readonly original: string) {
    this.pieces = original.length > 0 ? [{ kind: 'orig', start: 0, end: original.length }] : [];
    this.working = original;
  }

  get text(): string {
    return this.working;
  }

  /** The original offset a working offset comes from (inserted text maps to where it was inserted). */
  toOriginal(offset: number): number {
    let w = 0;
    let lastOrig = 0;
    for (const p of this.pieces) {
      const n = width(p);
      if (p.kind === 'orig') {
        if (offset < w + n) return p.start + (offset - w);
        lastOrig = p.end;
      }
      w += n;
      if (offset < w) return lastOrig;
    }
    return this.original.length;
  }

  /**
   * Apply one rule's edits (working coordinates, sorted) to the working text. An edit that overlaps
   * the one before it is skipped: one pass of a rule never rewrites its own output.
   */
  apply(edits: readonly Edit[], rule: string): void {
    if (edits.length === 0) return;
    const next: Piece[] = [];
    let out = '';
    let pi = 0; // current piece
    let pOff = 0; // offset inside it
    let w = 0; // working offset of the current position
    let origAt = 0; // original offset reached by the kept text
    let lo = Infinity; // original range consumed by the current edit
    let hi = -Infinity;
    const consume = (from: number, to: number): void => {
      lo = Math.min(lo, from);
      hi = Math.max(hi, to);
    };
    const advance = (target: number, keep: boolean): void => {
      while (pi < this.pieces.length) {
        const p = this.pieces[pi] as Piece;
        if (p.kind === 'del') {
          if (keep ? w > target : w >= target) return;
          if (keep) {
            next.push(p);
            origAt = p.to;
          } else consume(p.from, p.to);
          pi += 1;
          continue;
        }
        const rest = width(p) - pOff;
        const take = Math.min(rest, target - w);
        if (take <= 0 && rest > 0) return;
        if (keep && take > 0) {
          if (p.kind === 'orig') next.push({ kind: 'orig', start: p.start + pOff, end: p.start + pOff + take });
          else next.push({ ...p, text: p.text.slice(pOff, pOff + take) });
          out += p.kind === 'orig' ? this.original.slice(p.start + pOff, p.start + pOff + take) : p.text.slice(pOff, pOff + take);
          origAt = p.kind === 'orig' ? p.start + pOff + take : p.to;
        } else if (!keep && take > 0) {
          if (p.kind === 'orig') consume(p.start + pOff, p.start + pOff + take);
          else consume(p.from, p.to);
        }
        w += take;
        if (take === rest) {
          pi += 1;
          pOff = 0;
        } else {
          pOff += take;
          return;
        }
      }
    };
    let lastEnd = 0;
    for (const e of edits) {
      if (e.start < lastEnd || e.end < e.start || e.end > this.working.length) continue;
      advance(e.start, true);
      lo = Infinity;
      hi = -Infinity;
      const at = next.length;
      advance(e.end, false);
      const from = lo === Infinity ? origAt : lo;
      const to = hi === -Infinity ? origAt : hi;
      const piece: Piece = e.replacement !== '' ? { kind: 'ins', text: e.replacement, rule, group: e.group, from, to } : { kind: 'del', rule, group: e.group, from, to };
      next.splice(at, 0, piece);
      out += e.replacement;
      lastEnd = e.end;
    }
    advance(Number.MAX_SAFE_INTEGER, true);
    this.pieces = next;
    this.working = out;
  }

  /**
   * The net changes from the original, in order, never overlapping. A changed region is split where
   * the rules that wrote it wrote side by side (an apostrophe next to an accented capital gives two
   * suggestions, each with its own rule); where a later rule rewrote an earlier one's text, the region
   * is one change.
   */
  changes(): NetChange[] {
    const out: NetChange[] = [];
    let cursor = 0; // original offset up to which text has been accounted for
    let gap: (Written | Deleted)[] = [];
    const flush = (end: number): void => {
      if (gap.length > 0 || end > cursor) this.emitGap(cursor, end, gap, out);
      gap = [];
    };
    for (const p of this.pieces) {
      if (p.kind !== 'orig') {
        gap.push(p);
        continue;
      }
      flush(p.start);
      cursor = p.end;
    }
    flush(this.original.length);
    return out;
  }

  /** The change(s) for original [start, end) rewritten as `pieces`. */
  private emitGap(start: number, end: number, pieces: readonly (Written | Deleted)[], out: NetChange[]): void {
    const push = (c: NetChange): void => {
      if (this.original.slice(c.start, c.end) !== c.replacement) out.push(c);
    };
    const text = (p: Written | Deleted): string => (p.kind === 'ins' ? p.text : '');
    // Rules that undid each other leave nothing to suggest.
    if (pieces.map(text).join('') === this.original.slice(start, end)) return;
    // Side by side: each piece stands for its own consecutive slice of the gap.
    let at = start;
    let sideBySide = pieces.length > 1;
    for (const p of pieces) {
      if (p.from !== at || p.to < p.from) sideBySide = false;
      at = p.to;
    }
    if (sideBySide && at === end) {
      let cur: NetChange | null = null;
      for (const p of pieces) {
        if (cur !== null && cur.rule === p.rule && cur.group === p.group) {
          cur.end = p.to;
          cur.replacement += text(p);
          continue;
        }
        if (cur !== null) push(cur);
        cur = { start: p.from, end: p.to, replacement: text(p), rule: p.rule, group: p.group };
      }
      if (cur !== null) push(cur);
      return;
    }
    const first = pieces[0];
    push({ start, end, replacement: pieces.map(text).join(''), rule: first?.rule ?? '', group: first?.group });
  }
}
