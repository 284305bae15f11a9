// The Galley window: locked-down webPreferences, remembered bounds, guards installed before the
// first page loads, shown only once painted (no white flash).
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { installWebContentsGuards, type GuardOptions } from './guards';
import { MIN_SIZE, captureWindowState, type InitialWindowState, type WindowState } from './window-state';

/** Background painted before the renderer's first frame, matching renderer/ui/theme.css --bg. */
export const BACKGROUND = { light: '#f6f5f2', dark: '#1b1c1e' } as const;

export interface WindowSpec {
  preloadPath: string;
  state: InitialWindowState;
  dark: boolean;
  isPackaged: boolean;
}

/**
 * BrowserWindow options: the renderer is isolated (contextIsolation), sandboxed, without Node,
 * with web security, no webviews, no insecure content, no drag-and-drop navigation; developer
 * tools only in an unpackaged checkout. Pure.
 */
export function windowOptions(spec: WindowSpec): BrowserWindowConstructorOptions {
  return {
    ...spec.state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Galley',
    show: false,
    backgroundColor: spec.dark ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: spec.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !spec.isPackaged,
    },
  };
}

export interface OpenWindowDeps {
  create: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  spec: WindowSpec;
  guards: GuardOptions;
  /** The page to load: app://galley/index.html, or the dev server. */
  url: string;
  /** Persists the state on close (runtime.internal.set('window', …)). */
  saveState: (state: WindowState) => void;
  /** Asked when the page holds back closing (a save still pending); true closes anyway. */
  confirmClose: (win: BrowserWindow) => boolean;
  log: (line: string) => void;
}

/** Creates the window, guards it, restores maximized state, loads the page, saves bounds on close. */
export function openMainWindow(deps: OpenWindowDeps): BrowserWindow {
  const win = deps.create(windowOptions(deps.spec));
  installWebContentsGuards(win.webContents, deps.guards);
  win.once('ready-to-show', () => {
    // Maximizing a hidden window shows it at once on some platforms: wait for the first paint.
    if (deps.spec.state.maximized) win.maximize();
    win.show();
  });
  // The release view cancels `beforeunload` while a save is pending; Electron would then refuse to
  // close without a word. Ask instead: the page also keeps the draft locally, so closing loses nothing.
  win.webContents.on('will-prevent-unload', (event) => {
    if (deps.confirmClose(win)) event.preventDefault();
  });
  win.on('close', () => {
    try {
      deps.saveState(captureWindowState(win));
    } catch (error) {
      deps.log(`Could not save the window state: ${String(error)}`);
    }
  });
  win.loadURL(deps.url).catch((error: unknown) => deps.log(`Could not load ${deps.url}: ${String(error)}`));
  return win;
}

/** Brings `win` to the front (a second launch of Galley lands here). */
export function focusWindow(win: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
