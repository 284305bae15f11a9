// Security guards of the window: no navigation away from the app, no new windows, no webviews,
// no permissions, and external links only through an allow-listed shell.openExternal.
// The decisions are pure functions; `install…` only wires them to Electron's events.
import type { Session, WebContents } from 'electron';
import { isAllowedPageUrl } from '../hosts/ipc';

/** Schemes a link may open outside the app, in the user's browser or mail client. */
const EXTERNAL_SCHEMES = new Set(['https:', 'mailto:']);

/**
 * True when `url` may be handed to the operating system: https: links without credentials
 * (`https://user:pw@…` is a phishing trick) and mailto: addresses. Everything else — http:,
 * file:, javascript:, custom app schemes, unparsable strings — is refused. Pure.
 */
export function isExternalUrlAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return parsed.pathname.length > 0;
}

/**
 * Permissions the app's own page may use. Only writing plain text to the clipboard
 * (`navigator.clipboard.writeText`, e.g. "copy clean text"); camera, microphone, location,
 * notifications, HID/USB/serial, reading the clipboard… are refused, and so is everything asked by
 * any other origin. Pure.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, allowedUrls: readonly string[]): boolean {
  return permission === 'clipboard-sanitized-write' && isAllowedPageUrl(requestingUrl, allowedUrls);
}

export interface GuardOptions {
  /** The app's pages (app://galley/, and the dev server when enabled). */
  allowedUrls: readonly string[];
  /** shell.openExternal; only called with URLs that passed `isExternalUrlAllowed`. */
  openExternal: (url: string) => Promise<void>;
  log?: (line: string) => void;
}

/** Opens `url` outside the app if allowed; returns whether it did. Never throws. */
export function openExternalIfAllowed(url: string, options: GuardOptions): boolean {
  if (!isExternalUrlAllowed(url)) {
    options.log?.(`Refused to open external URL: ${url.slice(0, 200)}`);
    return false;
  }
  options.openExternal(url).catch((error: unknown) => options.log?.(`openExternal failed: ${String(error)}`));
  return true;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type NavigationEvent = { url: string; preventDefault(): void };
/** Contents already guarded: main installs guards on every new WebContents and on its window. */
const guarded = new WeakSet<GuardedContents>();

/**
 * Denies, for one WebContents: navigation and redirects to anything but the app's pages (an
 * allowed external link is opened in the browser instead), every new window (allowed links go to
 * the browser), and <webview> tags. Idempotent: a second call on the same contents does nothing.
 */
export function installWebContentsGuards(contents: GuardedContents, options: GuardOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const onNavigate = (event: NavigationEvent) => {
    if (isAllowedPageUrl(event.url, options.allowedUrls)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url, options);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', (event) => {
    if (!isAllowedPageUrl(event.url, options.allowedUrls)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, options);
    return { action: 'deny' };
  });
}

/** Refuses every permission request and check of `session`, except those `isPermissionAllowed` grants. */
export function installSessionGuards(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, allowedUrls: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, allowedUrls));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, allowedUrls));
}

/**
 * The dev server URL (`GALLEY_DEV_URL`), only in an unpackaged app and only on loopback; null
 * otherwise. A packaged app never loads anything but app://galley/.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const raw = env.GALLEY_DEV_URL;
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopback ? url.href : null;
  } catch {
    return null;
  }
}
