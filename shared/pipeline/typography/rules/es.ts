// es rules. Each rule is data; the engine is ../typography.ts.
import type { TypoRule } from '../model';

export const ES_RULES: readonly TypoRule[] = [];
