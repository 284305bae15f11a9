import { describe, expect, it } from 'vitest';
import { countForm } from '../../../renderer/features/themes/plural';

describe('countForm', () => {
  it.each([
    [0, 'fr-FR', 'none'],
    [1, 'fr-FR', 'one'],
    [2, 'fr-FR', 'other'],
    [1_000_000, 'fr-FR', 'other'],
    [1, 'en-GB', 'one'],
    [12, 'en-GB', 'other'],
    [1, 'es-ES', 'one'],
    [1_000_000, 'es-ES', 'other'],
  ] as const)('%d in %s → %s', (count, locale, expected) => {
    expect(countForm(count, locale)).toBe(expected);
  });
});
