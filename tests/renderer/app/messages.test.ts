import { describe, expect, it } from 'vitest';
import { messages as app } from '../../../renderer/app/messages';
import { messages as importing } from '../../../renderer/features/import/messages';
import { messages as library } from '../../../renderer/features/library/messages';

const tables = { app, importing, library };

describe.each(Object.entries(tables))('%s strings', (_, table) => {
  it('have the same keys and placeholders in fr, en and es', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const fr = table.fr as Record<string, string>;
    for (const lang of ['en', 'es'] as const) {
      const other = table[lang] as Record<string, string>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(fr).sort());
      for (const key of Object.keys(fr)) expect(placeholders(other[key]!), `${lang} ${key}`).toEqual(placeholders(fr[key]!));
    }
  });

  it('follow French typography: no straight apostrophe, no plain space before : ; ! ? or inside « »', () => {
    for (const [key, text] of Object.entries(table.fr as Record<string, string>)) {
      expect(text, key).not.toMatch(/'/);
      expect(text, key).not.toMatch(/ [:;!?]/);
      expect(text, key).not.toMatch(/« | »/);
      expect(text, key).not.toMatch(/\S[;!?]/u);
    }
  });
});
