// Which part of a page is the release: <article>, <main>, or the densest text container,
// widened to take in the headline when it sits just outside.
import { isTag, isText, type AnyNode, type Document } from 'domhandler';
import { ARTICLE_MIN_SHARE, DENSE_BLOCK_MIN_CHARS, DENSE_ROOT_MIN_CHARS, HEADLINE_WIDEN_SHARE } from '../html.rules';
import { isArticleElement, isMainElement, isStructuralChrome } from './cues';
import { attr, commonAncestor, elementsIn, isInside, isRemoved, type Element, type ParentNode } from './dom';

export interface ArticleChoice {
  /** The article: everything outside it (and outside `extra`) is chrome. null when the page has none (only explicit chrome is marked). */
  root: ParentNode | null;
  /** The page headline: the first <h1> outside page chrome, or null. */
  headline: Element | null;
  /**
   * Content outside the article: the headline with what stands beside it (a date stamp), and the
   * small blocks between it and the article (the byline, the publication date), when the headline
   * sits outside the article — the release's own title is never chrome.
   */
  extras: readonly Element[];
}

/** Elements inside structural chrome (nav, aside, footer, dialogs, hidden…), found in one pass. */
function chromeSubtrees(doc: Document): Set<Element> {
  const inside = new Set<Element>();
  const stack: { node: AnyNode; chrome: boolean }[] = doc.children.map((node) => ({ node, chrome: false }));
  while (stack.length > 0) {
    const { node, chrome } = stack.pop()!;
    if (!isTag(node) || isRemoved(node)) continue;
    const here = chrome || isStructuralChrome(node);
    if (here) inside.add(node);
    for (const child of node.children) stack.push({ node: child, chrome: here });
  }
  return inside;
}

const largest = (els: readonly Element[], len: (n: AnyNode) => number): Element | null =>
  els.reduce<Element | null>((best, el) => (best === null || len(el) > len(best) ? el : best), null);

/** The container with the most paragraph-like text below it (its blocks count fully, their grandparent half). */
function densest(elements: readonly Element[], chrome: ReadonlySet<Element>): Element | null {
  const score = new Map<Element, number>();
  for (const el of elements) {
    if (chrome.has(el)) continue;
    let direct = 0;
    for (const child of el.children) if (isText(child)) direct += child.data.replace(/[ \t\n\r\f]+/g, ' ').trim().length;
    if (direct < DENSE_BLOCK_MIN_CHARS) continue;
    const parent = el.parent && isTag(el.parent) ? el.parent : null;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + direct);
    const grand = parent.parent && isTag(parent.parent) ? parent.parent : null;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + direct / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return bestScore >= DENSE_ROOT_MIN_CHARS ? best : null;
}

/**
 * Chooses the article of a page: the largest <article> (or articleBody) that holds a fair share
 * of the page's text (a smaller one is a teaser), else <main>, else the densest container. When
 * the headline sits outside it, the largest block around the headline that adds little text
 * (the title with its date stamp, not the page header with its menu) is content too. Linear in
 * the size of the page.
 */
export function findArticle(doc: Document, lengths: ReadonlyMap<AnyNode, number>): ArticleChoice {
  const len = (n: AnyNode) => lengths.get(n) ?? 0;
  const elements = elementsIn(doc);
  const chrome = chromeSubtrees(doc);
  const open = elements.filter((el) => !chrome.has(el));
  const main = largest(open.filter(isMainElement), len);
  const article = largest(open.filter(isArticleElement), len);
  const reference = main && article && isInside(article, main) ? len(main) : len(doc);
  const root: ParentNode | null = article && len(article) >= ARTICLE_MIN_SHARE * reference ? article : (main ?? densest(elements, chrome));
  // The headline: the first <h1>, else the element marked as the headline (schema.org), else —
  // when the article itself has no top heading — the first <h2> above it (CMS templates that
  // print the title as <h2 class="page-header">).
  const rootHasHeading = root !== null && open.some((el) => (el.name === 'h1' || el.name === 'h2') && isInside(el, root));
  const headline =
    open.find((el) => el.name === 'h1') ??
    open.find((el) => attr(el, 'itemprop') === 'headline' && len(el) > 0) ??
    (root !== null && !rootHasHeading ? (open.filter((el) => el.name === 'h2' && precedes(el, root)).at(-1) ?? null) : null);
  if (root === null || headline === null || isInside(headline, root)) return { root, headline, extras: [] };

  const budget = len(headline) + 300 + HEADLINE_WIDEN_SHARE * len(root);
  const stop = commonAncestor(headline, root);
  let extra: Element = headline;
  for (let n = headline.parent; n && n !== stop && isTag(n) && len(n) <= budget; n = n.parent) extra = n;
  return { root, headline, extras: [extra, ...between(extra, root, len, budget)] };
}

/** True when `a` comes before `b` in document order (and is not its ancestor). */
function precedes(a: Element, b: ParentNode): boolean {
  const path = (n: AnyNode): AnyNode[] => {
    const out: AnyNode[] = [];
    for (let x: AnyNode | null = n; x; x = x.parent) out.unshift(x);
    return out;
  };
  const pa = path(a);
  const pb = path(b as AnyNode);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length) return false;
  const parent = pa[i - 1] as ParentNode | undefined;
  if (parent === undefined) return false;
  return parent.children.indexOf(pa[i] as never) < parent.children.indexOf(pb[i] as never);
}

/**
 * The siblings between the headline's block and the block holding the article, under their
 * common parent, when they hold little text (byline, date, category, view count): the article's
 * own header. Empty when the two blocks are not siblings or the text between is too long.
 */
function between(head: Element, root: ParentNode, len: (n: AnyNode) => number, budget: number): Element[] {
  const parent = head.parent;
  if (parent === null || !isTag(parent)) return [];
  let holder: AnyNode | null = root as AnyNode;
  while (holder !== null && holder.parent !== parent) holder = holder.parent;
  if (holder === null) return [];
  const kids = parent.children;
  const from = kids.indexOf(head);
  const to = kids.indexOf(holder as never);
  if (from < 0 || to <= from) return [];
  const out = kids.slice(from + 1, to).filter(isTag);
  return out.reduce((n, el) => n + len(el), 0) <= budget ? out : [];
}
