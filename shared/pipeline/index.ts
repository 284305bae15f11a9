import type { ImportFailure, ReleaseDraft } from '../domain';
import { decodeDocument } from './decode';
import type { DecodedDocument, RawFile, SplitContext, SplitOutcome } from './model';
import { splitDocument } from './split';

export type ImportOutcome =
  | { ok: true; doc: DecodedDocument; split: SplitOutcome; draft: ReleaseDraft }
  | { ok: false; failure: ImportFailure; detail: string };

/** The release a split makes: status `imported`, body as Doc blocks, no themes yet. */
export function draftFromSplit(split: SplitOutcome): ReleaseDraft {
  return {
    status: 'imported',
    language: split.language,
    meta: { title: split.title ?? '', subtitle: split.subtitle ?? '', dateline: split.dateline ?? '', date: split.date },
    contacts: split.contacts,
    quotes: split.quotes,
    body: { blocks: split.blocks },
    themes: [],
  };
}

/**
 * The import pipeline's entry point: bytes → decoded document → split → release draft. Pure and
 * total: bad input comes back as `{ ok: false, failure }`, never as an exception. Asynchronous
 * because .docx and e-mail decoding is.
 */
export async function importRaw(file: RawFile, ctx: SplitContext): Promise<ImportOutcome> {
  const decoded = await decodeDocument(file);
  if (!decoded.ok) return decoded;
  const split = splitDocument(decoded.doc, ctx);
  return { ok: true, doc: decoded.doc, split, draft: draftFromSplit(split) };
}

export { decodeBytes, decodeDocument, mediaTypeOf } from './decode';
export { splitDocument, detectLanguage } from './split';
export { PIPELINE_VERSION } from './version';
export * from './model';
export { lineKey, isCountableLine } from './lines';
