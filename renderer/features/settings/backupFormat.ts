import type { BackupInfo } from '../../../shared/api';

export type BackupReason = BackupInfo['reason'];

/** Message key wording why a backup was taken. */
export const REASON_KEYS = {
  startup: 'settings.backup.reason.startup',
  periodic: 'settings.backup.reason.periodic',
  manual: 'settings.backup.reason.manual',
  'pre-migration': 'settings.backup.reason.pre-migration',
} as const satisfies Record<BackupReason, string>;

/**
 * When a backup was taken, as people read dates in `locale` (`5 mars 2026 à 14:07`).
 * `timeZone` is for tests; the app uses the system's. Pure.
 */
export function formatBackupDate(createdAt: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    new Date(createdAt),
  );
}

const UNITS = [
  { unit: 'gigabyte', size: 1e9, digits: 1 },
  { unit: 'megabyte', size: 1e6, digits: 1 },
  { unit: 'kilobyte', size: 1e3, digits: 0 },
] as const;

/** A file size with the unit people expect in `locale` (`1,3 Mo`, `512 kB`); decimal units. Pure. */
export function formatBackupSize(bytes: number, locale: string): string {
  const pick = UNITS.find((u) => bytes >= u.size);
  if (!pick) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: pick.unit, maximumFractionDigits: pick.digits }).format(
    bytes / pick.size,
  );
}

const AGE_STEPS = [
  { unit: 'year', ms: 365 * 86_400_000 },
  { unit: 'month', ms: 30 * 86_400_000 },
  { unit: 'week', ms: 7 * 86_400_000 },
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
] as const;

/** How long ago a backup was taken (`il y a 2 heures`, `yesterday`, `hace 3 días`), unbreakable after numbers. Pure. */
export function formatBackupAge(createdAt: string, nowMs: number, locale: string): string {
  const elapsed = Math.max(0, nowMs - Date.parse(createdAt));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const step = AGE_STEPS.find((s) => elapsed >= s.ms);
  if (!step) return rtf.format(0, 'second');
  // A number never ends a line apart from its unit (« il y a 2 heures »).
  return rtf.format(-Math.floor(elapsed / step.ms), step.unit).replace(/(\d) /g, '$1\u00A0');
}

/** Backups newest first, whatever order they came in (ties keep their order). Pure. */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
