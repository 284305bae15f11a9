import { ApiError, type Handlers } from '../../shared/api';
import type { LineOverrides, Release, ReleaseDraft, ReleaseId, SplitChange, SplitFields } from '../../shared/domain';
import { lineKey, PIPELINE_VERSION, type DecodedDocument, type SplitOutcome } from '../../shared/pipeline';
import type { Repositories } from '../../db';
import type { ServiceContext } from './context';
import { draftOf, requireRelease } from './releases';
import { readSettings } from './settings';
import { decode, fieldsOf, splitWithLibrary } from './splitting';

/** The decoded source of a release (deterministic: the same bytes always decode the same). */
async function sourceOf(repos: Repositories, release: Release): Promise<{ doc: DecodedDocument; name: string }> {
  const info = release.sourceId ? repos.sources.byId(release.sourceId) : null;
  const bytes = release.sourceId ? repos.sources.bytes(release.sourceId) : null;
  if (!info || !bytes) throw new ApiError('not_found', `Release ${release.id} has no source to review`);
  const decoded = await decode({ name: info.fileName, bytes, mediaType: info.mediaType });
  if (!decoded.ok) throw new ApiError('unsupported_format', `The source of ${release.id} no longer decodes: ${decoded.detail}`);
  return { doc: decoded.doc, name: info.fileName };
}

function lineRulesOf(repos: Repositories, lines: readonly string[]): Record<string, 'always-drop' | 'never-drop'> {
  const byKey = new Map(repos.lines.rules().map((r) => [r.key, r.rule] as const));
  const out: Record<string, 'always-drop' | 'never-drop'> = {};
  lines.forEach((line, i) => {
    const rule = byKey.get(lineKey(line));
    if (rule) out[String(i)] = rule;
  });
  return out;
}

const show = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The fields a re-run would change, current release against the new split. */
export function splitChanges(release: Release, next: SplitFields): SplitChange[] {
  const current: Record<SplitChange['field'], unknown> = {
    title: release.meta.title,
    subtitle: release.meta.subtitle,
    dateline: release.meta.dateline,
    date: release.meta.date,
    language: release.language,
    paragraphs: release.body.blocks.map((b) => b.children.map((c) => c.text).join('')),
    quotes: release.quotes,
    contacts: release.contacts,
  };
  const after: Record<SplitChange['field'], unknown> = {
    title: next.title ?? '',
    subtitle: next.subtitle ?? '',
    dateline: next.dateline ?? '',
    date: next.date,
    language: next.language,
    paragraphs: next.paragraphs,
    quotes: next.quotes,
    contacts: next.contacts,
  };
  return (Object.keys(current) as SplitChange['field'][])
    .filter((f) => show(current[f]) !== show(after[f]))
    .map((field) => ({ field, before: show(current[field]), after: show(after[field]) }));
}

/** The review screen's services: the stored split, a live re-split, confirm, re-run, line rules. */
export function reviewHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'review.get' | 'review.resplit' | 'review.confirm' | 'review.rerun' | 'lineRules.set' | 'lineRules.list'> {
  const repos = () => ctx.library.repos();
  const split = async (id: ReleaseId, overrides: LineOverrides): Promise<{ release: Release; outcome: SplitOutcome }> => {
    const r = repos();
    const release = requireRelease(r, id);
    const { doc } = await sourceOf(r, release);
    const outcome = splitWithLibrary({ repos: r, lexicon: ctx.lexicon, defaultLanguage: readSettings(r.settings).defaultReleaseLanguage }, doc, overrides);
    return { release, outcome };
  };

  return {
    'review.get': async ({ id }) => {
      const r = repos();
      const release = requireRelease(r, id);
      const { doc, name } = await sourceOf(r, release);
      let stored = r.splits.get(id);
      if (!stored) {
        // Imported before the split was stored: compute it now, as the import would have.
        const outcome = splitWithLibrary({ repos: r, lexicon: ctx.lexicon, defaultLanguage: readSettings(r.settings).defaultReleaseLanguage }, doc, {});
        stored = { map: outcome.map, overrides: {}, fields: fieldsOf(outcome), updatedAt: ctx.now() };
      }
      const lines = doc.text.split('\n');
      // The last time a split was applied to the body (the import, or a confirmed review).
      const lastSplit = r.revisions.list(id).find((rev) => rev.reason === 'import' || rev.reason === 'review');
      return {
        releaseId: release.id,
        revision: release.revision,
        status: release.status,
        editedSinceImport: release.revision > (lastSplit?.revision ?? 1),
        sourceName: name,
        lines,
        map: stored.map,
        overrides: stored.overrides,
        split: stored.fields,
        lineRules: lineRulesOf(r, lines),
        pipelineCurrent: stored.map.pipeline === PIPELINE_VERSION,
      };
    },
    'review.resplit': async ({ id, overrides }) => {
      const { outcome } = await split(id, overrides);
      return { map: outcome.map, split: fieldsOf(outcome) };
    },
    'review.confirm': async ({ id, baseRevision, overrides, fields }) => {
      const { outcome } = await split(id, overrides);
      const r = repos();
      const saved = r.transaction(() => {
        const current = requireRelease(r, id);
        if (current.revision !== baseRevision) {
          throw new ApiError('conflict', `Release ${id} is at revision ${current.revision}, not ${baseRevision}`, { current: String(current.revision) });
        }
        const next: ReleaseDraft = {
          ...draftOf(current),
          status: current.status === 'imported' ? 'reviewed' : current.status,
          language: fields.language,
          meta: { title: fields.title, subtitle: fields.subtitle, dateline: fields.dateline, date: fields.date },
          contacts: fields.contacts,
          quotes: outcome.quotes,
          body: { blocks: outcome.blocks },
        };
        const result = r.releases.update(id, baseRevision, next, ctx.now());
        if (!result.ok) throw new ApiError(result.reason, `Release ${id} could not be saved (${result.reason})`);
        r.revisions.add(result.release, 'review');
        r.splits.put(id, { map: outcome.map, overrides, fields: fieldsOf(outcome) }, ctx.now());
        return result.release;
      });
      ctx.afterSave();
      return saved;
    },
    'review.rerun': async ({ id }) => {
      const stored = repos().splits.get(id);
      const { release, outcome } = await split(id, stored?.overrides ?? {});
      const next = fieldsOf(outcome);
      return { map: outcome.map, split: next, changes: splitChanges(release, next) };
    },
    'lineRules.set': ({ text, rule }) => {
      const key = lineKey(text);
      if (key === '') throw new ApiError('invalid_input', 'A rule needs a line with text');
      repos().lines.setRule(key, text.trim(), rule, ctx.now());
      return { text: text.trim(), rule };
    },
    'lineRules.list': () => repos().lines.rules().map(({ text, rule, createdAt }) => ({ text, rule, createdAt })),
  };
}
