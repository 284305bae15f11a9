// Spanish rules (default: RAE, Ortografía 2010). Each rule is data; the engine is ../typography.ts.
// Spacing between words and around , . ) is shared (common.ts); quotes, ¿ ¡, rayas and figures are
// in the es-*.ts files beside this one.
import type { RegexRule, TypoRule } from '../model';
import { esRaya } from './es-dashes';
import { esMillares, esMillaresPunto, esNumeroAbrev, esOrdinales, esPorcentaje } from './es-numbers';
import { esComillas, esComillasSimples } from './es-quotes';
import { esExclamationOpening, esQuestionOpening } from './es-signs';

/** No space before ; : ? ! (including French no-break spaces); no space after ¿ ¡. */
export const esNoSpaceBeforePunct: RegexRule = {
  id: 'es-sin-espacio-signos',
  when: (t) => /[;:?!¿¡]/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: /(?<=[^\s\u00A0\u202F])[ \t\u00A0\u202F]+(?=[;:?!]+(?:[\s"'”’)\]»]|$))|(?<=[¿¡])[ \t\u00A0\u202F]+(?=\S)/gu,
  fix: () => '',
  message: {
    fr: 'Pas d’espace avant ; : ? ! ni après ¿ ¡ en espagnol',
    en: 'No space before ; : ? ! or after ¿ ¡ in Spanish',
    es: 'Sin espacio antes de ; : ? ! ni después de ¿ ¡',
  },
  examples: [
    ['¿ Qué haremos ?', '¿Qué haremos?'],
    ['Objetivo : 2030', 'Objetivo: 2030'],
  ],
};

/** One space after ; : ? ! glued to the next word (`ahora?No` → `ahora? No`). */
export const esSpaceAfterPunct: RegexRule = {
  id: 'es-espacio-tras-signos',
  when: (t) => /[;:?!]/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: /(?<=\p{L}{2})[;?!]+(?=[\p{L}¿¡])|(?<=\p{Ll}{2}):(?=\p{L}{2})/gu,
  fix: (m) => `${m[0]} `,
  message: {
    fr: 'Une espace après ; : ? !',
    en: 'A space after ; : ? !',
    es: 'Un espacio después de ; : ? !',
  },
  examples: [['¿Vienes?Sí, claro.', '¿Vienes? Sí, claro.']],
};

/** Three periods are the ellipsis character …; after `etc.` a single period. */
export const esEllipsis: RegexRule = {
  id: 'es-puntos-suspensivos',
  when: (t) => t.includes('...'),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: /(?<![.…])(?:\betc)?\.\.\.(?![.…])/gu,
  fix: (m) => (m[0].startsWith('etc') ? 'etc.' : '…'),
  message: {
    fr: 'Points de suspension : un seul caractère …',
    en: 'Ellipsis: one character …',
    es: 'Puntos suspensivos: un solo carácter …',
  },
  examples: [
    ['Y luego...', 'Y luego…'],
    ['mantas, agua, etc...', 'mantas, agua, etc.'],
  ],
};

export const ES_RULES: readonly TypoRule[] = [
  esComillas,
  esComillasSimples,
  esEllipsis,
  esRaya,
  esNoSpaceBeforePunct,
  esSpaceAfterPunct,
  esQuestionOpening,
  esExclamationOpening,
  esPorcentaje,
  esMillares,
  esMillaresPunto,
  esOrdinales,
  esNumeroAbrev,
];
