import { describe, expect, it } from 'vitest';
import { invisibleSpans } from '../../../renderer/editor/invisibles';

describe('invisibleSpans', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['no-break space before a colon', 'Genève\u00A0: oui', [['nbsp', '\u00A0']]],
    ['narrow no-break space before ? and in numbers', 'Pourquoi\u202F? 10\u202F000', [['nnbsp', '\u202F'], ['nnbsp', '\u202F']]],
    ['soft hyphen marks the letter before it', 'réinté\u00ADgration', [['shy', 'é\u00AD']]],
    ['soft hyphen at the start of a line', '\u00ADx\n\u00ADy', [['shy', '\u00AD'], ['shy', '\u00AD']]],
    ['plain text', 'rien à signaler', []],
  ])('%s', (_name, text, expected) => {
    expect(invisibleSpans(text).map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual(expected);
  });
});
