import Database from 'better-sqlite3';
import { configure, createRepositories, migrate, type Repositories } from '../../db';
import type { ReleaseDraft, ReleaseTheme, ThemeId } from '../../shared/domain';
import { docFromParagraphs, emptyContact } from '../../shared/domain';
import { T0 } from './clock';

/** A migrated in-memory library and its repositories (real better-sqlite3, never a mock). */
export function memoryLibrary(): { db: Database.Database; repos: Repositories } {
  const db = new Database(':memory:');
  configure(db);
  migrate(db, () => T0);
  return { db, repos: createRepositories(db) };
}

/** A release draft with sensible defaults; `paragraphs` become the body. */
export function draft(over: Partial<ReleaseDraft> & { title?: string; paragraphs?: string[] } = {}): ReleaseDraft {
  const { title = 'Titre', paragraphs = ['Premier paragraphe.'], ...rest } = over;
  return {
    status: 'imported',
    language: 'fr',
    meta: { title, subtitle: '', dateline: '', date: null },
    contacts: [],
    quotes: [],
    body: docFromParagraphs(paragraphs),
    themes: [],
    ...rest,
  };
}

export function manual(...ids: string[]): ReleaseTheme[] {
  return ids.map((id) => ({ id: id as ThemeId, source: 'manual' as const, score: null }));
}

export function contact(over: Partial<ReturnType<typeof emptyContact>>) {
  return { ...emptyContact(), ...over };
}

/** A theme as the repositories take it. */
export function newTheme(id: string, en = id, parent: string | null = null) {
  return {
    id: id as ThemeId,
    labels: { fr: `${en} (fr)`, en, es: `${en} (es)` },
    scope: null,
    keywords: { fr: [], en: [], es: [] },
    parent: parent as ThemeId | null,
  };
}
