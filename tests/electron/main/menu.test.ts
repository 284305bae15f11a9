import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { UI_COMMANDS, type UiCommand } from '../../../shared/api/commands';
import { LANGUAGES, type Language } from '../../../shared/domain/ids';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { MENU_STRINGS } from '../../../electron/main/menu-strings';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(lang: Language, platform: NodeJS.Platform, isPackaged = true) {
  const send = vi.fn<(command: UiCommand) => void>();
  const template = buildMenuTemplate({ lang, platform, isPackaged, send });
  return { template, items: flatten(template), send };
}

const byId = (items: Item[], id: string) => items.find((i) => i.id === id);

describe('menu strings', () => {
  const keys = Object.keys(MENU_STRINGS.en).sort();

  it.each(LANGUAGES)('%s has every key, none empty, no stray spaces', (lang) => {
    const table: Record<string, string> = MENU_STRINGS[lang];
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const [key, value] of Object.entries(table)) {
      expect(value.trim(), `${lang}.${key}`).toBe(value);
      expect(value.length, `${lang}.${key}`).toBeGreaterThan(0);
    }
  });

  it('is translated (not English left in French or Spanish)', () => {
    for (const key of ['file', 'edit', 'view', 'window', 'help', 'import', 'save', 'find', 'replace', 'library', 'trash'] as const) {
      expect(MENU_STRINGS.fr[key], key).not.toBe(MENU_STRINGS.en[key]);
      expect(MENU_STRINGS.es[key], key).not.toBe(MENU_STRINGS.en[key]);
    }
  });

  it('uses typographic apostrophes and ellipses in French', () => {
    for (const value of Object.values(MENU_STRINGS.fr)) {
      expect(value).not.toContain("'");
      expect(value).not.toContain('...');
    }
    expect(MENU_STRINGS.fr.import).toBe('Importer…');
  });
});

describe('buildMenuTemplate', () => {
  it.each(LANGUAGES)('every item has a label from the %s table', (lang) => {
    const { items } = build(lang, 'linux', false);
    const labels = new Set<string>(Object.values(MENU_STRINGS[lang]));
    for (const item of items) {
      if (item.type === 'separator') continue;
      expect(labels.has(item.label ?? ''), `${item.role ?? item.id}: ${item.label}`).toBe(true);
    }
  });

  it('has the usual menus in order (Linux/Windows) and an app menu first on macOS', () => {
    expect(build('en', 'linux').template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(build('fr', 'win32').template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(build('es', 'darwin').template.map((m) => m.label)).toEqual(['Galley', 'Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
  });

  it.each<[UiCommand, string, string]>([
    ['import', 'CmdOrCtrl+O', 'CmdOrCtrl+O'],
    ['paste-new', 'CmdOrCtrl+N', 'CmdOrCtrl+N'],
    ['save', 'CmdOrCtrl+S', 'CmdOrCtrl+S'],
    ['export-md', 'CmdOrCtrl+E', 'CmdOrCtrl+E'],
    ['view-original', 'CmdOrCtrl+Shift+U', 'CmdOrCtrl+Shift+U'],
    ['find', 'CmdOrCtrl+F', 'CmdOrCtrl+F'],
    ['replace', 'Ctrl+H', 'Cmd+Alt+F'],
    ['focus-search', 'CmdOrCtrl+Shift+F', 'CmdOrCtrl+Shift+F'],
    ['show-library', 'CmdOrCtrl+1', 'CmdOrCtrl+1'],
    ['show-themes', 'CmdOrCtrl+2', 'CmdOrCtrl+2'],
    ['history', 'CmdOrCtrl+Shift+Y', 'CmdOrCtrl+Shift+Y'],
    ['show-settings', 'CmdOrCtrl+,', 'CmdOrCtrl+,'],
  ])('%s: %s (Linux/Windows), %s (macOS)', (command, other, mac) => {
    expect(byId(build('fr', 'linux').items, command)?.accelerator).toBe(other);
    expect(byId(build('fr', 'win32').items, command)?.accelerator).toBe(other);
    expect(byId(build('fr', 'darwin').items, command)?.accelerator).toBe(mac);
  });

  it('has no two items with the same accelerator', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = build('en', platform).items.map((i) => i.accelerator).filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('sends each command item to the window when clicked', () => {
    const { items, send } = build('en', 'linux');
    const commandItems = items.filter((i) => i.id && (UI_COMMANDS as readonly string[]).includes(i.id));
    for (const item of commandItems) (item.click as () => void)();
    expect(send.mock.calls.map(([c]) => c).sort()).toEqual(commandItems.map((i) => i.id).sort());
    // Every UI command has a menu entry except those the renderer only binds by itself.
    expect(commandItems.map((i) => i.id).sort()).toEqual([...UI_COMMANDS].sort());
  });

  it('uses roles for editing, zoom, full screen and quitting', () => {
    const roles = build('en', 'linux').items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit', 'about']));
  });

  it('offers reload and developer tools only when not packaged', () => {
    const dev = build('en', 'linux', false).items.map((i) => i.role);
    const packaged = build('en', 'linux', true).items.map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
  });

  it('puts About, Settings, Services, Hide and Quit in the macOS app menu, and Settings/Quit in File elsewhere', () => {
    const mac = build('en', 'darwin').template;
    const appMenu = (mac[0]!.submenu as Item[]).map((i) => i.role ?? i.id).filter(Boolean);
    expect(appMenu).toEqual(['about', 'show-settings', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    const macFile = flatten([mac[1]!]).map((i) => i.role ?? i.id);
    expect(macFile).not.toContain('quit');
    const linuxFile = flatten([build('en', 'linux').template[0]!]).map((i) => i.role ?? i.id);
    expect(linuxFile).toEqual(expect.arrayContaining(['show-settings', 'quit']));
  });
});
