/**
 * The key a line of text is known by in the library's learned lines (user rules and recurrence
 * counts): Unicode NFC, every run of white space (no-break spaces included) one space, trimmed,
 * lower-cased. Two lines that differ only in spacing or case are the same line. Pure.
 */
export function lineKey(text: string): string {
  const nfc = MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
  return nfc.replace(/[\s\u00A0\u202F\u2007]+/gu, ' ').trim().toLowerCase();
}

// Characters below U+0300 (Latin, with its precomposed accents) and general punctuation and
// currency signs are left as they are by NFC unless a combining mark follows; the two spaces NFC
// does map there (U+2000, U+2001) become one space anyway. Most lines need no normalising: the
// key is made for every line several times over, so the check pays.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF\u2000-\u206F\u20A0-\u20CF]/u;

/** Lines worth counting for recurrence: not blank, not a single character, not a whole article. */
export function isCountableLine(text: string): boolean {
  const key = lineKey(text);
  return key.length >= 2 && key.length <= 600;
}
