import { memo, useCallback, useState } from 'react';
import type { Doc, Language } from '../../../shared/domain';
import { BodyEditor, type TypoStore } from '../../editor';
import type { DraftController } from './draftController';

interface BodyPaneProps {
  controller: DraftController;
  lang: Language;
  ariaLabel: string;
  /** The release's typography suggestions (shared with the side panel). */
  typography: TypoStore;
  onHyphenation: () => void;
}

/**
 * The body editor, fed once per mount: the editor owns its state while the user types, so
 * keystrokes do not re-render it from the draft. The parent remounts it (a new `key`) when the
 * draft is replaced from outside (reload, restore).
 */
export const BodyPane = memo(function BodyPane({ controller, lang, ariaLabel, typography, onHyphenation }: BodyPaneProps) {
  const [initialDoc] = useState(() => controller.getSnapshot().draft.body);
  const onChange = useCallback((body: Doc) => controller.edit({ body }), [controller]);
  return (
    <div className="release-paper" data-testid="body-editor">
      <BodyEditor initialDoc={initialDoc} onChange={onChange} lang={lang} ariaLabel={ariaLabel} typography={typography} onHyphenation={onHyphenation} />
    </div>
  );
});
