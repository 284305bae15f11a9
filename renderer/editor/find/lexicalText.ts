import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTabNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { TextMatch } from './search';

/** A piece of a block's text: a TextNode, or a line break / other inline leaf (not editable text). */
export interface Segment {
  key: NodeKey;
  start: number;
  length: number;
  isText: boolean;
}

/** One block's plain text (line breaks as `\n`) and the nodes it comes from. */
export interface TextBlock {
  key: NodeKey;
  text: string;
  segments: Segment[];
}

/**
 * The text blocks of the document in reading order (paragraphs, headings, quotes, list items,
 * at any nesting depth). Call inside `editor.read`/`update`.
 */
export function $collectTextBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (element: ElementNode) => {
    const inline = element.getChildren().filter((c) => !$isElementNode(c) || c.isInline());
    if (inline.length > 0 || element.getChildrenSize() === 0) blocks.push(blockOf(element, inline));
    for (const child of element.getChildren()) if ($isElementNode(child) && !child.isInline()) visit(child);
  };
  for (const child of $getRoot().getChildren()) if ($isElementNode(child)) visit(child);
  return blocks;
}

/** The text of a block element's inline content, with where each node's text sits in it. */
export function blockOf(element: ElementNode, inline: readonly LexicalNode[]): TextBlock {
  const segments: Segment[] = [];
  let text = '';
  const add = (node: LexicalNode) => {
    if ($isElementNode(node)) {
      for (const child of node.getChildren()) add(child);
      return;
    }
    const content = $isLineBreakNode(node) ? '\n' : node.getTextContent();
    segments.push({ key: node.getKey(), start: text.length, length: content.length, isText: $isTextNode(node) && !$isTabNode(node) });
    text += content;
  };
  inline.forEach(add);
  return { key: element.getKey(), text, segments };
}

/** Where a block offset falls: the segment and the offset inside it. `side` picks the segment
 * before ('end') or after ('start') when the offset sits on a boundary. */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): { segment: Segment; offset: number } | null {
  for (const segment of block.segments) {
    const inside = side === 'start' ? offset >= segment.start && offset < segment.start + segment.length : offset > segment.start && offset <= segment.start + segment.length;
    if (inside) return { segment, offset: offset - segment.start };
  }
  return null;
}

/**
 * Replaces the given matches (computed on `blocks`, in document order) with `replacement`. The
 * replacement takes the marks of the text where the match starts. Works from the last match back
 * so earlier offsets stay valid; keeps the selection valid. Call inside `editor.update`, with
 * `blocks` collected in that same update.
 */
export function $replaceMatches(blocks: readonly TextBlock[], matches: readonly TextMatch[], replacement: string): void {
  for (const match of [...matches].reverse()) {
    const block = blocks[match.block];
    if (block) $replaceOne(block, match.start, match.end, replacement);
  }
  $keepSelectionValid();
}

function $replaceOne(block: TextBlock, start: number, end: number, replacement: string): void {
  const covered = block.segments.filter((s) => s.start < end && s.start + s.length > start);
  // A match always holds typed text; one made only of breaks or tabs is left alone.
  if (!covered.some((s) => s.isText)) return;
  let pending = replacement;
  for (const segment of covered) {
    const node = $getNodeByKey(segment.key);
    if (!node || !node.isAttached()) continue;
    const from = Math.max(0, start - segment.start);
    const to = Math.min(segment.length, end - segment.start);
    if (!segment.isText || !$isTextNode(node)) {
      // Line breaks and tabs inside a match go; the replacement lands in the first text segment.
      node.remove();
      continue;
    }
    const next = node.spliceText(from, to - from, pending);
    pending = '';
    if (next.getTextContentSize() === 0) next.remove();
  }
}

/** Selects [start, end) of a block (both ends must fall in text). Call inside `editor.update`. */
export function $selectRange(block: TextBlock, start: number, end: number): void {
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  if (!from?.segment.isText || !to?.segment.isText) return;
  const selection = $createRangeSelection();
  selection.anchor.set(from.segment.key, from.offset, 'text');
  selection.focus.set(to.segment.key, to.offset, 'text');
  $setSelection(selection);
}

/** After text edits, clamp selection offsets into their nodes, or drop a selection on a removed node. */
export function $keepSelectionValid(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) {
    const node = $getNodeByKey(point.key);
    if (!node || !node.isAttached()) {
      $setSelection(null);
      return;
    }
    const size = $isElementNode(node) ? node.getChildrenSize() : node.getTextContentSize();
    if (point.offset > size) point.set(point.key, size, point.type);
  }
}
