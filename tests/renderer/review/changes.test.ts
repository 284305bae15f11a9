import { describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS, showChange } from '../../../renderer/features/review/changes';

describe('re-run changes', () => {
  it('shows a text field as before → after', () => {
    expect(showChange({ field: 'title', before: 'Ancien', after: 'Nouveau' })).toEqual({ field: 'title', kind: 'text', before: 'Ancien', after: 'Nouveau' });
  });

  it('shows paragraphs as counts and the paragraphs only on one side', () => {
    const c = showChange({ field: 'paragraphs', before: JSON.stringify(['A.', 'B coupé', 'C.']), after: JSON.stringify(['A.', 'B entier.', 'C.', 'D.']) });
    expect(c).toEqual({ field: 'paragraphs', kind: 'list', beforeCount: 3, afterCount: 4, removed: ['B coupé'], added: ['B entier.', 'D.'], more: 0 });
  });

  it('words quotes with their speakers and contacts as one line each', () => {
    const q = showChange({ field: 'quotes', before: '[]', after: JSON.stringify([{ text: 'Nous agissons', speaker: 'Awa Diop' }, { text: 'Sans auteur', speaker: null }]) });
    expect(q).toMatchObject({ kind: 'list', added: ['Nous agissons — Awa Diop', 'Sans auteur'] });
    const c = showChange({ field: 'contacts', before: '', after: JSON.stringify([{ name: 'Ana', role: 'Presse', organization: 'OIM', phone: '+41 1', phoneAlt: null, email: 'a@x.org' }]) });
    expect(c).toMatchObject({ kind: 'list', beforeCount: 0, afterCount: 1, added: ['Ana, Presse, OIM, +41 1, a@x.org'] });
  });

  it('caps long lists and says how many more', () => {
    const after = Array.from({ length: MAX_LIST_ITEMS + 3 }, (_, i) => `P${i}`);
    const c = showChange({ field: 'paragraphs', before: '[]', after: JSON.stringify(after) });
    expect(c).toMatchObject({ kind: 'list', added: after.slice(0, MAX_LIST_ITEMS), more: 3 });
  });

  it('a list value that does not parse is shown as text', () => {
    expect(showChange({ field: 'quotes', before: 'not json', after: '[]' })).toMatchObject({ kind: 'text', before: 'not json' });
  });
});
