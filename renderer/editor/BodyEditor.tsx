import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { useRef, useState } from 'react';
import type { Doc } from '../../shared/domain';
import { EditorErrorBoundary } from './EditorErrorBoundary';
import { EditorSurface } from './EditorSurface';
import { bodyEditorExtension } from './extension';
import type { TypoStore } from './typography/store';
import './editor.css';

export interface BodyEditorProps {
  /** The document to show. Read once: to load another one, remount with a new React `key`. */
  initialDoc: Doc;
  /** Called with the whole Doc after each content change (not on selection moves). */
  onChange: (doc: Doc) => void;
  /** Language of the release: sets `lang` on the text (spell checker, hyphenation) and find defaults. */
  lang: 'fr' | 'en' | 'es';
  ariaLabel: string;
  readOnly?: boolean;
  /** Typography suggestions of the release (underlined, explained, applied); none without. */
  typography?: TypoStore;
  /** Opens the hyphenation preview of the body (a toolbar button); no button without it. */
  onHyphenation?: () => void;
}

/**
 * The body editor of a release: a Lexical rich-text view of a Doc with a formatting toolbar,
 * find and replace, invisible-character display and word/character counts. If the editor ever
 * crashes, the last good Doc is kept and the editor can be reloaded from it.
 */
export function BodyEditor(props: BodyEditorProps) {
  const lastGood = useRef<Doc>(props.initialDoc);
  const [session, setSession] = useState({ doc: props.initialDoc, generation: 0 });
  return (
    <EditorErrorBoundary onReload={() => setSession((s) => ({ doc: lastGood.current, generation: s.generation + 1 }))}>
      <EditorSession key={session.generation} {...props} initialDoc={session.doc} lastGood={lastGood} />
    </EditorErrorBoundary>
  );
}

function EditorSession(props: BodyEditorProps & { lastGood: { current: Doc } }) {
  const [recovered, setRecovered] = useState(false);
  // Built once per session (a new extension object would rebuild the editor and lose the text).
  const [extension] = useState(() =>
    bodyEditorExtension(props.initialDoc, !props.readOnly, (error) => {
      // Lexical rolled the failed update back; the document stays as it was before it.
      console.error('Body editor: update failed and was rolled back', error);
      setRecovered(true);
    }),
  );
  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <EditorSurface {...props} readOnly={props.readOnly ?? false} recovered={recovered} typography={props.typography ?? null} />
    </LexicalExtensionComposer>
  );
}
