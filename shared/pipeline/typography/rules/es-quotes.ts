// Spanish quotes (RAE, Ortografía 2010, 3.4.8): angular quotes « » first, then “ ”, then ‘ ’, with
// no space inside. An existing first level written “ ” is correct too and is left alone (no churn).
import type { Edit, ScanRule } from '../model';
import { pairDoubleQuotes, pairNesting } from '../runs';
import { inside, pairEdits } from './quote-edits';
import { readSingleMarks } from './en-quotes';

/**
 * Straight double quotes become « » (“ ” inside angular quotes), angular quotes nested in angular
 * quotes become “ ”, and no space is left just inside any pair.
 */
export const esComillas: ScanRule = {
  id: 'es-comillas',
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  scan: ({ text }) => {
    if (!/["“”«»]/u.test(text)) return [];
    const angular = pairNesting(text, '«', '»');
    const edits: Edit[] = [];
    for (const p of angular) {
      const nested = angular.some((q) => inside(p, q));
      edits.push(...pairEdits(text, p, nested ? '“' : '«', nested ? '”' : '»', `c${p.open}`));
    }
    for (const p of pairDoubleQuotes(text)) {
      const straight = text[p.open] === '"' && text[p.close] === '"';
      const nested = angular.some((q) => inside(p, q));
      const top = !nested && straight;
      edits.push(...pairEdits(text, p, top ? '«' : '“', top ? '»' : '”', `c${p.open}`));
    }
    return edits;
  },
  message: {
    fr: 'Guillemets espagnols « » sans espace intérieure, puis “ ” et ‘ ’',
    en: 'Spanish quotes « » with no space inside, then “ ” and ‘ ’',
    es: 'Comillas angulares « » sin espacios interiores; dentro, “ ” y luego ‘ ’',
  },
  examples: [
    ['el programa "De vuelta a clases"', 'el programa «De vuelta a clases»'],
    ['« Volver al aula »', '«Volver al aula»'],
    ['«Lo llaman "hogar"»', '«Lo llaman “hogar”»'],
  ],
};

/** Straight single quotes become ‘ ’ (the third level), and apostrophes ’ (O’Donnell). */
export const esComillasSimples: ScanRule = {
  id: 'es-comillas-simples',
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  scan: ({ text }) => {
    if (!text.includes("'") && !text.includes('‘')) return [];
    const marks = readSingleMarks(text);
    const edits: Edit[] = marks.apostrophes.map((i) => ({ start: i, end: i + 1, replacement: '’' }));
    for (const p of marks.pairs) {
      const group = `s${p.open}`;
      if (text[p.open] !== '‘') edits.push({ start: p.open, end: p.open + 1, replacement: '‘', group });
      if (text[p.close] !== '’') edits.push({ start: p.close, end: p.close + 1, replacement: '’', group });
    }
    return edits;
  },
  message: {
    fr: 'Guillemets simples ‘ ’ et apostrophe ’ typographiques',
    en: 'Curly single quotes ‘ ’ and apostrophe ’',
    es: 'Comillas simples ‘ ’ y apóstrofo ’ tipográficos',
  },
  examples: [["«Dijo “la palabra 'hogar' basta”»", '«Dijo “la palabra ‘hogar’ basta”»']],
};
