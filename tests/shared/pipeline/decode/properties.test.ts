// Property tests: any bytes decode without throwing; big and pathological inputs are decoded
// whole (their speed is measured by bench/scaling.bench.ts); the HTML flattener loses no text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, flattenHtml } from '../../../../shared/pipeline/decode';
import type { DecodeResult } from '../../../../shared/pipeline/model';
import { bytes } from './helpers';

const FAILURES = ['empty', 'binary', 'too_large', 'unreadable', 'unsupported_format', 'internal'];

/** A well-formed result: a refusal with a reason, or a document whose hints match its lines. */
function wellFormed(result: DecodeResult): void {
  if (!result.ok) {
    expect(FAILURES).toContain(result.failure);
    expect(result.failure).not.toBe('internal');
    expect(result.detail.length).toBeGreaterThan(10);
    return;
  }
  const { doc } = result;
  expect(doc.hints).toHaveLength(doc.text.split('\n').length);
  expect(doc.text).not.toMatch(/[\r\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/);
  expect(doc.text.trim()).not.toBe('');
}

/** Decodes and checks the result is well formed. */
async function decoded(name: string, input: Uint8Array): Promise<DecodeResult> {
  const result = await decodeDocument({ name, bytes: input });
  wellFormed(result);
  return result;
}

const PREFIXES = [
  '',
  '\uFEFF',
  '<!DOCTYPE html><html><body>',
  '<div><p>',
  'From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n',
  'From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: base64\r\n\r\n',
  'PK\u0003\u0004',
  '# ',
];
const NAMES = ['a.txt', 'a.md', 'a.html', 'a.docx', 'a.eml', 'a', 'a.pdf'];

describe('any input', () => {
  it('random bytes, with and without a format prefix, never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...NAMES), async (prefix, tail, name) => {
        await decoded(name, bytes(prefix, [...tail]));
      }),
      { numRuns: 300 },
    );
  });

  it('random Unicode text never throws, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 500 }), fc.constantFrom(...NAMES), async (text, name) => {
        await decoded(name, bytes(text));
      }),
      { numRuns: 300 },
    );
  });

  it('random tag soup never throws', async () => {
    const token = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<br>', '<a href="#">', '</a>', '<script>', '</script>', '<!--', '-->', '<li>', '<ul>', '<nav class="menu">', '</nav>', '<pre>', '&nbsp;', '&amp', '<', '>', 'mot', ' ', '\n', '<h1>', '<table><tr><td>');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 200 }), async (tokens) => {
        await decoded('a.html', bytes(tokens.join('')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the HTML flattener loses no text', () => {
  it('every character of the text of well-formed markup is in the lines, in order', () => {
    const word = fc.stringMatching(/^[a-zà-ü]{1,8}$/);
    const tags = ['div', 'p', 'span', 'a', 'strong', 'em', 'li', 'h2', 'nav', 'aside', 'footer', 'article', 'blockquote', 'figcaption', 'td'];
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1 ? word : fc.oneof(word, fc.tuple(fc.constantFrom(...tags), fc.array(node(depth - 1), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join(' ')}</${t}>`), fc.constant('<br>')),
    );
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 6 }), (parts) => {
        const html = parts.join(' ');
        const expected = html.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
        for (const article of [true, false]) {
          const flat = flattenHtml(html, { article });
          expect(flat.hints).toHaveLength(flat.lines.length);
          expect(flat.lines.join('').replace(/\s+/g, '')).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// The generous timeouts only catch a hang.
describe('big and pathological inputs', () => {
  const line = 'Le communiqué de l’OIM à Genève &amp; « réintégration » – un texte ordinaire. ';
  const sized = (mb: number, unit: string) => unit.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(unit)));

  it.each([
    ['text, one line', 'a.txt', line, 'réintégration » – un texte'],
    ['text, short lines (200,000 lines and more)', 'a.txt', 'Une ligne courte.\n', 'Une ligne courte.\nUne ligne courte.'],
    ['Markdown, one line of emphasis', 'a.md', '**gras** _it_ *x* [l](u) ', 'gras'],
    ['HTML, one paragraph', 'a.html', `<p>${line}</p>`, 'Genève & « réintégration »'],
    ['legacy encoding, one line', 'a.txt', line.replace(/[’«»–]/g, "'"), "Genève & ' réintégration '"],
  ])('%s: 5 MB decodes whole', async (label, name, unit, expected) => {
    const encode = (s: string) => (label.startsWith('legacy') ? new Uint8Array(Buffer.from(s, 'latin1')) : bytes(s));
    const result = await decoded(name, encode(sized(5, unit)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // includes(), not toContain(): a failure would print the whole 5 MB text.
    expect(result.doc.text.includes(expected)).toBe(true);
    expect(result.doc.text.length).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('HTML nested 100,000 levels deep decodes whole', async () => {
    const result = await decoded('a.html', bytes(`${'<div>'.repeat(100_000)}Profond${'</div>'.repeat(100_000)}`));
    expect(result.ok && result.doc.text).toBe('Profond');
  }, 120_000);
});
