// Typography suggestions of the release's one-line fields (title, subtitle, dateline), computed
// with the same stage as the body and applied to the draft. Pure.
import type { ReleaseMeta } from '../../../shared/domain';
import { applySuggestions, suggestTypography, type BlockKind } from '../../../shared/pipeline/typography';
import { itemsOf, type TypoBaseContext, type TypoItem } from '../../editor';

export const TYPO_FIELDS = ['title', 'subtitle', 'dateline'] as const;
export type TypoField = (typeof TYPO_FIELDS)[number];

/** How the rules should see each field (a title is not prose; a dateline has its own dash rule). */
const FIELD_KIND: Readonly<Record<TypoField, BlockKind>> = { title: 'title', subtitle: 'paragraph', dateline: 'dateline' };

/** The fields' items, title first, ignored ones left out. */
export function fieldItems(meta: Pick<ReleaseMeta, TypoField>, context: TypoBaseContext, ignored: ReadonlySet<string>): TypoItem[] {
  return TYPO_FIELDS.flatMap((field) => {
    const text = meta[field];
    if (text.trim() === '') return [];
    return itemsOf(field, field, text, suggestTypography(text, { ...context, block: FIELD_KIND[field] }), ignored);
  });
}

/**
 * The fields with the given items applied. Items computed on another text than the field's
 * current one are skipped. Returns the changed fields only, and how many items were applied.
 */
export function applyFieldItems(meta: Pick<ReleaseMeta, TypoField>, items: readonly TypoItem[]): { patch: Partial<Pick<ReleaseMeta, TypoField>>; applied: number } {
  const patch: Partial<Pick<ReleaseMeta, TypoField>> = {};
  let applied = 0;
  for (const field of TYPO_FIELDS) {
    const chosen = items.filter((i) => i.source === field && i.text === meta[field]);
    if (chosen.length === 0) continue;
    patch[field] = applySuggestions(meta[field], chosen.flatMap((i) => i.parts));
    applied += chosen.length;
  }
  return { patch, applied };
}
