// The words a document writes, so the dehyphenation cascade can ask how the document itself
// spells a compound elsewhere (`follow-up` or `followup`) before asking the lexicon.
import { normalizeWord } from './wordlist';

/** Words of one document, compared without case, ’ and ' alike. */
export interface TextWords {
  has(word: string): boolean;
}

const TOKEN = /[\p{L}\p{M}'’]+(?:[-\u2010][\p{L}\p{M}'’]+)*/gu;

function key(word: string): string {
  return normalizeWord(word).toLowerCase().replace(/\u2010/g, '-');
}

/**
 * The words of `lines`, read on the first question only (most documents have no line-end
 * hyphen and never ask). A word broken at a line end is two fragments here, never one word, so
 * the break being decided is no evidence for itself. Linear in the size of the text.
 */
export function textWords(lines: readonly string[]): TextWords {
  let words: Set<string> | null = null;
  const read = (): Set<string> => {
    const set = new Set<string>();
    for (const line of lines) {
      for (const m of line.matchAll(TOKEN)) {
        const w = key(m[0]);
        set.add(w);
        // An elided article or pronoun off: `l’organisation` also counts as `organisation`.
        const apostrophe = Math.max(w.lastIndexOf("'"), -1);
        if (apostrophe > 0 && apostrophe < w.length - 1) set.add(w.slice(apostrophe + 1));
      }
    }
    return set;
  };
  return {
    has(word) {
      words ??= read();
      return word !== '' && words.has(key(word));
    },
  };
}
