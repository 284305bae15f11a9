import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';

/**
 * The Lexical nodes of the body editor: exactly what a Doc can hold (paragraph, heading, quote,
 * list, link). Registering nothing else means pasted tables, code or images arrive as the closest
 * of these (Lexical only creates registered nodes), which keeps the editor a faithful view.
 * Shared by the editor and by the headless tests.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];

/** Class names Lexical puts on the DOM it renders; styled in editor.css. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'ge-p',
  heading: { h1: 'ge-h2', h2: 'ge-h2', h3: 'ge-h3', h4: 'ge-h3', h5: 'ge-h3', h6: 'ge-h3' },
  quote: 'ge-quote',
  list: {
    ul: 'ge-ul',
    ol: 'ge-ol',
    listitem: 'ge-li',
    nested: { listitem: 'ge-li-nested' },
  },
  link: 'ge-link',
  text: { bold: 'ge-bold', italic: 'ge-italic' },
};
