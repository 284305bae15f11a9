// Plain text: character sets, normalisation, entities, and the synchronous decodeBytes.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extensionOf, looksBinary, mediaTypeOf } from '../../../../shared/pipeline/decode';
import { bytes, decoded, latin1, PNG, utf16 } from './helpers';

function text(input: Uint8Array, name = 'a.txt') {
  const d = decodeBytes(input, name);
  if (!d.ok) throw new Error(`${d.failure}: ${d.detail}`);
  return d;
}

const FR = 'Réintégration à Genève';

describe('character sets', () => {
  it.each([
    ['UTF-8', bytes(FR), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], FR), 'utf-8 (BOM)'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16(FR, true)), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16(FR, false)), 'utf-16be'],
    ['UTF-16 LE without BOM', bytes(utf16(FR, true)), 'utf-16le'],
    ['UTF-16 BE without BOM', bytes(utf16(FR, false)), 'utf-16be'],
    ['UTF-32 LE with BOM', new Uint8Array(iconv.encode(FR, 'utf-32le', { addBOM: true })), 'utf-32le'],
    ['Latin-1 (no 0x80–0x9F byte)', bytes(latin1(FR)), 'iso-8859-1'],
    ['Windows-1252 (a 0x92 apostrophe)', bytes(latin1(FR), [0x92]), 'windows-1252'],
  ])('%s', (_label, input, encoding) => {
    const d = text(input);
    expect(d.encoding).toBe(encoding);
    expect(d.text.startsWith(FR)).toBe(true);
    expect(d.mediaType).toBe('text/plain');
  });

  it.each([
    ['85', '…'],
    ['92', '’'],
    ['91', '‘'],
    ['93', '“'],
    ['94', '”'],
    ['96', '–'],
    ['97', '—'],
    ['80', '€'],
    ['9c', 'œ'],
  ])('Windows-1252 byte 0x%s becomes %s (the WHATWG table, not Node’s Latin-1)', (hex, char) => {
    expect(text(bytes('Le communiqu', [0xe9], ' a', [parseInt(hex, 16)], 'b')).text).toBe(`Le communiqué a${char}b`);
  });

  it('keeps 0xA0 as a no-break space', () => {
    expect(text(bytes('Gen', [0xe8], 've', [0xa0], ':')).text).toBe('Genève\u00A0:');
  });

  it('falls back to a legacy encoding when a UTF-8 sequence is broken, never to replacement characters', () => {
    const d = text(bytes('caf', [0xe9], ' ', [0xc3, 0xa9]));
    expect(d.encoding).toBe('iso-8859-1');
    expect(d.text).toBe('café Ã©');
  });

  it('reads ISO-8859-15 when œ or € bytes say so', () => {
    const d = text(bytes(latin1("Le c\xBDur de l'\xBDuvre co\xFBte 50 \xA4 \xE0 Gen\xE8ve.")));
    expect(d.encoding).toBe('iso-8859-15');
    expect(d.text).toBe("Le cœur de l'œuvre coûte 50 € à Genève.");
  });

  it.each([
    ['windows-1251', 'Международная организация по миграции объявила о новой программе помощи мигрантам в регионе.'],
    ['iso-8859-2', 'Międzynarodowa Organizacja do spraw Migracji ogłosiła dziś nowy program pomocy dla migrantów w regionie. Zaś żółw łódź źdźbło.'],
    ['iso-8859-7', 'Ο Διεθνής Οργανισμός Μετανάστευσης ανακοίνωσε σήμερα νέο πρόγραμμα βοήθειας για τους μετανάστες στην περιοχή.'],
  ])('detects other legacy encodings with chardet (%s)', (encoding, sentence) => {
    const d = text(new Uint8Array(iconv.encode(`${sentence}\n`.repeat(3), encoding)));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(`${sentence}\n`.repeat(3));
  });

  it.each([
    ['a single French word', 'Gen\xE8ve'],
    ['a short French sentence', 'caf\xE9 cr\xE8me br\xFBl\xE9e \xE0 la fran\xE7aise'],
    ['Spanish', 'Ni\xF1os en Espa\xF1a, a\xF1o 2024, n\xBA 5'],
    ['an acute accent typed as an apostrophe', 'l\xB4OIM \xE0 Gen\xE8ve'],
    ['Catalan middle dot', 'col\xB7laboraci\xF3 amb l\xB4OIM'],
    ['Portuguese', 'A\xE7\xE3o humanit\xE1ria em Mo\xE7ambique'],
  ])('short Western texts stay Western, whatever chardet hesitates over (%s)', (_label, latin) => {
    const d = text(bytes(latin1(latin)));
    expect(d.encoding).toBe('iso-8859-1');
    expect(d.text).toBe(latin);
  });

  it('samples the non-ASCII bytes of a large file, wherever they are', () => {
    const greek = 'Ο Διεθνής Οργανισμός Μετανάστευσης ανακοίνωσε σήμερα νέο πρόγραμμα βοήθειας.\n';
    const input = new Uint8Array([...Buffer.from('Plain ASCII line.\n'.repeat(20_000)), ...iconv.encode(greek.repeat(3), 'iso-8859-7')]);
    const d = text(input);
    expect(d.encoding).toBe('iso-8859-7');
    expect(d.text.endsWith(greek)).toBe(true);
  });

  // Its speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('decodes a large legacy file whole, from a sample', () => {
    const line = 'Le communiqué de l’OIM à Genève – « réintégration ».\n';
    const big = new Uint8Array(iconv.encode(line.repeat(100_000), 'cp1252'));
    const d = text(big);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.length).toBe(line.length * 100_000);
    expect(d.text.endsWith(line)).toBe(true);
  }, 120_000);
});

describe('normalisation', () => {
  it.each([
    ['CRLF', 'un\r\ndeux\r\n', 'un\ndeux\n'],
    ['CR', 'un\rdeux\r', 'un\ndeux\n'],
    ['mixed', 'un\r\ndeux\rtrois\n', 'un\ndeux\ntrois\n'],
    ['Unicode line and paragraph separators', 'un\u2028deux\u2029trois', 'un\ndeux\ntrois'],
    ['zero-width space, joiners, word joiner', 'a\u200Bb\u200Cc\u200Dd\u2060e', 'abcde'],
    ['direction marks and embeddings', 'a\u200Eb\u200Fc\u202Ad\u202Ce\u2066f\u2069g', 'abcdefg'],
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
    const d = text(bytes('Le communiqu', [0xe9], ' a', [0x81, 0x8d, 0xe9, 0x8f, 0x90, 0x9d], 'b ', [0x92]));
    expect(d.text).toBe('Le communiqué aéb ’');
    expect(d.encoding).toBe('windows-1252');
  });
});

describe('plain text through decodeDocument', () => {
  it.each([
    ['&rsquo; &lsquo; &laquo;&nbsp;&raquo;', '’ ‘ «\u00A0»'],
    ['l&#39;OIM &#x2019; &quot;x&quot; R&amp;D', 'l\'OIM ’ "x" R&D'],
    ['&copy; OIM/Adama Traoré', '© OIM/Adama Traoré'],
    ['Tchad&nbsp;: après', 'Tchad\u00A0: après'],
  ])('decodes HTML entities in text: %s', async (input, expected) => {
    expect((await decoded('a.txt', input)).text).toBe(expected);
  });

  it.each([
    ['AT&T et R&D', 'AT&T et R&D'],
    ['&nothing &copy sans point-virgule', '&nothing &copy sans point-virgule'],
    ['un & deux', 'un & deux'],
    ['&unknownentity;', '&unknownentity;'],
  ])('leaves an ampersand that is not a complete entity: %s', async (input, expected) => {
    expect((await decoded('a.txt', input)).text).toBe(expected);
  });

  it('never strips tags from text: stray markup is for the later stages to see', async () => {
    const input = '<div class="field-item even">\n<strong>N\'Djamena (OIM)</strong> - Les pluies <p>texte</p>\n</div>';
    const doc = await decoded('copie.txt', input);
    expect(doc.text).toBe(input);
    expect(doc.format).toBe('text');
  });

  it('one null hint per line, the trailing empty line included', async () => {
    const doc = await decoded('a.txt', 'Titre\r\n\r\nCorps.\r\n');
    expect(doc).toEqual({ text: 'Titre\n\nCorps.\n', encoding: 'utf-8', mediaType: 'text/plain', format: 'text', hints: [null, null, null, null], meta: {} });
  });

  it('decides by content: a text named .pdf or .raw or without a name is text', async () => {
    expect((await decoded('rapport.pdf', 'Titre')).format).toBe('text');
    expect((await decoded('dev-fr-01.raw', 'Titre')).format).toBe('text');
    expect((await decoded('', 'Titre')).format).toBe('text');
  });

  it('pasted text (text/plain) stays text even when it looks like HTML', async () => {
    const doc = await decoded('Texte collé', '<!DOCTYPE html><html><body><p>Bonjour</p></body></html>', 'text/plain');
    expect(doc.format).toBe('text');
    expect(doc.text).toContain('<p>Bonjour</p>');
  });
});

describe('decodeBytes (synchronous, characters only)', () => {
  it.each([
    ['an empty file', 'empty', new Uint8Array(0)],
    ['spaces and line breaks', 'empty', bytes(' \n\t\r\n  ')],
    ['only invisible characters', 'empty', bytes('\u200B\uFEFF\u2060')],
    ['a BOM and nothing else', 'empty', bytes([0xef, 0xbb, 0xbf])],
    ['a UTF-16 BOM and spaces', 'empty', bytes([0xff, 0xfe], utf16('  \n', true))],
    ['a PNG named .txt', 'binary', bytes(PNG)],
    ['a NUL byte', 'binary', bytes('abc', [0], 'def')],
    ['many control bytes', 'binary', bytes('a'.repeat(90), Array.from({ length: 10 }, () => 0x01))],
  ])('%s → %s', (_label, failure, input) => {
    expect(decodeBytes(input, 'a.txt')).toMatchObject({ ok: false, failure, detail: expect.any(String) });
  });

  it('keeps text with a stray control byte or two', () => {
    expect(text(bytes('a'.repeat(200), [0x01], 'b')).text).toBe(`${'a'.repeat(200)}b`);
  });

  it('leaves entities as written (it is the raw view of the characters)', () => {
    expect(text(bytes('l&rsquo;OIM')).text).toBe('l&rsquo;OIM');
  });

  it('reports the media type the caller knows, else the one the name suggests', () => {
    expect(text(bytes('Titre'), 'rapport.pdf')).toMatchObject({ mediaType: 'application/octet-stream' });
    expect(decodeBytes(bytes('Titre'), 'rapport.pdf', 'text/plain')).toMatchObject({ ok: true, mediaType: 'text/plain' });
    expect(text(bytes('Titre'), 'note.md')).toMatchObject({ mediaType: 'text/markdown' });
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
    ['page.HTM', 'htm', 'text/html'],
    ['page.html', 'html', 'text/html'],
    ['cp.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['message.eml', 'eml', 'message/rfc822'],
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
});
