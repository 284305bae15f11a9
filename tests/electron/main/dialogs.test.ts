import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_EXTENSIONS, createDialogHost, importDialogOptions } from '../../../electron/main/dialogs';
import { MENU_STRINGS } from '../../../electron/main/menu-strings';

function host(parent: object | null, answers: { open?: unknown; save?: unknown }) {
  const dialog = {
    showOpenDialog: vi.fn(() => Promise.resolve(answers.open)),
    showSaveDialog: vi.fn(() => Promise.resolve(answers.save)),
  };
  const h = createDialogHost({ dialog: dialog as never, parentWindow: () => parent as never, strings: () => MENU_STRINGS.fr, defaultDir: () => '/home/ana/Documents' });
  return { h, dialog };
}

describe('the desktop Host', () => {
  it('is a desktop host with native dialogs', () => {
    const { h } = host(null, {});
    expect(h.mode).toBe('desktop');
    expect(h.nativeDialogs).toBe(true);
  });

  it('asks for several files, the known formats first, then all files, in the UI language', () => {
    const o = importDialogOptions(MENU_STRINGS.fr);
    expect(o.properties).toEqual(['openFile', 'multiSelections']);
    expect(o.filters).toEqual([
      { name: MENU_STRINGS.fr.importFilter, extensions: ['txt', 'md', 'html', 'htm', 'docx', 'eml'] },
      { name: 'Tous les fichiers', extensions: ['*'] },
    ]);
    expect([...IMPORT_EXTENSIONS]).toEqual(['txt', 'md', 'html', 'htm', 'docx', 'eml']);
  });

  it('returns the chosen paths, attached to the window', async () => {
    const win = { id: 1 };
    const { h, dialog } = host(win, { open: { canceled: false, filePaths: ['/a.txt', '/b.docx'] } });
    await expect(h.pickImportPaths()).resolves.toEqual(['/a.txt', '/b.docx']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ title: 'Importer des communiqués' }));
  });

  it('returns null when the import dialog is cancelled', async () => {
    const { h } = host(null, { open: { canceled: true, filePaths: [] } });
    await expect(h.pickImportPaths()).resolves.toBeNull();
  });

  it('suggests the file name in Documents (never a folder from the services) and returns the chosen path', async () => {
    const { h, dialog } = host(null, { save: { canceled: false, filePath: '/home/ana/Documents/release.md' } });
    const format = { name: 'Markdown', extensions: ['md'] };
    await expect(h.pickSavePath('../../etc/release.md', format)).resolves.toBe('/home/ana/Documents/release.md');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/home/ana/Documents', 'release.md'), filters: [format] }),
    );
  });

  it('returns null when the save dialog is cancelled', async () => {
    const { h } = host(null, { save: { canceled: true, filePath: '' } });
    await expect(h.pickSavePath('x.txt', { name: 'Text', extensions: ['txt'] })).resolves.toBeNull();
  });
});
