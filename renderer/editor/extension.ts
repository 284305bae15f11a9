import { HistoryExtension } from '@lexical/history';
import { LinkExtension } from '@lexical/link';
import { ListExtension } from '@lexical/list';
import { RichTextExtension } from '@lexical/rich-text';
import { configExtension, defineExtension, type LexicalEditor } from 'lexical';
import type { Doc } from '../../shared/domain';
import { $docToLexical } from './convert';
import { registerDocShape } from './docShape';
import { isAllowedHref } from './links';
import { EDITOR_NODES, EDITOR_THEME } from './nodes';

/** Keeps the content within what a Doc can hold (see docShape.ts), from the first update on. */
const DocShapeExtension = defineExtension({
  name: '@galley/editor/DocShape',
  register: (editor: LexicalEditor) => registerDocShape(editor),
});

/**
 * The body editor's Lexical configuration, built once per mounted editor. Lexical 0.52's
 * extension API replaces the deprecated LexicalComposer: rich text, history (undo/redo), lists
 * and links (only http(s)/mailto accepted, also for pasted URLs) come as extensions.
 * `initialDoc` is loaded without an undo entry (Lexical tags the initial update history-merge).
 * `onError` receives errors Lexical recovered from by rolling back the failed update.
 */
export function bodyEditorExtension(initialDoc: Doc, editable: boolean, onError: (error: Error) => void) {
  return defineExtension({
    name: '@galley/editor/Body',
    namespace: 'galley-body',
    nodes: () => [...EDITOR_NODES],
    theme: EDITOR_THEME,
    editable,
    onError,
    dependencies: [RichTextExtension, HistoryExtension, ListExtension, configExtension(LinkExtension, { validateUrl: isAllowedHref }), DocShapeExtension],
    $initialEditorState: () => $docToLexical(initialDoc),
  });
}
