// Language runs inside one block: a quoted passage in another language keeps its own typography.
import type { TypoLang } from './model';

export interface LangRun {
  start: number;
  end: number;
  lang: TypoLang;
}

/** Runs of `text` whose language differs from `lang` (the rest is in `lang`). */
export function languageRuns(text: string, lang: TypoLang): LangRun[] {
  return text === '' ? [] : [{ start: 0, end: text.length, lang }];
}
