// Applying body suggestions: every chosen item of every block in one Lexical update, so that
// one undo (Ctrl+Z) takes the whole set back.
import { $getNodeByKey, $isElementNode, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { $textBlockOf } from './blocks';
import type { TypoItem } from './items';
import { $applySplices, planSplices, type BlockEdit } from './splice';

/**
 * Applies body items in one update tagged as its own history entry. An item whose block changed
 * since it was computed (its text differs) is skipped rather than applied at the wrong place.
 * `keepFocus` leaves the DOM selection alone (applying from the panel keeps focus in the panel).
 * Returns how many items were applied.
 */
export function applyItems(editor: LexicalEditor, items: readonly TypoItem[], keepFocus: boolean): number {
  if (!editor.isEditable() || items.length === 0) return 0;
  let applied = 0;
  editor.update(
    () => {
      applied = $applyItems(items);
    },
    { tag: keepFocus ? [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] : HISTORY_PUSH_TAG, discrete: true },
  );
  return applied;
}

/** The same, inside an update already running. Returns how many items were applied. */
export function $applyItems(items: readonly TypoItem[]): number {
  const byBlock = new Map<string, TypoItem[]>();
  for (const item of items) {
    const list = byBlock.get(item.block);
    if (list) list.push(item);
    else byBlock.set(item.block, [item]);
  }
  let applied = 0;
  for (const [key, list] of byBlock) {
    const element = $getNodeByKey(key);
    if (!$isElementNode(element) || !element.isAttached()) continue;
    const block = $textBlockOf(element);
    const fresh = list.filter((i) => i.text === block.text);
    const edits: BlockEdit[] = fresh.flatMap((i) => i.parts.map((p) => ({ start: p.start, end: p.end, replacement: p.replacement })));
    if (edits.length === 0) continue;
    $applySplices(planSplices(block.segments, edits));
    applied += fresh.length;
  }
  return applied;
}
