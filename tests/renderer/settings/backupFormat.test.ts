import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/api';
import { catalog } from '../../../renderer/i18n/catalog';
import {
  formatBackupAge,
  formatBackupDate,
  formatBackupSize,
  newestFirst,
  REASON_KEYS,
} from '../../../renderer/features/settings/backupFormat';

const NNBSP = '\u202F';

describe('formatBackupDate', () => {
  it.each([
    ['fr-FR', '5 mars 2026 à 14:07'],
    ['en-GB', '5 March 2026 at 14:07'],
    ['es-ES', '5 de marzo de 2026, 14:07'],
  ])('%s', (locale, expected) => {
    // ICU versions differ on the joining word in Spanish ("a las" or ","): compare the parts.
    const text = formatBackupDate('2026-03-05T14:07:00.000Z', locale, 'UTC');
    if (locale === 'es-ES') expect(text).toMatch(/^5 de marzo de 2026(, | a las )14:07$/);
    else expect(text).toBe(expected);
  });

  it('uses the given time zone', () => {
    expect(formatBackupDate('2026-03-05T23:30:00Z', 'fr-FR', 'Europe/Paris')).toBe('6 mars 2026 à 00:30');
  });
});

describe('formatBackupSize', () => {
  it.each([
    [512, 'fr-FR', '512 o'],
    [48_213, 'fr-FR', '48 ko'],
    [1_250_000, 'fr-FR', `1,3 Mo`],
    [1_250_000, 'en-GB', '1.3 MB'],
    [2_000_000_000, 'es-ES', '2 GB'],
  ])('%d bytes in %s → %s', (bytes, locale, expected) => {
    // Intl puts a (narrow) no-break space between number and unit: compare with plain spaces.
    expect(formatBackupSize(bytes, locale).replace(/[\u00A0\u202F]/g, ' ')).toBe(expected);
  });

  it('never breaks the line between number and unit in French', () => {
    expect(formatBackupSize(1_250_000, 'fr-FR')).toMatch(new RegExp(`^1,3[\u00A0${NNBSP}]Mo$`));
  });
});

describe('formatBackupAge', () => {
  const now = Date.parse('2026-03-05T14:00:00Z');
  it.each([
    ['2026-03-05T13:59:30Z', 'fr-FR', 'maintenant'],
    ['2026-03-05T12:00:00Z', 'fr-FR', 'il y a 2 heures'],
    ['2026-03-04T10:00:00Z', 'en-GB', 'yesterday'],
    ['2026-03-02T10:00:00Z', 'es-ES', 'hace 3 días'],
    ['2026-01-01T10:00:00Z', 'en-GB', '2 months ago'],
    ['2026-03-05T15:00:00Z', 'en-GB', 'now'],
  ])('%s in %s → %s', (createdAt, locale, expected) => {
    expect(formatBackupAge(createdAt, now, locale)).toBe(expected.replace(/(\d) /g, '$1\u00A0'));
  });
});

describe('backup reasons', () => {
  it('every reason is worded in every language', () => {
    for (const key of Object.values(REASON_KEYS)) {
      for (const lang of ['fr', 'en', 'es'] as const) expect(catalog[lang][key], `${lang} ${key}`).toBeTruthy();
    }
    expect(catalog.fr[REASON_KEYS.startup]).toBe('Au démarrage');
  });
});

describe('newestFirst', () => {
  const b = (name: string, createdAt: string): BackupInfo => ({ name, createdAt, size: 10, reason: 'periodic' });
  it('orders by creation time, newest first, without touching the input', () => {
    const input = [b('a', '2026-03-01T10:00:00Z'), b('c', '2026-03-03T10:00:00Z'), b('b', '2026-03-02T10:00:00.500Z')];
    expect(newestFirst(input).map((x) => x.name)).toEqual(['c', 'b', 'a']);
    expect(input.map((x) => x.name)).toEqual(['a', 'c', 'b']);
  });
});
