import { describe, expect, it } from 'vitest';
import { addKeywords, removeKeywordAt, splitKeywordEntry } from '../../../renderer/features/themes/keywords';

describe('splitKeywordEntry', () => {
  it.each([
    ['single word', 'retour', ['retour']],
    ['commas, semicolons, line breaks', 'retour, réintégration;\nAVRR', ['retour', 'réintégration', 'AVRR']],
    ['collapses spaces, drops empty pieces', '  retour   volontaire ,, ; ', ['retour volontaire']],
  ])('%s', (_name, entry, expected) => {
    expect(splitKeywordEntry(entry)).toEqual(expected);
  });
});

describe('addKeywords', () => {
  it('appends new keywords in order', () => {
    expect(addKeywords(['retour'], 'réintégration, AVRR')).toEqual({ keywords: ['retour', 'réintégration', 'AVRR'], rejected: [] });
  });

  it('skips duplicates without case or accents, also within one paste', () => {
    const result = addKeywords(['réintégration'], 'Reintegration, retour, RETOUR');
    expect(result.keywords).toEqual(['réintégration', 'retour']);
    expect(result.rejected).toEqual([
      { keyword: 'Reintegration', reason: 'duplicate' },
      { keyword: 'RETOUR', reason: 'duplicate' },
    ]);
  });

  it('refuses a keyword over 80 characters and stops at 200 per language', () => {
    const long = 'x'.repeat(81);
    expect(addKeywords([], long).rejected).toEqual([{ keyword: long, reason: 'too-long' }]);
    const full = Array.from({ length: 200 }, (_, i) => `k${i}`);
    expect(addKeywords(full, 'one more').rejected).toEqual([{ keyword: 'one more', reason: 'too-many' }]);
  });

  it('never mutates the list it is given', () => {
    const list = Object.freeze(['retour']);
    addKeywords(list, 'asile');
    expect(list).toEqual(['retour']);
  });
});

describe('removeKeywordAt', () => {
  it('removes one keyword; out of range changes nothing', () => {
    expect(removeKeywordAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeKeywordAt(['a'], 5)).toEqual(['a']);
  });
});
