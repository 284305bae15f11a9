// Where each segment goes, as the split decides it: a destination, the rule that decided, and
// optionally a cut inside the segment (the lead's dateline prefix, a button glued to the headline)
// where the rest goes elsewhere. Turned into the split map's segments at the end.
import type { MapSegment } from '../../domain';
import type { Destination, Segment, Verdict } from '../model';

export interface Assignment {
  dest: Destination;
  rule: string | null;
  forced: boolean;
  /** Offset in the raw line where the second part starts, with its destination and rule. */
  cut?: { at: number; dest: Destination; rule: string };
}

export const segKey = (s: Pick<Segment, 'line' | 'start'>): string => `${s.line}:${s.start}`;

/** The assignments of one split, keyed by segment. */
export class Assignments {
  private readonly map = new Map<string, Assignment>();

  set(seg: Segment, a: Assignment): void {
    this.map.set(segKey(seg), a);
  }

  get(seg: Segment): Assignment | undefined {
    return this.map.get(segKey(seg));
  }

  /** Cuts a segment: [start, at) keeps its destination, [at, end) goes to `dest`. */
  cut(seg: Segment, at: number, dest: Destination, rule: string): void {
    const a = this.map.get(segKey(seg));
    if (a === undefined || at <= seg.start || at >= seg.end) return;
    a.cut = { at, dest, rule };
  }

  /**
   * The split map's segments and the dropped texts, in document order. Every verdict's segment is
   * covered: kept segments the split did not place are body (nothing is lost).
   */
  toMap(verdicts: readonly Verdict[], forcedLines: ReadonlySet<number>): { segments: MapSegment[]; dropped: string[] } {
    const segments: MapSegment[] = [];
    const dropped: string[] = [];
    for (const v of verdicts) {
      const s = v.segment;
      const forced = forcedLines.has(s.line);
      const a = this.map.get(segKey(s)) ?? (v.drop ? { dest: 'dropped' as const, rule: v.rule, forced } : { dest: 'body' as const, rule: 'split-body', forced });
      const parts: { start: number; end: number; dest: Destination; rule: string | null }[] = a.cut
        ? [
            { start: s.start, end: a.cut.at, dest: a.dest, rule: a.rule },
            { start: a.cut.at, end: s.end, dest: a.cut.dest, rule: a.cut.rule },
          ]
        : [{ start: s.start, end: s.end, dest: a.dest, rule: a.rule }];
      for (const p of parts) {
        segments.push({ line: s.line, start: p.start, end: p.end, dest: p.dest, rule: p.rule === null ? null : p.rule.slice(0, 80), forced: a.forced });
        if (p.dest === 'dropped') {
          const text = s.text.slice(p.start - s.start, p.end - s.start).trim();
          if (text !== '') dropped.push(text);
        }
      }
    }
    return { segments, dropped };
  }
}
