import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';

export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/** What the toolbar shows for the current selection. */
export interface SelectionState {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  /** The href of the link at the selection, or null. */
  link: string | null;
  /** Whether there is a text selection at all (toolbar actions need one). */
  hasSelection: boolean;
}

export const NO_SELECTION: SelectionState = { block: 'paragraph', bold: false, italic: false, link: null, hasSelection: false };

/** Reads the selection's block type, marks and link. Call inside `editor.read`. */
export function $readSelectionState(): SelectionState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_SELECTION;
  const anchor = selection.anchor.getNode();
  const link = $findMatchingParent(anchor, $isLinkNode) ?? $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return {
    block: blockKind(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link: link ? link.getURL() : null,
    hasSelection: true,
  };
}

function blockKind(node: LexicalNode): BlockKind {
  const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
  if ($isListItemNode(block)) {
    const list = block.getParent();
    return $isListNode(list) && list.getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}
