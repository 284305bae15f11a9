// French rules (default: Imprimerie nationale). Each rule is data; the engine is ../typography.ts.
import type { TypoRule } from '../model';

/** French: narrow no-break space before ; ! ? (Lexique des règles typographiques, IN). */
export const nnbspBeforeDoublePunct: TypoRule = {
  id: 'fr-nnbsp-before-double-punct',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  find: /([^\s;!?])[ \u00A0\u202F]*([;!?]+)/gu,
  fix: (m, { env }) => `${m[1]}${env.beforeDoublePunct}${m[2]}`,
  message: {
    fr: 'Espace fine insécable avant ; ! ?',
    en: 'Narrow no-break space before ; ! ? in French',
    es: 'Espacio fino de no separación antes de ; ! ? en francés',
  },
  examples: [['Et maintenant?', 'Et maintenant\u202F?']],
};

export const FR_RULES: readonly TypoRule[] = [nnbspBeforeDoublePunct];
