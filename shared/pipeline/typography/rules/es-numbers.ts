// Spanish figures (RAE, Ortografía 2010, 8.2.3 and 8.9): numbers of five digits or more are grouped
// by threes with a narrow no-break space, four-digit numbers are written whole (1200), neither a
// period nor a comma groups thousands; ⎵ before %; ordinals 1.º 2.ª 3.er; n.º for número.
import type { RegexRule } from '../model';
import { classifyNumber, groupDigits, wordBefore } from '../numbers';
import { spacedLikePhone } from './en-numbers';

// Words after which a number is an identifier (expediente 12345, C.P. 28001, vuelo 4521).
const ES_CODE_WORDS = new Set([
  'expediente', 'ley', 'decreto', 'resolución', 'código', 'c.p.', 'cp', 'apartado', 'tel.', 'teléfono', 'cuenta', 'pág.',
  'página', 'páginas', 'núm.', 'n.º', 'nº', 'folio', 'vuelo', 'ruta', 'carretera', 'habitación', 'oficina', 'rut', 'dni',
  'nit', 'curp', 'rfc', 'cédula', 'iso', 'modelo', 'serie', 'lote', 'caso', 'factura', 'pasaporte', 'registro', 'año',
  'años', 'contrato', 'licitación', 'convocatoria', 'proyecto', 'artículo', 'art.', 'boletín', 'expedientes', 'móvil',
]);

/** Whether the figure at `start..end` counts something (not a year, a code, a phone…). */
export function isSpanishQuantity(text: string, start: number, end: number): boolean {
  if (ES_CODE_WORDS.has(wordBefore(text, start))) return false;
  if (/(?:^|[^\p{L}])\p{Lu}{1,4}[ \u00A0]$/u.test(text.slice(Math.max(0, start - 6), start)) && !/(?:USD|EUR|MXN|COP|ARS|CLP|PEN|GTQ|HNL|DOP|US)[ \u00A0]$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  const cls = classifyNumber(text, start, end);
  return cls === 'quantity' || cls === 'year' || cls === 'decimal';
}

// A figure not glued to letters, identifiers or other figures (phones, dates and codes are chains).
const FIGURE_START = String.raw`(?<![\p{L}\p{N}_.,/#+\-–:]|\d[ \u00A0\u202F])`;
const FIGURE_END = String.raw`(?![\p{N}\p{L}_/\-–]|[ \u00A0\u202F]\d|[.,]\d)`;

/** Numbers of five digits or more are grouped by threes with ⍽ (120 000); four digits stay whole. */
export const esMillares: RegexRule = {
  id: 'es-millares',
  when: (t) => /\d{5}|\d[ \u00A0\u202F]\d{3}/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  skip: ['contact'],
  find: new RegExp(`${FIGURE_START}(?:\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d{5,})${FIGURE_END}`, 'gu'),
  fix: (m, { text, env }) => {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length < 5 || digits.startsWith('0')) return null;
    if (spacedLikePhone(text, m.index, m[0])) return null;
    if (!isSpanishQuantity(text, m.index, m.index + m[0].length)) return null;
    return groupDigits(digits, env.nnbsp);
  },
  message: {
    fr: 'Milliers : espace fine insécable à partir de cinq chiffres (120 000)',
    en: 'Thousands: narrow no-break space from five digits (120 000)',
    es: 'Millares: espacio fino de no separación a partir de cinco cifras (120 000)',
  },
  examples: [
    ['más de 120000 personas', 'más de 120\u202F000 personas'],
    ['unas 2500 personas', 'unas 2500 personas'],
  ],
};

/**
 * A period or comma used to group thousands (15.000, 1,200,000) becomes ⍽, or nothing for four
 * digits (1.200 → 1200). Not safe: in some countries the period is the decimal sign.
 */
export const esMillaresPunto: RegexRule = {
  id: 'es-millares-punto',
  when: (t) => /\d[.,]\d{3}/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: false,
  skip: ['contact'],
  find: new RegExp(`${FIGURE_START}\\d{1,3}(?:\\.\\d{3})+(?![\\p{N}\\p{L}_/\\-–]|\\.\\d)|${FIGURE_START}\\d{1,3}(?:,\\d{3}){2,}(?![\\p{N}\\p{L}_/\\-–]|[.,]\\d)|${FIGURE_START}\\d{2,3},\\d{3}(?![\\p{N}\\p{L}_/\\-–]|[.,]\\d)`, 'gu'),
  fix: (m, { text, env }) => {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.startsWith('0') || !isSpanishQuantity(text, m.index, m.index + m[0].length)) return null;
    return digits.length < 5 ? digits : groupDigits(digits, env.nnbsp);
  },
  message: {
    fr: 'Milliers : ni point ni virgule en espagnol ; espace fine à partir de cinq chiffres',
    en: 'Thousands: no period or comma in Spanish; a narrow space from five digits',
    es: 'Millares: ni punto ni coma; espacio fino a partir de cinco cifras (15 000, 1200)',
  },
  examples: [
    ['más de 15.000 consultas', 'más de 15\u202F000 consultas'],
    ['a 1.200 niñas', 'a 1200 niñas'],
  ],
};

/** A no-break space between a figure and % (45 %). */
export const esPorcentaje: RegexRule = {
  id: 'es-porcentaje',
  when: (t) => t.includes('%'),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: /(?<=\d)(?:[ \u202F]?)%/gu,
  fix: (_m, { env }) => `${env.nbsp}%`,
  message: {
    fr: 'Espace insécable entre le nombre et %',
    en: 'No-break space between the figure and %',
    es: 'Espacio de no separación entre la cifra y %',
  },
  examples: [['el 87% de los participantes', 'el 87\u00A0% de los participantes']],
};

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

/**
 * Ordinal abbreviations take a period before the letters: 1.º 2.ª 3.er (also 1º, 2do, 3ra, 1er,
 * and 1° de mayo, where the degree sign stands for º).
 */
export const esOrdinales: RegexRule = {
  id: 'es-ordinales',
  when: (t) => /\d[ºª°a-zA-Z]/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])(\d{1,4})(?:([ºª])|(°)(?= de (?:${MONTHS})\b)|(er)|(ro|do|to|mo|vo|no)|(ra|da|ta|ma|va|na))(?![\p{L}\p{N}])`,
    'giu',
  ),
  fix: (m) => {
    const n = m[1] as string;
    if (m[2] !== undefined) return `${n}.${m[2]}`;
    if (m[3] !== undefined) return `${n}.º`;
    if (m[4] !== undefined) return /[13]$/u.test(n) ? `${n}.er` : null; // primer, tercer
    if (m[5] !== undefined) return `${n}.º`;
    if (m[6] !== undefined) return `${n}.ª`;
    return null;
  },
  message: {
    fr: 'Ordinal abrégé avec un point : 1.º, 2.ª, 3.er',
    en: 'Abbreviated ordinal with a period: 1.º, 2.ª, 3.er',
    es: 'Ordinal abreviado con punto: 1.º, 2.ª, 3.er',
  },
  examples: [
    ['el 1º de mayo', 'el 1.º de mayo'],
    ['la 2ª edición', 'la 2.ª edición'],
    ['el 3er informe', 'el 3.er informe'],
  ],
};

/** Número is abbreviated n.º (not nº or n°). */
export const esNumeroAbrev: RegexRule = {
  id: 'es-abreviatura-numero',
  when: (t) => /[nN][º°]/u.test(t),
  langs: ['es'],
  norm: 'RAE',
  safe: true,
  find: /(?<![\p{L}\p{N}])([nN])[º°](?=[ \u00A0]?\d)/gu,
  fix: (m) => `${m[1]}.º`,
  message: {
    fr: 'Abréviation de « número » : n.º',
    en: 'Abbreviation of número: n.º',
    es: 'Abreviatura de número: n.º',
  },
  examples: [['la resolución nº 45', 'la resolución n.º 45']],
};
