import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicalToDoc } from '../../../renderer/editor/convert';
import { normalizeDoc } from '../../../renderer/editor/normalForm';
import { Doc, type Block, type Inline } from '../../../shared/domain';
import { makeEditor } from './helpers';

// Characters that matter to a French press office, plus the ones that trip editors up.
const CHARS = [
  'a', 'é', 'É', 'œ', 'ç', ' ', '\u00A0', '\u202F', '\u00AD', '\u2009', '’', '«', '»', '\n', '\t', '\r',
  'e\u0301', '🇫🇷', '😀', '\u200B', '-', '.', '?', '0',
];
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 });
const href = fc.constantFrom('https://www.iom.int/fr', 'http://a.org/x?y=1#z', 'mailto:presse@iom.int', 'javascript:alert(1)', 'ftp://x.org', '');

const inline: fc.Arbitrary<Inline> = fc
  .record({ text, bold: fc.boolean(), italic: fc.boolean(), href: fc.option(href, { nil: undefined }) })
  .map(({ text, bold, italic, href }) => ({
    text,
    ...(bold ? { bold: true as const } : {}),
    ...(italic ? { italic: true as const } : {}),
    ...(href !== undefined ? { href } : {}),
  }));
const children = fc.array(inline, { maxLength: 5 });

const block: fc.Arbitrary<Block> = fc.oneof(
  children.map((c): Block => ({ type: 'paragraph', children: c })),
  fc.record({ level: fc.constantFrom(2 as const, 3 as const), c: children }).map(({ level, c }): Block => ({ type: 'heading', level, children: c })),
  children.map((c): Block => ({ type: 'quote', children: c })),
  fc
    .record({ list: fc.constantFrom('bullet' as const, 'number' as const), indent: fc.integer({ min: 0, max: 6 }), c: children })
    .map(({ list, indent, c }): Block => ({ type: 'list-item', list, indent, children: c })),
);
const doc: fc.Arbitrary<Doc> = fc.array(block, { maxLength: 12 }).map((blocks) => ({ blocks }));

function roundTrip(d: Doc): Doc {
  return lexicalToDoc(makeEditor(d).getEditorState());
}

describe('round trip on random valid Docs', () => {
  it('Doc → Lexical → Doc equals the normal form, which is a fixed point and a valid Doc', () => {
    fc.assert(
      fc.property(doc, (d) => {
        expect(Doc.safeParse(d).success).toBe(true);
        const normal = normalizeDoc(d);
        expect(normalizeDoc(normal)).toEqual(normal);
        const back = roundTrip(d);
        expect(back).toEqual(normal);
        expect(Doc.parse(back)).toEqual(back);
        expect(roundTrip(back)).toEqual(back);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const plain = (x: Doc) => x.blocks.map((b) => b.children.map((c) => c.text).join(''));
        const onlyEmptyParagraph = d.blocks.length === 1 && d.blocks[0]?.type === 'paragraph' && plain(d)[0] === '';
        expect(plain(roundTrip(d))).toEqual(onlyEmptyParagraph ? [] : plain(d));
      }),
      { numRuns: 200 },
    );
  });
});
