// Small helpers over the domhandler tree. Every traversal is iterative: a page nested 100,000
// levels deep must not overflow the stack.
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { REMOVED_TAGS } from '../html.rules';

export type { Element, ParentNode };

/** An attribute, lower-cased and trimmed ('' when absent). */
export function attr(el: Element, name: string): string {
  return (el.attribs[name] ?? '').trim().toLowerCase();
}

/** Lower-case, accent-free (so cue words match `légende` and `legende`). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The class names and id of an element, each folded (`CookieBanner` → `cookiebanner`). */
export function namesOf(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return raw.split(/\s+/).filter((n) => n !== '').map(fold);
}

/** The words of a class name or id: split at `-`, `_`, `.`, digits and lower→upper case changes. */
export function wordsOf(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s\-_.:0-9]+/)
    .filter((w) => w !== '')
    .map(fold);
}

export function isRemoved(node: AnyNode): boolean {
  return isTag(node) && REMOVED_TAGS.has(node.name);
}

function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

/** Elements of a subtree in document order (removed elements and what they hold left out). */
export function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node) || isRemoved(node)) continue;
    out.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Visible text length (whitespace runs count one) of every element under `root`, in one linear pass. */
export function textLengths(root: ParentNode): Map<AnyNode, number> {
  const lengths = new Map<AnyNode, number>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isRemoved(node)) continue;
    order.push(node);
    for (const child of childrenOf(node)) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let n = 0;
    if (isText(node)) n = node.data.replace(/[ \t\n\r\f]+/g, ' ').trim().length;
    else for (const child of childrenOf(node)) n += lengths.get(child) ?? 0;
    lengths.set(node, n);
  }
  return lengths;
}

/** True when `node` is `ancestor` or lies inside it. */
export function isInside(node: AnyNode, ancestor: ParentNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The nearest element (or the root) holding both nodes. */
export function commonAncestor(a: AnyNode, b: AnyNode): ParentNode | null {
  const seen = new Set<AnyNode>();
  for (let n: AnyNode | null = a; n; n = n.parent) seen.add(n);
  for (let n: ParentNode | null = b.parent; n; n = n.parent) if (seen.has(n)) return n;
  return null;
}

/** The text of an element, whitespace collapsed (for <title>). */
export function plainText(el: ParentNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (!isRemoved(node) || node === el) for (let i = childrenOf(node).length - 1; i >= 0; i--) stack.push(childrenOf(node)[i]!);
  }
  return parts.join('').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
