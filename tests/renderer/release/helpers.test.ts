import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatIsoDate, formatNumber } from '../../../renderer/features/editor/format';
import { fieldValue, moveBy, removeAt, replaceAt } from '../../../renderer/features/editor/listOps';
import { filterThemes, foldForSearch } from '../../../renderer/features/editor/themeSearch';
import { parseStashEntry } from '../../../renderer/features/editor/draftStash';
import { draftOf } from '../../../renderer/features/editor/patch';
import { pluralCategory } from '../../../renderer/features/editor/plural';
import { sourceLines } from '../../../renderer/features/editor/sourceLines';
import type { Theme, ThemeId } from '../../../shared/domain';
import { makeRelease } from './fixtures';

describe('format', () => {
  it('formats dates in the UI locale without time-zone drift', () => {
    expect(formatIsoDate('2024-05-03', 'fr-FR')).toBe('3 mai 2024');
    expect(formatIsoDate('2024-05-03', 'en-GB')).toBe('3 May 2024');
    expect(formatIsoDate('2024-01-01', 'es-ES')).toBe('1 de enero de 2024');
    expect(formatIsoDate('not a date', 'fr-FR')).toBe('not a date');
  });

  it('formats timestamps with date and time', () => {
    const s = formatDateTime('2024-05-03T10:32:00.000Z', 'fr-FR');
    expect(s).toMatch(/2024/);
    expect(s).toMatch(/\d{2}:\d{2}/);
    expect(formatDateTime('garbage', 'fr-FR')).toBe('garbage');
  });

  it('formats numbers and sizes with the locale’s separators and units', () => {
    expect(formatNumber(12345, 'fr-FR')).toBe('12\u202F345');
    expect(formatNumber(12345, 'en-GB')).toBe('12,345');
    expect(formatBytes(512, 'en-GB')).toBe('512 bytes');
    expect(formatBytes(12_600, 'en-GB')).toBe('12.3 kB');
    expect(formatBytes(12_600, 'fr-FR')).toMatch(/^12,3\s?ko$/);
    expect(formatBytes(3 * 1024 * 1024, 'en-GB')).toBe('3 MB');
  });
});

describe('listOps', () => {
  it('moves, replaces and removes without touching the input', () => {
    const list = ['a', 'b', 'c'];
    expect(moveBy(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(list, 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveBy(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(list, 2, 1)).toEqual(['a', 'b', 'c']);
    expect(replaceAt(list, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('turns blank inputs into null', () => {
    expect(fieldValue('')).toBeNull();
    expect(fieldValue('  ')).toBeNull();
    expect(fieldValue('Jean ')).toBe('Jean ');
  });
});

describe('filterThemes', () => {
  const theme = (id: string, fr: string, en: string): Theme => ({
    id: id as ThemeId,
    labels: { fr, en, es: en },
    scope: null,
    keywords: { fr: [], en: [], es: [] },
    parent: null,
    releaseCount: 0,
  });
  const themes = [
    theme('migrant-health', 'Santé des migrants', 'Migration health'),
    theme('return-reintegration', 'Retour et réintégration', 'Return and reintegration'),
    theme('resettlement', 'Réinstallation et relocalisation', 'Resettlement and relocation'),
    theme('counter-trafficking', 'Traite des êtres humains', 'Counter-trafficking'),
  ];
  const ids = (list: Theme[]) => list.map((t) => t.id);

  it('ignores accents and case, prefix first', () => {
    expect(ids(filterThemes(themes, 'RE', 'fr', new Set(), 'fr-FR'))).toEqual(['resettlement', 'return-reintegration']);
    expect(ids(filterThemes(themes, 'sante', 'fr', new Set(), 'fr-FR'))).toEqual(['migrant-health']);
    expect(ids(filterThemes(themes, 'integration', 'fr', new Set(), 'fr-FR'))).toEqual(['return-reintegration']);
  });

  it('falls back to other languages and ids, and leaves out assigned themes', () => {
    expect(ids(filterThemes(themes, 'trafficking', 'fr', new Set(), 'fr-FR'))).toEqual(['counter-trafficking']);
    expect(ids(filterThemes(themes, '', 'fr', new Set(['migrant-health']), 'fr-FR'))).toEqual(['resettlement', 'return-reintegration', 'counter-trafficking']);
  });

  it('folds ligatures', () => {
    expect(foldForSearch('Main-d’Œuvre')).toBe('main-d’oeuvre');
  });
});

describe('parseStashEntry', () => {
  it('reads a valid entry and refuses anything else', () => {
    const entry = { baseRevision: 3, draft: draftOf(makeRelease()) };
    expect(parseStashEntry(JSON.stringify(entry))).toEqual(entry);
    expect(parseStashEntry('{')).toBeNull();
    expect(parseStashEntry(JSON.stringify({ baseRevision: '3', draft: entry.draft }))).toBeNull();
    expect(parseStashEntry(JSON.stringify({ baseRevision: 3, draft: { status: 'nope' } }))).toBeNull();
  });
});

describe('sourceLines', () => {
  it.each([
    ['LF', 'a\nb\n', ['a', 'b']],
    ['CRLF', 'a\r\nb', ['a', 'b']],
    ['lone CR', 'a\rb\r\rc', ['a', 'b', '', 'c']],
    ['blank lines kept', 'a\n\n\nb', ['a', '', '', 'b']],
    ['empty text', '', ['']],
  ])('%s', (_name, text, lines) => {
    expect(sourceLines(text)).toEqual(lines);
  });
});

describe('pluralCategory', () => {
  it('follows each language’s rule', () => {
    expect(pluralCategory('fr-FR', 0)).toBe('one');
    expect(pluralCategory('fr-FR', 1)).toBe('one');
    expect(pluralCategory('fr-FR', 2)).toBe('other');
    expect(pluralCategory('en-GB', 0)).toBe('other');
    expect(pluralCategory('es-ES', 1)).toBe('one');
  });
});
