import { describe, expect, it } from 'vitest';
import { drawInvisibles, excerptOf } from '../../../renderer/editor/typography/draw';

describe('drawInvisibles', () => {
  it('draws ⍽ for U+202F, ⎵ for U+00A0 and ¬ for a soft hyphen, each distinct', () => {
    expect(drawInvisibles('a\u202F?\u00A0:ré\u00ADel')).toEqual([
      { text: 'a', kind: null },
      { text: '⍽', kind: 'nnbsp', char: '\u202F' },
      { text: '?', kind: null },
      { text: '⎵', kind: 'nbsp', char: '\u00A0' },
      { text: ':ré', kind: null },
      { text: '¬', kind: 'shy', char: '\u00AD' },
      { text: 'el', kind: null },
    ]);
  });

  it('draws ordinary spaces only when asked (inside a change)', () => {
    expect(drawInvisibles('a b')).toEqual([{ text: 'a b', kind: null }]);
    expect(drawInvisibles(' ', true)).toEqual([{ text: '·', kind: 'space', char: ' ' }]);
  });
});

describe('excerptOf', () => {
  it('shows a change with a few words around it, cut at word boundaries', () => {
    const text = 'Le directeur a rappelé ce matin à Genève : « Et maintenant ? » puis il est parti vers la salle de presse.';
    const at = text.indexOf(' ?');
    const { pieces, clippedStart, clippedEnd } = excerptOf(text, [{ start: at, end: at + 1, replacement: '\u202F' }], 20);
    expect(pieces.map((p) => p.kind)).toEqual(['same', 'del', 'ins', 'same']);
    expect(pieces[0]!.text).toBe(': « Et maintenant');
    expect(pieces[3]!.text).toBe('? » puis il est');
    expect([clippedStart, clippedEnd]).toEqual([true, true]);
  });

  it('keeps a pure insertion without a deleted piece and stops at line breaks', () => {
    const { pieces } = excerptOf('avant\nEt maintenant?\naprès', [{ start: 19, end: 19, replacement: '\u202F' }]);
    expect(pieces).toEqual([
      { kind: 'same', text: 'Et maintenant' },
      { kind: 'ins', text: '\u202F' },
      { kind: 'same', text: '?' },
    ]);
  });

  it('merges nearby changes and separates distant ones by a gap', () => {
    const text = `"Court" puis "${'très '.repeat(30)}long"`;
    const close = text.indexOf('"', 1);
    const open2 = text.indexOf('"', close + 1);
    const end2 = text.lastIndexOf('"');
    const { pieces } = excerptOf(
      text,
      [
        { start: 0, end: 1, replacement: '«' },
        { start: close, end: close + 1, replacement: '»' },
        { start: open2, end: open2 + 1, replacement: '«' },
        { start: end2, end: end2 + 1, replacement: '»' },
      ],
      10,
    );
    expect(pieces.filter((p) => p.kind === 'gap')).toHaveLength(1);
    expect(pieces.filter((p) => p.kind === 'ins').map((p) => p.text)).toEqual(['«', '»', '«', '»']);
  });
});
