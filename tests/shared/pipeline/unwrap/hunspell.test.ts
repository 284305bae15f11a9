// The Hunspell expander on small dictionaries written for each feature of the .aff format.
import { describe, expect, it } from 'vitest';
import { expandHunspell, formatWordList, wordListLexicon } from '../../../../shared/pipeline/unwrap';

const words = (aff: string, dic: string) => expandHunspell(aff, dic).words.sort();

describe('expandHunspell', () => {
  it('applies suffixes and prefixes with strip, add and conditions, and their cross product', () => {
    const aff = [
      'SET UTF-8',
      'PFX U Y 1',
      'PFX U 0 un .',
      'PFX R N 1',
      'PFX R 0 re .',
      'SFX S Y 3',
      'SFX S y ies [^aeiou]y',
      'SFX S 0 s [aeiou]y',
      'SFX S 0 s [^y]',
      'SFX D Y 2',
      'SFX D 0 d e',
      'SFX D 0 ed [^e]',
    ].join('\n');
    expect(words(aff, '3\nlock/USR\nbaby/S\ntie/D')).toEqual(['babies', 'baby', 'lock', 'locks', 'relock', 'tie', 'tied', 'unlock', 'unlocks'].sort());
  });

  it('reads FLAG long, continuation classes on two suffix levels, and leaves elided prefixes out', () => {
    const aff = [
      'SET UTF-8',
      'FLAG long',
      "PFX L' Y 1",
      "PFX L' 0 l' [aeiou]",
      'SFX S. Y 1',
      "SFX S. 0 s/L'Aa [^sxz]",
      'SFX Aa Y 1',
      'SFX Aa 0 ment .',
      'SFX F. Y 2',
      "SFX F. 0 0/L' .",
      'SFX F. ier ière/S. ier',
    ].join('\n');
    expect(words(aff, '2\nordre/S.\nfinancier/F.')).toEqual(['financier', 'financière', 'financières', 'ordre', 'ordres', 'ordresment'].sort());
  });

  it('reads FLAG num and AF aliases', () => {
    const aff = ['FLAG num', 'AF 2', 'AF 101,202', 'AF 202', 'SFX 101 Y 1', 'SFX 101 0 s .', 'SFX 202 Y 1', 'SFX 202 0 ing .'].join('\n');
    expect(words(aff, '2\nwalk/1\ntalk/2')).toEqual(['talk', 'talking', 'walk', 'walking', 'walks']);
    expect(words(['FLAG num', 'SFX 7 Y 1', 'SFX 7 0 s .'].join('\n'), '1\ncat/7,9')).toEqual(['cat', 'cats']);
  });

  it('reads FLAG UTF-8', () => {
    const aff = ['SET UTF-8', 'FLAG UTF-8', 'SFX À Y 1', 'SFX À ar ación ar'].join('\n');
    expect(words(aff, '1\norganizar/À')).toEqual(['organización', 'organizar']);
  });

  it('honours NEEDAFFIX, FORBIDDENWORD, ONLYINCOMPOUND, CIRCUMFIX and FULLSTRIP', () => {
    const aff = [
      'NEEDAFFIX !',
      'FORBIDDENWORD ?',
      'ONLYINCOMPOUND c',
      'CIRCUMFIX X',
      'SFX S Y 1',
      'SFX S 0 s .',
      'SFX N Y 1',
      'SFX N 0 ness/! .',
      'SFX P Y 1',
      'SFX P 0 ful/S .',
      'PFX G Y 1',
      'PFX G 0 ge/X .',
      'SFX T Y 1',
      'SFX T 0 t/X .',
    ].join('\n');
    expect(words(aff, '5\nkind/!S\nsad/NP\nwrongs/?\nwrong/S\nth/c\nsag/GT')).toEqual(['gesagt', 'kinds', 'sad', 'sadful', 'sadfuls', 'sag', 'wrong'].sort());
    expect(words(['SFX A Y 1', 'SFX A go went go'].join('\n'), '1\ngo/A')).toEqual(['go']);
    expect(words(['FULLSTRIP', 'SFX A Y 1', 'SFX A go went go'].join('\n'), '1\ngo/A')).toEqual(['go', 'went']);
  });

  it('reports KEEPCASE words apart', () => {
    const r = expandHunspell(['KEEPCASE K', 'SFX S Y 1', 'SFX S 0 s .'].join('\n'), '2\nmol/KS\nbar/S');
    expect(r.keepCase.sort()).toEqual(['mol', 'mols']);
  });

  it('reads escaped slashes and morphological fields, and drops entries with spaces', () => {
    expect(words('SFX S Y 1\nSFX S 0 s .', '4\nkm\\/h\nhouse/S\tpo:noun\nrun po:verb\nReino Unido')).toEqual(['house', 'houses', 'km/h', 'run']);
  });

  it('never throws on an empty or broken dictionary', () => {
    expect(words('', '')).toEqual([]);
    expect(words('SFX\nPFX A\nSFX S Y 1\nSFX S', '2\n/S\nword/ZZ')).toEqual(['word']);
  });
});

describe('word lists', () => {
  const lexicon = wordListLexicon(
    new TextEncoder().encode(
      formatWordList({ lang: 'fr', source: 'test', words: ['œuvre', "main-d'œuvre", 'Barbade', 'zèbre', 'a', 'Émile', '𝔸lpha', 'mol', 'mol'], keepCase: ['mol'] }),
    ),
  );

  it('finds words as written, lower-cased or capitalised, with either apostrophe, and composed accents', () => {
    for (const w of ['œuvre', 'ŒUVRE', 'Œuvre', 'main-d’œuvre', "main-d'œuvre", 'MAIN-D’ŒUVRE', 'Barbade', 'BARBADE', 'zèbre', 'ze\u0300bre', 'a', 'Émile', '𝔸lpha', 'mol']) {
      expect(lexicon.has(w), w).toBe(true);
    }
  });

  it('misses what is not there, and KEEPCASE words in another case', () => {
    for (const w of ['', 'barbade', 'zebre', 'b', 'œuvres', 'Mol', 'MOL', 'z', '\uD835', 'x'.repeat(200)]) expect(lexicon.has(w), w).toBe(false);
    expect(lexicon.size).toBe(8);
  });

  it('a list without a final newline, or with no words, still works', () => {
    expect(wordListLexicon(new TextEncoder().encode('#galley-lexicon 1\nabc\nabd')).has('abd')).toBe(true);
    expect(wordListLexicon(new Uint8Array(0)).has('abc')).toBe(false);
  });
});
