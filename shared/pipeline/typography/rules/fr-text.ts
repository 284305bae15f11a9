// Small text helpers shared by the French word rules.

const NON_ASCII = /[^\u0000-\u007F]/u;
/** `s` without its accents (État → Etat). ASCII text (most words) has none: returned as it is. */
export const deaccent = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s);

/** Whether the word at `at` opens a sentence (block start, after . ! ? : « or a bullet). */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \u00A0\u202F]/u.test(text[i] as string)) i -= 1;
  return i < 0 || /[.!?:…«"“(\n–—-]/u.test(text[i] as string);
}
