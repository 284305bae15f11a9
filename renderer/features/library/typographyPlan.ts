// What the bulk typography dialog shows: rules with their counts, and what each release would get.
import type { Language, ReleaseId, RuleCounts, TypographyPreview } from '../../../shared/domain';
import { ruleById } from '../../../shared/pipeline/typography';

export interface RuleRow {
  id: string;
  /** Suggestions of this rule over the selected releases. */
  count: number;
  /** The rule's explanation in the UI language (its id when the rule is unknown to this build). */
  message: string;
  norm: string | null;
}

export interface ReleaseRow {
  id: ReleaseId;
  title: string;
  /** Suggestions of the chosen rules in this release. */
  count: number;
}

/** The preview's rules, most frequent first (ties by id). Pure. */
export function ruleRows(preview: TypographyPreview, ui: Language): RuleRow[] {
  return Object.entries(preview.totals)
    .filter(([, count]) => count > 0)
    .map(([id, count]) => {
      const rule = ruleById(id);
      return { id, count, message: rule?.message[ui] ?? id, norm: rule?.norm ?? null };
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function chosenCount(counts: RuleCounts, chosen: ReadonlySet<string>): number {
  let n = 0;
  for (const [id, count] of Object.entries(counts)) if (chosen.has(id)) n += count;
  return n;
}

/** Each release with the number of suggestions the chosen rules would apply, in preview order. Pure. */
export function releaseRows(preview: TypographyPreview, chosen: ReadonlySet<string>): ReleaseRow[] {
  return preview.releases.map((r) => ({ id: r.id, title: r.title, count: chosenCount(r.counts, chosen) }));
}

/** How many releases the chosen rules would change. Pure. */
export function releasesToChange(preview: TypographyPreview, chosen: ReadonlySet<string>): number {
  return preview.releases.filter((r) => chosenCount(r.counts, chosen) > 0).length;
}

/** `chosen` with `id` switched on or off (a new set). Pure. */
export function toggled(chosen: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(chosen);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
