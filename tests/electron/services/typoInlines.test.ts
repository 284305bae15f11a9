import { describe, expect, it } from 'vitest';
import { applyToInlines } from '../../../electron/services/typoInlines';
import type { Inline } from '../../../shared/domain';

const NN = '\u202F';
const edit = (start: number, end: number, replacement: string) => ({ start, end, replacement });

describe('applyToInlines', () => {
  it('returns a copy of the runs when there is nothing to apply', () => {
    const runs: Inline[] = [{ text: 'a', bold: true }, { text: 'b' }];
    const out = applyToInlines(runs, []);
    expect(out).toEqual(runs);
    expect(out[0]).not.toBe(runs[0]);
  });

  it('edits inside one run keep that run', () => {
    expect(applyToInlines([{ text: 'Et ' }, { text: 'maintenant ?', italic: true }], [edit(13, 14, NN)])).toEqual([
      { text: 'Et ' },
      { text: `maintenant${NN}?`, italic: true },
    ]);
  });

  it('an insertion at a run boundary goes to the plainer side (a space after bold or a link stays plain)', () => {
    expect(applyToInlines([{ text: 'Pourquoi ' }, { text: 'partir', bold: true }, { text: '?' }], [edit(15, 15, NN)])).toEqual([
      { text: 'Pourquoi ' },
      { text: 'partir', bold: true },
      { text: `${NN}?` },
    ]);
    expect(applyToInlines([{ text: 'voir', href: 'https://iom.int' }, { text: '!', italic: true }], [edit(4, 4, NN)])).toEqual([
      { text: 'voir', href: 'https://iom.int' },
      { text: `${NN}!`, italic: true },
    ]);
    // Equal weight: the run before the boundary.
    expect(applyToInlines([{ text: 'a', bold: true }, { text: 'b', italic: true }], [edit(1, 1, '-')])).toEqual([
      { text: 'a-', bold: true },
      { text: 'b', italic: true },
    ]);
  });

  it('an insertion at the very start or end of the block takes the only neighbour', () => {
    expect(applyToInlines([{ text: 'Hola', bold: true }], [edit(0, 0, '¡'), edit(4, 4, '!')])).toEqual([{ text: '¡Hola!', bold: true }]);
    expect(applyToInlines([], [edit(0, 0, 'x')])).toEqual([{ text: 'x' }]);
  });

  it('a same-length replacement over several runs is mapped character by character', () => {
    expect(applyToInlines([{ text: '"a', italic: true }, { text: 'b"' }], [edit(0, 1, '“'), edit(3, 4, '”')])).toEqual([
      { text: '“a', italic: true },
      { text: 'b”' },
    ]);
    expect(applyToInlines([{ text: 'x ', bold: true }, { text: ' y' }], [edit(1, 3, '\u00A0\u00A0')])).toEqual([
      { text: 'x\u00A0', bold: true },
      { text: '\u00A0y' },
    ]);
  });

  it('a shorter or longer replacement over several runs goes to the run it overlaps most', () => {
    expect(applyToInlines([{ text: 'a..', bold: true }, { text: '.b' }], [edit(1, 4, '…')])).toEqual([{ text: 'a…', bold: true }, { text: 'b' }]);
    expect(applyToInlines([{ text: 'a.', bold: true }, { text: '..b' }], [edit(1, 4, '…')])).toEqual([{ text: 'a', bold: true }, { text: '…b' }]);
  });

  it('merges runs left with the same formatting and drops emptied runs', () => {
    expect(applyToInlines([{ text: 'x', bold: true }, { text: ' ' }, { text: 'y', bold: true }], [edit(1, 2, '')])).toEqual([{ text: 'xy', bold: true }]);
    expect(applyToInlines([{ text: 'a' }, { text: '' }, { text: 'b' }], [edit(1, 1, '-')])).toEqual([{ text: 'a-b' }]);
  });

  it('skips an edit that overlaps an earlier one or runs past the text, like applySuggestions', () => {
    expect(applyToInlines([{ text: 'abcdef' }], [edit(1, 3, 'X'), edit(2, 4, 'Y'), edit(5, 9, 'Z')])).toEqual([{ text: 'aXdef' }]);
  });

  it('keeps the text outside the edits exactly, runs included', () => {
    const runs: Inline[] = [{ text: 'Le ' }, { text: 'HCR', bold: true }, { text: ' dit : ' }, { text: 'voir ici', href: 'https://unhcr.org' }, { text: ' ; fin', italic: true }];
    const out = applyToInlines(runs, [edit(10, 11, '\u00A0'), edit(21, 22, NN)]);
    expect(out.map((i) => i.text).join('')).toBe(`Le HCR dit\u00A0: voir ici${NN}; fin`);
    expect(out).toEqual([
      { text: 'Le ' },
      { text: 'HCR', bold: true },
      { text: ' dit\u00A0: ' },
      { text: 'voir ici', href: 'https://unhcr.org' },
      { text: `${NN}; fin`, italic: true },
    ]);
  });
});
