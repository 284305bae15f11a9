import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useApp } from '../../app/AppContext';
import { useCommands } from '../../app/commands';
import { useI18n } from '../../i18n/I18nProvider';
import { DropOverlay } from './DropOverlay';
import { ImportContext, type ImportApi } from './ImportContext';
import { ImportProgress } from './ImportProgress';
import { ImportReportDialog } from './ImportReportDialog';
import { PasteDialog } from './PasteDialog';
import { useFileDrop } from './useFileDrop';
import { useImportRunner } from './useImportRunner';
import './import.css';

/** What the browser's file picker offers: the formats Galley imports (IMPORT.md). */
const ACCEPT = [
  '.txt', '.md', '.html', '.htm', '.docx', '.eml',
  'text/plain', 'text/markdown', 'text/html', 'message/rfc822',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

/**
 * The window's import machinery around the shell: drop anywhere, File › Import ('import'
 * command), paste ('paste-new' command), progress, and the report. Views reach it through
 * `useImport()`.
 */
export function ImportController({ children }: { children: ReactNode }) {
  const { info } = useApp();
  const { t } = useI18n();
  const runner = useImportRunner();
  const { importFromDialog, importFiles, importExamples, activity } = runner;
  const input = useRef<HTMLInputElement>(null);
  const [paste, setPaste] = useState<{ text: string } | null>(null);
  const dragging = useFileDrop(importFiles);

  const api = useMemo<ImportApi>(() => {
    const chooseFiles = () => {
      if (info.capabilities.nativeDialogs) importFromDialog();
      else input.current?.click();
    };
    return {
      chooseFiles,
      importFiles,
      pasteText: (text) => setPaste({ text: text ?? '' }),
      importExamples,
      busy: activity !== null,
    };
  }, [info.capabilities.nativeDialogs, importFromDialog, importFiles, importExamples, activity]);

  useCommands({
    import: api.chooseFiles,
    // No clipboard read here: it would raise a permission prompt (browser) or be refused
    // (desktop); the box opens focused and the user pastes into it.
    'paste-new': () => api.pasteText(),
  });

  return (
    <ImportContext.Provider value={api}>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        aria-label={t('import.input.label')}
        data-testid="import-file-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared so choosing the same file again still fires a change.
          e.target.value = '';
          runner.importFiles(files);
        }}
      />
      {dragging && <DropOverlay />}
      {runner.activity && <ImportProgress activity={runner.activity} onStop={runner.requestStop} />}
      {paste && (
        <PasteDialog
          initialText={paste.text}
          onClose={() => setPaste(null)}
          onSubmit={(name, text) => {
            setPaste(null);
            runner.importText(name, text);
          }}
        />
      )}
      {runner.report && <ImportReportDialog report={runner.report} onClose={runner.closeReport} />}
    </ImportContext.Provider>
  );
}
