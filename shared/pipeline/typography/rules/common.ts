// Rules shared by every language: spacing between words and around , . ), and the hyphen used as a
// dash. Each rule is data; the engine is ../typography.ts. They run before the language rules.
import type { RegexRule, TypoLang, TypoRule } from '../model';

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

/** No space at the start or end of a block. */
export const spaceTrim: RegexRule = {
  id: 'typo-space-trim',
  langs: ALL,
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /^[ \t\u00A0\u202F]|[ \t\u00A0\u202F]$/u.test(t),
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

/** The dash a language uses for an incise or a dateline, given its profile. */
function dashFor(lang: TypoLang, spacedEm: boolean): string {
  if (lang === 'fr') return ' – ';
  return spacedEm ? ' — ' : '—';
}

/**
 * A hyphen-minus (or a double hyphen) between spaces used as a dash becomes the language's dash:
 * French ` – ` (en dash, ordinary spaces), English closed em dash (AP: spaced). A hyphen starting a
 * block or a line is a list bullet; between two figures it may be a minus or a range, left alone.
 */
export const hyphenAsDash: RegexRule = {
  id: 'typo-hyphen-as-dash',
  langs: ['fr', 'en'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[ \u00A0](?:-|–|—)/u.test(t),
  find: /(?<=[^\s«(“‘\-–—])[ \u00A0]+(?:--?|–|—)(?:[ \u00A0]+(?=[^\s»”’),.;:!?…\-–—])|[ \u00A0]*$)/gu,
  fix: (m, { text, env, langAt }) => {
    const dash = m[0].trim();
    // A dash ending the block is a dateline's ("DAKAR, 12 mars 2024 -"); elsewhere it is left.
    if (m.index + m[0].length === text.length) {
      if (env.block !== 'dateline' || /[ \u00A0]$/u.test(m[0])) return null;
      const lang = langAt(m.index);
      if (lang === 'fr') return dash === '—' ? null : ' –';
      return dash === '—' ? null : env.spacedEmDash ? ' —' : '—';
    }
    const before = text[m.index - 1] as string;
    const after = text[m.index + m[0].length] as string;
    // Between figures (or protected dates and times) it may be a minus or a range: left alone.
    if (/[\d\uE000]/u.test(before) && /[\d\uE000]/u.test(after)) return null;
    const lang = langAt(m.index);
    if (dash === '—' && lang === 'fr') return null; // existing em dashes are left alone in French
    if (dash === '–' && lang === 'fr') return m[0] === ' – ' ? null : ' – ';
    if (lang !== 'fr' && (dash === '—' || dash === '–')) return null; // English dashes: en rules
    return dashFor(lang, env.spacedEmDash);
  },
  message: {
    fr: 'Un trait d’union entre espaces est un tiret\u00A0: tiret demi-cadratin',
    en: 'A hyphen between spaces is a dash: em dash',
    es: 'Un guion entre espacios es una raya',
  },
  examples: [
    ['Dakar - Le', 'Dakar – Le'],
    ['DAKAR - Le', 'DAKAR – Le'],
  ],
};

export const COMMON_RULES: readonly TypoRule[] = [spaceTrim, spaceCollapse, spaceBeforeComma, spaceAfterComma, hyphenAsDash];
