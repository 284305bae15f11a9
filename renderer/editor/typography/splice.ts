// Applying corrections inside a block without losing its formatting: block offsets are mapped to
// the text nodes (runs of bold, italic, link text) and each node is spliced in place.
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode } from 'lexical';
import { $keepSelectionValid, type Segment } from '../find/lexicalText';

/** A change over a block's text. */
export interface BlockEdit {
  start: number;
  end: number;
  replacement: string;
}

/** One node-level change: splice a text node, or remove a non-text leaf (a line break) inside a change. */
export type NodeSplice = { key: string; offset: number; remove: number; insert: string } | { key: string; drop: true };

/**
 * The node-level changes that turn a block's text into the edited one, in an order that keeps
 * offsets valid when applied one after another (last edit first). An insertion goes into the text
 * node holding the character after it (so a space before `?` joins the `?` run), or the one
 * before it at the end of a run of text; a replacement spanning several runs is written into the
 * first run and the rest of the span is removed from the others. Edits must not overlap. An edit
 * that cannot land in text (only line breaks around it) is skipped. Pure.
 */
export function planSplices(segments: readonly Segment[], edits: readonly BlockEdit[]): NodeSplice[] {
  const plan: NodeSplice[] = [];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.start === edit.end) {
      const at = insertionSegment(segments, edit.start);
      if (at) plan.push({ key: at.key, offset: edit.start - at.start, remove: 0, insert: edit.replacement });
      continue;
    }
    const covered = segments.filter((s) => s.start < edit.end && s.start + s.length > edit.start);
    const firstText = covered.find((s) => s.isText);
    if (!firstText) continue;
    // Later segments first, so the first one's splice does not move theirs (they are other nodes anyway).
    for (const segment of [...covered].reverse()) {
      if (!segment.isText) {
        plan.push({ key: segment.key, drop: true });
        continue;
      }
      const from = Math.max(0, edit.start - segment.start);
      const to = Math.min(segment.length, edit.end - segment.start);
      plan.push({ key: segment.key, offset: from, remove: to - from, insert: segment === firstText ? edit.replacement : '' });
    }
  }
  return plan;
}

function insertionSegment(segments: readonly Segment[], offset: number): Segment | null {
  const after = segments.find((s) => s.isText && offset >= s.start && offset < s.start + s.length);
  if (after) return after;
  return segments.find((s) => s.isText && offset === s.start + s.length) ?? null;
}

/**
 * Applies node-level changes (from planSplices, computed in this same update). Text nodes left
 * empty are removed; a caret after a changed spot in the same node moves with the text. Call
 * inside `editor.update`.
 */
export function $applySplices(plan: readonly NodeSplice[]): void {
  for (const step of plan) {
    const node = $getNodeByKey(step.key);
    if (!node || !node.isAttached()) continue;
    if ('drop' in step) {
      node.remove();
      continue;
    }
    if (!$isTextNode(node)) continue;
    const next = node.spliceText(step.offset, step.remove, step.insert);
    $shiftSelection(step.key, step.offset, step.remove, step.insert.length);
    if (next.getTextContentSize() === 0) next.remove();
  }
  $keepSelectionValid();
}

/** Moves selection points in a spliced node so they stay beside the same characters. */
function $shiftSelection(key: string, offset: number, removed: number, inserted: number): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) {
    if (point.key !== key || point.type !== 'text' || point.offset <= offset) continue;
    point.offset = point.offset >= offset + removed ? point.offset - removed + inserted : offset + inserted;
  }
}
