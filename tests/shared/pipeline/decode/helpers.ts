// Helpers for the decode tests: byte builders and a decode that fails the test on a refusal.
import { expect } from 'vitest';
import { decodeDocument } from '../../../../shared/pipeline/decode';
import type { DecodedDocument, LineHint } from '../../../../shared/pipeline/model';

/** Bytes from parts: a string is UTF-8, an array is raw bytes. */
export const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

/** Latin-1 bytes of a string (each character one byte). */
export const latin1 = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

export const utf16 = (text: string, le: boolean): number[] => {
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    if (le) out.writeUInt16LE(text.charCodeAt(i), i * 2);
    else out.writeUInt16BE(text.charCodeAt(i), i * 2);
  }
  return [...out];
};

export const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

/** Decodes and fails the test with the refusal's reason when it is refused. */
export async function decoded(name: string, input: Uint8Array | string, mediaType?: string): Promise<DecodedDocument> {
  const data = typeof input === 'string' ? bytes(input) : input;
  const result = await decodeDocument({ name, bytes: data, ...(mediaType ? { mediaType } : {}) });
  if (!result.ok) throw new Error(`${result.failure}: ${result.detail}`);
  expect(result.doc.hints).toHaveLength(result.doc.text.split('\n').length);
  return result.doc;
}

/** The lines of a document with their hints, blank lines left out: [text, hint] pairs. */
export function linesOf(doc: Pick<DecodedDocument, 'text' | 'hints'>): [string, LineHint | null][] {
  return doc.text
    .split('\n')
    .map((line, i): [string, LineHint | null] => [line, doc.hints[i] ?? null])
    .filter(([line]) => line !== '');
}
