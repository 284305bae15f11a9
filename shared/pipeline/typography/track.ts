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
}
/** Zero-width marker where a rule deleted original text (for attribution). */
interface Deleted {
  kind: 'del';
  rule: string;
  group: string | undefined;
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
    const advance = (target: number, keep: boolean): void => {
      while (pi < this.pieces.length) {
        const p = this.pieces[pi] as Piece;
        if (p.kind === 'del') {
          if (keep ? w > target : w >= target) return;
          if (keep) next.push(p);
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
      if (e.replacement !== '') next.push({ kind: 'ins', text: e.replacement, rule, group: e.group });
      else next.push({ kind: 'del', rule, group: e.group });
      out += e.replacement;
      advance(e.end, false);
      lastEnd = e.end;
    }
    advance(Number.MAX_SAFE_INTEGER, true);
    this.pieces = next;
    this.working = out;
  }

  /** The net changes from the original, one per maximal changed region, in order. */
  changes(): NetChange[] {
    const out: NetChange[] = [];
    let cursor = 0; // original offset up to which text has been accounted for
    let open: NetChange | null = null;
    const close = (): void => {
      if (open !== null && (open.end > open.start || open.replacement !== '')) {
        if (this.original.slice(open.start, open.end) !== open.replacement) out.push(open);
      }
      open = null;
    };
    for (const p of this.pieces) {
      if (p.kind === 'orig') {
        if (p.start > cursor) {
          open ??= { start: cursor, end: cursor, replacement: '', rule: '', group: undefined };
          open.end = p.start;
        }
        close();
        cursor = p.end;
        continue;
      }
      open ??= { start: cursor, end: cursor, replacement: '', rule: p.rule, group: p.group };
      if (open.rule === '') {
        open.rule = p.rule;
        open.group = p.group;
      }
      if (p.kind === 'ins') open.replacement += p.text;
    }
    if (cursor < this.original.length) {
      open ??= { start: cursor, end: cursor, replacement: '', rule: '', group: undefined };
      open.end = this.original.length;
    }
    close();
    return out;
  }
}
