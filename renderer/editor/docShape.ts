import { $isLinkNode, LinkNode } from '@lexical/link';
import { ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { IS_BOLD, IS_ITALIC, mergeRegister, ParagraphNode, TextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { isAllowedHref } from './links';

const KEPT_FORMATS = IS_BOLD | IS_ITALIC;

/**
 * Keeps the editor's content within what a Doc can hold, as it is typed or pasted, so the editor
 * never shows something that would silently disappear on save: h1 → h2 and h4–h6 → h3,
 * check lists → bullet lists, text formats other than bold/italic and inline styles removed,
 * alignment and paragraph indentation removed, links to anything but http(s)/mailto unwrapped.
 * Transforms run inside the update that made the change, so they join its undo step.
 * Returns the unregister function.
 */
export function registerDocShape(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(HeadingNode, (node) => {
      const tag = node.getTag();
      if (tag === 'h1') node.setTag('h2');
      else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
      $plainBlock(node);
    }),
    editor.registerNodeTransform(ParagraphNode, $plainBlock),
    editor.registerNodeTransform(QuoteNode, $plainBlock),
    editor.registerNodeTransform(ListNode, (node) => {
      if (node.getListType() === 'check') node.setListType('bullet');
    }),
    editor.registerNodeTransform(TextNode, (node) => {
      const format = node.getFormat();
      if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
      if (node.getStyle() !== '') node.setStyle('');
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!$isLinkNode(node) || isAllowedHref(node.getURL())) return;
      for (const child of node.getChildren()) node.insertBefore(child);
      node.remove();
    }),
  );
}

function $plainBlock(node: ElementNode): void {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
  if (node.getStyle() !== '') node.setStyle('');
}
