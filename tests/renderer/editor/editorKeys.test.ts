import { $getRoot, KEY_TAB_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $lexicalToDoc } from '../../../renderer/editor/convert';
import { registerEditorKeys } from '../../../renderer/editor/editorKeys';
import type { Block, Doc } from '../../../shared/domain';
import { makeEditor } from './helpers';

const item = (indent: number, text: string): Block => ({ type: 'list-item', list: 'bullet', indent, children: [{ text }] });

/** Presses Tab (or Shift+Tab) with the caret at the end of the last block; says whether the editor took it. */
function tab(editor: LexicalEditor, shiftKey = false): boolean {
  editor.update(() => $getRoot().selectEnd(), { discrete: true });
  let prevented = false;
  const event = { shiftKey, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent;
  let handled = false;
  editor.update(() => (handled = editor.dispatchCommand(KEY_TAB_COMMAND, event)), { discrete: true });
  expect(prevented).toBe(handled);
  return handled;
}

function setup(doc: Doc): LexicalEditor {
  const editor = makeEditor(doc);
  registerEditorKeys(editor, { link: () => undefined, find: () => undefined });
  return editor;
}

const indents = (editor: LexicalEditor) => editor.read($lexicalToDoc).blocks.map((b) => (b.type === 'list-item' ? b.indent : -1));

describe('Tab in the body editor', () => {
  it('indents and outdents list items', () => {
    const editor = setup({ blocks: [item(0, 'a'), item(0, 'b')] });
    expect(tab(editor)).toBe(true);
    expect(indents(editor)).toEqual([0, 1]);
    expect(tab(editor, true)).toBe(true);
    expect(indents(editor)).toEqual([0, 0]);
  });

  it('lets the focus move on at the limits: Shift+Tab at the top level, Tab at the deepest level', () => {
    expect(tab(setup({ blocks: [item(0, 'a')] }), true)).toBe(false);
    const deep = setup({ blocks: [item(0, 'a'), item(6, 'z')] });
    expect(tab(deep)).toBe(false);
    expect(indents(deep)).toEqual([0, 6]);
  });

  it('keeps its usual meaning outside lists', () => {
    expect(tab(setup({ blocks: [{ type: 'paragraph', children: [{ text: 'x' }] }] }))).toBe(false);
  });
});
