import { docFromParagraphs, type Language, type ReleaseDraft } from '../../domain';
import { detectLanguage } from './language';

export interface SimpleSplitContext {
  /** Language used when the text gives no clue. */
  defaultLanguage: Language;
}

/**
 * The first, simple split: the first non-empty line is the title, every other non-empty line a
 * paragraph. Pure. The import capability replaces this stage behind the same entry point.
 */
export function splitRelease(text: string, ctx: SimpleSplitContext): ReleaseDraft {
  const lines = text
    .split('\n')
    // Runs of ordinary white space become one space; no-break spaces (U+00A0, U+2007, U+202F) are
    // typography, stored as real characters (ARCHITECTURE §3), so they are kept as they are.
    .map((l) => l.replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim())
    .filter((l) => l !== '');
  const [title = '', ...paragraphs] = lines;
  return {
    status: 'imported',
    language: detectLanguage(text, ctx.defaultLanguage),
    meta: { title, subtitle: '', dateline: '', date: null },
    contacts: [],
    quotes: [],
    body: docFromParagraphs(paragraphs),
    themes: [],
  };
}
