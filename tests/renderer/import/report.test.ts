import { describe, expect, it } from 'vitest';
import type { ImportItem } from '../../../shared/api';
import { ImportFailure, LANGUAGES, type Language } from '../../../shared/domain';
import { catalog } from '../../../renderer/i18n/catalog';
import { interpolate, LOCALE_TAGS } from '../../../renderer/i18n/format';
import type { Translate } from '../../../renderer/i18n/I18nProvider';
import { failureText, FAILURE_KEYS, formatMegabytes, groupReport, pastedTextName, summaryText } from '../../../renderer/features/import/report';

const tFor = (lang: Language): Translate => (key, params) => interpolate(catalog[lang][key] ?? key, params);
const item = (name: string, outcome: ImportItem['outcome'], failure: ImportItem['failure'] = null): ImportItem => ({
  name,
  outcome,
  releaseId: outcome === 'failed' ? null : (`id-${name}` as never),
  title: outcome === 'failed' ? null : name,
  failure,
  detail: failure ? 'developer detail' : null,
});

const report = [
  item('a.txt', 'imported'),
  item('b.txt', 'failed', 'binary'),
  item('c.txt', 'duplicate'),
  item('d.txt', 'imported'),
  item('e.txt', 'failed', 'empty'),
];

describe('import report', () => {
  it('groups by outcome, keeping file order', () => {
    const g = groupReport(report, 3);
    expect(g.imported.map((i) => i.name)).toEqual(['a.txt', 'd.txt']);
    expect(g.duplicates.map((i) => i.name)).toEqual(['c.txt']);
    expect(g.failed.map((i) => i.name)).toEqual(['b.txt', 'e.txt']);
    expect(g.skipped).toBe(3);
  });

  it.each(LANGUAGES)('words every failure in %s, never with the developer detail', (lang) => {
    const t = tFor(lang);
    const seen = new Set<string>();
    for (const failure of ImportFailure.options) {
      const text = failureText(item('x', 'failed', failure), t, LOCALE_TAGS[lang], 20 * 1024 * 1024);
      expect(text).not.toBe(FAILURE_KEYS[failure]);
      expect(text).not.toContain('{');
      expect(text).not.toContain('developer');
      seen.add(text);
    }
    expect(seen.size).toBe(ImportFailure.options.length);
  });

  it('puts the limit in the too_large message, in the locale', () => {
    const big = item('big.docx', 'failed', 'too_large');
    // The space between number and unit depends on the ICU version (U+00A0, U+202F or U+0020).
    expect(failureText(big, tFor('fr'), 'fr-FR', 20 * 1024 * 1024)).toMatch(/^Fichier trop volumineux\u00A0: la limite est de 20\sMo\.$/);
    expect(failureText(big, tFor('en'), 'en-GB', 20 * 1024 * 1024)).toMatch(/^File too large: the limit is 20\sMB\.$/);
    expect(formatMegabytes(1.5 * 1024 * 1024, 'es-ES')).toMatch(/^1,5\sMB$/);
  });

  it('sums up with the right plurals per language', () => {
    const g = groupReport(report);
    expect(summaryText(g, tFor('fr'), 'fr-FR')).toBe('2 communiqués importés · 1 doublon · 2 échecs');
    expect(summaryText(g, tFor('en'), 'en-GB')).toBe('2 releases imported · 1 duplicate · 2 failed');
    expect(summaryText(g, tFor('es'), 'es-ES')).toBe('2 comunicados importados · 1 duplicado · 2 con error');
    expect(summaryText(groupReport([]), tFor('en'), 'en-GB')).toBe('No files imported.');
  });

  it('names pasted text after the UI language and the local time', () => {
    const at = new Date(2025, 2, 4, 9, 5);
    expect(pastedTextName(tFor('fr'), at)).toBe('Texte collé 2025-03-04 09:05');
    expect(pastedTextName(tFor('es'), at)).toBe('Texto pegado 2025-03-04 09:05');
  });
});
