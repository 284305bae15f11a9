// Spanish opening question and exclamation marks (RAE, Ortografía 2010, 3.4.3): ¿ and ¡ are written
// where the question or exclamation begins, which is the sentence start, or mid-sentence after a
// comma, colon or conjunction when the question starts there (`Y si no, ¿qué?`). Where the start is
// guessed the rule is not safe: the suggestion is for a person to read.
import type { Edit, ScanRule } from '../model';

/** Words that start a question (or an exclamation) right after a comma or a conjunction. */
const QUESTION_WORDS = new Set([
  'qué', 'quién', 'quiénes', 'cómo', 'cuándo', 'dónde', 'adónde', 'cuál', 'cuáles', 'cuánto', 'cuánta', 'cuántos', 'cuántas',
  'por', 'acaso', 'verdad', 'no', 'cierto', 'vale', 'eh', 'sí',
]);
/** Tag words that are a question only when they are the whole clause (`…, ¿no?`, `…, ¿verdad?`). */
const TAGS = new Set(['no', 'verdad', 'cierto', 'vale', 'eh', 'sí']);
const CONJUNCTIONS = new Set(['y', 'e', 'o', 'u', 'pero', 'pues', 'entonces', 'sino', 'ni', 'aunque', 'porque']);
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:Sr|Sra|Srta|Dr|Dra|Ud|Uds|Vd|Vds|núm|pág|art|etc|aprox|tel|Lic|Ing|prof|EE|UU)$/u;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /[\s\u00A0\u202F]/u.test(ch);

/** Offset where the sentence holding the mark at `at` starts (after . ? ! … or a line break). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '?' || ch === '!') return i + 1;
    if ((ch === '.' || ch === '…') && isSpace(text[i + 1]) && !(ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i)))) return i + 1;
  }
  return 0;
}

/** The last opening of a clause inside [from, to): after : ; « “ ( [ — or an opening straight quote. */
function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) {
    const ch = text[i] as string;
    if (':;«“([—‘'.includes(ch) || (ch === '"' && !isSpace(text[i + 1]) && (i === 0 || isSpace(text[i - 1])))) return i + 1;
  }
  return from;
}

/** Where a question word starts a clause after a comma (or after a conjunction following one). */
function afterComma(text: string, from: number, to: number): number | null {
  const comma = text.lastIndexOf(',', to - 1);
  if (comma < from) return null;
  const clause = text.slice(comma + 1, to);
  const words = [...clause.matchAll(/\p{L}+/gu)];
  let k = 0;
  if (words[0] !== undefined && CONJUNCTIONS.has(words[0][0].toLowerCase()) && words.length > 1) k = 1;
  const w = words[k];
  if (w === undefined) return null;
  // A vocative before the comma stays outside the question: `Juan, ¿vienes?`.
  const head = text.slice(from, comma).trim();
  if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(head) && !QUESTION_WORDS.has(head.toLowerCase())) return comma + 1 + (w.index as number);
  const word = w[0].toLowerCase();
  if (!QUESTION_WORDS.has(word)) return null;
  if (TAGS.has(word) && words.length > k + 1) return null;
  if (word === 'por' && words[k + 1]?.[0].toLowerCase() !== 'qué') return null;
  return comma + 1 + (w.index as number);
}

/** Edits adding the opening `open` for every closing `close` that lacks one. */
function openingEdits(text: string, close: '?' | '!', open: '¿' | '¡'): Edit[] {
  const edits: Edit[] = [];
  for (let at = text.indexOf(close); at >= 0; at = text.indexOf(close, at + 1)) {
    // A run of marks (??, ?!) is read once, from its first mark; mixed runs are left to a person.
    if (text[at - 1] === close) continue;
    let end = at;
    while (text[end] === '?' || text[end] === '!') end += 1;
    if (text.slice(at, end).includes(close === '?' ? '!' : '?')) continue;
    const start = sentenceStart(text, at);
    const sentence = text.slice(start, at);
    // An opening mark already there (either kind: RAE allows ¡…? for a mixed sentence).
    if (/[¿¡]/u.test(sentence)) continue;
    // A closing mark ends a word and is followed by a space or punctuation: not `(?)` (a doubt),
    // not `=?iso-8859-1?Q?` (an encoded header), not a query string.
    if (!/[\p{L}\p{N}»”’'")…]/u.test(text[at - 1] ?? '(') || /[^\s.,;:»”’'")\]…]/u.test(text[end] ?? ' ')) continue;
    const from = clauseStart(text, start, at);
    let where = afterComma(text, from, at) ?? from;
    while (where < at && isSpace(text[where])) where += 1;
    if (where >= at || !/[\p{L}\p{N}]/u.test(text.slice(where, at))) continue;
    edits.push({ start: where, end: where, replacement: open });
  }
  return edits;
}

/** Opening ¿ where the question begins. */
export const esQuestionOpening: ScanRule = {
  id: 'es-apertura-interrogacion',
  langs: ['es'],
  norm: 'RAE',
  safe: false,
  scan: ({ text }) => (text.includes('?') ? openingEdits(text, '?', '¿') : []),
  message: {
    fr: 'En espagnol, la question s’ouvre par ¿ là où elle commence',
    en: 'In Spanish a question opens with ¿ where it begins',
    es: 'La pregunta se abre con ¿ donde empieza',
  },
  examples: [
    ['Qué haremos ahora?', '¿Qué haremos ahora?'],
    ['Y si no, qué?', 'Y si no, ¿qué?'],
  ],
};

/** Opening ¡ where the exclamation begins. */
export const esExclamationOpening: ScanRule = {
  id: 'es-apertura-exclamacion',
  langs: ['es'],
  norm: 'RAE',
  safe: false,
  scan: ({ text }) => (text.includes('!') ? openingEdits(text, '!', '¡') : []),
  message: {
    fr: 'En espagnol, l’exclamation s’ouvre par ¡ là où elle commence',
    en: 'In Spanish an exclamation opens with ¡ where it begins',
    es: 'La exclamación se abre con ¡ donde empieza',
  },
  examples: [['Qué alegría volver!', '¡Qué alegría volver!']],
};
