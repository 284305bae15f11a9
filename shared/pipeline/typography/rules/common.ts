// common rules. Each rule is data; the engine is ../typography.ts.
import type { TypoRule } from '../model';

export const COMMON_RULES: readonly TypoRule[] = [];
