import { $getNodeByKey, $getDOMTextNode, $isTextNode, type LexicalEditor } from 'lexical';
import { locate, type TextBlock } from './lexicalText';

/**
 * Find highlights through the CSS Custom Highlight API: ranges over the editor's DOM, painted by
 * `::highlight(name)` rules in editor.css, so nothing is written into the document (no marks in
 * the Lexical state, no undo entries, no dirty flag). Highlight names are page-wide: one body
 * editor shows find results at a time.
 */
export const HIGHLIGHT_ALL = 'galley-find';
export const HIGHLIGHT_CURRENT = 'galley-find-current';

/** True when the browser can paint highlights (Chromium 105+, so Electron and browser mode). */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Paints `ranges` under `name`, replacing what was painted before; no ranges clears it. */
export function paint(name: string, ranges: readonly Range[]): void {
  if (!supportsHighlights()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** The DOM range of [start, end) in a block, or null when its nodes are not rendered. Call
 * inside `editor.read` (after reconciliation, e.g. from an update listener). */
export function $domRange(editor: LexicalEditor, block: TextBlock, start: number, end: number): Range | null {
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  if (!from || !to) return null;
  const a = $domPoint(editor, from.segment.key, from.offset);
  const b = $domPoint(editor, to.segment.key, to.offset);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function $domPoint(editor: LexicalEditor, key: string, offset: number): { node: Node; offset: number } | null {
  const node = $getNodeByKey(key);
  const element = editor.getElementByKey(key);
  if (!node || !element) return null;
  if (!$isTextNode(node)) {
    // A line break (<br>): point before or after it in its parent.
    const parent = element.parentNode;
    if (!parent) return null;
    const index = Array.prototype.indexOf.call(parent.childNodes, element) as number;
    return { node: parent, offset: offset === 0 ? index : index + 1 };
  }
  const text = $getDOMTextNode(node, element, editor);
  if (!text) return null;
  return { node: text, offset: Math.min(offset, text.length) };
}
