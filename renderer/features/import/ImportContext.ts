import { createContext, useContext } from 'react';

/** What the rest of the app can ask of the import machinery. */
export interface ImportApi {
  /** File › Import: the native dialog in the desktop app, the file picker in browser mode. */
  chooseFiles(): void;
  /** Imports dropped or picked files, one request each, then shows the report. */
  importFiles(files: readonly File[]): void;
  /** Opens the paste dialog, prefilled with `text` when given. */
  pasteText(text?: string): void;
  /** Imports the two example releases shipped with the app. */
  importExamples(): void;
  /** An import is running. */
  readonly busy: boolean;
}

export const ImportContext = createContext<ImportApi | null>(null);

/** The import machinery of the window (provided by ImportController around the shell). */
export function useImport(): ImportApi {
  const ctx = useContext(ImportContext);
  if (!ctx) throw new Error('useImport outside ImportController');
  return ctx;
}
