import { describe, expect, it, vi } from 'vitest';
import { METHODS, type Handlers } from '../../shared/api';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { APP_PAGE_URL, apiChannel, handleApiCall, isAllowedPageUrl, isTrustedSender, registerIpc, type SenderFrame } from '../../electron/hosts/ipc';

const DEV = 'http://localhost:5173/';
const allowed = [APP_PAGE_URL, DEV];

const top = (url: string): SenderFrame => ({ url, parent: null });
const sub = (url: string): SenderFrame => ({ url, parent: top(url) });

/** A fake ipcMain: records handlers by channel so tests can invoke them as Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  return {
    handlers,
    handle: vi.fn((channel: string, fn: (event: unknown, input: unknown) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

function fakeHandlers() {
  const settingsGet = vi.fn(() => DEFAULT_SETTINGS);
  const handlers = new Proxy({ 'settings.get': settingsGet } as unknown as Handlers, {
    get: (target, key) => (key in target ? target[key as keyof Handlers] : () => Promise.reject(new Error(`unexpected call ${String(key)}`))),
  });
  return { handlers, settingsGet };
}

describe('isAllowedPageUrl', () => {
  it.each([
    ['app://galley/index.html', true],
    ['app://galley/', true],
    ['app://galley/assets/x.js?y=1#z', true],
    ['http://localhost:5173/', true],
    ['http://localhost:5173/index.html', true],
    ['app://other/index.html', false],
    ['app://galley.evil/', false],
    ['app://evil@galley.evil/', false],
    ['http://evil.example/', false],
    ['https://galley/', false],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['file:///home/user/index.html', false],
    ['galley', false],
    ['', false],
    ['about:blank', false],
    ['data:text/html,hi', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedPageUrl(url, allowed)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top-level frame of app://galley', () => {
    expect(isTrustedSender(top('app://galley/index.html'), [APP_PAGE_URL])).toBe(true);
  });
  it.each([
    ['a subframe of the app', sub('app://galley/index.html')],
    ['http://evil', top('http://evil.example/')],
    ['file://', top('file:///tmp/index.html')],
    ['app://other', top('app://other/index.html')],
    ['the dev server when not enabled', top('http://localhost:5173/')],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame, [APP_PAGE_URL])).toBe(false);
  });
  it('refuses a missing or disposed frame', () => {
    expect(isTrustedSender(null, allowed)).toBe(false);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedSender(disposed, allowed)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers api:<method> for every contract method and nothing else', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, fakeHandlers().handlers, { allowedUrls: [APP_PAGE_URL] });
    expect([...ipc.handlers.keys()].sort()).toEqual(METHODS.map((m) => `api:${m}`).sort());
    expect(apiChannel('releases.list')).toBe('api:releases.list');
  });

  it('dispatches calls from the app window and returns the Result', async () => {
    const ipc = fakeIpcMain();
    const { handlers, settingsGet } = fakeHandlers();
    const onResult = vi.fn();
    registerIpc(ipc, handlers, { allowedUrls: [APP_PAGE_URL], onResult });
    const result = await ipc.handlers.get('api:settings.get')!({ senderFrame: top('app://galley/index.html') }, {});
    expect(result).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(settingsGet).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledWith('settings.get', { ok: true, value: DEFAULT_SETTINGS });
  });

  it.each([
    ['a subframe', sub('app://galley/index.html')],
    ['http://evil', top('http://evil.example/')],
    ['file://', top('file:///etc/index.html')],
    ['app://other', top('app://other/')],
    ['no frame', null],
  ])('refuses %s with forbidden, without running the handler', async (_name, frame) => {
    const ipc = fakeIpcMain();
    const { handlers, settingsGet } = fakeHandlers();
    const onRejected = vi.fn();
    const onResult = vi.fn();
    registerIpc(ipc, handlers, { allowedUrls: [APP_PAGE_URL], onRejected, onResult });
    const result = await ipc.handlers.get('api:settings.get')!({ senderFrame: frame }, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'IPC sender refused' } });
    expect(settingsGet).not.toHaveBeenCalled();
    expect(onResult).not.toHaveBeenCalled();
    expect(onRejected).toHaveBeenCalledWith('settings.get', expect.any(String));
  });

  it('accepts the dev server only when it is in the allowed list', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, fakeHandlers().handlers, { allowedUrls: allowed });
    const result = await ipc.handlers.get('api:settings.get')!({ senderFrame: top('http://localhost:5173/') }, {});
    expect(result).toMatchObject({ ok: true });
  });

  it('reports invalid input as invalid_input (dispatch validates)', async () => {
    const ipc = fakeIpcMain();
    const { handlers, settingsGet } = fakeHandlers();
    registerIpc(ipc, handlers, { allowedUrls: [APP_PAGE_URL] });
    const result = await ipc.handlers.get('api:settings.get')!({ senderFrame: top('app://galley/') }, { unexpected: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(settingsGet).not.toHaveBeenCalled();
  });

  it('unregisters every channel', () => {
    const ipc = fakeIpcMain();
    const dispose = registerIpc(ipc, fakeHandlers().handlers, { allowedUrls: [APP_PAGE_URL] });
    dispose();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.removeHandler).toHaveBeenCalledTimes(METHODS.length);
  });
});

describe('handleApiCall', () => {
  it('rejects an unknown method through dispatch (not_found)', async () => {
    const result = await handleApiCall(fakeHandlers().handlers, 'shell.exec', { senderFrame: top('app://galley/') }, {}, { allowedUrls: [APP_PAGE_URL] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('turns an unexpected handler error into internal and reports it', async () => {
    const onInternalError = vi.fn();
    const handlers = { 'settings.get': () => Promise.reject(new Error('disk on fire')) } as unknown as Handlers;
    const result = await handleApiCall(handlers, 'settings.get', { senderFrame: top('app://galley/') }, {}, { allowedUrls: [APP_PAGE_URL], onInternalError });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onInternalError).toHaveBeenCalledWith('settings.get', expect.any(Error));
  });
});
