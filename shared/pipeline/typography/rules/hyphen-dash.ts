// The hyphen-minus (or a double hyphen) typed between spaces as a dash, one rule per language that
// has one (Spanish writes rayas: es-dashes.ts). French makes every such dash a spaced en dash;
// English makes an incise an em dash (closed, or spaced in AP) but a dateline's or a heading
// label's dash a spaced en dash (`NAIROBI, Kenya, 30 January 2024 – IOM`), which is no incise.
import type { RegexRule, RuleInput } from '../model';
import { isDateline } from './en-dashes';

// A spaced hyphen, double hyphen, en or em dash after a word, before a word or at the block end.
// A dash starting a block or a line is a list bullet; one after an opening mark is left.
const SPACED_DASH = /(?<=[^\s«(“‘\-–—])[ \u00A0]+(?:--?|–|—)(?:[ \u00A0]+(?=[^\s»”’),.;:!?…\-–—])|[ \u00A0]*$)/gu;
const hasSpacedDash = (t: string): boolean => /[ \u00A0](?:-|–|—)/u.test(t);

/** Whether the match ends the block (a dateline block's trailing dash, `DAKAR, 12 mars 2024 -`). */
const endsBlock = (m: RegExpExecArray, text: string): boolean => m.index + m[0].length === text.length;
/** Figures (or protected dates and times) on both sides: a minus or a range, left alone. */
const betweenFigures = (m: RegExpExecArray, text: string): boolean =>
  /[\d\uE000]/u.test(text[m.index - 1] ?? '') && /[\d\uE000]/u.test(text[m.index + m[0].length] ?? '');

/** French: a hyphen between spaces is a dash, ` – ` (en dash, ordinary spaces); em dashes stay. */
export const frHyphenAsDash: RegexRule = {
  id: 'fr-hyphen-as-dash',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: hasSpacedDash,
  find: SPACED_DASH,
  fix: (m, { text, env }) => {
    const dash = m[0].trim();
    if (dash === '—') return null; // existing em dashes are left alone in French
    if (endsBlock(m, text)) return env.block !== 'dateline' || /[ \u00A0]$/u.test(m[0]) ? null : ' –';
    if (betweenFigures(m, text)) return null;
    return ' – ';
  },
  message: {
    fr: 'Un trait d’union entre espaces est un tiret\u00A0: tiret demi-cadratin',
    en: 'A hyphen between spaces is a dash: in French, an en dash between spaces',
    es: 'Un guion entre espacios es una raya: en francés, semirraya entre espacios',
  },
  examples: [
    ['Dakar - Le', 'Dakar – Le'],
    ['DAKAR - Le', 'DAKAR – Le'],
  ],
};

/**
 * Whether the English dash at `at` follows a lead that is not an incise: a dateline (place in
 * capitals, place and date) or a label in capitals (`PRESS RELEASE -`), with no second dash in the
 * same sentence (`IOM - the UN agency - said` is an incise).
 */
function leadDash(input: RuleInput, at: number, end: number): boolean {
  if (!isDateline(input.text, at)) return false;
  const rest = input.text.slice(end);
  const sentence = rest.slice(0, rest.search(/[.!?](?:\s|$)|$/u));
  return !/[ \u00A0](?:--?|–|—)[ \u00A0]/u.test(sentence);
}

/**
 * English: a hyphen between spaces used as a dash is an em dash, closed (Chicago) or spaced (AP);
 * after a dateline or a capitals label it is a spaced en dash. Existing dashes are the en-* rules'.
 */
export const enHyphenAsDash: RegexRule = {
  id: 'en-hyphen-as-dash',
  langs: ['en'],
  norm: 'Chicago',
  safe: true,
  when: hasSpacedDash,
  find: SPACED_DASH,
  fix: (m, input) => {
    const { text, env } = input;
    const dash = m[0].trim();
    if (dash === '—' || dash === '–') return null;
    if (endsBlock(m, text)) return env.block !== 'dateline' || /[ \u00A0]$/u.test(m[0]) ? null : ' –';
    if (betweenFigures(m, text)) return null;
    if (leadDash(input, m.index, m.index + m[0].length)) return ' – ';
    return env.spacedEmDash ? ' — ' : '—';
  },
  message: {
    fr: 'Un trait d’union entre espaces est un tiret\u00A0: en anglais, tiret cadratin (tiret demi-cadratin espacé après une ligne de date)',
    en: 'A hyphen between spaces is a dash: em dash (a spaced en dash after a dateline)',
    es: 'Un guion entre espacios es una raya: en inglés, raya (semirraya espaciada tras la data)',
  },
  examples: [
    ['the camp - now home to many - is full', 'the camp—now home to many—is full'],
    ['NAIROBI, Kenya, 30 January 2024 - IOM helps', 'NAIROBI, Kenya, 30 January 2024 – IOM helps'],
    ['PRESS RELEASE - IOM helps', 'PRESS RELEASE – IOM helps'],
  ],
};
