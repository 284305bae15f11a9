import { contactText, type Block, type Contact, type Language, type Release } from '../../domain';
import { DATE_LOCALES } from './export.rules';

/** `2021-02-03` → `3 février 2021` (fr), `3 February 2021` (en), `3 de febrero de 2021` (es). */
export function formatReleaseDate(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The dateline line as printed before the lead: `GENÈVE, 3 février 2021`; empty when neither. */
export function datelineLine(release: Release): string {
  const parts = [release.meta.dateline.trim(), release.meta.date ? formatReleaseDate(release.meta.date, release.language) : ''];
  return parts.filter(Boolean).join(', ');
}

/** A contact as lines: who, then how to reach them. */
export function contactLines(c: Contact): string[] {
  const who = [c.name, c.role, c.organization].filter(Boolean).join(', ');
  const phones = [c.phone, c.phoneAlt].filter(Boolean).join(' / ');
  return [who, phones, c.email ?? ''].filter((l) => l !== '');
}

export function hasContacts(release: Release): boolean {
  return release.contacts.some((c) => contactText(c) !== '');
}

/** A file-system-safe name from the date and title: `2021-02-03-les-officiers-chinois.md`. */
export function exportFileName(release: Release, extension: string): string {
  const slug = release.meta.title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  const base = [release.meta.date, slug || 'communique'].filter(Boolean).join('-');
  return `${base}.${extension}`;
}

/**
 * Numbers list items the way the editor shows them: a numbered list restarts after any other
 * block, after a list of the other kind at the same depth, and under each new parent item.
 * Call once per document, with every block in order; a numbered item gets its number, anything
 * else null.
 */
export function createListNumbering(): (block: Block) => number | null {
  let counts: number[] = [];
  let kinds: string[] = [];
  return (block) => {
    if (block.type !== 'list-item') {
      counts = [];
      kinds = [];
      return null;
    }
    const depth = block.indent;
    if (kinds[depth] !== block.list) counts[depth] = 0;
    kinds[depth] = block.list;
    kinds.length = depth + 1;
    counts.length = depth + 1;
    if (block.list === 'bullet') return null;
    counts[depth] = (counts[depth] ?? 0) + 1;
    return counts[depth]!;
  };
}
