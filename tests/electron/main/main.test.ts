// The main process wired end to end against a fake `electron` and fake services: what happens
// before `ready`, at `ready`, on IPC, on menu clicks, on a second launch and on quit.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../shared/api/methods';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';

const h = vi.hoisted(() => {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: Array<{ options: Record<string, unknown>; send: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> }> = [];
  const menus: unknown[][] = [];
  const store = new Map<string, unknown>();
  let settings: Record<string, unknown> = {};
  return { ready, resolveReady: () => resolveReady(), appEvents, ipcHandlers, windows, menus, store, getSettings: () => settings, setSettings: (s: Record<string, unknown>) => (settings = s) };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getFocusedWindow = () => null;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const send = vi.fn();
      const loadURL = vi.fn(() => Promise.resolve());
      const focus = vi.fn();
      this.webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), send };
      Object.assign(this, { loadURL, focus });
      h.windows.push({ options, send, loadURL, focus });
    }
    on = vi.fn();
    once = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 });
  }
  return {
    BrowserWindow,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => h.appEvents.set(name, fn)),
      whenReady: vi.fn(() => h.ready),
      getAppPath: () => '/src/galley',
      getVersion: () => '0.1.0',
      getLocale: () => 'fr-FR',
      getPath: () => '/home/ana/Documents',
      setAboutPanelOptions: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => h.ipcHandlers.set(channel, fn)),
      removeHandler: vi.fn(),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => template), setApplicationMenu: vi.fn((menu: unknown[]) => h.menus.push(menu)) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    screen: { getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }), getAllDisplays: () => [] },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

const close = vi.fn(() => Promise.resolve());
vi.mock('../../../electron/services/boot', () => ({
  bootServices: vi.fn(async () => ({
    handlers: {
      'settings.get': () => h.getSettings(),
      'settings.update': (patch: Record<string, unknown>) => h.setSettings({ ...h.getSettings(), ...patch }),
    },
    internal: { get: (k: string) => h.store.get(k), set: (k: string, v: unknown) => h.store.set(k, v) },
    close,
  })),
}));

const electron = await import('electron');
const { bootServices } = await import('../../../electron/services/boot');
const trusted = { senderFrame: { url: 'app://galley/index.html', parent: null } };
type Item = { label?: string; id?: string; click?: () => void; submenu?: Item[] };
const topLabels = () => (h.menus.at(-1) as Item[]).map((m) => m.label);

const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

beforeAll(async () => {
  process.env.GALLEY_DB = '/tmp/galley-main-test.db';
  process.env.GALLEY_SQLITE_BINDING = '/cache/better_sqlite3.node';
  h.setSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'es' } satisfies Settings);
  h.store.set('window', { bounds: { x: 100, y: 80, width: 1300, height: 860 }, maximized: false });
  await import('../../../electron/main/main');
});

afterAll(() => {
  logged.mockRestore();
  delete process.env.GALLEY_DB;
  delete process.env.GALLEY_SQLITE_BINDING;
});

describe('main process', () => {
  it('registers app:// as privileged before ready, and takes the single-instance lock', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(bootServices).not.toHaveBeenCalled();
  });

  it('at ready: serves app://, guards the session, boots the services on the library', async () => {
    h.resolveReady();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(bootServices).toHaveBeenCalledWith(
      expect.objectContaining({
        dbPath: path.resolve('/tmp/galley-main-test.db'),
        version: '0.1.0',
        systemLocale: 'fr-FR',
        examplesDir: path.join('/src/galley', 'build', 'examples'),
        nativeBinding: '/cache/better_sqlite3.node',
        host: expect.objectContaining({ mode: 'desktop', nativeDialogs: true }),
      }),
    );
  });

  it('registers one IPC handler per contract method', () => {
    expect([...h.ipcHandlers.keys()].sort()).toEqual(METHODS.map((m) => `api:${m}`).sort());
  });

  it('opens one locked-down window on app://galley at the remembered bounds', () => {
    const [win] = h.windows;
    expect(win!.options).toMatchObject({
      x: 100,
      y: 80,
      width: 1300,
      height: 860,
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: path.join('/src/galley', 'dist', 'electron', 'preload.cjs') },
    });
    expect(win!.loadURL).toHaveBeenCalledWith('app://galley/index.html');
  });

  it('builds the menu in the UI language of the settings', () => {
    expect(topLabels()).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
  });

  it('rebuilds the menu after a successful settings.update, not after a refused one', async () => {
    const update = h.ipcHandlers.get('api:settings.update')!;
    const count = h.menus.length;
    await expect(update({ senderFrame: { url: 'https://evil.example/', parent: null } }, { uiLanguage: 'en' })).resolves.toMatchObject({ ok: false });
    expect(h.menus).toHaveLength(count);
    expect(logged).toHaveBeenCalledWith('[galley] Refused settings.update from https://evil.example/');
    await expect(update(trusted, { uiLanguage: 'fr' })).resolves.toMatchObject({ ok: true });
    expect(topLabels()).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
  });

  it("sends a menu item's command to the window on menu:command", () => {
    const file = (h.menus.at(-1) as Item[])[0]!;
    file.submenu!.find((i) => i.id === 'save')!.click!();
    expect(h.windows[0]!.send).toHaveBeenCalledWith('menu:command', 'save');
  });

  it('focuses the existing window when Galley is launched again', () => {
    h.appEvents.get('second-instance')!();
    expect(h.windows[0]!.focus).toHaveBeenCalled();
    expect(h.windows).toHaveLength(1);
  });

  it('closes the library before quitting', async () => {
    const event = { preventDefault: vi.fn() };
    h.appEvents.get('will-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    // The second will-quit (from app.quit) goes through.
    const again = { preventDefault: vi.fn() };
    h.appEvents.get('will-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
