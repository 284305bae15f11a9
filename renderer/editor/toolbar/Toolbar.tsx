import { FORMAT_TEXT_COMMAND, IS_APPLE, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import type { KeyboardEvent, ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { BulletListIcon, LinkIcon, NumberListIcon, PilcrowIcon, RedoIcon, SearchIcon, UndoIcon } from '../icons';
import { titled } from '../keys';
import { HyphenationIcon } from '../typography/HyphenationIcon';
import { setBlockKind } from './actions';
import type { BlockKind } from './selectionState';
import type { ToolbarState } from './useSelectionState';

interface Props {
  editor: LexicalEditor;
  state: ToolbarState;
  readOnly: boolean;
  linkOpen: boolean;
  onLink(): void;
  onFind(): void;
  invisibles: boolean;
  onToggleInvisibles(): void;
  /** Opens the hyphenation preview; no button without it. */
  onHyphenation?: () => void;
}

/** Left/Right arrows move between toolbar controls (WAI-ARIA toolbar), Tab still visits each. */
function onArrows(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  if (event.target instanceof HTMLSelectElement) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), select:not(:disabled)')];
  const at = controls.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  controls[(at + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length]?.focus();
}

function ToolButton(props: { label: string; title: string; pressed?: boolean; disabled?: boolean; onClick(): void; testId: string; children: ReactNode; expanded?: boolean }) {
  return (
    <button
      type="button"
      className="ge-tool"
      aria-label={props.label}
      title={props.title}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      disabled={props.disabled}
      data-testid={props.testId}
      // Keep the editor's selection: a mouse press on a toolbar button must not blur the text.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** The formatting toolbar; every control is labelled and shows its shortcut in its title. */
export function Toolbar({ editor, state, readOnly, linkOpen, onLink, onFind, invisibles, onToggleInvisibles, onHyphenation }: Props) {
  const { t } = useI18n();
  const off = readOnly;
  const inList = state.block === 'bullet' || state.block === 'number';
  const setKind = (kind: BlockKind) => {
    setBlockKind(editor, kind, state.block);
    editor.focus();
  };
  const redoKeys = IS_APPLE ? [['mod', 'shift', 'z']] : [['mod', 'shift', 'z'], ['mod', 'y']];

  return (
    <div className="ge-toolbar" role="toolbar" aria-label={t('editor.toolbar')} onKeyDown={onArrows} data-testid="editor-toolbar">
      <select
        className="ge-block-select"
        aria-label={t('editor.block')}
        title={t('editor.block')}
        value={inList ? 'list' : state.block}
        disabled={off}
        data-testid="editor-block-type"
        onChange={(e) => setKind(e.target.value as BlockKind)}
      >
        <option value="paragraph">{t('editor.block.paragraph')}</option>
        <option value="h2">{t('editor.block.h2')}</option>
        <option value="h3">{t('editor.block.h3')}</option>
        <option value="quote">{t('editor.block.quote')}</option>
        {inList && (
          <option value="list" disabled>
            {t('editor.block.list')}
          </option>
        )}
      </select>
      <span className="ge-sep" aria-hidden="true" />
      <ToolButton label={t('editor.list.bullet')} title={t('editor.list.bullet')} pressed={state.block === 'bullet'} disabled={off} onClick={() => setKind('bullet')} testId="editor-bullet-list">
        <BulletListIcon />
      </ToolButton>
      <ToolButton label={t('editor.list.number')} title={t('editor.list.number')} pressed={state.block === 'number'} disabled={off} onClick={() => setKind('number')} testId="editor-number-list">
        <NumberListIcon />
      </ToolButton>
      <span className="ge-sep" aria-hidden="true" />
      <ToolButton label={t('editor.bold')} title={titled(t, t('editor.bold'), ['mod', 'b'])} pressed={state.bold} disabled={off} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} testId="editor-bold">
        <b className="ge-glyph">B</b>
      </ToolButton>
      <ToolButton label={t('editor.italic')} title={titled(t, t('editor.italic'), ['mod', 'i'])} pressed={state.italic} disabled={off} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} testId="editor-italic">
        <i className="ge-glyph">I</i>
      </ToolButton>
      <ToolButton label={t('editor.link')} title={titled(t, t('editor.link'), ['mod', 'k'])} pressed={state.link !== null} expanded={linkOpen} disabled={off} onClick={onLink} testId="editor-link">
        <LinkIcon />
      </ToolButton>
      <span className="ge-sep" aria-hidden="true" />
      <ToolButton label={t('editor.undo')} title={titled(t, t('editor.undo'), ['mod', 'z'])} disabled={readOnly || !state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} testId="editor-undo">
        <UndoIcon />
      </ToolButton>
      <ToolButton label={t('editor.redo')} title={titled(t, t('editor.redo'), ...redoKeys)} disabled={readOnly || !state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} testId="editor-redo">
        <RedoIcon />
      </ToolButton>
      <span className="ge-spacer" />
      <ToolButton label={t('editor.invisibles')} title={t('editor.invisibles')} pressed={invisibles} onClick={onToggleInvisibles} testId="editor-invisibles">
        <PilcrowIcon />
      </ToolButton>
      {onHyphenation && (
        <ToolButton label={t('editor.typo.hyphenation')} title={t('editor.typo.hyphenation')} onClick={onHyphenation} testId="hyphenation-preview-open">
          <HyphenationIcon />
        </ToolButton>
      )}
      <ToolButton label={t('editor.find')} title={titled(t, t('editor.find'), ['mod', 'f'])} onClick={onFind} testId="editor-find">
        <SearchIcon />
      </ToolButton>
    </div>
  );
}
