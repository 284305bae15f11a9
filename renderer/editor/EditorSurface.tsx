import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Doc } from '../../shared/domain';
import { useCommands } from '../app/commands';
import { useI18n } from '../i18n/I18nProvider';
import { registerEditorKeys } from './editorKeys';
import { FindBar } from './find/FindBar';
import { paint } from './find/highlight';
import { useFind } from './find/useFind';
import { useInvisibles } from './invisibles';
import { StatusLine } from './StatusLine';
import { applyLink, removeLink } from './toolbar/actions';
import { LinkForm } from './toolbar/LinkForm';
import { Toolbar } from './toolbar/Toolbar';
import { useSelectionState } from './toolbar/useSelectionState';
import { useDocChanges } from './useDocChanges';
import { InvisiblesLegend } from './typography/InvisiblesLegend';
import type { TypoStore } from './typography/store';
import { SuggestionPopover } from './typography/SuggestionPopover';
import { useBodyTypography } from './typography/useBodyTypography';
import './typography/typography.css';

const LINK_TARGET = 'galley-link-target';

interface Props {
  initialDoc: Doc;
  onChange: (doc: Doc) => void;
  lang: 'fr' | 'en' | 'es';
  ariaLabel: string;
  readOnly: boolean;
  recovered: boolean;
  lastGood: { current: Doc };
  typography: TypoStore | null;
  onHyphenation?: () => void;
}

/** Everything inside the Lexical composer: toolbar, link form, find bar, the text, the status line. */
export function EditorSurface({ initialDoc, onChange, lang, ariaLabel, readOnly, recovered, lastGood, typography, onHyphenation }: Props) {
  const { t } = useI18n();
  const [editor] = useLexicalComposerContext();
  // Registered first: suggestions follow a keystroke before the Doc conversion for the draft.
  const typo = useBodyTypography(editor, typography);
  const stats = useDocChanges(editor, initialDoc, onChange, lastGood);
  const toolbar = useSelectionState(editor);
  const find = useFind(editor, lang);
  const [linkOpen, setLinkOpen] = useState(false);
  const [invisibles, setInvisibles] = useState(false);
  useInvisibles(editor, invisibles);

  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);

  // Keyboard handlers see the latest find/readOnly through a ref, so they register once.
  const latest = useRef({ find, readOnly });
  useEffect(() => {
    latest.current = { find, readOnly };
  });
  useCommands({ find: () => find.open('find'), replace: () => find.open(readOnly ? 'find' : 'replace') });

  // While the link form has the focus, keep showing which text the link will apply to.
  const openLink = useCallback(() => {
    if (latest.current.readOnly) return;
    const selection = document.getSelection();
    const root = editor.getRootElement();
    const showsTarget = selection && selection.rangeCount > 0 && !selection.isCollapsed && root?.contains(selection.anchorNode);
    paint(LINK_TARGET, showsTarget ? [selection.getRangeAt(0).cloneRange()] : []);
    setLinkOpen(true);
  }, [editor]);
  useEffect(() => {
    if (!linkOpen) paint(LINK_TARGET, []);
  }, [linkOpen]);
  useEffect(() => () => paint(LINK_TARGET, []), []);

  useEffect(
    () =>
      registerEditorKeys(editor, {
        link: openLink,
        find: (mode) => latest.current.find.open(mode),
      }),
    [editor, openLink],
  );
  const closeLink = () => {
    setLinkOpen(false);
    editor.focus();
  };

  return (
    <div className="ge-editor" data-testid="editor-root">
      <div className="ge-head">
        <Toolbar
          editor={editor}
          state={toolbar}
          readOnly={readOnly}
          linkOpen={linkOpen}
          onLink={() => (linkOpen ? setLinkOpen(false) : openLink())}
          onFind={() => find.open('find')}
          invisibles={invisibles}
          onToggleInvisibles={() => setInvisibles((v) => !v)}
          {...(onHyphenation ? { onHyphenation } : {})}
        />
        {linkOpen && !readOnly && (
          <LinkForm
            current={toolbar.link}
            onApply={(href) => {
              applyLink(editor, href);
              closeLink();
            }}
            onRemove={() => {
              removeLink(editor);
              closeLink();
            }}
            onCancel={closeLink}
          />
        )}
        {find.mode !== null && <FindBar find={find} readOnly={readOnly} />}
        {invisibles && <InvisiblesLegend />}
      </div>
      <div className="ge-scroll">
        <div className="ge-page">
          <ContentEditable
            className="ge-content"
            lang={lang}
            spellCheck
            ariaLabel={ariaLabel}
            ariaMultiline
            aria-placeholder={t('editor.placeholder')}
            placeholder={(editable) => (editable ? <div className="ge-placeholder">{t('editor.placeholder')}</div> : null)}
            data-testid="editor-content"
          />
        </div>
      </div>
      <StatusLine stats={stats} readOnly={readOnly} recovered={recovered} hint={typo.atCaret ? t('editor.typo.caretHint', { message: typo.atCaret.message }) : null} />
      <SuggestionPopover typo={typo} readOnly={readOnly} />
    </div>
  );
}
