import { useCallback, useEffect, useRef, useState } from 'react';
import { blockText, type Release, type ReleaseStatus, type Theme } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useCommands } from '../../app/commands';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { useExport } from '../export/useExport';
import { HyphenationPreview } from '../typography/HyphenationPreview';
import { TypographyPanel } from '../typography/TypographyPanel';
import { useTypography } from '../typography/useTypography';
import { BodyPane } from './BodyPane';
import { DraftBanners } from './DraftBanners';
import { HistoryPanel } from './HistoryPanel';
import { MetadataPanel } from './MetadataPanel';
import { OriginalDialog } from './OriginalDialog';
import type { DraftFields } from './patch';
import { ReleaseHeader } from './ReleaseHeader';
import { useReleaseDraft } from './useReleaseDraft';

/** The open release: header, banners, body editor in the centre, fields in the side column. */
export function ReleaseWorkspace({ release, taxonomy, onBack }: { release: Release; taxonomy: Theme[]; onBack: () => void }) {
  const { t } = useI18n();
  const { notify, reportError, settings } = useApp();
  const { snapshot, controller } = useReleaseDraft(release);
  const { draft } = snapshot;
  const [historyOpen, setHistoryOpen] = useState(false);
  const [originalOpen, setOriginalOpen] = useState(false);
  const [typoOpen, setTypoOpen] = useState(false);
  const [hyphenationOpen, setHyphenationOpen] = useState(false);
  const typo = useTypography(release.id, draft.language, draft.meta, controller);
  const root = useRef<HTMLElement>(null);
  const closeHistory = useCallback(() => {
    setHistoryOpen(false);
    // Back to where the history was opened from, for keyboard users.
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('[data-testid="history-button"]')?.focus());
  }, []);

  const openHyphenation = useCallback(() => setHyphenationOpen(true), []);
  const toggleTypo = useCallback(() => setTypoOpen((open) => !open), []);
  const closeTypo = useCallback(() => {
    setTypoOpen(false);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('[data-testid="typo-panel-toggle"]')?.focus());
  }, []);
  // F7 opens and closes the typography panel (as a word processor's proofing pane).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.key !== 'F7' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      e.preventDefault();
      toggleTypo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleTypo]);

  const edit = useCallback((change: Partial<DraftFields> | ((d: DraftFields) => Partial<DraftFields>)) => controller.edit(change), [controller]);
  const exporter = useExport({ id: release.id, flush: () => controller.flush('save'), after: () => void controller.refresh() });

  useEffect(() => {
    if (snapshot.recovered && snapshot.state !== 'conflict') notify(t('release.recovered'), 'info');
    // Only once, when the view opens with edits recovered from an earlier session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useCommands({
    history: () => (historyOpen ? closeHistory() : setHistoryOpen(true)),
    'view-original': () => setOriginalOpen(true),
    'typography-panel': toggleTypo,
  });

  const restore = useCallback(
    async (revision: number): Promise<boolean> => {
      if (!(await controller.flush('save'))) {
        notify(t('release.restore.notSaved'), 'error');
        return false;
      }
      try {
        const restored = await getClient().call('revisions.restore', {
          releaseId: release.id,
          revision,
          baseRevision: controller.getSnapshot().release.revision,
        });
        controller.replace(restored);
        setHistoryOpen(false);
        notify(t('release.restore.done', { n: revision }), 'success');
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [controller, release.id, notify, reportError, t],
  );

  return (
    <section ref={root} className="release-view" data-testid="release-view" data-release-id={release.id}>
      <ReleaseHeader
        title={draft.meta.title}
        revision={snapshot.release.revision}
        status={draft.status}
        saveState={snapshot.state}
        historyOpen={historyOpen}
        exportBusy={exporter.busy}
        onBack={onBack}
        onStatus={(status: ReleaseStatus) => edit({ status })}
        onRetry={() => void controller.save('save')}
        onHistory={() => (historyOpen ? closeHistory() : setHistoryOpen(true))}
        onOriginal={() => setOriginalOpen(true)}
        onExport={exporter.run}
        typoOpen={typoOpen}
        typoCount={typo.snapshot.ready ? typo.snapshot.items.length : null}
        onTypography={() => (typoOpen ? closeTypo() : setTypoOpen(true))}
      />
      <DraftBanners snapshot={snapshot} controller={controller} />
      {historyOpen && (
        <HistoryPanel
          releaseId={release.id}
          currentRevision={snapshot.release.revision}
          draft={draft}
          taxonomy={taxonomy}
          onRestore={restore}
          onClose={closeHistory}
        />
      )}
      {/* Kept mounted while the history shows, so the editor keeps its undo stack and caret. */}
      <div className="release-workspace" hidden={historyOpen}>
        <div className="release-main">
          <BodyPane key={snapshot.generation} controller={controller} lang={draft.language} ariaLabel={t('release.body')} typography={typo.store} onHyphenation={openHyphenation} />
        </div>
        {/* The fields stay mounted under the typography panel, so they keep their state. */}
        <aside className="release-side" aria-label={t('release.metaPanel')} hidden={typoOpen}>
          <MetadataPanel meta={draft.meta} language={draft.language} themes={draft.themes} contacts={draft.contacts} taxonomy={taxonomy} onEdit={edit} />
        </aside>
        {typoOpen && (
          <aside className="release-side release-typo" aria-label={t('typo.panel')}>
            <TypographyPanel store={typo.store} snapshot={typo.snapshot} readOnly={false} onClose={closeTypo} />
          </aside>
        )}
      </div>
      {originalOpen && <OriginalDialog id={release.id} onClose={() => setOriginalOpen(false)} />}
      {hyphenationOpen && (
        <HyphenationPreview
          blocks={draft.body.blocks.map((b) => ({ type: b.type, text: blockText(b) }))}
          lang={draft.language}
          exceptions={settings.typography.hyphenationExceptions}
          onClose={() => setHyphenationOpen(false)}
        />
      )}
    </section>
  );
}
