// The desktop transport: one `ipcMain.handle('api:<method>')` per contract method, each checking
// who is calling before anything reaches the services. The only file of hosts/ that knows
// Electron, and only its types: the caller passes `ipcMain` in, so tests use a fake.
import type { IpcMain } from 'electron';
import { METHODS, dispatch, type Handlers, type Method, type Result } from '../../shared/api';

/** IPC channel of a contract method; the preload invokes the same names. */
export const apiChannel = (method: string): string => `api:${method}`;

/** The app's own pages: the custom protocol in production. */
export const APP_PAGE_URL = 'app://galley/';

/** What `senderFrame` exposes that the check needs (a structural subset of WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/**
 * True when `url` has the protocol and host of one of `allowed` (e.g. `app://galley/`, or the
 * dev server `http://localhost:5173/`). Protocol and host, not origin: for a custom scheme such as
 * app:// the WHATWG origin is the opaque "null", which would match any other opaque origin.
 * Pure; never throws (an unparsable URL is simply not allowed).
 */
export function isAllowedPageUrl(url: string, allowed: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.host === '') return false;
  return allowed.some((entry) => {
    try {
      const a = new URL(entry);
      return a.protocol === parsed.protocol && a.host === parsed.host;
    } catch {
      return false;
    }
  });
}

/**
 * True when the IPC message comes from the top-level frame of one of the app's pages. A missing
 * frame (navigated away or destroyed), any subframe, or a frame whose URL cannot be read is
 * refused. Pure apart from reading the frame's properties; never throws.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowed: readonly string[]): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAllowedPageUrl(frame.url, allowed);
  } catch {
    // Electron throws when a disposed frame is read: treat it as untrusted.
    return false;
  }
}

export interface IpcOptions {
  /** Page URLs whose top-level frames may call the services (protocol + host are compared). */
  allowedUrls: readonly string[];
  /** Unexpected errors from the services (logged by main; the renderer gets `internal`). */
  onInternalError?: (method: string, error: unknown) => void;
  /** Called when a sender is refused; the handler does not run. */
  onRejected?: (method: string, senderUrl: string) => void;
  /** Called after every dispatched call (main rebuilds its menus after `settings.update`). */
  onResult?: (method: Method, result: Result<unknown>) => void;
}

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden', message: 'IPC sender refused' } };

/** The part of an IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  readonly senderFrame: SenderFrame | null;
}

function senderUrl(event: SenderEvent): string {
  try {
    return event.senderFrame?.url ?? '(no frame)';
  } catch {
    return '(disposed frame)';
  }
}

/**
 * Handles one call: refuses untrusted senders with `forbidden` (the handler never runs), then
 * `dispatch`es (unknown methods → `not_found`, bad input → `invalid_input`). Never throws.
 */
export async function handleApiCall(
  handlers: Handlers,
  method: string,
  event: SenderEvent,
  input: unknown,
  options: IpcOptions,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame, options.allowedUrls)) {
    options.onRejected?.(method, senderUrl(event));
    return FORBIDDEN;
  }
  const result = await dispatch(handlers, method, input, options.onInternalError ? { onInternalError: options.onInternalError } : {});
  if (options.onResult && (METHODS as readonly string[]).includes(method)) options.onResult(method as Method, result);
  return result;
}

/**
 * Registers `api:<method>` for every contract method on `ipcMain`. Returns a function that
 * removes them again (so a new runtime can be registered in their place).
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: Handlers, options: IpcOptions): () => void {
  for (const method of METHODS) {
    ipcMain.handle(apiChannel(method), (event, input: unknown) => handleApiCall(handlers, method, event, input, options));
  }
  return () => {
    for (const method of METHODS) ipcMain.removeHandler(apiChannel(method));
  };
}
