import type { Destination, LineOverrides, SplitMap } from '../../../shared/domain';

/** What a re-assign key or button asks for: a destination, or back to the automatic split. */
export type Assignment = Destination | 'restore';

/** The raw lines that have something to assign (blank lines have no segment in the map). Pure. */
export function mappedLines(map: SplitMap): ReadonlySet<number> {
  return new Set(map.segments.map((s) => s.line));
}

/** Lines `from`…`to` in order, whichever end comes first. Pure. */
export function lineRange(from: number, to: number): number[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/**
 * New overrides with `lines` forced to `to`, or, for 'restore', released back to the automatic
 * split. Lines the map does not know (blank lines) are left out: there is nothing there to move.
 * Returns a new object; the input is not changed. Pure.
 */
export function applyAssignment(overrides: LineOverrides, lines: readonly number[], to: Assignment, known: ReadonlySet<number>): LineOverrides {
  const next: LineOverrides = { ...overrides };
  for (const line of lines) {
    if (!known.has(line)) continue;
    const key = String(line);
    if (to === 'restore') delete next[key];
    else next[key] = to;
  }
  return next;
}

/** True when both hold the same lines with the same destinations (no resplit needed). Pure. */
export function sameOverrides(a: LineOverrides, b: LineOverrides): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/** The destination a line was forced to, or null when the split decides. Pure. */
export function overrideOf(overrides: LineOverrides, line: number): Destination | null {
  return overrides[String(line)] ?? null;
}

/**
 * The map with `lines` shown at their forced destination at once, before the re-split answers
 * (the bands move under the user's hand; the fields follow when the split comes back). Pure.
 */
export function forceInMap(map: SplitMap, lines: readonly number[], to: Destination): SplitMap {
  const moved = new Set(lines);
  return { ...map, segments: map.segments.map((s) => (moved.has(s.line) ? { ...s, dest: to, rule: 'user', forced: true } : s)) };
}
