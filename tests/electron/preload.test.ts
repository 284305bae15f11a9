import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../shared/api/methods';

// The preload runs in a sandboxed renderer; here `electron` is a recording fake.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

type Bridge = Record<string, unknown> & { onMenuCommand(listener: (command: string) => void): () => void };
let bridge: Bridge;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  bridge = exposed.get('galley') as Bridge;
});

const emit = (channel: string, payload: unknown) => {
  for (const fn of listeners.get(channel) ?? []) fn({ sender: 'ipc-event' }, payload);
};

describe('preload', () => {
  it('exposes window.galley only', () => {
    expect([...exposed.keys()]).toEqual(['galley']);
  });

  it('exposes exactly the contract methods plus onMenuCommand, all functions, frozen', () => {
    expect(Object.keys(bridge).sort()).toEqual([...METHODS, 'onMenuCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    // Nothing that would hand the renderer IPC itself.
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(bridge).not.toHaveProperty(forbidden);
  });

  it('invokes api:<method> with the input and resolves to the Result', async () => {
    const fn = bridge['releases.list'] as (input: unknown) => Promise<unknown>;
    await expect(fn({ limit: 10 })).resolves.toEqual({ ok: true, value: { channel: 'api:releases.list', input: { limit: 10 } } });
    for (const method of METHODS) {
      await (bridge[method] as (input: unknown) => Promise<unknown>)({});
      expect(invoke).toHaveBeenLastCalledWith(`api:${method}`, {});
    }
  });

  it('relays known menu commands (without the IPC event) and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args) => received.push(args));
    emit('menu:command', 'save');
    emit('menu:command', 'find');
    emit('menu:command', 'rm -rf');
    emit('menu:command', { command: 'save' });
    expect(received).toEqual([['save'], ['find']]);
    unsubscribe();
    emit('menu:command', 'save');
    expect(received).toHaveLength(2);
    expect(listeners.get('menu:command')?.size ?? 0).toBe(0);
  });
});
