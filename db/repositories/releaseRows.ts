import {
  Contact,
  contactText,
  Doc,
  docToPlainText,
  Quote,
  type Release,
  type ReleaseDraft,
  type ReleaseId,
  type ReleaseSummary,
  type ReleaseTheme,
  type SourceId,
  type ThemeId,
} from '../../shared/domain';
import { z } from 'zod';
import { readJson, sortKey } from './json';

/** A row of `releases`, as stored. */
export interface ReleaseRow {
  seq: number;
  id: string;
  source_id: string | null;
  status: string;
  language: string;
  title: string;
  subtitle: string;
  dateline: string;
  date: string | null;
  contacts: string;
  quotes: string;
  body: string;
  revision: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
}

/** The columns written for a release's content, derived columns included. */
export interface ContentColumns {
  status: string;
  language: string;
  title: string;
  title_key: string;
  subtitle: string;
  dateline: string;
  date: string | null;
  contacts: string;
  quotes: string;
  body: string;
  body_text: string;
  contacts_text: string;
}

const Contacts = z.array(Contact);
const Quotes = z.array(Quote);

/** The one place that turns release content into columns (search text and sort key included). */
export function contentColumns(r: ReleaseDraft): ContentColumns {
  return {
    status: r.status,
    language: r.language,
    title: r.meta.title,
    title_key: sortKey(r.meta.title),
    subtitle: r.meta.subtitle,
    dateline: r.meta.dateline,
    date: r.meta.date,
    contacts: JSON.stringify(r.contacts),
    quotes: JSON.stringify(r.quotes),
    body: JSON.stringify(r.body),
    body_text: [r.meta.subtitle, docToPlainText(r.body)].filter(Boolean).join('\n\n'),
    contacts_text: r.contacts.map(contactText).join('\n'),
  };
}

/** The one place that turns a row (and its theme rows) into a Release. */
export function releaseFromRow(row: ReleaseRow, themes: ReleaseTheme[]): Release {
  return {
    id: row.id as ReleaseId,
    sourceId: row.source_id as SourceId | null,
    status: row.status as Release['status'],
    language: row.language as Release['language'],
    meta: { title: row.title, subtitle: row.subtitle, dateline: row.dateline, date: row.date },
    contacts: readJson(Contacts, row.contacts, 'contacts'),
    quotes: readJson(Quotes, row.quotes, 'quotes'),
    body: readJson(Doc, row.body, 'body'),
    themes,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

export interface SummaryRow {
  id: string;
  title: string;
  dateline: string;
  date: string | null;
  status: string;
  language: string;
  updated_at: string;
  trashed_at: string | null;
  themes: string | null;
}

export function summaryFromRow(row: SummaryRow): ReleaseSummary {
  return {
    id: row.id as ReleaseId,
    title: row.title,
    dateline: row.dateline,
    date: row.date,
    status: row.status as ReleaseSummary['status'],
    language: row.language as ReleaseSummary['language'],
    themes: row.themes ? (row.themes.split(',') as ThemeId[]) : [],
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}
