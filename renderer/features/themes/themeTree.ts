import type { Language, Theme } from '../../../shared/domain';

/** A theme placed in the displayed hierarchy. */
export interface ThemeNode {
  theme: Theme;
  /** 0 for a top-level theme, 1 for its children, … */
  depth: number;
  /** Ids of the direct children (in display order). */
  childIds: string[];
  /** False when shown only as the ancestor of a search hit. */
  matches: boolean;
}

/** Case- and accent-insensitive form used for searching (`Réintégration` → `reintegration`). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Orders themes as a tree: top-level themes first, each followed by its descendants, siblings
 * sorted by their label in `lang`. A theme whose parent is unknown (or part of a cycle) is shown
 * at the top level, so no theme is ever hidden. Pure.
 */
export function orderThemes(themes: readonly Theme[], lang: Language, locale: string): ThemeNode[] {
  const byId = new Map(themes.map((t) => [t.id as string, t]));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parent && byId.has(theme.parent) && !inCycle(theme, byId) ? (theme.parent as string) : null;
    const list = children.get(parent) ?? [];
    list.push(theme);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.labels[lang], b.labels[lang]));

  const out: ThemeNode[] = [];
  const visit = (theme: Theme, depth: number) => {
    const kids = children.get(theme.id) ?? [];
    out.push({ theme, depth, childIds: kids.map((k) => k.id), matches: true });
    for (const kid of kids) visit(kid, depth + 1);
  };
  for (const top of children.get(null) ?? []) visit(top, 0);
  return out;
}

function inCycle(theme: Theme, byId: ReadonlyMap<string, Theme>): boolean {
  const seen = new Set<string>([theme.id]);
  let current = theme.parent ? byId.get(theme.parent) : undefined;
  while (current) {
    // Back at the start: the theme is in a cycle. A loop further up is handled by its own members.
    if (seen.has(current.id)) return current.id === theme.id;
    seen.add(current.id);
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return false;
}

/** Every text a search can find a theme by: its labels, keywords and scope in all languages, and its id. */
function searchableText(theme: Theme): string {
  const { labels, keywords } = theme;
  return foldForSearch(
    [theme.id, labels.fr, labels.en, labels.es, ...keywords.fr, ...keywords.en, ...keywords.es, theme.scope ?? ''].join('\n'),
  );
}

/**
 * Keeps the nodes matching every word of `query` (accent- and case-insensitive), plus their
 * ancestors so the hierarchy stays readable; ancestors kept only for context get `matches: false`.
 * An empty query keeps everything. Pure.
 */
export function filterThemeTree(nodes: readonly ThemeNode[], query: string): ThemeNode[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...nodes];
  const parentOf = new Map<string, string>();
  for (const node of nodes) for (const child of node.childIds) parentOf.set(child, node.theme.id);
  const hits = new Set<string>();
  const keep = new Set<string>();
  for (const node of nodes) {
    const text = searchableText(node.theme);
    if (!words.every((w) => text.includes(w))) continue;
    hits.add(node.theme.id);
    for (let id: string | undefined = node.theme.id; id !== undefined && !keep.has(id); id = parentOf.get(id)) keep.add(id);
  }
  return nodes.filter((n) => keep.has(n.theme.id)).map((n) => ({ ...n, matches: hits.has(n.theme.id) }));
}

/** Ids of a theme and of all its descendants: a theme cannot be moved under any of them. */
export function selfAndDescendants(themes: readonly Theme[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.parent && out.has(t.parent) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/** The themes a theme may be placed under (all of them for a new theme), in tree order. */
export function parentChoices(nodes: readonly ThemeNode[], themes: readonly Theme[], editingId: string | null): ThemeNode[] {
  if (editingId === null) return [...nodes];
  const excluded = selfAndDescendants(themes, editingId);
  return nodes.filter((n) => !excluded.has(n.theme.id));
}
