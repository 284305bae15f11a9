import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTabNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $lexicalToDoc, lexicalToDoc } from '../../../renderer/editor/convert';
import { normalizeDoc } from '../../../renderer/editor/normalForm';
import type { Block, Doc } from '../../../shared/domain';
import { makeEditor } from './helpers';

const p = (...children: Block['children']): Block => ({ type: 'paragraph', children });
const li = (list: 'bullet' | 'number', indent: number, text: string): Block => ({ type: 'list-item', list, indent, children: [{ text }] });

function roundTrip(doc: Doc): Doc {
  return lexicalToDoc(makeEditor(doc).getEditorState());
}

/** Through JSON too, as a stored or copied editor state would go. */
function jsonRoundTrip(doc: Doc): Doc {
  const editor = makeEditor(doc);
  const json = JSON.stringify(editor.getEditorState().toJSON());
  return lexicalToDoc(makeEditor().parseEditorState(json));
}

describe('Doc → Lexical → Doc', () => {
  it.each<[string, Doc]>([
    ['empty doc', { blocks: [] }],
    ['paragraph', { blocks: [p({ text: 'Le HCR salue la décision.' })] }],
    ['empty paragraphs between text', { blocks: [p({ text: 'a' }), p(), p(), p({ text: 'b' })] }],
    ['headings', { blocks: [{ type: 'heading', level: 2, children: [{ text: 'Titre' }] }, { type: 'heading', level: 3, children: [{ text: 'Sous-titre' }] }] }],
    ['quote', { blocks: [{ type: 'quote', children: [{ text: '« Nous restons mobilisés », a-t-elle dit.' }] }] }],
    ['marks combined', { blocks: [p({ text: 'gras', bold: true }, { text: ' italique', italic: true }, { text: ' les deux', bold: true, italic: true }, { text: ' rien' })] }],
    ['links', { blocks: [p({ text: 'Voir ' }, { text: 'le site', href: 'https://www.iom.int/fr' }, { text: ' ou ' }, { text: 'écrire', href: 'mailto:presse@iom.int' }, { text: '.' })] }],
    ['link with mixed marks', { blocks: [p({ text: 'a', href: 'https://a.org' }, { text: 'b', bold: true, href: 'https://a.org' }, { text: 'c', href: 'https://b.org' })] }],
    ['adjacent links to different targets', { blocks: [p({ text: 'one', href: 'https://a.org' }, { text: 'two', href: 'https://b.org' })] }],
    ['line breaks', { blocks: [p({ text: 'Contact presse\n' }, { text: 'Tél.', bold: true }, { text: '\n\nfin\n' })] }],
    ['line breaks between bold runs', { blocks: [p({ text: 'a', bold: true }, { text: '\n' }, { text: 'b', bold: true, italic: true })] }],
    ['line break inside a link', { blocks: [p({ text: 'a\nb', href: 'https://a.org' })] }],
    ['typographic spaces and soft hyphens', { blocks: [p({ text: 'Pourquoi\u202F? 10\u00A0000 ré\u00ADin\u00ADté\u00ADgra\u00ADtion\u00A0: «\u00A0oui\u00A0»' })] }],
    ['tab, emoji and combining marks', { blocks: [p({ text: 'a\tb 🇫🇷 e\u0301 \u200B' })] }],
    ['bullet list', { blocks: [li('bullet', 0, 'un'), li('bullet', 0, 'deux')] }],
    ['number list', { blocks: [li('number', 0, 'un'), li('number', 0, 'deux')] }],
    ['nested lists of both kinds', { blocks: [li('bullet', 0, 'a'), li('number', 1, 'a.1'), li('number', 1, 'a.2'), li('bullet', 2, 'a.2.x'), li('bullet', 0, 'b'), li('number', 0, 'c'), li('bullet', 1, 'c.1'), li('number', 1, 'c.2')] }],
    ['list starting deep and jumping', { blocks: [li('bullet', 2, 'deep'), li('number', 0, 'top'), li('number', 5, 'jump'), li('number', 6, 'max')] }],
    ['lists separated by blocks', { blocks: [li('bullet', 0, 'a'), p({ text: 'x' }), li('bullet', 0, 'b'), li('bullet', 1, 'b.1'), { type: 'quote', children: [{ text: 'q' }] }] }],
    ['empty list items', { blocks: [{ type: 'list-item', list: 'bullet', indent: 0, children: [] }, { type: 'list-item', list: 'bullet', indent: 1, children: [] }] }],
    ['formatted list item', { blocks: [{ type: 'list-item', list: 'number', indent: 0, children: [{ text: 'gras', bold: true }, { text: ' lien', href: 'https://a.org', italic: true }] }] }],
  ])('%s is identity', (_name, doc) => {
    expect(normalizeDoc(doc)).toEqual(doc);
    expect(roundTrip(doc)).toEqual(doc);
    expect(jsonRoundTrip(doc)).toEqual(doc);
  });

  it.each<[string, Doc, Doc]>([
    ['adjacent runs with the same marks merge', { blocks: [p({ text: 'a' }, { text: 'b' }, { text: '', bold: true }, { text: 'c', bold: true })] }, { blocks: [p({ text: 'ab' }, { text: 'c', bold: true })] }],
    ['unsafe hrefs become plain text', { blocks: [p({ text: 'x', href: 'javascript:alert(1)' }, { text: 'y', href: 'file:///etc/passwd' }, { text: 'z' })] }, { blocks: [p({ text: 'xyz' })] }],
    ['a line break carries no bold/italic', { blocks: [p({ text: 'a\nb', bold: true })] }, { blocks: [p({ text: 'a', bold: true }, { text: '\n' }, { text: 'b', bold: true })] }],
    ['one empty paragraph is the empty doc', { blocks: [p()] }, { blocks: [] }],
  ])('%s', (_name, input, expected) => {
    expect(normalizeDoc(input)).toEqual(expected);
    expect(roundTrip(input)).toEqual(expected);
  });

  it('builds one Lexical list per run of items, nesting deeper items', () => {
    const editor = makeEditor({ blocks: [li('bullet', 0, 'a'), li('number', 1, 'b'), li('bullet', 0, 'c')] });
    const shape = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()));
    expect(shape).toEqual(['list']);
    const html = JSON.stringify(editor.getEditorState().toJSON());
    expect(html.match(/"listType":"number"/g)).toHaveLength(1);
  });
});

describe('Lexical content a Doc cannot hold is normalised', () => {
  function docOf(build: () => void): Doc {
    const editor = makeEditor();
    editor.update(build, { discrete: true });
    return editor.getEditorState().read($lexicalToDoc);
  }

  it('maps h1 to heading 2 and h4–h6 to heading 3', () => {
    const doc = docOf(() => {
      const root = $getRoot().clear();
      for (const tag of ['h1', 'h4', 'h6'] as const) root.append($createHeadingNode(tag).append($createTextNode(tag)));
    });
    expect(doc.blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 3]);
  });

  it('drops formats other than bold and italic, keeps the text exactly', () => {
    const doc = docOf(() => {
      const text = $createTextNode('x\u00A0y').setFormat('code');
      text.toggleFormat('bold');
      text.toggleFormat('underline');
      $getRoot().clear().append($createParagraphNode().append(text, $createTabNode()));
    });
    expect(doc).toEqual({ blocks: [p({ text: 'x\u00A0y', bold: true }, { text: '\t' })] });
  });

  it('turns check lists into bullet lists and unwraps unsafe links', () => {
    const doc = docOf(() => {
      const list = $createListNode('check').append($createListItemNode(true).append($createTextNode('fait')));
      const para = $createParagraphNode().append($createLinkNode('javascript:void(0)').append($createTextNode('piège')));
      $getRoot().clear().append(list, para);
    });
    expect(doc).toEqual({ blocks: [li('bullet', 0, 'fait'), p({ text: 'piège' })] });
  });

  it('flattens a quote that holds paragraphs into quotes', () => {
    const doc = docOf(() => {
      const quote = $createQuoteNode({ shadowRoot: true }).append(
        $createParagraphNode().append($createTextNode('un')),
        $createParagraphNode().append($createTextNode('deux')),
      );
      $getRoot().clear().append(quote);
    });
    expect(doc).toEqual({ blocks: [{ type: 'quote', children: [{ text: 'un' }] }, { type: 'quote', children: [{ text: 'deux' }] }] });
  });
});
