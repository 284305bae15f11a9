// The typography section of the settings: rules grouped and filtered, the exception list parsed.
import type { Language, TypographySettings } from '../../../shared/domain';
import { RULES, type TypoRule } from '../../../shared/pipeline/typography';

/** A group of rule toggles: one language, or 'all' for the rules every language shares. */
export type RuleGroupKey = Language | 'all';

export interface RuleGroup {
  key: RuleGroupKey;
  rules: TypoRule[];
}

const GROUP_ORDER: readonly RuleGroupKey[] = ['all', 'fr', 'en', 'es'];

function groupOf(rule: TypoRule): RuleGroupKey {
  return rule.langs.length === 1 ? rule.langs[0]! : 'all';
}

/** Folds case and accents, so "espace insecable" finds "Espace insécable". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The rules whose id, explanation (in the UI language) or norm contain every word of `filter`,
 * grouped by language (shared rules first), in the engine's order within a group. Pure.
 */
export function ruleGroups(filter: string, ui: Language, rules: readonly TypoRule[] = RULES): RuleGroup[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  const matches = (r: TypoRule) => {
    const hay = fold(`${r.id} ${r.message[ui]} ${r.norm}`);
    return words.every((w) => hay.includes(w));
  };
  return GROUP_ORDER.map((key) => ({ key, rules: rules.filter((r) => groupOf(r) === key && matches(r)) })).filter((g) => g.rules.length > 0);
}

/** The settings with rule `id` switched on (removed from the disabled list) or off. Pure. */
export function withRule(settings: TypographySettings, id: string, on: boolean): TypographySettings {
  const disabled = settings.disabledRules.filter((r) => r !== id);
  return { ...settings, disabledRules: on ? disabled : [...disabled, id].sort() };
}

/** Longest word the settings accept (shared/domain/typography.ts). */
export const MAX_EXCEPTION_LENGTH = 80;

/**
 * The exception list from the text area: one word per line, trimmed, blank lines and repeats
 * dropped, lines too long for a word left out (and counted). Pure.
 */
export function parseExceptions(text: string): { words: string[]; rejected: number } {
  const words: string[] = [];
  let rejected = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const word = line.trim();
    if (word === '') continue;
    if (word.length > MAX_EXCEPTION_LENGTH) rejected++;
    else if (!words.includes(word)) words.push(word);
  }
  return { words, rejected };
}
