import { $getListDepth, $isListItemNode, $isListNode } from '@lexical/list';
import {
  $findMatchingParent,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  IS_APPLE,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  mergeRegister,
  OUTDENT_CONTENT_COMMAND,
  type LexicalEditor,
} from 'lexical';

/** The deepest list nesting a Doc holds (list-item indent 0..6). */
export const MAX_LIST_INDENT = 6;

export interface EditorKeyHandlers {
  link(): void;
  find(mode: 'find' | 'replace'): void;
}

/**
 * Keyboard behaviour of the body editor beyond Lexical's rich-text defaults:
 * - Ctrl/Cmd+K opens the link form, Ctrl/Cmd+F and Ctrl/Cmd+H open find / replace; the event is
 *   stopped so the app-wide shortcuts (Ctrl+K = focus search) do not fire as well;
 * - Tab / Shift+Tab indent and outdent list items (up to MAX_LIST_INDENT); elsewhere, and at the
 *   outer limits (Shift+Tab on a top-level item, Tab at the deepest level), Tab keeps its usual
 *   meaning (next / previous control), so keyboard users are never trapped in the editor;
 * - formats a Doc cannot hold (Ctrl+U underline, code, strikethrough…) are refused outright.
 * Returns the unregister function.
 */
export function registerEditorKeys(editor: LexicalEditor, handlers: EditorKeyHandlers): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
        if (!mod || event.altKey) return false;
        const key = event.key.toLowerCase();
        const action = key === 'k' && !event.shiftKey ? handlers.link : key === 'f' && !event.shiftKey ? () => handlers.find('find') : key === 'h' && !event.shiftKey ? () => handlers.find('replace') : null;
        if (!action) return false;
        event.preventDefault();
        event.stopPropagation();
        action();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        const item = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
        const list = item?.getParent();
        if (!item || !$isListNode(list)) return false;
        // At the outer limits the key keeps its usual meaning, so focus can always leave the editor.
        const indent = $getListDepth(list) - 1;
        if (event.shiftKey ? indent === 0 : indent >= MAX_LIST_INDENT) return false;
        event.preventDefault();
        return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}
