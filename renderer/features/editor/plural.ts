/** CLDR plural category reduced to the two our message tables carry (French 0 and 1 are "one"). */
export function pluralCategory(locale: string, n: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}
