import { $createLinkNode, $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $removeList, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $createTextNode, $findMatchingParent, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor } from 'lexical';
import { linkLabel } from '../links';
import type { BlockKind } from './selectionState';

const CREATE: Record<'paragraph' | 'h2' | 'h3' | 'quote', () => ElementNode> = {
  paragraph: $createParagraphNode,
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  quote: $createQuoteNode,
};

/**
 * Sets the type of the selected blocks. Choosing the list type the selection already has turns
 * the list back into paragraphs, as in word processors.
 */
export function setBlockKind(editor: LexicalEditor, kind: BlockKind, current: BlockKind): void {
  if (kind === 'bullet' || kind === 'number') {
    if (kind === current) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  editor.update(() => {
    if (current === 'bullet' || current === 'number') $removeList();
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, CREATE[kind]);
  });
}

/**
 * Links the selection to `href` (already validated). On a caret inside a link, changes that
 * link; on a caret elsewhere, inserts the address itself as linked text.
 */
export function applyLink(editor: LexicalEditor, href: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const inLink = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
    if (selection.isCollapsed() && !inLink) {
      const link = $createLinkNode(href).append($createTextNode(linkLabel(href)));
      selection.insertNodes([link]);
      link.selectNext();
      return;
    }
    if (selection.isCollapsed() && inLink) {
      inLink.setURL(href);
      return;
    }
    $toggleLink(href);
  });
}

/** Removes the link at the selection, keeping its text. */
export function removeLink(editor: LexicalEditor): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
}
