// The native menu bar, in the UI language. Built as a plain template (pure, tested without
// Electron); main.ts turns it into a Menu and rebuilds it when the language changes.
import type { MenuItemConstructorOptions } from 'electron';
import type { UiCommand } from '../../shared/api/commands';
import type { Language } from '../../shared/domain/ids';
import { menuStrings } from './menu-strings';

/** IPC channel on which menu items send a UiCommand to the window (the preload listens). */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export interface MenuOptions {
  lang: Language;
  platform: NodeJS.Platform;
  /** Packaged builds have no reload and no developer tools. */
  isPackaged: boolean;
  /** Sends a command to the focused Galley window. */
  send: (command: UiCommand) => void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The menu template for `options`: macOS gets the application menu (About, Settings, Services,
 * Hide, Quit) and a Window menu with "Bring All to Front"; elsewhere Settings and Quit sit in
 * File. Every label comes from the language's table. Pure.
 */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const s = menuStrings(options.lang);
  const mac = options.platform === 'darwin';
  const command = (label: string, cmd: UiCommand, accelerator?: string, register = true): Item => ({
    label,
    id: cmd,
    ...(accelerator ? { accelerator } : {}),
    // A key the page handles itself is shown in the menu but not registered (it would be caught twice).
    ...(register ? {} : { registerAccelerator: false }),
    click: () => options.send(cmd),
  });
  const settings = command(s.settings, 'show-settings', 'CmdOrCtrl+,');

  const appMenu: Item = {
    label: s.appMenu,
    submenu: [
      { role: 'about', label: s.about },
      separator,
      settings,
      separator,
      { role: 'services', label: s.services },
      separator,
      { role: 'hide', label: s.hide },
      { role: 'hideOthers', label: s.hideOthers },
      { role: 'unhide', label: s.unhide },
      separator,
      { role: 'quit', label: s.quit },
    ],
  };

  const file: Item = {
    label: s.file,
    submenu: [
      command(s.import, 'import', 'CmdOrCtrl+O'),
      command(s.pasteNew, 'paste-new', 'CmdOrCtrl+N'),
      separator,
      command(s.save, 'save', 'CmdOrCtrl+S'),
      separator,
      command(s.exportText, 'export-txt'),
      command(s.exportMarkdown, 'export-md', 'CmdOrCtrl+E'),
      separator,
      command(s.viewOriginal, 'view-original', 'CmdOrCtrl+Shift+U'),
      ...(mac ? [] : [separator, settings, separator, { role: 'quit', label: s.quit } satisfies Item]),
    ],
  };

  const edit: Item = {
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      separator,
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll },
      separator,
      command(s.find, 'find', 'CmdOrCtrl+F'),
      // Ctrl+H is "Hide" on macOS; Cmd+Alt+F is the usual Replace there.
      command(s.replace, 'replace', mac ? 'Cmd+Alt+F' : 'Ctrl+H'),
      command(s.searchLibrary, 'focus-search', 'CmdOrCtrl+Shift+F'),
    ],
  };

  const developer: Item[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: s.reload },
        { role: 'forceReload', label: s.forceReload },
        { role: 'toggleDevTools', label: s.devTools },
        separator,
      ];

  const view: Item = {
    label: s.view,
    submenu: [
      command(s.library, 'show-library', 'CmdOrCtrl+1'),
      command(s.themes, 'show-themes', 'CmdOrCtrl+2'),
      command(s.trash, 'show-trash'),
      command(s.history, 'history', 'CmdOrCtrl+Shift+Y'),
      command(s.typography, 'typography-panel', 'F7', false),
      separator,
      command(s.toggleDark, 'toggle-color-scheme'),
      separator,
      ...developer,
      { role: 'resetZoom', label: s.resetZoom },
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut },
      separator,
      { role: 'togglefullscreen', label: s.fullscreen },
    ],
  };

  const windowMenu: Item = {
    label: s.window,
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize', label: s.minimize }, { role: 'zoom', label: s.zoom }, separator, { role: 'front', label: s.front }]
      : [{ role: 'minimize', label: s.minimize }, { role: 'close', label: s.close }],
  };

  const help: Item = { label: s.help, role: 'help', submenu: [{ role: 'about', label: s.about }] };

  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
