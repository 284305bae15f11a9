// English figures (Chicago): a comma groups thousands from four digits (7,500), but a number is
// classified first (numbers.ts): years, page and room numbers, codes, phones and postal codes are
// left as typed.
import type { RegexRule } from '../model';
import { classifyNumber, groupDigits, wordBefore } from '../numbers';

// Words after which a number names something rather than counts it (page 1234, Room 2045).
const EN_CODE_WORDS = new Set([
  'room', 'flight', 'suite', 'ext', 'ext.', 'extension', 'law', 'act', 'decree', 'model', 'unit', 'account', 'case', 'file',
  'item', 'order', 'invoice', 'serial', 'iso', 'highway', 'interstate', 'bus', 'line', 'zip', 'postcode', 'pin', 'form',
  'grant', 'batch', 'class', 'no', 'nos', 'no.', 'nos.', 'p.', 'pp.', 'page', 'pages', 'phone', 'tel.', 'chapter', 'report',
]);

// A four-digit figure between 1000 and 2199 is a year unless the words around it make it a count.
const QUANTITY_BEFORE = new Set([
  'some', 'about', 'nearly', 'almost', 'over', 'around', 'approximately', 'roughly', 'than', 'least', 'total', 'estimated',
  'another', 'additional', 'extra', 'only', 'just', 'under', 'below', 'above', 'exceeding', 'usd', 'eur', 'chf', 'gbp', 'cad',
  'aud', 'jpy', 'us$', '$', '€', '£', 'these', 'those', 'all',
]);
const YEAR_BEFORE = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'of', 'early', 'late', 'mid',
  'fiscal', 'fy', 'year', 'years', 'summer', 'winter', 'spring', 'autumn', 'fall', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.',
  'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'through', 'between', 'and', 'throughout', 'circa', 'c.',
]);
const COUNT_NOUNS =
  /^(?:people|persons|migrants|refugees|children|families|households|individuals|returnees|beneficiaries|workers|students|women|men|girls|boys|staff|volunteers|participants|patients|survivors|victims|deaths|cases|jobs|homes|houses|shelters|tents|beds|schools|doses|kits|meals|calls|consultations|items|hours|days|units|trucks|vehicles|km|kilometres|kilometers|miles|metres|meters|kg|tonnes|tons|litres|liters|hectares|dollars|euros|francs|pounds|more|new|additional|displaced|internally|unaccompanied|stranded|Syrians|Afghans|Ukrainians|Venezuelans|Haitians|Sudanese|Rohingya)\b/u;

/**
 * Groups of figures separated by ordinary spaces that look like a phone number (954 555 012) or
 * sit in a list of numbers separated by slashes are not a quantity.
 */
export function spacedLikePhone(text: string, start: number, figure: string): boolean {
  if (!/ /u.test(figure)) return false;
  if (figure.replace(/\D/gu, '').length >= 9) return true;
  return /\d[ \u00A0]?\/[ \u00A0]?$/u.test(text.slice(Math.max(0, start - 3), start)) || /^[ \u00A0]?\/[ \u00A0]?\d/u.test(text.slice(start + figure.length, start + figure.length + 3));
}

/** A currency sign or an ISO code glued before the figure ($7500, US$7500) makes it an amount. */
const glueCurrency = (text: string, start: number): boolean => /[$€£¥]$/u.test(text.slice(Math.max(0, start - 1), start));

/** The uppercase token right before the figure (`ISO 9001`, `NY 10017`), if any. */
const capsBefore = (text: string, start: number): string => /(?:^|[^\p{L}])(\p{Lu}{1,4})[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 6), start))?.[1] ?? '';
const CURRENCIES = new Set(['USD', 'EUR', 'CHF', 'GBP', 'CAD', 'AUD', 'JPY', 'XOF', 'XAF', 'MXN', 'BRL', 'INR', 'KES', 'ZAR', 'US']);

/** Whether the figure at `start..end` (digits only) counts something, in English. */
export function isEnglishQuantity(text: string, start: number, end: number): boolean {
  const cls = classifyNumber(text, start, end);
  const before = wordBefore(text, start);
  if (EN_CODE_WORDS.has(before)) return false;
  const caps = capsBefore(text, start);
  if (caps !== '' && !CURRENCIES.has(caps)) return false;
  if (cls === 'quantity') return true;
  // 1234.56 is a decimal amount (its integer part is grouped), not a date such as 03.2024.
  if (cls === 'date' && /^\.\d{1,3}(?![\d.])/u.test(text.slice(end, end + 5)) && !/[/.]$/u.test(text.slice(0, start))) return true;
  if (cls !== 'year') return false;
  if (glueCurrency(text, start) || QUANTITY_BEFORE.has(before) || CURRENCIES.has(caps)) return true;
  if (YEAR_BEFORE.has(before)) return false;
  return COUNT_NOUNS.test(text.slice(end).replace(/^[ \u00A0]+/u, ''));
}

/** Thousands are grouped with a comma from four digits (7,500; 120,000); years never (in 2024). */
export const enThousands: RegexRule = {
  id: 'en-thousands',
  when: (t) => /\d{4}|\d[ \u00A0\u202F]\d{3}/u.test(t),
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  skip: ['contact'],
  // Plain runs of four or more digits, or digits grouped by (no-break) spaces in the French way;
  // never part of a longer chain of figures (a phone, a date, a decimal tail, an identifier).
  find: /(?<![\p{L}\p{N}_.,/#+\-–:]|\d[ \u00A0\u202F])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d{4,})(?![\p{N}\p{L}_/\-–]|[ \u00A0\u202F]\d|[.,]\d+[.,]\d|,\d)/gu,
  fix: (m, { text }) => {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length < 4 || digits.startsWith('0')) return null;
    // A space-grouped figure is rewritten only when every group is a thousand group.
    if (/[ \u00A0\u202F]/u.test(m[0]) && !/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/u.test(m[0])) return null;
    if (/ /u.test(m[0]) && digits.length < 5) return null; // "3 500" could be two figures in a list
    if (spacedLikePhone(text, m.index, m[0])) return null;
    if (!isEnglishQuantity(text, m.index, m.index + m[0].length)) return null;
    return groupDigits(digits, ',');
  },
  message: {
    fr: 'Séparateur des milliers : virgule en anglais (7,500)',
    en: 'Comma as the thousands separator (7,500)',
    es: 'Separador de millares: coma en inglés (7,500)',
  },
  examples: [
    ['at least 7500 people', 'at least 7,500 people'],
    ['some 120\u202F000 migrants', 'some 120,000 migrants'],
  ],
};
