// The office's exception list (settings.typography.hyphenationExceptions): a word listed plain is
// never broken; a word listed with hyphens (`Ban-gui`, `ré-fugiés`) breaks there and only there.
import { BoundedCache } from './cache';

export interface CompiledExceptions {
  /** Normalised words that never break. */
  readonly never: ReadonlySet<string>;
  /** Normalised word (hyphens removed) → the only offsets where it may break. */
  readonly points: ReadonlyMap<string, readonly number[]>;
  /**
   * Breaks already decided under this list, by language, sentence position and word (for words
   * without capitals, whose answer depends on nothing else). Bounded.
   */
  readonly decided: BoundedCache<readonly number[]>;
}

/** The key a word is looked up by: NFC, lower case, typographic apostrophes as `'`. */
export function exceptionKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'");
}

/** Words per generation of a list's decided breaks (two are kept). */
const DECIDED_SIZE = 10_000;
const EMPTY: CompiledExceptions = { never: new Set(), points: new Map(), decided: new BoundedCache(DECIDED_SIZE) };
const byIdentity = new WeakMap<readonly string[], CompiledExceptions>();
/** Lists compiled lately, by content: a caller that builds a new array per call still gets hits. */
const byContent = new Map<string, CompiledExceptions>();
const RECENT_LISTS = 8;

function compile(list: readonly string[]): CompiledExceptions {
  const never = new Set<string>();
  const points = new Map<string, number[]>();
  for (const raw of list) {
    // Stray hyphens at either end say nothing about a break.
    const entry = raw.trim().replace(/^[-‐]+|[-‐]+$/g, '');
    if (entry === '' || /\s/.test(entry)) continue;
    const key = exceptionKey(entry);
    if (!/[-‐]/.test(key)) {
      never.add(key);
      continue;
    }
    const at: number[] = [];
    let word = '';
    for (const c of key) {
      if (c === '-' || c === '‐') {
        if (word !== '' && at[at.length - 1] !== word.length) at.push(word.length);
      } else word += c;
    }
    points.set(word, at);
  }
  return { never, points, decided: new BoundedCache(DECIDED_SIZE) };
}

/**
 * The exception list compiled for lookups; compiled once per list (the same array, or one with
 * the same entries, is not compiled again).
 */
export function compileExceptions(list: readonly string[] | undefined): CompiledExceptions {
  if (list === undefined || list.length === 0) return EMPTY;
  let c = byIdentity.get(list);
  if (c === undefined) {
    const content = list.join('\n');
    c = byContent.get(content) ?? compile(list);
    if (!byContent.has(content)) {
      if (byContent.size >= RECENT_LISTS) byContent.delete(byContent.keys().next().value!);
      byContent.set(content, c);
    }
    byIdentity.set(list, c);
  }
  return c;
}
