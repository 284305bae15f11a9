import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/api';
import type { ReleaseId } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { useCommands } from '../../app/commands';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText, exportDestination, exportOutcome } from './download';

export interface ExportOptions {
  id: ReleaseId;
  /** Saves pending edits first; resolves false when they could not be saved. */
  flush: () => Promise<boolean>;
  /** Called after a successful export (the services may have changed the status). */
  after?: () => void;
}

/**
 * Export of the open release (menu and the 'export-txt' / 'export-md' commands): saves the
 * draft first so the file matches the screen, then lets the desktop app show its save dialog,
 * or downloads the file in browser mode; tells the user where it went.
 */
export function useExport({ id, flush, after }: ExportOptions): { busy: ExportFormat | null; run: (format: ExportFormat) => void } {
  const { info, notify, reportError } = useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const running = useRef(false);
  const latest = useRef({ flush, after });
  useEffect(() => {
    latest.current = { flush, after };
  }, [flush, after]);

  const run = useCallback(
    (format: ExportFormat) => {
      if (running.current) return;
      running.current = true;
      setBusy(format);
      void (async () => {
        try {
          if (!(await latest.current.flush())) {
            notify(t('export.notSaved'), 'error');
            return;
          }
          const destination = exportDestination(info.capabilities.nativeDialogs);
          const outcome = exportOutcome(await getClient().call('releases.export', { id, format, destination }), format);
          if (outcome.kind === 'cancelled') return;
          if (outcome.kind === 'saved') {
            notify(t('export.savedTo', { path: outcome.path }), 'success');
          } else {
            downloadText(outcome.content, outcome.fileName, outcome.mediaType);
            notify(t('export.downloaded', { name: outcome.fileName }), 'success');
          }
          latest.current.after?.();
        } catch (error) {
          reportError(error);
        } finally {
          running.current = false;
          setBusy(null);
        }
      })();
    },
    [id, info.capabilities.nativeDialogs, notify, reportError, t],
  );

  useCommands({ 'export-txt': () => run('txt'), 'export-md': () => run('md') });
  return { busy, run };
}
