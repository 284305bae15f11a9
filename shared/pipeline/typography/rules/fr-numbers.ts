// French numbers: units and currencies, thousands, ordinals (Imprimerie nationale). A number is
// classified (../numbers.ts) before it is touched: years, phones, codes and decimals stay as typed.
import type { RegexRule } from '../model';
import { classifyNumber, groupDigits } from '../numbers';

// Symbols that are units whatever is glued to them (45% → 45 %, 20°C, 3km).
const UNITS_CLEAR = [
  '%', '‰', '°C', '°F', '€', '$', '£', '¥', 'M€', 'Md€', 'Mds€', 'Mrd€', 'k€', 'km²', 'km', 'm²', 'm³', 'cm', 'mm', 'kg', 'mg', 'µg',
  'ha', 'kWh', 'MWh', 'GWh', 'TWh', 'kW', 'MW', 'GW', 'Mo', 'Go', 'Ko', 'To', 'dB', 'km/h', 'm/s', 'ml', 'mL', 'cl', 'hl',
  'EUR', 'USD', 'GBP', 'CHF', 'CAD', 'XOF', 'XAF', 'JPY', 'CNY', 'MAD', 'TND', 'DZD', 'NGN', 'GHS', 'KES', 'ZAR', 'MXN', 'COP',
  'ARS', 'BRL', 'HTG', 'INR', 'FCFA', 'CFA',
];
// One-letter or short symbols that are also letters or words: a unit only when already spaced.
const UNITS_SPACED = ['m', 'g', 't', 'l', 'L', 'h', 'min', 'mn', 'Mt', 'kt'];

const alt = (xs: readonly string[]): string =>
  [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[$/.]/gu, (c) => `\\${c}`)).join('|');

const startOfNumber = (text: string, end: number): number => {
  let i = end;
  while (i > 0 && (/\d/u.test(text[i - 1] as string) || (/[ \u00A0\u202F.,]/u.test(text[i - 1] as string) && /\d/u.test(text[i - 2] ?? '')))) i -= 1;
  return i;
};

/** French: a no-break space between a number and its unit, %, °C, € or currency code (added if missing). */
export const frUnitSpace: RegexRule = {
  id: 'fr-nbsp-unit',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /\d/u.test(t),
  find: new RegExp(`(?<=\\d)(?:[ \\u00A0\\u202F]?(?:${alt(UNITS_CLEAR)})|[ \\u00A0\\u202F](?:${alt(UNITS_SPACED)}))(?![\\p{L}\\p{N}²³'’])`, 'gu'),
  fix: (m, { text, env }) => {
    const start = startOfNumber(text, m.index);
    const prev = text[start - 1];
    // A code glued to letters (A4 m, COVID-19 %) is not a quantity.
    if (prev !== undefined && /[\p{L}_\-/]/u.test(prev)) return null;
    return env.nbsp + m[0].replace(/^[ \u00A0\u202F]/u, '');
  },
  message: {
    fr: 'Espace insécable entre le nombre et l’unité',
    en: 'No-break space between a number and its unit in French',
    es: 'Espacio de no separación entre el número y la unidad en francés',
  },
  examples: [
    ['45 %', '45\u00A0%'],
    ['45%', '45\u00A0%'],
    ['20 °C', '20\u00A0°C'],
    ['En 2024 l’OIM', 'En 2024 l’OIM'],
  ],
};

/**
 * French: numbers of five digits or more, or already separated, are grouped by thousands with a
 * narrow no-break space (120 000, 1 000 000). Four digits are left as typed; years, phone numbers,
 * codes and decimals never are grouped. Contact lines are left alone.
 */
export const frThousands: RegexRule = {
  id: 'fr-thousands',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /\d{3}/u.test(t),
  skip: ['contact'],
  find: /(?<![\d\p{L}_:/#])(?<!\d[ \u00A0\u202F.,])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3}){2,}|\d{5,})(?![\d\p{L}:])(?![ \u00A0\u202F]\d)(?![.,]\d{3}(?!\d))/gu,
  fix: (m, { text, env }) => {
    const cls = classifyNumber(text, m.index, m.index + m[0].length);
    if (cls !== 'quantity' && cls !== 'ordinal') return null;
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length < 4) return null;
    return groupDigits(digits, env.nnbsp);
  },
  message: {
    fr: 'Séparateur de milliers\u00A0: espace fine insécable',
    en: 'Thousands separator in French: narrow no-break space',
    es: 'Separador de millares en francés: espacio fino de no separación',
  },
  examples: [
    ['30.000 personnes', '30\u202F000 personnes'],
    ['120000 réfugiés', '120\u202F000 réfugiés'],
    ['1 000 000 d’euros', '1\u202F000\u202F000 d’euros'],
    ['2 400 migrants', '2\u202F400 migrants'],
    ['en 2024', 'en 2024'],
  ],
};

const ORDINALS: Readonly<Record<string, string>> = {
  ème: 'e', eme: 'e', ième: 'e', ieme: 'e', è: 'e', ᵉ: 'e', èmes: 'es', emes: 'es', ièmes: 'es', iemes: 'es', ᵉˢ: 'es',
  ère: 're', ere: 're', ière: 're', iere: 're', ʳᵉ: 're', ères: 'res', eres: 'res', ʳᵉˢ: 'res',
  ier: 'er', ᵉʳ: 'er', iers: 'ers', ᵉʳˢ: 'ers',
};

/** French ordinals as plain letters: 3e, 1er, 1re, XXIe (superscript is formatting, not Unicode ᵉ). */
export const frOrdinals: RegexRule = {
  id: 'fr-ordinals',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /[èᵉʳ]|eme|ere|ier/u.test(t),
  find: /(?<![\p{L}\p{N}])(\d+|[IVXLC]+)( ?)(ièmes|iemes|ièmes|èmes|emes|ième|ieme|ème|eme|ières|ieres|ière|iere|ères|eres|ère|ere|iers|ier|ᵉʳˢ|ᵉʳ|ʳᵉˢ|ʳᵉ|ᵉˢ|ᵉ|è)(?![\p{L}\p{N}])/gu,
  fix: (m) => {
    const [, num = '', space, suffix = ''] = m;
    // A spaced suffix is an ordinal only in its long written forms (3 ème), never a lone è.
    if (space !== '' && !/^i?[èe]mes?$/u.test(suffix)) return null;
    const roman = /^[IVXLC]+$/u.test(num);
    if (roman && (suffix === 'è' || num.length === 1 && /^(?:C|L)$/u.test(num))) return null;
    const first = num === '1' || num === 'I';
    const plain = ORDINALS[suffix] ?? null;
    if (plain === null) return null;
    // 1ère → 1re, 1ier → 1er; 3ère is not a form to guess about.
    if ((plain === 're' || plain === 'res' || plain === 'er' || plain === 'ers') && !first) return null;
    return num + plain;
  },
  message: {
    fr: 'Abréviation des ordinaux\u00A0: 1er, 1re, 2e, XXIe',
    en: 'French ordinal abbreviations: 1er, 1re, 2e, XXIe',
    es: 'Abreviaturas ordinales francesas: 1er, 1re, 2e, XXIe',
  },
  examples: [
    ['3ème', '3e'],
    ['1ère', '1re'],
    ['XXème siècle', 'XXe siècle'],
    ['le 2ᵉ', 'le 2e'],
    ['la 2nde', 'la 2nde'],
  ],
};
