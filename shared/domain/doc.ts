import { z } from 'zod';

/**
 * The body of a release: a flat list of blocks with inline runs. It is the storage format;
 * the editor (Lexical) is a view of it (renderer/editor/convert.ts).
 */
export const Inline = z.object({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  /** Link target; only http(s): and mailto: are kept. */
  href: z.string().max(2048).optional(),
});
export type Inline = z.infer<typeof Inline>;

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: z.array(Inline) }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), children: z.array(Inline) }),
  z.object({ type: z.literal('quote'), children: z.array(Inline) }),
  z.object({
    type: z.literal('list-item'),
    list: z.enum(['bullet', 'number']),
    /** Nesting depth, 0 for a top-level item. */
    indent: z.number().int().min(0).max(6).default(0),
    children: z.array(Inline),
  }),
]);
export type Block = z.infer<typeof Block>;
export type BlockType = Block['type'];

export const Doc = z.object({ blocks: z.array(Block) });
export type Doc = z.infer<typeof Doc>;

export const emptyDoc = (): Doc => ({ blocks: [] });

/** A document of plain paragraphs, one block per string. */
export function docFromParagraphs(paragraphs: readonly string[]): Doc {
  return { blocks: paragraphs.map((text) => ({ type: 'paragraph', children: text ? [{ text }] : [] })) };
}

export function blockText(block: Block): string {
  return block.children.map((c) => c.text).join('');
}

/** Plain text of a document: blocks separated by a blank line. */
export function docToPlainText(doc: Doc): string {
  return doc.blocks.map(blockText).join('\n\n');
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/** Word and character counts as a reader would count them (characters exclude line breaks). */
export function textStats(text: string): { words: number; characters: number } {
  const words = text.match(WORD)?.length ?? 0;
  const characters = [...text.replace(/\n/g, '')].length;
  return { words, characters };
}

export function docStats(doc: Doc): { words: number; characters: number } {
  return doc.blocks.reduce(
    (acc, b) => {
      const s = textStats(blockText(b));
      return { words: acc.words + s.words, characters: acc.characters + s.characters };
    },
    { words: 0, characters: 0 },
  );
}
