import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HISTORY_MERGE_TAG, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $docToLexical, $lexicalToDoc } from '../../../renderer/editor/convert';
import { $typoBlocks } from '../../../renderer/editor/typography/blocks';
import { applyItems } from '../../../renderer/editor/typography/apply';
import { itemsOf, type TypoItem } from '../../../renderer/editor/typography/items';
import { planSplices } from '../../../renderer/editor/typography/splice';
import type { Block, Doc } from '../../../shared/domain';
import { suggestTypography } from '../../../shared/pipeline/typography';
import { makeEditor } from '../editor/helpers';

const p = (...children: Block['children']): Block => ({ type: 'paragraph', children });
const docOf = (editor: LexicalEditor): Doc => editor.read($lexicalToDoc);

/** The body items of an editor as the decorations compute them (French, no ignores). */
function itemsIn(editor: LexicalEditor): TypoItem[] {
  return editor.read(() =>
    $typoBlocks(new Map(), null).flatMap((b) => itemsOf('body', b.block.key, b.block.text, suggestTypography(b.block.text, { lang: 'fr', block: b.kind }), new Set())),
  );
}

describe('planSplices (block offsets → text nodes)', () => {
  const segments = [
    { key: 'a', start: 0, length: 13, isText: true }, // "Et maintenant"
    { key: 'b', start: 13, length: 1, isText: true }, // "?" in bold
    { key: 'br', start: 14, length: 1, isText: false }, // line break
    { key: 'c', start: 15, length: 5, isText: true },
  ];

  it('puts an insertion into the run of the character after it', () => {
    expect(planSplices(segments, [{ start: 13, end: 13, replacement: '\u202F' }])).toEqual([{ key: 'b', offset: 0, remove: 0, insert: '\u202F' }]);
  });

  it('at the end of a run before a line break, into the run before it', () => {
    expect(planSplices(segments, [{ start: 14, end: 14, replacement: '!' }])).toEqual([{ key: 'b', offset: 1, remove: 0, insert: '!' }]);
  });

  it('splits a replacement over runs: written into the first, removed from the next', () => {
    expect(planSplices(segments, [{ start: 12, end: 14, replacement: 't\u202F?' }])).toEqual([
      { key: 'b', offset: 0, remove: 1, insert: '' },
      { key: 'a', offset: 12, remove: 1, insert: 't\u202F?' },
    ]);
  });

  it('orders edits last first so earlier offsets stay valid', () => {
    const plan = planSplices(segments, [
      { start: 2, end: 3, replacement: '\u00A0' },
      { start: 10, end: 10, replacement: 'x' },
    ]);
    expect(plan.map((s) => ('offset' in s ? s.offset : -1))).toEqual([10, 2]);
  });
});

describe('applyItems', () => {
  it('applies inside formatted runs and links, keeping bold, italic and the link', () => {
    const editor = makeEditor({
      blocks: [p({ text: 'Et ' }, { text: 'maintenant', bold: true }, { text: '?', italic: true }, { text: ' Voir ', href: 'https://iom.int' }, { text: 'alors!' })],
    });
    const items = itemsIn(editor);
    expect(items.length).toBeGreaterThan(0);
    expect(applyItems(editor, items, true)).toBe(items.length);
    const doc = docOf(editor);
    expect(doc.blocks[0]!.children).toEqual([
      { text: 'Et ' },
      { text: 'maintenant', bold: true },
      { text: '\u202F?', italic: true },
      { text: ' Voir ', href: 'https://iom.int' },
      { text: 'alors\u202F!' },
    ]);
    expect(itemsIn(editor)).toEqual([]);
  });

  it('is one undo step for a whole bulk over several blocks', () => {
    // As in the app: history is on before the document is loaded, and loading is not undoable.
    const doc: Doc = { blocks: [p({ text: 'Un?' }), p({ text: 'Deux!' }), p({ text: 'Trois;' })] };
    const editor = makeEditor();
    registerHistory(editor, createEmptyHistoryState(), 300);
    editor.update(() => $docToLexical(doc), { discrete: true, tag: HISTORY_MERGE_TAG });
    const before = docOf(editor);
    applyItems(editor, itemsIn(editor), true);
    expect(docOf(editor).blocks.map((b) => b.children.map((c) => c.text).join(''))).toEqual(['Un\u202F?', 'Deux\u202F!', 'Trois\u202F;']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(docOf(editor)).toEqual(before);
    // …and only one step: a second undo has nothing left.
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(docOf(editor)).toEqual(before);
  });

  it('skips an item whose block text changed since it was computed', () => {
    const editor = makeEditor({ blocks: [p({ text: 'Un?' })] });
    const [item] = itemsIn(editor);
    const stale = { ...item!, text: 'Autre?' };
    expect(applyItems(editor, [stale], true)).toBe(0);
    expect(docOf(editor).blocks[0]!.children[0]!.text).toBe('Un?');
  });
});
