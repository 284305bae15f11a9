import { useCallback, useRef, useState } from 'react';
import type { ImportFile, ImportItem, ImportReport } from '../../../shared/api';
import { useApp } from '../../app/AppContext';
import { announceChange } from '../../app/changes';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { bytesToBase64 } from './base64';
import { readWithFileReader } from './prepare';
import { itemForRequestError, runImportBatch, type BatchProgress } from './runBatch';

/** During a long import, the library is refreshed at most this often. */
const REFRESH_EVERY_MS = 1500;

/** What the progress panel shows: counted files, or an indeterminate wait (dialog, paste). */
export type ImportActivity = { kind: 'files'; progress: BatchProgress; stopping: boolean } | { kind: 'waiting' };

export interface ShownReport {
  items: ImportItem[];
  skipped: number;
}

/**
 * Runs imports and keeps their state: the activity for the progress panel and the report to show.
 * Every import ends by refreshing the views ('releases' change) and never throws.
 */
export function useImportRunner() {
  const { info, notify, navigate } = useApp();
  const { t } = useI18n();
  const [activity, setActivity] = useState<ImportActivity | null>(null);
  const [report, setReport] = useState<ShownReport | null>(null);
  const queue = useRef<File[] | null>(null);
  const stop = useRef(false);

  const finish = useCallback((items: ImportItem[], skipped = 0) => {
    setActivity(null);
    if (items.some((i) => i.outcome !== 'failed')) announceChange('releases');
    if (items.length || skipped) setReport({ items, skipped });
  }, []);

  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (!files.length) return;
      // A drop during an import joins the running batch.
      if (queue.current) {
        queue.current.push(...files);
        return;
      }
      const batch = [...files];
      queue.current = batch;
      stop.current = false;
      // A long batch fills the library as it goes rather than all at the end.
      let announced = Date.now();
      setActivity({ kind: 'files', progress: { done: 0, total: batch.length, current: batch[0]!.name }, stopping: false });
      void runImportBatch(batch, {
        maxBytes: info.limits.maxImportBytes,
        read: readWithFileReader,
        encode: bytesToBase64,
        send: (file: ImportFile) => getClient().call('releases.import', { files: [file] }),
        onProgress: (progress) => {
          setActivity({ kind: 'files', progress, stopping: stop.current });
          if (progress.done > 0 && Date.now() - announced > REFRESH_EVERY_MS) {
            announced = Date.now();
            announceChange('releases');
          }
        },
        stopped: () => stop.current,
      }).then(({ items, skipped }) => {
        queue.current = null;
        finish(items, skipped);
      });
    },
    [info.limits.maxImportBytes, finish],
  );

  /** Runs one request that returns a whole report (native dialog, paste, examples). */
  const runReport = useCallback(
    async (request: () => Promise<ImportReport>, failedName: string): Promise<ImportItem[]> => {
      setActivity({ kind: 'waiting' });
      try {
        return (await request()).items;
      } catch (error) {
        return [itemForRequestError(failedName, error)];
      }
    },
    [],
  );

  const importFromDialog = useCallback(() => {
    if (queue.current) return;
    void runReport(() => getClient().call('releases.importFromDialog', {}), t('import.input.label')).then((items) => finish(items));
  }, [runReport, finish, t]);

  const importText = useCallback(
    (name: string, text: string) => {
      void runReport(() => getClient().call('releases.import', { files: [{ name, text }] }), name).then((items) => finish(items));
    },
    [runReport, finish],
  );

  const importExamples = useCallback(() => {
    void runReport(() => getClient().call('releases.importExamples', {}), 'examples').then((items) => {
      if (items.some((i) => i.outcome === 'failed')) return finish(items);
      setActivity(null);
      announceChange('releases');
      const first = items.find((i) => i.releaseId)?.releaseId;
      notify(t('import.examples.done'), 'success', first ? { label: t('import.examples.openFirst'), run: () => navigate({ name: 'release', id: first }) } : undefined);
    });
  }, [runReport, finish, notify, navigate, t]);

  const requestStop = useCallback(() => {
    stop.current = true;
    setActivity((a) => (a?.kind === 'files' ? { ...a, stopping: true } : a));
  }, []);

  return {
    activity,
    report,
    closeReport: useCallback(() => setReport(null), []),
    importFiles,
    importFromDialog,
    importText,
    importExamples,
    requestStop,
  };
}
