import { docFromParagraphs, type Release, type ReleaseId } from '../../../shared/domain';

/** A release as the services would return it, for the release view's logic tests. */
export function makeRelease(overrides: Partial<Release> = {}): Release {
  return {
    id: 'r1' as ReleaseId,
    sourceId: null,
    status: 'imported',
    language: 'fr',
    meta: { title: 'Titre', subtitle: '', dateline: 'Genève', date: '2024-05-03' },
    contacts: [],
    quotes: [],
    body: docFromParagraphs(['Premier paragraphe.', 'Deuxième paragraphe.']),
    themes: [],
    revision: 1,
    createdAt: '2024-05-03T10:00:00.000Z',
    updatedAt: '2024-05-03T10:00:00.000Z',
    trashedAt: null,
    ...overrides,
  };
}
