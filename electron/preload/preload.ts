// The sandboxed preload: exposes `window.galley` with one function per contract method and a
// subscription to menu commands — nothing else, never ipcRenderer itself. It imports the method
// names only (methods.ts, commands.ts): no zod, no contract, so the bundle stays tiny.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHODS } from '../../shared/api/methods';
import { isUiCommand, type UiCommand } from '../../shared/api/commands';

/** Same names as electron/hosts/ipc.ts (`api:<method>`) and electron/main/menu.ts. */
const API_PREFIX = 'api:';
const MENU_COMMAND_CHANNEL = 'menu:command';

type Invoke = (input: unknown) => Promise<unknown>;
type Subscribe = (listener: (command: UiCommand) => void) => () => void;

/** One invoker per contract method, plus `onMenuCommand`; frozen so the page cannot swap them. */
function buildBridge(): Readonly<Record<string, Invoke | Subscribe>> {
  const bridge: Record<string, Invoke | Subscribe> = {};
  for (const method of METHODS) {
    // Resolves to the dispatch Result ({ ok, value } | { ok: false, error }); never rejects on
    // service errors, which cross as values.
    bridge[method] = (input: unknown) => ipcRenderer.invoke(`${API_PREFIX}${method}`, input);
  }
  bridge.onMenuCommand = (listener: (command: UiCommand) => void) => {
    // Only known commands are passed on, and never the IPC event (it carries `sender`).
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && isUiCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  };
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld('galley', buildBridge());
