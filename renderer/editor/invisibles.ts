import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $domRange, paint } from './find/highlight';
import { $collectTextBlocks } from './find/lexicalText';

export type InvisibleKind = 'nbsp' | 'nnbsp' | 'shy';

/** Highlight names, styled by `::highlight(…)` in editor.css. */
export const INVISIBLE_HIGHLIGHTS: Readonly<Record<InvisibleKind, string>> = {
  nbsp: 'galley-nbsp',
  nnbsp: 'galley-nnbsp',
  shy: 'galley-shy',
};

const KINDS: Readonly<Record<string, InvisibleKind>> = { '\u00A0': 'nbsp', '\u202F': 'nnbsp', '\u00AD': 'shy' };

/**
 * Where the invisible typographic characters are in a text. A soft hyphen has no width, so its
 * span also covers the character before it, which gives the mark something to underline. Pure.
 */
export function invisibleSpans(text: string): Array<{ kind: InvisibleKind; start: number; end: number }> {
  const spans: Array<{ kind: InvisibleKind; start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const kind = KINDS[text[i] ?? ''];
    if (!kind) continue;
    const start = kind === 'shy' && i > 0 && text[i - 1] !== '\n' ? i - 1 : i;
    spans.push({ kind, start, end: i + 1 });
  }
  return spans;
}

/**
 * Shows no-break spaces, narrow no-break spaces and soft hyphens while `visible`, as highlights
 * over the text (nothing is inserted into the document), kept in step with every edit.
 */
export function useInvisibles(editor: LexicalEditor, visible: boolean): void {
  useEffect(() => {
    const clear = () => Object.values(INVISIBLE_HIGHLIGHTS).forEach((name) => paint(name, []));
    if (!visible) {
      clear();
      return;
    }
    const repaint = () =>
      editor.getEditorState().read(
        () => {
          const ranges: Record<InvisibleKind, Range[]> = { nbsp: [], nnbsp: [], shy: [] };
          for (const block of $collectTextBlocks()) {
            for (const span of invisibleSpans(block.text)) {
              const range = $domRange(editor, block, span.start, span.end);
              if (range) ranges[span.kind].push(range);
            }
          }
          for (const kind of Object.keys(ranges) as InvisibleKind[]) paint(INVISIBLE_HIGHLIGHTS[kind], ranges[kind]);
        },
        { editor },
      );
    repaint();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) repaint();
    });
    return () => {
      unregister();
      clear();
    };
  }, [editor, visible]);
}
