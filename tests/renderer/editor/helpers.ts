import { createHeadlessEditor } from '@lexical/headless';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { $docToLexical } from '../../../renderer/editor/convert';
import { registerDocShape } from '../../../renderer/editor/docShape';
import { EDITOR_NODES } from '../../../renderer/editor/nodes';
import type { Doc } from '../../../shared/domain';

/**
 * A headless editor configured like the body editor (same nodes, rich text, list transforms and
 * the Doc-shape transforms), so tests see what the real editor would hold.
 */
export function makeEditor(doc?: Doc): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  mergeRegister(registerRichText(editor), registerList(editor), registerDocShape(editor));
  if (doc) editor.update(() => $docToLexical(doc), { discrete: true });
  return editor;
}
