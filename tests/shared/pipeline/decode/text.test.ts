import { describe, expect, it } from 'vitest';
import { decodeBytes, extensionOf, looksBinary, mediaTypeOf } from '../../../shared/pipeline/decode';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const utf16 = (text: string, le: boolean) => {
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    if (le) out.writeUInt16LE(text.charCodeAt(i), i * 2);
    else out.writeUInt16BE(text.charCodeAt(i), i * 2);
  }
  return [...out];
};
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function text(input: Uint8Array, name = 'a.txt') {
  const d = decodeBytes(input, name);
  if (!d.ok) throw new Error(`${d.failure}: ${d.detail}`);
  return d;
}

describe('decodeBytes: encodings', () => {
  it.each([
    ['UTF-8', bytes('Réintégration à Genève'), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Réintégration à Genève'), 'utf-8 (BOM)'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16('Réintégration à Genève', true)), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16('Réintégration à Genève', false)), 'utf-16be'],
    ['Windows-1252', bytes([0x52, 0xe9, 0x69, 0x6e, 0x74, 0xe9, 0x67, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0xe0, 0x20, 0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65]), 'windows-1252'],
  ])('%s', (_label, input, encoding) => {
    expect(text(input)).toEqual({ ok: true, text: 'Réintégration à Genève', encoding, mediaType: 'text/plain' });
  });

  it.each([
    [0x85, '…'],
    [0x92, '’'],
    [0x91, '‘'],
    [0x93, '“'],
    [0x94, '”'],
    [0x96, '–'],
    [0x97, '—'],
    [0x80, '€'],
    [0xa0, '\u00A0'],
    [0x9c, 'œ'],
  ])('Windows-1252 byte 0x%s becomes %s', (byte, char) => {
    expect(text(bytes('a', [byte], 'b')).text).toBe(`a${char}b`);
  });

  it('falls back to Windows-1252 when a UTF-8 sequence is broken, not to replacement characters', () => {
    const d = text(bytes('caf', [0xe9], ' ', [0xc3, 0xa9]));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).not.toContain('\uFFFD');
  });
});

describe('decodeBytes: normalisation', () => {
  it.each([
    ['CRLF', 'un\r\ndeux\r\n', 'un\ndeux\n'],
    ['CR', 'un\rdeux\r', 'un\ndeux\n'],
    ['mixed', 'un\r\ndeux\rtrois\n', 'un\ndeux\ntrois\n'],
    ['zero-width space, joiners, word joiner', 'a\u200Bb\u200Cc\u200Dd\u2060e', 'abcde'],
    ['a BOM in the middle', 'a\uFEFFb', 'ab'],
    ['C0 controls', 'a\u0001b\u0007c\u001Bd\u007Fe', 'abcde'],
    ['vertical tab', 'a\u000Bb', 'ab'],
    ['C1 controls', 'a\u0080b\u0085c\u009Fd', 'abcd'],
    ['tabs kept', 'a\tb', 'a\tb'],
    ['no-break spaces kept', 'Genève\u00A0: partir\u202F?', 'Genève\u00A0: partir\u202F?'],
    ['soft hyphen kept for later stages', 'ré\u00ADintégration', 'ré\u00ADintégration'],
  ])('%s', (_label, input, expected) => {
    // Padded with ordinary text so that a few control characters do not make it look binary.
    const pad = ' Texte ordinaire.'.repeat(20);
    expect(text(bytes(input + pad)).text).toBe(expected + pad);
  });

  it('removes characters that Windows-1252 leaves as controls (0x81, 0x8D, 0x8F, 0x90, 0x9D)', () => {
    expect(text(bytes('a', [0x81, 0x8d, 0xe9, 0x8f, 0x90, 0x9d], 'b')).text).toBe('aéb');
    expect(text(bytes('a', [0x81, 0x8d, 0xe9, 0x8f, 0x90, 0x9d], 'b')).encoding).toBe('windows-1252');
  });
});

describe('decodeBytes: what is not text', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['spaces and line breaks', bytes(' \n\t\r\n  '), 'empty'],
    ['only invisible characters', bytes('\u200B\uFEFF\u2060'), 'empty'],
    ['a BOM and nothing else', bytes([0xef, 0xbb, 0xbf]), 'empty'],
    ['a UTF-16 BOM and spaces', bytes([0xff, 0xfe], utf16('  \n', true)), 'empty'],
    ['a PNG named .txt', bytes(PNG), 'binary'],
    ['a NUL byte', bytes('abc', [0], 'def'), 'binary'],
    ['many control bytes', bytes('a'.repeat(90), Array.from({ length: 10 }, () => 0x01)), 'binary'],
  ])('%s → %s', (_label, input, failure) => {
    const d = decodeBytes(input, 'a.txt');
    expect(d).toMatchObject({ ok: false, failure, detail: expect.any(String) });
  });

  it('keeps text with a stray control byte or two', () => {
    expect(text(bytes('a'.repeat(200), [0x01], 'b')).text).toBe(`${'a'.repeat(200)}b`);
  });

  it.each([
    [[0], true],
    [[0x41, 0x0a, 0x0d, 0x09, 0x0c], false],
    [[], false],
  ])('looksBinary(%j) is %s', (input, expected) => {
    expect(looksBinary(new Uint8Array(input))).toBe(expected);
  });
});

describe('file names', () => {
  it.each([
    ['communique.txt', 'txt', 'text/plain'],
    ['NOTE.MD', 'md', 'text/markdown'],
    ['a.markdown', 'markdown', 'text/markdown'],
    ['a.text', 'text', 'text/plain'],
    ['Sans titre', '', 'text/plain'],
    ['Texte collé 23.11.2026', '', 'text/plain'],
    ['v1.2 notes', '', 'text/plain'],
    ['rapport.pdf', 'pdf', null],
    ['image.png', 'png', null],
    ['archive.tar.gz', 'gz', null],
    ['mp3.mp3', 'mp3', null],
  ])('%s: extension %j, media type %s', (name, ext, type) => {
    expect(extensionOf(name)).toBe(ext);
    expect(mediaTypeOf(name)).toBe(type);
  });

  it('refuses an unsupported type before looking at the bytes, unless the caller knows the type', () => {
    expect(decodeBytes(bytes('Titre'), 'rapport.pdf')).toMatchObject({ ok: false, failure: 'unsupported_format', detail: 'Unsupported file type: .pdf' });
    expect(decodeBytes(new Uint8Array(0), 'rapport.pdf')).toMatchObject({ failure: 'unsupported_format' });
    expect(decodeBytes(bytes('Titre'), 'rapport.pdf', 'text/plain')).toMatchObject({ ok: true, mediaType: 'text/plain' });
  });
});
