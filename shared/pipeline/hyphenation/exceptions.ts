// The office's exception list (settings.typography.hyphenationExceptions): a word listed plain is
// never broken; a word listed with hyphens (`Ban-gui`, `ré-fugiés`) breaks there and only there.

export interface CompiledExceptions {
  /** Normalised words that never break. */
  readonly never: ReadonlySet<string>;
  /** Normalised word (hyphens removed) → the only offsets where it may break. */
  readonly points: ReadonlyMap<string, readonly number[]>;
}

/** The key a word is looked up by: NFC, lower case, typographic apostrophes as `'`. */
export function exceptionKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'");
}

const EMPTY: CompiledExceptions = { never: new Set(), points: new Map() };
const compiled = new WeakMap<readonly string[], CompiledExceptions>();

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
  return { never, points };
}

/**
 * The exception list compiled for lookups; compiled once per list (the same array from the
 * settings is not compiled again).
 */
export function compileExceptions(list: readonly string[] | undefined): CompiledExceptions {
  if (list === undefined || list.length === 0) return EMPTY;
  let c = compiled.get(list);
  if (c === undefined) {
    c = compile(list);
    compiled.set(list, c);
  }
  return c;
}
