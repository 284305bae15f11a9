import type { Language, Theme, ThemeId } from '../../../shared/domain';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/**
 * A release date (`YYYY-MM-DD`) as people write it in the locale: `3 févr. 2021`, `3 Feb 2021`.
 * Calendar dates have no time zone: they are formatted in UTC so they never shift by a day.
 */
export function formatReleaseDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * When a release was last changed, short: the time today (`14:32`), the day this year
 * (`12 mars`), the full date before. Local time, as the user lived it.
 */
export function formatUpdated(timestamp: string, locale: string, now: Date): string {
  const at = new Date(timestamp);
  if (at.toDateString() === now.toDateString()) return dateFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  if (at.getFullYear() === now.getFullYear()) return dateFormat(locale, { day: 'numeric', month: 'short' }).format(at);
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

export interface ThemeOption {
  value: ThemeId;
  label: string;
  depth: number;
}

/**
 * Themes for a picker: sorted by label in the UI language (with its collation: `É` sorts with
 * `E`), each parent followed by its children. A theme whose parent is missing is shown at the top
 * level, and a parent cycle cannot loop.
 */
export function themeOptions(themes: readonly Theme[], lang: Language, locale: string): ThemeOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<ThemeId | null, Theme[]>();
  for (const t of themes) {
    const parent = t.parent && ids.has(t.parent) && t.parent !== t.id ? t.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const out: ThemeOption[] = [];
  const seen = new Set<ThemeId>();
  const walk = (parent: ThemeId | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.labels[lang], b.labels[lang]));
    for (const t of list) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ value: t.id, label: t.labels[lang], depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  // Themes only reachable through a cycle still appear, at the top level.
  for (const t of themes) if (!seen.has(t.id)) out.push({ value: t.id, label: t.labels[lang], depth: 0 });
  return out;
}

/** Labels of a release's themes in the UI language; ids not (or no longer) in the taxonomy are skipped. */
export function themeLabels(ids: readonly ThemeId[], byId: ReadonlyMap<ThemeId, Theme>, lang: Language): string[] {
  return ids.flatMap((id) => {
    const theme = byId.get(id);
    return theme ? [theme.labels[lang]] : [];
  });
}
