// Rules shared by every language: spacing between words and around , . ); with them, in order, the
// hyphen used as a dash (hyphen-dash.ts). Each rule is data; the engine is ../typography.ts. They
// run before the language rules.
import type { RegexRule, TypoLang, TypoRule } from '../model';
import { enHyphenAsDash, frHyphenAsDash } from './hyphen-dash';

const ALL: readonly TypoLang[] = ['fr', 'en', 'es'];

/** One space between words: runs of ordinary spaces and tabs become one (TYPOGRAPHY.md, spaces). */
export const spaceCollapse: RegexRule = {
  id: 'typo-space-collapse',
  langs: ALL,
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => t.includes('  ') || t.includes('\t'),
  // A run after a non-space character only: leading spaces are the trim rule's.
  find: /(?<=\S)[ \t]{2,}(?=\S)|(?<=\S)\t(?=\S)/gu,
  fix: () => ' ',
  message: {
    fr: 'Une seule espace entre les mots',
    en: 'One space between words',
    es: 'Un solo espacio entre palabras',
  },
  examples: [['Le  programme', 'Le programme']],
};

const EDGE_SPACE = new Set([' ', '\t', '\u00A0', '\u202F']);

/** No space at the start or end of a block. */
export const spaceTrim: RegexRule = {
  id: 'typo-space-trim',
  langs: ALL,
  norm: 'Imprimerie nationale',
  safe: true,
  // Only the two ends are looked at (a regex anchored at $ would try every space of the block).
  when: (t) => EDGE_SPACE.has(t[0] ?? '') || EDGE_SPACE.has(t[t.length - 1] ?? ''),
  find: /^[ \t\u00A0\u202F]+|[ \t\u00A0\u202F]+$/gu,
  fix: () => '',
  message: {
    fr: 'Pas d’espace en début ou en fin de paragraphe',
    en: 'No space at the start or end of a paragraph',
    es: 'Sin espacio al principio ni al final del párrafo',
  },
  examples: [['Le programme. ', 'Le programme.']],
};

/** No space before , . ) and none after ( (a period or comma starting a word, `.NET`, is left). */
export const spaceBeforeComma: RegexRule = {
  id: 'typo-space-before-comma',
  langs: ALL,
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[ \t\u00A0\u202F][,.)\]]|[([][ \t\u00A0\u202F]/u.test(t),
  find: /(?<=[^\s([«])[ \t\u00A0\u202F]+(?=[,.)\]](?![\p{L}\p{N}]))|(?<=[([])[ \t\u00A0\u202F]+(?=\S)/gu,
  fix: (m, { text }) => {
    if (text[m.index - 1] === '(' || text[m.index - 1] === '[') return '';
    // Dots after a space may be an ellipsis standing for omitted words (" ..." , " . . .").
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const spacedDots = (text[m.index - 1] === '.' || text[m.index - 1] === '…') && after.startsWith('.');
    return spacedDots || after.startsWith('..') || after.startsWith('. .') ? null : '';
  },
  message: {
    fr: 'Pas d’espace avant la virgule, le point ou la parenthèse fermante',
    en: 'No space before a comma, period or closing parenthesis',
    es: 'Sin espacio antes de la coma, el punto o el paréntesis de cierre',
  },
  examples: [
    ['deux pays , trois villes', 'deux pays, trois villes'],
    ['( voir annexe )', '(voir annexe)'],
  ],
};

/**
 * One space after a comma or period glued to the next word (`pays,villes`, `fin.Le`), never in
 * decimals (`3,5`), domains, file names or acronyms (`O.N.U.`), which are protected or excluded.
 */
export const spaceAfterComma: RegexRule = {
  id: 'typo-space-after-comma',
  langs: ALL,
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[,.][\p{L}«“(]/u.test(t),
  find: /(?<=[\p{Ll}]{2}|[\p{Lu}]{2}|[)»”])([,])(?=[\p{L}«“‘"(])|(?<=["\d])([,])(?=\p{L})|(?<=\p{Ll}{2}|\d{2}|[)»”])([.])(?=\p{Lu}\p{Ll})/gu,
  fix: (m) => `${m[0]} `,
  message: {
    fr: 'Une espace après la virgule ou le point',
    en: 'A space after a comma or period',
    es: 'Un espacio después de la coma o el punto',
  },
  examples: [
    ['deux pays,trois villes', 'deux pays, trois villes'],
    ['fin du projet.Le bureau', 'fin du projet. Le bureau'],
  ],
};

// The hyphen typed as a dash runs here, with the spacing rules, before the language rules.
export const COMMON_RULES: readonly TypoRule[] = [spaceTrim, spaceCollapse, spaceBeforeComma, spaceAfterComma, frHyphenAsDash, enHyphenAsDash];
