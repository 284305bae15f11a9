// The desktop Host: the services ask for files to import and for a place to save an export; here
// those questions become the system's open and save dialogs, attached to the Galley window.
import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Host } from '../services/host';
import type { MenuStrings } from './menu-strings';

/** Extensions the importer understands (the decode stage's formats). */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'eml'] as const;

export interface DialogHostDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialogs belong to (sheet on macOS); null shows a free-standing dialog. */
  parentWindow: () => BrowserWindow | null;
  /** Strings in the current UI language (filter names, titles). */
  strings: () => MenuStrings;
  /** Folder a save dialog starts in (the user's Documents). */
  defaultDir: () => string;
}

/** The open-dialog options for importing: several files, known formats first, then all files. Pure. */
export function importDialogOptions(s: MenuStrings): OpenDialogOptions {
  return {
    title: s.importDialogTitle,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: s.importFilter, extensions: [...IMPORT_EXTENSIONS] },
      { name: s.allFiles, extensions: ['*'] },
    ],
  };
}

/** The save-dialog options for an export of `suggestedName` in `format`. Pure. */
export function saveDialogOptions(s: MenuStrings, dir: string, suggestedName: string, format: { name: string; extensions: string[] }): SaveDialogOptions {
  return {
    title: s.exportDialogTitle,
    // Only the base name is taken from the services: the folder is the user's choice.
    defaultPath: path.join(dir, path.basename(suggestedName)),
    filters: [{ name: format.name, extensions: format.extensions }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** A Host whose pickers are Electron's native dialogs. Cancelling resolves to null. */
export function createDialogHost(deps: DialogHostDeps): Host {
  return {
    mode: 'desktop',
    nativeDialogs: true,
    async pickImportPaths() {
      const options = importDialogOptions(deps.strings());
      const parent = deps.parentWindow();
      const result = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async pickSavePath(suggestedName, format) {
      const options = saveDialogOptions(deps.strings(), deps.defaultDir(), suggestedName, format);
      const parent = deps.parentWindow();
      const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
