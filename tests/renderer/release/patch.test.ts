import { describe, expect, it } from 'vitest';
import { buildPatch, draftOf, isEmptyPatch, sameValue } from '../../../renderer/features/editor/patch';
import { docFromParagraphs } from '../../../shared/domain';
import { makeRelease } from './fixtures';

describe('sameValue', () => {
  it.each([
    ['key order does not matter', { a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    ['undefined equals missing', { text: 'a', bold: undefined }, { text: 'a' }, true],
    ['null is not missing', { a: null }, {}, false],
    ['array length', [1, 2], [1, 2, 3], false],
    ['array vs object', [], {}, false],
    ['strings', 'a', 'a', true],
  ])('%s', (_name, a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('buildPatch', () => {
  const base = draftOf(makeRelease());

  it('is empty when nothing changed', () => {
    expect(isEmptyPatch(buildPatch(base, { ...base, meta: { ...base.meta } }))).toBe(true);
  });

  it('sends only the changed fields, meta whole', () => {
    const draft = { ...base, meta: { ...base.meta, title: 'Nouveau titre' }, status: 'reviewed' as const };
    expect(buildPatch(base, draft)).toEqual({ meta: { ...base.meta, title: 'Nouveau titre' }, status: 'reviewed' });
  });

  it('sends the body when a paragraph changed', () => {
    const draft = { ...base, body: docFromParagraphs(['Premier paragraphe.', 'Autre.']) };
    expect(Object.keys(buildPatch(base, draft))).toEqual(['body']);
  });

  it('sends contacts and themes when edited', () => {
    const draft = {
      ...base,
      contacts: [{ name: 'A', organization: null, role: null, phone: null, phoneAlt: null, email: 'a@b.org' }],
      themes: [{ id: 'counter-trafficking', source: 'manual', score: null }],
    } as typeof base;
    expect(Object.keys(buildPatch(base, draft)).sort()).toEqual(['contacts', 'themes']);
  });
});
