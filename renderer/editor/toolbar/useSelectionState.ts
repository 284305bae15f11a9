import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $readSelectionState, NO_SELECTION, type SelectionState } from './selectionState';

export interface ToolbarState extends SelectionState {
  canUndo: boolean;
  canRedo: boolean;
}

function same(a: SelectionState, b: SelectionState): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.hasSelection === b.hasSelection;
}

/** The toolbar's view of the editor: selection state after every update, undo/redo availability. */
export function useSelectionState(editor: LexicalEditor): ToolbarState {
  const [selection, setSelection] = useState<SelectionState>(NO_SELECTION);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionState, { editor });
          // Keep the previous object when nothing changed, so the toolbar does not re-render per keystroke.
          setSelection((prev) => (same(prev, next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (payload) => (setCanUndo(payload), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (payload) => (setCanRedo(payload), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  return { ...selection, canUndo, canRedo };
}
