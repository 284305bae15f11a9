/** Which message variant a count takes: `none` for zero, then the locale's one/other rule. */
export type CountForm = 'none' | 'one' | 'other';

/**
 * The variant of a counted message for `count` in `locale` (French: 0 → none, 1 → one, 2 → other;
 * the CLDR `many` of French and Spanish large numbers reads like `other`). Pure.
 */
export function countForm(count: number, locale: string): CountForm {
  if (count === 0) return 'none';
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
