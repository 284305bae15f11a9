import type { ImportItem } from '../../../shared/api';
import type { ReleaseSummary } from '../../../shared/domain';

/** One line per import outcome, aligned: `imported   file.txt → id  Title`. */
export function importLine(item: ImportItem): string {
  const status = item.outcome.padEnd(9);
  if (item.outcome === 'imported') return `${status}  ${item.name} → ${item.releaseId ?? ''}  ${item.title ?? ''}`.trimEnd();
  if (item.outcome === 'duplicate') return `${status}  ${item.name} (already imported as ${item.releaseId ?? 'a release in the trash'})`;
  return `${status}  ${item.name}: ${item.failure ?? 'internal'}${item.detail ? ` (${item.detail})` : ''}`;
}

/** A library row for the terminal: id, date, status, language, title. */
export function listLine(r: ReleaseSummary): string {
  return [r.id, (r.date ?? '').padEnd(10), r.status.padEnd(8), r.language, r.title].join('  ');
}
