import type { Release, ReleaseDraft, ReleasePatch } from '../../../shared/domain';

/** The fields of a release the view edits (what a save may change). */
export type DraftFields = ReleaseDraft;

export const DRAFT_KEYS = ['status', 'language', 'meta', 'contacts', 'quotes', 'body', 'themes'] as const satisfies ReadonlyArray<keyof DraftFields>;

/**
 * Structural equality of JSON-like values. Key order does not matter and a property set to
 * `undefined` equals a missing one, because the server and the editor may build the same
 * object in different ways. Pure.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    if (!sameValue(ra[k], rb[k])) return false;
  }
  return true;
}

/** The editable fields of a release, as a fresh draft. */
export function draftOf(release: Release): DraftFields {
  return {
    status: release.status,
    language: release.language,
    meta: release.meta,
    contacts: release.contacts,
    quotes: release.quotes,
    body: release.body,
    themes: release.themes,
  };
}

/**
 * The patch that turns `base` into `draft`: only the top-level fields that differ (the
 * contract's `meta` is replaced whole, so a changed title sends the whole meta). Empty when
 * nothing changed. Pure.
 */
export function buildPatch(base: DraftFields, draft: DraftFields): ReleasePatch {
  const patch: Record<string, unknown> = {};
  for (const key of DRAFT_KEYS) {
    if (!sameValue(base[key], draft[key])) patch[key] = draft[key];
  }
  return patch as ReleasePatch;
}

export function isEmptyPatch(patch: ReleasePatch): boolean {
  return Object.keys(patch).length === 0;
}
