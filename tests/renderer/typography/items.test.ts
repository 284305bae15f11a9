import { describe, expect, it } from 'vitest';
import { displaySpan, groupByRule, itemAt, itemsOf } from '../../../renderer/editor/typography/items';
import { ignoreKey, type Suggestion } from '../../../shared/pipeline/typography';

const s = (ruleId: string, start: number, end: number, replacement: string, group?: string): Suggestion => ({
  ruleId,
  start,
  end,
  replacement,
  message: `msg ${ruleId}`,
  ...(group ? { group } : {}),
});

describe('itemsOf', () => {
  const text = 'Il a dit "oui" et "non" ?';
  const suggestions = [s('fr-quotes', 9, 10, '«\u202F', 'q1'), s('fr-quotes', 13, 14, '\u202F»', 'q1'), s('fr-quotes', 18, 19, '«\u202F', 'q2'), s('fr-quotes', 22, 23, '\u202F»', 'q2'), s('fr-nnbsp', 23, 24, '\u202F')];

  it('makes one item per group (a quote pair) and one per lone suggestion, by offset', () => {
    const items = itemsOf('body', 'k1', text, suggestions, new Set());
    expect(items.map((i) => [i.id, i.parts.length, i.ruleId])).toEqual([
      ['k1:9', 2, 'fr-quotes'],
      ['k1:18', 2, 'fr-quotes'],
      ['k1:23', 1, 'fr-nnbsp'],
    ]);
    expect(items[0]!.keys).toEqual([ignoreKey(text, suggestions[0]!), ignoreKey(text, suggestions[1]!)]);
  });

  it('leaves out an item when one of its parts is ignored (a pair goes as a pair)', () => {
    const ignored = new Set([ignoreKey(text, suggestions[1]!)]);
    expect(itemsOf('body', 'k1', text, suggestions, ignored).map((i) => i.id)).toEqual(['k1:18', 'k1:23']);
  });
});

describe('groupByRule', () => {
  it('counts per rule, the largest group first, ties by rule id', () => {
    const a = itemsOf('body', 'a', 'x ? y ! z', [s('fr-b', 1, 2, '\u202F'), s('fr-b', 5, 6, '\u202F')], new Set());
    const b = itemsOf('title', 'title', 'l\'a', [s('fr-a', 1, 2, '’')], new Set());
    const c = itemsOf('body', 'c', 'x:', [s('fr-c', 1, 1, '\u00A0')], new Set());
    const groups = groupByRule([...b, ...a, ...c]);
    expect(groups.map((g) => [g.ruleId, g.items.length])).toEqual([
      ['fr-b', 2],
      ['fr-a', 1],
      ['fr-c', 1],
    ]);
    expect(groups[0]!.message).toBe('msg fr-b');
  });
});

describe('displaySpan and itemAt', () => {
  it('widens an insertion to the characters on both sides, never over a line break', () => {
    expect(displaySpan('maintenant?', { start: 10, end: 10 })).toEqual({ start: 9, end: 11 });
    expect(displaySpan('a\n?', { start: 2, end: 2 })).toEqual({ start: 2, end: 3 });
    expect(displaySpan('fin', { start: 3, end: 3 })).toEqual({ start: 2, end: 3 });
    expect(displaySpan("l'a", { start: 1, end: 2 })).toEqual({ start: 1, end: 2 });
    expect(displaySpan("« Oui", { start: 1, end: 2 })).toEqual({ start: 0, end: 3 });
  });

  it('finds the item under an offset; ends count only when inclusive (a caret after the mark)', () => {
    const items = itemsOf('body', 'k', 'Et maintenant?', [s('fr-nnbsp', 13, 13, '\u202F')], new Set());
    expect(itemAt(items, 12)?.id).toBe('k:13');
    expect(itemAt(items, 14)).toBeNull();
    expect(itemAt(items, 14, true)?.id).toBe('k:13');
    expect(itemAt(items, 3)).toBeNull();
  });
});
