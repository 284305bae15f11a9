// Suggestions per block, recomputed only when the block's text (or its kind) changed.
import type { BlockKind, Suggestion } from '../../../shared/pipeline/typography';

interface Entry {
  text: string;
  kind: BlockKind;
  suggestions: readonly Suggestion[];
}

/**
 * A memo of the typography stage per block key. `compute` is the stage bound to the current
 * context; build a new cache when the context (language, profile, settings) changes.
 */
export class SuggestionCache {
  private readonly entries = new Map<string, Entry>();
  /** How many times `compute` ran (for tests and the benchmark). */
  computations = 0;

  constructor(private readonly compute: (text: string, kind: BlockKind) => readonly Suggestion[]) {}

  /** The suggestions of block `key` for `text`; `changed` when they had to be recomputed. */
  get(key: string, text: string, kind: BlockKind): { suggestions: readonly Suggestion[]; changed: boolean } {
    const entry = this.entries.get(key);
    if (entry && entry.text === text && entry.kind === kind) return { suggestions: entry.suggestions, changed: false };
    this.computations += 1;
    const suggestions = text.trim() === '' ? [] : this.compute(text, kind);
    this.entries.set(key, { text, kind, suggestions });
    return { suggestions, changed: true };
  }

  /** Forgets blocks that are gone. */
  prune(live: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!live.has(key)) this.entries.delete(key);
  }
}
