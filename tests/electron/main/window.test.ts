import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appResources } from '../../../electron/main/resources';
import { BACKGROUND, focusWindow, openMainWindow, windowOptions, type WindowSpec } from '../../../electron/main/window';

const spec = (over: Partial<WindowSpec> = {}): WindowSpec => ({
  preloadPath: '/app/dist/electron/preload.cjs',
  state: { bounds: { width: 1200, height: 800 }, maximized: false },
  dark: false,
  isPackaged: true,
  ...over,
});

describe('windowOptions', () => {
  it('locks the renderer down', () => {
    const { webPreferences } = windowOptions(spec());
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(webPreferences).not.toHaveProperty('experimentalFeatures');
  });

  it('keeps developer tools for an unpackaged checkout only', () => {
    expect(windowOptions(spec({ isPackaged: false })).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden, at the restored bounds, with the theme background', () => {
    const o = windowOptions(spec({ state: { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false }, dark: true }));
    expect(o).toMatchObject({ x: 5, y: 6, width: 1000, height: 700, show: false, title: 'Galley', backgroundColor: BACKGROUND.dark });
    expect(windowOptions(spec()).backgroundColor).toBe(BACKGROUND.light);
  });
});

function fakeWindow() {
  const events = new Map<string, () => void>();
  const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
  const win = {
    webContents: contents,
    on: vi.fn((name: string, fn: () => void) => events.set(name, fn)),
    once: vi.fn((name: string, fn: () => void) => events.set(name, fn)),
    loadURL: vi.fn(() => Promise.resolve()),
    show: vi.fn(),
    maximize: vi.fn(),
    getNormalBounds: () => ({ x: 1, y: 2, width: 1100, height: 750 }),
    isMaximized: () => false,
  };
  return { win, contents, fire: (name: string) => events.get(name)?.() };
}

describe('openMainWindow', () => {
  function open(maximized: boolean, closeAnyway = true) {
    const f = fakeWindow();
    const saveState = vi.fn();
    const confirmClose = vi.fn(() => closeAnyway);
    const create = vi.fn(() => f.win as never);
    const guards = { allowedUrls: ['app://galley/'], openExternal: vi.fn(() => Promise.resolve()) };
    openMainWindow({
      create,
      spec: spec({ state: { bounds: { width: 1000, height: 700 }, maximized } }),
      guards,
      url: 'app://galley/index.html',
      saveState,
      confirmClose,
      log: vi.fn(),
    });
    return { ...f, create, saveState, confirmClose };
  }

  it.each([
    [true, 1],
    [false, 0],
  ])('asks before closing while the page holds back (close anyway: %s)', (closeAnyway, prevented) => {
    const f = open(false, closeAnyway);
    const [, listener] = f.contents.on.mock.calls.find(([name]) => name === 'will-prevent-unload') as unknown as [string, (e: { preventDefault: () => void }) => void];
    const event = { preventDefault: vi.fn() };
    listener(event);
    expect(f.confirmClose).toHaveBeenCalledWith(f.win);
    // preventDefault on will-prevent-unload lets the window close despite beforeunload.
    expect(event.preventDefault).toHaveBeenCalledTimes(prevented);
  });

  it('guards the contents before loading app://galley/index.html', () => {
    const f = open(false);
    expect(f.contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(f.contents.on.mock.calls.map(([name]) => name)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(f.win.loadURL).toHaveBeenCalledWith('app://galley/index.html');
    expect(f.contents.setWindowOpenHandler.mock.invocationCallOrder[0]).toBeLessThan(f.win.loadURL.mock.invocationCallOrder[0]!);
  });

  it('shows the window once painted, maximizing it first when it was maximized', () => {
    const f = open(true);
    expect(f.win.show).not.toHaveBeenCalled();
    f.fire('ready-to-show');
    expect(f.win.maximize).toHaveBeenCalled();
    expect(f.win.show).toHaveBeenCalled();
    const g = open(false);
    g.fire('ready-to-show');
    expect(g.win.maximize).not.toHaveBeenCalled();
  });

  it('saves its bounds when closing', () => {
    const f = open(false);
    f.fire('close');
    expect(f.saveState).toHaveBeenCalledWith({ bounds: { x: 1, y: 2, width: 1100, height: 750 }, maximized: false });
  });
});

describe('focusWindow', () => {
  it('restores a minimized window and focuses it; tolerates no window', () => {
    const win = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
  });
});

describe('appResources', () => {
  it('reads examples from build/examples in a checkout', () => {
    const r = appResources({ isPackaged: false, appPath: '/src/galley', resourcesPath: '/opt/electron/resources' });
    expect(r).toEqual({
      rendererDir: path.join('/src/galley', 'dist', 'renderer'),
      preloadPath: path.join('/src/galley', 'dist', 'electron', 'preload.cjs'),
      examplesDir: path.join('/src/galley', 'build', 'examples'),
      lexiconDir: path.join('/src/galley', 'dist', 'lexicon'),
    });
  });
  it('reads examples from resources/examples when packaged, the rest from the asar', () => {
    const r = appResources({ isPackaged: true, appPath: '/opt/Galley/resources/app.asar', resourcesPath: '/opt/Galley/resources' });
    expect(r.examplesDir).toBe(path.join('/opt/Galley/resources', 'examples'));
    expect(r.rendererDir).toBe(path.join('/opt/Galley/resources/app.asar', 'dist', 'renderer'));
    expect(r.lexiconDir).toBe(path.join('/opt/Galley/resources/app.asar', 'dist', 'lexicon'));
  });
});
