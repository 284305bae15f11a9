// Ignored suggestions are remembered per release by a key that survives edits elsewhere in the text:
// the rule, the text it would change, the replacement, and a little context on either side.
import type { Suggestion } from './model';

const CONTEXT = 12;

/** A stable key for `s` over `text` (the block's text it was computed on). */
export function ignoreKey(text: string, s: Pick<Suggestion, 'ruleId' | 'start' | 'end' | 'replacement'>): string {
  const before = text.slice(Math.max(0, s.start - CONTEXT), s.start);
  const after = text.slice(s.end, s.end + CONTEXT);
  return `${s.ruleId}|${before}[${text.slice(s.start, s.end)}>${s.replacement}]${after}`.slice(0, 400);
}

/** The suggestions of `text` whose keys are not in `ignored`. */
export function withoutIgnored<T extends Suggestion>(text: string, suggestions: readonly T[], ignored: ReadonlySet<string>): T[] {
  if (ignored.size === 0) return [...suggestions];
  return suggestions.filter((s) => !ignored.has(ignoreKey(text, s)));
}
