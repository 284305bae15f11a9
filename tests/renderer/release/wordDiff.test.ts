import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSequences, diffWords, hasChanges, tokenize } from '../../../renderer/features/editor/wordDiff';

const side = (segments: ReturnType<typeof diffWords>, keep: 'delete' | 'insert') =>
  segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => s.text).join('');

describe('tokenize', () => {
  it.each([
    ['words and spaces', 'la réintégration  des', ['la', ' ', 'réintégration', '  ', 'des']],
    ['apostrophe and hyphen stay inside a word', 'aujourd’hui le porte-parole', ['aujourd’hui', ' ', 'le', ' ', 'porte-parole']],
    ['punctuation is its own token', 'Pourquoi\u202F?', ['Pourquoi', '\u202F', '?']],
    ['numbers', '175 États', ['175', ' ', 'États']],
  ])('%s', (_name, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('diffWords', () => {
  it('finds nothing between equal texts', () => {
    expect(diffWords('Le même texte.', 'Le même texte.')).toEqual([{ op: 'equal', text: 'Le même texte.' }]);
  });

  it('marks a changed word as a whole', () => {
    expect(diffWords('Le chat dort.', 'Le chien dort.')).toEqual([
      { op: 'equal', text: 'Le ' },
      { op: 'delete', text: 'chat' },
      { op: 'insert', text: 'chien' },
      { op: 'equal', text: ' dort.' },
    ]);
  });

  it('groups neighbouring changed words into one run', () => {
    expect(diffWords('un petit chat noir', 'un grand chien noir')).toEqual([
      { op: 'equal', text: 'un ' },
      { op: 'delete', text: 'petit chat' },
      { op: 'insert', text: 'grand chien' },
      { op: 'equal', text: ' noir' },
    ]);
  });

  it('shows insertions and deletions at the ends', () => {
    expect(diffWords('', 'Nouveau')).toEqual([{ op: 'insert', text: 'Nouveau' }]);
    expect(diffWords('Ancien', '')).toEqual([{ op: 'delete', text: 'Ancien' }]);
    expect(diffWords('Genève, le 3 mai', 'Genève, le 3 mai 2024')).toEqual([
      { op: 'equal', text: 'Genève, le 3 mai' },
      { op: 'insert', text: ' 2024' },
    ]);
  });

  it('sees a typographic space change', () => {
    const d = diffWords('Pourquoi ?', 'Pourquoi\u202F?');
    expect(hasChanges(d)).toBe(true);
    expect(side(d, 'delete')).toBe('Pourquoi ?');
    expect(side(d, 'insert')).toBe('Pourquoi\u202F?');
  });

  it('rebuilds both texts and never emits empty or repeated segments (property)', () => {
    const word = fc.constantFrom('la', 'migration', 'OIM', 'réintégration', '2024', ',', '.', '’', '«', '»', ' ', '  ', '\u00A0', '\n');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffWords(a, b);
        expect(side(d, 'delete')).toBe(a);
        expect(side(d, 'insert')).toBe(b);
        for (let i = 0; i < d.length; i++) {
          expect(d[i]!.text).not.toBe('');
          if (i > 0) expect(d[i]!.op).not.toBe(d[i - 1]!.op);
        }
        expect(hasChanges(d)).toBe(a !== b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffSequences', () => {
  it('aligns paragraphs with a custom equality', () => {
    const ops = diffSequences(['A', 'B', 'C'], ['a', 'X', 'c'], (x, y) => x.toLowerCase() === y.toLowerCase());
    expect(ops.map((o) => `${o.op}:${o.item}`)).toEqual(['equal:A', 'delete:B', 'insert:X', 'equal:C']);
  });

  // Its speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('finds the one change in a long text', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
    const changed = long.replace('mot1500', 'autre');
    const d = diffWords(long, changed);
    expect(side(d, 'delete')).toBe(long);
    expect(side(d, 'insert')).toBe(changed);
    expect(d.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'mot1500' },
      { op: 'insert', text: 'autre' },
    ]);
  }, 120_000);
});
