import type { ImportFailure, ReleaseDraft } from '../domain';
import { decodeBytes } from './decode';
import { splitRelease, type SplitContext } from './split';

export interface RawFile {
  name: string;
  bytes: Uint8Array;
  /** Set when the caller knows the type regardless of the name (pasted text is text/plain). */
  mediaType?: string;
}

export type ImportOutcome =
  | { ok: true; text: string; encoding: string; mediaType: string; draft: ReleaseDraft }
  | { ok: false; failure: ImportFailure; detail: string };

/**
 * The import pipeline's entry point: bytes → decoded text → release draft. Pure and total: bad
 * input comes back as `{ ok: false, failure }`, never as an exception.
 */
export function importRaw(file: RawFile, ctx: SplitContext): ImportOutcome {
  const decoded = decodeBytes(file.bytes, file.name, file.mediaType);
  if (!decoded.ok) return decoded;
  return { ...decoded, draft: splitRelease(decoded.text, ctx) };
}

export { decodeBytes, mediaTypeOf } from './decode';
export { splitRelease, detectLanguage, type SplitContext } from './split';
