import { docStats, type Doc } from '../../shared/domain';
import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { lexicalToDoc } from './convert';
import { normalizeDoc } from './normalForm';

export interface DocStats {
  words: number;
  characters: number;
}

/**
 * Converts the editor's content to a Doc after every content change and reports it when it
 * differs from the last one reported (or loaded): selection moves, format toggles on an empty
 * caret and no-op edits do not call `onChange`. `lastGood` always holds the latest Doc, so the
 * error boundary can reload the editor without losing a keystroke. Returns the text statistics.
 */
export function useDocChanges(editor: LexicalEditor, initialDoc: Doc, onChange: (doc: Doc) => void, lastGood: { current: Doc }): DocStats {
  const [stats, setStats] = useState<DocStats>(() => docStats(initialDoc));
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const lastJson = useRef<string | null>(null);

  useEffect(() => {
    if (lastJson.current === null) lastJson.current = JSON.stringify(normalizeDoc(initialDoc));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const doc = lexicalToDoc(editorState);
      const json = JSON.stringify(doc);
      if (json === lastJson.current) return;
      lastJson.current = json;
      lastGood.current = doc;
      setStats(docStats(doc));
      onChangeRef.current(doc);
    });
  }, [editor, initialDoc, lastGood]);

  return stats;
}
