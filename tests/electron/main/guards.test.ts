import { describe, expect, it, vi } from 'vitest';
import {
  devServerUrl,
  installSessionGuards,
  installWebContentsGuards,
  isExternalUrlAllowed,
  isPermissionAllowed,
  type GuardOptions,
} from '../../../electron/main/guards';

const APP = ['app://galley/'];

describe('isExternalUrlAllowed (shell.openExternal allow-list)', () => {
  it.each([
    ['https://www.iom.int/fr/news', true],
    ['https://example.org/a?b=c#d', true],
    ['mailto:press@example.org', true],
    ['mailto:press@example.org?subject=Hello', true],
    ['http://example.org/', false],
    ['https://user:pass@example.org/', false],
    ['https://user@example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://galley/index.html', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['mailto:', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isExternalUrlAllowed(url)).toBe(expected);
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'serial', 'fullscreen', 'pointerLock', 'unknown'])(
    'refuses %s, even to the app',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://galley/index.html', APP)).toBe(false);
    },
  );
  it('lets only the app itself write plain text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://galley/index.html', APP)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://galley', APP)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '', APP)).toBe(false);
  });
});

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const on = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: vi.fn((name: string, fn: Listener) => {
      on.set(name, [...(on.get(name) ?? []), fn]);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((fn: typeof openHandler) => {
      openHandler = fn;
    }),
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    for (const fn of on.get(name) ?? []) fn(event);
    return event;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }), listeners: on };
}

function options(): GuardOptions & { openExternal: ReturnType<typeof vi.fn> } {
  return { allowedUrls: APP, openExternal: vi.fn(() => Promise.resolve()), log: vi.fn() };
}

describe('installWebContentsGuards', () => {
  it('lets the app navigate within app://galley', () => {
    const f = fakeContents();
    const o = options();
    installWebContentsGuards(f.contents as never, o);
    expect(f.fire('will-navigate', 'app://galley/index.html').preventDefault).not.toHaveBeenCalled();
    expect(f.fire('will-redirect', 'app://galley/index.html').preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://other/', 'http://localhost:5173/', 'javascript:alert(1)'])('prevents navigation to %s', (url) => {
    const f = fakeContents();
    installWebContentsGuards(f.contents as never, options());
    expect(f.fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(f.fire('will-redirect', url).preventDefault).toHaveBeenCalled();
  });

  it('opens an allowed link clicked in the page in the browser, never in the window', () => {
    const f = fakeContents();
    const o = options();
    installWebContentsGuards(f.contents as never, o);
    f.fire('will-navigate', 'https://www.iom.int/');
    f.fire('will-navigate', 'file:///etc/passwd');
    expect(o.openExternal).toHaveBeenCalledTimes(1);
    expect(o.openExternal).toHaveBeenCalledWith('https://www.iom.int/');
  });

  it('denies every new window; allowed links go to the browser', () => {
    const f = fakeContents();
    const o = options();
    installWebContentsGuards(f.contents as never, o);
    expect(f.open('https://www.iom.int/')).toEqual({ action: 'deny' });
    expect(f.open('mailto:press@example.org')).toEqual({ action: 'deny' });
    expect(f.open('app://galley/index.html')).toEqual({ action: 'deny' });
    expect(f.open('http://evil.example/')).toEqual({ action: 'deny' });
    expect(o.openExternal.mock.calls).toEqual([['https://www.iom.int/'], ['mailto:press@example.org']]);
  });

  it('prevents <webview> attachment', () => {
    const f = fakeContents();
    installWebContentsGuards(f.contents as never, options());
    expect(f.fire('will-attach-webview', '').preventDefault).toHaveBeenCalled();
  });

  it('installs once per contents (main guards every new WebContents and its window)', () => {
    const f = fakeContents();
    const o = options();
    installWebContentsGuards(f.contents as never, o);
    installWebContentsGuards(f.contents as never, o);
    f.fire('will-navigate', 'https://www.iom.int/');
    expect(o.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('installSessionGuards', () => {
  it('denies permission requests and checks', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void) | undefined;
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((fn) => (request = fn)),
      setPermissionCheckHandler: vi.fn((fn) => (check = fn)),
    };
    installSessionGuards(session as never, APP);
    const answers: boolean[] = [];
    request!(null, 'media', (g) => answers.push(g), { requestingUrl: 'app://galley/index.html' });
    request!(null, 'notifications', (g) => answers.push(g), { requestingUrl: 'app://galley/index.html' });
    request!(null, 'geolocation', (g) => answers.push(g), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([false, false, false]);
    expect(check!(null, 'media', 'app://galley')).toBe(false);
    expect(check!(null, 'clipboard-read', 'app://galley')).toBe(false);
  });
});

describe('devServerUrl', () => {
  it.each([
    [{ GALLEY_DEV_URL: 'http://localhost:5173/' }, false, 'http://localhost:5173/'],
    [{ GALLEY_DEV_URL: 'http://127.0.0.1:5173' }, false, 'http://127.0.0.1:5173/'],
    [{ GALLEY_DEV_URL: 'http://localhost:5173/' }, true, null],
    [{ GALLEY_DEV_URL: 'https://evil.example/' }, false, null],
    [{ GALLEY_DEV_URL: 'file:///tmp/index.html' }, false, null],
    [{ GALLEY_DEV_URL: 'nonsense' }, false, null],
    [{}, false, null],
  ])('%j packaged=%s → %s', (env, isPackaged, expected) => {
    expect(devServerUrl(env, isPackaged)).toBe(expected);
  });
});
