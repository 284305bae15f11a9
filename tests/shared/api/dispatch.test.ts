import { describe, expect, it, vi } from 'vitest';
import { ApiError, dispatch, type Method } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { fakeHandlers } from './handlers';

const summary = { id: 'r1', title: 'T', dateline: '', date: null, status: 'imported', language: 'fr', themes: [], updatedAt: '2026-11-23T10:00:00.000Z', trashedAt: null };

describe('dispatch rejects junk input', () => {
  it.each([
    ['an unknown method', 'releases.drop', {}],
    ['a prototype key', '__proto__', {}],
    ['an inherited name', 'toString', {}],
    ['an empty name', '', {}],
  ])('%s → not_found', async (_label, method, input) => {
    const result = await dispatch(fakeHandlers({}), method, input);
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: `Unknown method: ${method}` } });
  });

  it('cuts a long unknown method name in its message', async () => {
    const result = await dispatch(fakeHandlers({}), 'x'.repeat(10_000), {});
    expect(!result.ok && result.error.message.length).toBeLessThan(130);
  });

  const list = vi.fn(() => ({ items: [], total: 0, offset: 0 }));
  it.each<[string, Method, unknown]>([
    ['a number', 'releases.list', 42],
    ['a string', 'releases.list', 'search'],
    ['an array', 'releases.list', [{}]],
    ['true', 'releases.list', true],
    ['extra keys on a strict input', 'app.info', { debug: true }],
    ['extra keys on settings', 'settings.update', { fontSize: 12 }],
    ['a wrong type', 'releases.list', { limit: '10' }],
    ['a number out of range', 'releases.list', { limit: 1_000_000 }],
    ['a negative offset', 'releases.list', { offset: -1 }],
    ['a fractional offset', 'releases.list', { offset: 1.5 }],
    ['an unknown enum value', 'releases.list', { sort: 'random' }],
    ['an oversize search', 'releases.list', { search: 'x'.repeat(501) }],
    ['an oversize file name', 'releases.import', { files: [{ name: 'x'.repeat(261), text: 'a' }] }],
    ['a missing field', 'releases.get', {}],
    ['an empty id', 'releases.get', { id: '' }],
    ['an oversize id', 'releases.get', { id: 'x'.repeat(65) }],
    ['a theme id that is not kebab-case', 'themes.delete', { id: '../etc' }],
    ['a file with neither text nor bytes', 'releases.import', { files: [{ name: 'a' }] }],
  ])('%s → invalid_input, handler not called', async (_label, method, input) => {
    const result = await dispatch(fakeHandlers({ 'releases.list': list }), method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    expect(list).not.toHaveBeenCalled();
  });

  it('names the field at fault', async () => {
    const result = await dispatch(fakeHandlers({}), 'releases.list', { limit: 'ten' });
    expect(!result.ok && result.error.message).toMatch(/^limit: /);
  });

  it('refuses unknown keys without calling the handler', async () => {
    const handler = vi.fn(() => ({ items: [], total: 0, offset: 0 }));
    const result = await dispatch(fakeHandlers({ 'releases.list': handler }), 'releases.list', { search: 'genève', extra: '<script>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handler).not.toHaveBeenCalled();
    const save = vi.fn();
    const patch = { id: 'r1', baseRevision: 1, reason: 'save', patch: { revision: 9 } };
    expect(await dispatch(fakeHandlers({ 'releases.save': save }), 'releases.save', patch)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('gives the handler parsed input with defaults filled', async () => {
    const handler = vi.fn(() => ({ items: [], total: 0, offset: 0 }));
    await dispatch(fakeHandlers({ 'releases.list': handler }), 'releases.list', { search: 'genève' });
    expect(handler).toHaveBeenCalledWith({ search: 'genève', status: null, language: null, theme: null, trash: false, sort: 'updated', direction: 'desc', offset: 0, limit: 200 });
  });

  it('treats a missing input as an empty object', async () => {
    const handler = vi.fn(() => DEFAULT_SETTINGS);
    expect(await dispatch(fakeHandlers({ 'settings.get': handler }), 'settings.get', undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});

describe('dispatch checks what handlers answer', () => {
  it('returns a valid output as the value, sync or async', async () => {
    const handlers = fakeHandlers({ 'releases.list': async () => ({ items: [summary as never], total: 1, offset: 0 }) });
    expect(await dispatch(handlers, 'releases.list', {})).toEqual({ ok: true, value: { items: [summary], total: 1, offset: 0 } });
  });

  it('turns an invalid output into internal and tells onInternalError', async () => {
    const onInternalError = vi.fn();
    const handlers = fakeHandlers({ 'releases.list': () => ({ items: [{ ...summary, status: 'deleted' }], total: -1, offset: 0 }) as never });
    const result = await dispatch(handlers, 'releases.list', {}, { onInternalError });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Invalid output from releases.list' } });
    expect(onInternalError).toHaveBeenCalledWith('releases.list', expect.any(Error));
    expect((onInternalError.mock.calls[0]![1] as Error).message).toMatch(/^Invalid output: /);
  });

  it('passes an ApiError through with its code, message and params', async () => {
    const onInternalError = vi.fn();
    const handlers = fakeHandlers({
      'releases.get': () => {
        throw new ApiError('conflict', 'Release r1 is at revision 3', { current: '3' });
      },
    });
    expect(await dispatch(handlers, 'releases.get', { id: 'r1' }, { onInternalError })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Release r1 is at revision 3', params: { current: '3' } },
    });
    expect(onInternalError).not.toHaveBeenCalled();
  });

  it.each([
    ['a plain Error', () => new Error('SQLITE_BUSY at /home/user/secret/path.ts:12')],
    ['a rejected promise', () => Promise.reject(new TypeError('x is undefined'))],
    ['a thrown string', () => 'boom'],
  ])('reports %s as internal, with no stack or detail in the message', async (_label, make) => {
    const onInternalError = vi.fn();
    const handlers = fakeHandlers({
      'releases.get': async () => {
        const e = make();
        if (e instanceof Promise) return e as never;
        throw e;
      },
    });
    const result = await dispatch(handlers, 'releases.get', { id: 'r1' }, { onInternalError });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error in releases.get' } });
    expect(onInternalError).toHaveBeenCalledTimes(1);
    expect(onInternalError.mock.calls[0]![0]).toBe('releases.get');
  });

  it('never throws, even without onInternalError', async () => {
    const handlers = fakeHandlers({
      'app.info': () => {
        throw new Error('x');
      },
    });
    await expect(dispatch(handlers, 'app.info', {})).resolves.toMatchObject({ ok: false });
  });
});
