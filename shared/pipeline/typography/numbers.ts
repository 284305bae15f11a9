// Numbers are classified before they are touched (TYPOGRAPHY.md, promise 6): a quantity may be
// grouped by thousands, but a year, a phone number, a code or the decimals of a number never are.

/** What a run of digits is, judged from its shape and its neighbours. */
export type NumberClass = 'quantity' | 'year' | 'phone' | 'code' | 'decimal' | 'ordinal' | 'date' | 'range';

/** Words after which a number is an identifier, not a quantity (n° 12345, BP 15000, article 12). */
const CODE_WORDS = new Set([
  'n°', 'nº', 'no', 'nos', 'no.', 'num', 'numéro', 'numero', 'numéros', 'réf', 'ref', 'référence', 'reference', 'code', 'codes',
  'bp', 'cp', 'cs', 'cedex', 'article', 'art', 'articles', 'décret', 'decret', 'loi', 'arrêté', 'ordonnance', 'résolution',
  'resolution', 'résolutions', 'dossier', 'compte', 'iban', 'siret', 'siren', 'tva', 'matricule', 'isbn', 'issn', 'tél', 'tel',
  'téléphone', 'telephone', 'fax', 'id', 'lot', 'vol', 'volume', 'page', 'pages', 'p', 'pp', 'contrat', 'vol', 'vols',
  'ticket', 'facture', 'commande', 'poste', 'ligne', 'route', 'rn', 'rd', 'boîte', 'box', 'postal', 'zip', 'rcs', 'ape',
  'naf', 'ccp', 'rib', 'swift', 'bic', 'pin', 'otp', 'code-barres', 'session', 'version', 'build', 'modèle', 'série',
  'serie', 'immatriculation', 'plaque', 'vol.', 'nr', 'nro', 'núm', 'número',
]);

/** The word just before `start` (lowercased, without the space), or ''. */
export function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0' || text[i] === '\u202F')) i -= 1;
  const end = i + 1;
  while (i >= 0 && /[\p{L}\p{N}°º.-]/u.test(text[i] as string)) i -= 1;
  return text.slice(i + 1, end).toLowerCase();
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const ORDINAL_TAIL = /^(?:e|er|re|es|ers|res|ème|eme|è|ième|ieme|ᵉ|ᵉʳ|ʳᵉ|nd|nde|nds|ndes|°)(?![\p{L}\p{N}])/u;

/**
 * The class of the number written `text.slice(start, end)` (digits, possibly with space, no-break
 * space, dot or comma separators). Pure; reads the characters around the number.
 */
export function classifyNumber(text: string, start: number, end: number): NumberClass {
  const raw = text.slice(start, end);
  const digits = raw.replace(/\D/g, '');
  const prev = text[start - 1];
  const prev2 = text[start - 2];
  const next = text[end];
  const next2 = text[end + 1];
  // A middle part of a dotted or slashed date (12.03.2024, 12/03/2024).
  if ((prev === '.' || prev === '/') && (next === '.' || next === '/') && isDigit(prev2) && isDigit(next2)) return 'date';
  // The fractional part of a decimal (3,14159) or a number glued to a decimal separator.
  if ((prev === ',' || prev === '.') && isDigit(prev2)) return 'decimal';
  if (ORDINAL_TAIL.test(text.slice(end, end + 5))) return 'ordinal';
  // Dates and numeric references: 12/03, 2024/25, 03.2024.
  if (prev === '/' || next === '/' || ((next === '.' || prev === '.') && isDigit(next === '.' ? next2 : prev2))) return 'date';
  // Times and ratios (9:45, 3:1) and glued references.
  if (prev === ':' || next === ':') return 'code';
  // Ranges: 2021-2025, 120000-150000.
  if ((prev === '-' || prev === '–') && isDigit(prev2)) return 'range';
  if ((next === '-' || next === '–') && isDigit(next2)) return 'range';
  // Glued to letters, hyphens, underscores or a hash: an identifier (H5N1, COVID-19, A320, #12345).
  if (isLetter(prev) || prev === '_' || prev === '#' || prev === '-' || prev === '+' || isLetter(next) || next === '_' || next === '-') return 'code';
  if (/^\d{2}(?:[ .\u00A0\u202F-]\d{2}){3,}$/u.test(raw)) return 'phone';
  if (digits.length > 1 && digits.startsWith('0')) return 'code';
  if (CODE_WORDS.has(wordBefore(text, start))) return 'code';
  // A wire-service time stamp (121041 GMT).
  if (/^[ \u00A0](?:GMT|UTC|TU|HNE|HAE|CET|CEST)(?![\p{L}])/u.test(text.slice(end, end + 6))) return 'code';
  if (/^\d{4}$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1000 && n <= 2199) return 'year';
  }
  if (/,\d{1,2}$|,\d{4,}$/.test(raw)) return 'decimal';
  return 'quantity';
}

/** `digits` (only digits) grouped by thousands with `sep`: 1234567 → 1·234·567. */
export function groupDigits(digits: string, sep: string): string {
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out === '' ? '' : sep) + digits.slice(i, i + 3);
  return out;
}
