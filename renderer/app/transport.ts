import { createClient, type Client, type Method, type Result, type Transport } from '../../shared/api';

/** What the desktop preload exposes: one function per contract method, plus menu commands. */
export interface DesktopBridge {
  readonly [method: string]: unknown;
  onMenuCommand(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    galley?: DesktopBridge;
  }
}

const TOKEN_KEY = 'galley.token';

/**
 * Browser mode: the page is opened as `/?token=…`; the token is kept for this tab only and
 * removed from the address bar so it does not end up in history or screenshots.
 */
export function takeBrowserToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (method: Method, input: unknown) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    if (response.status === 403) return { ok: false, error: { code: 'forbidden', message: 'Session token refused' } };
    if (response.status === 413) return { ok: false, error: { code: 'too_large', message: 'Request too large' } };
    if (!response.ok) return { ok: false, error: { code: 'unavailable', message: `HTTP ${response.status}` } };
    return (await response.json()) as Result<unknown>;
  };
}

function ipcTransport(bridge: DesktopBridge): Transport {
  return async (method: Method, input: unknown) => {
    const fn = bridge[method];
    if (typeof fn !== 'function') return { ok: false, error: { code: 'not_found', message: `No bridge for ${method}` } };
    return (await (fn as (i: unknown) => Promise<Result<unknown>>)(input)) as Result<unknown>;
  };
}

export const isDesktop = (): boolean => typeof window !== 'undefined' && window.galley !== undefined;

let client: Client | null = null;

/** The one client of the services for this window: IPC in the desktop app, HTTP in browser mode. */
export function getClient(): Client {
  if (!client) {
    client = createClient(window.galley ? ipcTransport(window.galley) : httpTransport(takeBrowserToken()));
  }
  return client;
}
