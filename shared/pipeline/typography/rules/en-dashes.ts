// English dashes (Chicago; AP spaces its em dashes): em dash for an incise, en dash for a range of
// figures. A spaced single hyphen between words is en-hyphen-as-dash's (hyphen-dash.ts).
import type { RegexRule } from '../model';
import { wordBefore } from '../numbers';

/** The em dash of the profile: closed (Chicago) or spaced (AP). */
const emDash = (spaced: boolean): string => (spaced ? ' — ' : '—');

/** A double or triple hyphen used as a dash (`camp--now`, `camp -- now`) becomes an em dash. */
export const enEmDash: RegexRule = {
  id: 'en-em-dash',
  when: (t) => t.includes('--'),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  // Glued on both sides or spaced on both sides; never between figures, never at a line start.
  find: /(?<=[\p{L}.,;:!?’”)\]])(?:-{2,3}|[ \u00A0]+-{2,3}[ \u00A0]+)(?=[\p{L}\p{N}“‘(])/gu,
  fix: (_m, { env }) => emDash(env.spacedEmDash),
  message: {
    fr: 'Un double trait d’union tient lieu de tiret : tiret cadratin',
    en: 'A double hyphen stands for a dash: em dash',
    es: 'Un guion doble hace las veces de raya: raya (em dash)',
  },
  examples: [
    ['the camp--now home to 3,000 people', 'the camp—now home to 3,000 people'],
    ['the camp---now home to 3,000 people', 'the camp—now home to 3,000 people'],
  ],
};

/**
 * Whether the dash at `at` ends a dateline (`GENEVA, 4 June 2024 — `, `BANJUL, The Gambia — `):
 * a short lead starting with a place name in capitals, before any sentence. Its spaced dash is the
 * newsroom's convention, not an incise.
 */
export function isDateline(text: string, at: number): boolean {
  const lead = text.slice(0, at);
  return lead.length <= 80 && /^\s*\p{Lu}{2,}[\p{Lu} .'’-]*(?:,|\s\(|$)/u.test(lead) && !/[.!?:;—–]\s/u.test(lead) && !/[—–-]{1,3}$/u.test(lead.trimEnd());
}

/** Em dashes between words are closed up (Chicago) or spaced (AP), as the profile says. */
export const enEmDashSpacing: RegexRule = {
  id: 'en-em-dash-spacing',
  when: (t) => t.includes('—'),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  find: /(?<=[\p{L}\p{N}.,;:!?’”)\]])(?:[ \u00A0\u202F]*—[ \u00A0\u202F]+|[ \u00A0\u202F]+—)(?=[\p{L}\p{N}“‘(])|(?<=[\p{L}\p{N}])—(?=[\p{L}\p{N}])/gu,
  fix: (m, { env, text }) => {
    // Between figures an em dash is not an incise (a missing value, a score): left alone.
    if (/\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[m.index + m[0].length] ?? '')) return null;
    if (isDateline(text, m.index)) return null;
    return emDash(env.spacedEmDash);
  },
  message: {
    fr: 'Tiret cadratin sans espaces en anglais (Chicago ; espacé selon AP)',
    en: 'Em dash closed up (Chicago; spaced in AP style)',
    es: 'Raya (em dash) sin espacios en inglés (Chicago; espaciada según AP)',
  },
  examples: [['the camp — now home', 'the camp—now home']],
};

// Words after which figures joined by a hyphen are an identifier, not a range (Law No. 12-345).
const CODE_WORDS = new Set([
  'no', 'no.', 'nos', 'nos.', 'n°', 'nº', '#', 'law', 'act', 'decree', 'resolution', 'ref', 'ref.', 'reference', 'code', 'id',
  'case', 'file', 'flight', 'model', 'tel', 'tel.', 'phone', 'fax', 'form', 'room', 'suite', 'ext', 'ext.', 'box', 'route',
  'highway', 'interstate', 'iso', 'en', 'iec', 'order', 'invoice', 'account', 'serial', 'ticket', 'item', 'zip',
]);

const leadingZero = (n: string): boolean => n.length > 1 && n.startsWith('0');

/**
 * A range of figures takes an en dash (2019–2023, 4–6 May, pages 10–12), never in ISO dates,
 * phone numbers, COVID-19, codes or chains of figures (4-3-3, 1-800-555-0100).
 */
export const enRange: RegexRule = {
  id: 'en-range',
  when: (t) => /\d ?- ?\d/u.test(t),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  find: /(?<![\p{L}\p{N}_.,/#+\-–—])(\d+(?:[.,]\d+)?)(?:-| - )(\d+(?:[.,]\d+)?)(?![\p{N}/\-–—]|[.,]\d)/gu,
  fix: (m, { text }) => {
    const a = m[1] as string;
    const b = m[2] as string;
    if (leadingZero(a) || leadingZero(b)) return null;
    // 555-0123 and 555-1234 are phone numbers; 100-1000 is a range.
    if (/^\d{3}$/.test(a) && /^\d{4}$/.test(b) && !b.endsWith('00')) return null;
    if (CODE_WORDS.has(wordBefore(text, m.index))) return null;
    return `${a}–${b}`;
  },
  message: {
    fr: 'Tiret demi-cadratin dans un intervalle de nombres',
    en: 'En dash in a range of figures',
    es: 'Semirraya (en dash) en un intervalo de cifras',
  },
  examples: [
    ['from 2019-2023', 'from 2019–2023'],
    ['on 4-6 May', 'on 4–6 May'],
    ['pages 10-12', 'pages 10–12'],
  ],
};
