import { ApiError, type Handlers } from '../../shared/api';
import type { Block, Release, ReleaseDraft, ReleaseId, RuleCounts, Settings } from '../../shared/domain';
import { blockText } from '../../shared/domain';
import { ignoreKey, suggestTypography, type BlockKind, type Suggestion, type TypoContext } from '../../shared/pipeline/typography';
import type { Repositories } from '../../db';
import type { ServiceContext } from './context';
import { draftOf, requireRelease } from './releases';
import { readSettings } from './settings';
import { applyToInlines } from './typoInlines';

const BLOCK_KIND: Record<Block['type'], BlockKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  'list-item': 'list-item',
};

/** One text of a release the bulk pass looks at, with its safe suggestions (ignored ones left out). */
interface FieldSuggestions {
  field: 'title' | 'subtitle' | 'dateline' | number;
  text: string;
  suggestions: Suggestion[];
}

/** The engine's context for `release` under the user's settings, safe rules only. */
export function safeContext(settings: Settings, release: Pick<Release, 'language'>, block: BlockKind): TypoContext {
  const t = settings.typography;
  return { lang: release.language, profile: t.profiles[release.language], wideNbsp: t.wideNbsp, disabled: t.disabledRules, safeOnly: true, block };
}

/**
 * The suggestions a group member of which the user ignored are dropped with it (both quotes of a
 * pair go together); the others are kept.
 */
function notIgnored(text: string, suggestions: readonly Suggestion[], ignored: ReadonlySet<string>): Suggestion[] {
  if (ignored.size === 0) return [...suggestions];
  const hit = suggestions.filter((s) => ignored.has(ignoreKey(text, s)));
  const groups = new Set(hit.map((s) => s.group).filter((g) => g !== undefined));
  return suggestions.filter((s) => !hit.includes(s) && (s.group === undefined || !groups.has(s.group)));
}

/** Safe, not ignored suggestions of the title, subtitle, dateline and each body block. */
export function releaseSuggestions(release: Release, settings: Settings, ignored: ReadonlySet<string>): FieldSuggestions[] {
  const fields: FieldSuggestions[] = [];
  const add = (field: FieldSuggestions['field'], text: string, kind: BlockKind) => {
    const suggestions = notIgnored(text, suggestTypography(text, safeContext(settings, release, kind)), ignored);
    if (suggestions.length > 0) fields.push({ field, text, suggestions });
  };
  add('title', release.meta.title, 'title');
  // A subtitle reads as a heading under the title.
  add('subtitle', release.meta.subtitle, 'heading');
  add('dateline', release.meta.dateline, 'dateline');
  release.body.blocks.forEach((b, i) => add(i, blockText(b), BLOCK_KIND[b.type]));
  return fields;
}

function countRules(fields: readonly FieldSuggestions[]): RuleCounts {
  const counts: RuleCounts = {};
  for (const f of fields) for (const s of f.suggestions) counts[s.ruleId] = (counts[s.ruleId] ?? 0) + 1;
  return counts;
}

/** Keeps the suggestions of `rules`; a group is kept only whole. */
function ofRules(suggestions: readonly Suggestion[], rules: ReadonlySet<string>): Suggestion[] {
  const dropped = new Set(suggestions.filter((s) => !rules.has(s.ruleId) && s.group !== undefined).map((s) => s.group));
  return suggestions.filter((s) => rules.has(s.ruleId) && (s.group === undefined || !dropped.has(s.group)));
}

/** `release`'s draft with the chosen suggestions applied, and how many there were. */
export function applyFields(release: Release, fields: readonly FieldSuggestions[], rules: ReadonlySet<string>): { draft: ReleaseDraft; applied: number } {
  const draft = draftOf(release);
  const meta = { ...draft.meta };
  const blocks = [...draft.body.blocks];
  let applied = 0;
  for (const f of fields) {
    const chosen = ofRules(f.suggestions, rules);
    if (chosen.length === 0) continue;
    applied += chosen.length;
    if (typeof f.field === 'number') {
      const block = blocks[f.field]!;
      blocks[f.field] = { ...block, children: applyToInlines(block.children, chosen) };
    } else {
      meta[f.field] = applyToInlines([{ text: f.text }], chosen).map((i) => i.text).join('');
    }
  }
  return { draft: { ...draft, meta, body: { ...draft.body, blocks } }, applied };
}

function ignoredOf(repos: Repositories, id: ReleaseId): Set<string> {
  return new Set(repos.ignores.list(id));
}

/** Ignored suggestions per release, and the library's bulk "safe typography" (preview, apply). */
export function typographyHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'typography.ignores' | 'typography.ignore' | 'typography.preview' | 'typography.applySafe'> {
  const repos = () => ctx.library.repos();
  return {
    'typography.ignores': ({ releaseId }) => {
      requireRelease(repos(), releaseId);
      return repos().ignores.list(releaseId);
    },
    'typography.ignore': ({ releaseId, keys, ignored }) => {
      const r = repos();
      return r.transaction(() => {
        requireRelease(r, releaseId);
        r.ignores.set(releaseId, keys, ignored, ctx.now());
        return r.ignores.list(releaseId);
      });
    },
    'typography.preview': ({ ids }) => {
      const r = repos();
      const settings = readSettings(r.settings);
      const totals: RuleCounts = {};
      const releases = ids.map((id) => {
        const release = requireRelease(r, id);
        const counts = countRules(releaseSuggestions(release, settings, ignoredOf(r, id)));
        for (const [rule, n] of Object.entries(counts)) totals[rule] = (totals[rule] ?? 0) + n;
        return { id, title: release.meta.title, counts };
      });
      return { releases, totals };
    },
    'typography.applySafe': ({ ids, rules }) => {
      const r = repos();
      for (const id of ids) requireRelease(r, id);
      const settings = readSettings(r.settings);
      const chosen = new Set(rules);
      let changed = 0;
      const releases = ids.map((id) =>
        // One transaction per release: a long selection commits as it goes, and each release's
        // revision is based on what was read in the same transaction (no lost update).
        r.transaction(() => {
          const current = requireRelease(r, id);
          const fields = releaseSuggestions(current, settings, ignoredOf(r, id));
          const { draft, applied } = applyFields(current, fields, chosen);
          if (applied === 0) return { id, applied: 0, revision: current.revision };
          const result = r.releases.update(id, current.revision, draft, ctx.now());
          if (!result.ok) throw new ApiError(result.reason, `Release ${id} could not be saved (${result.reason})`);
          r.revisions.add(result.release, 'typography');
          changed += 1;
          return { id, applied, revision: result.release.revision };
        }),
      );
      if (changed > 0) ctx.afterSave();
      return { releases };
    },
  };
}
