/**
 * The key a line of text is known by in the library's learned lines (user rules and recurrence
 * counts): Unicode NFC, every run of white space (no-break spaces included) one space, trimmed,
 * lower-cased. Two lines that differ only in spacing or case are the same line. Pure.
 */
export function lineKey(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0\u202F\u2007]+/gu, ' ').trim().toLowerCase();
}

/** Lines worth counting for recurrence: not blank, not a single character, not a whole article. */
export function isCountableLine(text: string): boolean {
  const key = lineKey(text);
  return key.length >= 2 && key.length <= 600;
}
