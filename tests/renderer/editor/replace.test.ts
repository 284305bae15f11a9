import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $docToLexical, $lexicalToDoc } from '../../../renderer/editor/convert';
import { $collectTextBlocks, $replaceMatches, $selectRange } from '../../../renderer/editor/find/lexicalText';
import { findInBlocks } from '../../../renderer/editor/find/search';
import type { Block, Doc } from '../../../shared/domain';
import { makeEditor } from './helpers';

const loose = { caseInsensitive: true, accentInsensitive: true };
const p = (...children: Block['children']): Block => ({ type: 'paragraph', children });

function replaceAll(editor: LexicalEditor, query: string, replacement: string): number {
  let count = 0;
  editor.update(
    () => {
      const blocks = $collectTextBlocks();
      const found = findInBlocks(blocks.map((b) => b.text), query, loose);
      count = found.length;
      $replaceMatches(blocks, found, replacement);
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  );
  return count;
}

// editor.read flushes pending updates first (undo commits its state asynchronously).
const docOf = (editor: LexicalEditor): Doc => editor.read($lexicalToDoc);

describe('$collectTextBlocks', () => {
  it('lists every text block in reading order, line breaks as \\n, nested list items included', () => {
    const editor = makeEditor({
      blocks: [
        { type: 'heading', level: 2, children: [{ text: 'Titre' }] },
        p({ text: 'un\ndeux' }),
        { type: 'list-item', list: 'bullet', indent: 0, children: [{ text: 'a' }] },
        { type: 'list-item', list: 'number', indent: 1, children: [{ text: 'b', href: 'https://a.org' }] },
        { type: 'list-item', list: 'bullet', indent: 0, children: [] },
        { type: 'quote', children: [{ text: 'q' }] },
      ],
    });
    const texts = editor.getEditorState().read(() => $collectTextBlocks().map((b) => b.text));
    expect(texts).toEqual(['Titre', 'un\ndeux', 'a', 'b', '', 'q']);
  });
});

describe('$selectRange', () => {
  it('selects a match spanning several text nodes', () => {
    const editor = makeEditor({ blocks: [p({ text: 'une ré' }, { text: 'intégration', bold: true }, { text: ' durable' })] });
    editor.update(
      () => {
        const block = $collectTextBlocks()[0]!;
        const [match] = findInBlocks([block.text], 'reintegration', loose);
        $selectRange(block, match!.start, match!.end);
      },
      { discrete: true },
    );
    expect(editor.read(() => $getSelection()?.getTextContent())).toBe('réintégration');
  });
});

describe('replace', () => {
  it.each<[string, Doc, string, string, Doc]>([
    ['in plain text, every occurrence', { blocks: [p({ text: 'La réintégration, la reintegration.' })] }, 'reintegration', 'réinsertion', { blocks: [p({ text: 'La réinsertion, la réinsertion.' })] }],
    ['across a bold boundary: takes the marks where the match starts', { blocks: [p({ text: 'une ré' }, { text: 'intégration', bold: true }, { text: ' ici' })] }, 'réintégration', 'reprise', { blocks: [p({ text: 'une reprise ici' })] }],
    ['inside a link: stays linked', { blocks: [p({ text: 'voir ' }, { text: 'le site de l’OIM', href: 'https://iom.int' })] }, 'site', 'portail', { blocks: [p({ text: 'voir ' }, { text: 'le portail de l’OIM', href: 'https://iom.int' })] }],
    ['through a soft hyphen', { blocks: [p({ text: 'la réinté\u00ADgration durable' })] }, 'reintegration', 'réinsertion', { blocks: [p({ text: 'la réinsertion durable' })] }],
    ['with an empty replacement: deletes', { blocks: [p({ text: 'très très bien' })] }, 'très ', '', { blocks: [p({ text: 'bien' })] }],
    ['a replacement containing the query does not loop', { blocks: [p({ text: 'OIM et OIM' })] }, 'oim', 'OIM (ONU)', { blocks: [p({ text: 'OIM (ONU) et OIM (ONU)' })] }],
    ['keeps no-break spaces around', { blocks: [p({ text: '10\u202F000 euros\u00A0: oui' })] }, 'euros', 'dollars', { blocks: [p({ text: '10\u202F000 dollars\u00A0: oui' })] }],
    ['in several blocks and list items', { blocks: [p({ text: 'OIM' }), { type: 'list-item', list: 'bullet', indent: 2, children: [{ text: 'l’OIM' }] }] }, 'oim', 'HCR', { blocks: [p({ text: 'HCR' }), { type: 'list-item', list: 'bullet', indent: 2, children: [{ text: 'l’HCR' }] }] }],
  ])('%s', (_name, doc, query, replacement, expected) => {
    const editor = makeEditor(doc);
    replaceAll(editor, query, replacement);
    expect(docOf(editor)).toEqual(expected);
  });

  it('replacing a whole text node removes it and keeps the selection valid', () => {
    const editor = makeEditor();
    editor.update(
      () => {
        const text = $createTextNode('OIM');
        $getRoot().clear().append($createParagraphNode().append($createTextNode('a '), text, $createLinkNode('https://a.org').append($createTextNode(' b'))));
        text.select(1, 3);
      },
      { discrete: true },
    );
    replaceAll(editor, 'oim', '');
    expect(docOf(editor)).toEqual({ blocks: [p({ text: 'a ' }, { text: ' b', href: 'https://a.org' })] });
  });

  it('replace all is one undo step', () => {
    const doc: Doc = { blocks: [p({ text: 'réintégration' }), p({ text: 'la ' }, { text: 'réintégration', italic: true })] };
    // As in the app: history is on before the document is loaded, and loading is not undoable.
    const editor = makeEditor();
    registerHistory(editor, createEmptyHistoryState(), 0);
    editor.update(() => $docToLexical(doc), { discrete: true, tag: HISTORY_MERGE_TAG });
    expect(replaceAll(editor, 'reintegration', 'réinsertion')).toBe(2);
    expect(docOf(editor)).toEqual({ blocks: [p({ text: 'réinsertion' }), p({ text: 'la ' }, { text: 'réinsertion', italic: true })] });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(docOf(editor)).toEqual(doc);
    // …and only one: a second undo has nothing left (the load was not an undo step).
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(docOf(editor)).toEqual(doc);
  });
});
