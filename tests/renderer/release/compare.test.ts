import { describe, expect, it } from 'vitest';
import { buildCompareRows, countChanges, sideSegments, type CompareWords } from '../../../renderer/features/editor/compare';
import { draftOf } from '../../../renderer/features/editor/patch';
import { contactText, docFromParagraphs } from '../../../shared/domain';
import { makeRelease } from './fixtures';

const words: CompareWords = {
  date: (d) => d ?? '—',
  language: (l) => l,
  status: (s) => s,
  theme: (id) => `#${id}`,
  contact: contactText,
};
const text = (segments: ReturnType<typeof sideSegments>) => segments.map((s) => s.text).join('');

describe('buildCompareRows', () => {
  const before = draftOf(makeRelease({ body: docFromParagraphs(['Un.', 'Deux mots ici.', 'Trois.']) }));

  it('shows every metadata field and aligned paragraphs, nothing changed', () => {
    const rows = buildCompareRows(before, before, words);
    expect(rows.map((r) => r.field)).toEqual(['title', 'subtitle', 'dateline', 'date', 'language', 'status', 'themes', 'contacts', 'body', 'body', 'body']);
    expect(countChanges(rows)).toBe(0);
  });

  it('diffs a changed paragraph word by word and keeps neighbours aligned', () => {
    const after = { ...before, body: docFromParagraphs(['Un.', 'Deux autres mots ici.', 'Trois.']) };
    const rows = buildCompareRows(before, after, words).filter((r) => r.field === 'body');
    expect(rows.map((r) => r.changed)).toEqual([false, true, false]);
    expect(text(sideSegments(rows[1]!.segments, 'before'))).toBe('Deux mots ici.');
    expect(text(sideSegments(rows[1]!.segments, 'after'))).toBe('Deux autres mots ici.');
    expect(rows[1]!.segments.filter((s) => s.op === 'insert').map((s) => s.text)).toEqual(['autres ']);
  });

  it('shows added and removed paragraphs with an empty other side', () => {
    const after = { ...before, body: docFromParagraphs(['Un.', 'Trois.', 'Quatre.']) };
    const rows = buildCompareRows(before, after, words).filter((r) => r.field === 'body');
    expect(rows.map((r) => [text(sideSegments(r.segments, 'before')), text(sideSegments(r.segments, 'after')), r.changed])).toEqual([
      ['Un.', 'Un.', false],
      ['Deux mots ici.', '', true],
      ['Trois.', 'Trois.', false],
      ['', 'Quatre.', true],
    ]);
  });

  it('flags a block whose type changed even with the same text', () => {
    const after = { ...before, body: { blocks: [{ type: 'heading' as const, level: 2 as const, children: [{ text: 'Un.' }] }, ...before.body.blocks.slice(1)] } };
    const row = buildCompareRows(before, after, words).find((r) => r.field === 'body')!;
    expect(row).toMatchObject({ changed: true, blockType: 'heading' });
  });

  it('words metadata through the view (dates, themes, contacts) and shows quotes only when present', () => {
    const after = {
      ...before,
      meta: { ...before.meta, title: 'Nouveau titre', date: null },
      themes: [{ id: 'displacement', source: 'manual', score: null }],
      contacts: [{ name: 'Ana', organization: 'OIM', role: null, phone: '+41 22', phoneAlt: null, email: null }],
    } as typeof before;
    const rows = buildCompareRows(before, after, words);
    const changed = rows.filter((r) => r.changed).map((r) => r.field);
    expect(changed).toEqual(['title', 'date', 'themes', 'contacts']);
    const date = rows.find((r) => r.field === 'date')!;
    expect(text(sideSegments(date.segments, 'after'))).toBe('—');
    expect(text(sideSegments(rows.find((r) => r.field === 'themes')!.segments, 'after'))).toBe('#displacement');
    expect(rows.some((r) => r.field === 'quotes')).toBe(false);
    const withQuote = { ...after, quotes: [{ text: 'Citation', speaker: 'Ana' }] };
    expect(buildCompareRows(before, withQuote, words).find((r) => r.field === 'quotes')?.changed).toBe(true);
  });
});
