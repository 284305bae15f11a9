import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, CHUNK_BYTES } from '../../../renderer/features/import/base64';

describe('chunked base64', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['one byte', new Uint8Array([0xff])],
    ['two bytes', new Uint8Array([0, 0x80])],
    ['UTF-8 accents', new TextEncoder().encode('réintégration « Genève »')],
  ])('%s', (_, bytes) => {
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('matches the reference at and around chunk boundaries', () => {
    for (const n of [CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 2 * CHUNK_BYTES + 2]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a 20 MB file without overflowing the stack', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x41);
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(Buffer.from(encoded, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('always agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3 * CHUNK_BYTES }), (bytes) => bytesToBase64(bytes) === Buffer.from(bytes).toString('base64')),
      { numRuns: 60 },
    );
  });
});
