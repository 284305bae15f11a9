// What the hyphenation preview shows: the body's blocks with the soft hyphens export would add,
// and how many words and breaks that makes. Pure (shared/ code and strings only).
import { hyphenate, SOFT_HYPHEN } from '../../../shared/pipeline/hyphenation';
import type { TypoLang } from '../../../shared/pipeline/typography';

export interface PreviewBlock {
  type: string;
  text: string;
}

export interface HyphenatedBlock {
  type: string;
  /** The block's text, with U+00AD at each allowed break (none in headings). */
  text: string;
}

export interface HyphenationSummary {
  blocks: HyphenatedBlock[];
  /** Words in the hyphenated blocks. */
  words: number;
  /** Words with at least one allowed break. */
  hyphenated: number;
  /** Allowed breaks in all. */
  breaks: number;
}

/** Block types whose text is hyphenated; headings and titles are set whole (house style). */
const HYPHENATED_TYPES = new Set(['paragraph', 'quote', 'list-item']);
const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/**
 * The blocks as the preview shows them, each body block hyphenated with the release's language
 * and the office's exception list, with the counts shown under the column.
 */
export function hyphenatePreview(blocks: readonly PreviewBlock[], lang: TypoLang, exceptions: readonly string[]): HyphenationSummary {
  let words = 0;
  let hyphenated = 0;
  let breaks = 0;
  const out = blocks.map((b) => {
    if (!HYPHENATED_TYPES.has(b.type)) return { type: b.type, text: b.text };
    const text = hyphenate(b.text, lang, { exceptions });
    words += b.text.match(WORD)?.length ?? 0;
    for (const token of text.split(/\s+/u)) {
      if (!token.includes(SOFT_HYPHEN)) continue;
      hyphenated++;
      breaks += token.split(SOFT_HYPHEN).length - 1;
    }
    return { type: b.type, text };
  });
  return { blocks: out, words, hyphenated, breaks };
}

/** The pieces of a hyphenated text between its soft hyphens (to draw a mark at each break). */
export function splitAtBreaks(text: string): string[] {
  return text.split(SOFT_HYPHEN);
}
