import { blockText, type Block, type Contact, type IsoDate, type Language, type ReleaseStatus, type ReleaseTheme } from '../../../shared/domain';
import type { DraftFields } from './patch';
import { diffSequences, diffWords, hasChanges, type DiffSegment } from './wordDiff';

export type CompareField = 'title' | 'subtitle' | 'dateline' | 'date' | 'language' | 'status' | 'themes' | 'contacts' | 'quotes' | 'body';

/** One line of the side-by-side compare: the same field or paragraph in both versions. */
export interface CompareRow {
  key: string;
  field: CompareField;
  /** For a body row: the block type shown on either side (the newer one when both exist). */
  blockType: Block['type'] | null;
  segments: DiffSegment[];
  changed: boolean;
}

/** How the view words values that are not plain text (dates, enums, theme ids, contacts). */
export interface CompareWords {
  date(date: IsoDate | null): string;
  language(lang: Language): string;
  status(status: ReleaseStatus): string;
  theme(id: string): string;
  contact(contact: Contact): string;
}

const paragraphKey = (b: Block) => `${b.type}:${blockText(b)}`;

/**
 * Rows comparing an older version (`before`) with a newer one (`after`): the metadata fields,
 * then the body aligned paragraph by paragraph (unchanged paragraphs line up; a run of changed
 * ones is paired in order and diffed word by word). Pure.
 */
export function buildCompareRows(before: DraftFields, after: DraftFields, words: CompareWords): CompareRow[] {
  const rows: CompareRow[] = [];
  const field = (name: CompareField, a: string, b: string, always = true) => {
    if (!always && !a && !b) return;
    const segments = diffWords(a, b);
    rows.push({ key: name, field: name, blockType: null, segments, changed: hasChanges(segments) });
  };
  field('title', before.meta.title, after.meta.title);
  field('subtitle', before.meta.subtitle, after.meta.subtitle);
  field('dateline', before.meta.dateline, after.meta.dateline);
  field('date', words.date(before.meta.date), words.date(after.meta.date));
  field('language', words.language(before.language), words.language(after.language));
  field('status', words.status(before.status), words.status(after.status));
  field('themes', themeList(before.themes, words), themeList(after.themes, words));
  field('contacts', before.contacts.map(words.contact).join('\n'), after.contacts.map(words.contact).join('\n'));
  const quote = (q: DraftFields['quotes'][number]) => (q.speaker ? `${q.text} — ${q.speaker}` : q.text);
  field('quotes', before.quotes.map(quote).join('\n'), after.quotes.map(quote).join('\n'), false);
  rows.push(...bodyRows(before.body.blocks, after.body.blocks));
  return rows;
}

function themeList(themes: readonly ReleaseTheme[], words: CompareWords): string {
  return themes.map((t) => words.theme(t.id)).join(', ');
}

function bodyRows(before: readonly Block[], after: readonly Block[]): CompareRow[] {
  const ops = diffSequences(before, after, (x, y) => paragraphKey(x) === paragraphKey(y));
  const rows: CompareRow[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flushRun = () => {
    const n = Math.max(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      const a = removed[i];
      const b = added[i];
      const segments = diffWords(a ? blockText(a) : '', b ? blockText(b) : '');
      const typeChanged = a !== undefined && b !== undefined && a.type !== b.type;
      rows.push({
        key: `body-${rows.length}`,
        field: 'body',
        blockType: (b ?? a)!.type,
        segments,
        changed: typeChanged || hasChanges(segments) || !a || !b,
      });
    }
    removed = [];
    added = [];
  };
  for (const { op, item } of ops) {
    if (op === 'delete') removed.push(item);
    else if (op === 'insert') added.push(item);
    else {
      flushRun();
      const text = blockText(item);
      rows.push({ key: `body-${rows.length}`, field: 'body', blockType: item.type, segments: text ? [{ op: 'equal', text }] : [], changed: false });
    }
  }
  flushRun();
  return rows;
}

/** The text one side of a row shows: `before` keeps deletions, `after` keeps insertions. */
export function sideSegments(segments: readonly DiffSegment[], side: 'before' | 'after'): DiffSegment[] {
  const drop = side === 'before' ? 'insert' : 'delete';
  return segments.filter((s) => s.op !== drop);
}

/** Number of rows that differ, for the summary above the compare. */
export function countChanges(rows: readonly CompareRow[]): number {
  return rows.filter((r) => r.changed).length;
}
