import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/domain';
import { catalog, type MessageKey } from './catalog';
import { interpolate, LOCALE_TAGS } from './format';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

interface I18n {
  lang: Language;
  locale: string;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const t = useCallback<Translate>((key, params) => interpolate(catalog[lang][key] ?? key, params), [lang]);
  const value = useMemo(() => ({ lang, locale: LOCALE_TAGS[lang], t }), [lang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language, its Intl locale and the translate function. */
export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
