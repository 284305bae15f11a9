import { $createRangeSelection, $setSelection } from 'lexical';
import { locate, type TextBlock } from '../find/lexicalText';

/** Puts a collapsed caret at `offset` of a block (in text only). Call inside `editor.update`. */
export function $placeCaret(block: TextBlock, offset: number): void {
  const at = locate(block, offset, 'start') ?? locate(block, offset, 'end');
  if (!at?.segment.isText) return;
  const selection = $createRangeSelection();
  selection.anchor.set(at.segment.key, at.offset, 'text');
  selection.focus.set(at.segment.key, at.offset, 'text');
  $setSelection(selection);
}
