// Which format a file is (by content; the name and media type only hint), and every refusal
// with its English, developer-facing detail.
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../shared/pipeline/decode';
import { bytes, decoded, latin1, PNG } from './helpers';

const SUPPORTED = 'Galley imports text (.txt), Markdown (.md), HTML (.html), Word (.docx) and e-mail (.eml)';
const refuse = (name: string, input: Uint8Array, mediaType?: string) => decodeDocument({ name, bytes: input, ...(mediaType ? { mediaType } : {}) });

describe('refused', () => {
  it.each([
    ['PDF', 'rapport.pdf', bytes('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj'), 'a PDF document'],
    ['PDF renamed .txt', 'rapport.txt', bytes('%PDF-1.4\n'), 'a PDF document'],
    ['PNG', 'photo.png', bytes(PNG), 'a PNG image'],
    ['PNG renamed .txt', 'photo.txt', bytes(PNG), 'a PNG image'],
    ['JPEG', 'photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'a JPEG image'],
    ['GIF', 'anim.gif', bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
    ['WebP', 'img.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
    ['MP4', 'clip.mp4', bytes([0, 0, 0, 0x18], 'ftypmp42'), 'an MP4/QuickTime video'],
    ['RTF', 'lettre.rtf', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl}Bonjour}'), 'an RTF document'],
    ['legacy Word .doc', 'vieux.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a legacy Microsoft Office file (.doc, .xls, .ppt or an Outlook .msg)'],
    ['Outlook .msg', 'message.msg', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a legacy Microsoft Office file (.doc, .xls, .ppt or an Outlook .msg)'],
    ['gzip', 'a.gz', bytes([0x1f, 0x8b, 8, 0]), 'a gzip archive'],
    ['ZIP', 'a.zip', bytes([0x50, 0x4b, 3, 4, 20, 0], 'readme.txt'), 'a ZIP archive'],
    ['OpenDocument text', 'cp.odt', bytes([0x50, 0x4b, 3, 4, 20, 0], 'mimetypeapplication/vnd.oasis.opendocument.text'), 'an OpenDocument text (.odt)'],
    ['Excel', 'a.xlsx', bytes([0x50, 0x4b, 3, 4, 20, 0], '[Content_Types].xml xl/workbook.xml'), 'an Excel workbook (.xlsx)'],
    ['SQLite', 'galley.db', bytes('SQLite format 3', [0]), 'an SQLite database'],
  ])('%s → unsupported_format', async (_label, name, input, what) => {
    expect(await refuse(name, input)).toEqual({ ok: false, failure: 'unsupported_format', detail: `Unsupported format: ${what}. ${SUPPORTED}` });
  });

  it.each([
    ['an empty file', 'vide.txt', new Uint8Array(0), 'empty', 'The file is empty (0 bytes)'],
    ['an empty file named .pdf', 'vide.pdf', new Uint8Array(0), 'empty', 'The file is empty (0 bytes)'],
    ['whitespace only', 'blanc.txt', bytes(' \r\n\t\n'), 'empty', 'The file holds no text (only whitespace or invisible characters)'],
    ['invisible characters only', 'zw.txt', bytes('\u200B\u2060\uFEFF'), 'empty', 'The file holds no text (only whitespace or invisible characters)'],
    ['entities of invisible characters only', 'zw.txt', bytes('&#8203;&zwj;'), 'empty', 'The file holds no text (only whitespace or invisible characters)'],
    ['an HTML page without visible text', 'page.html', bytes('<html><head><title>T</title><script>x()</script></head><body><img src="a.png"></body></html>'), 'empty', 'The HTML page holds no text (only whitespace or invisible characters)'],
    ['a NUL byte', 'a.txt', bytes('Texte', [0], 'suite'), 'binary', 'Not text: binary content (a NUL byte from offset 5)'],
    ['control bytes', 'a.txt', bytes('abc', Array.from({ length: 20 }, () => 0x02)), 'binary', 'Not text: binary content (control bytes from offset 3)'],
    ['unknown binary', 'data.bin', bytes([0x13, 0x37, 0, 0, 0xca, 0xfe, 0xba, 0xbe]), 'binary', 'Not text: binary content (a NUL byte from offset 2)'],
  ])('%s (%s)', async (_label, name, input, failure, detail) => {
    expect(await refuse(name, input)).toEqual({ ok: false, failure, detail });
  });
});

describe('detected', () => {
  it.each([
    ['a full HTML document named .txt', 'page.txt', '<!DOCTYPE html><html><body><p>Bonjour</p></body></html>', 'html'],
    ['HTML after a comment and an XML declaration', 'x', '<?xml version="1.0"?>\n<!-- export -->\n<html><body><p>Bonjour</p></body></html>', 'html'],
    ['an HTML fragment that is mostly markup', 'fragment', '<div class="body">\n<p>Un.</p>\n<p>Deux.</p>\n<h2>Trois</h2>\n</div>', 'html'],
    ['any tag in a file named .html', 'page.html', 'Bonjour <b>tout</b> le monde', 'html'],
    ['a text with a stray tag is text', 'copie.txt', 'Accueil\n<div class="field-item even">\nTitre du communiqué\nTexte du communiqué.\n</div>', 'text'],
    ['a text starting with <strong> is text', 'copie.txt', '<strong>GENÈVE</strong> – Le texte.\nSuite du texte.\nEncore du texte.', 'text'],
    ['a .html file without any tag is text', 'page.html', 'Juste du texte.', 'text'],
    ['an RFC 5322 message named .txt', 'mail.txt', 'From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n\r\nCorps\r\n', 'eml'],
    ['an .eml without MIME headers', 'mail.eml', 'From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\n\r\nCorps\r\n', 'eml'],
    ['Markdown by its extension', 'a.md', '# Titre', 'markdown'],
    ['Markdown by its media type', 'a', '# Titre', 'markdown'],
    ['text without extension', 'Texte collé 23.11.2026', '# Titre', 'text'],
  ])('%s (%s)', async (label, name, input, format) => {
    const doc = await decoded(name, input, label === 'Markdown by its media type' ? 'text/markdown' : undefined);
    expect(doc.format).toBe(format);
  });

  it('a Latin-1 HTML page without a declared charset is detected, not mojibake', async () => {
    const doc = await decoded('page.html', bytes(latin1('<html><body><p>R\xE9int\xE9gration \xE0 Gen\xE8ve</p></body></html>')));
    expect(doc.text).toBe('Réintégration à Genève');
    expect(doc.encoding).toBe('iso-8859-1');
  });

  it('a valid UTF-8 page ignores a stale <meta charset>; an XML declaration counts as a declared charset', async () => {
    const stale = await decoded('page.html', bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Genève</p></body></html>'));
    expect(stale.text).toBe('Genève');
    expect(stale.encoding).toBe('utf-8');
    const xml = await decoded('page.xhtml', bytes(latin1('<?xml version="1.0" encoding="windows-1252"?>\n<html><body><p>l\x92OIM \x96 Gen\xE8ve</p></body></html>')));
    expect(xml.text).toBe('l’OIM – Genève');
    expect(xml.encoding).toBe('windows-1252');
  });

  it('a UTF-16 HTML page (BOM) ignores a stale <meta charset>', async () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Genève</p></body></html>';
    const input = new Uint8Array([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]);
    const doc = await decoded('page.html', input);
    expect(doc.text).toBe('Genève');
    expect(doc.encoding).toBe('utf-16le');
  });
});
