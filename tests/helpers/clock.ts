/** A clock the test moves by hand: `now()` returns the same instant until `advance` or `set`. */
export interface TestClock {
  now(): string;
  advance(ms: number): void;
  set(iso: string): void;
}

export const T0 = '2026-11-23T10:00:00.000Z';

export function createClock(start: string = T0): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    advance(ms) {
      t += ms;
    },
    set(iso) {
      t = Date.parse(iso);
    },
  };
}

/** Sequential ids `id-0001`, `id-0002`…: stable across runs, readable in failures. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}
