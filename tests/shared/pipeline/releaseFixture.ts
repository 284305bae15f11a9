import { emptyContact, type Block, type Contact, type Release, type ReleaseId, type ThemeId } from '../../../shared/domain';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

export const contactOf = (over: Partial<Contact>): Contact => ({ ...emptyContact(), ...over });

/** A complete release: every field the serialisers write, in French by default. */
export function sampleRelease(over: Partial<Release> = {}): Release {
  return {
    id: 'rel-1' as ReleaseId,
    sourceId: null,
    status: 'ready',
    language: 'fr',
    meta: { title: 'Les officiers chinois formés', subtitle: 'Une formation de deux semaines', dateline: 'GENÈVE', date: '2021-02-03' },
    contacts: [
      contactOf({ name: 'Paul Dillon', role: 'Porte-parole', organization: 'OIM', phone: '+41 79 636 98 74', phoneAlt: '+41 22 717 91 11', email: 'pdillon@iom.int' }),
      contactOf({ organization: 'Bureau de presse', email: 'media@iom.int' }),
    ],
    quotes: [],
    body: {
      blocks: [
        p('Premier paragraphe.'),
        { type: 'heading', level: 2, children: [{ text: 'Contexte' }] },
        { type: 'list-item', list: 'number', indent: 0, children: [{ text: 'Un' }] },
        { type: 'list-item', list: 'number', indent: 1, children: [{ text: 'Un point un' }] },
        { type: 'list-item', list: 'number', indent: 1, children: [{ text: 'Un point deux' }] },
        { type: 'list-item', list: 'number', indent: 0, children: [{ text: 'Deux' }] },
        p('Entre deux listes.'),
        { type: 'list-item', list: 'bullet', indent: 0, children: [{ text: 'Puce' }] },
        { type: 'list-item', list: 'bullet', indent: 1, children: [{ text: 'Sous-puce' }] },
        { type: 'quote', children: [{ text: '« Une citation\u202F! »' }] },
        p('Dernier paragraphe.'),
      ],
    },
    themes: [
      { id: 'border-management' as ThemeId, source: 'manual', score: null },
      { id: 'capacity-building' as ThemeId, source: 'auto', score: 0.8 },
    ],
    revision: 3,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    trashedAt: null,
    ...over,
  };
}

export const para = p;
