import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, FORMAT_TEXT_COMMAND, IS_BOLD, IS_ITALIC, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerEditorKeys } from '../../../renderer/editor/editorKeys';
import { makeEditor } from './helpers';

function all(node: LexicalNode): LexicalNode[] {
  return [node, ...($isElementNode(node) ? node.getChildren().flatMap(all) : [])];
}

describe('Doc-shape transforms keep the editor within what a Doc holds', () => {
  it('rewrites headings, lists, formats, styles, alignment and unsafe links as they arrive', () => {
    const editor = makeEditor();
    editor.update(
      () => {
        const underlined = $createTextNode('souligné').setFormat('underline').setStyle('color: red');
        underlined.toggleFormat('bold');
        const para = $createParagraphNode().append(underlined, $createLinkNode('javascript:alert(1)').append($createTextNode('piège')), $createLinkNode('https://ok.org').append($createTextNode('ok')));
        para.setFormat('center');
        para.setIndent(2);
        $getRoot()
          .clear()
          .append($createHeadingNode('h1').append($createTextNode('h1')), $createHeadingNode('h5').append($createTextNode('h5')), para, $createListNode('check').append($createListItemNode(true).append($createTextNode('x'))));
      },
      { discrete: true },
    );
    const seen = editor.read(() => {
      const nodes = all($getRoot());
      return {
        headings: nodes.filter($isHeadingNode).map((h) => h.getTag()),
        lists: nodes.filter($isListNode).map((l) => l.getListType()),
        links: nodes.filter($isLinkNode).map((l) => l.getURL()),
        formats: nodes.filter($isTextNode).map((t) => [t.getTextContent(), t.getFormat(), t.getStyle()]),
        para: nodes.filter((n) => n.getType() === 'paragraph').map((n) => ($isElementNode(n) ? [n.getFormatType(), n.getIndent()] : [])),
      };
    });
    expect(seen.headings).toEqual(['h2', 'h3']);
    expect(seen.lists).toEqual(['bullet']);
    expect(seen.links).toEqual(['https://ok.org']);
    expect(seen.formats).toContainEqual(['souligné', 1, '']);
    expect(seen.para).toEqual([['', 0]]);
  });

  it('refuses text formats a Doc cannot hold (Ctrl+U…), applies bold and italic', () => {
    const editor = makeEditor({ blocks: [{ type: 'paragraph', children: [{ text: 'abc' }] }] });
    registerEditorKeys(editor, { link: () => undefined, find: () => undefined });
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    for (const format of ['underline', 'code', 'strikethrough', 'bold', 'italic'] as const) editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
    const format = editor.read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection.format : null;
    });
    expect(format).toBe(IS_BOLD | IS_ITALIC);
  });
});
