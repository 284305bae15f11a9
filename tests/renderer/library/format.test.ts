import { describe, expect, it } from 'vitest';
import type { Theme, ThemeId } from '../../../shared/domain';
import { formatReleaseDate, formatUpdated, themeLabels, themeOptions } from '../../../renderer/features/library/format';

const theme = (id: string, fr: string, parent: string | null = null): Theme => ({
  id: id as ThemeId,
  labels: { fr, en: `${fr} (en)`, es: `${fr} (es)` },
  scope: null,
  keywords: { fr: [], en: [], es: [] },
  parent: parent as ThemeId | null,
  releaseCount: 0,
});

describe('library formatting', () => {
  it('formats release dates without shifting a day, whatever the time zone', () => {
    expect(formatReleaseDate('2021-02-03', 'fr-FR')).toBe('3 févr. 2021');
    expect(formatReleaseDate('2021-02-03', 'en-GB')).toBe('3 Feb 2021');
    expect(formatReleaseDate('2019-12-31', 'es-ES')).toMatch(/^31 dic\.? 2019$/);
    expect(formatReleaseDate(null, 'fr-FR')).toBeNull();
  });

  it('shows the time for a change today, the day this year, the full date before', () => {
    const now = new Date(2025, 5, 15, 18, 0);
    expect(formatUpdated(new Date(2025, 5, 15, 9, 7).toISOString(), 'fr-FR', now)).toBe('09:07');
    expect(formatUpdated(new Date(2025, 2, 4, 9, 7).toISOString(), 'fr-FR', now)).toBe('4 mars');
    expect(formatUpdated(new Date(2023, 2, 4, 9, 7).toISOString(), 'en-GB', now)).toBe('4 Mar 2023');
  });

  it('lists themes by label with the locale collation, children under their parent', () => {
    const themes = [
      theme('sante', 'Santé'),
      theme('travail', 'Travail'),
      theme('sante-mentale', 'Santé mentale', 'sante'),
      theme('education', 'Éducation'),
      theme('orphan', 'Asile', 'missing-parent'),
    ];
    expect(themeOptions(themes, 'fr', 'fr-FR').map((o) => `${'-'.repeat(o.depth)}${o.label}`)).toEqual([
      'Asile',
      'Éducation',
      'Santé',
      '-Santé mentale',
      'Travail',
    ]);
  });

  it('does not loop on a parent cycle, and still lists every theme', () => {
    const themes = [theme('a', 'A', 'b'), theme('b', 'B', 'a'), theme('c', 'C')];
    expect(themeOptions(themes, 'fr', 'fr-FR').map((o) => o.label).sort()).toEqual(['A', 'B', 'C']);
  });

  it('labels a release’s themes in the UI language and skips unknown ids', () => {
    const byId = new Map([theme('sante', 'Santé')].map((t) => [t.id, t]));
    expect(themeLabels(['sante', 'gone'] as ThemeId[], byId, 'en')).toEqual(['Santé (en)']);
  });
});
