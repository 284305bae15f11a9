import { describe, expect, it } from 'vitest';
import { ApiError, createClient, dispatch } from '../../../shared/api';
import { DEFAULT_SETTINGS } from '../../../shared/domain';
import { inProcessClient } from '../../helpers/client';
import { fakeHandlers } from './handlers';

describe('client', () => {
  it('resolves with the value of a successful call', async () => {
    const client = createClient(async (method, input) => ({ ok: true, value: { method, input } }));
    expect(await client.call('settings.get', {})).toEqual({ method: 'settings.get', input: {} });
  });

  it('rejects with an ApiError carrying the code, message and params', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'conflict', message: 'moved on', params: { current: '4' } } }));
    const error = await client.call('releases.get', { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'conflict', message: 'moved on', params: { current: '4' } });
  });

  it('turns a broken transport into unavailable', async () => {
    const client = createClient(async () => {
      throw new Error('connection refused');
    });
    await expect(client.call('app.info', {})).rejects.toMatchObject({ code: 'unavailable', message: 'connection refused' });
  });

  it('round-trips through dispatch as JSON', async () => {
    const client = inProcessClient(fakeHandlers({ 'settings.update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }) }));
    expect(await client.call('settings.update', { colorScheme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, colorScheme: 'dark' });
    await expect(client.call('settings.update', { colorScheme: 'pink' as never })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(client.internalErrors).toEqual([]);
    const direct = await dispatch(fakeHandlers({}), 'nope', {});
    expect(direct).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('ApiError', () => {
  it('converts to and from its wire shape', () => {
    const e = new ApiError('too_large', 'big', { name: 'a.txt' });
    expect(e.toShape()).toEqual({ code: 'too_large', message: 'big', params: { name: 'a.txt' } });
    expect(new ApiError('internal', 'x').toShape()).toEqual({ code: 'internal', message: 'x' });
    expect(ApiError.from(e.toShape())).toMatchObject({ name: 'ApiError', code: 'too_large', message: 'big', params: { name: 'a.txt' } });
  });
});
