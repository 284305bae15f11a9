// English quotes and apostrophes (Chicago): curly “ ” with ‘ ’ inside, ’ for apostrophes, French
// guillemets turned into English quotes. Quote marks are paired before they are curled; marks that
// do not pair are left as they are (better nothing than a wrong pair).
import type { Edit, ScanRule } from '../model';
import { pairDoubleQuotes, pairNesting, readSingleMarks } from '../runs';
import { inside, pairEdits } from './quote-edits';

export { readSingleMarks };

/** French guillemets (and ‹ ›) in English copy become “ ” (‘ ’ when nested), without inner spaces. */
export const enGuillemets: ScanRule = {
  id: 'en-guillemets',
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  scan: ({ text, langAt }) => {
    if (!/[«‹]/u.test(text)) return [];
    // Only guillemets of English text are English quotes: in a French host they stay, and quotes
    // nested in them are the first level of whatever they hold.
    const outer = pairNesting(text, '«', '»').filter((p) => langAt(p.open) === 'en');
    const edits: Edit[] = [];
    for (const p of outer) {
      const nested = outer.some((q) => inside(p, q));
      edits.push(...pairEdits(text, p, nested ? '‘' : '“', nested ? '’' : '”', `g${p.open}`));
    }
    for (const p of pairNesting(text, '‹', '›')) edits.push(...pairEdits(text, p, '‘', '’', `g${p.open}`));
    // Double quotes nested in guillemets (the French second level) become single quotes.
    for (const p of pairDoubleQuotes(text)) if (outer.some((q) => inside(p, q))) edits.push(...pairEdits(text, p, '‘', '’', `g${p.open}`));
    return edits;
  },
  message: {
    fr: 'En anglais, les guillemets français deviennent “ ”',
    en: 'French guillemets « » become “ ” in English',
    es: 'En inglés, las comillas « » pasan a ser “ ”',
  },
  examples: [['He said « Partir ».', 'He said “Partir”.']],
};

/** Straight double quotes become curly “ ”; spaces just inside a pair of quotes are removed. */
export const enQuotes: ScanRule = {
  id: 'en-quotes',
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  scan: ({ text }) => {
    if (!/["“”]/u.test(text)) return [];
    return pairDoubleQuotes(text).flatMap((p) => pairEdits(text, p, '“', '”', `d${p.open}`));
  },
  message: {
    fr: 'Guillemets anglais “ ”, sans espace à l’intérieur',
    en: 'Curly quotes “ ”, no space inside',
    es: 'Comillas inglesas “ ”, sin espacios interiores',
  },
  examples: [['She said "we are ready."', 'She said “we are ready.”']],
};

/** Apostrophes are ’ (U+2019): don’t, IOM’s, partners’, ’80s, rock ’n’ roll. */
export const enApostrophe: ScanRule = {
  id: 'en-apostrophe',
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  scan: ({ text }) => {
    if (!/['‘]/u.test(text)) return [];
    return readSingleMarks(text).apostrophes.map((i) => ({ start: i, end: i + 1, replacement: '’' }));
  },
  message: {
    fr: 'Apostrophe typographique ’',
    en: 'Typographic apostrophe ’',
    es: 'Apóstrofo tipográfico ’',
  },
  examples: [
    ["The '80s and the partners' view", 'The ’80s and the partners’ view'],
    ["We don't stop rock 'n' roll", 'We don’t stop rock ’n’ roll'],
  ],
};

/** Straight single quotes become curly ‘ ’ (a quotation within a quotation). */
export const enSingleQuotes: ScanRule = {
  id: 'en-single-quotes',
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  scan: ({ text }) => {
    if (!text.includes("'")) return [];
    const edits: Edit[] = [];
    for (const p of readSingleMarks(text).pairs) {
      const group = `s${p.open}`;
      if (text[p.open] !== '‘') edits.push({ start: p.open, end: p.open + 1, replacement: '‘', group });
      if (text[p.close] !== '’') edits.push({ start: p.close, end: p.close + 1, replacement: '’', group });
    }
    return edits;
  },
  message: {
    fr: 'Guillemets simples ‘ ’ pour une citation dans une citation',
    en: 'Curly single quotes ‘ ’ for a quotation within a quotation',
    es: 'Comillas simples ‘ ’ para una cita dentro de otra',
  },
  examples: [["“They call it 'home,' she said.”", '“They call it ‘home,’ she said.”']],
};
