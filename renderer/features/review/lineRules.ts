import type { LineRule } from '../../../shared/domain';
import { lineKey } from '../../../shared/pipeline/lines';

/** Rules by raw line index, as `ReviewData.lineRules` holds them. */
export type LineRules = Readonly<Record<string, LineRule>>;

/** The longest line text a rule can be set on (the service's limit). */
export const MAX_RULE_TEXT = 2000;

/** The text a rule is remembered under for this raw line, or null when it cannot hold one. Pure. */
export function ruleText(line: string): string | null {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_RULE_TEXT ? text : null;
}

/**
 * The rules after setting (or, with null, forgetting) `rule` on the text of line `index`: every
 * line of this source with the same text (same key as the library's learned lines: spacing and
 * case aside) gets the same badge, since the rule is about the text. Pure.
 */
export function withRule(rules: LineRules, lines: readonly string[], index: number, rule: LineRule | null): LineRules {
  const source = lines[index];
  if (source === undefined) return rules;
  const key = lineKey(source);
  const next: Record<string, LineRule> = { ...rules };
  lines.forEach((text, i) => {
    if (lineKey(text) !== key) return;
    if (rule) next[String(i)] = rule;
    else delete next[String(i)];
  });
  return next;
}

/** The rule on line `index`, or null. Pure. */
export function ruleOf(rules: LineRules, index: number): LineRule | null {
  return rules[String(index)] ?? null;
}

/** Pressing a rule's key toggles it: the same rule again forgets it. Pure. */
export function toggledRule(current: LineRule | null, asked: LineRule): LineRule | null {
  return current === asked ? null : asked;
}

/** Every line of this source with the same text as line `index` (itself included), ascending. Pure. */
export function sameTextLines(lines: readonly string[], index: number): number[] {
  const source = lines[index];
  if (source === undefined) return [];
  const key = lineKey(source);
  const out: number[] = [];
  lines.forEach((text, i) => {
    if (i === index || lineKey(text) === key) out.push(i);
  });
  return out;
}
