// English rules (default: Chicago; AP spaces its em dashes). Each rule is data; the engine is
// ../typography.ts. Spacing between words and around , . ) is shared (common.ts); quotes, dashes
// and figures are in the en-*.ts files beside this one.
import type { RegexRule, TypoRule } from '../model';
import { enEmDash, enEmDashSpacing, enRange } from './en-dashes';
import { enThousands } from './en-numbers';
import { enApostrophe, enGuillemets, enQuotes, enSingleQuotes } from './en-quotes';

/**
 * No space before ; : ! ? or % in English, including the no-break spaces French copy puts there
 * (a French passage quoted in English keeps them: the engine leaves other-language runs alone).
 */
export const enNoSpaceBeforePunct: RegexRule = {
  id: 'en-no-space-before-punct',
  when: (t) => /[;:!?%]/u.test(t),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  find: /(?<=[^\s\u00A0\u202F])[ \t\u00A0\u202F]+(?=[;:!?]+(?:[\s"'”’)\]»]|$))|(?<=\d)[ \u00A0\u202F]+(?=%)/gu,
  fix: () => '',
  message: {
    fr: 'Pas d’espace avant ; : ! ? ni % en anglais',
    en: 'No space before ; : ! ? or % in English',
    es: 'Sin espacio antes de ; : ! ? ni % en inglés',
  },
  examples: [
    ['Are you ready ?', 'Are you ready?'],
    ['Objective\u00A0: 2030', 'Objective: 2030'],
    ['a 45 % increase', 'a 45% increase'],
  ],
};

/** One space after ; : ! ? glued to the next word (`ready?Yes` → `ready? Yes`). */
export const enSpaceAfterPunct: RegexRule = {
  id: 'en-space-after-punct',
  when: (t) => /[;:!?]/u.test(t),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  find: /(?<=\p{L}{2})[;!?]+(?=\p{L})|(?<=\p{Ll}{2}):(?=\p{L}{2})/gu,
  fix: (m) => `${m[0]} `,
  message: {
    fr: 'Une espace après ; : ! ?',
    en: 'A space after ; : ! ?',
    es: 'Un espacio después de ; : ! ?',
  },
  examples: [['Why now?Because', 'Why now? Because']],
};

/** Three periods are an ellipsis character …; after `etc.` a single period. */
export const enEllipsis: RegexRule = {
  id: 'en-ellipsis',
  when: (t) => t.includes('...'),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  find: /(?<![.…])(?:\betc)?\.\.\.(?![.…])/gu,
  fix: (m) => (m[0].startsWith('etc') ? 'etc.' : '…'),
  message: {
    fr: 'Points de suspension : un seul caractère …',
    en: 'Ellipsis: one character …',
    es: 'Puntos suspensivos: un solo carácter …',
  },
  examples: [
    ['and so on...', 'and so on…'],
    ['food, water, etc...', 'food, water, etc.'],
  ],
};

export const EN_RULES: readonly TypoRule[] = [
  enGuillemets,
  enQuotes,
  enApostrophe,
  enSingleQuotes,
  enEllipsis,
  enEmDash,
  enEmDashSpacing,
  enRange,
  enNoSpaceBeforePunct,
  enSpaceAfterPunct,
  enThousands,
];
