import { METHODS, type Handlers } from '../../../shared/api';

/** Handlers that fail loudly if called, with the given ones in place: for testing the dispatcher alone. */
export function fakeHandlers(over: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    METHODS.map((m) => [
      m,
      () => {
        throw new Error(`${m} should not be called`);
      },
    ]),
  );
  return { ...all, ...over } as Handlers;
}
