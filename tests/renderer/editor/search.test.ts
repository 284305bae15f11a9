import { describe, expect, it } from 'vitest';
import { fold } from '../../../renderer/editor/find/fold';
import { defaultFoldOptions, findInBlocks, findInText } from '../../../renderer/editor/find/search';

const loose = { caseInsensitive: true, accentInsensitive: true };
const strict = { caseInsensitive: false, accentInsensitive: false };
const caseOnly = { caseInsensitive: true, accentInsensitive: false };

/** The matched substrings, so rows read like what a person sees highlighted. */
function hits(text: string, query: string, options = loose): string[] {
  return findInText(text, query, options).map((m) => text.slice(m.start, m.end));
}

describe('findInText', () => {
  it.each<[string, string, string, typeof loose, string[]]>([
    ['accent-insensitive', 'La réintégration des migrants', 'reintegration', loose, ['réintégration']],
    ['accent-insensitive, query with accents', 'reintegration', 'réintégration', loose, ['reintegration']],
    ['accent-sensitive misses', 'La réintégration', 'reintegration', caseOnly, []],
    ['accent-sensitive finds exact', 'La réintégration', 'réintégration', caseOnly, ['réintégration']],
    ['case-insensitive', 'L’OIM et l’oim', 'oim', loose, ['OIM', 'oim']],
    ['case-sensitive', 'L’OIM et l’oim', 'OIM', strict, ['OIM']],
    ['capital with accent', 'ÉTAT et état', 'etat', loose, ['ÉTAT', 'état']],
    ['typographic apostrophe', 'l’Organisation', "l'organisation", loose, ['l’Organisation']],
    ['no-break spaces are spaces', 'plus de 10\u202F000 personnes, 10\u00A0000', '10 000', strict, ['10\u202F000', '10\u00A0000']],
    ['soft hyphen ignored', 'réinté\u00ADgra\u00ADtion', 'reintegration', loose, ['réinté\u00ADgra\u00ADtion']],
    ['ligature folded', 'une œuvre, des Œuvres', 'oeuvre', loose, ['œuvre', 'Œuvre']],
    ['no match inside a ligature', 'sœur', 'o', loose, []],
    ['a match covers a ligature whole', 'sœur', 'soe', loose, ['sœ']],
    ['decomposed text, composed query', 'cafe\u0301 et café', 'café', caseOnly, ['cafe\u0301', 'café']],
    ['decomposed text, accent-insensitive takes the accent along', 'cafe\u0301 noir', 'cafe', loose, ['cafe\u0301']],
    ['accent-sensitive: no match on a base letter of a decomposed letter', 'cafe\u0301', 'cafe', caseOnly, []],
    ['accent-sensitive: composed é is not e', 'café', 'cafe', caseOnly, []],
    ['non-overlapping', 'aaaa', 'aa', loose, ['aa', 'aa']],
    ['astral characters keep offsets', '😀 réintégration 😀', 'reintegration', loose, ['réintégration']],
    ['Turkish dotted capital I', 'İstanbul', 'istanbul', loose, ['İstanbul']],
    ['Spanish', 'La migración en España', 'espana', loose, ['España']],
    ['empty query', 'abc', '', loose, []],
    ['query of invisible characters only', 'a\u00ADb', '\u00AD', loose, []],
    ['line break not crossed', 'fin\ndébut', 'fin debut', loose, []],
  ])('%s', (_name, text, query, options, expected) => {
    expect(hits(text, query, options)).toEqual(expected);
  });
});

describe('fold', () => {
  it('maps every folded unit back to its original code point', () => {
    const text = 'Œé\u202F😀\u00ADx';
    const f = fold(text, loose);
    expect(f.text).toBe('oee 😀x');
    expect(f.starts).toEqual([0, 0, 1, 2, 3, 3, 6]);
    expect(f.ends).toEqual([1, 1, 2, 3, 5, 5, 7]);
  });

  it('decomposes so NFC and NFD forms meet, and NFD grows the text', () => {
    const f = fold('é', caseOnly);
    expect(f.text).toBe('e\u0301');
    expect(f.first).toEqual([true, false]);
    expect(f.last).toEqual([false, true]);
  });
});

describe('findInBlocks and defaults', () => {
  it('numbers matches by block, in document order', () => {
    expect(findInBlocks(['Réintégration', 'rien', 'la reintegration'], 'réintégration', loose)).toEqual([
      { block: 0, start: 0, end: 13 },
      { block: 2, start: 3, end: 16 },
    ]);
  });

  it('ignores accents by default in French and Spanish, not in English', () => {
    expect(defaultFoldOptions('fr')).toEqual({ caseInsensitive: true, accentInsensitive: true });
    expect(defaultFoldOptions('es').accentInsensitive).toBe(true);
    expect(defaultFoldOptions('en').accentInsensitive).toBe(false);
  });
});
