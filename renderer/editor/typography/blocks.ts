// The body's text blocks with their kind, rebuilt only where Lexical says something changed.
import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import type { BlockKind } from '../../../shared/pipeline/typography';
import { blockOf, type TextBlock } from '../find/lexicalText';

/** A text block and what kind of block the typography rules should see. */
export interface KindedBlock {
  block: TextBlock;
  kind: BlockKind;
}

/** The typography block kind of a Lexical block element (TYPOGRAPHY.md: structure-aware rules). */
export function blockKindOf(type: string): BlockKind {
  if (type === 'heading') return 'heading';
  if (type === 'quote') return 'quote';
  if (type === 'listitem') return 'list-item';
  return 'paragraph';
}

/**
 * The text blocks in reading order (as find's $collectTextBlocks), reusing `known` blocks whose
 * key is not in `dirty` (pass null to rebuild every block). Call inside `editor.read`.
 */
export function $typoBlocks(known: ReadonlyMap<string, KindedBlock>, dirty: ReadonlyMap<string, unknown> | null): KindedBlock[] {
  const out: KindedBlock[] = [];
  const visit = (element: ElementNode) => {
    const children = element.getChildren();
    const inline = children.filter((c) => !$isElementNode(c) || c.isInline());
    if (inline.length > 0 || children.length === 0) {
      const key = element.getKey();
      const reuse = dirty !== null && !dirty.has(key) ? known.get(key) : undefined;
      out.push(reuse ?? { block: blockOf(element, inline), kind: blockKindOf(element.getType()) });
    }
    for (const child of children) if ($isElementNode(child) && !child.isInline()) visit(child);
  };
  for (const child of $getRoot().getChildren()) if ($isElementNode(child)) visit(child);
  return out;
}

/** The text block of one block element, read now. Call inside `editor.read`/`update`. */
export function $textBlockOf(element: ElementNode): TextBlock {
  return blockOf(element, element.getChildren().filter((c) => !$isElementNode(c) || c.isInline()));
}
