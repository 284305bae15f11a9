// Every rule, in the order the engine runs them: shared rules first (spacing), then per language.
// A rule only ever edits text in one of its languages (a quoted passage keeps its own language).
import type { TypoRule } from '../model';
import { COMMON_RULES } from './common';
import { EN_RULES } from './en';
import { ES_RULES } from './es';
import { FR_RULES } from './fr';

export const RULES: readonly TypoRule[] = [...COMMON_RULES, ...FR_RULES, ...EN_RULES, ...ES_RULES];

/** A rule by id. */
export function ruleById(id: string): TypoRule | undefined {
  return RULES.find((r) => r.id === id);
}
