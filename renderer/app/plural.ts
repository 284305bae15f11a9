import type { MessageKey } from '../i18n/catalog';
import type { Translate } from '../i18n/I18nProvider';

/** The two message variants of a count: French, English and Spanish need no more. */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * Words a count with the variant its language asks for (French: 0 and 1 are singular; English
 * and Spanish: only 1) and fills `{count}` with the locale's digits (`1 234`, `1,234`). Pure.
 */
export function plural(t: Translate, locale: string, keys: PluralKeys, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const key = rule.select(count) === 'one' ? keys.one : keys.other;
  return t(key, { ...params, count: new Intl.NumberFormat(locale).format(count) });
}
