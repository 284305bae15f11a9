import type { Input } from '../../../shared/api';
import { LANGUAGES, slugifyThemeId, type Language, type Theme } from '../../../shared/domain';
import { MAX_KEYWORDS } from './keywords';
import { foldForSearch, selfAndDescendants } from './themeTree';

/** Limits of the contract (ThemeLabels, Theme.scope). */
export const MAX_LABEL_LENGTH = 120;
export const MAX_SCOPE_LENGTH = 1000;

/** What the add/edit dialog holds while the user types. */
export interface ThemeForm {
  labels: Record<Language, string>;
  keywords: Record<Language, string[]>;
  /** Parent theme id, or null for a top-level theme. */
  parent: string | null;
  scope: string;
}

export type ThemeFormField = `label-${Language}` | `keywords-${Language}` | 'parent' | 'scope';

export type ThemeFormIssue =
  | { field: ThemeFormField; code: 'required' | 'too-long' | 'too-many' | 'no-id' | 'parent-cycle' }
  | { field: ThemeFormField; code: 'duplicate'; other: string }
  | { field: ThemeFormField; code: 'id-taken'; id: string };

/** An empty form, optionally placed under a parent. */
export function emptyThemeForm(parent: string | null = null): ThemeForm {
  return { labels: { fr: '', en: '', es: '' }, keywords: { fr: [], en: [], es: [] }, parent, scope: '' };
}

/** The form for editing an existing theme. */
export function themeToForm(theme: Theme): ThemeForm {
  return {
    labels: { ...theme.labels },
    keywords: { fr: [...theme.keywords.fr], en: [...theme.keywords.en], es: [...theme.keywords.es] },
    parent: theme.parent,
    scope: theme.scope ?? '',
  };
}

/**
 * Checks a form against the contract's limits and the rest of the taxonomy; returns every issue,
 * in the order of the fields on screen (so the first one can be focused). `editingId` is null when
 * adding a theme. Pure.
 */
export function validateThemeForm(form: ThemeForm, themes: readonly Theme[], editingId: string | null): ThemeFormIssue[] {
  const issues: ThemeFormIssue[] = [];
  const others = themes.filter((t) => t.id !== editingId);
  for (const lang of LANGUAGES) {
    const field = `label-${lang}` as const;
    const label = form.labels[lang].trim();
    if (label === '') issues.push({ field, code: 'required' });
    else if (label.length > MAX_LABEL_LENGTH) issues.push({ field, code: 'too-long' });
    else {
      // Labels are how people pick a theme: two themes with the same name in one language confuse.
      const twin = others.find((t) => foldForSearch(t.labels[lang]) === foldForSearch(label));
      if (twin) issues.push({ field, code: 'duplicate', other: twin.labels[lang] });
      else if (lang === 'en' && editingId === null) {
        // The services derive a new theme's id from its English label.
        const id = slugifyThemeId(label);
        if (id === '') issues.push({ field, code: 'no-id' });
        else if (themes.some((t) => t.id === id)) issues.push({ field, code: 'id-taken', id });
      }
    }
  }
  for (const lang of LANGUAGES) {
    if (form.keywords[lang].length > MAX_KEYWORDS) issues.push({ field: `keywords-${lang}`, code: 'too-many' });
  }
  if (editingId !== null && form.parent !== null && selfAndDescendants(themes, editingId).has(form.parent)) {
    issues.push({ field: 'parent', code: 'parent-cycle' });
  }
  if (form.scope.trim().length > MAX_SCOPE_LENGTH) issues.push({ field: 'scope', code: 'too-long' });
  return issues;
}

function trimmedLabels(form: ThemeForm): Record<Language, string> {
  return { fr: form.labels.fr.trim(), en: form.labels.en.trim(), es: form.labels.es.trim() };
}

function scopeOf(form: ThemeForm): string | null {
  const scope = form.scope.trim();
  return scope === '' ? null : scope;
}

/** The `themes.create` input for a valid form (labels and scope trimmed, empty scope → null). Pure. */
export function formToCreateInput(form: ThemeForm): Input<'themes.create'> {
  return { labels: trimmedLabels(form), scope: scopeOf(form), keywords: form.keywords, parent: form.parent };
}

/**
 * The `themes.update` input carrying only what changed, or null when nothing did (so saving an
 * untouched dialog makes no call). Pure.
 */
export function formToUpdateInput(theme: Theme, form: ThemeForm): Input<'themes.update'> | null {
  const patch: Input<'themes.update'> = { id: theme.id };
  const labels = trimmedLabels(form);
  if (LANGUAGES.some((l) => labels[l] !== theme.labels[l])) patch.labels = labels;
  const scope = scopeOf(form);
  if (scope !== theme.scope) patch.scope = scope;
  if (LANGUAGES.some((l) => !sameList(form.keywords[l], theme.keywords[l]))) patch.keywords = form.keywords;
  if (form.parent !== theme.parent) patch.parent = form.parent;
  return Object.keys(patch).length > 1 ? patch : null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
