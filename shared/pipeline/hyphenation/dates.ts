// Dates written out (`12 septembre 2024`, `September 12, 2024`, `mardi 3 mars`) are read as one
// unit and never broken (TYPOGRAPHY.md: no breaks in dates): their month and day names stay whole.

const DATE_WORDS = new Set(
  [
    // French
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    // English
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
    // Spanish
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'lunes martes miércoles jueves viernes sábado domingo',
  ]
    .join(' ')
    .split(' '),
);

/** A day or year, with an ordinal or a comma after it: `12`, `1er`, `1st`, `2024,`. */
const NUMBER = /^\d{1,4}(?:er|re|e|st|nd|rd|th|º|°)?[.,]?$/u;
/** Words allowed between a day name and its number, or a month and its year (`de`, `of`). */
const LINK = new Set(['de', 'of', 'del']);

/** The whitespace-delimited token before `at` (step -1) or from `at` on (step 1), and where it ends away from `at`. */
function tokenFrom(text: string, at: number, step: 1 | -1): { token: string; next: number } {
  let i = at;
  while (i >= 0 && i < text.length && /\s/.test(text[i]!)) i += step;
  const first = i;
  while (i >= 0 && i < text.length && !/\s/.test(text[i]!)) i += step;
  return { token: step === 1 ? text.slice(first, i) : text.slice(i + 1, first + 1), next: i };
}

/** The token before or after, or the one beyond it when it is a linking word, is a number. */
function numberNear(text: string, at: number, step: 1 | -1): boolean {
  const near = tokenFrom(text, at, step);
  const token = near.token.replace(/^[,(]/, '');
  if (NUMBER.test(token)) return true;
  return LINK.has(token.toLowerCase()) && NUMBER.test(tokenFrom(text, near.next, step).token);
}

/**
 * Whether `word`, found at [start, end) of `text`, is the month or day name of a date: a number
 * stands right before or after it, or beyond one linking word (`12 de marzo`, `mardi 3 mars`).
 */
export function isDateWord(text: string, start: number, end: number, word: string): boolean {
  return DATE_WORDS.has(word.toLowerCase()) && (numberNear(text, start - 1, -1) || numberNear(text, end, 1));
}
