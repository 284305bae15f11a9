// Entry point of the Electron main process: one instance, one window, the app:// protocol, the
// services behind validated IPC, native menus in the UI language. Wiring only; every decision
// lives in a small module beside this one.
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { dispatch } from '../../shared/api/dispatch';
import type { UiCommand } from '../../shared/api/commands';
import type { Language } from '../../shared/domain/ids';
import { DEFAULT_SETTINGS, resolveUiLanguage, type Settings } from '../../shared/domain/settings';
import { APP_PAGE_URL, registerIpc } from '../hosts/ipc';
import { resolveLibraryPath } from '../hosts/paths';
import { bootServices, type Runtime } from '../services/boot';
import { createDialogHost } from './dialogs';
import { devServerUrl, installSessionGuards, installWebContentsGuards, type GuardOptions } from './guards';
import { MENU_COMMAND_CHANNEL, buildMenuTemplate } from './menu';
import { menuStrings } from './menu-strings';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { appResources } from './resources';
import { focusWindow, openMainWindow } from './window';
import { WINDOW_STATE_KEY, restoreWindowState } from './window-state';

const log = (line: string): void => console.error(`[galley] ${line}`);

// Must happen before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let runtime: Runtime | null = null;
let mainWindow: BrowserWindow | null = null;
let lang: Language = 'en';

const devUrl = devServerUrl(process.env, app.isPackaged);
const allowedUrls = devUrl ? [APP_PAGE_URL, devUrl] : [APP_PAGE_URL];
const guards: GuardOptions = { allowedUrls, openExternal: (url) => shell.openExternal(url), log };

function send(command: UiCommand): void {
  const win = mainWindow ?? BrowserWindow.getFocusedWindow();
  if (win && !win.isDestroyed()) win.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Follows the UI language and colour scheme of `settings` (menus, dialogs, native theme). */
function applySettings(settings: Settings): void {
  lang = resolveUiLanguage(settings.uiLanguage, app.getLocale());
  nativeTheme.themeSource = settings.colorScheme;
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ lang, platform: process.platform, isPackaged: app.isPackaged, send })));
}

function openWindow(rt: Runtime): BrowserWindow {
  const resources = appResources({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const win = openMainWindow({
    create: (options) => new BrowserWindow(options),
    spec: {
      preloadPath: resources.preloadPath,
      state: restoreWindowState(rt.internal.get(WINDOW_STATE_KEY), workAreas),
      dark: nativeTheme.shouldUseDarkColors,
      isPackaged: app.isPackaged,
    },
    guards,
    url: devUrl ?? APP_INDEX_URL,
    saveState: (state) => rt.internal.set(WINDOW_STATE_KEY, state),
    confirmClose: (owner) => {
      const s = menuStrings(lang);
      const choice = dialog.showMessageBoxSync(owner, {
        type: 'question',
        buttons: [s.closeAnyway, s.keepOpen],
        defaultId: 1,
        cancelId: 1,
        message: s.unsavedTitle,
        detail: s.unsavedDetail,
      });
      return choice === 0;
    },
    log,
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const resources = appResources({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(resources.rendererDir));
  installSessionGuards(session.defaultSession, allowedUrls);
  app.setAboutPanelOptions({ applicationName: 'Galley', applicationVersion: app.getVersion() });

  const host = createDialogHost({
    dialog,
    parentWindow: () => mainWindow,
    strings: () => menuStrings(lang),
    defaultDir: () => app.getPath('documents'),
  });
  let rt: Runtime;
  try {
    rt = await bootServices({
      dbPath: resolveLibraryPath(undefined),
      host,
      version: app.getVersion(),
      systemLocale: app.getLocale(),
      platform: process.platform,
      examplesDir: resources.examplesDir,
      lexiconDir: resources.lexiconDir,
      nativeBinding: process.env.GALLEY_SQLITE_BINDING,
      log,
    });
  } catch (error) {
    // A damaged or newer library is reported by app.info, not thrown: this is the unexpected
    // (no better-sqlite3 build for this Electron, unwritable data folder). Say so, do not start.
    const s = menuStrings(resolveUiLanguage('system', app.getLocale()));
    dialog.showErrorBox(s.startupError, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  runtime = rt;

  registerIpc(ipcMain, rt.handlers, {
    allowedUrls,
    onInternalError: (method, error) => log(`${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    onRejected: (method, url) => log(`Refused ${method} from ${url}`),
    onResult: (method, result) => {
      if (method === 'settings.update' && result.ok) applySettings(result.value as Settings);
    },
  });

  const settings = await dispatch(rt.handlers, 'settings.get', {});
  applySettings(settings.ok ? (settings.value as Settings) : DEFAULT_SETTINGS);

  mainWindow = openWindow(rt);
  app.on('activate', () => {
    // macOS: clicking the Dock icon with no window open reopens one.
    if (!mainWindow && runtime) mainWindow = openWindow(runtime);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Galley is running: it gets a 'second-instance' event and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => installWebContentsGuards(contents, guards));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!runtime) return;
    // Closing waits for running backups and checkpoints the WAL: hold the quit until it is done.
    event.preventDefault();
    const closing = runtime;
    runtime = null;
    closing
      .close()
      .catch((error: unknown) => log(`Closing the library failed: ${String(error)}`))
      .finally(() => app.quit());
  });
  start().catch((error: unknown) => {
    log(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  });
}
