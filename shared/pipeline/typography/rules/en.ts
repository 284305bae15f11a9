// en rules. Each rule is data; the engine is ../typography.ts.
import type { TypoRule } from '../model';

export const EN_RULES: readonly TypoRule[] = [];
