import type { Language } from '../../shared/domain';

/**
 * A feature's UI strings in the three languages. The compiler refuses a key missing from any
 * language; `{name}` placeholders are filled by `t(key, { name })`.
 */
export type MessageTable<K extends string> = Record<Language, Record<K, string>>;

export function defineMessages<K extends string>(table: MessageTable<K>): MessageTable<K> {
  return table;
}
