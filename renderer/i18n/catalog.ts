import type { Language } from '../../shared/domain';
import { messages as app } from '../app/messages';
import { messages as bodyEditor } from '../editor/messages';
import { messages as releaseView } from '../features/editor/messages';
import { messages as exporting } from '../features/export/messages';
import { messages as importing } from '../features/import/messages';
import { messages as library } from '../features/library/messages';
import { messages as review } from '../features/review/messages';
import { messages as settings } from '../features/settings/messages';
import { messages as themes } from '../features/themes/messages';

const tables = [app, library, importing, review, releaseView, bodyEditor, themes, exporting, settings] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type KeysOf<T> = T extends { fr: infer F } ? keyof F : never;
export type MessageKey = Extract<KeysOf<Union<typeof tables>>, string>;

function merge(lang: Language): Readonly<Record<string, string>> {
  return Object.assign({}, ...tables.map((t) => t[lang] as Record<string, string>));
}

/** Every UI string, per language. Built once. */
export const catalog: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr: merge('fr'),
  en: merge('en'),
  es: merge('es'),
};

/** For the completeness test: each feature's table, by name. */
export const featureTables = { app, library, importing, review, releaseView, bodyEditor, themes, exporting, settings } as const;
