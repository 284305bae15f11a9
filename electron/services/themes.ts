import { ApiError, type Handlers } from '../../shared/api';
import { slugifyThemeId, type ThemeId } from '../../shared/domain';
import { defaultTaxonomy } from '../../shared/pipeline/themes';
import type { Repositories } from '../../db';
import type { ServiceContext } from './context';

const SEEDED_KEY = 'themes.seeded';

/** Seeds the default taxonomy once per library; a user who later deletes themes keeps their choice. */
export function seedDefaultThemes(repos: Repositories, now: string): void {
  if (repos.settings.get(SEEDED_KEY) === true) return;
  repos.transaction(() => {
    for (const theme of defaultTaxonomy()) if (!repos.themes.byId(theme.id)) repos.themes.insert(theme, now);
    repos.settings.set(SEEDED_KEY, true);
  });
}

function uniqueId(repos: Repositories, labels: { en: string; fr: string }): ThemeId {
  const base = slugifyThemeId(labels.en) || slugifyThemeId(labels.fr) || 'theme';
  let id = base;
  // Cut to leave room for the suffix, without a trailing hyphen (`a--2` is not a kebab-case id).
  const stem = base.slice(0, 60).replace(/-+$/, '');
  for (let n = 2; repos.themes.byId(id as ThemeId); n++) id = `${stem}-${n}`;
  return id as ThemeId;
}

/** Refuses a parent that does not exist or that would make a cycle. */
function checkParent(repos: Repositories, id: ThemeId | null, parent: ThemeId | null): void {
  for (let p = parent, depth = 0; p !== null; depth++) {
    if (p === id || depth > 64) throw new ApiError('invalid_input', 'A theme cannot be its own ancestor');
    const node = repos.themes.byId(p);
    if (!node) throw new ApiError('invalid_input', `Unknown parent theme ${p}`);
    p = node.parent;
  }
}

/** The editable taxonomy. */
export function themeHandlers(ctx: ServiceContext): Pick<Handlers, 'themes.list' | 'themes.create' | 'themes.update' | 'themes.delete'> {
  const repos = () => ctx.library.repos();
  return {
    'themes.list': () => repos().themes.list(),
    'themes.create': ({ labels, scope, keywords, parent }) => {
      const r = repos();
      return r.transaction(() => {
        checkParent(r, null, parent);
        return r.themes.insert({ id: uniqueId(r, labels), labels, scope, keywords, parent }, ctx.now());
      });
    },
    'themes.update': (patch) => {
      const r = repos();
      return r.transaction(() => {
        const current = r.themes.byId(patch.id);
        if (!current) throw new ApiError('not_found', `No theme ${patch.id}`);
        const next = {
          id: current.id,
          labels: patch.labels ?? current.labels,
          scope: patch.scope !== undefined ? patch.scope : current.scope,
          keywords: patch.keywords ?? current.keywords,
          parent: patch.parent !== undefined ? patch.parent : current.parent,
        };
        checkParent(r, current.id, next.parent);
        return r.themes.update(next, ctx.now());
      });
    },
    'themes.delete': ({ id }) => {
      const r = repos();
      if (!r.themes.byId(id)) throw new ApiError('not_found', `No theme ${id}`);
      return { removedFrom: r.transaction(() => r.themes.delete(id)) };
    },
  };
}
