import type { DecodedDocument, SplitContext, SplitOutcome } from '../model';
import { PIPELINE_VERSION } from '../version';
import { splitRelease } from './split';

/**
 * The split of a decoded document into fields, body, quotes and contacts, with the map of where
 * every raw line went. Pure. (First version: first line → title, other lines → paragraphs.)
 */
export function splitDocument(doc: DecodedDocument, ctx: SplitContext): SplitOutcome {
  const draft = splitRelease(doc.text, { defaultLanguage: ctx.defaultLanguage });
  const lines = doc.text.split('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const paragraphs = draft.body.blocks.map((b) => b.children.map((c) => c.text).join(''));
  return {
    title: draft.meta.title || null,
    subtitle: null,
    dateline: null,
    date: null,
    language: draft.language,
    paragraphs,
    blocks: draft.body.blocks,
    quotes: [],
    contacts: [],
    dropped: [],
    map: {
      version: 1,
      pipeline: PIPELINE_VERSION,
      segments: lines.flatMap((text, line) =>
        text.trim() === '' ? [] : [{ line, start: 0, end: text.length, dest: line === firstLine ? ('title' as const) : ('body' as const), rule: null, forced: false }],
      ),
      confidence: {},
      flags: [],
    },
  };
}
