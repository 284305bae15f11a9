import type { Block, Doc, Inline } from '../../shared/domain/doc';
import { isAllowedHref } from './links';

/**
 * The normal form of a Doc: what the editor gives back for it. `lexicalToDoc(docToLexical(d))`
 * equals `normalizeDoc(d)` for every valid Doc, and is `d` itself when `d` is already normal.
 *
 * Rules (each one is a choice the editor cannot avoid, written down once):
 * - runs hold only the marks that are set (`bold: true`, never `bold: false`/`undefined`);
 * - an href that is not http(s): or mailto: (or is longer than 2048) is dropped, the text stays;
 * - a line break `\n` is a run of its own without bold/italic (a break has no glyph to style;
 *   Lexical holds it as a LineBreakNode, which has no format), but inside a link it keeps the href;
 * - empty runs are dropped and adjacent runs with the same marks are merged;
 * - a document made of one empty paragraph is the empty document (the editor always shows one
 *   paragraph to type in).
 */
export function normalizeDoc(doc: Doc): Doc {
  const blocks = doc.blocks.map(normalizeBlock);
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === 'paragraph' && only.children.length === 0) return { blocks: [] };
  return { blocks };
}

function normalizeBlock(block: Block): Block {
  const children = normalizeRuns(block.children);
  switch (block.type) {
    case 'heading':
      return { type: 'heading', level: block.level, children };
    case 'list-item':
      return { type: 'list-item', list: block.list, indent: Math.min(6, Math.max(0, block.indent)), children };
    default:
      return { type: block.type, children };
  }
}

/** Builds a run with only the marks that are set, in a stable key order. */
export function makeRun(text: string, bold: boolean, italic: boolean, href: string | undefined): Inline {
  const run: Inline = { text };
  if (bold) run.bold = true;
  if (italic) run.italic = true;
  if (href !== undefined) run.href = href;
  return run;
}

/** True when two runs carry the same marks (so they may be merged). */
export function sameMarks(a: Inline, b: Inline): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && a.href === b.href;
}

/** Appends `run` to `runs`, merging it into the last run when the marks match; skips empty text. */
export function pushRun(runs: Inline[], run: Inline): void {
  if (run.text === '') return;
  const last = runs[runs.length - 1];
  if (last && sameMarks(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
  else runs.push(run);
}

function normalizeRuns(children: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const child of children) {
    const href = child.href !== undefined && isAllowedHref(child.href) ? child.href : undefined;
    for (const piece of child.text.split(/(\n)/)) {
      const isBreak = piece === '\n';
      pushRun(out, makeRun(piece, !isBreak && child.bold === true, !isBreak && child.italic === true, href));
    }
  }
  return out;
}
