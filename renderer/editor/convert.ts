import { $createLinkNode, $isLinkNode, type LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type EditorState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { Block, Doc, Inline } from '../../shared/domain';
import { isAllowedHref } from './links';
import { makeRun, normalizeDoc, pushRun } from './normalForm';

/*
 * Doc ⇄ Lexical. The Doc is the storage format; the editor is a view of it.
 *
 * Doc → Lexical: consecutive list items form one Lexical list; deeper items go into nested lists
 * (Lexical's shape: a nested list sits in a list item of its own after its parent item); a `\n`
 * in a run becomes a LineBreakNode (a soft break inside the block, Shift+Enter); runs sharing an
 * href share one LinkNode.
 * Lexical → Doc: anything Lexical may hold that a Doc cannot is mapped to the closest block
 * (h1 → heading 2, h4–h6 → heading 3, check list → bullet list, unknown blocks → paragraph,
 * unknown inline content → its text); formats other than bold/italic are dropped.
 * Round trip: lexicalToDoc(after $docToLexical(d)) = normalizeDoc(d) (see normalForm.ts).
 * Text is copied verbatim, so U+00A0, U+202F and U+00AD survive.
 */

/** Replaces the editor's content with `doc`. Call inside `editor.update` (or as initial state). */
export function $docToLexical(doc: Doc): void {
  const root = $getRoot();
  root.clear();
  const lists: Array<{ list: ListNode; type: 'bullet' | 'number' }> = [];
  for (const block of normalizeDoc(doc).blocks) {
    if (block.type !== 'list-item') {
      lists.length = 0;
      root.append(blockElement(block));
      continue;
    }
    const item = $createListItemNode();
    appendRuns(item, block.children);
    listAt(root, lists, block.indent, block.list).append(item);
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/** The list that takes the next item at `indent`, opening (nested) lists as needed. */
function listAt(root: ElementNode, lists: Array<{ list: ListNode; type: 'bullet' | 'number' }>, indent: number, type: 'bullet' | 'number'): ListNode {
  lists.length = Math.min(lists.length, indent + 1);
  const current = lists[indent];
  if (current && current.type !== type) lists.length = indent;
  while (lists.length <= indent) {
    const depth = lists.length;
    const list = $createListNode(type);
    const parent = lists[depth - 1];
    if (parent) parent.list.append($createListItemNode().append(list));
    else root.append(list);
    lists.push({ list, type });
  }
  return (lists[indent] as { list: ListNode }).list;
}

function blockElement(block: Exclude<Block, { type: 'list-item' }>): ElementNode {
  const element =
    block.type === 'heading' ? $createHeadingNode(block.level === 2 ? 'h2' : 'h3') : block.type === 'quote' ? $createQuoteNode() : $createParagraphNode();
  appendRuns(element, block.children);
  return element;
}

/** Appends runs (already normal) to a block: text, line breaks, links grouping runs by href. */
function appendRuns(block: ElementNode, runs: readonly Inline[]): void {
  let link: LinkNode | null = null;
  for (const run of runs) {
    let target: ElementNode = block;
    if (run.href !== undefined) {
      if (!link || link.getURL() !== run.href) {
        link = $createLinkNode(run.href);
        block.append(link);
      }
      target = link;
    } else {
      link = null;
    }
    for (const piece of run.text.split(/(\n)/)) {
      if (piece === '\n') target.append($createLineBreakNode());
      else if (piece !== '') {
        const text = $createTextNode(piece);
        if (run.bold) text.toggleFormat('bold');
        if (run.italic) text.toggleFormat('italic');
        target.append(text);
      }
    }
  }
}

/** The Doc shown by an editor state. Pure and total: never throws, always a valid normal Doc. */
export function lexicalToDoc(state: EditorState): Doc {
  return state.read($lexicalToDoc);
}

/** The Doc of the active editor state. Call inside `editor.read`/`update`. */
export function $lexicalToDoc(): Doc {
  const blocks: Block[] = [];
  collectBlocks($getRoot(), 'paragraph', blocks);
  return normalizeDoc({ blocks });
}

type Plain = 'paragraph' | 'quote';

/** Walks block-level children of `parent`; inline children become a block of type `as`. */
function collectBlocks(parent: ElementNode, as: Plain, out: Block[]): void {
  let pending: LexicalNode[] = [];
  const flush = () => {
    if (pending.length > 0) out.push({ type: as, children: runsOf(pending) });
    pending = [];
  };
  for (const node of parent.getChildren()) {
    if (!$isElementNode(node) || node.isInline()) {
      pending.push(node);
      continue;
    }
    flush();
    if ($isListNode(node)) collectList(node, 0, out);
    else if ($isHeadingNode(node)) pushBlock(node, out, (children) => ({ type: 'heading', level: node.getTag() === 'h1' || node.getTag() === 'h2' ? 2 : 3, children }));
    else if ($isQuoteNode(node)) pushBlock(node, out, (children) => ({ type: 'quote', children }), 'quote');
    else pushBlock(node, out, (children) => ({ type: as, children }), as);
  }
  flush();
}

/** A block element: its inline content makes one block; nested blocks (if any) follow it. */
function pushBlock(node: ElementNode, out: Block[], make: (children: Inline[]) => Block, nested: Plain = 'paragraph'): void {
  const children = node.getChildren();
  if (children.every((c) => !$isElementNode(c) || c.isInline())) {
    out.push(make(runsOf(children)));
    return;
  }
  collectBlocks(node, nested, out);
}

function collectList(list: ListNode, depth: number, out: Block[]): void {
  const type = list.getListType() === 'number' ? 'number' : 'bullet';
  const indent = Math.min(depth, 6);
  for (const child of list.getChildren()) {
    const children = $isElementNode(child) && !child.isInline() ? child.getChildren() : [child];
    const inline = children.filter((c) => !$isElementNode(c) || c.isInline());
    // A list item holding only a nested list is Lexical's wrapper, not an item of its own.
    const isWrapper = $isListItemNode(child) && inline.length === 0 && children.length > 0;
    if (!isWrapper) out.push({ type: 'list-item', list: type, indent, children: runsOf(inline) });
    for (const c of children) {
      if ($isListNode(c)) collectList(c, depth + 1, out);
      else if ($isElementNode(c) && !c.isInline()) {
        const sub: Block[] = [];
        collectBlocks(c, 'paragraph', sub);
        for (const b of sub) out.push({ type: 'list-item', list: type, indent, children: b.children });
      }
    }
  }
}

function runsOf(nodes: readonly LexicalNode[]): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes) collectRuns(node, undefined, runs);
  return runs;
}

function collectRuns(node: LexicalNode, href: string | undefined, runs: Inline[]): void {
  if ($isLineBreakNode(node)) pushRun(runs, makeRun('\n', false, false, href));
  else if ($isTextNode(node)) pushRun(runs, makeRun(node.getTextContent(), node.hasFormat('bold'), node.hasFormat('italic'), href));
  else if ($isElementNode(node)) {
    const own = $isLinkNode(node) && isAllowedHref(node.getURL()) ? node.getURL() : href;
    for (const child of node.getChildren()) collectRuns(child, own, runs);
  } else {
    // Decorators and unknown leaves: keep what a reader would see.
    pushRun(runs, makeRun(node.getTextContent(), false, false, href));
  }
}
