import type { ImportItem } from '../../../shared/api';
import type { ImportFailure } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/catalog';
import type { Translate } from '../../i18n/I18nProvider';
import { plural } from '../../app/plural';

export interface GroupedReport {
  imported: ImportItem[];
  duplicates: ImportItem[];
  failed: ImportItem[];
  /** Files not tried because the user stopped the batch. */
  skipped: number;
}

/** Splits a report by outcome, keeping the order of the files within each group. Pure. */
export function groupReport(items: readonly ImportItem[], skipped = 0): GroupedReport {
  return {
    imported: items.filter((i) => i.outcome === 'imported'),
    duplicates: items.filter((i) => i.outcome === 'duplicate'),
    failed: items.filter((i) => i.outcome === 'failed'),
    skipped,
  };
}

/** The message that explains each failure to the user. */
export const FAILURE_KEYS: Record<ImportFailure, MessageKey> = {
  empty: 'import.failure.empty',
  binary: 'import.failure.binary',
  too_large: 'import.failure.too_large',
  unreadable: 'import.failure.unreadable',
  unsupported_format: 'import.failure.unsupported_format',
  internal: 'import.failure.internal',
};

/** `20 Mo`, `20 MB`: a byte limit in the user's locale. */
export function formatMegabytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb);
}

/** Why a file was not imported, in the user's language (never the English developer detail). */
export function failureText(item: ImportItem, t: Translate, locale: string, maxBytes: number): string {
  return t(FAILURE_KEYS[item.failure ?? 'internal'], { max: formatMegabytes(maxBytes, locale) });
}

/** One line summing up a report: `2 communiqués importés · 1 doublon · 1 échec`. */
export function summaryText(g: GroupedReport, t: Translate, locale: string): string {
  const parts: string[] = [];
  if (g.imported.length) parts.push(plural(t, locale, { one: 'import.summary.imported.one', other: 'import.summary.imported.other' }, g.imported.length));
  if (g.duplicates.length) parts.push(plural(t, locale, { one: 'import.summary.duplicates.one', other: 'import.summary.duplicates.other' }, g.duplicates.length));
  if (g.failed.length) parts.push(plural(t, locale, { one: 'import.summary.failed.one', other: 'import.summary.failed.other' }, g.failed.length));
  if (g.skipped) parts.push(plural(t, locale, { one: 'import.summary.skipped.one', other: 'import.summary.skipped.other' }, g.skipped));
  return parts.length ? parts.join(' · ') : t('import.summary.nothing');
}

/** The name a pasted text is imported under: `Texte collé 2025-03-12 14:32` (local time). */
export function pastedTextName(t: Translate, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return `${t('import.paste.defaultName')} ${stamp}`;
}
