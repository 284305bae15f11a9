import type { MessageKey } from '../../i18n/catalog';
import type { Translate } from '../../i18n/I18nProvider';

type Counted = 'typo.count' | 'typo.applied' | 'typo.confirm.title' | 'typo.confirm.more';

/** "{count} suggestion(s)" in the UI language, the number written the locale's way. */
export function counted(t: Translate, locale: string, base: Counted, count: number): string {
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${category}` as MessageKey, { count: count.toLocaleString(locale) });
}
