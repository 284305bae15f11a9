import { describe, expect, it } from 'vitest';
import { messages } from '../../../renderer/editor/messages';
import { titled } from '../../../renderer/editor/keys';
import { catalog, type MessageKey } from '../../../renderer/i18n/catalog';
import { interpolate } from '../../../renderer/i18n/format';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('editor messages', () => {
  it('have the same keys, all prefixed editor., in fr, en and es', () => {
    const fr = Object.keys(messages.fr).sort();
    expect(Object.keys(messages.en).sort()).toEqual(fr);
    expect(Object.keys(messages.es).sort()).toEqual(fr);
    expect(fr.every((k) => k.startsWith('editor.'))).toBe(true);
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(messages.fr) as Array<keyof typeof messages.fr>) {
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.fr[key]));
      expect(placeholders(messages.es[key]), key).toEqual(placeholders(messages.fr[key]));
    }
  });

  it('follow French typography: curly apostrophe, no-break space before : and narrow before ; ! ?', () => {
    for (const text of Object.values(messages.fr)) {
      expect(text).not.toMatch(/'/);
      expect(text).not.toMatch(/[^\u00A0]:(\s|$)/);
      expect(text).not.toMatch(/[^\u202F][;!?]/);
    }
  });

  it('write shortcuts in titles with localized key names', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => interpolate(catalog.fr[key] ?? key, params);
    expect(titled(t, 'Gras', ['mod', 'b'])).toBe('Gras (Ctrl+B)');
    expect(titled(t, 'Rétablir', ['mod', 'shift', 'z'], ['mod', 'y'])).toBe('Rétablir (Ctrl+Maj+Z / Ctrl+Y)');
  });
});
