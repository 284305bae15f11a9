// Suggestions as the UI handles them: one item per correction (a quote pair is one item), counted
// and listed per rule. Pure: no DOM, no Lexical.
import { ignoreKey, ruleById, type Norm, type Suggestion } from '../../../shared/pipeline/typography';

/** Where a text comes from: the body editor or one of the release's one-line fields. */
export type TypoSource = 'body' | 'title' | 'subtitle' | 'dateline';

/** One correction the user applies or ignores as a whole. */
export interface TypoItem {
  /** Unique within a snapshot: block and first offset. */
  id: string;
  source: TypoSource;
  /** The Lexical block key (body) or the field name. */
  block: string;
  /** The block text the suggestions were computed on. */
  text: string;
  /** The suggestions applied together (several only for a group such as a quote pair), by offset. */
  parts: readonly Suggestion[];
  ruleId: string;
  message: string;
  /** ignoreKey of every part: what "ignore" stores. */
  keys: readonly string[];
}

/** The suggestions of a rule, with how many there are. */
export interface RuleGroup {
  ruleId: string;
  message: string;
  norm: Norm | null;
  items: readonly TypoItem[];
}

/**
 * The items of one block: suggestions sharing a `group` become one item; an item is left out
 * when any of its parts was ignored (a pair is ignored as a pair). Ordered by offset. Pure.
 */
export function itemsOf(
  source: TypoSource,
  block: string,
  text: string,
  suggestions: readonly Suggestion[],
  ignored: ReadonlySet<string>,
): TypoItem[] {
  const byGroup = new Map<string, Suggestion[]>();
  const items: Suggestion[][] = [];
  for (const s of suggestions) {
    if (s.group === undefined) {
      items.push([s]);
      continue;
    }
    const key = `${s.ruleId}\u0000${s.group}`;
    const parts = byGroup.get(key);
    if (parts) parts.push(s);
    else {
      const fresh = [s];
      byGroup.set(key, fresh);
      items.push(fresh);
    }
  }
  const out: TypoItem[] = [];
  for (const parts of items) {
    parts.sort((a, b) => a.start - b.start);
    const keys = parts.map((p) => ignoreKey(text, p));
    if (keys.some((k) => ignored.has(k))) continue;
    const first = parts[0]!;
    out.push({ id: `${block}:${first.start}`, source, block, text, parts, ruleId: first.ruleId, message: first.message, keys });
  }
  return out.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
}

/** Items grouped by rule, the rule with the most items first (then by rule id). Pure. */
export function groupByRule(items: readonly TypoItem[]): RuleGroup[] {
  const groups = new Map<string, TypoItem[]>();
  for (const item of items) {
    const list = groups.get(item.ruleId);
    if (list) list.push(item);
    else groups.set(item.ruleId, [item]);
  }
  return [...groups.entries()]
    .map(([ruleId, list]) => ({ ruleId, message: list[0]!.message, norm: ruleById(ruleId)?.norm ?? null, items: list }))
    .sort((a, b) => b.items.length - a.items.length || a.ruleId.localeCompare(b.ruleId));
}

/**
 * The span to underline for a suggestion. An insertion has no width and a lone space is hard to
 * see or point at, so such a mark also takes the characters on both sides (never a line break).
 */
export function displaySpan(text: string, s: Pick<Suggestion, 'start' | 'end'>): { start: number; end: number } {
  if (s.end > s.start && text.slice(s.start, s.end).trim() !== '') return { start: s.start, end: s.end };
  const before = s.start > 0 && text[s.start - 1] !== '\n' ? s.start - 1 : s.start;
  const after = s.end < text.length && text[s.end] !== '\n' ? s.end + 1 : s.end;
  return { start: before, end: after };
}

/** The item whose underline covers `offset` of a block (ends inclusive, for a caret at either edge). */
export function itemAt(items: readonly TypoItem[], offset: number, inclusive = false): TypoItem | null {
  for (const item of items) {
    for (const part of item.parts) {
      const span = displaySpan(item.text, part);
      if (offset >= span.start && (offset < span.end || (inclusive && offset === span.end))) return item;
    }
  }
  return null;
}
