import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Release, ReleaseId, RevisionSummary, Theme } from '../../../shared/domain';
import { contactText } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { buildCompareRows, countChanges, type CompareWords } from './compare';
import { CompareView } from './CompareView';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime, formatIsoDate, formatNumber } from './format';
import { draftOf, type DraftFields } from './patch';
import { pluralCategory } from './plural';

interface HistoryProps {
  releaseId: ReleaseId;
  /** The revision the draft is based on; the list reloads when it moves. */
  currentRevision: number;
  draft: DraftFields;
  taxonomy: readonly Theme[];
  onRestore: (revision: number) => Promise<boolean>;
  onClose: () => void;
}

/** Revision history: the list of snapshots, a compare of the chosen one with the draft, restore. */
export function HistoryPanel({ releaseId, currentRevision, draft, taxonomy, onRestore, onClose }: HistoryProps) {
  const { t, lang, locale } = useI18n();
  const { reportError } = useApp();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [snapshot, setSnapshot] = useState<Release | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const focusedOnce = useRef(false);

  useEffect(() => {
    let live = true;
    getClient()
      .call('revisions.list', { releaseId })
      .then((r) => live && setRevisions([...r].sort((a, b) => b.revision - a.revision)))
      .catch((e: unknown) => {
        if (live) setRevisions([]);
        reportError(e);
      });
    return () => {
      live = false;
    };
  }, [releaseId, currentRevision, reportError]);

  useEffect(() => {
    if (selected === null) return;
    let live = true;
    getClient()
      .call('revisions.get', { releaseId, revision: selected })
      .then((r) => live && setSnapshot(r))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [releaseId, selected, reportError]);

  // Opened from the keyboard (menu or shortcut): put focus on the newest revision once.
  useEffect(() => {
    if (!revisions?.length || focusedOnce.current) return;
    focusedOnce.current = true;
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [revisions]);

  const words = useMemo<CompareWords>(() => {
    const labels = new Map(taxonomy.map((th) => [th.id as string, th.labels[lang]]));
    return {
      date: (d) => (d ? formatIsoDate(d, locale) : t('release.noDate')),
      language: (l) => t(`release.language.${l}`),
      status: (s) => t(`release.status.${s}`),
      theme: (id) => labels.get(id) ?? id,
      contact: contactText,
    };
  }, [taxonomy, lang, locale, t]);
  const shown = snapshot && snapshot.revision === selected ? snapshot : null;
  const rows = useMemo(() => (shown ? buildCompareRows(draftOf(shown), draft, words) : null), [shown, draft, words]);

  const reason = (r: RevisionSummary) => (r.reason === 'restore' ? t('release.reason.restore', { n: r.restoredFrom ?? '?' }) : t(`release.reason.${r.reason}`));
  const onListKey = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    e.preventDefault();
  };

  return (
    <section
      className="history-panel"
      data-testid="history-panel"
      aria-label={t('release.history.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !confirming) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="history-list-col">
        <header className="history-header">
          <h2>{t('release.history.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('release.history.close')} data-testid="history-close" onClick={onClose}>
            ×
          </button>
        </header>
        {revisions === null && <p className="history-note">{t('release.history.loading')}</p>}
        {revisions?.length === 0 && <p className="history-note">{t('release.history.empty')}</p>}
        <ol className="history-list" ref={list} onKeyDown={onListKey}>
          {revisions?.map((r) => (
            <li key={r.revision}>
              <button
                type="button"
                className="revision-item"
                aria-current={r.revision === selected ? 'true' : undefined}
                data-testid="revision-item"
                data-revision={r.revision}
                onClick={() => setSelected(r.revision)}
              >
                <span className="revision-line">
                  <strong>{t('release.revision', { n: r.revision })}</strong>
                  {r.revision === currentRevision && <span className="revision-current">{t('release.history.current')}</span>}
                  <span className="revision-date">{formatDateTime(r.createdAt, locale)}</span>
                </span>
                <span className="revision-line revision-meta">
                  <span>{reason(r)}</span>
                  <span>{t(`release.history.words.${pluralCategory(locale, r.words)}`, { n: formatNumber(r.words, locale) })}</span>
                </span>
                <span className="revision-title">{r.title || t('release.untitled')}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
      <div className="history-compare-col">
        {selected === null && <p className="history-placeholder">{t('release.history.pick')}</p>}
        {selected !== null && !rows && <p className="history-placeholder">{t('release.compare.loading')}</p>}
        {selected !== null && rows && (
          <>
            <header className="history-compare-header">
              <h3>{t('release.compare.title', { n: selected })}</h3>
              <button
                type="button"
                className="primary"
                // Restoring a version identical to the draft would only add a copy to the history.
                disabled={restoring || countChanges(rows) === 0}
                data-testid="restore-button"
                onClick={() => setConfirming(true)}
              >
                {t('release.restore.button')}
              </button>
            </header>
            <CompareView rows={rows} revision={selected} />
          </>
        )}
      </div>
      {confirming && selected !== null && (
        <ConfirmDialog
          title={t('release.restore.title', { n: selected })}
          confirmLabel={t('release.restore.confirm')}
          testId="restore-dialog"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setRestoring(true);
            void onRestore(selected).finally(() => setRestoring(false));
          }}
        >
          <p className="confirm-text">{t('release.restore.text', { n: selected })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
