import { contactText, type Contact, type Quote, type SplitChange } from '../../../shared/domain';

/** How many removed or added items a list change shows (the counts tell the rest). */
export const MAX_LIST_ITEMS = 6;

/** A re-run change as the dialog shows it: a value before → after, or a list's counts and differences. */
export type ShownChange =
  | { field: SplitChange['field']; kind: 'text'; before: string; after: string }
  | { field: SplitChange['field']; kind: 'list'; beforeCount: number; afterCount: number; removed: string[]; added: string[]; more: number };

/**
 * Turns a change of `review.rerun` into something a person reads: texts as they are, lists
 * (paragraphs, quotes, contacts — sent as JSON) as counts plus the items only on one side, in
 * order, at most MAX_LIST_ITEMS of each. A value that does not parse is shown as text. Pure.
 */
export function showChange(change: SplitChange): ShownChange {
  if (change.field === 'paragraphs' || change.field === 'quotes' || change.field === 'contacts') {
    const before = listItems(change.field, change.before);
    const after = listItems(change.field, change.after);
    if (before && after) {
      const inBefore = new Set(before);
      const inAfter = new Set(after);
      const removed = before.filter((x) => !inAfter.has(x));
      const added = after.filter((x) => !inBefore.has(x));
      const more = Math.max(0, removed.length - MAX_LIST_ITEMS) + Math.max(0, added.length - MAX_LIST_ITEMS);
      return {
        field: change.field,
        kind: 'list',
        beforeCount: before.length,
        afterCount: after.length,
        removed: removed.slice(0, MAX_LIST_ITEMS),
        added: added.slice(0, MAX_LIST_ITEMS),
        more,
      };
    }
  }
  return { field: change.field, kind: 'text', before: change.before, after: change.after };
}

function listItems(field: 'paragraphs' | 'quotes' | 'contacts', json: string): string[] | null {
  if (json.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  if (field === 'paragraphs') return value.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)));
  if (field === 'quotes') {
    return value.map((q: Partial<Quote>) => (q && typeof q.text === 'string' ? (q.speaker ? `${q.text} — ${q.speaker}` : q.text) : JSON.stringify(q)));
  }
  return value.map((c: Contact) => (c && typeof c === 'object' ? contactText({ ...c }) : JSON.stringify(c)));
}
